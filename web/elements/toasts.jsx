// The toast stack (stToastContainer > stToast), bottom right as in Streamlit.

import { useObservable } from "../observable.js";
import { useDelegatedEvents } from "../render/delegate.js";
import { MarkdownContainer } from "./markdown.jsx";
import "../styles/feedback.css";
import { DynamicIcon } from "./dynamic_icon.jsx";

/** @param {{toasts: import("./toasts.js").ToastState}} props */
export function ToastContainer({ toasts }) {
  useObservable(toasts);
  const events = useDelegatedEvents("toasts", {
    click(event) {
      const close = /** @type {HTMLElement} */ (event.target).closest("[data-toast-id]");
      if (close) toasts.dismiss(Number(close.getAttribute("data-toast-id")));
    },
  });
  if (!toasts.toasts.length) return null;
  return (
    <div class="stToastContainer" data-testid="stToastContainer" aria-live="polite" {...events}>
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
