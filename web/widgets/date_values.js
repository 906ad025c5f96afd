// Calendar arithmetic for st.date_input, on ISO date strings ("2024-01-05"), which sort
// and compare as text. Pure functions; no time zones are involved (dates are UTC days).

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** @param {string} iso */
function toUtc(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** @param {Date} date */
function fromUtc(date) {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** A real calendar date in ISO form. @param {unknown} text */
export function isIsoDate(text) {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return fromUtc(toUtc(text)) === text;
}

/** @param {string} iso @param {number} days */
export function addDays(iso, days) {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** The same day `months` later, kept inside the target month (Jan 31 + 1 month = Feb 29). @param {string} iso @param {number} months */
export function addMonths(iso, months) {
  const [year, month, day] = iso.split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return fromUtc(first);
}

/** @param {string} iso @param {string} low @param {string} high */
export function clampIso(iso, low, high) {
  if (iso < low) return low;
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings; Math.min would give NaN.
  return iso > high ? high : iso;
}

/** Today in the visitor's time zone, as an ISO date. */
export function todayIso() {
  const now = new Date();
  return fromUtc(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** "2024-01" of a date. @param {string} iso */
export function monthOf(iso) {
  return iso.slice(0, 7);
}

/**
 * The weeks shown for a month: rows of seven ISO dates from Sunday, including the
 * neighbouring months' days that fill the first and last rows.
 * @param {string} month "YYYY-MM" @returns {string[][]}
 */
export function monthGrid(month) {
  const first = `${month}-01`;
  const start = addDays(first, -toUtc(first).getUTCDay());
  const next = addMonths(first, 1);
  /** @type {string[][]} */
  const weeks = [];
  for (let day = start; day < next || weeks.length === 0 || weeks[weeks.length - 1].length < 7; day = addDays(day, 1)) {
    if (!weeks.length || weeks[weeks.length - 1].length === 7) weeks.push([]);
    weeks[weeks.length - 1].push(day);
  }
  return weeks;
}

/** "Monday, January 1, 2024": a day button's accessible name. @param {string} iso */
export function longDateName(iso) {
  const date = toUtc(iso);
  return `${WEEKDAY_NAMES[date.getUTCDay()]}, ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "January 2024". @param {string} month "YYYY-MM" */
export function monthTitle(month) {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${Number(month.slice(0, 4))}`;
}

/**
 * A range pick: the first click starts a range, the second ends it (in either order).
 * @param {string[]} pending the dates picked so far in this range @param {string} day
 * @returns {{pending: string[], done: boolean}}
 */
export function pickRangeDay(pending, day) {
  if (pending.length !== 1) return { pending: [day], done: false };
  const [start] = pending;
  return { pending: start <= day ? [start, day] : [day, start], done: true };
}
