// What a grid cell shows and what an edit of it sends, per column type (st.column_config):
// formats, option labels, and the validation Streamlit's columns apply (min/max/step,
// max_chars, validate). Pure functions, tested with node --test.

import { formatMicros, formatNumber } from "./grid_deps.js";

/**
 * @typedef {import("../generated/elements").DataEditorProps["columns"][number]} GridColumn
 * @typedef {{value: unknown, error?: undefined} | {value?: undefined, error: string}} ParsedInput
 */

/** The column's settings' type options. @param {GridColumn} column @returns {Record<string, any>} */
export function typeOptions(column) {
  const config = /** @type {Record<string, any>} */ (column.config ?? {});
  return config.type_config ?? {};
}

/** @param {GridColumn} column @returns {Record<string, any>} */
export function settings(column) {
  return /** @type {Record<string, any>} */ (column.config ?? {});
}

/** The header text. @param {GridColumn} column */
export function columnLabel(column) {
  const label = settings(column).label;
  if (typeof label === "string") return label;
  return column.name === "_index" ? "" : column.name;
}

/** Whether the visitor may edit the column. @param {GridColumn} column */
export function columnEditable(column) {
  if (settings(column).disabled === true) return false;
  return !["image", "progress", "object"].includes(column.type);
}

const DEFAULT_MOMENT_FORMATS = { date: "YYYY-MM-DD", time: "HH:mm:ss", datetime: "YYYY-MM-DD HH:mm:ss" };

/** ISO text (a date, a time, or both) as microseconds of a UTC wall clock. @param {string} text */
export function isoMicros(text) {
  const trimmed = text.replace(/Z$|[+-]\d\d:\d\d$/, "");
  const iso = /^\d{2}:\d{2}/.test(trimmed) ? `1970-01-01T${trimmed}` : trimmed;
  const millis = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
  return Number.isNaN(millis) ? null : millis * 1000;
}

/** @param {GridColumn} column @param {number} value */
function numberText(column, value) {
  const format = typeOptions(column).format;
  if (format) return formatNumber(value, format === "plain" ? undefined : format);
  if (column.kind === "float" && !Number.isInteger(value)) return String(Number(value.toFixed(4)));
  return String(value);
}

/** A selectbox option's label. @param {GridColumn} column @param {unknown} value */
function optionLabel(column, value) {
  for (const option of typeOptions(column).options ?? []) {
    if (option && typeof option === "object" && option.value === value) return String(option.label);
  }
  return String(value);
}

/** A link column's shown text: fixed text, or the first group of a regular expression. @param {GridColumn} column @param {string} url */
export function linkText(column, url) {
  const display = typeOptions(column).display_text;
  if (!display) return url;
  if (!display.includes("(")) return display;
  try {
    const match = new RegExp(display).exec(url);
    return match?.[1] ?? url;
  } catch {
    return display;
  }
}

/**
 * The text a cell shows ("" for a missing value).
 * @param {GridColumn} column @param {unknown} value
 */
