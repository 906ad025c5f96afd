// st.datetime_input (stDateTimeInput): date segments in the chosen format, then hour and
// minute, in one field with a calendar. Typed edits commit on Enter or when focus leaves
// the segments; a day picked in the calendar commits at once with the field's time.

import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { ClearIcon, focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { SegmentedField, editSegment, leavesSegments } from "./segmented_field.jsx";
import {
  dateLayout,
  datePartsToIso,
  isComplete,
  isoToDateParts,
  stepTime,
  timePartsToWire,
  wireToTimeParts,
} from "./segments.js";
import { clampIso, todayIso } from "./date_values.js";
import { DateCalendar, movedDay } from "./date_calendar.jsx";

/** @typedef {import("./segments.js").Parts} Parts */
/** @typedef {import("../generated/elements").DatetimeInputProps} DatetimeInputProps */
/** @typedef {import("../session.js").SessionClient} SessionClient */

const TIME_ORDER = /** @type {import("./segments.js").SegmentType[]} */ (["hour", "minute"]);

/** The committed "YYYY-MM-DDTHH:MM", or "". @param {unknown} value */
function committedOf(value) {
  return Array.isArray(value) && typeof value[0] === "string" ? value[0] : "";
}

/** The parts each group shows: being edited, else committed. @param {import("./input_state.js").InputUiState} ui @param {string} committed */
function shownParts(ui, committed) {
  return {
    date: ui.editingGroups?.date || isoToDateParts(committed.slice(0, 10)) || {},
    time: ui.editingGroups?.time || wireToTimeParts(committed.slice(11, 16)) || {},
  };
}

/** The calendar's bounds: the dates of the datetime bounds. @param {DatetimeInputProps} props */
function calendarBounds(props) {
  return { isRange: false, min: props.min.slice(0, 10), max: props.max.slice(0, 10) };
}

/** @param {{id: string, props: DatetimeInputProps}} p */
function DateTimeInput({ id, props }) {
  const committed = committedOf(useWidgetValue(id));
  const ui = useInputState(id);
  const { order, separator } = dateLayout(props.format);
  const parts = shownParts(ui, committed);
  const clearable = !props.default.length && !props.disabled && !props.required && committed !== "";
  return (
    <div class="stDateTimeInput" data-testid="stDateTimeInput" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        id={domId(id, "label")}
        disabled={props.disabled}
      />
      <div class="wl-date-anchor">
        <div
          class="stDateTimeInputField wl-input-root wl-date-field"
          data-testid="stDateTimeInputField"
          aria-keyshortcuts="Alt+ArrowDown"
          aria-required={props.required ? "true" : undefined}
        >
          <div class="wl-date-segments">
            <SegmentedField
              group="date"
              order={order}
              separator={separator}
              parts={parts.date}
              label={`${props.label} date`}
              disabled={props.disabled}
            />
            <span class="wl-datetime-gap" aria-hidden="true" />
            <SegmentedField
              group="time"
              order={TIME_ORDER}
              separator=":"
              parts={parts.time}
              label={`${props.label} time`}
              disabled={props.disabled}
            />
          </div>
          {clearable ? (
            <button
              type="button"
              class="wl-input-button"
              data-testid="stDateTimeInputClearButton"
              data-wl-part="clear"
              aria-label="Clear date and time"
              tabIndex={-1}
            >
              <ClearIcon />
            </button>
          ) : null}
          <button
            type="button"
            class="wl-input-button"
            data-testid="stDateTimeInputCalendarButton"
            data-wl-part="calendar"
            aria-label="Choose date and time"
            aria-haspopup="dialog"
            aria-expanded={ui.open ? "true" : "false"}
            disabled={props.disabled}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" stroke-width="1.6" />
              <path d="M3.5 10h17M8 3v4M16 3v4" stroke="currentColor" stroke-width="1.6" />
            </svg>
          </button>
        </div>
        {ui.open && ui.focusDay ? (
          <div class="stDateTimeInputCalendar" data-testid="stDateTimeInputCalendar">
            <DateCalendar
              props={calendarBounds(props)}
              focusDay={ui.focusDay}
              selected={committed ? [committed.slice(0, 10)] : []}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** @param {SessionClient} session @param {string} id @param {string} text "YYYY-MM-DDTHH:MM" or "" */
function commitDateTime(session, id, text) {
  inputState.update(id, { editingGroups: undefined, typed: undefined });
  if (text !== committedOf(session.store.widgetValue(id))) commitValue(session, id, "datetime_input", text ? [text] : []);
}

/** Commit typed segments when they make a datetime in bounds; otherwise show the committed value again.
 * @param {SessionClient} session @param {string} id */
function commitTyped(session, id) {
  const ui = inputState.get(id);
  if (!ui.editingGroups) return;
  const props = widgetProps(session, id, "datetime_input");
  const parts = shownParts(ui, committedOf(session.store.widgetValue(id)));
  const { order } = dateLayout(props.format);
  const emptyDate = order.every((type) => parts.date[type] === null || parts.date[type] === undefined);
  const emptyTime = TIME_ORDER.every((type) => parts.time[type] === null || parts.time[type] === undefined);
  if (emptyDate && emptyTime && !props.default.length && !props.required) return commitDateTime(session, id, "");
  if (isComplete(parts.date, order) && isComplete(parts.time, TIME_ORDER)) {
    const text = `${datePartsToIso(parts.date)}T${timePartsToWire(parts.time, false)}`;
    if (text >= props.min && text <= props.max && !Number.isNaN(Date.parse(`${text}:00Z`)))
      return commitDateTime(session, id, text);
  }
  inputState.update(id, { editingGroups: undefined, typed: undefined });
}

/** @param {SessionClient} session @param {string} id @param {string} day @param {HTMLElement} from */
function pickDay(session, id, day, from) {
  const committed = committedOf(session.store.widgetValue(id));
  const props = widgetProps(session, id, "datetime_input");
  let text = `${day}T${committed ? committed.slice(11, 16) : "00:00"}`;
  if (text < props.min) text = props.min;
  if (text > props.max) text = props.max;
  commitDateTime(session, id, text);
  closeCalendar(id, from);
}

/** @param {string} id @param {HTMLElement | null} from */
function closeCalendar(id, from) {
  inputState.update(id, { open: false });
  from
    ?.closest("[data-widget-id]")
    ?.querySelector(/** @type {"button"} */ ('[data-testid="stDateTimeInputCalendarButton"]'))
    ?.focus();
}

/** @param {KeyboardEvent} event @param {string} id @param {SessionClient} session */
function onSegmentKey(event, id, session) {
  const target = /** @type {HTMLElement} */ (event.target);
  if (event.key === "Enter") return commitTyped(session, id);
  const props = widgetProps(session, id, "datetime_input");
  if (event.key === "ArrowDown" && event.altKey) {
    event.preventDefault();
    const committed = committedOf(session.store.widgetValue(id));
    const { min, max } = calendarBounds(props);
    return inputState.update(id, { open: true, focusDay: clampIso(committed.slice(0, 10) || todayIso(), min, max) });
  }
  const group = target.getAttribute("data-wl-group") === "time" ? "time" : "date";
  const segmentKey = `${group}:${target.getAttribute("data-wl-segment")}`;
  const ui = inputState.get(id);
  const parts = shownParts(ui, committedOf(session.store.widgetValue(id)));
  const now = new Date();
  const start = group === "date" ? isoToDateParts(todayIso()) || {} : { hour: now.getHours(), minute: 0 };
  const typed = ui.typed && ui.typed.segment === segmentKey ? ui.typed.buffer : "";
  const edit = editSegment(event, parts[group], {
    start,
    typed,
    arrowStep: (current, type, direction) =>
      group === "time" && isComplete(current, TIME_ORDER) ? stepTime(current, type, direction, props.step) : null,
  });
  if (edit)
    inputState.update(id, {
      editingGroups: { ...parts, ...(ui.editingGroups || {}), [group]: edit.parts },
      typed: { segment: segmentKey, buffer: edit.typed },
    });
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const datetimeInputElements = {
  datetime_input: {
    component: DateTimeInput,
    events: {
      click(event, id, session) {
        const target = /** @type {HTMLElement} */ (event.target);
        const day = target.closest("[data-wl-day]");
        if (day && !day.hasAttribute("disabled"))
          return pickDay(session, id, /** @type {string} */ (day.getAttribute("data-wl-day")), /** @type {HTMLElement} */ (day));
        const part = target.closest("button[data-wl-part]");
        if (!part || part.hasAttribute("disabled")) return;
        const name = part.getAttribute("data-wl-part");
        const ui = inputState.get(id);
        const props = widgetProps(session, id, "datetime_input");
        const { min, max } = calendarBounds(props);
        if (name === "calendar") {
          if (ui.open) return closeCalendar(id, null);
          const committed = committedOf(session.store.widgetValue(id));
          inputState.update(id, { open: true, focusDay: clampIso(committed.slice(0, 10) || todayIso(), min, max) });
        } else if ((name === "previous-month" || name === "next-month") && ui.focusDay) {
          const moved = movedDay(name === "next-month" ? "PageDown" : "PageUp", ui.focusDay, min, max);
          if (moved) inputState.update(id, { focusDay: moved });
        } else if (name === "clear") commitDateTime(session, id, "");
      },
      keydown(event, id, session) {
        const key = /** @type {KeyboardEvent} */ (event);
        const target = /** @type {HTMLElement} */ (event.target);
        const props = widgetProps(session, id, "datetime_input");
        if (props.disabled) return;
        if (key.key === "Escape" && inputState.get(id).open) {
          key.preventDefault();
          return closeCalendar(id, target);
        }
        if (target.hasAttribute("data-wl-segment")) return onSegmentKey(key, id, session);
        const day = inputState.get(id).focusDay;
        if (!target.hasAttribute("data-wl-day") || !day) return;
        const { min, max } = calendarBounds(props);
        const next = movedDay(key.key, day, min, max);
        if (next) {
          key.preventDefault();
          inputState.update(id, { focusDay: next });
        }
      },
      focusout(event, id, session) {
        if (leavesSegments(/** @type {FocusEvent} */ (event))) commitTyped(session, id);
        if (focusLeavesWidget(/** @type {FocusEvent} */ (event))) inputState.update(id, { open: false });
      },
    },
  },
};
