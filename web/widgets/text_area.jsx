// st.text_area: a native <textarea>. Enter makes a new line; Ctrl+Enter (⌘+Enter on a
// Mac) or leaving the field commits the draft.

import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { InputInstructions, focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { commitTextDraft } from "./text_input.jsx";

// Streamlit's smallest text area, and the room its label takes.
const MIN_HEIGHT_PX = 68;
const LABEL_HEIGHT_PX = 28;

/** @typedef {import("../generated/elements").TextAreaProps} TextAreaProps */

/** The <textarea>'s own height for the element height the script asked for. @param {TextAreaProps} props */
function areaStyle(props) {
  if (props.height === "stretch") return { height: "100%" };
  if (props.height === "content") return { fieldSizing: "content", minHeight: `${MIN_HEIGHT_PX}px` };
  const label = props.labelVisibility === "collapsed" ? 0 : LABEL_HEIGHT_PX;
  return { height: `${Math.max(MIN_HEIGHT_PX, props.height - label)}px` };
}

/** @param {{id: string, props: TextAreaProps}} p */
function TextArea({ id, props }) {
  const committed = /** @type {string | null | undefined} */ (useWidgetValue(id));
  const ui = useInputState(id);
  const text = ui.draft ?? committed ?? "";
  const fieldId = domId(id, "textarea");
  return (
    <div class="stTextArea wl-text-widget" data-testid="stTextArea" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        htmlFor={fieldId}
        disabled={props.disabled}
      />
      <div class="stTextAreaRootElement wl-input-root wl-area-root" data-testid="stTextAreaRootElement">
        <textarea
          id={fieldId}
          class="wl-area-field"
          aria-label={props.label}
          aria-required={props.required ? "true" : undefined}
          value={text}
          placeholder={props.placeholder || ""}
          maxLength={props.maxChars ?? undefined}
          disabled={props.disabled}
          style={areaStyle(props)}
        />
      </div>
      <InputInstructions
        id={id}
        dirty={ui.draft !== undefined && ui.draft !== committed}
        value={text}
        maxLength={props.maxChars}
        multiline
      />
    </div>
  );
}

/** @param {Event} event */
function isField(event) {
  return /** @type {HTMLElement} */ (event.target).matches?.("textarea.wl-area-field");
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const textAreaElements = {
  text_area: {
    component: TextArea,
    events: {
      input(event, id) {
        if (isField(event)) inputState.update(id, { draft: /** @type {HTMLTextAreaElement} */ (event.target).value });
      },
      keydown(event, id, session) {
        const key = /** @type {KeyboardEvent} */ (event);
        if (!isField(event) || key.key !== "Enter" || !(key.ctrlKey || key.metaKey) || key.isComposing) return;
        key.preventDefault();
        if (commitTextDraft(session, id, "text_area") && widgetProps(session, id, "text_area").formId) session.submitOnEnter(id);
      },
      focusout(event, id, session) {
        if (isField(event) && focusLeavesWidget(/** @type {FocusEvent} */ (event))) commitTextDraft(session, id, "text_area");
      },
    },
  },
};
