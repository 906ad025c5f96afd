// Toasts: short messages in the corner that disappear on their own (st.toast).
// They are events, not elements: a rerun does not remove them, their timer does.
// As in Streamlit 1.67 (React Aria's toast queue), every timer stops while the pointer is
// over the toasts or the keyboard focus is in them, and goes on with the time it had left.

import { Observable } from "../observable.js";

/** @typedef {{id: number, body: string, icon: string, duration: number}} ToastEntry */
/** @typedef {{remaining: number, startedAt: number, timer: ReturnType<typeof setTimeout> | null}} Countdown */

export class ToastState extends Observable {
  /** @param {{setTimer?: typeof setTimeout, clearTimer?: typeof clearTimeout, now?: () => number}} [clock] */
  constructor(clock = {}) {
    super();
    /** @type {ToastEntry[]} */
    this.toasts = [];
    // Wrapped: the browser's timer functions must not be called as methods of this object.
    this.setTimer = clock.setTimer || ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = clock.clearTimer || ((timer) => clearTimeout(timer));
    this.now = clock.now || (() => Date.now());
    /** @type {Map<number, Countdown>} */
    this.countdowns = new Map();
    this.paused = false;
  }

  /** Show a toast, or replace the one with the same id (handle.toast(...)). @param {ToastEntry} toast */
  show(toast) {
    const index = this.toasts.findIndex((existing) => existing.id === toast.id);
    if (index >= 0) this.toasts = this.toasts.map((existing, i) => (i === index ? toast : existing));
    else this.toasts = [...this.toasts, toast];
    this.stopCountdown(toast.id);
    if (toast.duration > 0) {
      const countdown = { remaining: toast.duration * 1000, startedAt: this.now(), timer: null };
      this.countdowns.set(toast.id, countdown);
      if (!this.paused) this.run(toast.id, countdown);
    }
    this.changed();
  }

  /** @param {number} id */
  dismiss(id) {
    this.stopCountdown(id);
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
    this.changed();
  }

  /** The pointer entered the toasts, or the focus moved into them. */
  pauseAll() {
    if (this.paused) return;
    this.paused = true;
    for (const countdown of this.countdowns.values()) {
      if (countdown.timer === null) continue;
      this.clearTimer(countdown.timer);
      countdown.timer = null;
      countdown.remaining -= this.now() - countdown.startedAt;
    }
  }

  /** Neither the pointer nor the focus is in the toasts any more. */
  resumeAll() {
    if (!this.paused) return;
    this.paused = false;
    for (const [id, countdown] of this.countdowns) this.run(id, countdown);
  }

  /** @param {number} id @param {Countdown} countdown */
  run(id, countdown) {
    countdown.startedAt = this.now();
    countdown.timer = this.setTimer(() => this.dismiss(id), Math.max(0, countdown.remaining));
  }

  /** @param {number} id */
  stopCountdown(id) {
    const countdown = this.countdowns.get(id);
    if (countdown?.timer) this.clearTimer(countdown.timer);
    this.countdowns.delete(id);
  }
}
