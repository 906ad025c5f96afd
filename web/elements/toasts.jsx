// The toast stack (stToastContainer > stToast), bottom right as in Streamlit.

import { useEffect, useRef } from "preact/hooks";
import { useObservable } from "../observable.js";
import { useDelegatedEvents } from "../render/delegate.js";
import { MarkdownContainer } from "./markdown.jsx";
import "../styles/feedback.css";
import { DynamicIcon } from "./dynamic_icon.jsx";

/**
 * The toasts' timers stop while the pointer is over the container or the focus is in it.
 * @param {import("./toasts.js").ToastState} toasts @param {boolean} shown
 */
function usePausingTimers(toasts, shown) {
  const container = /** @type {{current: HTMLDivElement | null}} */ (useRef(null));
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const inside = { hovered: false, focused: false };
    const update = () => (inside.hovered || inside.focused ? toasts.pauseAll() : toasts.resumeAll());
    /** @param {"hovered" | "focused"} what @param {boolean} value */
    const set = (what, value) => {
      inside[what] = value;
      update();
    };
    /** @type {[string, (event: Event) => void][]} */
    const listeners = [
      ["pointerenter", () => set("hovered", true)],
      ["pointerleave", () => set("hovered", false)],
      ["focusin", () => set("focused", true)],
      [
        "focusout",
        (event) => set("focused", element.contains(/** @type {Node | null} */ (/** @type {FocusEvent} */ (event).relatedTarget))),
      ],
    ];
    for (const [type, listener] of listeners) element.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) element.removeEventListener(type, listener);
      toasts.resumeAll();
    };
  }, [shown]);
  return container;
}

/** @param {{toasts: import("./toasts.js").ToastState}} props */
export function ToastContainer({ toasts }) {
  useObservable(toasts);
  const events = useDelegatedEvents("toasts", {
    click(event) {
      const close = /** @type {HTMLElement} */ (event.target).closest("[data-toast-id]");
      if (close) toasts.dismiss(Number(close.getAttribute("data-toast-id")));
    },
  });
  const container = usePausingTimers(toasts, toasts.toasts.length > 0);
  if (!toasts.toasts.length) return null;
  return (
    <div class="stToastContainer" data-testid="stToastContainer" aria-live="polite" ref={container} {...events}>
      {toasts.toasts.map((toast) => (
        <div key={toast.id} class="stToast" data-testid="stToast" role="status">
          {toast.icon ? (
            <span class="stToastDynamicIcon" data-testid="stToastDynamicIcon" aria-hidden="true">
              <DynamicIcon icon={toast.icon} />
            </span>
          ) : null}
          <div class="stToastText" data-testid="stToastText">
            <MarkdownContainer source={toast.body} />
          </div>
          <button type="button" class="wl-toast-close" aria-label="Close" data-toast-id={toast.id}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
