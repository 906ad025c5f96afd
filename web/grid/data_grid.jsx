/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// st.data_editor's grid (a lazy chunk): cells are role="gridcell" elements inside
// data-testid="stDataFrame". Keyboard: arrows, Tab, Home/End and PageUp/PageDown move;
// Enter, F2 or typing edits; Enter commits, Escape cancels, Tab commits and moves; Space
// toggles a checkbox; Delete clears a cell or deletes the selected rows. Mouse: a click
// selects a cell, a double-click edits it. Each change is sent as the widget's editing
// state (grid_state.js) through a bubbling "wl-grid-edit" event.

// biome-ignore lint/correctness/noUnusedImports: the JSX pragma above compiles to calls of h (and Fragment)
import { h, useEffect, useRef, useState, useWidgetValue } from "./grid_deps.js";
import { cellValue, parseState, shownRows, stateText, withAddedRow, withCell, withoutRows } from "./grid_state.js";
import { columnEditable, columnLabel, editText, parseInput, rowDefaults, selectOptions, settings } from "./grid_cells.js";
import { CellContent, CellEditor, RowMarker, visibleRange } from "./grid_view.jsx";
import { columnWidths, gridHeight, nextPosition } from "./grid_layout.js";

/**
 * @typedef {import("../generated/elements").DataEditorProps} DataEditorProps
 * @typedef {import("./grid_view.jsx").CellPosition} CellPosition
 * @typedef {import("./grid_view.jsx").EditorState} EditorState
 * @typedef {import("./grid_state.js").EditingState} EditingState
 */

/** The value a committed editor sends, or its error. @param {import("./grid_cells.js").GridColumn} column @param {string} text */
function committedValue(column, text) {
  if (column.type !== "selectbox") return parseInput(column, text);
  if (text === "") return settings(column).required ? { error: "A value is required." } : { value: null };
  const option = selectOptions(column).find((choice) => String(choice.value) === text);
  return { value: option ? option.value : text };
}

/** A printable key that reached the cell rather than its open editor's field. @param {KeyboardEvent} event */
function typedBeforeFocus(event) {
  const target = /** @type {HTMLElement} */ (event.target);
  return (
    event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && target.getAttribute("role") === "gridcell"
  );
}

