// The app shell: Streamlit's stApp / header / sidebar / main structure, the loading
// screen with download progress, and visible boot failures.

import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useSubscription } from "./context.js";
import { useDelegatedEvents } from "./delegate.js";
import { BlockChildren, VerticalBlock } from "./block.jsx";
import { Bottom } from "./bottom.jsx";
import { usePageConfig } from "../page_config.js";
import { useObservable } from "../observable.js";
import { SidebarNav, TopNav } from "../navigation/sidebar_nav.jsx";
import { Notices } from "../notices.jsx";
import { ToastContainer } from "../elements/toasts.jsx";
import { Logo } from "../elements/logo.jsx";
import { MainMenu } from "../menu/main_menu.jsx";
import "../styles/layout.css";

/** @typedef {import("../features.js").RuntimeFeatures | null} Features */

// At or below this width an "auto" sidebar starts collapsed and opens over the page.
const NARROW_SCREEN_PX = 768;

/** @param {number} bytes */
function megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}

function BootScreen() {
  const store = useSubscription("boot");
  const error = store.fatalError;
  if (error) {
    return (
      <div class="wl-boot wl-boot-failed" role="alert" data-testid="wlBootError">
        <h2>This app could not start</h2>
        <p class="wl-boot-reason">{error.message}</p>
        {error.detail ? (
          <details>
            <summary>Details</summary>
            <pre>{error.detail}</pre>
          </details>
        ) : null}
        <p class="wl-boot-hint">Reload the page to try again. If it keeps failing, the site may be incomplete.</p>
      </div>
    );
  }
  // A pre-rendered page already shows the app: BootStatus reports progress instead.
  if (store.connectionState === "CONNECTED" || store.prerendered) return null;
  const progress = store.bootProgress;
  const fraction = progress?.total ? Math.min(1, progress.loaded / progress.total) : 0;
  return (
    <div class="wl-boot" role="status" aria-live="polite" data-testid="wlBootProgress">
      <div class="wl-boot-stage">{progress ? progress.stage : "Starting"}…</div>
      <div
        class="wl-boot-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
      >
        <div class="wl-boot-bar-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      <div class="wl-boot-bytes">
        {progress && progress.total > 1 ? `${megabytes(progress.loaded)} of ${megabytes(progress.total)} MB` : "\u00a0"}
      </div>
    </div>
  );
}

/** Boot progress over a pre-rendered page: in the toolbar, so nothing moves when it goes. */
function BootStatus() {
  const store = useSubscription("boot");
  if (!store.prerendered || store.connectionState === "CONNECTED" || store.fatalError) return null;
  const progress = store.bootProgress;
  const percent = progress && progress.total > 1 ? ` ${Math.round(Math.min(1, progress.loaded / progress.total) * 100)}%` : "";
  return (
    <div class="stStatusWidget wl-boot-status" data-testid="wlBootProgress" role="status" aria-live="polite">
      <span class="wl-running-dot" aria-hidden="true" />
      {progress ? `${progress.stage}${percent}` : "Starting"}…
    </div>
  );
}

function StatusWidget() {
  const store = useSubscription("app");
  const running = store.scriptState === "running" && store.staleMode;
  if (!running) return null;
  return (
    <div class="stStatusWidget" data-testid="stStatusWidget" role="status">
      <span class="wl-running-dot" aria-hidden="true" />
      Running…
      <button type="button" class="wl-stop" data-wl-action="stop">
        Stop
      </button>
    </div>
  );
}

/**
 * The configured initial state; null for "auto", which depends on the screen width. That
 * is decided after mount, not during render: the build pre-renders this component without
 * a screen, and the page hydrates its HTML (meanwhile CSS applies the same rule).
 * @param {string | undefined} state
 * @returns {boolean | null}
 */
function startsCollapsed(state) {
  if (state === "collapsed") return true;
  if (state === "expanded" || state === "locked") return false;
  return null;
}

/**
 * Whether the sidebar is collapsed (null: "auto", not decided yet): the visitor's choice,
 * reset only when the script's initial_sidebar_state changes (so reruns never move it).
 * @param {string | undefined} configuredState
 * @returns {[boolean | null, (collapsed: boolean | null) => void]}
 */
function useSidebarCollapsed(configuredState) {
  const [collapsed, setCollapsed] = useState(() => startsCollapsed(configuredState));
  const lastConfigured = useRef(configuredState);
  if (lastConfigured.current !== configuredState) {
    lastConfigured.current = configuredState;
    const wanted = startsCollapsed(configuredState);
    if (wanted !== collapsed) setCollapsed(wanted);
  }
  useLayoutEffect(() => {
    if (collapsed === null) setCollapsed(window.innerWidth <= NARROW_SCREEN_PX);
  }, [collapsed]);
  return [collapsed, setCollapsed];
}

function CollapseIcon({ flipped = false }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" style={{ transform: flipped ? "scaleX(-1)" : undefined }}>
      <path d="M17.6 17.6 12 12l5.6-5.6L19 7.8 14.8 12l4.2 4.2zm-6 0L6 12l5.6-5.6L13 7.8 8.8 12l4.2 4.2z" fill="currentColor" />
    </svg>
  );
}

/** Whether the page list lives in the sidebar. @param {Features} features */
function useSidebarMenu(features) {
  const navigation = useObservable(features ? features.navigation : null);
  return { navigation, hasMenu: Boolean(navigation?.hasMenu && navigation.position === "sidebar") };
}

