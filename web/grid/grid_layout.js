// The grid's geometry and keyboard moves (pure, tested with node --test).

import { cellText, columnLabel, settings } from "./grid_cells.js";

const NAMED_WIDTHS = { small: 75, medium: 200, large: 400 };
const CHARACTER_PX = 8;
const SAMPLED_ROWS = 100;

/**
 * Each column's width in pixels: column_config's width, else its header's and first rows'
 * text, within 60 and 400 pixels.
 * @param {import("./grid_cells.js").GridColumn[]} columns @param {unknown[][]} rows
 */
export function columnWidths(columns, rows) {
  return columns.map((column, position) => {
    const width = settings(column).width;
    if (typeof width === "number") return width;
    if (typeof width === "string" && width in NAMED_WIDTHS) return NAMED_WIDTHS[/** @type {"small"} */ (width)];
    let characters = columnLabel(column).length;
    for (const row of rows.slice(0, SAMPLED_ROWS)) {
      characters = Math.max(characters, cellText(column, row[position]).length);
    }
    return Math.min(400, Math.max(60, characters * CHARACTER_PX + 24));
  });
}

/**
 * The scroll box's height: pixels given, else the rows' (header included) up to Streamlit's
 * default of ten rows and a half.
 * @param {unknown} height @param {number} rowCount @param {number} rowHeight
 */
export function gridHeight(height, rowCount, rowHeight) {
  if (typeof height === "number") return height;
  const all = (rowCount + 1) * rowHeight + 2;
  if (height === "content") return all;
  return Math.min(all, Math.max(rowHeight * 2, 400));
}

/**
 * Where a key moves the active cell, or null for a key that does not move it. Tab runs
 * along the row and on to the next; it leaves the grid past the last cell.
 * @param {{row: number, column: number}} from
 * @param {{key: string, shiftKey: boolean, ctrlKey: boolean, metaKey: boolean}} event
 * @param {number} rows @param {number} columns @param {number} [page]
 */
export function nextPosition(from, event, rows, columns, page = 10) {
  const { row, column } = from;
  const jump = event.ctrlKey || event.metaKey;
  /** @type {Record<string, [number, number]>} */
  const moves = {
    ArrowUp: [jump ? 0 : row - 1, column],
    ArrowDown: [jump ? rows - 1 : row + 1, column],
    ArrowLeft: [row, jump ? 0 : column - 1],
    ArrowRight: [row, jump ? columns - 1 : column + 1],
    Home: [jump ? 0 : row, 0],
    End: [jump ? rows - 1 : row, columns - 1],
    PageUp: [row - page, column],
    PageDown: [row + page, column],
  };
  if (event.key === "Tab") {
    const flat = row * columns + column + (event.shiftKey ? -1 : 1);
    if (flat < 0 || flat >= rows * columns) return null;
    return { row: Math.floor(flat / columns), column: flat % columns };
  }
  const target = moves[event.key];
  if (!target) return null;
  return {
    row: Math.min(Math.max(0, target[0]), Math.max(0, rows - 1)),
    column: Math.min(Math.max(0, target[1]), columns - 1),
  };
}
