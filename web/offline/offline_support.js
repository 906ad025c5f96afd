// The page's side of offline use (the service worker is web/offline/service_worker.js).
//
// Registers sw.js once the app is interactive (so it never competes with the first
// paint or the boot), tells the service worker which version this tab was loaded with,
// and checks for a new deployment when the tab comes back into view and every hour.
// When a new version takes over, this tab keeps running its own version; it reloads
// on its own between runs if that loses no input (the visitor has changed nothing and
// is not typing), and otherwise says a new version is available, with a Reload button.
// Where service workers are unavailable (file://, an insecure origin, a browser without
// them) the site works as before, online.

const UPDATE_CHECK_MS = 60 * 60 * 1000;
const NOTICE_ID = "wasmlit-new-version";

/**
 * @typedef {{serviceWorker: string, version: string}} OfflineEntry
 * @typedef {{
 *   entry: OfflineEntry | null | undefined,
 *   notices: import("../notices.js").NoticeState,
 *   canReloadQuietly: () => boolean,
 *   reload?: () => void,
 *   container?: ServiceWorkerContainer | null,
 *   baseUrl?: string,
 *   schedule?: (task: () => void) => void,
 * }} OfflineOptions
 */

/** After the browser's current work, when it is idle (or a second later at most). @param {() => void} task */
function whenIdle(task) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 200);
}

export class OfflineSupport {
  /** @param {OfflineOptions} options */
  constructor(options) {
    this.entry = options.entry || null;
    this.notices = options.notices;
    this.canReloadQuietly = options.canReloadQuietly;
    this.reload = options.reload || (() => window.location.reload());
    this.container =
      options.container !== undefined ? options.container : typeof navigator !== "undefined" ? navigator.serviceWorker : null;
    this.baseUrl = options.baseUrl || (typeof document !== "undefined" ? document.baseURI : "");
    this.schedule = options.schedule || whenIdle;
    this.started = false;
    /** A newer version serves this site (or none does): this tab should reload. */
    this.outdated = false;
  }

  /** The service worker this site registers (an ancestor site's does not count). */
  get scriptUrl() {
    return new URL(this.entry ? this.entry.serviceWorker : "sw.js", this.baseUrl).href;
  }

  /** A run finished: the first one makes the app interactive; later ones may be the moment to reload. */
  runFinished() {
    if (!this.started) {
      this.started = true;
      this.schedule(() => {
        this.start().catch((error) => console.warn(`wasmlit: this app will not work offline: ${error}`));
      });
    } else if (this.outdated && this.canReloadQuietly()) {
      this.reload();
    }
  }

  async start() {
    const container = this.container;
    // A one-file app opened from file:// has no service worker (and needs none).
    if (!container || this.baseUrl.startsWith("file:")) return;
    if (!this.entry) {
      await this.removeEarlierServiceWorker(container);
      return;
    }
    container.addEventListener("message", (event) => this.onMessage(event));
    container.addEventListener("controllerchange", () => this.hello());
    container.startMessages();
    const registration = await container.register(this.entry.serviceWorker);
    this.hello();
    const check = () => registration.update().catch(() => {});
    setInterval(check, UPDATE_CHECK_MS);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") check();
    });
  }

  /** Built with --no-offline: a service worker an earlier build registered here must go. @param {ServiceWorkerContainer} container */
  async removeEarlierServiceWorker(container) {
    const registration = await container.getRegistration(this.baseUrl);
    const active = registration?.active || registration?.waiting || registration?.installing;
    if (registration && active?.scriptURL === this.scriptUrl) await registration.unregister();
  }

  /** Tell the service worker which version this tab runs (it answers with the one it serves). */
  hello() {
    const controller = this.container?.controller;
    if (this.entry && controller?.scriptURL === this.scriptUrl) {
      controller.postMessage({ type: "wasmlit-client", version: this.entry.version });
    }
  }

  /** @param {MessageEvent} event */
  onMessage(event) {
    const source = /** @type {ServiceWorker | null} */ (event.source);
    const data = event.data;
    if (source?.scriptURL !== this.scriptUrl || !data || data.type !== "wasmlit-offline") return;
    if (this.entry && data.version !== this.entry.version) this.newVersion();
  }

  newVersion() {
    if (this.outdated) return;
    this.outdated = true;
    if (this.canReloadQuietly()) {
      this.reload();
      return;
    }
    this.notices.show({
      id: NOTICE_ID,
      kind: "info",
      title: "A new version of this app is available.",
      body: "Reload the page to use it. Until then this tab keeps running the version it started with.",
      action: { label: "Reload", run: () => this.reload() },
    });
  }
}
