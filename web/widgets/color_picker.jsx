// st.color_picker: a swatch button opening a picker (saturation/brightness area, hue
// slider, hex field). As in Streamlit, the colour is committed when the picker closes:
// the swatch clicked again, Escape, or focus leaving the widget.

import { useWidgetValue } from "../render/context.js";
import { commitValue, widgetHost, widgetProps } from "./choice_common.js";
import { focusLeavesWidget, widthStyle } from "./input_parts.jsx";
import { hexToHsv, hsvToHex, normalizeHex } from "./color.js";
import { WidgetLabel, domId } from "./label.jsx";
import { clearTransientState, transientState, updateTransientState, useTransientState } from "./transient.js";
import "../styles/choice_widgets.css";

// Arrow keys move the saturation/brightness point this much (Shift: ten times as far).
const KEY_STEP = 0.01;

/**
 * The picker's state while it is open (openPicker sets the colour and its HSV together), else null.
 * @param {import("./transient.js").TransientUiState} ui
 */
function pickerState(ui) {
  return ui.open && ui.draft !== undefined && ui.hsv ? { draft: ui.draft, hsv: ui.hsv, hexText: ui.hexText } : null;
}

/** @param {{id: string, props: import("../generated/elements").ColorPickerProps}} p */
function ColorPicker({ id, props }) {
  const value = String(useWidgetValue(id) ?? "#000000");
  const ui = useTransientState(id);
  const disabled = Boolean(props.disabled);
  const picker = disabled ? null : pickerState(ui);
  const open = picker !== null;
  const shown = picker ? picker.draft : value;
  const hsv = picker ? picker.hsv : null;
  const buttonId = domId(id, "swatch");
  return (
    <div class={`stColorPicker${disabled ? " disabled" : ""}`} data-testid="stColorPicker" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        htmlFor={buttonId}
        disabled={disabled}
      />
      <button
        type="button"
        id={buttonId}
        class="wl-color-button"
        aria-label={`${props.label} color picker`}
        aria-expanded={open ? "true" : "false"}
        aria-haspopup="dialog"
        disabled={disabled}
      >
        <div class="wl-color-block" data-testid="stColorPickerBlock" style={{ backgroundColor: shown }} />
      </button>
      {open && hsv ? (
        <div
          class="wl-color-popover"
          role="dialog"
          tabIndex={-1}
          aria-label={`${props.label} color picker`}
          data-testid="stColorPickerPopover"
        >
          <div
            class="wl-color-area"
            role="slider"
            tabIndex={0}
            aria-label="Saturation and brightness"
            aria-valuetext={`Saturation ${Math.round(hsv.s * 100)}%, brightness ${Math.round(hsv.v * 100)}%`}
            aria-valuenow={Math.round(hsv.s * 100)}
            style={{ backgroundColor: hsvToHex({ h: hsv.h, s: 1, v: 1 }) }}
          >
            <div class="wl-color-area-white" />
            <div class="wl-color-area-black" />
            <div class="wl-color-pointer" style={{ left: `${hsv.s * 100}%`, top: `${(1 - hsv.v) * 100}%` }} />
          </div>
          <div class="wl-color-controls">
            <div class="wl-color-preview" style={{ backgroundColor: shown }} />
            <input type="range" class="wl-color-hue" min={0} max={359} step={1} value={Math.round(hsv.h)} aria-label="Hue" />
          </div>
          <label class="wl-color-hex">
            <input
              type="text"
              class="wl-color-hex-input"
              value={ui.hexText ?? shown.toUpperCase()}
              spellcheck={false}
              aria-label="Hex"
            />
            <span class="wl-color-hex-caption">HEX</span>
          </label>
        </div>
      ) : null}
    </div>
  );
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
function openPicker(session, id) {
  if (widgetProps(session, id, "color_picker").disabled) return;
  const draft = normalizeHex(String(session.store.widgetValue(id) ?? "")) || "#000000";
  updateTransientState(id, { open: true, draft, hsv: hexToHsv(draft), hexText: undefined });
}

/** Close the picker and commit the colour if it changed (letter case aside). @param {import("../session.js").SessionClient} session @param {string} id */
function closePicker(session, id) {
  const picker = pickerState(transientState(id));
  clearTransientState(id);
  if (!picker) return;
  const current = String(session.store.widgetValue(id) ?? "");
  if (picker.draft.toLowerCase() !== current.toLowerCase()) commitValue(session, id, "color_picker", picker.draft);
}

/** @param {string} id @param {{h: number, s: number, v: number}} hsv */
function setHsv(id, hsv) {
  updateTransientState(id, { hsv, draft: hsvToHex(hsv), hexText: undefined });
}

/** The saturation/brightness under the pointer. @param {PointerEvent} event @param {string} id */
function pickFromArea(event, id) {
  const area = /** @type {HTMLElement} */ (/** @type {HTMLElement} */ (event.target).closest(".wl-color-area"));
  const box = area.getBoundingClientRect();
  const clamp = (/** @type {number} */ number) => Math.min(1, Math.max(0, number));
  const hsv = transientState(id).hsv;
  if (!hsv) return;
  setHsv(id, {
    h: hsv.h,
    s: clamp((event.clientX - box.left) / box.width),
    v: clamp(1 - (event.clientY - box.top) / box.height),
  });
}

/** @param {Event} event */
function inArea(event) {
  return Boolean(/** @type {HTMLElement} */ (event.target).closest(".wl-color-area"));
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const colorPickerElements = {
  color_picker: {
    component: ColorPicker,
    events: {
      click(event, id, session) {
        if (!(/** @type {HTMLElement} */ (event.target).closest(".wl-color-button"))) return;
        if (transientState(id).open) closePicker(session, id);
        else openPicker(session, id);
      },
      pointerdown(event, id) {
        if (!inArea(event) || !transientState(id).open) return;
        const pointer = /** @type {PointerEvent} */ (event);
        const area = /** @type {HTMLElement} */ (/** @type {HTMLElement} */ (event.target).closest(".wl-color-area"));
        // Keep receiving moves while the button is held, even outside the area.
        if (typeof area.setPointerCapture === "function") area.setPointerCapture(pointer.pointerId);
        pickFromArea(pointer, id);
      },
      pointermove(event, id) {
        const pointer = /** @type {PointerEvent} */ (event);
        if (inArea(event) && pointer.buttons & 1 && transientState(id).open) pickFromArea(pointer, id);
      },
      input(event, id) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        const picker = pickerState(transientState(id));
        if (!picker) return;
        if (input.classList.contains("wl-color-hue")) {
          setHsv(id, { ...picker.hsv, h: Number(input.value) });
        } else if (input.classList.contains("wl-color-hex-input")) {
          const hex = normalizeHex(input.value);
          updateTransientState(id, hex ? { hexText: input.value, draft: hex, hsv: hexToHsv(hex) } : { hexText: input.value });
        }
      },
      keydown(event, id, session) {
        const keyboard = /** @type {KeyboardEvent} */ (event);
        const picker = pickerState(transientState(id));
        if (!picker) return;
        if (keyboard.key === "Escape") {
          keyboard.preventDefault();
          closePicker(session, id);
          /** @type {HTMLElement | null} */ (widgetHost(event)?.querySelector(".wl-color-button") ?? null)?.focus();
          return;
        }
        if (keyboard.key === "Enter" && /** @type {HTMLElement} */ (event.target).classList.contains("wl-color-hex-input")) {
          keyboard.preventDefault();
          updateTransientState(id, { hexText: undefined });
          return;
        }
        if (!inArea(event)) return;
        const step = keyboard.shiftKey ? KEY_STEP * 10 : KEY_STEP;
        const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
        const move = moves[/** @type {keyof typeof moves} */ (keyboard.key)];
        if (!move) return;
        keyboard.preventDefault();
        const clamp = (/** @type {number} */ number) => Math.min(1, Math.max(0, number));
        const { hsv } = picker;
        setHsv(id, { h: hsv.h, s: clamp(hsv.s + move[0]), v: clamp(hsv.v + move[1]) });
      },
      focusout(event, id, session) {
        if (focusLeavesWidget(/** @type {FocusEvent} */ (event))) closePicker(session, id);
      },
    },
  },
};
