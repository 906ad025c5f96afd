// Stop, fast reruns and worker replacement on the page side.

import { test } from "node:test";
import assert from "node:assert/strict";
import { PageStore } from "../../web/store.js";
import { SessionClient } from "../../web/session.js";
import { RERUN_SIGNAL, RunControl, STOP_SIGNAL } from "../../web/run_control.js";
import { StopRecovery } from "../../web/worker/stop_recovery.js";
import { NoticeState } from "../../web/notices.js";
import { ToastState } from "../../web/elements/toasts.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const finished = (status = "completed") => ({
  type: "run_finished",
  run: 1,
  status,
  durationMs: 1,
  scriptRuns: 1,
  blocks: {},
  elements: {},
});

test("a click during a run signals a fast rerun, which never overwrites a Stop", () => {
  const control = new RunControl({ shared: true });
  control.requestFastRerun();
  assert.equal(control.words[0], RERUN_SIGNAL);
  assert.equal(control.words[1], 1, "a sleeping script is woken");
  control.runFinished();
  assert.equal(control.words[0], 0, "an unread rerun signal must not stop the next run");
  control.requestStop();
  control.requestFastRerun();
  assert.equal(control.words[0], STOP_SIGNAL);
});

test("without shared memory nothing is signalled and Stop must replace the worker", () => {
  const control = new RunControl({ shared: false });
  control.requestFastRerun();
  assert.equal(control.requestStop(), false);
});

test("fast reruns off: clicks wait for the run, as Streamlit's runner.fastReruns=false", () => {
  const control = new RunControl({ shared: true, fastReruns: false });
  control.requestFastRerun();
  assert.equal(control.words[0], 0);
});

test("the session signals interactions that arrive while busy and sends the query string", async () => {
  const sent = [];
  const signals = [];
  const session = new SessionClient(new PageStore(), (text) => sent.push(JSON.parse(text)), {
    queryString: () => "a=1",
    controls: { interactionWhileBusy: () => signals.push("rerun") },
  });
  session.onReady();
  session.trigger("b");
  await tick();
  assert.deepEqual(signals, []);
  session.navigate({ hash: "h" });
  await tick();
  assert.deepEqual(signals, ["rerun"]);
  assert.equal(sent[0].queryString, "a=1");
  session.onRunFinished(finished("interrupted"));
  assert.deepEqual(sent[1].requests, [{ values: {}, trigger: null, page: { hash: "h" } }]);
});

test("an interrupted run leaves the page as it is until the next run finishes", async () => {
  const store = new PageStore();
  const session = new SessionClient(store, () => {});
  session.onReady();
  await tick();
  store.applyPatch({
    type: "run_finished",
    blocks: { main: ["main/text0"] },
    elements: { "main/text0": { type: "text", props: {} } },
  });
  store.commitRun();
  session.trigger("b");
  await tick();
  session.trigger("b");
  session.onRunFinished(finished("interrupted"));
  assert.deepEqual(
    store.children("main").map((child) => child.id),
    ["main/text0"],
  );
  assert.equal(store.scriptState, "running");
});

function recoverySetup({ shared }) {
  const posted = [];
  const replaced = [];
  const store = new PageStore();
  const session = new SessionClient(store, (text) => posted.push(JSON.parse(text)));
  const host = { replace: () => replaced.push(true), post: (text) => posted.push(JSON.parse(text)) };
  const notices = new NoticeState();
  const runControl = new RunControl({ shared });
  const recovery = new StopRecovery({ host, session, runControl, notices, currentPage: () => ({ hash: "h-rep" }), graceMs: 10 });
  return { posted, replaced, store, session, notices, runControl, recovery };
}

test("Stop without shared memory replaces the worker, then restores state and reruns with every value", async () => {
  const { posted, replaced, store, session, notices, recovery } = recoverySetup({ shared: false });
  store.setWidgetValue("$$ID-x", 5);
  session.onReady();
  session.trigger("loop");
  await tick();
  recovery.onSnapshot({ type: "state_snapshot", data: "AAA", keys: ["count"], skipped: ["lock"], reason: "", costMs: 0.1 });
  recovery.stop();
  assert.equal(replaced.length, 1);
  assert.match(notices.notices[0].title, /Restarting/);
  recovery.onWorkerReady();
  session.onReady();
  assert.deepEqual(posted.slice(-2), [
    { type: "restore_state", data: "AAA" },
    { type: "rerun", requests: [{ values: { "$$ID-x": 5 }, trigger: null, page: { hash: "h-rep" } }], queryString: "" },
  ]);
  recovery.onStateRestored({ type: "state_restored", restored: ["count"], failed: [] });
  assert.equal(notices.notices[0].title, "The app was restarted");
  assert.match(notices.notices[0].details[0], /Not restored: `lock`/);
});

test("Stop with shared memory interrupts; the worker is replaced only if the run ignores it", async () => {
  const { replaced, session, runControl, recovery } = recoverySetup({ shared: true });
  session.onReady();
  session.trigger("loop");
  await tick();
  recovery.stop();
  assert.equal(runControl.words[0], STOP_SIGNAL);
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(replaced.length, 1, "still busy after the grace period");

  const second = recoverySetup({ shared: true });
  second.session.onReady();
  second.session.trigger("loop");
  await tick();
  second.recovery.stop();
  second.session.onRunFinished(finished("stopped"));
  second.recovery.onRunFinished();
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(second.replaced.length, 0, "the run honoured Stop");
  assert.equal(second.runControl.words[0], 0);
});

test("toasts replace by id and leave after their duration", () => {
  const timers = [];
  const toasts = new ToastState({ setTimer: (callback, ms) => timers.push({ callback, ms }), clearTimer: () => {} });
  toasts.show({ id: 1, body: "a", icon: "", duration: 4 });
  toasts.show({ id: 1, body: "b", icon: "", duration: 4 });
  toasts.show({ id: 2, body: "forever", icon: "", duration: 0 });
  assert.deepEqual(
    toasts.toasts.map((toast) => toast.body),
    ["b", "forever"],
  );
  assert.deepEqual(
    timers.map((timer) => timer.ms),
    [4000, 4000],
  );
  timers[1].callback();
  assert.deepEqual(
    toasts.toasts.map((toast) => toast.body),
    ["forever"],
  );
});

test("toast timers stop while the toasts are hovered and go on with the time left", () => {
  const timers = [];
  let clock = 0;
  const toasts = new ToastState({
    setTimer: (callback, ms) => timers.push({ callback, ms, cleared: false }) - 1,
    clearTimer: (index) => {
      timers[index].cleared = true;
    },
    now: () => clock,
  });
  toasts.show({ id: 1, body: "a", icon: "", duration: 4 });
  clock = 1500;
  toasts.pauseAll();
  assert.equal(timers[0].cleared, true);
  // Shown while paused: its countdown waits too.
  toasts.show({ id: 2, body: "b", icon: "", duration: 10 });
  assert.equal(timers.length, 1);
  clock = 60_000;
  toasts.resumeAll();
  assert.deepEqual(
    timers.slice(1).map((timer) => timer.ms),
    [2500, 10_000],
  );
  timers[1].callback();
  assert.deepEqual(
    toasts.toasts.map((toast) => toast.body),
    ["b"],
  );
});
