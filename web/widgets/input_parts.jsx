// Pieces the text-like input widgets share: the hint under a focused field
// (InputInstructions), the error mark, the optional icon, and pixel widths.

import "../styles/input_widgets.css";
import { DynamicIcon } from "../elements/dynamic_icon.jsx";
import { useStore } from "../render/context.js";
import { enterSubmitButton, formOf } from "./form_enter.js";

/** Whether the visitor's keyboard says ⌘ rather than Ctrl. */
export function isMac() {
  const platform =
    typeof navigator === "undefined"
      ? ""
      : // User-Agent Client Hints: not in every browser, nor in TypeScript's DOM types.
        /** @type {Navigator & {userAgentData?: {platform: string}}} */ (navigator).userAgentData?.platform ||
        navigator.platform ||
        "";
  return /mac|iphone|ipad/i.test(platform);
}

/**
 * Streamlit's InputInstructions: "Press Enter to apply" while there is something to apply;
 * in a form "Press Enter to submit form" only where Enter submits it (enter_to_submit on,
 * its first submit button there and enabled), else nothing about Enter. "n/max" when
 * max_chars is set. Shown while the field has focus (CSS).
 * @param {{id: string, dirty: boolean, value: string, maxLength?: number, multiline?: boolean}} props
 */
export function InputInstructions({ id, dirty, value, maxLength, multiline = false }) {
  const store = useStore();
  const inForm = formOf(store, id) !== null;
  /** @type {import("preact").JSX.Element[]} */
  const parts = [];
  if (inForm ? enterSubmitButton(store, id) !== null : dirty) {
    const action = inForm ? "submit form" : "apply";
    parts.push(
      <span key="enter">{multiline ? `Press ${isMac() ? "⌘" : "Ctrl"}+Enter to ${action}` : `Press Enter to ${action}`}</span>,
    );
  }
  if (maxLength !== undefined && maxLength !== null) {
    const full = dirty && value.length >= maxLength;
    parts.push(
      <span key="count" class={`${parts.length ? "wl-dot" : ""}${full ? " wl-blink" : ""}`}>
        {`${value.length}/${maxLength}`}
      </span>,
    );
  }
  if (!parts.length) return null;
  return (
    <div class="wl-input-instructions" data-testid="InputInstructions">
      {parts}
    </div>
  );
}

/** The red mark in a field whose input was refused; the text is also read out (role="alert").
 * @param {{message: string, id: string}} props */
export function InputError({ message, id }) {
  return (
    <>
      <span class="wl-input-error-icon" title={message} aria-hidden="true">
        <svg viewBox="0 0 24 24" width="18" height="18">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M12 7v6M12 16.5v.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </span>
      <span class="wl-visually-hidden" role="alert" id={id}>
        {message}
      </span>
    </>
  );
}

/** An emoji or Material icon before the text. @param {{icon?: string, testId: string}} props */
export function InputIcon({ icon, testId }) {
  if (!icon) return null;
  return (
    <span class="wl-input-icon" data-testid={testId} aria-hidden="true">
      <DynamicIcon icon={icon} />
    </span>
  );
}

/** A pixel `width` from the script, as an inline style (any element's props). @param {{width?: number | string}} props */
export function widthStyle(props) {
  return typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
}

/** Whether focus is moving to somewhere outside the widget the event came from. @param {FocusEvent} event */
export function focusLeavesWidget(event) {
  const host = /** @type {HTMLElement} */ (event.target).closest("[data-widget-id]");
  const next = /** @type {Node | null} */ (event.relatedTarget);
  return !host || !next || !host.contains(next);
}

/** The clear "×" used by several fields. */
export function ClearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
