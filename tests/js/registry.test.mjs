// The page registers exactly the catalogue's element types (py/wasmlit/catalogue/, written
// to web/generated/catalogue.json): a type declared but not rendered, or rendered but not
// declared, fails here. The page modules are JSX with stylesheet imports, so esbuild
// bundles them for Node first, as the build does for the pre-renderer.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function importBundled(entry) {
  const result = await esbuild.build({
    entryPoints: [`${ROOT}/${entry}`],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    jsx: "automatic",
    jsxImportSource: "preact",
    loader: { ".css": "empty", ".woff2": "empty", ".py": "text" },
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
  const source = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
}

test("the page renders exactly the catalogue's element types", async () => {
  const catalogue = JSON.parse(readFileSync(`${ROOT}/web/generated/catalogue.json`, "utf8"));
  const { ALL_ELEMENT_KINDS } = await importBundled("web/elements_index.js");
  const registered = ALL_ELEMENT_KINDS.flatMap((group) => Object.keys(group)).sort();
  assert.deepEqual(registered, Object.keys(catalogue).sort());
  assert.equal(new Set(registered).size, registered.length, "a type is registered by two modules");
});

test("containers are registered as layout kinds, other elements are not", async () => {
  const catalogue = JSON.parse(readFileSync(`${ROOT}/web/generated/catalogue.json`, "utf8"));
  const { ALL_ELEMENT_KINDS } = await importBundled("web/elements_index.js");
  for (const group of ALL_ELEMENT_KINDS) {
    for (const [type, kind] of Object.entries(group)) {
      // Only stateless containers render their own wrapper; see render/block.jsx.
      if (kind.layout) assert.ok(catalogue[type].container, `${type} is a layout kind but not a container`);
    }
  }
});
