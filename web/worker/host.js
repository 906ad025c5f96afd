// The page's handle on the Python worker: starts it, and replaces it when a runaway
// script must be stopped and there is no other way (a busy worker reads no messages).

import { attachControlMessage, attachFilesMessage } from "../protocol.js";

/**
 * `onMessage` gets a worker message as it arrived (decodeFromWorker checks it).
 * `siteFiles`: a one-file app's files (web/site_files.js); its worker is a classic script
 * from a blob: address (browsers refuse module workers to file:// pages), given the files.
 * @typedef {{
 *   workerUrl: URL,
 *   bootMessage: () => string,
 *   controlBuffer: SharedArrayBuffer | null,
 *   siteFiles?: Map<string, Blob> | null,
 *   onMessage: (data: unknown) => void,
 *   onError: (event: ErrorEvent) => void,
 * }} WorkerHostOptions
 */

export class WorkerHost {
  /** @param {WorkerHostOptions} options */
  constructor(options) {
    this.options = options;
    /** @type {Worker | null} */
    this.worker = null;
    /** How many workers this tab has started (1 + restarts). */
    this.generation = 0;
  }

  /**
   * Start a worker, or adopt the one index.html's inline script started while this page
   * script was downloading (its boot message is already sent; its early messages replay).
   * @param {{worker: Worker, messages: MessageEvent[], errors: ErrorEvent[]} | null} [early]
   */
  start(early = null) {
    const siteFiles = this.options.siteFiles;
    const worker = early ? early.worker : new Worker(this.options.workerUrl, { type: siteFiles ? "classic" : "module" });
    const generation = ++this.generation;
    // A terminated worker's last messages must not reach the page.
    worker.onmessage = (event) => generation === this.generation && this.options.onMessage(event.data);
    worker.onerror = (event) => generation === this.generation && this.options.onError(event);
    if (this.options.controlBuffer) worker.postMessage(attachControlMessage(this.options.controlBuffer));
    if (siteFiles) worker.postMessage(attachFilesMessage(siteFiles));
    if (early) {
      for (const event of early.messages.splice(0)) this.options.onMessage(event.data);
      for (const event of early.errors.splice(0)) this.options.onError(event);
    } else {
      worker.postMessage(this.options.bootMessage());
    }
    this.worker = worker;
  }

  /** @param {string} text */
  post(text) {
    if (this.worker) this.worker.postMessage(text);
  }

  /** End the interpreter at once, whatever it is doing, and boot a fresh one. */
  replace() {
    if (this.worker) this.worker.terminate();
    this.start(null);
  }
}
