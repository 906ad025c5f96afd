// st.form (a bordered container whose widgets batch their values) and
// st.form_submit_button. The batching itself lives in SessionClient (web/session.js).

import { WithHelp } from "../elements/help_icon.jsx";
import { VerticalBlock } from "../render/block.jsx";
import { BaseButton } from "./button.jsx";
import "../styles/forms.css";

/** A CSS length for a pixel width/height prop, or undefined. @param {unknown} size */
function pixels(size) {
  return typeof size === "number" ? `${size}px` : undefined;
}

/** @param {{id: string, props: import("../generated/elements").FormProps}} p */
function Form({ id, props }) {
  const fixedHeight = pixels(props.height);
  const style = { width: pixels(props.width), height: fixedHeight, overflow: fixedHeight ? "auto" : undefined };
  return (
    <div
      class={`stForm${props.border === false ? " wl-form-borderless" : ""}`}
      data-testid="stForm"
      data-form-id={props.formId}
      style={style}
    >
      <VerticalBlock id={id} />
    </div>
  );
}

/** @param {{id: string, props: import("../generated/elements").FormSubmitButtonProps}} p */
function FormSubmitButton({ props }) {
  const kind = `${props.kind}FormSubmit`;
  return (
    <div class="stFormSubmitButton" data-testid="stFormSubmitButton">
      <WithHelp help={props.help}>
        <BaseButton
          kind={kind}
          label={props.label}
          disabled={props.disabled}
          stretch={props.stretch}
          icon={props.icon}
          testId={`stBaseButton-${kind}`}
        />
      </WithHelp>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const formElements = {
  form: { component: Form },
  form_submit_button: {
    component: FormSubmitButton,
    events: {
      click(event, id, session) {
        const button = /** @type {HTMLElement} */ (event.target).closest("button");
        if (button && !button.hasAttribute("disabled")) session.trigger(id);
      },
    },
  },
};
