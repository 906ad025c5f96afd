// The runtime features around the element tree, wired to the page in one place:
// multipage navigation and the address bar, st.query_params, toasts, notices, and
// Stop / fast reruns / worker replacement. main.jsx creates them, routes the worker's
// messages here, and renders their components (render/app.jsx).

import { NavigationState } from "./navigation/state.js";
import { NavigationController, windowAddressBar } from "./navigation/controller.js";
import { installNavigationEvents } from "./navigation/dom_events.js";
import { queryStringOf } from "./navigation/address.js";
import { NoticeState } from "./notices.js";
import { ToastState } from "./elements/toasts.js";
import { LogoState } from "./elements/logo.jsx";
import { browserContext } from "./context_info.js";
import { RunControl } from "./run_control.js";
import { StopRecovery } from "./worker/stop_recovery.js";
import { SavedData } from "./saved_data.js";

export class RuntimeFeatures {
  /** @param {import("./protocol.js").BootManifest} manifest */
  constructor(manifest) {
    this.navigation = new NavigationState();
    this.notices = new NoticeState();
    this.toasts = new ToastState();
    this.logo = new LogoState();
    this.runControl = new RunControl({ fastReruns: manifest.config["runner.fastReruns"] !== false });
    /** @type {NavigationController | null} */
    this.controller = null;
    /** @type {StopRecovery | null} */
    this.recovery = null;
    /** The home folder kept in this browser: `savedData.clear()` is the main menu's "Clear saved data". @type {SavedData | null} */
    this.savedData = null;
    this.offlineEntry = manifest.offline;
    /** Offline support, loaded after the first run (a lazy chunk: it never delays the app). @type {import("./offline/offline_support.js").OfflineSupport | null} */
    this.offline = null;
    /** @type {Promise<void> | null} */
    this.offlineLoading = null;
  }

  /** Whether reloading the page now would lose nothing the visitor did (offline_support.js). */
  canReloadQuietly() {
    const session = this.session;
    const typing = document.activeElement?.matches("input, textarea, select, [contenteditable]");
    return Boolean(session && !session.busy && !session.interacted && !session.queue.length && !typing);
  }

  /** Options for the SessionClient: the query string it sends, and Stop/fast-rerun hooks. */
  sessionOptions() {
    return {
      queryString: () => queryStringOf(window.location.search),
      context: browserContext,
      controls: {
        interactionWhileBusy: () => this.runControl.requestFastRerun(),
        runFinished: () => this.runControl.runFinished(),
        stop: () => this.recovery?.stop(),
      },
    };
  }

  /**
   * @param {{
   *   root: HTMLElement,
   *   session: import("./session.js").SessionClient,
   *   host: import("./worker/host.js").WorkerHost,
   * }} parts
   */
  connect({ root, session, host }) {
    this.session = session;
    this.controller = new NavigationController({
      state: this.navigation,
      session,
      notices: this.notices,
      addressBar: windowAddressBar(),
    });
    this.recovery = new StopRecovery({
      host,
      session,
      runControl: this.runControl,
      notices: this.notices,
      currentPage: () => (this.navigation.currentPageHash ? { hash: this.navigation.currentPageHash } : this.initialPage()),
    });
    installNavigationEvents(root, this.controller);
    this.savedData = new SavedData({ host });
    this.savedData.watch(document);
  }

  /** The page the first run should show (from the address). */
  initialPage() {
    return this.controller ? this.controller.initialPage() : undefined;
  }

  /** The worker booted (the first one, or a replacement). */
  onWorkerReady() {
    if (this.recovery) this.recovery.onWorkerReady();
    if (this.session) this.session.onReady();
  }

  /** @param {import("./protocol.js").RunFinished} message */
  onRunFinished(message) {
    this.logo.runFinished(message.status === "interrupted" || message.status === "aborted" || message.status === "compile_error");
    if (this.recovery) this.recovery.onRunFinished();
    if (this.controller && this.session && !this.session.busy) this.controller.onRunFinished();
    if (this.session && !this.session.busy) this.offlineRunFinished();
  }

  /** The first finished run loads offline support (it registers the service worker); later ones tell it. */
  offlineRunFinished() {
    if (this.offline) {
      this.offline.runFinished();
      return;
    }
    this.offlineLoading ||= import("./offline/offline_support.js")
      .then(({ OfflineSupport }) => {
        this.offline = new OfflineSupport({
          entry: this.offlineEntry,
          notices: this.notices,
          canReloadQuietly: () => this.canReloadQuietly(),
        });
        this.offline.runFinished();
      })
      .catch((error) => console.warn(`wasmlit: this app will not work offline: ${error}`));
  }

  /**
   * A worker message about something other than the element tree; false if it is not one.
   * @param {import("./protocol.js").FromWorker} message
   */
  handleMessage(message) {
    const controller = /** @type {NavigationController} */ (this.controller);
    const recovery = /** @type {StopRecovery} */ (this.recovery);
    switch (message.type) {
      case "navigation":
        controller.onNavigation(message);
        return true;
      case "page_info":
        controller.onQueryString(message.queryString);
        return true;
      case "page_not_found":
        controller.onPageNotFound(message);
        return true;
      case "toast":
        this.toasts.show(message);
        return true;
      case "logo":
        this.logo.show(message);
        return true;
      case "state_snapshot":
        recovery.onSnapshot(message);
        return true;
      case "state_restored":
        recovery.onStateRestored(message);
        return true;
      case "interpreter_died":
        console.warn(`wasmlit: ${message.reason} (${message.detail})`);
        recovery.onInterpreterDied(message.reason);
        return true;
      default:
        return false;
    }
  }
}
