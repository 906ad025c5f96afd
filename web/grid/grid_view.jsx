/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// The grid's rows, virtualised: only the rows in view (and a few around them) are in the
// DOM, positioned in a spacer as tall as all rows, so 10,000 rows scroll like 10.

// biome-ignore lint/correctness/noUnusedImports: the JSX pragma above compiles to calls of h (and Fragment)
import { Fragment, h, useEffect, useRef } from "./grid_deps.js";
import { cellText, columnLabel, progressFraction, selectOptions } from "./grid_cells.js";

/**
 * @typedef {import("./grid_cells.js").GridColumn} GridColumn
 * @typedef {{row: number, column: number}} CellPosition
 * @typedef {{text: string, error: string | null}} EditorState
 */

export const OVERSCAN_ROWS = 8;

/** The rows to draw for a scroll position. @param {number} scrollTop @param {number} viewHeight @param {number} rowHeight @param {number} count */
export function visibleRange(scrollTop, viewHeight, rowHeight, count) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN_ROWS);
  return { first, last };
}

/** @param {{column: GridColumn, value: unknown}} p */
export function CellContent({ column, value }) {
  if (column.type === "checkbox") {
    const checked = value === true;
    return (
      <span class={`wl-grid-check${checked ? " wl-checked" : ""}`} role="checkbox" aria-checked={checked ? "true" : "false"}>
        {checked ? "✓" : ""}
      </span>
    );
  }
  if (value === null || value === undefined) return <span class="wl-grid-null">None</span>;
  if (column.type === "image" && typeof value === "string") return <img class="wl-grid-image" src={value} alt="" />;
  if (column.type === "link" && typeof value === "string") {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer">
        {cellText(column, value)}
      </a>
    );
  }
  if (column.type === "progress") {
    return (
      <span class="wl-grid-progress">
        <span class="wl-grid-bar">
          <span style={{ width: `${Math.round(progressFraction(column, value) * 100)}%` }} />
        </span>
        <span>{cellText(column, value)}</span>
      </span>
    );
  }
  if (column.type === "list" && Array.isArray(value)) {
    return (
      <span class="wl-grid-chips">
        {value.map((item, position) => (
          <span class="wl-grid-chip" key={position}>
            {String(item)}
          </span>
        ))}
      </span>
    );
  }
  return <>{cellText(column, value)}</>;
}

const INPUT_TYPES = { number: "text", date: "date", time: "time", datetime: "datetime-local" };

/** The open editor of a cell. @param {{column: GridColumn, editor: EditorState, onText: (text: string) => void}} p */
export function CellEditor({ column, editor, onText }) {
  const ref = useRef(/** @type {any} */ (null));
  useEffect(() => {
    const field = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (ref.current);
    field?.focus();
    if (field instanceof HTMLInputElement && field.type === "text")
      field.setSelectionRange(field.value.length, field.value.length);
  }, []);
  const invalid = editor.error ? "true" : undefined;
  if (column.type === "selectbox") {
    const options = selectOptions(column);
    const chosen = options.findIndex((option) => String(option.value) === editor.text);
    return (
      <select
        ref={ref}
        class="wl-grid-input"
        aria-label={columnLabel(column)}
        value={chosen < 0 ? "" : String(chosen)}
        onChange={(event) => onText(String(options[Number(event.currentTarget.value)]?.value ?? ""))}
      >
        <option value="">None</option>
        {options.map((option, position) => (
          <option value={String(position)} key={position}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  const type = /** @type {Record<string, string>} */ (INPUT_TYPES)[column.type] ?? "text";
  return (
    <input
      ref={ref}
      class="wl-grid-input"
      type={type}
      step={column.type === "time" || column.type === "datetime" ? "1" : undefined}
      inputMode={column.type === "number" ? "decimal" : undefined}
      aria-label={columnLabel(column)}
      aria-invalid={invalid}
      title={editor.error ?? undefined}
      value={editor.text}
      onInput={(event) => onText(event.currentTarget.value)}
    />
  );
}

/** A row's selection checkbox, first in the row (editors' deletions, dataframes' row selections). @param {{row: number, checked: boolean, onToggle: () => void}} p */
export function RowMarker({ row, checked, onToggle }) {
  return (
    <div class="wl-grid-marker" role="rowheader">
      <input type="checkbox" aria-label={`Select row ${row + 1}`} checked={checked} onChange={onToggle} />
    </div>
  );
}
