// The app shell: Streamlit's stApp / header / sidebar / main structure, the loading
// screen with download progress, and visible boot failures.

import { useRef, useState } from "preact/hooks";
import { useSubscription } from "./context.js";
import { BlockChildren, VerticalBlock } from "./block.jsx";
import { usePageConfig } from "../page_config.js";
import { useObservable } from "../observable.js";
import { SidebarNav, TopNav } from "../navigation/sidebar_nav.jsx";
import { Notices } from "../notices.jsx";
import { ToastContainer } from "../elements/toasts.jsx";
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
  if (store.connectionState === "CONNECTED") return null;
  const progress = store.bootProgress;
  const fraction = progress && progress.total ? Math.min(1, progress.loaded / progress.total) : 0;
  return (
    <div class="wl-boot" role="status" aria-live="polite" data-testid="wlBootProgress">
      <div class="wl-boot-stage">{progress ? progress.stage : "Starting"}…</div>
      <div class="wl-boot-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
        <div class="wl-boot-bar-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      <div class="wl-boot-bytes">
        {progress && progress.total > 1 ? `${megabytes(progress.loaded)} of ${megabytes(progress.total)} MB` : "\u00a0"}
      </div>
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

/** @param {string | undefined} state */
function startsCollapsed(state) {
  if (state === "collapsed") return true;
  if (state === "expanded" || state === "locked") return false;
  return typeof window !== "undefined" && window.innerWidth <= NARROW_SCREEN_PX;
}

/**
 * Whether the sidebar is collapsed: the visitor's choice, reset only when the script's
 * initial_sidebar_state changes (so reruns never move it).
 * @param {string | undefined} configuredState
 * @returns {[boolean, (collapsed: boolean) => void]}
 */
function useSidebarCollapsed(configuredState) {
  const [collapsed, setCollapsed] = useState(() => startsCollapsed(configuredState));
  const lastConfigured = useRef(configuredState);
  if (lastConfigured.current !== configuredState) {
    lastConfigured.current = configuredState;
    const wanted = startsCollapsed(configuredState);
    if (wanted !== collapsed) setCollapsed(wanted);
  }
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
  return { navigation, hasMenu: Boolean(navigation && navigation.hasMenu && navigation.position === "sidebar") };
}

/** @param {{features: Features, collapsed: boolean, locked: boolean, width?: number, onCollapse: () => void}} props */
function Sidebar({ features, collapsed, locked, width, onCollapse }) {
  const store = useSubscription("sidebar");
  const { navigation, hasMenu } = useSidebarMenu(features);
  if (!store.children("sidebar").length && !hasMenu) return null;
  return (
    <section
      class={`stSidebar${collapsed ? " wl-collapsed" : ""}`}
      data-testid="stSidebar"
      id="stSidebar"
      aria-label="Sidebar"
      aria-expanded={collapsed ? "false" : "true"}
      style={width ? { width: `${width}px` } : undefined}
    >
      <div class="stSidebarContent" data-testid="stSidebarContent">
        <div class="stSidebarHeader" data-testid="stSidebarHeader">
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
                onClick={onCollapse}
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

/** @param {{features: Features, collapsed: boolean, onExpand: () => void}} props */
function ExpandSidebarButton({ features, collapsed, onExpand }) {
  const store = useSubscription("sidebar");
  const { hasMenu } = useSidebarMenu(features);
  if (!collapsed || (!store.children("sidebar").length && !hasMenu)) return null;
  return (
    <button
      type="button"
      class="wl-header-button wl-expand-sidebar"
      kind="headerNoPadding"
      data-testid="stExpandSidebarButton"
      aria-label="Expand sidebar"
      aria-expanded="false"
      aria-controls="stSidebar"
      onClick={onExpand}
    >
      <CollapseIcon flipped />
    </button>
  );
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
          <ExpandSidebarButton features={features} collapsed={sidebarCollapsed} onExpand={() => setSidebarCollapsed(false)} />
        </div>
        <div class="stToolbar" data-testid="stToolbar">
          {features ? <TopNav navigation={features.navigation} /> : null}
          <StatusWidget />
          <div class="stToolbarActions" data-testid="stToolbarActions" />
          <div class="stMainMenu" data-testid="stMainMenu" />
        </div>
      </header>
      <div class="stAppViewContainer" data-testid="stAppViewContainer">
        <Sidebar
          features={features}
          collapsed={sidebarCollapsed}
          locked={config.sidebarState === "locked"}
          width={config.sidebarWidth}
          onCollapse={() => setSidebarCollapsed(true)}
        />
        <section class="stMain" data-testid="stMain">
          <div
            class={`stMainBlockContainer block-container${wide ? " wl-layout-wide" : ""}`}
            data-testid="stMainBlockContainer"
          >
            {features ? <Notices notices={features.notices} /> : null}
            <BootScreen />
            <div class="stVerticalBlock" data-testid="stVerticalBlock">
              <BlockChildren id="main" />
            </div>
          </div>
        </section>
      </div>
      {features ? <ToastContainer toasts={features.toasts} /> : null}
    </div>
  );
}

/** @param {{features?: Features}} props */
export function App({ features = null }) {
  return <AppRoot features={features} />;
}
