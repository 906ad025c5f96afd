// Compile a script with Pyodide's Python (the version the site runs) and print
// null, or the syntax error as JSON. Input: {"source": str, "filename": str} on stdin.

import { loadPyodide } from "pyodide";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { source, filename } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const pyodide = await loadPyodide();
pyodide.globals.set("source_text", source);
pyodide.globals.set("display_name", filename);
const result = pyodide.runPython(`
import json
try:
    compile(source_text, display_name, "exec", dont_inherit=True)
    outcome = None
except SyntaxError as error:
    outcome = {"line": error.lineno or 1, "offset": error.offset or 1, "text": error.text or "", "message": error.msg}
json.dumps(outcome)
`);
process.stdout.write(result);
