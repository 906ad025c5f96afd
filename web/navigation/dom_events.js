// Clicks on page links and Back/Forward, wired to the navigation controller.

import { untrustedMarkupAround } from "../untrusted_html.js";

/** @param {MouseEvent} event */
function opensElsewhere(event) {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * @param {HTMLElement} root
 * @param {import("./controller.js").NavigationController} controller
 */
export function installNavigationEvents(root, controller) {
  root.addEventListener("click", (event) => {
    const target = /** @type {HTMLElement | null} */ (event.target);
    if (!target || typeof target.closest !== "function" || event.defaultPrevented || opensElsewhere(event)) return;
    // Script markup cannot be a page link (its data-wl-* attributes are sanitised away).
    const link = untrustedMarkupAround(target) ? null : target.closest("a[data-wl-page-hash]");
    if (link) {
      event.preventDefault();
      if (link.getAttribute("aria-disabled") === "true") return;
      const query = link.hasAttribute("data-wl-query") ? link.getAttribute("data-wl-query") : null;
      controller.navigateTo(
        {
          hash: /** @type {string} */ (link.getAttribute("data-wl-page-hash")),
          urlPath: link.getAttribute("data-wl-url-path") || "",
        },
        query,
      );
      return;
    }
    // In a multipage app the fragment names the page: an in-page anchor must not replace it.
    const anchor = target.closest('a[href^="#"]');
    const href = anchor ? anchor.getAttribute("href") || "" : "";
    if (anchor && controller.state.isMultipage && !href.startsWith("#/")) {
      event.preventDefault();
      const element = document.getElementById(decodeURIComponent(href.slice(1)));
      if (element) element.scrollIntoView({ behavior: "smooth" });
    }
  });
  window.addEventListener("popstate", () => controller.onHistoryStep());
}
