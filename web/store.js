// What the page shows: element records by id, each container's child ids, widget
// values, and the app's run and connection state. Mirrors PageModel in
// py/wasmlit/testing/page_model.py, which the headless tests use.
//
// Components subscribe to exactly what they render (one element id, one block id,
// one widget value), so a patch that changes one element re-renders one component.

import { entryFor } from "./maps.js";

/** @typedef {import("./protocol.js").ElementRecord} ElementRecord */

/**
 * The st.fragment an element belongs to, or null (only some element types carry one).
 * @param {ElementRecord | undefined} record @returns {string | null}
 */
export function fragmentIdOf(record) {
  const props = record?.props;
  if (!props || !("fragmentId" in props)) return null;
  return typeof props.fragmentId === "string" && props.fragmentId ? props.fragmentId : null;
}

export const ROOT_IDS = ["main", "sidebar", "bottom", "event"];
const WIDGET_ID_PREFIX = "$$ID";
// A run shorter than this never greys out the page (no flicker on fast reruns).
const STALE_AFTER_MS = 400;

/** @typedef {{id: string, stale: boolean}} ChildEntry */

/** @param {ChildEntry[]} a @param {ChildEntry[]} b */
function sameEntries(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].id !== b[i].id || a[i].stale !== b[i].stale) return false;
  }
  return true;
}

export class PageStore {
  constructor() {
    /** @type {Map<string, ElementRecord>} */
    this.elements = new Map();
    /** @type {Map<string, string[]>} */
    this.committed = new Map(ROOT_IDS.map((id) => [id, []]));
    /** @type {Map<string, string[]>} */
    this.pending = new Map();
    /** Ids (re)sent by the run in progress: not stale. @type {Set<string>} */
    this.fresh = new Set();
    /** During a fragment run, the blocks it rebuilds (only their children go stale); null: all. @type {Set<string> | null} */
    this.staleScope = null;
    /** @type {Map<string, ChildEntry[]>} */
    this.displayed = new Map();
    /** @type {Map<string, unknown>} */
    this.widgetValues = new Map();
    /** @type {Map<string, Set<() => void>>} */
    this.listeners = new Map();
    this.scriptState = "initial";
    this.connectionState = "INITIAL";
    /** @type {{stage: string, loaded: number, total: number} | null} */
    this.bootProgress = null;
    /** @type {{message: string, detail: string} | null} */
    this.fatalError = null;
    this.staleMode = false;
    /** @type {ReturnType<typeof setTimeout> | null} */
    this.staleTimer = null;
    this.lastRunMs = 0;
    /** The page shows the build's pre-rendered first run (web/first_paint.js). */
    this.prerendered = false;
  }

  // ----- subscriptions ---------------------------------------------------------------

  /** @param {string} key @param {() => void} listener @returns {() => void} */
  subscribe(key, listener) {
    const set = entryFor(this.listeners, key, () => new Set());
    set.add(listener);
    return () => set.delete(listener);
  }

  /** @param {string} key */
  notify(key) {
    const set = this.listeners.get(key);
    if (set) for (const listener of [...set]) listener();
  }

  // ----- reading -------------------------------------------------------------------------

  /** @param {string} id */
  element(id) {
    return this.elements.get(id);
  }

  /** Child entries of a block, with not-yet-resent elements of the last run after this run's. @param {string} blockId */
  children(blockId) {
    let entries = this.displayed.get(blockId);
    if (!entries) {
      entries = this.computeChildren(blockId);
      this.displayed.set(blockId, entries);
    }
    return entries;
  }

  /** @param {string} blockId @returns {ChildEntry[]} */
  computeChildren(blockId) {
    const running = this.pending.get(blockId);
    const previous = this.committed.get(blockId) || [];
    let ids = previous;
    if (running) {
      const sent = new Set(running);
      ids = [...running, ...previous.filter((id) => !sent.has(id))];
    }
    const mayGoStale = this.staleMode && (this.staleScope === null || this.staleScope.has(blockId));
    return ids.filter((id) => this.elements.has(id)).map((id) => ({ id, stale: mayGoStale && !this.fresh.has(id) }));
  }

  /** @param {string} id */
  widgetValue(id) {
    return this.widgetValues.get(id);
  }

  // ----- applying the runtime's messages ------------------------------------------------------

  /** @param {import("./protocol.js").Patch | import("./protocol.js").RunFinished} message */
  applyPatch(message) {
    for (const [id, record] of Object.entries(message.elements)) {
      this.elements.set(id, record);
      this.fresh.add(id);
      const props = record.props;
      if (id.startsWith(WIDGET_ID_PREFIX) && "value" in props) {
        if (!this.widgetValues.has(id) || ("setValue" in props && props.setValue)) {
          this.widgetValues.set(id, props.value);
          this.notify(`value:${id}`);
        }
      }
      this.notify(id);
    }
    for (const [blockId, childIds] of Object.entries(message.blocks)) {
      this.pending.set(blockId, childIds);
      for (const id of childIds) this.fresh.add(id);
      this.refreshBlock(blockId);
    }
  }

