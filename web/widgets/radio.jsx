// st.radio: native radio buttons sharing one name, so arrow keys move the choice as in
// any radio group; the group is labelled by the widget label.

import { MarkdownContainer } from "../elements/markdown.jsx";
import { useWidgetValue } from "../render/context.js";
import { commitValue, widgetProps } from "./choice_common.js";
import { widthStyle } from "./input_parts.jsx";
import { WidgetLabel, domId } from "./label.jsx";
import "../styles/choice_widgets.css";

/** @param {{id: string, props: import("../generated/elements").RadioProps}} p */
function Radio({ id, props }) {
  const value = useWidgetValue(id);
  /** @type {string[]} */
  const options = props.options || [];
  /** @type {string[]} */
  const captions = props.captions || [];
  const selected = value === null || value === undefined ? -1 : options.indexOf(/** @type {string} */ (value));
  const labelId = domId(id, "label");
  const name = domId(id, "radio");
  const disabled = Boolean(props.disabled);
  return (
    <div class={`stRadio${disabled ? " disabled" : ""}`} data-testid="stRadio" style={widthStyle(props)}>
      <WidgetLabel label={props.label} help={props.help} visibility={props.labelVisibility} id={labelId} disabled={disabled} />
      <div
        class={`wl-radio-group${props.horizontal ? " horizontal" : ""}${captions.some(Boolean) ? " with-captions" : ""}`}
        data-testid="stRadioGroup"
        role="radiogroup"
        aria-labelledby={labelId}
        aria-orientation={props.horizontal ? "horizontal" : "vertical"}
      >
        {options.map((option, index) => {
          const captionId = captions[index] ? domId(id, `caption${index}`) : undefined;
          return (
            <div class="wl-radio-item" key={index}>
              <label class={`wl-radio-option${index === selected ? " checked" : ""}`} data-testid="stRadioOption">
                <input
                  type="radio"
                  class="wl-overlay-input"
                  name={name}
                  value={String(index)}
                  checked={index === selected}
                  disabled={disabled}
                  aria-describedby={captionId}
                />
                <span class="wl-radio-dot" aria-hidden="true" />
                <MarkdownContainer source={option} inline />
              </label>
              {captionId ? (
                <div class="wl-radio-caption" id={captionId} data-testid="stRadioCaption">
                  <MarkdownContainer source={captions[index]} inline class="stCaptionContainer" testId="stCaptionContainer" />
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const radioElements = {
  radio: {
    component: Radio,
    events: {
      change(event, id, session) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.type !== "radio" || !input.checked) return;
        const options = widgetProps(session, id, "radio").options || [];
        const option = options[Number(input.value)];
        if (option !== undefined) commitValue(session, id, "radio", option);
      },
    },
  },
};
