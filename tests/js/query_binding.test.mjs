// bind="query-params" on the page (web/widgets/query_binding.js) and what st.context reads
// (web/context_info.js): the texts written into the address, and the browser's values.

import assert from "node:assert/strict";
import { test } from "node:test";
import { dateText, urlValue, withParam } from "../../web/widgets/query_binding.js";
import { appUrl, isEmbedded, parseCookies } from "../../web/context_info.js";

test("a bound value is written as Streamlit writes it, and removed at the default", () => {
  const checkbox = { key: "c", default: false, clearable: false };
  assert.equal(urlValue(true, checkbox), "true");
  assert.equal(urlValue(false, checkbox), null);
  const pills = { key: "p", default: [], clearable: true };
  assert.deepEqual(urlValue(["a", "b"], pills), ["a", "b"]);
  assert.equal(urlValue([], pills), null);
  const required = { key: "r", default: ["x"], clearable: true };
  assert.deepEqual(urlValue([], required), []); // written as "r=" (withParam)
  const number = { key: "n", default: null, clearable: true };
  assert.equal(urlValue(5.5, number), "5.5");
  assert.equal(urlValue(null, number), null);
  assert.equal(urlValue(null, { key: "n", default: 3, clearable: false }), null);
});

test("slider dates and times are written as ISO text", () => {
  const micros = Date.UTC(2024, 0, 2, 8, 30) * 1000;
  assert.equal(dateText(micros, "date"), "2024-01-02");
  assert.equal(dateText(micros, "time"), "08:30");
  assert.equal(dateText(micros, "datetime"), "2024-01-02T08:30");
  assert.deepEqual(urlValue([micros], { key: "s", default: [0], clearable: false }, "date"), ["2024-01-02"]);
});

test("the query string keeps other params, sorts keys and repeats lists", () => {
  assert.equal(withParam("?z=1&a=x y", "m", ["b", "a"]), "a=x+y&m=b&m=a&z=1");
  assert.equal(withParam("?m=1&z=2", "m", null), "z=2");
  assert.equal(withParam("", "m", ""), "m=");
  assert.equal(withParam("", "m", []), "m=");
});

test("st.context: cookies, the embed flag and the app's address", () => {
  assert.deepEqual(parseCookies("a=1; b=x%20y; a=2; broken"), { a: "1", b: "x y" });
  assert.equal(isEmbedded("?EMBED=True&x=1"), true);
  assert.equal(isEmbedded("?embed=false"), false);
  const location = /** @type {Location} */ (
    /** @type {unknown} */ ({ origin: "https://u.github.io", pathname: "/app/", hash: "#/reports", search: "?q=1" })
  );
  assert.equal(appUrl(location), "https://u.github.io/app/#/reports");
  assert.equal(
    appUrl(/** @type {Location} */ (/** @type {unknown} */ ({ ...location, hash: "#top" }))),
    "https://u.github.io/app/",
  );
});
