// The worker's side of Stop and fast reruns: hands the shared memory to Pyodide as its
// interrupt buffer, and gives Python a sleep that the page can cut short.

import { SIGNAL_WORD, WAKE_WORD } from "../run_control.js";

/** @type {SharedArrayBuffer | null} */
let controlBuffer = null;
/** Python booted before the buffer arrived (a worker index.html started early). @type {(() => void) | null} */
let attachWhenBufferArrives = null;

/** @param {SharedArrayBuffer} buffer */
export function rememberControlBuffer(buffer) {
  controlBuffer = buffer;
  if (attachWhenBufferArrives) attachWhenBufferArrives();
  attachWhenBufferArrives = null;
}

/**
 * After boot: let Pyodide check the interrupt buffer, and let Python wait on the wake word.
 * If the buffer has not arrived yet, this happens when it does.
 * @param {import("pyodide").PyodideAPI} pyodide
 * @param {{attach_run_control(wakeCounter: () => number, wait: (observed: number, seconds: number) => void): void}} bridge
 *   the wasmlit.bridge module (a PyProxy, kept alive; py/wasmlit/bridge.py)
 */
export function attachRunControl(pyodide, bridge) {
  if (!controlBuffer) {
    attachWhenBufferArrives = () => attachRunControl(pyodide, bridge);
    return;
  }
  const words = new Int32Array(controlBuffer);
  pyodide.setInterruptBuffer(new Int32Array(controlBuffer, SIGNAL_WORD * 4, 1));
  const wakeCounter = () => Atomics.load(words, WAKE_WORD);
  /** @param {number} observed @param {number} seconds */
  const wait = (observed, seconds) => {
    Atomics.wait(words, WAKE_WORD, observed, Math.max(0, seconds * 1000));
    // Run the signal handlers now rather than some bytecodes later.
    pyodide.checkInterrupt();
  };
  bridge.attach_run_control(wakeCounter, wait);
}
