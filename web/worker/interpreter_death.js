// Whether an error thrown out of Python left the interpreter dead, and how to say why.
//
// Most errors leave Pyodide usable. Two kinds end it for good: the script ending the
// process (os._exit: Emscripten throws ExitStatus) and a fatal error (a WebAssembly trap,
// such as the stack overflow of json.dumps on a very deeply nested list, which CPython
// turns into a RecursionError but Pyodide cannot). Then the page must replace the worker
// (web/worker/stop_recovery.js), as Stop does for a runaway script.

/**
 * Why the interpreter can no longer run, or null when the error did not kill it.
 * @param {unknown} error what the call into Python threw
 * @param {() => boolean} stillRuns probes the interpreter, for deaths the error does not name
 * @returns {string | null}
 */
export function interpreterDeath(error, stillRuns) {
  const record = /** @type {Record<string, unknown>} */ (error && typeof error === "object" ? error : {});
  const message = typeof record.message === "string" ? record.message : String(error);
  // Emscripten's ExitStatus; by the time it leaves Pyodide's call it may be a plain Error.
  const exit = /^Program terminated with exit\((-?\d+)\)/.exec(message);
  if (record.name === "ExitStatus" || exit) {
    const status = typeof record.status === "number" ? record.status : exit ? exit[1] : "?";
    return `The script ended the Python interpreter (os._exit(${status})).`;
  }
  if (record.pyodide_fatal_error || !stillRuns()) {
    if (/maximum call stack size exceeded/i.test(message)) {
      return (
        "The Python interpreter crashed: the script recursed too deeply in C code (such as json.dumps " +
        "of a very deeply nested list) and ran out of stack. Streamlit would show a RecursionError."
      );
    }
    return `The Python interpreter crashed (${message}).`;
  }
  return null;
}

/**
 * Whether Pyodide can still run code (after a fatal error every call throws).
 * @param {any} pyodide
 */
export function pythonStillRuns(pyodide) {
  try {
    pyodide.runPython("None");
    return true;
  } catch {
    return false;
  }
}
