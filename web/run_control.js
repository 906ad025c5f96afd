// The page's side of Stop and fast reruns.
//
// When the page is cross-origin isolated it shares a few words of memory with the
// worker: word 0 is Pyodide's interrupt buffer (a signal number the interpreter picks up
// between two bytecodes), word 1 counts wake-ups (a sleeping script waits on it with
// Atomics.wait, so Stop or a click cuts a time.sleep short). Without isolation there is
// no shared memory: interactions wait for the run to end, and Stop replaces the worker.

export const STOP_SIGNAL = 2; // SIGINT: KeyboardInterrupt-like, ends the run as st.stop() would
export const RERUN_SIGNAL = 10; // a newer interaction waits: stop at the next yield point
export const SIGNAL_WORD = 0;
export const WAKE_WORD = 1;
const WORDS = 4;

/** Whether this page can share memory with its worker. */
export function sharedMemoryAvailable() {
  return typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated === true;
}

export class RunControl {
  /** @param {{fastReruns?: boolean, shared?: boolean}} [options] */
  constructor(options = {}) {
    this.fastReruns = options.fastReruns !== false;
    const shared = options.shared ?? sharedMemoryAvailable();
    /** @type {SharedArrayBuffer | null} */
    this.buffer = shared ? new SharedArrayBuffer(WORDS * 4) : null;
    this.words = this.buffer ? new Int32Array(this.buffer) : null;
  }

  get canInterrupt() {
    return this.words !== null;
  }

  wake() {
    if (!this.words) return;
    Atomics.add(this.words, WAKE_WORD, 1);
    Atomics.notify(this.words, WAKE_WORD);
  }

  /** A click or an edit arrived while a run is busy. */
  requestFastRerun() {
    if (!this.words || !this.fastReruns) return;
    // Never overwrite a pending Stop.
    if (Atomics.compareExchange(this.words, SIGNAL_WORD, 0, RERUN_SIGNAL) === 0) this.wake();
  }

  /** Ask the run to stop; false when there is no shared memory to ask through. */
  requestStop() {
    if (!this.words) return false;
    Atomics.store(this.words, SIGNAL_WORD, STOP_SIGNAL);
    this.wake();
    return true;
  }

  /** The run ended: a rerun request it did not pick up must not stop the next run. */
  runFinished() {
    if (this.words) Atomics.compareExchange(this.words, SIGNAL_WORD, RERUN_SIGNAL, 0);
  }

  /** A stop the finished run never picked up must not stop the next one either. */
  clearStop() {
    if (this.words) Atomics.compareExchange(this.words, SIGNAL_WORD, STOP_SIGNAL, 0);
  }
}
