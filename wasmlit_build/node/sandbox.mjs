// Containment for the build's Node scripts that run code the app chose (its script in
// the first run, its packages in the memory snapshot). wasmlit_build/sandbox.py starts
// Node with the permission model (files readable and writable only where the request
// lives, no child processes, worker threads, addons or WASI), code generation from
// strings disallowed, and in a fresh network namespace where the machine allows one.
// This module closes what the permission model leaves open before app code runs: the
// network, Node's module system and the process object, as the Python `js` module and
// Pyodide's API would otherwise reach them.

import childProcess from "node:child_process";
import { Console } from "node:console";
import { constants as fsConstants } from "node:fs";

// Node's own globals, which reach its modules and act on the process (a browser has neither).
const NODE_GLOBALS = ["process", "require"];
// Globals that reach the network. Replaced rather than removed, as a browser has them: a
// module that takes one at import time (`from js import fetch`) then holds a JavaScript
// object, which keeps it out of the memory snapshot as before, instead of holding nothing.
const NETWORK_GLOBALS = ["fetch", "WebSocket", "EventSource", "XMLHttpRequest"];

/**
 * Before Pyodide loads: its Node file system reads `process.binding("constants")`, which the
 * permission model refuses. Give it those constants and nothing else.
 */
export function preparePyodideForPermissionModel() {
  if (!process.permission) return;
  process.binding = (/** @type {string} */ name) => {
    if (name === "constants") return { fs: fsConstants };
    throw new Error(`process.binding("${name}") is not available in the build's sandbox`);
  };
}

/**
 * Refuse to go on when the request asks for the sandbox and the permission model is not in
 * force (Node started without it): app code must never run unconfined by mistake.
 * @param {{sandboxed?: boolean}} request
 */
export function assertSandboxInForce(request) {
  if (!request.sandboxed) return;
  const permission = process.permission;
  if (!permission || permission.has("child") || permission.has("worker")) {
    throw new Error("the build's sandbox is not in force (Node's permission model is off); app code was not run");
  }
}

/**
 * What the build's own code still needs after the lockdown, taken before it.
 * @returns {{writeStdout: (text: string | Uint8Array) => void, writeStderr: (text: string) => void}}
 */
export function captureOutputStreams() {
  const stdout = process.stdout;
  const stderr = process.stderr;
  return {
    writeStdout: (text) => void stdout.write(text),
    writeStderr: (text) => void stderr.write(text),
  };
}

/** Refuse with an error naming what was refused. @param {string} what */
function refuse(what) {
  return () => {
    throw new Error(`${what} is not available in the build's sandbox`);
  };
}

/**
 * Close the network, module loading and the process object to app code: remove the globals
 * that reach them, Pyodide's Node socket layer (which imports node:net), and send console
 * output to standard error so that it cannot corrupt the script's JSON answer.
 * @param {any} pyodide
 */
export function lockDown(pyodide) {
  const stderr = process.stderr;
  globalThis.console = new Console({ stdout: stderr, stderr });
  for (const name of NODE_GLOBALS) {
    Reflect.deleteProperty(globalThis, name);
    if (name in globalThis) Object.defineProperty(globalThis, name, { value: undefined });
  }
  for (const name of NETWORK_GLOBALS) {
    Object.defineProperty(globalThis, name, { value: refuse(name), configurable: true, writable: true });
  }
  pyodide._api.initializeNodeSockFS = refuse("Pyodide's Node sockets");
  // Assigned, not defined read-only: Pyodide's fatal-error handler replaces them in turn.
  pyodide.useNodeSockFS = refuse("pyodide.useNodeSockFS");
  pyodide.mountNodeFS = refuse("pyodide.mountNodeFS");
  // Python's os.system reaches spawnSync from inside a system call, where the permission
  // model's error would kill the interpreter: answer "command not found" instead.
  childProcess.spawnSync = /** @type {any} */ (() => ({ status: 127, signal: null }));
}
