// st.selectbox: a combobox text field with a listbox popup. Typing filters the options
// (filter_mode), arrows move the highlight, Enter or a click chooses, Escape closes.

import { useWidgetValue } from "../render/context.js";
import { commitValue, widgetHost, widgetProps } from "./choice_common.js";
import { InputIcon, focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { CLEAR_ICON, Dropdown, OpenButton, clickedRow, comboboxInput, movedHighlight, optionDomId } from "./dropdown.jsx";
import { WidgetLabel, domId } from "./label.jsx";
import { insertedText, resolvePlaceholder, selectboxItems } from "./option_list.js";
import { clearTransientState, transientState, updateTransientState, useTransientState } from "./transient.js";
import "../styles/choice_widgets.css";

/** @typedef {import("../generated/elements").SelectboxProps} SelectboxProps */

/** @param {{id: string, props: SelectboxProps}} p */
function Selectbox({ id, props }) {
  const value = /** @type {string | null | undefined} */ (useWidgetValue(id));
  const ui = useTransientState(id);
  /** @type {string[]} */
  const options = props.options || [];
  const placeholder = resolvePlaceholder(props.placeholder || "", options, Boolean(props.acceptNewOptions), false);
  const disabled = Boolean(props.disabled) || placeholder.disable;
  const open = Boolean(ui.open) && !disabled;
  const rows = open ? selectboxItems(props, ui.query ?? null) : [];
  const highlight = open ? (ui.highlight ?? 0) : -1;
  const hasValue = value !== null && value !== undefined;
  const inputId = domId(id, "input");
  const typingDisabled = props.filterMode === null;
  return (
    <div class={`stSelectbox${disabled ? " disabled" : ""}`} data-testid="stSelectbox" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        htmlFor={inputId}
        disabled={disabled}
      />
      <div class={`wl-select-control${open ? " open" : ""}${disabled ? " disabled" : ""}`} role="group">
        <InputIcon icon={props.icon} testId="stSelectboxIcon" />
        <input
          id={inputId}
          class="wl-select-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open ? "true" : "false"}
          aria-controls={open ? domId(id, "listbox") : undefined}
          aria-activedescendant={open && highlight >= 0 && highlight < rows.length ? optionDomId(id, highlight) : undefined}
          aria-required={props.required ? "true" : undefined}
          autocomplete="off"
          spellcheck={false}
          placeholder={placeholder.text.trim() ? placeholder.text : ""}
          readOnly={typingDisabled}
          disabled={disabled}
          value={ui.query ?? (hasValue ? value : "")}
        />
        {props.clearable && hasValue && !disabled ? (
          <button type="button" class="wl-select-clear" aria-label="Clear value" tabIndex={-1}>
            {CLEAR_ICON}
          </button>
        ) : null}
        <OpenButton open={open} disabled={disabled} />
      </div>
      {open ? (
        <Dropdown
          widgetId={id}
          testId="stSelectboxVirtualDropdown"
          label={props.label}
          rows={rows}
          highlight={highlight}
          selectedTexts={hasValue ? [/** @type {string} */ (value)] : []}
          emptyText="No results"
          multiple={false}
        />
      ) : null}
    </div>
  );
}

/** The row to highlight when the list opens or the typed text changes. @param {SelectboxProps} props @param {string | null} query @param {unknown} value */
function initialHighlight(props, query, value) {
  const rows = selectboxItems(props, query);
  if (rows[0] && rows[0].kind === "create") return 0;
  const current = rows.findIndex((row) => row.kind === "option" && row.text === (query || value));
  return Math.max(0, current);
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
function openList(session, id) {
  const props = widgetProps(session, id, "selectbox");
  if (props.disabled) return;
  const value = session.store.widgetValue(id);
  updateTransientState(id, { open: true, query: null, highlight: initialHighlight(props, null, value) });
}

/**
 * Choose a row: an option's text, or the typed text of an "Add: …" row.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {number} row
 */
function choose(session, id, row) {
  const props = widgetProps(session, id, "selectbox");
  const rows = selectboxItems(props, transientState(id).query ?? null);
  const item = rows[row];
  clearTransientState(id);
  if (!item || item.kind === "bulk") return;
  const chosen = item.kind === "create" ? item.value : item.text;
  if (chosen !== session.store.widgetValue(id)) commitValue(session, id, "selectbox", chosen);
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const selectboxElements = {
  selectbox: {
    component: Selectbox,
    events: {
      click(event, id, session) {
        const target = /** @type {HTMLElement} */ (event.target);
        const input = comboboxInput(widgetHost(event));
        if (target.closest(".wl-select-clear")) {
          clearTransientState(id);
          commitValue(session, id, "selectbox", null);
          input?.focus();
        } else if (target.closest(".wl-select-open")) {
          if (transientState(id).open) clearTransientState(id);
          else openList(session, id);
          input?.focus();
        } else if (target.closest('input[role="combobox"]')) {
          if (!transientState(id).open) openList(session, id);
        } else if (clickedRow(event) >= 0) {
          choose(session, id, clickedRow(event));
          input?.focus();
        }
      },
      input(event, id, session) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.getAttribute("role") !== "combobox") return;
        const props = widgetProps(session, id, "selectbox");
        let query = input.value;
        const ui = transientState(id);
        const shown = session.store.widgetValue(id);
        if (ui.query == null && typeof shown === "string" && shown) {
          // The field showed the current choice: typing starts a search for the typed text.
          const typed = insertedText(shown, query);
          if (typed) query = typed;
        }
        updateTransientState(id, { open: true, query, highlight: initialHighlight(props, query, null) });
      },
      keydown(event, id, session) {
        const keyboard = /** @type {KeyboardEvent} */ (event);
        const target = /** @type {HTMLElement} */ (event.target);
        if (target.getAttribute("role") !== "combobox") return;
        const ui = transientState(id);
        const props = widgetProps(session, id, "selectbox");
        if (
          keyboard.key === "ArrowDown" ||
          keyboard.key === "ArrowUp" ||
          keyboard.key === "PageDown" ||
          keyboard.key === "PageUp"
        ) {
          keyboard.preventDefault();
          if (!ui.open) openList(session, id);
          else {
            const rows = selectboxItems(props, ui.query ?? null);
            const next = movedHighlight(keyboard.key, ui.highlight ?? 0, rows.length);
            if (next !== null) updateTransientState(id, { highlight: next });
          }
        } else if (keyboard.key === "Enter") {
          if (ui.open) {
            keyboard.preventDefault();
            choose(session, id, ui.highlight ?? 0);
          }
        } else if (keyboard.key === "Escape") {
          if (ui.open || ui.query !== undefined) {
            keyboard.preventDefault();
            clearTransientState(id);
          } else if (props.clearable && session.store.widgetValue(id) != null) {
            keyboard.preventDefault();
            commitValue(session, id, "selectbox", null);
          }
        }
      },
      focusout(event, id) {
        // Leaving the widget closes the list and drops the typed text (the choice stays).
        if (focusLeavesWidget(/** @type {FocusEvent} */ (event))) clearTransientState(id);
      },
    },
  },
};
