// st.logo: the page keeps the last logo a run sent (stSidebarLogo at the top of the
// sidebar, stHeaderLogo in the header when there is no open sidebar) and drops it after
// a finished run that did not send it again, as Streamlit's page does.

import { Observable, useObservable } from "../observable.js";
import { Icon } from "./collapsibles.jsx";
import "../styles/logo.css";

/** @typedef {import("../protocol.js").Logo} LogoMessage */

export class LogoState extends Observable {
  constructor() {
    super();
    /** @type {LogoMessage | null} */
    this.logo = null;
    this.sentThisRun = false;
  }

  /** @param {LogoMessage} message */
  show(message) {
    this.logo = message;
    this.sentThisRun = true;
    this.changed();
  }

  /** A run finished; `keepsPage`: it was superseded or aborted, and the page stays as it is. @param {boolean} keepsPage */
  runFinished(keepsPage) {
    const stale = !keepsPage && !this.sentThisRun && this.logo !== null;
    this.sentThisRun = false;
    if (!stale) return;
    this.logo = null;
    this.changed();
  }
}

/**
 * The logo, its icon image instead when `useIcon` (the header shows the icon image).
 * @param {{state: LogoState | null, useIcon: boolean, testId: string}} props
 */
export function Logo({ state, useIcon, testId }) {
  const logo = useObservable(state)?.logo;
  if (!logo) return null;
  const iconSide = useIcon && logo.iconImage !== null;
  const source = iconSide ? /** @type {string} */ (logo.iconImage) : logo.image;
  const kind = iconSide ? logo.iconImageKind : logo.imageKind;
  const picture =
    kind === "image" ? (
      <img class={`stLogo wl-logo wl-logo-${logo.size}`} data-testid={testId} src={source} alt="Logo" />
    ) : (
      <div
        class={`stLogo wl-logo wl-logo-glyph wl-logo-${logo.size}`}
        data-testid={testId}
        role={logo.link ? undefined : "img"}
        aria-label={logo.link ? undefined : "App Logo"}
      >
        <Icon icon={source} />
      </div>
    );
  if (!logo.link) return <div class="wl-logo-box">{picture}</div>;
  return (
    <a
      class="wl-logo-box"
      href={logo.link}
      target="_blank"
      rel="noreferrer"
      data-testid="stLogoLink"
      aria-label={kind === "image" ? undefined : "App Logo"}
    >
      {picture}
    </a>
  );
}
