// The app shell: Streamlit's stApp / header / sidebar / main structure, the loading
// screen with download progress, and visible boot failures.

import { useSubscription } from "./context.js";
import { BlockChildren, VerticalBlock } from "./block.jsx";

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

function Sidebar() {
  const store = useSubscription("sidebar");
  if (!store.children("sidebar").length) return null;
  return (
    <section class="stSidebar" data-testid="stSidebar" aria-label="Sidebar">
      <div class="stSidebarContent" data-testid="stSidebarContent">
        <div class="stSidebarUserContent" data-testid="stSidebarUserContent">
          <VerticalBlock id="sidebar" />
        </div>
      </div>
    </section>
  );
}

function AppRoot() {
  const store = useSubscription("app");
  // Pre-rendered widgets cannot be used (focused, typed into) until Python is ready.
  const inert = store.prerendered && store.connectionState !== "CONNECTED" && !store.fatalError;
  return (
    <div
      class="stApp"
      data-testid="stApp"
      data-test-script-state={store.scriptState}
      data-test-connection-state={store.connectionState}
    >
      <header class="stAppHeader" data-testid="stHeader">
        <div class="stToolbar" data-testid="stToolbar">
          <BootStatus />
          <StatusWidget />
          <div class="stToolbarActions" data-testid="stToolbarActions" />
          <div class="stMainMenu" data-testid="stMainMenu" />
        </div>
      </header>
      <div class="stAppViewContainer" data-testid="stAppViewContainer">
        <Sidebar />
        <section class="stMain" data-testid="stMain" inert={inert}>
          <div class="stMainBlockContainer block-container" data-testid="stMainBlockContainer">
            <BootScreen />
            <div class="stVerticalBlock" data-testid="stVerticalBlock">
              <BlockChildren id="main" />
            </div>
          </div>
        </section>
      </div>
    </div>
  );
}

export function App() {
  return <AppRoot />;
}
