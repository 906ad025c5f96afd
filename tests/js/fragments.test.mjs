// Fragments on the page: requests name the fragments they rerun, a fragment's rerun never
// pre-empts a busy run, run_every ticks do not pile up, and only a fragment's blocks go
// stale while it reruns.

import { test } from "node:test";
import assert from "node:assert/strict";
import { PageStore } from "../../web/store.js";
import { SessionClient, mergeScopes } from "../../web/session.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const finished = { type: "run_finished", run: 1, status: "completed", durationMs: 1, scriptRuns: 1, blocks: {}, elements: {} };

/** A page with a fragment (its container holds a button and a slider) and a button outside it. */
function fragmentPage() {
  const store = new PageStore();
  const sent = [];
  const signals = [];
  const session = new SessionClient(store, (text) => sent.push(JSON.parse(text)), {
    controls: { interactionWhileBusy: () => signals.push("rerun") },
  });
  store.runStarted();
  store.applyPatch({
    type: "run_finished",
    run: 1,
    blocks: { main: ["main/markdown0", "main/container0", "$$ID-out"], "main/container0": ["$$ID-in", "$$ID-slide"] },
    elements: {
      "main/markdown0": { type: "markdown", props: { body: "outside" } },
      "main/container0": { type: "container", props: { border: false, gap: 16, fragmentId: "f1", runEvery: 1 } },
      "$$ID-in": { type: "button", props: { label: "in", disabled: false, fragmentId: "f1" } },
      "$$ID-slide": { type: "slider", props: { label: "s", disabled: false, value: 1, fragmentId: "f1" } },
      "$$ID-out": { type: "button", props: { label: "out", disabled: false } },
    },
  });
  store.runFinished(1);
  session.onReady();
  return { store, session, sent, signals };
}

test("a fragment's widget asks for a rerun of its fragment; any other widget in the same task widens it to the app", async () => {
  const { session, sent } = fragmentPage();
  session.trigger("$$ID-in");
  await tick();
  session.onRunFinished(finished);
  session.setValue("$$ID-slide", 3);
  session.trigger("$$ID-out");
  await tick();
  assert.deepEqual(sent[0].requests, [{ values: {}, trigger: "$$ID-in", fragments: ["f1"] }]);
  assert.deepEqual(sent[1].requests, [{ values: { "$$ID-slide": 3 }, trigger: "$$ID-out" }]);
});

test("a fragment's rerun waits for a busy run instead of pre-empting it; an outside click pre-empts", async () => {
  const { session, sent, signals } = fragmentPage();
  session.trigger("$$ID-out");
  await tick();
  session.trigger("$$ID-in");
  await tick();
  assert.deepEqual(signals, []);
  session.trigger("$$ID-out");
  await tick();
  assert.deepEqual(signals, ["rerun"]);
  session.onRunFinished(finished);
  assert.deepEqual(
    sent[1].requests.map((request) => request.trigger),
    ["$$ID-in", "$$ID-out"],
  );
});

test("run_every ticks queue like clicks, and a tick waiting to be sent takes no second one", async () => {
  const { session, sent } = fragmentPage();
  session.trigger("$$ID-out");
  await tick();
  session.autoRerun("f1");
  session.autoRerun("f1");
  session.autoRerun("f2");
  await tick();
  session.onRunFinished(finished);
  assert.deepEqual(sent[1].requests, [
    { values: {}, trigger: null, fragments: ["f1"] },
    { values: {}, trigger: null, fragments: ["f2"] },
  ]);
});

test("during a fragment run only what the fragment holds goes stale", () => {
  const { store } = fragmentPage();
  store.runStarted(["f1"]);
  store.setStaleMode(true);
  const stale = (blockId) => Object.fromEntries(store.children(blockId).map((child) => [child.id, child.stale]));
  assert.deepEqual(stale("main"), { "main/markdown0": false, "main/container0": false, "$$ID-out": false });
  assert.deepEqual(stale("main/container0"), { "$$ID-in": true, "$$ID-slide": true });
  store.runFinished(1);
  store.runStarted();
  store.setStaleMode(true);
  assert.deepEqual(stale("main"), { "main/markdown0": true, "main/container0": true, "$$ID-out": true });
});

test("scopes merge as the runtime merges them", () => {
  assert.deepEqual(mergeScopes(undefined, ["a"]), ["a"]);
  assert.deepEqual(mergeScopes(["a"], ["b", "a"]), ["a", "b"]);
  assert.equal(mergeScopes(["a"], null), null);
  assert.equal(mergeScopes(null, ["a"]), null);
});
