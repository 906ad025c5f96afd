// Cut the Material Symbols Rounded font down to the icons an app names.
// Input on stdin: {"font": path of the full WOFF2 font, "names": ["home", ...]}.
// Output: {"woff2": base64 of the subset font (null when no name is an icon), "missing": [names the font has no icon for]}.
//
// Icons are ligatures: the text "home" shapes to one glyph. HarfBuzz shapes each name to
// find that glyph, then hb-subset keeps exactly those glyphs, the letters that spell them
// and the ligature lookups between them. Without NO_LAYOUT_CLOSURE it would also keep
// every other ligature those letters can spell (four icons: 50 KB instead of 2 KB).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as harfbuzz from "harfbuzzjs";
import wawoff2 from "wawoff2";

const require = createRequire(import.meta.url);
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** @param {Uint8Array} bytes */
function arrayBufferOf(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** The glyph each name shapes to, or null when it does not shape to a single glyph (no such icon). */
function ligatureGlyphs(ttf, names) {
  const font = new harfbuzz.Font(new harfbuzz.Face(new harfbuzz.Blob(arrayBufferOf(ttf))));
  /** @type {Map<string, number | null>} */
  const glyphs = new Map();
  for (const name of names) {
    const buffer = new harfbuzz.Buffer();
    buffer.addText(name);
    buffer.guessSegmentProperties();
    harfbuzz.shape(font, buffer);
    const infos = buffer.getGlyphInfos();
    glyphs.set(name, infos.length === 1 && infos[0].codepoint !== 0 ? infos[0].codepoint : null);
  }
  return glyphs;
}

async function subsetWasm() {
  const { instance } = await WebAssembly.instantiate(readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm")));
  const wasm = instance.exports;
  wasm._initialize();
  return wasm;
}

/** A TrueType font holding `glyphIds`, the characters of `text` and the lookups between them. */
async function subsetTtf(ttf, text, glyphIds) {
  const wasm = await subsetWasm();
  const heap = () => new Uint8Array(wasm.memory.buffer);
  const fontPointer = wasm.malloc(ttf.byteLength);
  heap().set(ttf, fontPointer);
  const blob = wasm.hb_blob_create(fontPointer, ttf.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = wasm.hb_face_create(blob, 0);
  wasm.hb_blob_destroy(blob);
  const input = wasm.hb_subset_input_create_or_fail();
  const features = wasm.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  wasm.hb_set_clear(features);
  wasm.hb_set_invert(features);
  const flags = wasm.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE | HB_SUBSET_FLAGS_NO_HINTING;
  wasm.hb_subset_input_set_flags(input, flags);
  const unicodes = wasm.hb_subset_input_unicode_set(input);
  for (const character of new Set(text)) wasm.hb_set_add(unicodes, character.codePointAt(0));
  const glyphs = wasm.hb_subset_input_glyph_set(input);
  for (const glyph of glyphIds) wasm.hb_set_add(glyphs, glyph);
  const subset = wasm.hb_subset_or_fail(face, input);
  wasm.hb_subset_input_destroy(input);
  if (subset === 0) throw new Error("hb_subset_or_fail could not subset the icon font");
  const result = wasm.hb_face_reference_blob(subset);
  const offset = wasm.hb_blob_get_data(result, 0);
  const bytes = heap().slice(offset, offset + wasm.hb_blob_get_length(result));
  wasm.hb_blob_destroy(result);
  wasm.hb_face_destroy(subset);
  wasm.hb_face_destroy(face);
  wasm.free(fontPointer);
  return bytes;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { font, names } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const ttf = await wawoff2.decompress(readFileSync(font));
const glyphs = ligatureGlyphs(ttf, names);
const found = names.filter((name) => glyphs.get(name) !== null);
const missing = names.filter((name) => glyphs.get(name) === null);
let woff2 = null;
if (found.length) {
  const subset = await subsetTtf(
    ttf,
    found.join(""),
    found.map((name) => glyphs.get(name)),
  );
  woff2 = Buffer.from(await wawoff2.compress(subset)).toString("base64");
}
process.stdout.write(JSON.stringify({ woff2, missing }));
