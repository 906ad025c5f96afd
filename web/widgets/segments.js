// Segmented date and time fields (year / month / day, hour : minute : second, AM/PM):
// what each segment shows, how arrow keys and typed digits change it. Pure functions on
// plain "parts" objects; the components keep parts in input_state while editing.

/**
 * @typedef {"year" | "month" | "day" | "hour" | "minute" | "second" | "dayPeriod"} SegmentType
 * @typedef {Partial<Record<SegmentType, number | null>>} Parts
 */

const PLACEHOLDERS = { year: "yyyy", month: "mm", day: "dd", hour: "--", minute: "--", second: "--", dayPeriod: "--" };
const WIDTHS = { year: 4, month: 2, day: 2, hour: 2, minute: 2, second: 2, dayPeriod: 1 };
export const SEGMENT_NAMES = {
  year: "year",
  month: "month",
  day: "day",
  hour: "hour",
  minute: "minute",
  second: "second",
  dayPeriod: "AM/PM",
};

/** Days in a month (month 1-12). @param {number} year @param {number} month */
export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The order and separator of a Streamlit date format ("DD.MM.YYYY" -> day, month, year and ".").
 * @param {string} format @returns {{order: SegmentType[], separator: string}}
 */
export function dateLayout(format) {
  const separator = format.includes(".") ? "." : format.includes("-") ? "-" : "/";
  /** @type {SegmentType[]} */
  const order = format.split(separator).map((token) => (token === "YYYY" ? "year" : token === "MM" ? "month" : "day"));
  return { order, separator };
}

/** @param {boolean} withSeconds @param {boolean} twelveHour @returns {SegmentType[]} */
export function timeOrder(withSeconds, twelveHour) {
  /** @type {SegmentType[]} */
  const order = ["hour", "minute"];
  if (withSeconds) order.push("second");
  if (twelveHour) order.push("dayPeriod");
  return order;
}

/** The lowest and highest value a segment can take. @param {SegmentType} type @param {Parts} parts */
export function segmentRange(type, parts) {
  switch (type) {
    case "year":
      return [1, 9999];
    case "month":
      return [1, 12];
    case "day":
      return [1, parts.year && parts.month ? daysInMonth(parts.year, parts.month) : 31];
    case "hour":
      return [0, 23];
    case "dayPeriod":
      return [0, 1];
    default:
      return [0, 59];
  }
}

/** What a segment shows. @param {SegmentType} type @param {Parts} parts @param {boolean} twelveHour */
export function segmentText(type, parts, twelveHour = false) {
  if (type === "dayPeriod") return parts.hour === null || parts.hour === undefined ? "--" : parts.hour < 12 ? "AM" : "PM";
  const value = parts[type];
  if (value === null || value === undefined) return PLACEHOLDERS[type];
  const shown = type === "hour" && twelveHour ? ((value + 11) % 12) + 1 : value;
  return String(shown).padStart(WIDTHS[type], "0");
}

/** All the segments a value needs are set. @param {Parts} parts @param {SegmentType[]} order */
export function isComplete(parts, order) {
  return order.every((type) => type === "dayPeriod" || (parts[type] !== null && parts[type] !== undefined));
}

/** Keep the day inside its month after the month or year changed. @param {Parts} parts */
function clampDay(parts) {
  if (parts.day && parts.year && parts.month) parts.day = Math.min(parts.day, daysInMonth(parts.year, parts.month));
  return parts;
}

/**
 * One arrow-key step on a segment, wrapping within its range (years do not wrap).
 * An empty segment starts from `start` (today's or now's part).
 * @param {Parts} parts @param {SegmentType} type @param {1 | -1} direction @param {Parts} start @param {number} [amount]
 */
export function stepSegment(parts, type, direction, start, amount = 1) {
  const next = { ...parts };
  if (type === "dayPeriod") {
    const hour = next.hour ?? start.hour ?? 0;
    next.hour = (hour + 12) % 24;
    return next;
  }
  const current = next[type];
  if (current === null || current === undefined) {
    next[type] = start[type] ?? segmentRange(type, next)[0];
    return clampDay(next);
  }
  const [low, high] = segmentRange(type, next);
  if (type === "year") next.year = Math.min(high, Math.max(low, current + direction * amount));
  else {
    const span = high - low + 1;
    next[type] = ((((current - low + direction * amount) % span) + span) % span) + low;
  }
  return clampDay(next);
}

