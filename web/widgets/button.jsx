// st.button: a real <button>; a click is a trigger, True for exactly one run.

import { MarkdownContainer } from "../elements/markdown.jsx";
import { WithHelp } from "../elements/help_icon.jsx";
import { DynamicIcon } from "../elements/dynamic_icon.jsx";

/**
 * @param {{kind: string, label: string, disabled: boolean, stretch?: boolean, icon?: string, iconRight?: boolean,
 *   testId: string}} p
 */
export function BaseButton({ kind, label, disabled, stretch = false, icon, iconRight = false, testId }) {
  const iconPart = icon ? (
    <span class="stButtonIcon" aria-hidden="true">
      <DynamicIcon icon={icon} />
    </span>
  ) : null;
  return (
    <button
      type="button"
      kind={kind}
      class={`stBaseButton ${kind}${stretch ? " stretch" : ""}`}
      data-testid={testId}
      disabled={disabled}
    >
      {iconRight ? null : iconPart}
      <MarkdownContainer source={label} inline />
      {iconRight ? iconPart : null}
    </button>
  );
}

/** @param {{id: string, props: import("../generated/elements").ButtonProps}} p */
function Button({ props }) {
  return (
    <div class="stButton" data-testid="stButton">
      <WithHelp help={props.help}>
        <BaseButton
          kind={props.kind}
          label={props.label}
          disabled={props.disabled}
          stretch={props.stretch}
          icon={props.icon}
          testId={`stBaseButton-${props.kind}`}
        />
      </WithHelp>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const buttonElements = {
  button: {
    component: Button,
    events: {
      click(event, id, session) {
        const button = /** @type {HTMLElement} */ (event.target).closest("button");
        if (button && !button.hasAttribute("disabled")) session.trigger(id);
      },
    },
  },
};