  /** Recompute a block's children; subscribers hear of it only if they changed. @param {string} blockId */
  refreshBlock(blockId) {
    const before = this.displayed.get(blockId);
    const after = this.computeChildren(blockId);
    if (before && sameEntries(before, after)) return;
    this.displayed.set(blockId, after);
    this.notify(blockId);
  }

  /** The run ended: its tree becomes the page, and whatever it did not reach goes. */
  commitRun() {
    if (this.pending.size === 0 && !this.staleMode) {
      // No block list changed (a click that edits one element): nothing became unreachable,
      // and without stale mode no child entry changed. A long page would be walked for nothing.
      this.fresh = new Set();
      this.staleScope = null;
      return;
    }
    for (const [blockId, childIds] of this.pending) this.committed.set(blockId, childIds);
    const touched = [...this.pending.keys()];
    this.pending = new Map();
    const reachable = new Set();
    const stack = [...ROOT_IDS];
    while (stack.length) {
      const blockId = /** @type {string} */ (stack.pop());
      for (const id of this.committed.get(blockId) || []) {
        if (!reachable.has(id)) {
          reachable.add(id);
          stack.push(id);
        }
      }
    }
    for (const id of [...this.elements.keys()]) if (!reachable.has(id)) this.elements.delete(id);
    for (const id of [...this.committed.keys()]) if (!reachable.has(id) && !ROOT_IDS.includes(id)) this.committed.delete(id);
    for (const id of [...this.widgetValues.keys()]) if (!reachable.has(id)) this.widgetValues.delete(id);
    this.staleMode = false;
    this.fresh = new Set();
    this.staleScope = null;
    for (const blockId of [...this.displayed.keys()]) {
      if (!this.committed.has(blockId)) this.displayed.delete(blockId);
    }
    for (const blockId of new Set([...touched, ...this.displayed.keys()])) this.refreshBlock(blockId);
  }

  // ----- run and connection state -------------------------------------------------------------

  /** @param {string[] | null} [fragments] a fragment run: only what these fragments hold may go stale */
  runStarted(fragments = null) {
    this.fresh = new Set();
    this.staleScope = fragments === null ? null : this.blocksOfFragments(new Set(fragments));
    this.setScriptState("running");
    if (this.staleTimer) clearTimeout(this.staleTimer);
    this.staleTimer = setTimeout(() => this.setStaleMode(true), STALE_AFTER_MS);
  }

  /**
   * @param {number} durationMs
   * @param {{keepPrevious?: boolean}} [options] keepPrevious: the run was aborted; what it did
   *   not redraw stays on the page (its elements follow this run's), as in Streamlit
   */
  runFinished(durationMs, options = {}) {
    if (this.staleTimer) clearTimeout(this.staleTimer);
    this.staleTimer = null;
    this.lastRunMs = durationMs;
    if (options.keepPrevious) this.setStaleMode(false);
    else this.commitRun();
    this.setScriptState("notRunning");
  }

  /**
   * The blocks a fragment run rebuilds: its containers (and the wrappers holding its
   * writes elsewhere), with every block inside them.
   * @param {Set<string>} fragments
   */
  blocksOfFragments(fragments) {
    const blocks = new Set();
    const stack = [];
    for (const [id, record] of this.elements) {
      const fragmentId = fragmentIdOf(record);
      if (fragmentId !== null && fragments.has(fragmentId) && this.committed.has(id)) stack.push(id);
    }
    while (stack.length) {
      const blockId = /** @type {string} */ (stack.pop());
      if (blocks.has(blockId)) continue;
      blocks.add(blockId);
      for (const id of this.committed.get(blockId) || []) if (this.committed.has(id)) stack.push(id);
    }
    return blocks;
  }

  /** @param {boolean} on */
  setStaleMode(on) {
    if (this.staleMode === on) return;
    this.staleMode = on;
    this.notify("app"); // the running indicator (stStatusWidget) shows in stale mode
    // Every block's stale flags change: rebuild them all (a slow run only).
    for (const blockId of [...this.committed.keys(), ...this.pending.keys()]) this.refreshBlock(blockId);
  }

  /** @param {string} state */
  setScriptState(state) {
    if (this.scriptState === state) return;
    this.scriptState = state;
    this.notify("app");
  }

  /** @param {string} state */
  setConnectionState(state) {
    this.connectionState = state;
    this.notify("app");
    // The boot status over a pre-rendered page goes once connected.
    this.notify("boot");
  }

  /** @param {{stage: string, loaded: number, total: number}} progress */
  setBootProgress(progress) {
    this.bootProgress = progress;
    this.notify("boot");
  }

  /** @param {string} message @param {string} detail */
  setFatalError(message, detail) {
    this.fatalError = { message, detail };
    this.notify("app");
    this.notify("boot");
  }

  /** A value the user gave a widget (the browser is the source of truth). @param {string} id @param {unknown} value */
  setWidgetValue(id, value) {
    this.widgetValues.set(id, value);
    this.notify(`value:${id}`);
  }
}
