// The "?" next to a label or element that shows its help text (stTooltipIcon), as
// Streamlit 1.67's tooltip: the help opens as Markdown in stTooltipContent 200 ms after the
// pointer enters the icon (at once on keyboard focus) and closes 300 ms after the pointer
// has left both the icon and the tooltip (at once on blur or Escape).

import { useEffect, useRef, useState } from "preact/hooks";
import { MarkdownContainer } from "./markdown.jsx";

const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;

/**
 * The "?" with its tooltip; with `children` (a button's help, as Streamlit draws it) the
 * children are the hover target and no "?" is drawn.
 * @param {{text: string, children?: import("preact").ComponentChildren}} props
 */
export function HelpIcon({ text, children }) {
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
  const target = children ? (
    <span class="stTooltipHoverTarget" data-testid="stTooltipHoverTarget">
      {children}
    </span>
  ) : (
    <span class="stTooltipHoverTarget" data-testid="stTooltipHoverTarget" tabIndex={0} role="img" aria-label={`Help: ${text}`}>
      <QuestionMark />
    </span>
  );
  return (
    <span class={`stTooltipIcon${children ? " wl-tooltip-wraps" : ""}`} data-testid="stTooltipIcon" ref={host}>
      {target}
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

/** A button with its help: the button is the tooltip's hover target, as in Streamlit. @param {{help?: string, children: import("preact").JSX.Element}} p */
export function WithHelp({ help, children }) {
  return help ? <HelpIcon text={help}>{children}</HelpIcon> : children;
}

function QuestionMark() {
  return (
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
  );
}