/**
 * A digit typed into a segment. `buffer` is what was typed there so far; the result says
 * whether focus moves on (no further digit could fit).
 * @param {Parts} parts @param {SegmentType} type @param {string} buffer @param {string} digit @param {boolean} twelveHour
 * @returns {{parts: Parts, buffer: string, advance: boolean}}
 */
export function typeDigit(parts, type, buffer, digit, twelveHour = false) {
  const [low, high] = type === "hour" && twelveHour ? [1, 12] : segmentRange(type, parts);
  let text = buffer + digit;
  if (Number(text) > high || text.length > WIDTHS[type]) text = digit;
  let value = Number(text);
  const next = { ...parts };
  const full = text.length >= WIDTHS[type] || Number(text) * 10 > high;
  if (value < low && full) value = low;
  if (type === "hour" && twelveHour) {
    const afternoon = (parts.hour ?? 0) >= 12;
    value = (value % 12) + (afternoon ? 12 : 0);
  }
  next[type] = value;
  return { parts: clampDay(next), buffer: full ? "" : text, advance: full };
}

/** "2024-01-05" -> parts (null for anything else). @param {string | null | undefined} iso @returns {Parts | null} */
export function isoToDateParts(iso) {
  const match = typeof iso === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** @param {Parts} parts */
export function datePartsToIso(parts) {
  return `${String(parts.year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
}

/** "08:45" or "08:45:30" -> parts. @param {string | null | undefined} text @returns {Parts | null} */
export function wireToTimeParts(text) {
  const match = typeof text === "string" ? /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text) : null;
  return match ? { hour: Number(match[1]), minute: Number(match[2]), second: match[3] ? Number(match[3]) : 0 } : null;
}

/** @param {Parts} parts @param {boolean} withSeconds */
export function timePartsToWire(parts, withSeconds) {
  const two = (/** @type {number | null | undefined} */ n) => String(n ?? 0).padStart(2, "0");
  return withSeconds ? `${two(parts.hour)}:${two(parts.minute)}:${two(parts.second)}` : `${two(parts.hour)}:${two(parts.minute)}`;
}

/**
 * Arrow keys on a time follow Streamlit's step rules: minutes snap to whole steps when
 * the step is whole minutes, hours when it is whole hours, seconds for other steps.
 * Returns null when the key should fall back to a plain one-unit step.
 * @param {Parts} parts @param {SegmentType} type @param {1 | -1} direction @param {number} step seconds
 */
export function stepTime(parts, type, direction, step) {
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const up = direction === 1;
  if (type === "minute" && step % 60 === 0) {
    const size = step / 60;
    if (!Number.isInteger(size) || size <= 1) return null;
    const total = hour * 60 + minute;
    let next = up ? Math.floor(total / size) * size + size : Math.ceil(total / size) * size - size;
    if (next >= 1440) next = 0;
    else if (next < 0) next = Math.floor(1439 / size) * size;
    return { hour: Math.floor(next / 60), minute: next % 60, second: 0 };
  }
  if (type === "hour" && step % 3600 === 0) {
    const size = step / 3600;
    if (size <= 1) return null;
    let next = up ? Math.floor(hour / size) * size + size : Math.ceil(hour / size) * size - size;
    if (next >= 24) next = 0;
    else if (next < 0) next = Math.floor(23 / size) * size;
    return { hour: next, minute: 0, second: 0 };
  }
  if (step % 60 !== 0 && step > 1 && (type === "hour" || type === "minute" || type === "second")) {
    const total = hour * 3600 + minute * 60 + second;
    let next;
    if (type === "second") next = up ? Math.floor(total / step) * step + step : Math.ceil(total / step) * step - step;
    else {
      const unit = type === "hour" ? 3600 : 60;
      next = up ? Math.ceil((total + unit) / step) * step : Math.floor((total - unit) / step) * step;
    }
    const wrapped = ((next % 86400) + 86400) % 86400;
    return { hour: Math.floor(wrapped / 3600), minute: Math.floor((wrapped % 3600) / 60), second: wrapped % 60 };
  }
  return null;
}
