// The main menu's entries, in Streamlit 1.67's sections and order (its frontend's
// MainMenu): [System, Light, Dark] when no theme is configured, [Rerun (R), Auto rerun]
// and [Clear cache (C)] for developers only, then
// [Print, About], then [Report a bug, Get help]. "minimal" keeps only the app's own
// entries. Record screen (a browser screencast) has no place in a static site.

/**
 * @typedef {{type: "action", key: string, label: string, shortcut?: string, run: () => void}} ActionEntry
 * @typedef {{type: "toggle", key: string, label: string, checked: boolean, run: () => void}} ToggleEntry
 * @typedef {{type: "radio", key: string, label: import("./state.js").ThemeChoice, checked: boolean, run: () => void}} RadioEntry
 * @typedef {ActionEntry | ToggleEntry | RadioEntry} MenuEntry
 */

/** @param {string} url */
function openLink(url) {
  window.open(url, "_blank", "noopener");
}

/**
 * The app's entries (st.set_page_config's menu_items: a URL shows, None hides).
 * @param {Record<string, string | null> | undefined} items
 * @returns {MenuEntry[]}
 */
function appEntries(items) {
  /** @type {MenuEntry[]} */
  const entries = [];
  const report = items?.reportABug;
  if (report) entries.push({ type: "action", key: "report", label: "Report a bug", run: () => openLink(report) });
  const help = items?.getHelp;
  if (help) entries.push({ type: "action", key: "community", label: "Get help", run: () => openLink(help) });
  return entries;
}

/** Streamlit 1.67's theme switcher, first in its menu. @param {import("./state.js").MenuState} state @returns {MenuEntry[]} */
function themeEntries(state) {
  if (!state.themeSwitcher) return [];
  /** @type {import("./state.js").ThemeChoice[]} */
  const choices = ["System", "Light", "Dark"];
  return choices.map((choice) => ({
    type: "radio",
    key: `theme-${choice}`,
    label: choice,
    checked: state.theme === choice,
    run: () => state.setTheme(choice),
  }));
}

/**
 * @param {import("./state.js").MenuState} state
 * @param {Record<string, string | null> | undefined} items the page config's menuItems
 * @returns {MenuEntry[][]} the sections, empty ones included
 */
export function menuSections(state, items) {
  const links = appEntries(items);
  /** @type {MenuEntry[]} */
  const about = items?.about ? [{ type: "action", key: "about", label: "About", run: () => state.showDialog("about") }] : [];
  const themes = themeEntries(state);
  if (state.toolbarMode === "minimal") return [themes, [...links, ...about]];
  /** @type {MenuEntry[]} */
  const running = [];
  /** @type {MenuEntry[]} */
  const caching = [];
  if (state.developer) {
    running.push({ type: "action", key: "rerun", label: "Rerun", shortcut: "R", run: () => state.actions.rerun() });
    if (state.devLoop) {
      running.push({
        type: "toggle",
        key: "autoRerun",
        label: "Auto rerun",
        checked: state.autoRerun,
        run: () => state.toggleAutoRerun(),
      });
    }
    caching.push({
      type: "action",
      key: "clearCache",
      label: "Clear cache",
      shortcut: "C",
      run: () => state.showDialog("clearCache"),
    });
  }
  // wasmlit's own entry (Streamlit keeps no files in the browser), for every visitor (the
  // files are theirs), once the app has kept some. Separate from Clear cache, and confirmed (web/saved_data.js).
  const clearSavedData = state.actions.clearSavedData;
  if (clearSavedData && state.savedDataPresent)
    caching.push({ type: "action", key: "clearSavedData", label: "Clear saved data", run: clearSavedData });
  /** @type {MenuEntry[]} */
  const printing = [{ type: "action", key: "print", label: "Print", run: () => state.actions.print() }];
  return [themes, running, caching, [...printing, ...about], links];
}
