// Helpers every widget's event handlers share: the props the script sent, committing a
// value, the widget's host element.

import { writeBoundValue } from "./query_binding.js";

/**
 * @typedef {import("../generated/elements").ElementPropsByType} ElementPropsByType
 * @typedef {import("../generated/elements").WidgetValueByType} WidgetValueByType
 * @typedef {import("../session.js").SessionClient} SessionClient
 */

/**
 * The props the script last sent for a widget of type `type` (handlers read them through
 * the session's store: `widgetProps(session, id, "number_input").step`).
 *
 * A handler runs for an element in the store (events.js looks its type up there); one
 * that finishes later (after a timer or an upload) may find it gone, and then reads every
 * prop as absent, as an empty object gives.
 * @template {keyof ElementPropsByType} T
 * @param {SessionClient} session @param {string} id @param {T} type
 * @returns {ElementPropsByType[T]}
 */
export function widgetProps(session, id, type) {
  const record = session.store.element(id);
  return /** @type {ElementPropsByType[T]} */ (record?.type === type ? record.props : {});
}

/**
 * Commit a widget's new value: the widget shows it at once and the script sees it in the
 * next run. `on_change="ignore"` (`ignoreRerun`) keeps it for the next run another widget
 * causes; a disabled widget commits nothing. (st.chat_input sends its text with a
 * trigger: elements/chat.jsx; a custom component sets its value directly:
 * widgets/custom_component.jsx.)
 * @template {Exclude<keyof WidgetValueByType, "chat_input" | "component_instance">} T
 * @param {SessionClient} session @param {string} id @param {T} type @param {WidgetValueByType[T]} value
 */
export function commitValue(session, id, type, value) {
  const props = widgetProps(session, id, type);
  if (props.disabled) return;
  // bind="query-params": the address shows the value before the rerun that reads it.
  if (props.queryParam) writeBoundValue(props.queryParam, value, "dataType" in props ? props.dataType : undefined);
  session.setValue(id, value, { rerun: !props.ignoreRerun });
}

/** The widget's container element (the one carrying data-widget-id). @param {Event} event */
export function widgetHost(event) {
  const target = /** @type {HTMLElement} */ (event.target);
  return /** @type {HTMLElement | null} */ (target.closest("[data-widget-id]"));
}
