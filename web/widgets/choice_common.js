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

/**
 * True when focus is moving to somewhere outside the widget (so a popup should close).
 * @param {FocusEvent} event
 */
export function focusLeavesWidget(event) {
  const host = widgetHost(event);
  const next = /** @type {Node | null} */ (event.relatedTarget);
  return !host || !next || !host.contains(next);
}

/** Run after the page re-rendered (to move focus onto an element that a render created). @param {() => void} work */
export function afterRender(work) {
  setTimeout(work, 0);
}

/** The inline style for a `width=<pixels>` widget (other widths are the layout's). @param {Record<string, any>} props */
export function widthStyle(props) {
  return typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
}
