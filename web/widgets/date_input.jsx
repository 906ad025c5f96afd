// st.date_input: the date (or a start and end date) as segments in the chosen format,
// and a calendar. Typed edits commit on Enter or when focus leaves the widget; a day
// picked in the calendar commits at once (a range after its second day).

import { Fragment } from "preact";
import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { ClearIcon, focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { SegmentedField, editSegment, leavesSegments } from "./segmented_field.jsx";
import { dateLayout, datePartsToIso, isComplete, isoToDateParts } from "./segments.js";
import { clampIso, isIsoDate, pickRangeDay, todayIso } from "./date_values.js";
import { DateCalendar, movedDay } from "./date_calendar.jsx";

/** @typedef {import("./segments.js").Parts} Parts */
/** @typedef {import("../generated/elements").DateInputProps} DateInputProps */

/** @param {Pick<DateInputProps, "isRange">} props */
function groupsOf(props) {
  return props.isRange ? ["start", "end"] : ["date"];
}

/** The committed dates, as ISO strings. @param {unknown} value @returns {string[]} */
function datesOf(value) {
  return Array.isArray(value) ? value.filter((day) => typeof day === "string") : [];
}

/** The parts a group shows: being edited, else committed. @param {import("./input_state.js").InputUiState} ui @param {string[]} dates @param {number} index @param {string} group @returns {Parts} */
function shownParts(ui, dates, index, group) {
  return ui.editingGroups?.[group] || isoToDateParts(dates[index]) || {};
}

/** @param {{id: string, props: DateInputProps}} p */
function DateInput({ id, props }) {
  const dates = datesOf(useWidgetValue(id));
  const ui = useInputState(id);
  const { order, separator } = dateLayout(props.format);
  const groups = groupsOf(props);
  const labelId = domId(id, "label");
  const clearable = !props.default.length && !props.disabled && !props.required && dates.length > 0;
  const groupLabel = (/** @type {string} */ group) =>
    group === "start" ? `${props.label} start date` : group === "end" ? `${props.label} end date` : props.label;
  return (
    <div class="stDateInput" data-testid="stDateInput" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        id={labelId}
        disabled={props.disabled}
      />
      <div class="wl-date-anchor">
        <div
          class="stDateInputField wl-input-root wl-date-field"
          data-testid="stDateInputField"
          aria-keyshortcuts="Alt+ArrowDown"
        >
          <div class="wl-date-segments">
            {groups.map((group, index) => (
              <Fragment key={group}>
                {index > 0 ? (
                  <span class="wl-range-dash" aria-hidden="true">
                    –
                  </span>
                ) : null}
                <SegmentedField
                  group={group}
                  order={order}
                  separator={separator}
                  parts={shownParts(ui, dates, index, group)}
                  label={groupLabel(group)}
                  disabled={props.disabled}
                />
              </Fragment>
            ))}
          </div>
          {clearable ? (
            <button
              type="button"
              class="wl-input-button"
              data-testid="stDateInputClearButton"
              data-wl-part="clear"
              aria-label="Clear date"
              tabIndex={-1}
            >
              <ClearIcon />
            </button>
          ) : null}
          <button
            type="button"
            class="wl-input-button"
            data-testid="stDateInputCalendarButton"
            data-wl-part="calendar"
            aria-label={props.isRange ? "Choose date range" : "Choose date"}
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
          <DateCalendar props={props} focusDay={ui.focusDay} selected={ui.pending?.length ? ui.pending : dates} />
        ) : null}
      </div>
    </div>
  );
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {string[]} dates */
function commitDates(session, id, dates) {
  inputState.update(id, { editingGroups: undefined, typed: undefined });
  const current = datesOf(session.store.widgetValue(id));
  if (JSON.stringify(current) !== JSON.stringify(dates)) commitValue(session, id, "date_input", dates);
}

/** Commit typed segments when they make valid dates in bounds; otherwise show the committed value again.
 * @param {import("../session.js").SessionClient} session @param {string} id */
