// st.checkbox and st.toggle: a native checkbox (a switch for the toggle) inside its
// label, so the label is the accessible name and a click anywhere on it toggles.

import { HelpIcon } from "../elements/help_icon.jsx";
import { MarkdownContainer } from "../elements/markdown.jsx";
import { useWidgetValue } from "../render/context.js";
import { commitValue } from "./choice_common.js";
import { widthStyle } from "./input_parts.jsx";
import "../styles/choice_widgets.css";

const CHECK_MARK = (
  <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    <path
      d="M3.5 8.5l3 3 6-7"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    />
  </svg>
);

/** @param {{id: string, props: import("../generated/elements").CheckboxProps | import("../generated/elements").ToggleProps, isToggle: boolean}} p */
function BooleanWidget({ id, props, isToggle }) {
  const checked = Boolean(useWidgetValue(id));
  const visibility = props.labelVisibility || "visible";
  const disabled = Boolean(props.disabled);
  return (
    <div
      class={`stCheckbox${checked ? " checked" : ""}${disabled ? " disabled" : ""}`}
      data-testid="stCheckbox"
      style={widthStyle(props)}
    >
      <label class={`wl-check-label${isToggle ? " wl-toggle" : ""}`}>
        <input
          type="checkbox"
          class="wl-overlay-input"
          role={isToggle ? "switch" : undefined}
          checked={checked}
          disabled={disabled}
        />
        {isToggle ? (
          <span class="wl-toggle-track" aria-hidden="true">
            <span class="wl-toggle-knob" />
          </span>
        ) : (
          <span class="wl-checkbox-box" aria-hidden="true">
            {checked ? CHECK_MARK : null}
          </span>
        )}
        <span
          class={`stWidgetLabel wl-check-text${visibility === "collapsed" ? " wl-visually-hidden" : ""}`}
          data-testid="stWidgetLabel"
          style={visibility === "hidden" ? { visibility: "hidden" } : undefined}
        >
          <MarkdownContainer source={props.label} inline />
        </span>
      </label>
      {props.help && visibility !== "collapsed" ? <HelpIcon text={props.help} /> : null}
    </div>
  );
}

/** @param {"checkbox" | "toggle"} type */
function booleanEvents(type) {
  return {
    /** @type {import("../render/registry.js").EventHandler} */
    change(event, id, session) {
      const input = /** @type {HTMLInputElement} */ (event.target);
      if (input.type === "checkbox") commitValue(session, id, type, input.checked);
    },
  };
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const checkboxElements = {
  checkbox: {
    component: ({ id, props }) => <BooleanWidget id={id} props={props} isToggle={false} />,
    events: booleanEvents("checkbox"),
  },
  toggle: {
    component: ({ id, props }) => <BooleanWidget id={id} props={props} isToggle={true} />,
    events: booleanEvents("toggle"),
  },
};
