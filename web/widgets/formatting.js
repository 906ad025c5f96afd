// How sliders print their values: numbers with a printf-style format (Streamlit uses
// sprintf-js) or one of Streamlit's named number formats; dates and times with a
// moment.js-style format. Pure functions, tested in tests/js/formatting.test.mjs.

import { MONTH_NAMES, WEEKDAY_NAMES } from "./date_values.js";

const NAMED_NUMBER_FORMATS = new Set([
  "plain",
  "localized",
  "dollar",
  "euro",
  "yen",
  "percent",
  "compact",
  "scientific",
  "engineering",
  "accounting",
  "bytes",
]);

/** @param {number} value @param {Intl.NumberFormatOptions} options */
function intlNumber(value, options) {
  try {
    return new Intl.NumberFormat(typeof navigator === "undefined" ? undefined : navigator.languages, options).format(value);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(value);
  }
}

/** @param {number} value @param {string} name */
function namedNumber(value, name) {
  switch (name) {
    case "plain":
      return String(value);
    case "localized":
      return intlNumber(value, {});
    case "percent":
      return intlNumber(value, { style: "percent", maximumFractionDigits: 2 });
    case "dollar":
      return intlNumber(value, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol" });
    case "euro":
      return intlNumber(value, { style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol" });
    case "yen":
      return intlNumber(value, { style: "currency", currency: "JPY", currencyDisplay: "narrowSymbol" });
    case "accounting": {
      const text = intlNumber(Math.abs(value), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      return value < 0 ? `(${text})` : text;
    }
    case "bytes":
      return intlNumber(value, {
        notation: "compact",
        style: "unit",
        unit: "byte",
        unitDisplay: "narrow",
        maximumFractionDigits: 1,
      }).replace("BB", "GB");
    default:
      return intlNumber(value, { notation: /** @type {"compact" | "scientific" | "engineering"} */ (name) });
  }
}

const SPRINTF_PLACEHOLDER = /%(?:%|([-+ 0]*)(\d+)?(?:\.(\d+))?([bcdieEfFgGosuxX]))/g;

/**
 * One number through a printf-style format, as sprintf-js prints it ("%d", "%0.2f",
 * "%.1f%%", "$%,d" is not printf and prints as is).
 * @param {string} format @param {number} value
 */
export function sprintf(format, value) {
  return format.replace(SPRINTF_PLACEHOLDER, (whole, flags = "", width = "", precision, type) => {
    if (whole === "%%") return "%";
    const precisionDigits = precision === undefined ? undefined : Number(precision);
    let body;
    let numeric = true;
    switch (type) {
      case "d":
      case "i":
        body = String(Math.trunc(value));
        break;
      case "u":
        body = String(value >>> 0);
        break;
      case "f":
      case "F":
        body = precisionDigits === undefined ? String(value) : value.toFixed(precisionDigits);
        break;
      case "e":
      case "E":
        body = precisionDigits === undefined ? value.toExponential() : value.toExponential(precisionDigits);
        if (type === "E") body = body.toUpperCase();
        break;
      case "g":
      case "G":
        body = precisionDigits === undefined ? String(value) : String(Number(value.toPrecision(precisionDigits)));
        if (type === "G") body = body.toUpperCase();
        break;
      case "x":
        body = (value >>> 0).toString(16);
        break;
      case "X":
        body = (value >>> 0).toString(16).toUpperCase();
        break;
      case "o":
        body = (value >>> 0).toString(8);
        break;
      case "b":
        body = (value >>> 0).toString(2);
        break;
      case "c":
        body = String.fromCharCode(value);
        numeric = false;
        break;
      default:
        body = String(value);
        if (precisionDigits !== undefined) body = body.slice(0, precisionDigits);
        numeric = false;
    }
    let sign = "";
    if (numeric && body.startsWith("-")) {
      sign = "-";
      body = body.slice(1);
    } else if (numeric && flags.includes("+")) {
      sign = "+";
    }
    const padWidth = Number(width || 0) - sign.length - body.length;
    if (padWidth <= 0) return sign + body;
    if (flags.includes("-")) return sign + body + " ".repeat(padWidth);
    if (flags.includes("0") && numeric) return sign + "0".repeat(padWidth) + body;
    return " ".repeat(padWidth) + sign + body;
  });
}

/**
 * A slider number as Streamlit shows it.
 * @param {number} value @param {string | undefined} format
 */
export function formatNumber(value, format) {
  if (!Number.isFinite(value)) return "";
  if (!format) return String(value);
  if (NAMED_NUMBER_FORMATS.has(format)) return namedNumber(value, format);
  return sprintf(format, value);
}

const MOMENT_TOKEN = /\[([^\]]*)]|YYYY|YY|Q|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|X|x/g;

/** @param {number} number @param {number} width */
function pad(number, width) {
  return String(number).padStart(width, "0");
}

/** @param {number} day */
function ordinal(day) {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${["th", "st", "nd", "rd"][day % 10] || "th"}`;
}

/**
 * A moment.js-style format of a wall-clock time held in UTC fields (how Streamlit sends
 * dates, times and datetimes to the page).
 * @param {Date} moment @param {string} format
 */
export function formatMomentTokens(moment, format) {
  const hours = moment.getUTCHours();
  return format.replace(MOMENT_TOKEN, (token, literal) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY":
        return pad(moment.getUTCFullYear(), 4);
      case "YY":
        return pad(moment.getUTCFullYear() % 100, 2);
      case "Q":
        return String(Math.floor(moment.getUTCMonth() / 3) + 1);
      case "MMMM":
        return MONTH_NAMES[moment.getUTCMonth()];
      case "MMM":
        return MONTH_NAMES[moment.getUTCMonth()].slice(0, 3);
      case "MM":
        return pad(moment.getUTCMonth() + 1, 2);
      case "M":
        return String(moment.getUTCMonth() + 1);
      case "Do":
        return ordinal(moment.getUTCDate());
      case "DD":
        return pad(moment.getUTCDate(), 2);
      case "D":
        return String(moment.getUTCDate());
      case "dddd":
        return WEEKDAY_NAMES[moment.getUTCDay()];
      case "ddd":
        return WEEKDAY_NAMES[moment.getUTCDay()].slice(0, 3);
      case "dd":
        return WEEKDAY_NAMES[moment.getUTCDay()].slice(0, 2);
      case "d":
        return String(moment.getUTCDay());
      case "HH":
        return pad(hours, 2);
      case "H":
        return String(hours);
      case "hh":
        return pad(hours % 12 || 12, 2);
      case "h":
        return String(hours % 12 || 12);
      case "mm":
        return pad(moment.getUTCMinutes(), 2);
      case "m":
        return String(moment.getUTCMinutes());
      case "ss":
        return pad(moment.getUTCSeconds(), 2);
      case "s":
        return String(moment.getUTCSeconds());
      case "SSS":
        return pad(moment.getUTCMilliseconds(), 3);
      case "SS":
        return pad(Math.floor(moment.getUTCMilliseconds() / 10), 2);
      case "S":
        return String(Math.floor(moment.getUTCMilliseconds() / 100));
      case "A":
        return hours < 12 ? "AM" : "PM";
      case "a":
        return hours < 12 ? "am" : "pm";
      case "X":
        return String(Math.floor(moment.getTime() / 1000));
      default:
        return String(moment.getTime());
    }
  });
}

/**
 * A date/time slider value (microseconds since 1970, wall clock as UTC) as Streamlit shows it.
 * @param {number} micros @param {string} format @param {"date" | "time" | "datetime"} kind
 */
export function formatMicros(micros, format, kind) {
  const moment = new Date(micros / 1000);
  if (format === "localized") {
    /** @type {Intl.DateTimeFormatOptions} */
    const options = { timeZone: "UTC" };
    if (kind !== "time") options.dateStyle = "medium";
    if (kind !== "date") options.timeStyle = "medium";
    return new Intl.DateTimeFormat(undefined, options).format(moment);
  }
  if (format === "iso8601") {
    if (kind === "date") return formatMomentTokens(moment, "YYYY-MM-DD");
    if (kind === "time") return formatMomentTokens(moment, "HH:mm:ss.SSS[Z]");
    return moment.toISOString();
  }
  return formatMomentTokens(moment, format);
}

/**
 * The text of one slider value: an option's text (select_slider), a date/time, or a number.
 * @param {number} number
 * @param {import("../generated/elements").SliderProps | import("../generated/elements").SelectSliderProps} props
 * @param {string[] | null} options select_slider's options (sliderScale in slider.jsx)
 */
export function sliderValueText(number, props, options) {
  if (options || !("dataType" in props)) return options?.[number] ?? "";
  const kind = props.dataType;
  if (kind === "date" || kind === "time" || kind === "datetime") return formatMicros(number, props.format, kind);
  return formatNumber(number, props.format);
}
