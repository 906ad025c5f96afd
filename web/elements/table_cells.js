// Cell text and sort order for st.table and st.dataframe (pure, tested with node --test).

/**
 * A cell as text: floats with four decimals (pandas' float64, as Streamlit shows them),
 * booleans as Python writes them.
 * @param {unknown} value @param {string} kind
 */
export function cellText(value, kind) {
  if (value === null || value === undefined) return "None";
  if (kind === "float" && typeof value === "number") return value.toFixed(4);
  if (typeof value === "boolean") return value ? "True" : "False";
  return String(value);
}

/**
 * Row positions in display order; missing values sort last in either direction.
 * @param {unknown[][]} rows @param {string[]} kinds
 * @param {{column: number, ascending: boolean} | null} sort
 * @returns {number[]}
 */
export function sortedRowOrder(rows, kinds, sort) {
  const order = rows.map((_, position) => position);
  if (!sort) return order;
  const { column, ascending } = sort;
  const numeric = kinds[column] === "int" || kinds[column] === "float" || kinds[column] === "bool";
  const direction = ascending ? 1 : -1;
  return order.sort((a, b) => {
    const left = rows[a][column];
    const right = rows[b][column];
    if (left === null || left === undefined) return right === null || right === undefined ? a - b : 1;
    if (right === null || right === undefined) return -1;
    const compared = numeric ? Number(left) - Number(right) : String(left).localeCompare(String(right));
    return compared * direction || a - b;
  });
}
