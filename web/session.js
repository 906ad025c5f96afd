// The page's side of the session: collects widget changes and clicks, sends them to
// the worker as rerun requests, and applies what comes back to the store.
//
// Events are never lost. Changes made in one JavaScript task travel together; while a
// run is busy, requests queue here and go out as one message when it finishes, where
// the runtime replays each click in order and folds value changes together.
//
// Fragments: a widget whose props carry `fragmentId` belongs to an st.fragment, and its
// change reruns only that fragment (the request names it in `fragments`). Such a request
// never pre-empts a busy run, as in Streamlit; `run_every` timers send one too.
//
// Forms batch: a widget whose props carry `formId` keeps its new value here, pending,
// without a rerun. A click on one of the form's submit buttons sends the form's pending
// values and the click in one request. `clear_on_submit` forms then reset their widgets
// to `props.formDefault` (the default's browser value), as new pending values.

import { rerunMessage, stopMessage } from "./protocol.js";
import { entryFor } from "./maps.js";
import { fragmentIdOf } from "./store.js";
import { enterSubmitButton, findForm, formOf } from "./widgets/form_enter.js";

/** @typedef {import("./protocol.js").RerunRequest} RerunRequest */
/** What a request reruns: null for the whole app, else these fragments. @typedef {string[] | null} Scope */
/** @typedef {import("./protocol.js").PageRequest} PageRequest */
/**
 * Hooks for Stop and fast reruns (web/run_control.js, web/worker/host.js).
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
   * @param {{queryString?: () => string, context?: () => import("./protocol.js").BrowserContext, controls?: RunControls}} [options]
   *   queryString: the address bar's, read when a message leaves (st.query_params);
   *   context: what st.context reads, sent when it changed since the last message
   */
  constructor(store, post, options = {}) {
    this.store = store;
    this.post = post;
    this.queryString = options.queryString || (() => "");
    this.context = options.context || null;
    /** The context the worker last received, as JSON (null: none yet). @type {string | null} */
    this.sentContext = null;
    this.controls = options.controls || {};
    /** @type {RerunRequest[]} */
    this.queue = [];
    /** Values changed in the current task, not yet part of a request. @type {Record<string, unknown>} */
    this.taskValues = {};
    /** What the current task's changes rerun (undefined: nothing changed yet). @type {Scope | undefined} */
    this.taskScope = undefined;
    this.taskScheduled = false;
    this.busy = false;
    this.ready = false;
    /** The visitor changed a value or clicked since the page loaded: a reload would lose that. */
    this.interacted = false;
    /** Timestamp of the user event that started the request in flight (for latency marks). */
    this.inflightSince = 0;
    /** Form id -> values its widgets hold until the form is submitted. @type {Map<string, Record<string, unknown>>} */
    this.formPending = new Map();
    /** A replacement worker's first request, sent with the next interaction (onWorkerReplaced). @type {RerunRequest | null} */
    this.heldForNextRequest = null;
    /**
     * The first request (the app's first run) goes out alone: input made on a pre-rendered
     * page while Python was starting follows it, as it would have followed Streamlit's
     * first run (the runtime would fold a value change into it, or make it the first click's).
     */
    this.firstRunAlone = true;
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
      this.enqueue(withScope({ values: this.taskValues, trigger: null }, this.taskScope ?? null));
      this.taskValues = {};
    }
    this.taskScope = undefined;
  }

  /** @param {RerunRequest} request */
  enqueue(request) {
    this.queue.push(request);
    // A run is busy: with shared memory it is told a newer interaction waits (fast reruns).
    // A fragment's rerun waits for it instead, as Streamlit's does.
    if (this.busy && !request.fragments && this.controls.interactionWhileBusy) this.controls.interactionWhileBusy();
  }

  /** The fragment a widget belongs to (null: the main script). @param {string} id @returns {string | null} */
  fragmentOf(id) {
    return fragmentIdOf(this.store.element(id));
  }

  /** @param {string} id */
  widenTaskScope(id) {
    const own = this.fragmentOf(id);
    this.taskScope = mergeScopes(this.taskScope, own === null ? null : [own]);
  }

  /**
   * A `run_every` tick: rerun the fragment, unless a tick of it already waits to be sent.
   * @param {string} fragmentId
   */
  autoRerun(fragmentId) {
    if (this.queue.some((request) => request.fragments?.length === 1 && request.fragments[0] === fragmentId && !request.trigger))
      return;
    this.enqueue({ values: {}, trigger: null, fragments: [fragmentId] });
    this.scheduleFlush();
  }

  /**
   * A widget's new value; the widget shows it at once, the script sees it on the next run.
   * @param {string} id @param {unknown} value @param {{rerun?: boolean}} [options]
   */
  setValue(id, value, options = {}) {
    this.interacted = true;
    this.store.setWidgetValue(id, value);
    const formId = this.formOf(id);
    if (formId !== null) {
      this.pendingValues(formId)[id] = value;
      return;
    }
    this.taskValues[id] = value;
    this.widenTaskScope(id);
    if (options.rerun !== false) this.scheduleFlush();
  }

  /** A click: True for exactly the run it causes; a submit button also sends its form. @param {string} id */
  trigger(id) {
    this.interacted = true;
    let values = this.taskValues;
    const formId = this.formOf(id);
    const submitsForm = formId !== null && this.store.element(id)?.type === "form_submit_button";
    if (submitsForm) values = { ...values, ...this.takePending(formId) };
    this.widenTaskScope(id);
    this.enqueue(withScope({ values, trigger: id }, this.taskScope ?? null));
    this.taskValues = {};
    this.taskScope = undefined;
    if (submitsForm) this.clearIfAsked(formId);
    this.scheduleFlush();
  }

  /**
   * Enter was pressed in a text or number field whose value the handler has already
   * committed with setValue. Inside a form this submits it, if Streamlit would: the
   * form has enter_to_submit on and its first submit button exists and is enabled.
   * Returns whether the form was submitted.
   * @param {string} id
   */
  submitOnEnter(id) {
    const button = this.enterSubmitButton(id);
    if (button === null) return false;
    this.trigger(button);
    return true;
  }

  /** Whether Enter in this field submits its form (for the "Press Enter to submit form" hint). @param {string} id */
  canSubmitOnEnter(id) {
    return this.enterSubmitButton(id) !== null;
  }

  // ----- forms -----------------------------------------------------------------------

  /** The form a widget belongs to, or null. @param {string} id @returns {string | null} */
  formOf(id) {
    return formOf(this.store, id);
  }

  /** @param {string} formId */
  pendingValues(formId) {
    return entryFor(this.formPending, formId, () => /** @type {Record<string, unknown>} */ ({}));
  }

  /** The form's pending values of widgets still on the page; the form is emptied. @param {string} formId */
  takePending(formId) {
    const pending = this.formPending.get(formId) || {};
    this.formPending.delete(formId);
    /** @type {Record<string, unknown>} */
    const values = {};
    for (const [id, value] of Object.entries(pending)) if (this.store.element(id)) values[id] = value;
    return values;
  }

  /** After a submit, a clear_on_submit form shows its defaults, pending for the next submit. @param {string} formId */
  clearIfAsked(formId) {
    const form = this.findForm(formId);
    if (!form?.props.clearOnSubmit) return;
    for (const [id, { props }] of this.store.elements) {
      if ("formId" in props && props.formId === formId && "formDefault" in props) {
        this.store.setWidgetValue(id, props.formDefault);
        this.pendingValues(formId)[id] = props.formDefault;
      }
    }
  }

  /** @param {string} formId */
  findForm(formId) {
    return findForm(this.store, formId);
  }

  /** The submit button Enter clicks for a field, or null. @param {string} id @returns {string | null} */
  enterSubmitButton(id) {
    return enterSubmitButton(this.store, id);
  }

  /** A value the script set wins over a value pending in a form. @param {import("./protocol.js").Patch | import("./protocol.js").RunFinished} message */
  dropOverriddenPending(message) {
    for (const [id, { props }] of Object.entries(message.elements)) {
      if (!("setValue" in props && props.setValue)) continue;
      for (const pending of this.formPending.values()) delete pending[id];
    }
  }

  /** Rerun with no new values (the first run, the "r" key), on a page if one is named. @param {PageRequest} [page] */
  rerun(page) {
    this.enqueue(page ? { values: this.taskValues, trigger: null, page } : { values: this.taskValues, trigger: null });
    this.taskValues = {};
    this.taskScope = undefined;
    this.scheduleFlush();
  }

  /** User navigation: run another page (by hash from the page list, by name from the address). @param {PageRequest} page */
  navigate(page) {
    this.enqueue({ values: this.taskValues, trigger: null, page });
    this.taskValues = {};
    this.taskScope = undefined;
    this.scheduleFlush();
  }

  stop() {
    if (this.controls.stop) this.controls.stop();
    else this.post(stopMessage());
  }

  /**
   * The worker was replaced (Stop on a runaway script, a dead interpreter). The new one
   * knows no widget values: the first request carries all of them, then whatever queued
   * meanwhile. With rerun false that request waits for the visitor's next interaction
   * (the run it would start is the one that killed the last interpreter).
   * @param {PageRequest} [page] @param {{rerun?: boolean}} [options]
   */
  onWorkerReplaced(page, { rerun = true } = {}) {
    this.ready = false;
    this.sentContext = null;
    this.busy = false;
    /** @type {RerunRequest} */
    const everything = { values: Object.fromEntries(this.store.widgetValues), trigger: null };
    if (page) everything.page = page;
    if (rerun) {
      this.heldForNextRequest = null;
      this.queue.unshift(everything);
    } else {
      this.heldForNextRequest = everything;
      // Nothing runs now: the page shows what it has (as after an aborted run).
      this.store.runFinished(0, { keepPrevious: true });
    }
  }

  flush() {
    if (!this.ready || this.busy || !this.queue.length) return;
    if (this.heldForNextRequest) this.queue.unshift(this.heldForNextRequest);
    this.heldForNextRequest = null;
    const requests = this.firstRunAlone ? this.queue.splice(0, 1) : this.queue.splice(0);
    this.firstRunAlone = false;
    this.busy = true;
    this.inflightSince = performance.now();
    this.store.runStarted(
      requests.reduce(
        (/** @type {Scope | undefined} */ scope, request) => mergeScopes(scope, request.fragments ?? null),
        undefined,
      ) ?? null,
    );
    this.post(rerunMessage(requests, this.queryString(), this.changedContext()));
  }

  /** st.context's values when they differ from what the worker has. */
  changedContext() {
    if (!this.context) return undefined;
    const context = this.context();
    const text = JSON.stringify(context);
    if (text === this.sentContext) return undefined;
    this.sentContext = text;
    return context;
  }

  onReady() {
    this.ready = true;
    this.flush();
  }

  /** @param {import("./protocol.js").Patch} message */
  onPatch(message) {
    this.dropOverriddenPending(message);
    this.store.applyPatch(message);
  }

  /** @param {import("./protocol.js").RunFinished} message */
  onRunFinished(message) {
    this.dropOverriddenPending(message);
    this.store.applyPatch(message);
    this.busy = false;
    if (this.controls.runFinished) this.controls.runFinished();
    // An aborted run (a BaseException Streamlit does not catch, docs/semantics.md 1.5)
    // never ends in Streamlit's page: the elements it did not redraw stay.
    // Nor does a run whose saved script did not compile (the dev loop): nothing ran.
    const keepsPage = message.status === "aborted" || message.status === "compile_error";
    if ((message.status === "interrupted" || keepsPage) && this.queue.length) {
      // Superseded by the queued interactions: keep the page until their run finishes.
      this.flush();
    } else if (this.queue.length) {
      // Queued interactions go out at once; the page stays "running" in between.
      this.store.commitRun();
      this.flush();
    } else {
      this.store.runFinished(message.durationMs, { keepPrevious: keepsPage });
    }
  }
}

/**
 * Two changes in one request rerun the whole app if either does, else both sets of
 * fragments (py/wasmlit/runtime/state/browser_values.py merges queued requests alike).
 * @param {Scope | undefined} scope @param {Scope} added @returns {Scope}
 */
export function mergeScopes(scope, added) {
  if (scope === undefined) return added;
  if (scope === null || added === null) return null;
  return [...new Set([...scope, ...added])];
}

/** @param {RerunRequest} request @param {Scope} scope */
function withScope(request, scope) {
  return scope === null ? request : { ...request, fragments: scope };
}