function commitTyped(session, id) {
  const ui = inputState.get(id);
  if (!ui.editingGroups) return;
  const props = widgetProps(session, id, "date_input");
  const dates = datesOf(session.store.widgetValue(id));
  const { order } = dateLayout(props.format);
  /** @type {string[]} */
  const typed = [];
  let allEmpty = true;
  for (const [index, group] of groupsOf(props).entries()) {
    const parts = shownParts(ui, dates, index, group);
    if (order.some((type) => parts[type] !== null && parts[type] !== undefined)) allEmpty = false;
    if (!isComplete(parts, order)) continue;
    const iso = datePartsToIso(parts);
    if (!isIsoDate(iso) || iso < props.min || iso > props.max) {
      inputState.update(id, { editingGroups: undefined, typed: undefined });
      return;
    }
    typed.push(iso);
  }
  if (allEmpty && !props.default.length) commitDates(session, id, []);
  else if (typed.length && (props.isRange || typed.length === 1)) commitDates(session, id, typed.sort());
  else inputState.update(id, { editingGroups: undefined, typed: undefined });
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
function openCalendar(session, id) {
  const props = widgetProps(session, id, "date_input");
  const dates = datesOf(session.store.widgetValue(id));
  inputState.update(id, { open: true, pending: [], focusDay: clampIso(dates[0] || todayIso(), props.min, props.max) });
}

/** @param {string} id @param {HTMLElement | null} from */
function closeCalendar(id, from) {
  inputState.update(id, { open: false, pending: undefined });
  from
    ?.closest("[data-widget-id]")
    ?.querySelector(/** @type {"button"} */ (`[data-testid="stDateInputCalendarButton"]`))
    ?.focus();
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {string} day @param {HTMLElement} button */
function pickDay(session, id, day, button) {
  const props = widgetProps(session, id, "date_input");
  if (!props.isRange) {
    commitDates(session, id, [day]);
    closeCalendar(id, button);
    return;
  }
  const { pending, done } = pickRangeDay(inputState.get(id).pending || [], day);
  if (done) {
    commitDates(session, id, pending);
    closeCalendar(id, button);
  } else inputState.update(id, { pending, focusDay: day });
}

/** @param {KeyboardEvent} event @param {string} id @param {import("../session.js").SessionClient} session */
function onSegmentKey(event, id, session) {
  const target = /** @type {HTMLElement} */ (event.target);
  if (event.key === "Enter") return commitTyped(session, id);
  if (event.key === "ArrowDown" && event.altKey) {
    event.preventDefault();
    return openCalendar(session, id);
  }
  const props = widgetProps(session, id, "date_input");
  const group = /** @type {string} */ (target.getAttribute("data-wl-group"));
  const segmentKey = `${group}:${target.getAttribute("data-wl-segment")}`;
  const ui = inputState.get(id);
  const dates = datesOf(session.store.widgetValue(id));
  const parts = shownParts(ui, dates, groupsOf(props).indexOf(group), group);
  const today = isoToDateParts(todayIso()) || {};
  const typed = ui.typed && ui.typed.segment === segmentKey ? ui.typed.buffer : "";
  const edit = editSegment(event, parts, { start: today, typed });
  if (edit)
    inputState.update(id, {
      editingGroups: { ...(ui.editingGroups || {}), [group]: edit.parts },
      typed: { segment: segmentKey, buffer: edit.typed },
    });
}

/** @param {KeyboardEvent} event @param {string} id @param {import("../session.js").SessionClient} session */
function onCalendarKey(event, id, session) {
  // From the calendar's own focused day: keys can arrive before focus has followed it.
  const day = inputState.get(id).focusDay;
  if (!day) return;
  const props = widgetProps(session, id, "date_input");
  const next = movedDay(event.key, day, props.min, props.max);
  if (next) {
    event.preventDefault();
    inputState.update(id, { focusDay: next });
  }
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const dateInputElements = {
  date_input: {
    component: DateInput,
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
        if (name === "calendar") {
          if (ui.open) closeCalendar(id, null);
          else openCalendar(session, id);
        } else if ((name === "previous-month" || name === "next-month") && ui.focusDay) {
          const props = widgetProps(session, id, "date_input");
          const moved = movedDay(name === "next-month" ? "PageDown" : "PageUp", ui.focusDay, props.min, props.max);
          if (moved) inputState.update(id, { focusDay: moved });
        } else if (name === "clear") commitDates(session, id, []);
      },
      keydown(event, id, session) {
        const key = /** @type {KeyboardEvent} */ (event);
        const target = /** @type {HTMLElement} */ (event.target);
        if (widgetProps(session, id, "date_input").disabled) return;
        if (key.key === "Escape" && inputState.get(id).open) {
          key.preventDefault();
          const pending = inputState.get(id).pending || [];
          if (pending.length === 1) commitDates(session, id, pending);
          return closeCalendar(id, target);
        }
        if (target.hasAttribute("data-wl-segment")) onSegmentKey(key, id, session);
        else if (target.hasAttribute("data-wl-day")) onCalendarKey(key, id, session);
      },
      focusout(event, id, session) {
        if (leavesSegments(/** @type {FocusEvent} */ (event))) commitTyped(session, id);
        if (!focusLeavesWidget(/** @type {FocusEvent} */ (event))) return;
        const ui = inputState.get(id);
        if (ui.open) {
          const pending = ui.pending || [];
          if (pending.length === 1) commitDates(session, id, pending);
          inputState.update(id, { open: false, pending: undefined });
        }
      },
    },
  },
};
