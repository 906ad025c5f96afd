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

// ----- forms ---------------------------------------------------------------------------

/** A page with forms: each form holds its widgets and submit buttons, in order. */
function formPage({ clearOnSubmit = false, enterToSubmit = true, firstDisabled = false } = {}) {
  const store = new PageStore();
  const sent = [];
  const session = new SessionClient(store, (text) => sent.push(JSON.parse(text)));
  const field = (formId, value) => ({ type: "text_input", props: { formId, value, formDefault: "" } });
  const submit = (formId, disabled = false) => ({
    type: "form_submit_button",
    props: { formId, label: "Go", kind: "secondary", disabled },
  });
  store.runStarted();
  store.applyPatch({
    type: "run_finished",
    run: 1,
    blocks: {
      main: ["main/form0", "main/form1", "$$ID-x-outside"],
      "main/form0": ["$$ID-a-name", "$$ID-s-first", "$$ID-s-second"],
      "main/form1": ["$$ID-b-other", "$$ID-s-other"],
    },
    elements: {
      "main/form0": { type: "form", props: { formId: "f", clearOnSubmit, enterToSubmit, border: true } },
      "main/form1": { type: "form", props: { formId: "g", clearOnSubmit: false, enterToSubmit: true, border: true } },
      "$$ID-a-name": field("f", ""),
      "$$ID-s-first": submit("f", firstDisabled),
      "$$ID-s-second": submit("f"),
      "$$ID-b-other": field("g", ""),
      "$$ID-s-other": submit("g"),
      "$$ID-x-outside": { type: "text_input", props: { value: "" } },
    },
  });
  store.runFinished(1);
  session.onReady();
  return { store, session, sent };
}

test("a form's values stay pending, shown but unsent, until its submit button sends them with the click", async () => {
  const { store, session, sent } = formPage();
  session.setValue("$$ID-a-name", "Ada");
  session.setValue("$$ID-b-other", "other form");
  await tick();
  assert.equal(sent.length, 0, "editing a form widget does not rerun");
  assert.equal(store.widgetValue("$$ID-a-name"), "Ada");
  session.trigger("$$ID-s-second");
  await tick();
  assert.deepEqual(sent[0].requests, [{ values: { "$$ID-a-name": "Ada" }, trigger: "$$ID-s-second" }]);
  session.onRunFinished(finished);
  session.trigger("$$ID-s-first");
  await tick();
  assert.deepEqual(sent[1].requests, [{ values: {}, trigger: "$$ID-s-first" }], "a submit sends each pending value once");
});

test("a widget outside the form still reruns at once", async () => {
  const { session, sent } = formPage();
  session.setValue("$$ID-x-outside", "now");
  await tick();
  assert.deepEqual(sent[0].requests, [{ values: { "$$ID-x-outside": "now" }, trigger: null }]);
});

test("clear_on_submit shows the defaults after a submit and the next submit sends them", async () => {
  const { store, session, sent } = formPage({ clearOnSubmit: true });
  session.setValue("$$ID-a-name", "Ada");
  session.trigger("$$ID-s-first");
  await tick();
  assert.deepEqual(sent[0].requests[0].values, { "$$ID-a-name": "Ada" });
  assert.equal(store.widgetValue("$$ID-a-name"), "");
  session.onRunFinished(finished);
  session.trigger("$$ID-s-first");
  await tick();
  assert.deepEqual(sent[1].requests[0].values, { "$$ID-a-name": "" });
});

test("a value the script sets replaces the form's pending value", async () => {
  const { store, session, sent } = formPage();
  session.setValue("$$ID-a-name", "typed");
  session.onPatch({
    type: "patch",
    run: 2,
    blocks: {},
    elements: { "$$ID-a-name": { type: "text_input", props: { formId: "f", value: "script", setValue: true } } },
  });
  assert.equal(store.widgetValue("$$ID-a-name"), "script");
  session.trigger("$$ID-s-first");
  await tick();
  assert.deepEqual(sent[0].requests[0].values, {});
});

test("Enter submits through the form's first submit button, only when Streamlit allows it", async () => {
  const allowed = formPage();
  assert.equal(allowed.session.canSubmitOnEnter("$$ID-a-name"), true);
  allowed.session.setValue("$$ID-a-name", "Ada");
  assert.equal(allowed.session.submitOnEnter("$$ID-a-name"), true);
  await tick();
  assert.deepEqual(allowed.sent[0].requests, [{ values: { "$$ID-a-name": "Ada" }, trigger: "$$ID-s-first" }]);

  const turnedOff = formPage({ enterToSubmit: false });
  assert.equal(turnedOff.session.submitOnEnter("$$ID-a-name"), false);
  const firstDisabled = formPage({ firstDisabled: true });
  assert.equal(firstDisabled.session.submitOnEnter("$$ID-a-name"), false, "a later enabled button does not count");
  assert.equal(allowed.session.submitOnEnter("$$ID-x-outside"), false, "outside a form Enter submits nothing");
  await tick();
  assert.equal(turnedOff.sent.length + firstDisabled.sent.length, 0);
});

test("input made before the worker is ready follows the first run, which goes out alone", async () => {
  const sent = [];
  const session = new SessionClient(new PageStore(), (text) => sent.push(JSON.parse(text)));
  session.rerun();
  session.trigger("b");
  await tick();
  session.setValue("t", "hi");
  await tick();
  session.trigger("b");
  await tick();
  assert.equal(sent.length, 0, "nothing is sent before the worker is ready");
  session.onReady();
  assert.deepEqual(sent[0].requests, [{ values: {}, trigger: null }]);
  session.onRunFinished(finished);
  assert.deepEqual(sent[1].requests, [
    { values: {}, trigger: "b" },
    { values: { t: "hi" }, trigger: null },
    { values: {}, trigger: "b" },
  ]);
});
