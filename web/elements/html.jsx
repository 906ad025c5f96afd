// st.html (sanitised by DOMPurify, loaded on first use; never raw HTML) and st.link_button.

import { useEffect, useState } from "preact/hooks";
import { loadSanitizer, sanitizeHtml } from "../markdown.js";
import { UNTRUSTED_MARKUP } from "../untrusted_html.js";
import { WithHelp } from "./help_icon.jsx";
import { MarkdownContainer } from "./markdown.jsx";
import { widgetProps } from "../widgets/choice_common.js";
import "../styles/display.css";
import { DynamicIcon } from "./dynamic_icon.jsx";

/** @param {{props: import("../generated/elements").HtmlProps}} p */
function Html({ props }) {
  const [, setLoaded] = useState(0);
  const html = sanitizeHtml(props.body);
  useEffect(() => {
    if (html === null) loadSanitizer().then(() => setLoaded((count) => count + 1));
  }, [html === null]);
  const classes = `stHtml${props.styleOnly ? " wl-style-only" : ""}`;
  // Until the sanitizer is loaded the element stays empty: the body is never shown unsanitised.
  // The script's markup: its events never reach the page's controls (events.js).
  const untrusted = { [UNTRUSTED_MARKUP]: "" };
  return <div class={classes} data-testid="stHtml" {...untrusted} dangerouslySetInnerHTML={{ __html: html ?? "" }} />;
}

/** @param {{props: import("../generated/elements").LinkButtonProps}} p */
function LinkButton({ props }) {
  const kind = props.kind || "secondary";
  const icon = props.icon ? (
    <span class="stButtonIcon" aria-hidden="true">
      <DynamicIcon icon={props.icon} />
    </span>
  ) : null;
  return (
    <div class="stLinkButton" data-testid="stLinkButton">
      <WithHelp help={props.help}>
        <a
          kind={kind}
          class={`stBaseButton ${kind}${props.width === "stretch" ? " stretch" : ""}`}
          data-testid={`stBaseLinkButton-${kind}`}
          href={props.disabled ? undefined : props.url}
          target="_blank"
          rel="noreferrer"
          aria-disabled={props.disabled ? "true" : undefined}
          style={typeof props.width === "number" ? { width: `${props.width}px` } : undefined}
        >
          {props.iconPosition !== "right" ? icon : null}
          <MarkdownContainer source={props.label} inline />
          {props.iconPosition === "right" ? icon : null}
        </a>
      </WithHelp>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const htmlElements = {
  html: { component: Html },
  link_button: {
    component: LinkButton,
    events: {
      // on_click="rerun" or a callback: the link opens (the browser's default) and the script reruns.
      click(event, id, session) {
        const props = widgetProps(session, id, "link_button");
        if (props.triggers && !props.disabled && /** @type {HTMLElement} */ (event.target).closest("a")) {
          session.trigger(id);
        }
      },
    },
  },
};
