// Markup from the script: which links it may carry, and which attributes (web/untrusted_html.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../web/markdown.js";
import { UNTRUSTED_MARKUP, installMarkupPolicy, isSafeLinkUrl, keepsAttribute } from "../../web/untrusted_html.js";
import { installDelegatedEvents } from "../../web/events.js";
import { registerElementKinds } from "../../web/render/registry.js";

/** Console warnings written while running fn. */
function warningsOf(fn) {
  const original = console.warn;
  const lines = [];
  console.warn = (...args) => lines.push(args.join(" "));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return lines;
}

test("links may be http, https, mailto or relative; every other scheme is refused", () => {
  for (const url of ["https://a.org", "HTTP://a.org", "mailto:x@a.org", "page?q=1", "#top", "/abs", "//cdn.org/x", ""]) {
    assert.equal(isSafeLinkUrl(url), true, url);
  }
  for (const url of [
    "javascript:alert(1)",
    " JAVASCRIPT:x",
    "java\tscript:x",
    "\u0001javascript:x",
    "data:text/html,x",
    "vbscript:x",
    "file:///etc",
    "blob:x",
  ]) {
    assert.equal(isSafeLinkUrl(url), false, url);
  }
});

test("Markdown drops links to other schemes and says so once", () => {
  let html = "";
  const lines = warningsOf(() => {
    html = renderMarkdown("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](https://a.org)", { inline: true });
    renderMarkdown("[a](javascript:alert(1))", { inline: true });
  });
  assert.doesNotMatch(html, /href="(javascript|data|vbscript)/);
  assert.match(html, /<a href="https:\/\/a\.org" target="_blank"/);
  assert.equal(lines.length, 3, lines.join("\n"));
  assert.match(lines[0], /^wasmlit: dropped the link "javascript:alert\(1\)" in Markdown: only http, https, mailto/);
});

test("a data:image URL stays an image but never a link", () => {
  let html = "";
  const lines = warningsOf(() => {
    html = renderMarkdown("![dot](data:image/png;base64,AAAA) [dot](data:image/png;base64,BBBB)", { inline: true });
  });
  assert.match(html, /<img src="data:image\/png;base64,AAAA" alt="dot">/);
  assert.match(html, /<a>dot<\/a>/);
  assert.equal(lines.length, 1);
});

test("sanitised markup loses the attributes the page routes events by", () => {
  const routing = [
    "data-widget-id",
    "data-wl-action",
    "data-wl-on",
    "data-wl-part",
    "data-wl-page-hash",
    "data-wl-anything",
    "data-tab-index",
    "data-toast-id",
  ];
  for (const name of routing) assert.equal(keepsAttribute(name, "$$ID-x"), false, name);
  assert.equal(keepsAttribute("id", "wl-input-$$ID_x"), false, "a page id");
  assert.equal(keepsAttribute("for", "wl-input-$$ID_x"), false, "a label for a widget's input");
  assert.equal(keepsAttribute("popovertarget", "wl-popover"), false);
  for (const [name, value] of [
    ["id", "intro"],
    ["for", "mine"],
    ["data-testid", "stButton"],
    ["data-note", "x"],
    ["class", "stButton"],
    ["href", "#intro"],
  ]) {
    assert.equal(keepsAttribute(name, value), true, name);
  }
  assert.equal(warningsOf(() => assert.equal(keepsAttribute("href", "javascript:x"), false)).length, 1);
});

test("the policy is a DOMPurify attribute hook", () => {
  const hooks = {};
  installMarkupPolicy({ addHook: (name, hook) => (hooks[name] = hook) });
  const routed = { attrName: "data-widget-id", attrValue: "$$ID-x", keepAttr: true };
  hooks.uponSanitizeAttribute(null, routed);
  assert.equal(routed.keepAttr, false);
  const plain = { attrName: "title", attrValue: "hello", keepAttr: true };
  hooks.uponSanitizeAttribute(null, plain);
  assert.equal(plain.keepAttr, true);
});

/** A DOM element just rich enough for the page's routing: attributes, a parent, closest("[name]"). */
function element(attributes, parent = null) {
  return {
    attributes,
    parentElement: parent,
    getAttribute: (name) => (name in attributes ? attributes[name] : null),
    closest(selector) {
      const name = /^\[([a-z-]+)\]$/.exec(selector)?.[1];
      for (let node = this; node; node = node.parentElement) if (name && name in node.attributes) return node;
      return null;
    },
  };
}

function routedPage() {
  const listeners = {};
  const calls = [];
  registerElementKinds([
    { routing_probe: { component: () => null, events: { click: (_event, id) => calls.push(`click ${id}`) } } },
  ]);
  const store = { connectionState: "CONNECTED", element: () => ({ type: "routing_probe", props: {} }) };
  const session = { stop: () => calls.push("stop") };
  installDelegatedEvents({ addEventListener: (type, listener) => (listeners[type] = listener) }, store, session);
  return { click: (target) => listeners.click({ type: "click", target }), calls };
}

test("events from sanitised markup are not routed, whatever attributes it claims", () => {
  const { click, calls } = routedPage();
  const widget = element({ "data-widget-id": "$$ID-real" });
  const injected = { "data-widget-id": "$$ID-real", "data-wl-action": "stop" };
  click(element(injected, widget));
  assert.deepEqual(calls, ["stop"], "the harness routes markup that is not marked untrusted");
  calls.length = 0;
  const untrusted = element({ [UNTRUSTED_MARKUP]: "" }, widget);
  click(element(injected, untrusted));
  click(element({}, element({ "data-wl-on": "x" }, untrusted)));
  assert.deepEqual(calls, []);
  click(element({}, widget));
  assert.deepEqual(calls, ["click $$ID-real"]);
});
