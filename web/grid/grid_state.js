// The data editor's editing state, in Streamlit's format: {edited_rows: {row: {column:
// value}}, added_rows: [{column: value}], deleted_rows: [row]}. Row numbers in it are
// positions in the script's data; the grid shows the kept rows, then the added ones.
// Pure functions, tested with node --test.

/**
 * @typedef {{edited_rows: Record<string, Record<string, unknown>>, added_rows: Record<string, unknown>[], deleted_rows: number[]}} EditingState
 * @typedef {{source: "data", row: number} | {source: "added", row: number}} ShownRow
 */

/** The state from the widget's JSON text (empty when there is none). @param {unknown} text @returns {EditingState} */
export function parseState(text) {
  const parsed = typeof text === "string" && text ? JSON.parse(text) : {};
  return {
    edited_rows: parsed.edited_rows ?? {},
    added_rows: parsed.added_rows ?? [],
    deleted_rows: parsed.deleted_rows ?? [],
  };
}

/** @param {EditingState} state */
export function stateText(state) {
  return JSON.stringify(state);
}

/**
 * The rows the grid shows, in order: the data's rows not deleted, then the added rows.
 * @param {number} dataRows @param {EditingState} state @returns {ShownRow[]}
 */
export function shownRows(dataRows, state) {
  const deleted = new Set(state.deleted_rows);
  /** @type {ShownRow[]} */
  const rows = [];
  for (let row = 0; row < dataRows; row += 1) if (!deleted.has(row)) rows.push({ source: "data", row });
  for (let row = 0; row < state.added_rows.length; row += 1) rows.push({ source: "added", row });
  return rows;
}

/**
 * A cell's value as the grid shows it: the edit, else the data's.
 * @param {unknown[][]} rows the script's cells @param {string[]} names the shown columns
 * @param {EditingState} state @param {ShownRow} shown @param {number} column
 */
export function cellValue(rows, names, state, shown, column) {
  const name = names[column];
  if (shown.source === "added") return state.added_rows[shown.row]?.[name] ?? null;
  const edits = state.edited_rows[String(shown.row)];
  if (edits && name in edits) return edits[name];
  return rows[shown.row]?.[column] ?? null;
}

/**
 * The state with one cell set.
 * @param {EditingState} state @param {ShownRow} shown @param {string} name @param {unknown} value
 * @returns {EditingState}
 */
export function withCell(state, shown, name, value) {
  if (shown.source === "added") {
    const added = state.added_rows.map((row, position) => (position === shown.row ? { ...row, [name]: value } : row));
    return { ...state, added_rows: added };
  }
  const key = String(shown.row);
  const edited = { ...state.edited_rows, [key]: { ...(state.edited_rows[key] ?? {}), [name]: value } };
  return { ...state, edited_rows: edited };
}

/** The state with a new row (holding the columns' defaults). @param {EditingState} state @param {Record<string, unknown>} defaults */
export function withAddedRow(state, defaults) {
  return { ...state, added_rows: [...state.added_rows, { ...defaults }] };
}

/**
 * The state without the given shown rows: data rows are listed as deleted, added rows dropped.
 * @param {EditingState} state @param {ShownRow[]} rows
 * @returns {EditingState}
 */
export function withoutRows(state, rows) {
  const deleted = new Set(state.deleted_rows);
  const droppedAdded = new Set();
  for (const shown of rows) {
    if (shown.source === "data") deleted.add(shown.row);
    else droppedAdded.add(shown.row);
  }
  // Edits to a deleted row are dropped, as Streamlit's grid does.
  const edited = Object.fromEntries(Object.entries(state.edited_rows).filter(([row]) => !deleted.has(Number(row))));
  return {
    edited_rows: edited,
    added_rows: state.added_rows.filter((_, position) => !droppedAdded.has(position)),
    deleted_rows: [...deleted].sort((a, b) => a - b),
  };
}
