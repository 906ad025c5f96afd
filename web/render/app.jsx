// The app shell: Streamlit's stApp / header / sidebar / main structure, the loading
// screen with download progress, and visible boot failures.

import { useSubscription } from "./context.js";
import { BlockChildren, VerticalBlock } from "./block.jsx";
import { useObservable } from "../observable.js";
import { SidebarNav, TopNav } from "../navigation/sidebar_nav.jsx";
import { Notices } from "../notices.jsx";
import { ToastContainer } from "../elements/toasts.jsx";

/** @typedef {import("../features.js").RuntimeFeatures | null} Features */

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

/** @param {{features: Features}} props */
function Sidebar({ features }) {
  const store = useSubscription("sidebar");
  const navigation = useObservable(features ? features.navigation : null);
  const hasMenu = Boolean(navigation && navigation.hasMenu && navigation.position === "sidebar");
  if (!store.children("sidebar").length && !hasMenu) return null;
  return (
    <section class="stSidebar" data-testid="stSidebar" aria-label="Sidebar">
      <div class="stSidebarContent" data-testid="stSidebarContent">
        {navigation ? <SidebarNav navigation={navigation} /> : null}
        <div class="stSidebarUserContent" data-testid="stSidebarUserContent">
          <VerticalBlock id="sidebar" />
        </div>
      </div>
    </section>
  );
}

/** @param {{features: Features}} props */
function AppRoot({ features }) {
  const store = useSubscription("app");
  return (
    <div
      class="stApp"
      data-testid="stApp"
      data-test-script-state={store.scriptState}
      data-test-connection-state={store.connectionState}
    >
      <header class="stAppHeader" data-testid="stHeader">
        <div class="stToolbar" data-testid="stToolbar">
          {features ? <TopNav navigation={features.navigation} /> : null}
          <StatusWidget />
          <div class="stToolbarActions" data-testid="stToolbarActions" />
          <div class="stMainMenu" data-testid="stMainMenu" />
        </div>
      </header>
      <div class="stAppViewContainer" data-testid="stAppViewContainer">
        <Sidebar features={features} />
        <section class="stMain" data-testid="stMain">
          <div class="stMainBlockContainer block-container" data-testid="stMainBlockContainer">
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