export function cellText(column, value) {
  if (value === null || value === undefined) return "";
  const type = column.type;
  if ((type === "number" || type === "progress") && typeof value === "number") return numberText(column, value);
  if ((type === "date" || type === "time" || type === "datetime") && typeof value === "string") {
    const micros = isoMicros(value);
    if (micros === null) return value;
    const format = typeOptions(column).format;
    const chosen = !format || format === "distance" ? DEFAULT_MOMENT_FORMATS[type] : format;
    return formatMicros(micros, chosen, type);
  }
  if (type === "selectbox") return optionLabel(column, value);
  if (type === "link") return linkText(column, String(value));
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

/** A progress cell's fill, 0 to 1. @param {GridColumn} column @param {unknown} value */
export function progressFraction(column, value) {
  if (typeof value !== "number") return 0;
  const options = typeOptions(column);
  const low = options.min_value ?? 0;
  const high = options.max_value ?? (column.kind === "integer" ? 100 : 1);
  if (high === low) return 0;
  return Math.min(1, Math.max(0, (value - low) / (high - low)));
}

/** The editor's starting text for a cell. @param {GridColumn} column @param {unknown} value */
export function editText(column, value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (column.type === "time" && typeof value === "string") return value.slice(0, 8);
  if (column.type === "datetime" && typeof value === "string") return value.slice(0, 19);
  if (column.type === "date" && typeof value === "string") return value.slice(0, 10);
  return String(value);
}

/** @param {number} value @param {Record<string, any>} options @param {GridColumn} column */
function limitedNumber(value, options, column) {
  let number = value;
  if (typeof options.min_value === "number") number = Math.max(options.min_value, number);
  if (typeof options.max_value === "number") number = Math.min(options.max_value, number);
  const step = options.step ?? (column.kind === "integer" ? 1 : undefined);
  if (typeof step === "number" && step > 0) {
    const decimals = (String(step).split(".")[1] ?? "").length;
    number = Number((Math.round(number / step) * step).toFixed(decimals));
  }
  return number;
}

/** @param {string} text @param {Record<string, any>} options */
function checkedText(text, options) {
  const value = typeof options.max_chars === "number" ? text.slice(0, options.max_chars) : text;
  if (options.validate) {
    let pattern;
    try {
      pattern = new RegExp(options.validate);
    } catch {
      return { value };
    }
    if (!pattern.test(value)) return { error: `The value does not match ${options.validate}.` };
  }
  return { value };
}

/**
 * @param {string} text @param {string} type @param {Record<string, any>} options
 * @returns {ParsedInput}
 */
function checkedMoment(text, type, options) {
  let value = text;
  if (type === "time" && /^\d\d:\d\d$/.test(value)) value = `${value}:00`;
  if (type === "datetime" && /T\d\d:\d\d$/.test(value)) value = `${value}:00`;
  if (isoMicros(value) === null) return { error: `${text} is not a valid ${type}.` };
  if (options.min_value && value < options.min_value) return { error: `The value must be at least ${options.min_value}.` };
  if (options.max_value && value > options.max_value) return { error: `The value must be at most ${options.max_value}.` };
  return { value };
}

/**
 * The value an edit sends (as Streamlit's grid sends it), or why it cannot be committed.
 * @param {GridColumn} column @param {string} text @returns {ParsedInput}
 */
export function parseInput(column, text) {
  const options = typeOptions(column);
  const type = column.type;
  const required = settings(column).required === true;
  if (text.trim() === "" && type !== "text") {
    return required ? { error: "A value is required." } : { value: null };
  }
  if (type === "number") {
    const number = Number(text.trim());
    if (Number.isNaN(number)) return { error: `${text} is not a number.` };
    return { value: limitedNumber(number, options, column) };
  }
  if (type === "text" || type === "link") {
    if (required && text === "") return { error: "A value is required." };
    return checkedText(text, options);
  }
  if (type === "date" || type === "time" || type === "datetime") return checkedMoment(text.trim(), type, options);
  if (type === "list") {
    return {
      value: text
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    };
  }
  return { value: text };
}

/** The selectbox's options as values and labels. @param {GridColumn} column @returns {{value: unknown, label: string}[]} */
export function selectOptions(column) {
  return (typeOptions(column).options ?? []).map((/** @type {any} */ option) =>
    option && typeof option === "object"
      ? { value: option.value, label: String(option.label) }
      : { value: option, label: String(option) },
  );
}

/** What a new row holds: each column's default. @param {GridColumn[]} columns */
export function rowDefaults(columns) {
  /** @type {Record<string, unknown>} */
  const defaults = {};
  for (const column of columns) {
    const value = settings(column).default;
    if (value !== undefined && value !== null) defaults[column.name] = value;
  }
  return defaults;
}
