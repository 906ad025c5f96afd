// Heading anchors (web/heading_anchor.js). The expected ids were read from Streamlit 1.67's
// page for the same headings.

import { test } from "node:test";
import assert from "node:assert/strict";
import { anchorFor, textOfHtml, xxHash32 } from "../../web/heading_anchor.js";
import { renderMarkdown } from "../../web/markdown.js";

test("anchors are Streamlit's slugs of the text shown", () => {
  const cases = {
    "A bold headerTitle & more": "a-bold-header-title-and-more",
    "Grüße aus Köln": "gruesse-aus-koeln",
    "Привет мир": "privet-mir",
    "It's code — “quoted” Æsir Øre Łódź": "its-code-quoted-a-esir-ore-lodz",
    "XMLHttpRequest2 fooBar": "xml-http-request2-foo-bar",
    "home Home page": "home-home-page",
    "Café déjà vu ½": "cafe-deja-vu",
    // Nothing left to slug: the text's xxHash32 with Streamlit's seed.
    你好: "d3f3ad77",
  };
  for (const [text, anchor] of Object.entries(cases)) assert.equal(anchorFor(text), anchor, text);
});

test("xxHash32 gives the specification's values", () => {
  const bytes = (/** @type {string} */ text) => new TextEncoder().encode(text);
  assert.equal(xxHash32(bytes(""), 0), 0x02cc5d05);
  assert.equal(xxHash32(bytes("abc"), 0), 0x32d153ff);
  assert.equal(xxHash32(bytes("Nobody inspects the spammish repetition"), 0), 0xe2293b2f);
});

test("Markdown headings get the anchor of their text, in Streamlit's wrapper", () => {
  assert.equal(textOfHtml("Grüße <em>aus</em> &amp; K&#246;ln"), "Grüße aus & Köln");
  assert.equal(
    renderMarkdown("## Grüße *aus* Köln"),
    '<div class="stHeadingWithActionElements" data-testid="stHeadingWithActionElements"><h2 id="gruesse-aus-koeln">Grüße <em>aus</em> Köln</h2>\n</div>',
  );
});
