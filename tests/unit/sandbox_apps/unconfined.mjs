// The control for tests/unit/test_build_sandbox.py: the same escapes (escapes.py), tried in
// Pyodide under Node without the build's sandbox, must work, or the test proves nothing.
// Usage: node unconfined.mjs ESCAPES_PY PARAMS_JSON; prints what each attempt gave.

import { readFileSync } from "node:fs";
import { bootPyodide } from "../../../wasmlit_build/node/pyodide_node.mjs";

const [escapesPath, paramsPath] = process.argv.slice(2);
const pyodide = await bootPyodide();
pyodide.FS.writeFile("/home/pyodide/escapes.py", readFileSync(escapesPath));
pyodide.globals.set("params_json", readFileSync(paramsPath, "utf8"));
const outcomes = pyodide.runPython(
  "import json, sys\nsys.path.insert(0, '/home/pyodide')\nimport escapes\njson.dumps(escapes.attempt_all(json.loads(params_json)))",
);
process.stdout.write(outcomes);
