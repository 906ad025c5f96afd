// What the selectbox and multiselect dropdowns list, as pure functions: components render
// these items and event handlers act on the same items, so a highlighted row always
// means the same thing to both.

/**
 * @typedef {import("../generated/elements").SelectboxProps} SelectboxProps
 * @typedef {import("../generated/elements").MultiselectProps} MultiselectProps
 * @typedef {{kind: "option", index: number, text: string}
 *   | {kind: "create", text: string, value: string}
 *   | {kind: "bulk", text: string}} DropdownItem
 */

/** @param {string} text */
function fold(text) {
  return text.toLocaleLowerCase();
}

/**
 * How well `text` matches `query` for a filter mode: 0 best, higher worse, -1 no match.
 * fuzzy: prefix, then substring, then the query's characters in order.
 * @param {string} text @param {string} query @param {string | null} mode
 */
export function matchRank(text, query, mode) {
  if (!query || mode === null) return 0;
  const haystack = fold(text);
  const needle = fold(query);
  if (mode === "prefix") return haystack.startsWith(needle) ? 0 : -1;
  const position = haystack.indexOf(needle);
  if (mode === "contains") return position >= 0 ? 0 : -1;
  if (position === 0) return 0;
  if (position > 0) return 1;
  let from = 0;
  for (const character of needle) {
    from = haystack.indexOf(character, from);
    if (from < 0) return -1;
    from += 1;
  }
  return 2;
}

/**
 * Options (with their positions) that match the typed text, best matches first.
 * @param {string[]} options @param {string} query @param {string | null} mode
 * @returns {{index: number, text: string}[]}
 */
export function filterOptions(options, query, mode) {
  const ranked = [];
  for (let index = 0; index < options.length; index++) {
    const rank = matchRank(options[index], query, mode);
    if (rank >= 0) ranked.push({ index, text: options[index], rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map(({ index, text }) => ({ index, text }));
}

/**
 * Streamlit's placeholder when the script gave none ("" from Python), and whether the
 * widget must be disabled because there is nothing to choose.
 * @param {string} placeholder @param {string[]} options @param {boolean} acceptNew @param {boolean} multiple
 */
export function resolvePlaceholder(placeholder, options, acceptNew, multiple) {
  if (placeholder) return { text: placeholder, disable: false };
  if (!options.length) {
    if (acceptNew) return { text: multiple ? "Add options" : "Add an option", disable: false };
    return { text: "No options to select", disable: true };
  }
  if (acceptNew) return { text: multiple ? "Choose or add options" : "Choose or add an option", disable: false };
  return { text: multiple ? "Choose options" : "Choose an option", disable: false };
}

/**
 * The selectbox's rows: an "Add: …" row for new text (if allowed), then matching options.
 * @param {Pick<SelectboxProps, "options" | "filterMode" | "acceptNewOptions">} props @param {string | null} query
 * @returns {DropdownItem[]}
 */
export function selectboxItems(props, query) {
  /** @type {string[]} */
  const options = props.options || [];
  const typed = query || "";
  /** @type {DropdownItem[]} */
  const items = filterOptions(options, typed, props.filterMode ?? null).map((match) => ({ kind: "option", ...match }));
  if (props.acceptNewOptions && typed && !options.includes(typed)) {
    items.unshift({ kind: "create", text: `Add: ${typed}`, value: typed });
  }
  return items;
}

/** "Select all" is offered for 2+ rows, up to the select_all limit (-1: always). @param {number} count @param {number} limit */
export function offersSelectAll(count, limit) {
  if (count < 2) return false;
  const threshold = limit ?? 1000;
  return threshold === -1 || (threshold > 0 && count <= threshold);
}

/**
 * The multiselect's rows: a bulk row, the unselected matching options, an "Add: …" row.
 * Empty once max_selections is reached.
 * @param {Pick<MultiselectProps, "options" | "maxSelections" | "filterMode" | "selectAll" | "acceptNewOptions">} props
 * @param {string[]} selected @param {string | null} query
 * @returns {DropdownItem[]}
 */
export function multiselectItems(props, selected, query) {
  /** @type {string[]} */
  const options = props.options || [];
  const max = props.maxSelections || 0;
  if (max > 0 && selected.length >= max) return [];
  const typed = query || "";
  const taken = new Set(selected);
  const remaining = options.map((text, index) => ({ text, index })).filter((option) => !taken.has(option.text));
  const matches = remaining.filter((option) => matchRank(option.text, typed, props.filterMode ?? null) >= 0);
  matches.sort(
    (a, b) =>
      matchRank(a.text, typed, props.filterMode ?? null) - matchRank(b.text, typed, props.filterMode ?? null) ||
      a.index - b.index,
  );
  /** @type {DropdownItem[]} */
  const items = [];
  if (offersSelectAll(matches.length, props.selectAll)) {
    items.push({ kind: "bulk", text: typed.trim() ? `Select ${matches.length} matches` : "Select all" });
  }
  for (const match of matches) items.push({ kind: "option", ...match });
  if (props.acceptNewOptions && typed && !options.includes(typed) && !selected.includes(typed)) {
    items.push({ kind: "create", text: `Add: ${typed}`, value: typed });
  }
  return items;
}

/** What an empty multiselect dropdown says. @param {Pick<MultiselectProps, "maxSelections">} props @param {number} selectedCount */
export function multiselectEmptyText(props, selectedCount) {
  const max = props.maxSelections || 0;
  if (max > 0 && selectedCount >= max) {
    return `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.`;
  }
  return "No results";
}

/**
 * The values a multiselect holds after choosing a row (max_selections respected).
 * @param {DropdownItem} item @param {DropdownItem[]} items @param {string[]} selected @param {number} max
 */
export function selectionAfterChoosing(item, items, selected, max) {
  let added = [];
  if (item.kind === "bulk") added = items.filter((row) => row.kind === "option").map((row) => row.text);
  else if (item.kind === "create") added = [item.value];
  else added = [item.text];
  const room = max > 0 ? Math.max(0, max - selected.length) : added.length;
  return [...selected, ...added.slice(0, room)];
}

/**
 * What was typed into a field that showed `before` and now shows `after`, if the edit only
 * inserted text (typing into a selectbox that shows its choice starts a fresh search
 * with just the typed text, as in Streamlit); null for any other edit.
 * @param {string} before @param {string} after
 */
export function insertedText(before, after) {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  const room = Math.min(before.length - start, after.length - start);
  let end = 0;
  while (end < room && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return before.slice(start, before.length - end) === "" ? after.slice(start, after.length - end) : null;
}
