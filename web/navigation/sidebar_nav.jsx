// The page list: in the sidebar (stSidebarNav) or the header (stTopNav), as st.navigation
// positions it. Links are real links (open in a new tab works); a plain click is handled
// by the navigation controller without reloading the page.

import { useState } from "preact/hooks";
import { useDelegatedEvents } from "../render/delegate.js";
import { MarkdownContainer } from "../elements/markdown.jsx";
import { useObservable } from "../observable.js";
import { pageAddress } from "./address.js";
import "../styles/navigation.css";
import { DynamicIcon } from "../elements/dynamic_icon.jsx";

/** @typedef {import("../protocol.js").NavPage} NavPage */

// Streamlit collapses a list with at least three pages more than it shows (ten by default).
const COLLAPSED_COUNT = 10;

/** @param {NavPage} page @param {string} queryString */
export function pageHref(page, queryString) {
  if (page.external) return page.external;
  return pageAddress(window.location.pathname, queryString, page.urlPath);
}

/** @param {{page: NavPage, current: boolean, queryString: string, testId: string}} props */
function NavLink({ page, current, queryString, testId }) {
  const external = Boolean(page.external);
  return (
    <a
      class={`${testId}${current ? " wl-current" : ""}`}
      data-testid={testId}
      href={pageHref(page, queryString)}
      aria-current={current ? "page" : undefined}
      title={page.help || undefined}
      target={external ? "_blank" : undefined}
      rel={external ? "noopener noreferrer" : undefined}
      data-wl-page-hash={external ? undefined : page.hash}
      data-wl-url-path={external ? undefined : page.urlPath}
    >
      {page.icon ? (
        <span class="wl-nav-icon" aria-hidden="true">
          <DynamicIcon icon={page.icon} />
        </span>
      ) : null}
      <MarkdownContainer source={page.title} inline class="wl-nav-label" />
    </a>
  );
}

/** @param {{navigation: import("./state.js").NavigationState}} props */
export function SidebarNav({ navigation }) {
  useObservable(navigation);
  const [showAll, setShowAll] = useState(false);
  const viewButtonEvents = useDelegatedEvents("sidebar-nav:view-more", {
    click() {
      setShowAll(!showAll);
    },
  });
  if (!navigation.hasMenu || navigation.position !== "sidebar") return null;
  const visible = navigation.pages.filter((page) => !page.hidden);
  const limit =
    navigation.expanded === true
      ? Infinity
      : typeof navigation.expanded === "number" && navigation.expanded > 0
        ? navigation.expanded
        : COLLAPSED_COUNT;
  const collapsible = visible.length > limit + 2;
  const shown = collapsible && !showAll ? visible.slice(0, limit) : visible;
  const sections = [...new Set(shown.map((page) => page.section))];
  return (
    <nav class="stSidebarNav" data-testid="stSidebarNav" aria-label="Pages">
      {sections.map((section) => (
        <div key={section} class="wl-nav-section">
          {section ? (
            <div class="stNavSectionHeader" data-testid="stNavSectionHeader">
              {section}
            </div>
          ) : null}
          <ul class="stSidebarNavItems" data-testid="stSidebarNavItems">
            {shown
              .filter((page) => page.section === section)
              .map((page) => (
                <li key={page.hash} class="stSidebarNavLinkContainer" data-testid="stSidebarNavLinkContainer">
                  <NavLink
                    page={page}
                    current={page.hash === navigation.currentPageHash}
                    queryString={navigation.queryString}
                    testId="stSidebarNavLink"
                  />
                </li>
              ))}
          </ul>
        </div>
      ))}
      {collapsible ? (
        <button type="button" class="stSidebarNavViewButton" data-testid="stSidebarNavViewButton" {...viewButtonEvents}>
          {showAll ? "View less" : `View ${visible.length - limit} more`}
        </button>
      ) : null}
      <div class="stSidebarNavSeparator" data-testid="stSidebarNavSeparator" />
    </nav>
  );
}

/** st.navigation(position="top"): the page list in the header. @param {{navigation: import("./state.js").NavigationState}} props */
export function TopNav({ navigation }) {
  useObservable(navigation);
  if (!navigation.hasMenu || navigation.position !== "top") return null;
  return (
    <nav class="stTopNav wl-top-nav" data-testid="stTopNav" aria-label="Pages">
      {navigation.pages
        .filter((page) => !page.hidden)
        .map((page) => (
          <NavLink
            key={page.hash}
            page={page}
            current={page.hash === navigation.currentPageHash}
            queryString={navigation.queryString}
            testId="stTopNavLink"
          />
        ))}
    </nav>
  );
}
