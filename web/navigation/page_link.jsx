// st.page_link: a link to a page of the app (handled without a reload) or to a URL.

import { MarkdownContainer } from "../elements/markdown.jsx";
import { pageAddress } from "./address.js";
import { DynamicIcon } from "../elements/dynamic_icon.jsx";

/** @param {{props: import("../generated/elements").PageLinkProps}} p */
function PageLink({ props }) {
  const external = Boolean(props.external);
  const href = external ? props.href : pageAddress(window.location.pathname, props.queryString || "", props.urlPath || "");
  const icon = props.icon ? (
    <span class="wl-nav-icon" aria-hidden="true">
      <DynamicIcon icon={String(props.icon)} />
    </span>
  ) : null;
  return (
    <div class={`stPageLink${props.stretch ? " wl-stretch" : ""}`} data-testid="stPageLink">
      <a
        class={`stPageLink-NavLink${props.disabled ? " wl-disabled" : ""}`}
        data-testid="stPageLink-NavLink"
        href={props.disabled ? undefined : href}
        aria-disabled={props.disabled ? "true" : undefined}
        title={props.help || undefined}
        target={external ? "_blank" : undefined}
        rel={external ? "noopener noreferrer" : undefined}
        data-wl-page-hash={external ? undefined : props.pageHash}
        data-wl-url-path={external ? undefined : props.urlPath || ""}
        data-wl-query={external ? undefined : props.queryString || ""}
      >
        {props.iconPosition === "right" ? null : icon}
        <MarkdownContainer source={props.label || ""} inline class="wl-nav-label" />
        {props.iconPosition === "right" ? icon : null}
      </a>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const pageLinkElements = {
  page_link: { component: PageLink },
};
