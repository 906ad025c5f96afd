// The protocol's contract (tests/contract/), seen from the page: the Python tests
// (tests/unit/test_protocol_contract.py) read the same files, so a message changed on one
// side only fails on the other.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import {
  PROTOCOL_VERSION,
  decodeFromWorker,
  decodeToWorker,
  rerunMessage,
  restoreStateMessage,
  stopMessage,
} from "../../web/protocol.js";
import { PageStore } from "../../web/store.js";

const CONTRACT = new URL("../contract/", import.meta.url);

/** @param {string} folder @returns {Record<string, any>} */
function examples(folder) {
  const found = {};
  for (const name of readdirSync(new URL(`${folder}/`, CONTRACT)).sort()) {
    if (name.endsWith(".json"))
      found[name.slice(0, -5)] = JSON.parse(readFileSync(new URL(`${folder}/${name}`, CONTRACT), "utf8"));
  }
  return found;
}

test("both sides speak the contract's protocol version", () => {
  const { version } = JSON.parse(readFileSync(new URL("protocol.json", CONTRACT), "utf8"));
  assert.equal(PROTOCOL_VERSION, version);
});

test("the page accepts every message Python sends, and nothing with a field missing, extra or mistyped", () => {
  const outgoing = examples("python_to_page");
  assert.ok(Object.keys(outgoing).length >= 9);
  for (const [name, example] of Object.entries(outgoing)) {
    assert.deepEqual(decodeFromWorker(JSON.stringify(example)), example, name);
    for (const field of Object.keys(example).filter((key) => key !== "type")) {
      const { [field]: _dropped, ...missing } = example;
      assert.throws(() => decodeFromWorker(JSON.stringify(missing)), new RegExp(`has no ${field}`), `${name} without ${field}`);
      if (typeof example[field] !== "object" || example[field] === null) {
        const mistyped = { ...example, [field]: { wrong: true } };
        assert.throws(() => decodeFromWorker(JSON.stringify(mistyped)), /must be/, `${name} with a mistyped ${field}`);
      }
    }
    assert.throws(() => decodeFromWorker(JSON.stringify({ ...example, colour: "red" })), /unknown field colour/);
  }
});

test("the page builds the messages Python reads exactly as the examples show them", () => {
  const incoming = examples("page_to_python");
  assert.deepEqual(JSON.parse(rerunMessage(incoming.rerun.requests, incoming.rerun.queryString)), incoming.rerun);
  assert.deepEqual(JSON.parse(rerunMessage(incoming.rerun_with_page.requests)), incoming.rerun_with_page);
  assert.deepEqual(JSON.parse(rerunMessage(incoming.rerun_fragment.requests)), incoming.rerun_fragment);
  const withContext = incoming.rerun_with_context;
  assert.deepEqual(JSON.parse(rerunMessage(withContext.requests, withContext.queryString, withContext.context)), withContext);
  assert.deepEqual(JSON.parse(stopMessage()), incoming.stop);
  assert.deepEqual(JSON.parse(restoreStateMessage(incoming.restore_state.data)), incoming.restore_state);
  for (const example of Object.values(incoming)) decodeToWorker(JSON.stringify(example));
});

test("the page store applies the example patches as PageModel does", () => {
  for (const [name, sequence] of Object.entries(examples("patch_sequences"))) {
    const store = new PageStore();
    let run = 0;
    for (const message of sequence.messages) {
      const decoded = /** @type {any} */ (decodeFromWorker(JSON.stringify(message)));
      if (decoded.run !== run) {
        run = decoded.run;
        store.runStarted();
      }
      store.applyPatch(decoded);
      if (decoded.type === "run_finished") store.runFinished(decoded.durationMs);
    }
    const expected = sequence.expected;
    assert.deepEqual(Object.fromEntries([...store.committed].sort()), expected.blocks, name);
    assert.deepEqual(Object.fromEntries([...store.elements].sort()), expected.elements, name);
    assert.deepEqual(Object.fromEntries([...store.widgetValues].sort()), expected.widgetValues, name);
  }
});
