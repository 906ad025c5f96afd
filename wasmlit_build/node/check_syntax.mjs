// Compile a script with Pyodide's Python (the version the site runs) and print
// null, or the syntax error as JSON. Input: {"source": str, "filename": str} on stdin.

import { loadPyodide } from "pyodide";
import { pythonFunction } from "./pyodide_node.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { source, filename } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const pyodide = await loadPyodide();
const result = pythonFunction(pyodide, "check_syntax.py", "syntax_error")(source, filename);
process.stdout.write(result);
