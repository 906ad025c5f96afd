// The "?" next to a label or element that shows its help text (stTooltipIcon), as
// Streamlit 1.67's tooltip: the help opens as Markdown in stTooltipContent 200 ms after the
// pointer enters the icon (at once on keyboard focus) and closes 300 ms after the pointer
// has left both the icon and the tooltip (at once on blur or Escape).

import { useEffect, useRef, useState } from "preact/hooks";
import { MarkdownContainer } from "./markdown.jsx";

const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;

/** @param {{text: string}} props */
export function HelpIcon({ text }) {
  const [open, setOpen] = useState(false);
  const host = /** @type {{current: HTMLSpanElement | null}} */ (useRef(null));
  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const later = (/** @type {boolean} */ value, /** @type {number} */ delay) => {
      clearTimeout(timer);
      timer = setTimeout(() => setOpen(value), delay);
    };
    const now = (/** @type {boolean} */ value) => {
      clearTimeout(timer);
      setOpen(value);
    };
    /** @type {[string, (event: Event) => void][]} */
    const listeners = [
      ["pointerenter", () => later(true, OPEN_DELAY_MS)],
      ["pointerleave", () => later(false, CLOSE_DELAY_MS)],
      ["focusin", () => now(true)],
      ["focusout", () => now(false)],
      ["keydown", (event) => /** @type {KeyboardEvent} */ (event).key === "Escape" && now(false)],
    ];
    for (const [type, listener] of listeners) element.addEventListener(type, listener);
    return () => {
      clearTimeout(timer);
      for (const [type, listener] of listeners) element.removeEventListener(type, listener);
    };
  }, []);
  return (
    <span class="stTooltipIcon" data-testid="stTooltipIcon" ref={host}>
      <span class="stTooltipHoverTarget" data-testid="stTooltipHoverTarget" tabIndex={0} role="img" aria-label={`Help: ${text}`}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path
            d="M9.6 9.3a2.5 2.5 0 0 1 4.8.9c0 1.7-2.4 2.1-2.4 3.6"
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
            stroke-linecap="round"
          />
          <circle cx="12" cy="16.8" r="1" fill="currentColor" />
        </svg>
      </span>
      {open ? (
        <span class="wl-tooltip" role="tooltip">
          <span class="stTooltipContent" data-testid="stTooltipContent">
            <MarkdownContainer source={text} />
          </span>
        </span>
      ) : null}
    </span>
  );
}
