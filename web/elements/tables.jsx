// st.table (static; text cells are Markdown) and st.dataframe (scrolls; a click on a
// column header sorts by it: ascending, descending, then the original order).

import { useState } from "preact/hooks";
import { useDelegatedEvents } from "../render/delegate.js";
import { MarkdownContainer } from "./markdown.jsx";
import { cellText, sortedRowOrder } from "./table_cells.js";
import "../styles/display.css";

/** @typedef {import("../generated/elements").TableProps} TableProps */
/** @typedef {import("../generated/elements").DataframeProps} DataframeProps */

/** @param {string} kind */
function numberClass(kind) {
  return kind === "int" || kind === "float" ? "wl-number" : "";
}

/** @param {{value: unknown, kind: string, markdown: boolean}} props */
function Cell({ value, kind, markdown }) {
  if (value === null || value === undefined) return <span class="wl-null">None</span>;
  const text = cellText(value, kind);
  return markdown && typeof value === "string" ? <MarkdownContainer source={text} /> : text;
}

/** Rows beyond what was sent (a table's or a dataframe's). @param {{props: Pick<TableProps, "rows" | "totalRows">}} p */
function TruncationNote({ props }) {
  if (!props.totalRows) return null;
  return (
    <div class="wl-table-note">
      Showing the first {props.rows.length.toLocaleString("en-US")} of {props.totalRows.toLocaleString("en-US")} rows.
    </div>
  );
}

/** @param {Pick<TableProps, "width" | "height">} props @param {string} stretchClass */
function sizeStyle(props, stretchClass) {
  /** @type {Record<string, string>} */
  const style = {};
  if (typeof props.width === "number") style.width = `${props.width}px`;
  if (typeof props.height === "number") style.maxHeight = `${props.height}px`;
  const widthClass = props.width === "content" ? " wl-content" : stretchClass;
  return { style, widthClass };
}

/** The scroll box's height: "auto" keeps the stylesheet's 400 px cap. @param {unknown} height */
function scrollHeight(height) {
  if (typeof height === "number") return { height: `${height}px`, maxHeight: "none" };
  return height === "content" || height === "stretch" ? { maxHeight: "none" } : undefined;
}

/** @param {{props: TableProps}} p */
function Table({ props }) {
  const index = props.index;
  const border = props.border === "horizontal" ? " wl-border-horizontal" : props.border === false ? "" : " wl-border-all";
  const { style, widthClass } = sizeStyle(props, "");
  return (
    <div class={`stTable${border}${widthClass}`} data-testid="stTable" style={style} aria-label={props.alt}>
      <table data-testid="stTableStyledTable">
        {props.hideHeader ? null : (
          <thead>
            <tr>
              {index ? <th scope="col">{props.indexName || ""}</th> : null}
              {props.columns.map((name, position) => (
                <th scope="col" key={position}>
                  <MarkdownContainer source={name} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {props.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {index ? (
                <th scope="row">
                  <Cell value={index[rowIndex]} kind="text" markdown />
                </th>
              ) : null}
              {row.map((value, position) => (
                <td key={position} class={numberClass(props.kinds[position])}>
                  <Cell value={value} kind={props.kinds[position]} markdown />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <TruncationNote props={props} />
    </div>
  );
}

/** @param {{id: string, props: DataframeProps}} p */
function DataFrame({ id, props }) {
  const [sort, setSort] = useState(/** @type {{column: number, ascending: boolean} | null} */ (null));
  const sortEvents = useDelegatedEvents(`${id}:sort`, {
    click(event) {
      const header = /** @type {HTMLElement} */ (event.target).closest("[data-column]");
      if (!header) return;
      const column = Number(header.getAttribute("data-column"));
      setSort((current) =>
        !current || current.column !== column
          ? { column, ascending: true }
          : current.ascending
            ? { column, ascending: false }
            : null,
      );
    },
  });
  const order = sortedRowOrder(props.rows, props.kinds, sort);
  const labels = props.labels || props.columns;
  const index = props.index;
  const { widthClass } = sizeStyle(props, "");
  const width = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <div class={`stDataFrame${widthClass}`} data-testid="stDataFrame" style={width} aria-label={props.alt}>
      <div class="wl-dataframe-scroll" style={scrollHeight(props.height)} tabIndex={0}>
        <table role="grid" aria-rowcount={props.rows.length + 1} aria-colcount={labels.length + (index ? 1 : 0)}>
          <thead {...sortEvents}>
            <tr>
              {index ? <th scope="col">{props.indexName || ""}</th> : null}
              {labels.map((label, position) => {
                const sorted = sort && sort.column === position ? (sort.ascending ? "ascending" : "descending") : undefined;
                return (
                  <th scope="col" key={position} aria-sort={sorted}>
                    <button type="button" class="wl-sort" data-column={position}>
                      {label}
                      {sorted ? (
                        <span class="wl-sort-mark" aria-hidden="true">
                          {sorted === "ascending" ? "▲" : "▼"}
                        </span>
                      ) : null}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {order.map((rowIndex) => (
              <tr key={rowIndex}>
                {index ? (
                  <th scope="row">
                    <Cell value={index[rowIndex]} kind="text" markdown={false} />
                  </th>
                ) : null}
                {props.rows[rowIndex].map((value, position) => (
                  <td key={position} role="gridcell" class={numberClass(props.kinds[position])}>
                    <Cell value={value} kind={props.kinds[position]} markdown={false} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {!props.rows.length && props.placeholder ? <div class="wl-table-note">{props.placeholder}</div> : null}
      </div>
      <TruncationNote props={props} />
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const tablesElements = {
  table: { component: Table },
  dataframe: { component: DataFrame },
};
