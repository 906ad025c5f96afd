// Whether the worker boots Python from scratch instead of restoring the memory snapshot.
//
// The snapshot saves the interpreter's start-up CPU (one to two seconds here, more on a
// phone) at the price of its bytes (several MB). On a link the browser rates slower than
// 4G (the Network Information API's effectiveType) or when it asks to save data, the
// download costs far more than it saves. The API's other figures are no basis for the
// choice: Chromium caps `downlink` at 10 Mbit/s and, before it has measured anything
// (a fresh profile, a local server), reports a default of about 1.6 Mbit/s. Where the
// API is missing (Firefox, Safari) the build's choice, the snapshot, stands.

const SLOW_LINKS = new Set(["slow-2g", "2g", "3g"]);

/** @typedef {{effectiveType?: string, saveData?: boolean}} LinkInformation */

/**
 * Why a plain boot is cheaper than the snapshot on this link, or null (use it).
 * @param {LinkInformation | undefined} connection `navigator.connection`
 * @returns {string | null}
 */
export function plainBootReason(connection) {
  if (!connection) return null;
  if (connection.saveData) return "the browser asks to save data";
  const type = connection.effectiveType;
  if (type && SLOW_LINKS.has(type)) return `the browser rates the link as ${type}`;
  return null;
}