/** "auto" until decided: CSS collapses it on narrow screens meanwhile. @param {boolean | null} collapsed */
function sidebarStateClass(collapsed) {
  return collapsed === null ? " wl-sidebar-auto" : collapsed ? " wl-collapsed" : "";
}

/** @param {{features: Features, collapsed: boolean | null, locked: boolean, width?: number, onCollapse: () => void}} props */
function Sidebar({ features, collapsed, locked, width, onCollapse }) {
  const store = useSubscription("sidebar");
  const collapseEvents = useDelegatedEvents("sidebar:collapse", { click: onCollapse });
  const { navigation, hasMenu } = useSidebarMenu(features);
  if (!store.children("sidebar").length && !hasMenu) return null;
  return (
    <section
      class={`stSidebar${sidebarStateClass(collapsed)}`}
      data-testid="stSidebar"
      id="stSidebar"
      aria-label="Sidebar"
      aria-expanded={collapsed === null ? undefined : collapsed ? "false" : "true"}
      style={width ? { width: `${width}px` } : undefined}
    >
      <div class="stSidebarContent" data-testid="stSidebarContent">
        <div class="stSidebarHeader" data-testid="stSidebarHeader">
          <Logo state={features ? features.logo : null} useIcon={false} testId="stSidebarLogo" />
          {locked ? null : (
            <div class="stSidebarCollapseButton" data-testid="stSidebarCollapseButton">
              <button
                type="button"
                class="wl-header-button"
                kind="headerNoPadding"
                data-testid="stBaseButton-headerNoPadding"
                aria-label="Collapse sidebar"
                aria-expanded="true"
                aria-controls="stSidebar"
                {...collapseEvents}
              >
                <CollapseIcon />
              </button>
            </div>
          )}
        </div>
        {navigation ? <SidebarNav navigation={navigation} /> : null}
        <div class="stSidebarUserContent" data-testid="stSidebarUserContent">
          <VerticalBlock id="sidebar" />
        </div>
      </div>
    </section>
  );
}

/** @param {{features: Features, collapsed: boolean | null, onExpand: () => void}} props */
function ExpandSidebarButton({ features, collapsed, onExpand }) {
  const store = useSubscription("sidebar");
  const expandEvents = useDelegatedEvents("sidebar:expand", { click: onExpand });
  const { hasMenu } = useSidebarMenu(features);
  if (collapsed === false || (!store.children("sidebar").length && !hasMenu)) return null;
  return (
    <button
      type="button"
      class={`wl-header-button wl-expand-sidebar${collapsed === null ? " wl-sidebar-auto" : ""}`}
      kind="headerNoPadding"
      data-testid="stExpandSidebarButton"
      aria-label="Expand sidebar"
      aria-expanded="false"
      aria-controls="stSidebar"
      {...expandEvents}
    >
      <CollapseIcon flipped />
    </button>
  );
}

/** The header's logo: shown while no sidebar is open, as its icon image if there is one.
 * @param {{features: Features, collapsed: boolean | null}} props */
function HeaderLogo({ features, collapsed }) {
  const store = useSubscription("sidebar");
  const { hasMenu } = useSidebarMenu(features);
  const hasSidebar = store.children("sidebar").length > 0 || hasMenu;
  if (hasSidebar && collapsed === false) return null;
  return <Logo state={features ? features.logo : null} useIcon={true} testId="stHeaderLogo" />;
}

/** @param {{features: Features}} props */
function AppRoot({ features }) {
  const store = useSubscription("app");
  const config = usePageConfig();
  const [sidebarCollapsed, setSidebarCollapsed] = useSidebarCollapsed(config.sidebarState);
  const wide = config.layout === "wide";
  return (
    <div
      class="stApp"
      data-testid="stApp"
      data-test-script-state={store.scriptState}
      data-test-connection-state={store.connectionState}
    >
      <header class="stAppHeader" data-testid="stHeader">
        <div class="wl-header-left">
          <HeaderLogo features={features} collapsed={sidebarCollapsed} />
          <ExpandSidebarButton features={features} collapsed={sidebarCollapsed} onExpand={() => setSidebarCollapsed(false)} />
        </div>
        <div class="stToolbar" data-testid="stToolbar">
          {features ? <TopNav navigation={features.navigation} /> : null}
          <BootStatus />
          <StatusWidget />
          <div class="stToolbarActions" data-testid="stToolbarActions" />
          <MainMenu />
        </div>
      </header>
      <div class="stAppViewContainer" data-testid="stAppViewContainer" data-layout={wide ? "wide" : "narrow"}>
        <Sidebar
          features={features}
          collapsed={sidebarCollapsed}
          locked={config.sidebarState === "locked"}
          width={config.sidebarWidth}
          onCollapse={() => setSidebarCollapsed(true)}
        />
        <section class="stMain" data-testid="stMain">
          <div class={`stMainBlockContainer block-container${wide ? " wl-layout-wide" : ""}`} data-testid="stMainBlockContainer">
            {features ? <Notices notices={features.notices} /> : null}
            <BootScreen />
            <div class="stVerticalBlock" data-testid="stVerticalBlock">
              <BlockChildren id="main" />
            </div>
          </div>
          <Bottom />
        </section>
      </div>
      {/* Streamlit's event container: dialogs, over the page. */}
      <div class="wl-event-root">
        <BlockChildren id="event" />
      </div>
      {features ? <ToastContainer toasts={features.toasts} /> : null}
    </div>
  );
}

/** @param {{features?: Features}} props */
export function App({ features = null }) {
  return <AppRoot features={features} />;
}
