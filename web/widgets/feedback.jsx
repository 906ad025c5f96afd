// st.feedback (stFeedback): thumbs, faces or stars as a radiogroup of icon buttons, as
// Streamlit draws it. Clicking the chosen icon again clears the choice; arrow keys move
// between icons (wrapping), Space or Enter chooses.

import { useWidgetValue } from "../render/context.js";
import { commitValue } from "./choice_common.js";
import { widthStyle } from "./input_parts.jsx";
import * as icons from "./feedback_icons.js";
import { updateTransientState, useTransientState } from "./transient.js";
import "../styles/button_group.css";

/** @typedef {import("../generated/elements").FeedbackProps} FeedbackProps */
/** @typedef {{value: number, path: string, selectedPath: string}} FeedbackOption */

const FACES = [icons.SAD, icons.DISSATISFIED, icons.NEUTRAL, icons.SATISFIED, icons.VERY_SATISFIED];
const FACE_NAMES = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];

/** The icons in display order (thumbs up comes first, with index 1). @param {FeedbackProps["kind"]} kind @returns {FeedbackOption[]} */
function optionsOf(kind) {
  if (kind === "faces") return FACES.map((path, value) => ({ value, path, selectedPath: path }));
  if (kind === "stars") return [0, 1, 2, 3, 4].map((value) => ({ value, path: icons.STAR, selectedPath: icons.STAR_FILLED }));
  return [
    { value: 1, path: icons.THUMB_UP, selectedPath: icons.THUMB_UP },
    { value: 0, path: icons.THUMB_DOWN, selectedPath: icons.THUMB_DOWN },
  ];
}

/** @param {FeedbackProps["kind"]} kind @param {number} value */
function optionName(kind, value) {
  if (kind === "thumbs") return value === 1 ? "Thumbs up" : "Thumbs down";
  if (kind === "faces") return FACE_NAMES[value];
  return `${value + 1} out of 5 stars`;
}

/** The chosen index, or null. @param {unknown} value */
function chosenOf(value) {
  return typeof value === "string" && value !== "" ? Number.parseInt(value, 10) : null;
}

/** @param {{id: string, props: FeedbackProps}} p */
function Feedback({ id, props }) {
  const chosen = chosenOf(useWidgetValue(id));
  const { highlight } = useTransientState(id);
  const options = optionsOf(props.kind);
  const tabStop =
    highlight ??
    Math.max(
      0,
      options.findIndex((option) => option.value === chosen),
    );
  return (
    <div class={`stFeedback wl-feedback${props.stretch ? " stretch" : ""}`} data-testid="stFeedback" style={widthStyle(props)}>
      <div class="wl-feedback-options" role="radiogroup" aria-label="Feedback rating">
        {options.map((option, index) => {
          // Stars up to the chosen one are filled; other kinds mark only the chosen icon.
          const lit = chosen !== null && (props.kind === "stars" ? option.value <= chosen : option.value === chosen);
          return (
            <button
              key={option.value}
              type="button"
              class={`wl-feedback-button${lit ? " lit" : ""}`}
              role="radio"
              aria-checked={option.value === chosen}
              aria-label={optionName(props.kind, option.value)}
              data-wl-feedback={String(option.value)}
              data-testid={lit ? "stFeedbackButtonActive" : "stFeedbackButton"}
              tabIndex={index === tabStop ? 0 : -1}
              disabled={props.disabled}
            >
              <svg viewBox="0 -960 960 960" width="24" height="24" aria-hidden="true">
                <path d={lit ? option.selectedPath : option.path} fill="currentColor" />
              </svg>
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const feedbackElements = {
  feedback: {
    component: Feedback,
    events: {
      click(event, id, session) {
        const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-feedback]");
        if (!button || button.hasAttribute("disabled")) return;
        const value = Number(button.getAttribute("data-wl-feedback"));
        const chosen = chosenOf(session.store.widgetValue(id));
        commitValue(session, id, "feedback", chosen === value ? "" : String(value));
      },
      keydown(event, id) {
        const key = /** @type {KeyboardEvent} */ (event).key;
        const step = key === "ArrowRight" || key === "ArrowDown" ? 1 : key === "ArrowLeft" || key === "ArrowUp" ? -1 : 0;
        const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-feedback]");
        const group = button?.parentElement;
        if (!step || !button || !group) return;
        event.preventDefault();
        const buttons = [...group.children];
        const index = (buttons.indexOf(button) + step + buttons.length) % buttons.length;
        updateTransientState(id, { highlight: index });
        /** @type {HTMLElement} */ (buttons[index]).focus();
      },
    },
  },
};
