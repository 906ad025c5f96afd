// Faults at run time, on the page's side: a dead interpreter is replaced, clicks queued
// meanwhile survive, an aborted run keeps the page, a malformed worker message is dropped.

import { test } from "node:test";
import assert from "node:assert/strict";
import { PageStore } from "../../web/store.js";
import { SessionClient } from "../../web/session.js";
import { RunControl } from "../../web/run_control.js";
import { StopRecovery } from "../../web/worker/stop_recovery.js";
import { NoticeState } from "../../web/notices.js";
import { interpreterDeath } from "../../web/worker/interpreter_death.js";
import { decodeFromWorker, describeRejectedMessage } from "../../web/protocol.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const finished = (status = "completed", elements = {}, blocks = {}) => ({
  type: "run_finished",
  run: 1,
  status,
  durationMs: 1,
  scriptRuns: 1,
  blocks,
  elements,
});

function recoverySetup() {
  const posted = [];
  const replaced = [];
  const store = new PageStore();
  const session = new SessionClient(store, (text) => posted.push(JSON.parse(text)));
  const host = { replace: () => replaced.push(true), post: (text) => posted.push(JSON.parse(text)) };
  const notices = new NoticeState();
  const recovery = new StopRecovery({
    host,
    session,
    runControl: new RunControl({ shared: false }),
    notices,
    currentPage: () => ({ hash: "h" }),
  });
  return { posted, replaced, store, session, notices, recovery };
}

test("os._exit and fatal errors are deaths; an ordinary error is not", () => {
  const alive = () => true;
  const exit = Object.assign(new Error("Program terminated with exit(3)"), { name: "ExitStatus", status: 3 });
  assert.match(interpreterDeath(exit, alive), /os\._exit\(3\)/);
  const wrapped = new Error("Program terminated with exit(1)");
  assert.equal(
    interpreterDeath(wrapped, () => false),
    "The script ended the Python interpreter (os._exit(1)).",
  );
  const overflow = Object.assign(new RangeError("Maximum call stack size exceeded"), { pyodide_fatal_error: true });
  assert.match(interpreterDeath(overflow, alive), /ran out of stack.*RecursionError/);
  assert.match(
    interpreterDeath(new Error("memory access out of bounds"), () => false),
    /crashed \(memory access/,
  );
  assert.equal(interpreterDeath(new Error("PythonError: ValueError"), alive), null);
});

test("a dead interpreter is replaced; the app reruns, then the clicks queued meanwhile, in order", async () => {
  const { posted, replaced, session, notices, recovery } = recoverySetup();
  session.onReady();
  session.trigger("crash");
  await tick();
  session.trigger("a");
  session.trigger("b");
  await tick();
  recovery.onInterpreterDied("The script ended the Python interpreter (os._exit(1)).");
  assert.equal(replaced.length, 1);
  assert.match(notices.notices[0].body, /os\._exit\(1\).*the app will rerun/);
  recovery.onWorkerReady();
  session.onReady();
  assert.deepEqual(posted.at(-1).requests, [
    { values: {}, trigger: null, page: { hash: "h" } },
    { values: {}, trigger: "a" },
    { values: {}, trigger: "b" },
  ]);
});

test("if the rerun after a restart kills Python too, the next worker waits for an interaction", async () => {
  const { posted, replaced, store, session, notices, recovery } = recoverySetup();
  store.setWidgetValue("$$ID-box", true);
  session.onReady();
  session.trigger("crash");
  await tick();
  recovery.onInterpreterDied("crashed");
  recovery.onWorkerReady();
  session.onReady();
  const sentBefore = posted.length;
  recovery.onInterpreterDied("crashed");
  assert.equal(replaced.length, 2);
  assert.match(notices.notices[0].body, /at your next interaction/);
  recovery.onWorkerReady();
  session.onReady();
  assert.equal(posted.length, sentBefore, "nothing reruns by itself");
  assert.equal(store.scriptState, "notRunning");
  session.setValue("$$ID-box", false);
  await tick();
  assert.deepEqual(posted.at(-1).requests, [
    { values: { "$$ID-box": true }, trigger: null, page: { hash: "h" } },
    { values: { "$$ID-box": false }, trigger: null },
  ]);
  session.onRunFinished(finished());
  recovery.onRunFinished();
  recovery.onInterpreterDied("crashed");
  assert.match(notices.notices[0].body, /the app will rerun/, "a run finished since: rerun again");
});

test("an aborted run leaves what it did not redraw on the page", async () => {
  const store = new PageStore();
  const session = new SessionClient(store, () => {});
  session.onReady();
  session.rerun();
  await tick();
  const text = (body) => ({ type: "text", props: { body } });
  session.onRunFinished(
    finished("completed", { "main/text0": text("a"), "main/text1": text("b") }, { main: ["main/text0", "main/text1"] }),
  );
  session.trigger("fault");
  await tick();
  session.onRunFinished(finished("aborted", {}, { main: [] }));
  assert.deepEqual(
    store.children("main").map((child) => child.id),
    ["main/text0", "main/text1"],
  );
  assert.equal(store.scriptState, "notRunning");
});

test("a malformed worker message is rejected with its text and the reason", () => {
  for (const bad of ["{not json", '{"type":"mystery"}', '{"type":"run_finished","status":"completed"}', "[]", "null"]) {
    assert.throws(() => decodeFromWorker(bad), Error, bad);
  }
  assert.throws(() => decodeFromWorker(42), /must be a JSON string/);
  let reason;
  try {
    decodeFromWorker('{"type":"mystery"}');
  } catch (error) {
    reason = error;
  }
  assert.equal(
    describeRejectedMessage('{"type":"mystery"}', reason),
    'wasmlit: rejected a malformed message from the worker (unknown worker->page message type "mystery"): {"type":"mystery"}',
  );
  assert.ok(decodeFromWorker(JSON.stringify(finished())));
});
