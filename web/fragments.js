// What fragments and dialogs ask of the session outside the delegated widget events.
//
// st.fragment(run_every=...): the fragment's container runs a timer while it is on the
// page, and each tick asks for a rerun of that fragment alone. The timer stops when the
// container leaves the page (a full run that did not call the fragment) or its interval
// changes. Ticks wait in the session's queue like clicks, so they never block input,
// and a tick is dropped while one for the same fragment still waits.
//
// st.dialog(on_dismiss=...): the user's dismissal is a click of the dialog's trigger.

import { useEffect } from "preact/hooks";

/** The page's session (main.jsx); none in the build's pre-renderer. @type {import("./session.js").SessionClient | null} */
let session = null;

/** @param {import("./session.js").SessionClient | null} pageSession */
export function connectFragments(pageSession) {
  session = pageSession;
}

/**
 * Rerun `fragmentId` every `seconds` while the calling component is mounted.
 * @param {unknown} fragmentId @param {unknown} seconds
 */
export function useRunEvery(fragmentId, seconds) {
  const active = typeof fragmentId === "string" && typeof seconds === "number" && seconds > 0;
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(
      () => session?.autoRerun(/** @type {string} */ (fragmentId)),
      /** @type {number} */ (seconds) * 1000,
    );
    return () => clearInterval(timer);
  }, [active, fragmentId, seconds]);
}

/** The user dismissed a dialog whose dismissal reruns (its id is its trigger's). @param {string} dialogId */
export function sendDismissal(dialogId) {
  if (session && session.store.connectionState === "CONNECTED") session.trigger(dialogId);
}
