// A table as Python sends it ({columns, rows, localTime}) as the rows Vega reads: one
// object per row. Wall-clock times (timestamps without a time zone, dates) arrive as the
// milliseconds of that time read as UTC; Vega reads times in the visitor's zone, so the
// zone's offset is added and the chart shows the time the data says, as Streamlit's does.

/** @typedef {{columns: string[], rows: unknown[][], localTime?: string[]}} ChartTable */

/** The visitor's offset from UTC at that moment, in milliseconds. @param {number} milliseconds */
export function localOffset(milliseconds) {
  return new Date(milliseconds).getTimezoneOffset() * 60 * 1000;
}

/**
 * @param {ChartTable} table @param {(milliseconds: number) => number} [offset]
 * @returns {Record<string, unknown>[]}
 */
export function tableRows(table, offset = localOffset) {
  const local = new Set(table.localTime ?? []);
  const shifted = table.columns.map((name) => local.has(name));
  return table.rows.map((row) => {
    /** @type {Record<string, unknown>} */
    const record = {};
    table.columns.forEach((name, position) => {
      const value = row[position];
      record[name] = shifted[position] && typeof value === "number" ? value + offset(value) : value;
    });
    return record;
  });
}
