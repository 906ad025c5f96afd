/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// st.dataframe drawn by the grid chunk: read-only cells (role="gridcell"), virtualised
// rows, a click on a header sorts (or, with column selections, selects the column), and
// with on_select the visitor's row, column and cell selections are sent as Streamlit's
// {"selection": {"rows", "columns", "cells"}} state through a bubbling "wl-grid-edit" event.

// biome-ignore lint/correctness/noUnusedImports: the JSX pragma above compiles to calls of h (and Fragment)
import { h, useEffect, useRef, useState, useWidgetValue } from "./grid_deps.js";
import { columnLabel, settings } from "./grid_cells.js";
import { columnWidths, gridHeight, nextPosition } from "./grid_layout.js";
import { CellContent, RowMarker, visibleRange } from "./grid_view.jsx";

/**
 * @typedef {import("../generated/elements").DataGridProps} DataGridProps
 * @typedef {{rows: number[], columns: string[], cells: [number, string][]}} Selection
 */

/** @param {unknown} text @returns {Selection} */
function parseSelection(text) {
  const parsed = typeof text === "string" && text ? JSON.parse(text) : {};
  const selection = parsed.selection ?? {};
  return { rows: selection.rows ?? [], columns: selection.columns ?? [], cells: selection.cells ?? [] };
}

/**
 * Row positions in display order for a sort; missing values last either way.
 * @param {unknown[][]} rows @param {{column: number, ascending: boolean} | null} sort
 */
export function sortedOrder(rows, sort) {
  const order = rows.map((_, position) => position);
  if (!sort) return order;
  const direction = sort.ascending ? 1 : -1;
  return order.sort((a, b) => {
    const left = rows[a][sort.column];
    const right = rows[b][sort.column];
    if (left === null || left === undefined) return right === null || right === undefined ? a - b : 1;
    if (right === null || right === undefined) return -1;
    const numeric = typeof left === "number" && typeof right === "number";
    const compared = numeric ? left - right : String(left).localeCompare(String(right));
    return compared * direction || a - b;
  });
}

/** @param {unknown[]} list @param {unknown} item @param {boolean} single */
function toggled(list, item, single) {
  const key = JSON.stringify(item);
  const present = list.some((entry) => JSON.stringify(entry) === key);
  if (present) return list.filter((entry) => JSON.stringify(entry) !== key);
  return single ? [item] : [...list, item];
}

