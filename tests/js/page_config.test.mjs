// web/page_config.js: favicon hrefs, the document's title and icon, and the config store.

import { test } from "node:test";
import assert from "node:assert/strict";
import { PageConfigState, applyToDocument, faviconHref } from "../../web/page_config.js";

const BASE = "https://user.github.io/repo/";

test("an emoji favicon is an inline SVG, images resolve against the app's page", () => {
  const emoji = faviconHref({ kind: "emoji", value: "🧱" }, BASE);
  assert.ok(emoji.startsWith("data:image/svg+xml,"));
  assert.ok(decodeURIComponent(emoji).includes(">🧱</text>"));
  assert.equal(faviconHref({ kind: "url", value: "icons/logo.png" }, BASE), "https://user.github.io/repo/icons/logo.png");
  assert.equal(faviconHref({ kind: "url", value: "data:image/png;base64,AAAA" }, BASE), "data:image/png;base64,AAAA");
  assert.match(faviconHref({ kind: "material", value: "thumb_up" }, BASE), /materialsymbolsrounded\/thumb_up\//);
});

function fakeDocument() {
  const head = {
    children: /** @type {any[]} */ ([]),
    appendChild(/** @type {any} */ node) {
      this.children.push(node);
    },
  };
  return {
    title: "app",
    baseURI: BASE,
    head,
    querySelector: () => head.children[0] || null,
    createElement: () => ({ rel: "", href: "" }),
  };
}

test("applying a config sets the title and creates or updates the icon link", () => {
  const doc = fakeDocument();
  applyToDocument({ layout: "wide" }, /** @type {any} */ (doc));
  assert.equal(doc.title, "app");
  assert.equal(doc.head.children.length, 0);
  applyToDocument({ title: "Gallery", favicon: { kind: "url", value: "a.png" } }, /** @type {any} */ (doc));
  assert.equal(doc.title, "Gallery");
  assert.equal(doc.head.children[0].href, `${BASE}a.png`);
  applyToDocument({ favicon: { kind: "url", value: "b.png" } }, /** @type {any} */ (doc));
  assert.equal(doc.head.children.length, 1);
  assert.equal(doc.head.children[0].href, `${BASE}b.png`);
});

test("the config store notifies its subscribers until they unsubscribe", () => {
  const state = new PageConfigState();
  let calls = 0;
  const unsubscribe = state.subscribe(() => calls++);
  state.set({ layout: "wide" });
  assert.equal(state.config.layout, "wide");
  unsubscribe();
  state.set({ layout: "centered" });
  assert.equal(calls, 1);
});
