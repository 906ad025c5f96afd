// Toasts: short messages in the corner that disappear on their own (st.toast).
// They are events, not elements: a rerun does not remove them, their timer does.

import { Observable } from "../observable.js";

/** @typedef {{id: number, body: string, icon: string, duration: number}} ToastEntry */

export class ToastState extends Observable {
  /** @param {{setTimer?: typeof setTimeout, clearTimer?: typeof clearTimeout}} [clock] */
  constructor(clock = {}) {
    super();
    /** @type {ToastEntry[]} */
    this.toasts = [];
    // Wrapped: the browser's timer functions must not be called as methods of this object.
    this.setTimer = clock.setTimer || ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = clock.clearTimer || ((timer) => clearTimeout(timer));
    /** @type {Map<number, ReturnType<typeof setTimeout>>} */
    this.timers = new Map();
  }

  /** Show a toast, or replace the one with the same id (handle.toast(...)). @param {ToastEntry} toast */
  show(toast) {
    const index = this.toasts.findIndex((existing) => existing.id === toast.id);
    if (index >= 0) this.toasts = this.toasts.map((existing, i) => (i === index ? toast : existing));
    else this.toasts = [...this.toasts, toast];
    const timer = this.timers.get(toast.id);
    if (timer) this.clearTimer(timer);
    this.timers.delete(toast.id);
    if (toast.duration > 0)
      this.timers.set(
        toast.id,
        this.setTimer(() => this.dismiss(toast.id), toast.duration * 1000),
      );
    this.changed();
  }

  /** @param {number} id */
  dismiss(id) {
    const timer = this.timers.get(id);
    if (timer) this.clearTimer(timer);
    this.timers.delete(id);
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
    this.changed();
  }
}
