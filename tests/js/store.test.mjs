// The page store applies patches the way PageModel (py/wasmlit/testing/page_model.py) does.

import { test } from "node:test";
import assert from "node:assert/strict";
import { PageStore } from "../../web/store.js";

/** @param {Record<string, string[]>} blocks @param {Record<string, object>} elements */
function patch(blocks, elements = {}) {
  return { type: "patch", run: 1, blocks, elements };
}

const markdown = (body) => ({ type: "markdown", props: { body } });

test("a finished run replaces the page and drops what it no longer reaches", () => {
  const store = new PageStore();
  store.runStarted();
  store.applyPatch(
    patch({ main: ["main/markdown0", "main/markdown1"] }, { "main/markdown0": markdown("a"), "main/markdown1": markdown("b") }),
  );
  store.runFinished(1);
  assert.deepEqual(
    store.children("main").map((child) => child.id),
    ["main/markdown0", "main/markdown1"],
  );

  store.runStarted();
  store.applyPatch(patch({ main: ["main/markdown0"] }));
  store.runFinished(1);
  assert.deepEqual(
    store.children("main").map((child) => child.id),
    ["main/markdown0"],
  );
  assert.equal(store.element("main/markdown1"), undefined);
});

test("while a run streams, elements not yet resent stay after the new ones", () => {
  const store = new PageStore();
  store.runStarted();
  store.applyPatch(patch({ main: ["a", "b", "c"] }, { a: markdown("a"), b: markdown("b"), c: markdown("c") }));
  store.runFinished(1);
  store.runStarted();
  store.applyPatch(patch({ main: ["b"] }));
  assert.deepEqual(
    store.children("main").map((child) => child.id),
    ["b", "a", "c"],
  );
  store.runFinished(1);
  assert.deepEqual(
    store.children("main").map((child) => child.id),
    ["b"],
  );
});

test("an unchanged block notifies nobody; a changed element notifies only itself", () => {
  const store = new PageStore();
  store.runStarted();
  store.applyPatch(patch({ main: ["a", "b"] }, { a: markdown("a"), b: markdown("b") }));
  store.runFinished(1);
  store.children("main");
  const heard = [];
  for (const key of ["main", "a", "b"]) store.subscribe(key, () => heard.push(key));
  store.runStarted();
  store.applyPatch({ type: "run_finished", run: 2, blocks: {}, elements: { b: markdown("b2") } });
  store.runFinished(1);
  assert.deepEqual(heard, ["b"]);
});

test("a slow run that changes no block still clears its stale marks when it ends", () => {
  const store = new PageStore();
  store.runStarted();
  store.applyPatch(patch({ main: ["a", "b"] }, { a: markdown("a"), b: markdown("b") }));
  store.runFinished(1);
  store.runStarted();
  store.setStaleMode(true);
  assert.deepEqual(
    store.children("main").map((child) => child.stale),
    [true, true],
  );
  store.applyPatch({ type: "run_finished", run: 2, blocks: {}, elements: { b: markdown("b2") } });
  store.runFinished(1);
  assert.deepEqual(
    store.children("main").map((child) => [child.id, child.stale]),
    [
      ["a", false],
      ["b", false],
    ],
  );
  assert.equal(store.element("b").props.body, "b2");
});

test("a widget adopts the script's value only when it first appears or the script set it", () => {
  const store = new PageStore();
  const id = "$$ID-abc-k";
  const widget = (value, setValue = false) => ({ type: "checkbox", props: { value, ...(setValue ? { setValue } : {}) } });
  store.runStarted();
  store.applyPatch(patch({ main: [id] }, { [id]: widget(false) }));
  store.runFinished(1);
  assert.equal(store.widgetValue(id), false);
  store.setWidgetValue(id, true);
  store.applyPatch(patch({}, { [id]: widget(false) }));
  assert.equal(store.widgetValue(id), true, "a stale run's value must not clobber the user's");
  store.applyPatch(patch({}, { [id]: widget(false, true) }));
  assert.equal(store.widgetValue(id), false, "a value the script set wins");
});
