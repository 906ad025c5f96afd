// The main menu's popover and its dialogs (Clear caches, About), loaded on first use.
// Labels, order, test ids and dialog texts follow Streamlit 1.67's frontend.

import { useEffect, useRef } from "preact/hooks";
import { MarkdownContainer } from "../elements/markdown.jsx";
import { menuState } from "./state.js";

/** @typedef {import("./entries.js").MenuEntry} MenuEntry */

/** Icons for the theme choices (as Streamlit's contrast, light and dark symbols), drawn inline. */
const THEME_ICONS = {
  System: (
    <>
      <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor" />
    </>
  ),
  Light: (
    <>
      <circle cx="12" cy="12" r="4" fill="currentColor" />
      <path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2" stroke="currentColor" stroke-width="2" />
    </>
  ),
  Dark: <path d="M14 3a9 9 0 1 0 7 13A7 7 0 0 1 14 3z" fill="currentColor" />,
};

/** @param {{entry: MenuEntry}} props */
function Entry({ entry }) {
  if (entry.type === "radio") {
    return (
      <button
        type="button"
        class={`wl-menu-item wl-menu-radio${entry.checked ? " wl-checked" : ""}`}
        role="menuitemradio"
        aria-checked={entry.checked ? "true" : "false"}
        data-testid={`stMainMenuItem-${entry.key}`}
        onClick={entry.run}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          {THEME_ICONS[entry.label]}
        </svg>
        {entry.label}
      </button>
    );
  }
  if (entry.type === "toggle") {
    return (
      <button
        type="button"
        class="wl-menu-item wl-menu-toggle"
        role="menuitemcheckbox"
        aria-checked={entry.checked ? "true" : "false"}
        data-testid={`stMainMenuItem-${entry.key}`}
        onClick={entry.run}
      >
        {entry.label}
        <span class={`wl-menu-switch${entry.checked ? " wl-checked" : ""}`} aria-hidden="true" />
      </button>
    );
  }
  return (
    <button
      type="button"
      class="wl-menu-item"
      role="menuitem"
      data-testid={`stMainMenuItem-${entry.key}`}
      onClick={() => {
        menuState.setOpen(false);
        entry.run();
      }}
    >
      <span data-testid="stMainMenuItemLabel">{entry.label}</span>
      {entry.shortcut ? <span class="wl-menu-shortcut">{entry.shortcut}</span> : null}
    </button>
  );
}

/** Arrow keys move between entries, Escape closes (as Streamlit's menu). @param {KeyboardEvent} event */
function onMenuKey(event) {
  const list = /** @type {HTMLElement} */ (event.currentTarget);
  const items = [...list.querySelectorAll("button")];
  const index = items.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
  const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
  if (event.key === "Escape") {
    menuState.setOpen(false);
    /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="stMainMenuButton"]'))?.focus();
  } else if (event.key in moves) {
    event.preventDefault();
    const next = moves[/** @type {keyof typeof moves} */ (event.key)];
    items[(next + items.length) % items.length]?.focus();
  }
}

/** @param {{sections: MenuEntry[][]}} props */
export function MenuPopover({ sections }) {
  const popover = useRef(/** @type {HTMLDivElement | null} */ (null));
  useEffect(() => {
    popover.current?.querySelector("button")?.focus();
    /** @param {MouseEvent} event */
    const closeOutside = (event) => {
      const menu = popover.current?.closest(".stMainMenu");
      if (menu && !menu.contains(/** @type {Node} */ (event.target))) menuState.setOpen(false);
    };
    document.addEventListener("mousedown", closeOutside);
    return () => document.removeEventListener("mousedown", closeOutside);
  }, []);
  const shown = sections.filter((section) => section.length);
  return (
    <div class="stMainMenuPopover wl-menu-popover" data-testid="stMainMenuPopover" ref={popover}>
      <div data-testid="stMainMenuList" role="menu" aria-label="Main menu" tabIndex={-1} onKeyDown={onMenuKey}>
        {shown.map((section, index) => (
          <>
            {index > 0 ? (
              <div class="wl-menu-divider" role="separator" aria-hidden="true" data-testid="stMainMenuDivider" />
            ) : null}
            {section[0]?.type === "radio" ? (
              <div class="wl-menu-themes" role="group" aria-label="Theme" data-testid="stThemeSwitcher">
                {section.map((entry) => (
                  <Entry key={entry.key} entry={entry} />
                ))}
              </div>
            ) : (
              section.map((entry) => <Entry key={entry.key} entry={entry} />)
            )}
          </>
        ))}
      </div>
    </div>
  );
}

const CLEAR_CACHE_TEXT = [
  "**Are you sure you want to clear the app's function caches?**",
  "This will remove all cached entries from functions using",
  "`@st.cache_data` and `@st.cache_resource`.",
].join("  \n");

/** @param {{title: string, children: import("preact").ComponentChildren, testId?: string}} props */
function Modal({ title, children, testId }) {
  const overlay = useRef(/** @type {HTMLDivElement | null} */ (null));
  const close = () => menuState.showDialog(null);
  useEffect(() => {
    const element = overlay.current;
    /** @param {MouseEvent} event */
    const onBackdrop = (event) => event.target === element && close();
    /** @param {KeyboardEvent} event */
    const onEscape = (event) => event.key === "Escape" && close();
    element?.addEventListener("mousedown", onBackdrop);
    document.addEventListener("keydown", onEscape);
    return () => {
      element?.removeEventListener("mousedown", onBackdrop);
      document.removeEventListener("keydown", onEscape);
    };
  }, []);
  return (
    <div class="stDialog wl-dialog-overlay wl-dialog-center" data-testid={testId} ref={overlay}>
      <section class="wl-dialog wl-dialog-width-small" role="dialog" aria-modal="true" aria-label={title}>
        <button class="wl-dialog-close" type="button" aria-label="Close" onClick={close}>
          <svg aria-hidden="true" height="10" viewBox="0 0 10 10" width="10">
            <path d="M9 1L5 5M1 9L5 5M5 5L1 1M5 5L9 9" stroke="currentColor" stroke-linecap="round" stroke-width="2" />
          </svg>
        </button>
        <h2 class="wl-dialog-title">{title}</h2>
        <div class="wl-dialog-body">{children}</div>
      </section>
    </div>
  );
}

function ClearCacheDialog() {
  const cancel = useRef(/** @type {HTMLButtonElement | null} */ (null));
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Modal title="Clear caches" testId="stClearCacheDialog">
      <MarkdownContainer source={CLEAR_CACHE_TEXT} />
      <div class="wl-menu-dialog-buttons">
        <button
          type="button"
          class="stBaseButton tertiary"
          data-testid="stBaseButton-ghost"
          ref={cancel}
          onClick={() => menuState.showDialog(null)}
        >
          Cancel
        </button>
        <button
          type="button"
          class="stBaseButton secondary"
          data-testid="stBaseButton-secondary"
          onClick={() => {
            menuState.showDialog(null);
            menuState.actions.clearCache();
          }}
        >
          Clear caches
        </button>
      </div>
    </Modal>
  );
}

/** @param {{dialog: import("./state.js").MenuDialog, about: string}} props */
export function MenuDialog({ dialog, about }) {
  if (dialog === "clearCache") return <ClearCacheDialog />;
  if (dialog === "about") {
    return (
      <Modal title="About">
        <MarkdownContainer source={about} />
      </Modal>
    );
  }
  return null;
}
