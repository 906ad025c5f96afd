// The calendar of st.date_input (stDateInputCalendar): a month grid of day buttons.
// Arrow keys move by day and week, Page Up/Down by month, Home/End to the week's ends,
// Enter or a click picks, Escape closes. Keys are handled in date_input.jsx.

import { useLayoutEffect, useRef } from "preact/hooks";
import { addDays, addMonths, clampIso, longDateName, monthGrid, monthOf, monthTitle } from "./date_values.js";

const WEEKDAY_LETTERS = ["S", "M", "T", "W", "T", "F", "S"];

/**
 * Where a key moves the calendar's focused day, or null for other keys.
 * @param {string} key @param {string} day @param {string} min @param {string} max
 */
export function movedDay(key, day, min, max) {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  /** @type {Record<string, () => string>} */
  const moves = {
    ArrowLeft: () => addDays(day, -1),
    ArrowRight: () => addDays(day, 1),
    ArrowUp: () => addDays(day, -7),
    ArrowDown: () => addDays(day, 7),
    PageUp: () => addMonths(day, -1),
    PageDown: () => addMonths(day, 1),
    Home: () => addDays(day, -weekday),
    End: () => addDays(day, 6 - weekday),
  };
  const move = moves[key];
  return move ? clampIso(move(), min, max) : null;
}

/**
 * @param {{props: Pick<import("../generated/elements").DateInputProps, "isRange" | "min" | "max">, focusDay: string, selected: string[]}} p
 */
export function DateCalendar({ props, focusDay, selected }) {
  const container = useRef(/** @type {HTMLDivElement | null} */ (null));
  const month = monthOf(focusDay);
  // Layout effect: focus must follow before the next key arrives.
  useLayoutEffect(() => {
    const button = container.current?.querySelector(`[data-wl-day="${focusDay}"]`);
    if (button instanceof HTMLElement) button.focus();
  }, [focusDay]);
  const [first, last] = selected.length ? [selected[0], selected[selected.length - 1]] : ["", ""];
  const title = monthTitle(month);
  const dialogLabel = props.isRange ? "Choose date range" : "Choose date";
  return (
    <div
      class="stDateInputCalendar wl-calendar"
      data-testid="stDateInputCalendar"
      role="dialog"
      aria-label={dialogLabel}
      ref={container}
    >
      <div class="wl-calendar-header">
        <button
          type="button"
          class="wl-calendar-nav"
          data-wl-part="previous-month"
          aria-label="Previous month"
          disabled={`${month}-01` <= props.min}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M19 12H5M11 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
        <div class="wl-calendar-title" aria-live="polite">
          {title}
        </div>
        <button
          type="button"
          class="wl-calendar-nav"
          data-wl-part="next-month"
          aria-label="Next month"
          disabled={addMonths(`${month}-01`, 1) > props.max}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M5 12h14M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
      </div>
      <table class="wl-calendar-grid" role="grid" aria-label={`${dialogLabel}, ${title}`}>
        <thead aria-hidden="true">
          <tr>
            {WEEKDAY_LETTERS.map((letter, index) => (
              <th key={index}>{letter}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const isSelected = day === first || day === last;
                const inRange = Boolean(first && last && day > first && day < last);
                const unavailable = day < props.min || day > props.max;
                return (
                  <td key={day} role="gridcell" aria-selected={isSelected ? "true" : "false"}>
                    <button
                      type="button"
                      class={`wl-calendar-day${isSelected ? " wl-selected" : ""}${inRange ? " wl-in-range" : ""}${monthOf(day) !== month ? " wl-outside" : ""}`}
                      data-wl-day={day}
                      tabIndex={day === focusDay ? 0 : -1}
                      aria-label={longDateName(day)}
                      disabled={unavailable}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
