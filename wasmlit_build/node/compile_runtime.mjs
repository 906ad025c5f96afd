// Compile the wasmlit runtime to bytecode with the site's own Python (Pyodide 3.14), so
// a boot without the memory snapshot imports it without compiling its modules first.
// Sourceless .pyc files, placed where the .py files would be (which the site then leaves
// out), with docstrings removed: the bytecode is twice the size of the source already.
//
// Input on stdin: {"runtimeZip": path, "output": path of a zip of the .pyc files}.
// Output on stdout: {"files": n}.

import { readFileSync, writeFileSync } from "node:fs";
import { bootPyodide, makeProcessDeterministic, pythonFunction, readJsonFromStdin, runMain } from "./pyodide_node.mjs";

runMain(async () => {
  const request = await readJsonFromStdin();
  makeProcessDeterministic();
  const pyodide = await bootPyodide();
  pyodide.unpackArchive(new Uint8Array(readFileSync(request.runtimeZip)), "zip", { extractDir: "/" });
  const count = pythonFunction(pyodide, "compile_runtime.py", "compile_runtime")("/runtime", "/tmp/bytecode.zip");
  writeFileSync(request.output, pyodide.FS.readFile("/tmp/bytecode.zip"));
  process.stdout.write(JSON.stringify({ files: count }));
});
