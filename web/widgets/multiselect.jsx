// st.multiselect: the chosen options as removable tags before a combobox text field; its
// listbox offers the options not chosen yet and stays open while you pick several.

import { useWidgetValue } from "../render/context.js";
import { commitValue, widgetHost, widgetProps } from "./choice_common.js";
import { focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { CLEAR_ICON, Dropdown, OpenButton, clickedRow, comboboxInput, movedHighlight, optionDomId } from "./dropdown.jsx";
import { WidgetLabel, domId } from "./label.jsx";
import { multiselectEmptyText, multiselectItems, resolvePlaceholder, selectionAfterChoosing } from "./option_list.js";
import { clearTransientState, transientState, updateTransientState, useTransientState } from "./transient.js";
import "../styles/choice_widgets.css";

const REMOVE_ICON = (
  <svg viewBox="0 0 16 16" width="10" height="10" aria-hidden="true">
    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  </svg>
);

/** @param {unknown} value @returns {string[]} */
function asTexts(value) {
  return Array.isArray(value) ? value.map(String) : [];
}

/** @param {{id: string, props: import("../generated/elements").MultiselectProps}} p */
function Multiselect({ id, props }) {
  const selected = asTexts(useWidgetValue(id));
  const ui = useTransientState(id);
  /** @type {string[]} */
  const options = props.options || [];
  const placeholder = resolvePlaceholder(props.placeholder || "", options, Boolean(props.acceptNewOptions), true);
  const disabled = Boolean(props.disabled) || placeholder.disable;
  const open = Boolean(ui.open) && !disabled;
  const rows = open ? multiselectItems(props, selected, ui.query ?? null) : [];
  const highlight = open ? Math.min(ui.highlight ?? 0, Math.max(0, rows.length - 1)) : -1;
  const inputId = domId(id, "input");
  return (
    <div class={`stMultiSelect${disabled ? " disabled" : ""}`} data-testid="stMultiSelect" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        htmlFor={inputId}
        disabled={disabled}
      />
      <div class={`wl-select-control wl-multi-control${open ? " open" : ""}${disabled ? " disabled" : ""}`} role="group">
        <div class="wl-tags" data-testid="stMultiSelectTagsContainer">
          {selected.length ? (
            <span class="wl-tag-group" role="group" aria-label="Selected values">
              {selected.map((text, index) => (
                <span class="wl-tag" key={`${index}:${text}`} data-tag-index={String(index)}>
                  <span class="wl-tag-text" title={text}>
                    {text}
                  </span>
                  <button type="button" class="wl-tag-remove" aria-label={`Remove ${text}`} tabIndex={-1} disabled={disabled}>
                    {REMOVE_ICON}
                  </button>
                </span>
              ))}
            </span>
          ) : null}
          <input
            id={inputId}
            class="wl-select-input wl-multi-input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open ? "true" : "false"}
            aria-controls={open ? domId(id, "listbox") : undefined}
            aria-activedescendant={open && rows.length ? optionDomId(id, highlight) : undefined}
            autocomplete="off"
            spellcheck={false}
            placeholder={selected.length || !placeholder.text.trim() ? "" : placeholder.text}
            readOnly={props.filterMode === null}
            disabled={disabled}
            value={ui.query ?? ""}
          />
        </div>
        {selected.length && !disabled ? (
          <button type="button" class="wl-select-clear" aria-label="Clear all" tabIndex={-1}>
            {CLEAR_ICON}
          </button>
        ) : null}
        <OpenButton open={open} disabled={disabled} />
      </div>
      {open ? (
        <Dropdown
          widgetId={id}
          testId="stMultiSelectDropdown"
          label={props.label}
          rows={rows}
          highlight={highlight}
          selectedTexts={selected}
          emptyText={multiselectEmptyText(props, selected.length)}
          multiple={true}
        />
      ) : null}
    </div>
  );
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
function currentSelection(session, id) {
  return asTexts(session.store.widgetValue(id));
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {string[]} values */
function commitSelection(session, id, values) {
  const before = currentSelection(session, id);
  if (values.length === before.length && values.every((text, index) => text === before[index])) return;
  commitValue(session, id, "multiselect", values);
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {number} row */
function choose(session, id, row) {
  const props = widgetProps(session, id, "multiselect");
  const selected = currentSelection(session, id);
  const rows = multiselectItems(props, selected, transientState(id).query ?? null);
  const item = rows[row];
  if (!item) return;
  const next = selectionAfterChoosing(item, rows, selected, props.maxSelections || 0);
  // The list stays open for the next pick; the typed text is used up.
  updateTransientState(id, { open: true, query: null, highlight: Math.min(row, Math.max(0, rows.length - 2)) });
  commitSelection(session, id, next);
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const multiselectElements = {
  multiselect: {
    component: Multiselect,
    events: {
      click(event, id, session) {
        const target = /** @type {HTMLElement} */ (event.target);
        const input = comboboxInput(widgetHost(event));
        const remove = target.closest(".wl-tag-remove");
        if (remove) {
          const tag = /** @type {HTMLElement} */ (remove.closest("[data-tag-index]"));
          const index = Number(tag.getAttribute("data-tag-index"));
          commitSelection(
            session,
            id,
            currentSelection(session, id).filter((_, position) => position !== index),
          );
          input?.focus();
        } else if (target.closest(".wl-select-clear")) {
          commitSelection(session, id, []);
          input?.focus();
        } else if (target.closest(".wl-select-open")) {
          if (transientState(id).open) clearTransientState(id);
          else if (!widgetProps(session, id, "multiselect").disabled)
            updateTransientState(id, { open: true, query: null, highlight: 0 });
          input?.focus();
        } else if (clickedRow(event) >= 0) {
          choose(session, id, clickedRow(event));
          input?.focus();
        } else if (target.closest(".wl-tags") && !widgetProps(session, id, "multiselect").disabled) {
          if (!transientState(id).open) updateTransientState(id, { open: true, query: null, highlight: 0 });
          input?.focus();
        }
      },
      input(event, id) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.getAttribute("role") !== "combobox") return;
        updateTransientState(id, { open: true, query: input.value, highlight: 0 });
      },
      keydown(event, id, session) {
        const keyboard = /** @type {KeyboardEvent} */ (event);
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.getAttribute("role") !== "combobox") return;
        const ui = transientState(id);
        const props = widgetProps(session, id, "multiselect");
        const selected = currentSelection(session, id);
        if (["ArrowDown", "ArrowUp", "PageDown", "PageUp"].includes(keyboard.key)) {
          keyboard.preventDefault();
          if (!ui.open) updateTransientState(id, { open: true, query: null, highlight: 0 });
          else {
            const rows = multiselectItems(props, selected, ui.query ?? null);
            const next = movedHighlight(keyboard.key, ui.highlight ?? 0, rows.length);
            if (next !== null) updateTransientState(id, { highlight: next });
          }
        } else if (keyboard.key === "Enter" && ui.open) {
          keyboard.preventDefault();
          choose(session, id, ui.highlight ?? 0);
        } else if (keyboard.key === "Escape" && (ui.open || ui.query)) {
          keyboard.preventDefault();
          clearTransientState(id);
        } else if (keyboard.key === "Backspace" && !input.value && selected.length) {
          // Backspace in the empty field removes the last tag, as in Streamlit.
          keyboard.preventDefault();
          commitSelection(session, id, selected.slice(0, -1));
        }
      },
      focusout(event, id) {
        if (focusLeavesWidget(/** @type {FocusEvent} */ (event))) clearTransientState(id);
      },
    },
  },
};
