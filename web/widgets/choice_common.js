// Helpers the choice widgets' event handlers share.

/**
 * The props of a widget as last sent by the script.
 * @param {import("../session.js").SessionClient} session @param {string} id
 * @returns {Record<string, any>}
 */
export function widgetProps(session, id) {
  const record = session.store.element(id);
  return record ? record.props : {};
}

/**
 * Commit a widget's new value; `on_change="ignore"` keeps it in the page without a rerun.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {unknown} value
 */
export function commitValue(session, id, value) {
  const props = widgetProps(session, id);
  if (props.disabled) return;
  session.setValue(id, value, { rerun: !props.ignoreRerun });
}

/** The widget's container element (the one carrying data-widget-id). @param {Event} event */
export function widgetHost(event) {
  const target = /** @type {HTMLElement} */ (event.target);
  return /** @type {HTMLElement | null} */ (target.closest("[data-widget-id]"));
}
