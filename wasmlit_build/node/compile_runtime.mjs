// Compile the wasmlit runtime to bytecode with the site's own Python (Pyodide 3.14), so
// a boot without the memory snapshot imports it without compiling ~25 modules first.
// Unchecked-hash .pyc files: valid whatever the unpacked files' timestamps are.
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
import compileall, pathlib, py_compile, zipfile
compileall.compile_dir("/runtime", quiet=1, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
paths = sorted(pathlib.Path("/runtime").rglob("*.pyc"))
with zipfile.ZipFile("/tmp/bytecode.zip", "w", compression=zipfile.ZIP_STORED) as archive:
    for path in paths:
        info = zipfile.ZipInfo(path.relative_to("/runtime").as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
        archive.writestr(info, path.read_bytes())
len(paths)
`);
  writeFileSync(request.output, pyodide.FS.readFile("/tmp/bytecode.zip"));
  process.stdout.write(JSON.stringify({ files: count }));
});
