// st.pills and st.segmented_control (stButtonGroup): a row of toggle buttons. In single
// mode the row is a radiogroup of role="radio" buttons, in multi mode a toolbar of
// aria-pressed buttons, as Streamlit's react-aria group renders them. One button is in
// the tab order; arrow keys move between buttons, Space or Enter toggles.

import { Icon } from "../elements/collapsibles.jsx";
import { MarkdownContainer } from "../elements/markdown.jsx";
import { useWidgetValue } from "../render/context.js";
import { commitValue, widgetProps } from "./choice_common.js";
import { widthStyle } from "./input_parts.jsx";
import { WidgetLabel, domId } from "./label.jsx";
import { updateTransientState, useTransientState } from "./transient.js";
import "../styles/button_group.css";

/** @typedef {import("../generated/elements").PillsProps} PillsProps */
/** @typedef {"pills" | "segmented_control"} GroupType */

/** The selected option texts. @param {unknown} value @returns {string[]} */
function selectionOf(value) {
  return Array.isArray(value) ? value.filter((text) => typeof text === "string") : [];
}

/** @param {{id: string, props: PillsProps, type: GroupType}} p */
function ButtonGroup({ id, props, type }) {
  const selected = selectionOf(useWidgetValue(id));
  const single = props.selectionMode === "single";
  const disabled = Boolean(props.disabled);
  const labelId = domId(id, "label");
  // The button in the tab order: the one arrow keys last reached, else the first selected.
  const { highlight } = useTransientState(id);
  const firstSelected = props.options.findIndex((option) => selected.includes(option.value));
  const tabStop = highlight ?? Math.max(firstSelected, 0);
  return (
    <div
      class={`stButtonGroup wl-button-group wl-${type}${props.stretch ? " stretch" : ""}`}
      data-testid="stButtonGroup"
      style={widthStyle(props)}
    >
      <WidgetLabel label={props.label} help={props.help} visibility={props.labelVisibility} id={labelId} disabled={disabled} />
      <div
        class={`wl-button-group-options${props.wrap === false ? " nowrap" : ""}`}
        role={single ? "radiogroup" : "toolbar"}
        aria-label={props.label || undefined}
        aria-required={props.required ? "true" : undefined}
        aria-disabled={disabled ? "true" : undefined}
      >
        {props.options.map((option, index) => {
          const isSelected = selected.includes(option.value);
          return (
            <button
              key={`${option.value}-${index}`}
              type="button"
              class="wl-group-button"
              data-variant={type}
              data-wl-option={String(index)}
              data-selected={isSelected ? "true" : undefined}
              role={single ? "radio" : undefined}
              aria-checked={single ? isSelected : undefined}
              aria-pressed={single ? undefined : isSelected}
              disabled={disabled}
              tabIndex={index === tabStop ? 0 : -1}
            >
              <Icon icon={option.icon} />
              {option.label ? <MarkdownContainer source={option.label} inline /> : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}

/**
 * The selection after a click on one option: Streamlit's toggle rules.
 * @param {string[]} selected @param {string} text @param {{single: boolean, required: boolean}} mode
 * @returns {string[] | null} null when nothing changes
 */
export function toggledSelection(selected, text, { single, required }) {
  const isSelected = selected.includes(text);
  if (single) {
    if (isSelected) return required ? null : [];
    return [text];
  }
  return isSelected ? selected.filter((item) => item !== text) : [...selected, text];
}

/** @param {GroupType} type @returns {import("../render/registry.js").ElementKind<GroupType>["events"]} */
function groupEvents(type) {
  return {
    click(event, id, session) {
      const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-option]");
      if (!button || button.hasAttribute("disabled")) return;
      const props = widgetProps(session, id, type);
      const index = Number(button.getAttribute("data-wl-option"));
      const option = props.options[index];
      if (!option) return;
      updateTransientState(id, { highlight: index });
      const mode = { single: props.selectionMode === "single", required: Boolean(props.required) };
      const next = toggledSelection(selectionOf(session.store.widgetValue(id)), option.value, mode);
      if (next) commitValue(session, id, type, next);
    },
    keydown(event, id, session) {
      const key = /** @type {KeyboardEvent} */ (event).key;
      const step = key === "ArrowRight" || key === "ArrowDown" ? 1 : key === "ArrowLeft" || key === "ArrowUp" ? -1 : 0;
      const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-option]");
      if (!step || !button || widgetProps(session, id, type).disabled) return;
      const index = Number(button.getAttribute("data-wl-option")) + step;
      const next = button.parentElement?.querySelector(`[data-wl-option="${index}"]`);
      if (!(next instanceof HTMLElement)) return;
      event.preventDefault();
      updateTransientState(id, { highlight: index });
      next.focus();
    },
  };
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const buttonGroupElements = {
  pills: {
    component: ({ id, props }) => <ButtonGroup id={id} props={props} type="pills" />,
    events: groupEvents("pills"),
  },
  segmented_control: {
    component: ({ id, props }) => <ButtonGroup id={id} props={props} type="segmented_control" />,
    events: groupEvents("segmented_control"),
  },
};
