// The listbox popup shared by selectbox and multiselect: rows with role="option", the
// highlighted one tracked by aria-activedescendant on the combobox input.

import { useEffect, useRef } from "preact/hooks";
import { domId } from "./label.jsx";

const CHEVRON = (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
    <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

/**
 * The chevron button that opens the listbox; out of the tab order, as the input is the
 * keyboard's way in.
 * @param {{open: boolean, disabled: boolean}} props
 */
export function OpenButton({ open, disabled }) {
  return (
    <button
      type="button"
      class="wl-select-open"
      aria-label="Open"
      aria-haspopup="listbox"
      aria-expanded={open ? "true" : "false"}
      tabIndex={-1}
      disabled={disabled}
    >
      {CHEVRON}
    </button>
  );
}

/** The round "x" of the clear buttons. */
export const CLEAR_ICON = (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
    <circle cx="12" cy="12" r="9" fill="currentColor" />
    <path d="M9 9l6 6M15 9l-6 6" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
  </svg>
);

/** @param {string} widgetId @param {number} row */
export function optionDomId(widgetId, row) {
  return domId(widgetId, `option${row}`);
}

/**
 * @param {{
 *   widgetId: string, testId: string, label: string, rows: import("./option_list.js").DropdownItem[],
 *   highlight: number, selectedTexts: string[], emptyText: string, multiple: boolean,
 * }} props
 */
export function Dropdown({ widgetId, testId, label, rows, highlight, selectedTexts, emptyText, multiple }) {
  /** @type {import("preact").RefObject<HTMLDivElement>} */
  const listRef = useRef(null);
  useEffect(() => {
    // Keep the highlighted row visible while arrow keys move through a long list.
    const row = listRef.current?.querySelector(".wl-option.highlighted");
    if (row && typeof row.scrollIntoView === "function") row.scrollIntoView({ block: "nearest" });
  }, [highlight, rows.length]);
  return (
    <div class="wl-dropdown" data-testid={testId}>
      <div
        ref={listRef}
        class="wl-listbox"
        role="listbox"
        id={domId(widgetId, "listbox")}
        aria-label={label}
        aria-multiselectable={multiple ? "true" : undefined}
        tabIndex={-1}
      >
        {rows.length ? (
          rows.map((row, index) => (
            <div
              key={`${row.kind}:${row.text}`}
              id={optionDomId(widgetId, index)}
              class={`wl-option${index === highlight ? " highlighted" : ""}${row.kind === "create" ? " creatable" : ""}`}
              role="option"
              aria-selected={row.kind === "option" && selectedTexts.includes(row.text) ? "true" : "false"}
              tabIndex={-1}
              data-row={String(index)}
            >
              <span class="wl-option-text">{row.text}</span>
            </div>
          ))
        ) : (
          <div class="wl-dropdown-empty">{emptyText}</div>
        )}
      </div>
    </div>
  );
}

/** The dropdown row a click landed on, or -1. @param {Event} event */
export function clickedRow(event) {
  const target = /** @type {HTMLElement} */ (event.target);
  const row = target.closest("[data-row]");
  return row ? Number(row.getAttribute("data-row")) : -1;
}

/**
 * The highlight after an arrow or page key (Home/End stay with the text caret), or null if the key does not move it.
 * @param {string} key @param {number} highlight @param {number} count
 */
export function movedHighlight(key, highlight, count) {
  if (!count) return null;
  if (key === "ArrowDown") return Math.min(count - 1, highlight + 1);
  if (key === "ArrowUp") return Math.max(0, highlight - 1);
  if (key === "PageDown") return Math.min(count - 1, highlight + 8);
  if (key === "PageUp") return Math.max(0, highlight - 8);
  return null;
}

/** The combobox input of a widget. @param {HTMLElement | null} host */
export function comboboxInput(host) {
  return /** @type {HTMLInputElement | null} */ (host ? host.querySelector('input[role="combobox"]') : null);
}