/** @param {{id: string, props: DataEditorProps}} p */
export function DataGrid({ id, props }) {
  const state = parseState(useWidgetValue(id) ?? props.value);
  const columns = props.columns;
  const names = columns.map((column) => column.name);
  const shown = shownRows(props.rows.length, state);
  const rowHeight = props.rowHeight || 35;
  const canAdd = !props.disabled && (props.numRows === "dynamic" || props.numRows === "add");
  const canDelete = !props.disabled && (props.numRows === "dynamic" || props.numRows === "delete");
  const [active, setActive] = useState(/** @type {CellPosition | null} */ (null));
  const [editor, setEditor] = useState(/** @type {EditorState | null} */ (null));
  const [selected, setSelected] = useState(/** @type {Set<number>} */ (new Set()));
  const [scrollTop, setScrollTop] = useState(0);
  const rootRef = useRef(/** @type {HTMLDivElement | null} */ (null));
  const scrollRef = useRef(/** @type {HTMLDivElement | null} */ (null));
  const viewHeight = gridHeight(props.height, shown.length, rowHeight);
  const widths = columnWidths(columns, props.rows);
  const template = [...(canDelete ? ["2rem"] : []), ...widths.map((width) => `${width}px`)].join(" ");

  /** @param {EditingState} next */
  const send = (next) =>
    rootRef.current?.dispatchEvent(new CustomEvent("wl-grid-edit", { bubbles: true, detail: stateText(next) }));
  const editable = (/** @type {number} */ column) => !props.disabled && columnEditable(columns[column]);

  // The active cell comes into view and takes focus whenever it moves or an edit ends; a
  // row scrolled in is drawn one render later, so focusing waits for its cell.
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!active || editor) return;
    const scroller = scrollRef.current;
    if (scroller) {
      const top = active.row * rowHeight;
      const viewRows = scroller.clientHeight - rowHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + rowHeight > scroller.scrollTop + viewRows) scroller.scrollTop = top + rowHeight - viewRows;
    }
    pendingFocus.current = true;
  }, [active?.row, active?.column, editor === null]);
  useEffect(() => {
    if (!pendingFocus.current || !active) return;
    const cell = /** @type {HTMLElement | null} */ (
      rootRef.current?.querySelector(`[data-cell="${active.row}:${active.column}"]`) ?? null
    );
    if (!cell) return;
    pendingFocus.current = false;
    cell.focus({ preventScroll: true });
    cell.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  });

  /** @param {CellPosition} position @param {string | null} [typed] */
  const startEditing = (position, typed = null) => {
    const column = columns[position.column];
    const shownRow = shown[position.row];
    if (!shownRow || !editable(position.column)) return;
    const value = cellValue(props.rows, names, state, shownRow, position.column);
    if (column.type === "checkbox") {
      send(withCell(state, shownRow, column.name, !(value === true)));
      return;
    }
    setActive(position);
    setEditor({ text: typed ?? editText(column, value), error: null });
  };

  /** @param {CellPosition | null} [moveTo] */
  const commitEditor = (moveTo = null) => {
    if (!active || !editor) return;
    const column = columns[active.column];
    const parsed = committedValue(column, editor.text);
    if (parsed.error !== undefined) {
      setEditor({ ...editor, error: parsed.error });
      return;
    }
    const shownRow = shown[active.row];
    const before = cellValue(props.rows, names, state, shownRow, active.column);
    if (JSON.stringify(before) !== JSON.stringify(parsed.value)) send(withCell(state, shownRow, column.name, parsed.value));
    setEditor(null);
    if (moveTo) setActive(moveTo);
  };

  const addRow = () => {
    send(withAddedRow(state, rowDefaults(columns)));
    const firstEditable = columns.findIndex((_, column) => editable(column));
    setActive({ row: shown.length, column: Math.max(0, firstEditable) });
  };

  const deleteSelected = () => {
    const rows = [...selected].map((row) => shown[row]).filter(Boolean);
    if (!rows.length) return;
    send(withoutRows(state, rows));
    setSelected(new Set());
    setActive(null);
  };

  /** @param {number} row */
  const toggleSelected = (row) => {
    const next = new Set(selected);
    if (next.has(row)) next.delete(row);
    else next.add(row);
    setSelected(next);
  };

  /** @param {KeyboardEvent} event */
  const onKeyDown = (event) => {
    if (editor) {
      if (event.key === "Enter") commitEditor();
      else if (event.key === "Escape") setEditor(null);
      else if (event.key === "Tab" && active) commitEditor(nextPosition(active, event, shown.length, columns.length));
      else if (typedBeforeFocus(event)) {
        // The editor's field takes focus after its render; keys typed before that are its text too.
        const key = event.key;
        setEditor((current) => current && { text: current.text + key, error: null });
        event.preventDefault();
        return;
      } else return;
      event.preventDefault();
      event.stopPropagation();
      // Keys typed right after stay in the grid: the cell takes focus now, not after the
      // render that closes the editor.
      /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest("[data-cell]"))?.focus({
        preventScroll: true,
      });
      return;
    }
    if (!active) return;
    if (event.key === "Enter" || event.key === "F2" || (event.key === " " && columns[active.column].type === "checkbox")) {
      startEditing(active);
    } else if ((event.key === "Delete" || event.key === "Backspace") && canDelete && selected.size) {
      deleteSelected();
    } else if ((event.key === "Delete" || event.key === "Backspace") && editable(active.column)) {
      const column = columns[active.column];
      if (column.type !== "checkbox") send(withCell(state, shown[active.row], column.name, null));
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const type = columns[active.column].type;
      if (type === "selectbox" || type === "checkbox") return;
      startEditing(active, event.key);
    } else {
      const moved = nextPosition(active, event, shown.length, columns.length, Math.floor(viewHeight / rowHeight) - 1);
      if (!moved) return;
      setActive(moved);
    }
    event.preventDefault();
  };

  /** @param {MouseEvent} event */
  const cellAt = (event) => {
    const cell = /** @type {HTMLElement} */ (event.target).closest("[data-cell]");
    if (!cell) return null;
    const [row, column] = /** @type {string} */ (cell.getAttribute("data-cell")).split(":").map(Number);
    return { row, column };
  };

  const { first, last } = visibleRange(scrollTop, viewHeight, rowHeight, shown.length);
  const width = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : {};
  return (
    <div
      class={`stDataFrame wl-grid${props.width === "content" ? " wl-content" : ""}`}
      data-testid="stDataFrame"
      ref={rootRef}
      style={width}
      aria-label={props.alt}
    >
      {canAdd || canDelete ? (
        <div class="wl-grid-toolbar" data-testid="stElementToolbar">
          {canDelete && selected.size ? (
            <button type="button" class="wl-grid-tool" aria-label="Delete rows" onClick={deleteSelected}>
              Delete {selected.size === 1 ? "row" : `${selected.size} rows`}
            </button>
          ) : null}
          {canAdd ? (
            <button type="button" class="wl-grid-tool" aria-label="Add row" onClick={addRow}>
              + Add row
            </button>
          ) : null}
        </div>
      ) : null}
      <div
        class="wl-grid-scroll"
        ref={scrollRef}
        style={{ height: `${viewHeight}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div
          role="grid"
          aria-rowcount={shown.length + 1}
          aria-colcount={columns.length}
          aria-readonly={props.disabled ? "true" : undefined}
          onKeyDown={onKeyDown}
          onClick={(event) => {
            const position = cellAt(event);
            if (!position || (editor && active?.row === position.row && active.column === position.column)) return;
            if (editor) commitEditor();
            const onBox = /** @type {HTMLElement} */ (event.target).closest(".wl-grid-check");
            if (onBox && columns[position.column].type === "checkbox") startEditing(position);
            setActive(position);
          }}
          onDblClick={(event) => {
            const position = cellAt(event);
            if (position && columns[position.column].type !== "checkbox") startEditing(position);
          }}
        >
          <div
            role="row"
            class="wl-grid-row wl-grid-header"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template, height: `${rowHeight}px` }}
          >
            {canDelete ? <div class="wl-grid-marker" role="columnheader" aria-label="Row selection" /> : null}
            {columns.map((column, position) => (
              <div role="columnheader" class="wl-grid-head" key={position} title={settings(column).help ?? undefined}>
                {columnLabel(column)}
              </div>
            ))}
          </div>
          <div class="wl-grid-body" style={{ height: `${shown.length * rowHeight}px` }}>
            {shown.slice(first, last).map((shownRow, offset) => {
              const row = first + offset;
              return (
                <div
                  role="row"
                  class={`wl-grid-row${selected.has(row) ? " wl-selected" : ""}`}
                  aria-rowindex={row + 2}
                  aria-selected={canDelete ? (selected.has(row) ? "true" : "false") : undefined}
                  key={`${shownRow.source}:${shownRow.row}`}
                  style={{ gridTemplateColumns: template, height: `${rowHeight}px`, top: `${row * rowHeight}px` }}
                >
                  {canDelete ? <RowMarker row={row} checked={selected.has(row)} onToggle={() => toggleSelected(row)} /> : null}
                  {columns.map((column, position) => {
                    const isActive = active?.row === row && active.column === position;
                    const value = cellValue(props.rows, names, state, shownRow, position);
                    return (
                      <div
                        role="gridcell"
                        key={position}
                        data-cell={`${row}:${position}`}
                        aria-colindex={position + 1}
                        aria-readonly={editable(position) ? undefined : "true"}
                        tabIndex={isActive || (!active && row === 0 && position === 0) ? 0 : -1}
                        class={`wl-grid-cell wl-type-${column.type}${isActive ? " wl-active" : ""}${column.name === "_index" ? " wl-grid-index" : ""}`}
                      >
                        {isActive && editor ? (
                          <CellEditor column={column} editor={editor} onText={(text) => setEditor({ text, error: null })} />
                        ) : (
                          <CellContent column={column} value={value} />
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {shown.length === 0 && props.placeholder ? <div class="wl-grid-empty">{props.placeholder}</div> : null}
    </div>
  );
}
