// Compile the wasmlit runtime to bytecode with the site's own Python (Pyodide 3.14), so
// a boot without the memory snapshot imports it without compiling its modules first.
// Sourceless .pyc files, placed where the .py files would be (which the site then leaves
// out), with docstrings removed: the bytecode is twice the size of the source already.
//
// Input on stdin: {"runtimeZip": path, "output": path of a zip of the .pyc files}.
// Output on stdout: {"files": n}.

import { readFileSync, writeFileSync } from "node:fs";
import { bootPyodide, makeProcessDeterministic, readJsonFromStdin, runMain } from "./pyodide_node.mjs";

runMain(async () => {
  const request = await readJsonFromStdin();
  makeProcessDeterministic();
  const pyodide = await bootPyodide();
  pyodide.unpackArchive(new Uint8Array(readFileSync(request.runtimeZip)), "zip", { extractDir: "/" });
  const count = pyodide.runPython(`
import ast, importlib.util, pathlib, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

def without_docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
                node.body = body[1:] or [ast.copy_location(ast.Pass(), body[0])]
    return tree

paths = sorted(pathlib.Path("/runtime").rglob("*.py"))
with zipfile.ZipFile("/tmp/bytecode.zip", "w", compression=zipfile.ZIP_STORED) as archive:
    for path in paths:
        source = path.read_bytes()
        code = compile(without_docstrings(ast.parse(source, str(path))), str(path), "exec", dont_inherit=True)
        data = _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)
        info = zipfile.ZipInfo(path.with_suffix(".pyc").relative_to("/runtime").as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
        archive.writestr(info, data)
len(paths)
`);
  writeFileSync(request.output, pyodide.FS.readFile("/tmp/bytecode.zip"));
  process.stdout.write(JSON.stringify({ files: count }));
});
