// The page's side of the session: collects widget changes and clicks, sends them to
// the worker as rerun requests, and applies what comes back to the store.
//
// Events are never lost. Changes made in one JavaScript task travel together; while a
// run is busy, requests queue here and go out as one message when it finishes, where
// the runtime replays each click in order and folds value changes together.

import { rerunMessage, stopMessage } from "./protocol.js";

/** @typedef {import("./protocol.js").RerunRequest} RerunRequest */

export class SessionClient {
  /**
   * @param {import("./store.js").PageStore} store
   * @param {(text: string) => void} post
   */
  constructor(store, post) {
    this.store = store;
    this.post = post;
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
      this.queue.push({ values: this.taskValues, trigger: null });
      this.taskValues = {};
    }
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
    this.queue.push({ values: this.taskValues, trigger: id });
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

  /** Rerun with no new values (the first run, the "r" key). */
  rerun() {
    this.queue.push({ values: this.taskValues, trigger: null });
    this.taskValues = {};
    this.scheduleFlush();
  }

  stop() {
    this.post(stopMessage());
  }

  flush() {
    if (!this.ready || this.busy || !this.queue.length) return;
    const requests = this.queue;
    this.queue = [];
    this.busy = true;
    this.inflightSince = performance.now();
    this.store.runStarted();
    this.post(rerunMessage(requests));
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
    if (this.queue.length) {
      // Queued interactions go out at once; the page stays "running" in between.
      this.store.commitRun();
      this.flush();
    } else {
      this.store.runFinished(message.durationMs);
    }
  }
}
