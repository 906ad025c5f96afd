// st.time_input: hour : minute (: second) (AM/PM) segments. Arrow keys commit the new
// time at once, snapped to the step as Streamlit does; typed digits commit on Enter or
// when focus leaves the widget.

import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { ClearIcon, widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { SegmentedField, editSegment, leavesSegments } from "./segmented_field.jsx";
import { isComplete, stepTime, timeOrder, timePartsToWire, wireToTimeParts } from "./segments.js";

/** @typedef {import("./segments.js").Parts} Parts */
/** @typedef {import("../generated/elements").TimeInputProps} TimeInputProps */

/** 12-hour display: asked for, or the visitor's locale prefers it ("localized"). @param {string} format */
export function usesTwelveHours(format) {
  if (format === "12h") return true;
  if (format !== "localized") return false;
  const cycle = new Intl.DateTimeFormat(undefined, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12";
}

/** @param {Pick<TimeInputProps, "step" | "format">} props */
function orderOf(props) {
  return timeOrder(props.step % 60 !== 0, usesTwelveHours(props.format));
}

/** @param {import("./input_state.js").InputUiState} ui @param {unknown} committed @returns {Parts} */
function shownParts(ui, committed) {
  return ui.editing || wireToTimeParts(/** @type {string | null} */ (committed)) || {};
}

/** @param {{id: string, props: TimeInputProps}} p */
function TimeInput({ id, props }) {
  const committed = useWidgetValue(id);
  const ui = useInputState(id);
  const labelId = domId(id, "label");
  const clearable = props.default === null && !props.disabled && !props.required && committed !== null && committed !== undefined;
  return (
    <div class="stTimeInput" data-testid="stTimeInput" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        id={labelId}
        disabled={props.disabled}
      />
      <div
        class="stTimeInputTimeDisplay wl-input-root wl-date-field"
        data-testid="stTimeInputTimeDisplay"
        data-disabled={props.disabled ? "true" : undefined}
      >
        <div class="wl-date-segments">
          <SegmentedField
            group="time"
            order={orderOf(props)}
            separator=":"
            parts={shownParts(ui, committed)}
            label={props.label}
            twelveHour={usesTwelveHours(props.format)}
            disabled={props.disabled}
          />
        </div>
        {clearable ? (
          <button
            type="button"
            class="wl-input-button"
            data-testid="stTimeInputClearButton"
            data-wl-part="clear"
            aria-label="Clear time"
            tabIndex={-1}
          >
            <ClearIcon />
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {string | null} wire */
function commitTime(session, id, wire) {
  inputState.update(id, { editing: undefined, typed: undefined });
  if (wire !== session.store.widgetValue(id)) commitValue(session, id, "time_input", wire);
}

/** Commit typed segments if they make a whole time; an emptied field clears when it may. */
function commitTyped(/** @type {import("../session.js").SessionClient} */ session, /** @type {string} */ id) {
  const editing = inputState.get(id).editing;
  if (!editing) return;
  const props = widgetProps(session, id, "time_input");
  const order = orderOf(props);
  if (isComplete(editing, order)) return commitTime(session, id, timePartsToWire(editing, props.step % 60 !== 0));
  const empty = order.every((type) => type === "dayPeriod" || editing[type] === null || editing[type] === undefined);
  if (empty && props.default === null && !props.required) return commitTime(session, id, null);
  inputState.update(id, { editing: undefined, typed: undefined });
}

/** Now, as parts: where an empty field starts when an arrow key is pressed. @returns {Parts} */
function nowParts() {
  const now = new Date();
  return { hour: now.getHours(), minute: now.getMinutes(), second: 0 };
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const timeInputElements = {
  time_input: {
    component: TimeInput,
    events: {
      keydown(event, id, session) {
        const key = /** @type {KeyboardEvent} */ (event);
        const target = /** @type {HTMLElement} */ (event.target);
        const props = widgetProps(session, id, "time_input");
        if (!target.hasAttribute("data-wl-segment") || props.disabled) return;
        if (key.key === "Enter") return commitTyped(session, id);
        const ui = inputState.get(id);
        const segmentKey = /** @type {string} */ (target.getAttribute("data-wl-segment"));
        const parts = shownParts(ui, session.store.widgetValue(id));
        const typed = ui.typed && ui.typed.segment === segmentKey ? ui.typed.buffer : "";
        const edit = editSegment(key, parts, {
          start: nowParts(),
          typed,
          twelveHour: usesTwelveHours(props.format),
          arrowStep: (current, type, direction) =>
            isComplete(current, ["hour", "minute"]) ? stepTime(current, type, direction, props.step) : null,
        });
        if (!edit) return;
        const order = orderOf(props);
        if (edit.byArrow && isComplete(edit.parts, order)) {
          return commitTime(session, id, timePartsToWire(edit.parts, props.step % 60 !== 0));
        }
        inputState.update(id, { editing: edit.parts, typed: { segment: segmentKey, buffer: edit.typed } });
      },
      focusout(event, id, session) {
        if (leavesSegments(/** @type {FocusEvent} */ (event))) commitTyped(session, id);
      },
      click(event, id, session) {
        const part = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-part]");
        if (part?.getAttribute("data-wl-part") === "clear") commitTime(session, id, null);
      },
    },
  },
};