/** @param {{id: string, props: DataGridProps}} p */
export function ViewGrid({ id, props }) {
  const modes = props.selectionMode ?? [];
  const selection = parseSelection(useWidgetValue(id) ?? props.value);
  const columns = props.columns;
  const rowHeight = props.rowHeight || 35;
  const rowMode = modes.find((mode) => mode.endsWith("-row") || mode === "single-row-required");
  const columnMode = modes.find((mode) => mode.endsWith("-column"));
  const cellMode = modes.find((mode) => mode.endsWith("-cell"));
  const [sort, setSort] = useState(/** @type {{column: number, ascending: boolean} | null} */ (null));
  const [active, setActive] = useState(/** @type {{row: number, column: number} | null} */ (null));
  const [scrollTop, setScrollTop] = useState(0);
  const rootRef = useRef(/** @type {HTMLDivElement | null} */ (null));
  const order = sortedOrder(props.rows, sort);
  const viewHeight = gridHeight(props.height, order.length, rowHeight);
  const widths = columnWidths(columns, props.rows);
  const template = [...(rowMode ? ["2rem"] : []), ...widths.map((width) => `${width}px`)].join(" ");

  /** @param {Selection} next */
  const send = (next) =>
    rootRef.current?.dispatchEvent(
      new CustomEvent("wl-grid-edit", { bubbles: true, detail: JSON.stringify({ selection: next }) }),
    );
  /** @param {number} row */
  const selectRow = (row) => {
    if (!rowMode) return;
    const rows = toggled(selection.rows, row, rowMode !== "multi-row");
    if (rowMode === "single-row-required" && !rows.length) return;
    send({ ...selection, rows: /** @type {number[]} */ (rows) });
  };
  /** @param {number} column */
  const headerClick = (column) => {
    const name = columns[column].name;
    if (columnMode && name !== "_index") {
      send({ ...selection, columns: /** @type {string[]} */ (toggled(selection.columns, name, columnMode === "single-column")) });
      return;
    }
    setSort((current) =>
      !current || current.column !== column
        ? { column, ascending: true }
        : current.ascending
          ? { column, ascending: false }
          : null,
    );
  };
  /** @param {number} row @param {number} column */
  const selectCell = (row, column) => {
    if (!cellMode || columns[column].name === "_index") return;
    const cell = [row, columns[column].name];
    send({ ...selection, cells: /** @type {[number, string][]} */ (toggled(selection.cells, cell, cellMode === "single-cell")) });
  };

  useEffect(() => {
    if (!active) return;
    const cell = /** @type {HTMLElement | null} */ (
      rootRef.current?.querySelector(`[data-cell="${active.row}:${active.column}"]`) ?? null
    );
    cell?.focus({ preventScroll: true });
    cell?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [active?.row, active?.column]);

  /** @param {KeyboardEvent} event */
  const onKeyDown = (event) => {
    if (!active) return;
    if (event.key === " " || event.key === "Enter") {
      if (cellMode) selectCell(order[active.row], active.column);
      else selectRow(order[active.row]);
    } else {
      const moved = nextPosition(active, event, order.length, columns.length, Math.floor(viewHeight / rowHeight) - 1);
      if (!moved) return;
      setActive(moved);
    }
    event.preventDefault();
  };

  const { first, last } = visibleRange(scrollTop, viewHeight, rowHeight, order.length);
  const selectedRows = new Set(selection.rows);
  const selectedCells = new Set(selection.cells.map((cell) => JSON.stringify(cell)));
  const width = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : {};
  return (
    <div
      class={`stDataFrame wl-grid${props.width === "content" ? " wl-content" : ""}`}
      data-testid="stDataFrame"
      ref={rootRef}
      style={width}
      aria-label={props.alt}
    >
      <div
        class="wl-grid-scroll"
        style={{ height: `${viewHeight}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div
          role="grid"
          aria-rowcount={order.length + 1}
          aria-colcount={columns.length}
          aria-readonly="true"
          aria-multiselectable={modes.some((mode) => mode.startsWith("multi")) ? "true" : undefined}
          onKeyDown={onKeyDown}
          onClick={(event) => {
            const cell = /** @type {HTMLElement} */ (event.target).closest("[data-cell]");
            if (!cell) return;
            const [row, column] = /** @type {string} */ (cell.getAttribute("data-cell")).split(":").map(Number);
            setActive({ row, column });
            selectCell(order[row], column);
          }}
        >
          <div
            role="row"
            class="wl-grid-row wl-grid-header"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template, height: `${rowHeight}px` }}
          >
            {rowMode ? <div class="wl-grid-marker" role="columnheader" aria-label="Row selection" /> : null}
            {columns.map((column, position) => {
              const sorted = sort?.column === position ? (sort.ascending ? "ascending" : "descending") : undefined;
              return (
                <div
                  role="columnheader"
                  class={`wl-grid-head${selection.columns.includes(column.name) ? " wl-selected" : ""}`}
                  key={position}
                  aria-sort={sorted}
                  aria-selected={columnMode ? (selection.columns.includes(column.name) ? "true" : "false") : undefined}
                  title={settings(column).help ?? undefined}
                >
                  <button type="button" class="wl-grid-sort" onClick={() => headerClick(position)}>
                    {columnLabel(column)}
                    {sorted ? <span aria-hidden="true">{sorted === "ascending" ? " ▲" : " ▼"}</span> : null}
                  </button>
                </div>
              );
            })}
          </div>
          <div class="wl-grid-body" style={{ height: `${order.length * rowHeight}px` }}>
            {order.slice(first, last).map((dataRow, offset) => {
              const row = first + offset;
              return (
                <div
                  role="row"
                  class={`wl-grid-row${selectedRows.has(dataRow) ? " wl-selected" : ""}`}
                  aria-rowindex={row + 2}
                  aria-selected={rowMode ? (selectedRows.has(dataRow) ? "true" : "false") : undefined}
                  key={dataRow}
                  style={{ gridTemplateColumns: template, height: `${rowHeight}px`, top: `${row * rowHeight}px` }}
                >
                  {rowMode ? (
                    <RowMarker row={row} checked={selectedRows.has(dataRow)} onToggle={() => selectRow(dataRow)} />
                  ) : null}
                  {columns.map((column, position) => {
                    const isActive = active?.row === row && active.column === position;
                    const picked = selectedCells.has(JSON.stringify([dataRow, column.name]));
                    return (
                      <div
                        role="gridcell"
                        key={position}
                        data-cell={`${row}:${position}`}
                        aria-colindex={position + 1}
                        aria-selected={cellMode ? (picked ? "true" : "false") : undefined}
                        tabIndex={isActive || (!active && row === 0 && position === 0) ? 0 : -1}
                        class={`wl-grid-cell wl-type-${column.type}${isActive ? " wl-active" : ""}${picked ? " wl-cell-selected" : ""}${column.name === "_index" ? " wl-grid-index" : ""}`}
                      >
                        <CellContent column={column} value={props.rows[dataRow][position]} />
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {order.length === 0 && props.placeholder ? <div class="wl-grid-empty">{props.placeholder}</div> : null}
    </div>
  );
}
