// The ⋮ button at the top right (Streamlit's stMainMenu). The popover and its dialogs
// are a chunk loaded on first use: a visitor who never opens the menu never downloads it.

import { useEffect, useState } from "preact/hooks";
import { useObservable } from "../observable.js";
import { usePageConfig } from "../page_config.js";
import { menuSections } from "./entries.js";
import { menuState } from "./state.js";
import "../styles/menu.css";

/** @typedef {typeof import("./popover.jsx")} PopoverModule */

/** @type {Promise<PopoverModule> | null} */
let loading = null;
/** @type {PopoverModule | null} */
let loaded = null;

/** @returns {Promise<PopoverModule>} */
export function loadPopover() {
  loading ??= import("./popover.jsx").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

function MenuIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        d="M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The module once loaded; re-renders when it arrives. @param {boolean} wanted */
function usePopoverModule(wanted) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (wanted && !module) loadPopover().then(setModule);
  }, [wanted, module]);
  return module;
}

export function MainMenu() {
  const state = useObservable(menuState);
  const config = usePageConfig();
  const sections = menuSections(state, config.menuItems);
  const module = usePopoverModule(state.open || state.dialog !== null);
  // As Streamlit: in "minimal" mode a menu with no entries is not shown at all.
  if (!sections.some((section) => section.length)) return null;
  return (
    <div class="stMainMenu" data-testid="stMainMenu" id="MainMenu">
      <button
        type="button"
        class="wl-header-button"
        kind="headerNoPadding"
        data-testid="stMainMenuButton"
        aria-label="Main menu"
        aria-haspopup="menu"
        aria-expanded={state.open ? "true" : "false"}
        onClick={() => state.setOpen(!state.open)}
      >
        <MenuIcon />
      </button>
      {module && state.open ? <module.MenuPopover sections={sections} /> : null}
      {module && state.dialog ? <module.MenuDialog dialog={state.dialog} about={config.menuItems?.about ?? ""} /> : null}
    </div>
  );
}
