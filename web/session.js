// The page's side of the session: collects widget changes and clicks, sends them to
// the worker as rerun requests, and applies what comes back to the store.
//
// Events are never lost. Changes made in one JavaScript task travel together; while a
// run is busy, requests queue here and go out as one message when it finishes, where
// the runtime replays each click in order and folds value changes together.

import { rerunMessage, stopMessage } from "./protocol.js";

/** @typedef {import("./protocol.js").RerunRequest} RerunRequest */
/** @typedef {import("./protocol.js").PageRequest} PageRequest */
/**
 * Hooks for Stop and fast reruns (web/run_control.js, web/worker_host.js).
 * @typedef {{
 *   interactionWhileBusy?: () => void,
 *   runFinished?: () => void,
 *   stop?: () => void,
 * }} RunControls
 */

export class SessionClient {
  /**
   * @param {import("./store.js").PageStore} store
   * @param {(text: string) => void} post
   * @param {{queryString?: () => string, controls?: RunControls}} [options]
   *   queryString: the address bar's, read when a message leaves (st.query_params)
   */
  constructor(store, post, options = {}) {
    this.store = store;
    this.post = post;
    this.queryString = options.queryString || (() => "");
    this.controls = options.controls || {};
    /** @type {RerunRequest[]} */
    this.queue = [];
    /** Values changed in the current task, not yet part of a request. @type {Record<string, unknown>} */
    this.taskValues = {};
    this.taskScheduled = false;
    this.busy = false;
    this.ready = false;
    /** Timestamp of the user event that started the request in flight (for latency marks). */
    this.inflightSince = 0;
  }

  scheduleFlush() {
    if (this.taskScheduled) return;
    this.taskScheduled = true;
    queueMicrotask(() => {
      this.taskScheduled = false;
      this.closeTask();
      this.flush();
    });
  }

  closeTask() {
    if (Object.keys(this.taskValues).length) {
      this.enqueue({ values: this.taskValues, trigger: null });
      this.taskValues = {};
    }
  }

  /** @param {RerunRequest} request */
  enqueue(request) {
    this.queue.push(request);
    // A run is busy: with shared memory it is told a newer interaction waits (fast reruns).
    if (this.busy && this.controls.interactionWhileBusy) this.controls.interactionWhileBusy();
  }

  /**
   * A widget's new value; the widget shows it at once, the script sees it on the next run.
   * @param {string} id @param {unknown} value @param {{rerun?: boolean}} [options]
   */
  setValue(id, value, options = {}) {
    this.store.setWidgetValue(id, value);
    this.taskValues[id] = value;
    if (options.rerun !== false) this.scheduleFlush();
  }

  /** A click: True for exactly the run it causes. @param {string} id */
  trigger(id) {
    this.enqueue({ values: this.taskValues, trigger: id });
    this.taskValues = {};
    this.scheduleFlush();
  }

  /**
   * Enter was pressed in a text or number field whose value the handler has already
   * committed with setValue. Inside a form, Streamlit submits the form when
   * enter_to_submit is on and the form's first submit button exists and is enabled.
   * (Forms implement this; outside a form there is nothing more to do.)
   * @param {string} id
   */
  submitOnEnter(id) {
    void id;
  }

  /** Rerun with no new values (the first run, the "r" key), on a page if one is named. @param {PageRequest} [page] */
  rerun(page) {
    this.enqueue(page ? { values: this.taskValues, trigger: null, page } : { values: this.taskValues, trigger: null });
    this.taskValues = {};
    this.scheduleFlush();
  }

  /** User navigation: run another page (by hash from the page list, by name from the address). @param {PageRequest} page */
  navigate(page) {
    this.enqueue({ values: this.taskValues, trigger: null, page });
    this.taskValues = {};
    this.scheduleFlush();
  }

  stop() {
    if (this.controls.stop) this.controls.stop();
    else this.post(stopMessage());
  }

  /**
   * The worker was replaced (Stop on a runaway script). The new one knows no widget
   * values: the first request carries all of them, then whatever queued meanwhile.
   * @param {PageRequest} [page]
   */
  onWorkerReplaced(page) {
    this.ready = false;
    this.busy = false;
    /** @type {RerunRequest} */
    const everything = { values: Object.fromEntries(this.store.widgetValues), trigger: null };
    if (page) everything.page = page;
    this.queue.unshift(everything);
  }

  flush() {
    if (!this.ready || this.busy || !this.queue.length) return;
    const requests = this.queue;
    this.queue = [];
    this.busy = true;
    this.inflightSince = performance.now();
    this.store.runStarted();
    this.post(rerunMessage(requests, this.queryString()));
  }

  onReady() {
    this.ready = true;
    this.flush();
  }

  /** @param {import("./protocol.js").Patch} message */
  onPatch(message) {
    this.store.applyPatch(message);
  }

  /** @param {import("./protocol.js").RunFinished} message */
  onRunFinished(message) {
    this.store.applyPatch(message);
    this.busy = false;
    if (this.controls.runFinished) this.controls.runFinished();
    if (message.status === "interrupted" && this.queue.length) {
      // Superseded by the queued interactions: keep the page until their run finishes.
      this.flush();
    } else if (this.queue.length) {
      // Queued interactions go out at once; the page stays "running" in between.
      this.store.commitRun();
      this.flush();
    } else {
      this.store.runFinished(message.durationMs);
    }
  }
}
