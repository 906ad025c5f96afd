// st.number_input: a native <input type="number"> with − / + buttons. Typing edits a
// draft, committed by Enter or leaving the field; a step button or an arrow key commits
// the stepped value at once. Steps start from the page's current value (the store's,
// updated synchronously by each commit), so rapid presses are never lost.

import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { ClearIcon, InputError, InputIcon, InputInstructions, focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { displayNumber, parseNumber, rangeError, stepNumber } from "./number_format.js";

/** @typedef {import("../generated/elements").NumberInputProps} NumberInputProps */

/** The number the field holds now: the draft being typed, else the committed value.
 * @param {string | undefined} draft @param {unknown} committed @param {"int" | "float"} dataType @returns {number | null} */
function currentNumber(draft, committed, dataType) {
  if (draft !== undefined) {
    const parsed = parseNumber(draft, dataType);
    return parsed === null || Number.isNaN(parsed) ? null : parsed;
  }
  return typeof committed === "number" ? committed : null;
}

/** @param {number | null} value @param {NumberInputProps} props @param {1 | -1} direction */
function canStep(value, props, direction) {
  if (value === null || props.disabled) return false;
  const next = stepNumber(value, props.step, direction);
  return direction === 1 ? next <= props.max : next >= props.min;
}

/**
 * Commit a number (null: the field was emptied, which means the default). Refused, with
 * Streamlit's message, when it is outside the bounds.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {number | null} value
 * @returns {boolean} whether it was accepted
 */
function commitNumber(session, id, value) {
  const props = widgetProps(session, id, "number_input");
  const next = value ?? props.default ?? null;
  if (next !== null) {
    const problem = rangeError(next, props);
    if (problem) {
      inputState.update(id, { error: problem });
      return false;
    }
  }
  inputState.update(id, { draft: undefined, error: undefined });
  if (next !== session.store.widgetValue(id)) commitValue(session, id, "number_input", next);
  return true;
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
function commitDraft(session, id) {
  const draft = inputState.get(id).draft;
  if (draft === undefined) return true;
  const props = widgetProps(session, id, "number_input");
  const parsed = parseNumber(draft, props.dataType);
  if (parsed !== null && Number.isNaN(parsed)) {
    inputState.update(id, { draft: undefined, error: undefined });
    return true;
  }
  return commitNumber(session, id, parsed);
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {1 | -1} direction */
function step(session, id, direction) {
  const props = widgetProps(session, id, "number_input");
  const value = currentNumber(inputState.get(id).draft, session.store.widgetValue(id), props.dataType);
  if (!canStep(value, props, direction)) return;
  commitNumber(session, id, stepNumber(/** @type {number} */ (value), props.step, direction));
}

/** @param {{id: string, props: NumberInputProps}} p */
function NumberInput({ id, props }) {
  const committed = useWidgetValue(id);
  const ui = useInputState(id);
  const text = ui.draft ?? displayNumber(/** @type {number | null} */ (committed), props.format);
  const value = currentNumber(ui.draft, committed, props.dataType);
  const inputId = domId(id, "input");
  const errorId = domId(id, "error");
  const clearable = props.default === null && !props.disabled && !props.required && value !== null;
  return (
    <div class="stNumberInput wl-text-widget" data-testid="stNumberInput" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        htmlFor={inputId}
        disabled={props.disabled}
      />
      <div class={`stNumberInputContainer wl-input-root${ui.error ? " wl-has-error" : ""}`} data-testid="stNumberInputContainer">
        <InputIcon icon={props.icon} testId="stNumberInputIcon" />
        <input
          id={inputId}
          class="wl-input-field"
          data-testid="stNumberInputField"
          type="number"
          aria-label={props.label}
          aria-required={props.required ? "true" : undefined}
          aria-invalid={ui.error ? "true" : undefined}
          aria-describedby={ui.error ? errorId : undefined}
          step={props.step}
          min={props.min}
          max={props.max}
          value={text}
          placeholder={props.placeholder || ""}
          disabled={props.disabled}
        />
        {ui.error ? <InputError message={ui.error} id={errorId} /> : null}
        {clearable ? (
          <button
            type="button"
            class="wl-input-button"
            data-testid="stNumberInputClearButton"
            data-wl-part="clear"
            aria-label="Clear value"
            tabIndex={-1}
          >
            <ClearIcon />
          </button>
        ) : null}
        <div class="wl-number-steps">
          <button
            type="button"
            class="wl-step"
            data-testid="stNumberInputStepDown"
            data-wl-part="down"
            aria-label="Decrement"
            tabIndex={-1}
            disabled={!canStep(value, props, -1)}
          >
            <svg viewBox="0 0 8 8" width="10" height="10" aria-hidden="true">
              <path d="M0 3v2h8V3H0z" fill="currentColor" />
            </svg>
          </button>
          <button
            type="button"
            class="wl-step"
            data-testid="stNumberInputStepUp"
            data-wl-part="up"
            aria-label="Increment"
            tabIndex={-1}
            disabled={!canStep(value, props, 1)}
          >
            <svg viewBox="0 0 8 8" width="10" height="10" aria-hidden="true">
              <path d="M3 0v3H0v2h3v3h2V5h3V3H5V0H3z" fill="currentColor" />
            </svg>
          </button>
        </div>
      </div>
      <InputInstructions id={id} dirty={ui.draft !== undefined} value={text} />
    </div>
  );
}

/** @param {Event} event */
function isField(event) {
  return /** @type {HTMLElement} */ (event.target).matches?.("input.wl-input-field");
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const numberInputElements = {
  number_input: {
    component: NumberInput,
    events: {
      input(event, id) {
        if (isField(event))
          inputState.update(id, { draft: /** @type {HTMLInputElement} */ (event.target).value, error: undefined });
      },
      keydown(event, id, session) {
        if (!isField(event)) return;
        const key = /** @type {KeyboardEvent} */ (event);
        const props = widgetProps(session, id, "number_input");
        if (key.key === "ArrowUp" || key.key === "ArrowDown") {
          key.preventDefault();
          step(session, id, key.key === "ArrowUp" ? 1 : -1);
        } else if (key.key === "Enter") {
          if (commitDraft(session, id) && props.formId) session.submitOnEnter(id);
        } else if (key.key === "Escape" && props.default === null && !props.required) {
          key.preventDefault();
          commitNumber(session, id, null);
        }
      },
      focusout(event, id, session) {
        if (focusLeavesWidget(/** @type {FocusEvent} */ (event))) commitDraft(session, id);
      },
      click(event, id, session) {
        const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-part]");
        if (!button || button.hasAttribute("disabled")) return;
        const part = button.getAttribute("data-wl-part");
        if (part === "up" || part === "down") step(session, id, part === "up" ? 1 : -1);
        else if (part === "clear") commitNumber(session, id, null);
      },
    },
  },
};
