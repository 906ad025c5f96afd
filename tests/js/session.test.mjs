// The session client never loses an event: clicks queue while a run is busy.

import { test } from "node:test";
import assert from "node:assert/strict";
import { PageStore } from "../../web/store.js";
import { SessionClient } from "../../web/session.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const finished = { type: "run_finished", run: 1, status: "completed", durationMs: 1, scriptRuns: 1, blocks: {}, elements: {} };

test("clicks during a run are sent together, in order, when it finishes", async () => {
  const sent = [];
  const session = new SessionClient(new PageStore(), (text) => sent.push(JSON.parse(text)));
  session.onReady();
  session.trigger("b");
  await tick();
  assert.equal(sent.length, 1);
  session.trigger("b");
  session.setValue("n", 4);
  session.trigger("b");
  await tick();
  assert.equal(sent.length, 1, "nothing is sent while the run is busy");
  session.onRunFinished(finished);
  assert.equal(sent.length, 2);
  assert.deepEqual(sent[1].requests, [
    { values: {}, trigger: "b" },
    { values: { n: 4 }, trigger: "b" },
  ]);
});

test("value changes made in one task travel in one request", async () => {
  const sent = [];
  const session = new SessionClient(new PageStore(), (text) => sent.push(JSON.parse(text)));
  session.onReady();
  session.setValue("a", 1);
  session.setValue("b", 2);
  await tick();
  assert.deepEqual(sent[0].requests, [{ values: { a: 1, b: 2 }, trigger: null }]);
});
