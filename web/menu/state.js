// The main menu's state (Streamlit 1.67's ⋮ menu): whether it is open, which of its
// dialogs shows, the dev loop's "Auto rerun", and what its entries do. main.jsx
// configures it; the button (main_menu.jsx) and its lazily loaded popover read it.

import { Observable } from "../observable.js";

/**
 * @typedef {"clearCache" | "about" | null} MenuDialog
 * @typedef {"System" | "Light" | "Dark"} ThemeChoice
 * clearSavedData / hasSavedData: the files the app kept in this browser (web/saved_data.js).
 * @typedef {{rerun: () => void, clearCache: () => void, print: () => void,
 *            clearSavedData: (() => void) | null, hasSavedData: (() => Promise<boolean>) | null}} MenuActions
 */

/**
 * Whether Streamlit shows the developer entries (Rerun, Clear cache, the "c" key):
 * `client.toolbarMode` "developer" always, "viewer" and "minimal" never, "auto" when the
 * page is served from this machine, as Streamlit decides for a visitor who is not the
 * app's owner.
 * @param {unknown} toolbarMode @param {string} hostname
 */
export function developmentMode(toolbarMode, hostname) {
  if (toolbarMode === "developer") return true;
  if (toolbarMode === "viewer" || toolbarMode === "minimal") return false;
  return hostname === "localhost" || hostname === "127.0.0.1";
}

// Where Streamlit keeps the visitor's theme choice (its own key, so both agree).
const THEME_KEY = "stActiveTheme";

/** @returns {ThemeChoice} */
function savedThemeChoice() {
  try {
    const saved = JSON.parse(localStorage.getItem(THEME_KEY) || "null");
    return saved === "Light" || saved === "Dark" ? saved : "System";
  } catch {
    return "System"; // no storage (a sandboxed frame) or a value that is not ours
  }
}

/** The stylesheet's dark colours follow this mark (wasmlit_build/theme.py). @param {ThemeChoice} choice */
function markTheme(choice) {
  if (choice === "System") delete document.documentElement.dataset.wlTheme;
  else document.documentElement.dataset.wlTheme = choice.toLowerCase();
}

/**
 * Whether the menu offers System / Light / Dark: only when no theme is configured
 * (Streamlit then has three themes; a configured one is the only one).
 * @param {Record<string, unknown>} config the manifest's config
 */
export function themeSwitchable(config) {
  return !Object.entries(config).some(([key, value]) => key.startsWith("theme.") && value !== null && value !== "");
}

export class MenuState extends Observable {
  constructor() {
    super();
    this.open = false;
    /** @type {MenuDialog} */
    this.dialog = null;
    /** The toolbar mode, from `client.toolbarMode`. */
    this.toolbarMode = "auto";
    this.developer = false;
    /** Served by the dev loop (build.py --serve): "Auto rerun" shows. */
    this.devLoop = false;
    /** The dev loop reruns the app when its script is saved. */
    this.autoRerun = true;
    this.themeSwitcher = false;
    /** @type {ThemeChoice} */
    this.theme = "System";
    /** @type {MenuActions} */
    this.actions = {
      rerun: () => {},
      clearCache: () => {},
      print: () => window.print(),
      clearSavedData: null,
      hasSavedData: null,
    };
    /** The app kept files in this browser (checked each time the menu opens). */
    this.savedDataPresent = false;
  }

  /**
   * @param {{toolbarMode: unknown, hostname: string, devLoop: boolean, themeSwitcher: boolean,
   *          actions: Partial<MenuActions>}} options
   */
  configure({ toolbarMode, hostname, devLoop, themeSwitcher, actions }) {
    this.themeSwitcher = themeSwitcher;
    if (themeSwitcher) {
      this.theme = savedThemeChoice();
      markTheme(this.theme);
    }
    this.toolbarMode = typeof toolbarMode === "string" ? toolbarMode : "auto";
    this.developer = developmentMode(toolbarMode, hostname);
    this.devLoop = devLoop;
    this.actions = { ...this.actions, ...actions };
    this.changed();
  }

  /** @param {boolean} open */
  setOpen(open) {
    if (this.open === open) return;
    this.open = open;
    this.changed();
    if (open) this.checkSavedData();
  }

  async checkSavedData() {
    const present = this.actions.hasSavedData ? await this.actions.hasSavedData() : false;
    if (present === this.savedDataPresent) return;
    this.savedDataPresent = present;
    this.changed();
  }

  /** @param {MenuDialog} dialog */
  showDialog(dialog) {
    this.open = false;
    this.dialog = dialog;
    this.changed();
  }

  /** @param {ThemeChoice} choice */
  setTheme(choice) {
    this.theme = choice;
    markTheme(choice);
    try {
      localStorage.setItem(THEME_KEY, JSON.stringify(choice));
    } catch {
      // No storage: the choice lasts until the page reloads.
    }
    this.changed();
  }

  toggleAutoRerun() {
    this.autoRerun = !this.autoRerun;
    this.changed();
  }
}

export const menuState = new MenuState();
