// The label above a widget (stWidgetLabel), with Streamlit's label_visibility rules:
// "hidden" keeps the space but hides the text, "collapsed" removes both. Either way the
// text stays the control's accessible name.

import { HelpIcon } from "../elements/help_icon.jsx";
import { MarkdownContainer } from "../elements/markdown.jsx";

/**
 * @param {{label: string, help?: string, visibility?: string, htmlFor?: string, id?: string, disabled?: boolean}} props
 */
export function WidgetLabel({ label, help, visibility = "visible", htmlFor, id, disabled = false }) {
  const hidden = visibility === "hidden";
  const collapsed = visibility === "collapsed";
  return (
    <label
      class={`stWidgetLabel${collapsed ? " wl-visually-hidden" : ""}${disabled ? " disabled" : ""}`}
      data-testid="stWidgetLabel"
      for={htmlFor}
      id={id}
      style={hidden ? { visibility: "hidden" } : undefined}
    >
      <MarkdownContainer source={label} inline />
      {help && !collapsed ? <HelpIcon text={help} /> : null}
    </label>
  );
}

/** A DOM id safe to use in `for`/`aria-labelledby`, derived from a widget id. @param {string} widgetId @param {string} part */
export function domId(widgetId, part) {
  return `wl-${part}-${widgetId.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
}
