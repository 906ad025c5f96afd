// What the Stop button does, and how the app recovers when a script cannot be stopped
// or ends its interpreter.
//
// With shared memory, Stop raises in the running script (as st.stop() would). If the run
// has not ended a moment later (a `while True` swallowing the interrupt, a long call in
// C), or without shared memory at once, the worker is terminated and a new one boots.
// The same happens when Python dies (os._exit, a WebAssembly trap: interpreter_died).
// The new worker gets back the Session State of the last completed run (the worker posts
// a snapshot after each one), the page's widget values, and the page it was on; then the
// app reruns, then the clicks queued meanwhile run in order, and a notice says what
// happened. If Python dies again before that rerun finishes, the rerun itself kills it:
// the next worker waits for the visitor's next interaction instead of rerunning.

import { restoreStateMessage } from "../protocol.js";

// How long a run may take to honour Stop before its worker is replaced.
export const STOP_GRACE_MS = 3000;
const UNREACHABLE =
  "The script was busy, and this page cannot interrupt it (it is not cross-origin isolated), so Stop ended its interpreter.";
const IGNORED = "The script did not stop when asked, so Stop ended its interpreter.";

/** @param {string[]} keys */
function keyList(keys) {
  return keys.map((key) => `\`${key}\``).join(", ");
}

export class StopRecovery {
  /**
   * @param {{
   *   host: import("./host.js").WorkerHost,
   *   session: import("../session.js").SessionClient,
   *   runControl: import("../run_control.js").RunControl,
   *   notices: import("../notices.js").NoticeState,
   *   currentPage: () => import("../protocol.js").PageRequest | undefined,
   *   graceMs?: number,
   * }} parts
   */
  constructor({ host, session, runControl, notices, currentPage, graceMs = STOP_GRACE_MS }) {
    this.host = host;
    this.session = session;
    this.runControl = runControl;
    this.notices = notices;
    this.currentPage = currentPage;
    this.graceMs = graceMs;
    /** @type {import("../protocol.js").StateSnapshot | null} */
    this.snapshot = null;
    this.restarting = false;
    this.why = IGNORED;
    /** Whether the replacement worker reruns the app at once. */
    this.rerun = true;
    this.finishedRuns = 0;
    /** finishedRuns when the worker was last replaced (-1: never). */
    this.finishedRunsAtRestart = -1;
    /** @type {ReturnType<typeof setTimeout> | null} */
    this.graceTimer = null;
  }

  /** The Stop button. */
  stop() {
    if (!this.session.busy || this.restarting) return;
    if (!this.runControl.requestStop()) {
      this.restart(UNREACHABLE);
      return;
    }
    const runsBefore = this.finishedRuns;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      this.graceTimer = null;
      if (this.session.busy && this.finishedRuns === runsBefore) this.restart(IGNORED);
    }, this.graceMs);
  }

  /** Python ended for good (the worker's interpreter_died). @param {string} why */
  onInterpreterDied(why) {
    if (this.restarting) return;
    // No run finished since the last restart: the rerun after it died too.
    const diedAgain = this.finishedRuns === this.finishedRunsAtRestart;
    this.restart(why, { rerun: !diedAgain });
  }

  /** @param {string} why @param {{rerun?: boolean}} [options] */
  restart(why, { rerun = true } = {}) {
    this.restarting = true;
    this.why = why;
    this.rerun = rerun;
    this.finishedRunsAtRestart = this.finishedRuns;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
    this.runControl.clearStop();
    this.runControl.runFinished();
    this.host.replace();
    this.session.onWorkerReplaced(this.currentPage(), { rerun });
    const next = rerun ? "the app will rerun." : "it died again as the app reran, so the app will run at your next interaction.";
    this.notices.show({
      id: "restart",
      kind: "warning",
      title: "Restarting Python…",
      body: `${why} Python is starting again; ${next}`,
    });
  }

  /** A (new) worker finished booting: give it the saved Session State first. */
  onWorkerReady() {
    if (this.restarting && this.snapshot?.data) {
      this.host.post(restoreStateMessage(this.snapshot.data));
    } else if (this.restarting) {
      this.showRestarted([], this.snapshot ? this.snapshot.skipped : [], this.snapshot ? this.snapshot.reason : "");
    }
    this.restarting = false;
  }

  onRunFinished() {
    this.finishedRuns += 1;
    this.runControl.clearStop();
    if (this.graceTimer) {
      clearTimeout(this.graceTimer);
      this.graceTimer = null;
    }
  }

  /** @param {import("../protocol.js").StateSnapshot} message */
  onSnapshot(message) {
    this.snapshot = message;
  }

  /** @param {import("../protocol.js").StateRestored} message */
  onStateRestored(message) {
    const skipped = this.snapshot ? this.snapshot.skipped : [];
    this.showRestarted(message.restored, [...skipped, ...message.failed], "");
  }

  /** @param {string[]} restored @param {string[]} lost @param {string} reason */
  showRestarted(restored, lost, reason) {
    const parts = [
      this.rerun
        ? `${this.why} Python was restarted and the app reran.`
        : `${this.why} Python was restarted; the app will run at your next interaction.`,
    ];
    if (restored.length) parts.push(`Session State from the last completed run was restored (${keyList(restored)}).`);
    else if (!lost.length && !reason) parts.push("Session State was empty.");
    if (reason) parts.push(reason);
    /** @type {string[]} */
    const details = [];
    if (lost.length) {
      details.push(
        `Not restored: ${keyList(lost)}. Values that cannot be pickled, and objects of classes the script defines, ` +
          "cannot be carried over.",
      );
    }
    this.notices.show({ id: "restart", kind: "warning", title: "The app was restarted", body: parts.join(" "), details });
  }
}
