// st.text_input: a native <input>. Typing only edits a draft; Enter or leaving the field
// commits it (or, with `live`, a pause in typing). Inside a form, Enter also asks the
// form to submit.

import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { ClearIcon, InputError, InputIcon, InputInstructions, focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";

/** @type {Map<string, ReturnType<typeof setTimeout>>} */
const liveTimers = new Map();

/**
 * The validation message for text that does not match `validate`, or null.
 * @param {Pick<import("../generated/elements").TextInputProps, "validateRegex" | "validateMessage">} props @param {string} text
 */
export function validationError(props, text) {
  if (!props.validateRegex || text === "") return null;
  let pattern;
  try {
    pattern = new RegExp(props.validateRegex, "us");
  } catch (error) {
    return `Invalid validate regex: ${props.validateRegex}. Error: ${String(error)}`;
  }
  if (pattern.test(text)) return null;
  return props.validateMessage || `Invalid input. Must match pattern: ${pattern.toString()}`;
}

/**
 * Commit a text field's draft, if it has one that passes validation. Shared with st.text_area.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {"text_input" | "text_area"} type
 * @returns {boolean} whether nothing is left uncommitted
 */
export function commitTextDraft(session, id, type) {
  const timer = liveTimers.get(id);
  if (timer) clearTimeout(timer);
  liveTimers.delete(id);
  const draft = inputState.get(id).draft;
  if (draft === undefined) return true;
  const props = widgetProps(session, id, type);
  const problem = "validateRegex" in props ? validationError(props, draft) : null;
  if (problem) {
    inputState.update(id, { error: problem });
    return false;
  }
  inputState.update(id, { draft: undefined, error: undefined });
  if (draft !== session.store.widgetValue(id)) commitValue(session, id, type, draft);
  return true;
}

/** @param {{id: string, props: import("../generated/elements").TextInputProps}} p */
function TextInput({ id, props }) {
  const committed = /** @type {string | null | undefined} */ (useWidgetValue(id));
  const ui = useInputState(id);
  const text = ui.draft ?? committed ?? "";
  const inputId = domId(id, "input");
  const errorId = domId(id, "error");
  const password = props.inputType === "password";
  const clearable = props.inputType === "search" && !props.disabled && !props.required && text !== "";
  return (
    <div class="stTextInput wl-text-widget" data-testid="stTextInput" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        htmlFor={inputId}
        disabled={props.disabled}
      />
      <div class={`stTextInputRootElement wl-input-root${ui.error ? " wl-has-error" : ""}`} data-testid="stTextInputRootElement">
        <InputIcon icon={props.icon} testId="stTextInputIcon" />
        <input
          id={inputId}
          class="wl-input-field"
          data-testid="stTextInputField"
          type={password && ui.revealed ? "text" : props.inputType || "text"}
          aria-label={props.label}
          aria-required={props.required ? "true" : undefined}
          aria-invalid={ui.error ? "true" : undefined}
          aria-describedby={ui.error ? errorId : undefined}
          value={text}
          placeholder={props.placeholder || ""}
          maxLength={props.maxChars ?? undefined}
          autoComplete={props.autocomplete}
          disabled={props.disabled}
        />
        {ui.error ? <InputError message={ui.error} id={errorId} /> : null}
        {clearable ? (
          <button
            type="button"
            class="wl-input-button"
            data-testid="stTextInputClearButton"
            data-wl-part="clear"
            aria-label="Clear entry"
            tabIndex={-1}
          >
            <ClearIcon />
          </button>
        ) : null}
        {password ? (
          <button
            type="button"
            class="wl-input-button"
            data-wl-part="reveal"
            aria-label={ui.revealed ? "Hide password" : "Show password"}
            aria-pressed={ui.revealed ? "true" : "false"}
            disabled={props.disabled}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                d="M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z"
                fill="none"
                stroke="currentColor"
                stroke-width="1.8"
              />
              <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="1.8" />
              {ui.revealed ? <path d="M3 3l18 18" stroke="currentColor" stroke-width="1.8" /> : null}
            </svg>
          </button>
        ) : null}
      </div>
      <InputInstructions
        id={id}
        dirty={ui.draft !== undefined && ui.draft !== committed && !props.liveDebounceMs}
        value={text}
        maxLength={props.maxChars}
      />
    </div>
  );
}

/** @param {Event} event */
function isField(event) {
  return /** @type {HTMLElement} */ (event.target).matches?.("input.wl-input-field");
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const textInputElements = {
  text_input: {
    component: TextInput,
    events: {
      input(event, id, session) {
        if (!isField(event)) return;
        inputState.update(id, { draft: /** @type {HTMLInputElement} */ (event.target).value, error: undefined });
        const props = widgetProps(session, id, "text_input");
        if (typeof props.liveDebounceMs === "number" && !props.formId) {
          const timer = liveTimers.get(id);
          if (timer) clearTimeout(timer);
          liveTimers.set(
            id,
            setTimeout(() => commitTextDraft(session, id, "text_input"), props.liveDebounceMs),
          );
        }
      },
      keydown(event, id, session) {
        const key = /** @type {KeyboardEvent} */ (event);
        if (!isField(event) || key.key !== "Enter" || key.isComposing) return;
        if (commitTextDraft(session, id, "text_input") && widgetProps(session, id, "text_input").formId)
          session.submitOnEnter(id);
      },
      focusout(event, id, session) {
        // From the field or its buttons: what counts is focus leaving the whole widget.
        if (focusLeavesWidget(/** @type {FocusEvent} */ (event))) commitTextDraft(session, id, "text_input");
      },
      click(event, id, session) {
        const part = /** @type {HTMLElement} */ (event.target).closest("[data-wl-part]")?.getAttribute("data-wl-part");
        if (part === "reveal") inputState.update(id, { revealed: !inputState.get(id).revealed });
        if (part === "clear") {
          inputState.update(id, { draft: "" });
          commitTextDraft(session, id, "text_input");
        }
      },
    },
  },
};
