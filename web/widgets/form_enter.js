// Whether Enter in a field submits its form, read from the page store: the form has
// enter_to_submit on and its first submit button (in page order) exists and is enabled,
// as Streamlit's WidgetStateManager.allowFormEnterToSubmit decides. The session uses it
// to submit; the field's hint (InputInstructions) to say so.

/** @typedef {import("../store.js").PageStore} PageStore */

/** The form a widget belongs to, or null. @param {PageStore} store @param {string} id @returns {string | null} */
export function formOf(store, id) {
  const props = store.element(id)?.props;
  const formId = props && "formId" in props ? props.formId : undefined;
  return typeof formId === "string" && formId ? formId : null;
}

/** @param {PageStore} store @param {string} formId */
export function findForm(store, formId) {
  for (const [id, record] of store.elements) {
    if (record.type === "form" && record.props.formId === formId) return { id, props: record.props };
  }
  return null;
}

/** The first submit button under a block, in page order. @param {PageStore} store @param {string} blockId @returns {string | null} */
function firstSubmitButton(store, blockId) {
  for (const { id } of store.children(blockId)) {
    if (store.element(id)?.type === "form_submit_button") return id;
    if (!store.committed.has(id) && !store.pending.has(id)) continue;
    const nested = firstSubmitButton(store, id);
    if (nested !== null) return nested;
  }
  return null;
}

/** The submit button Enter clicks for a field, or null. @param {PageStore} store @param {string} id @returns {string | null} */
export function enterSubmitButton(store, id) {
  const formId = formOf(store, id);
  const form = formId === null ? null : findForm(store, formId);
  if (!form || form.props.enterToSubmit === false) return null;
  const first = firstSubmitButton(store, form.id);
  if (first === null) return null;
  const button = store.element(first);
  if (button?.type === "form_submit_button" && button.props.disabled) return null;
  return first;
}
