// st.slider and st.select_slider: each thumb is a native <input type="range"> laid over
// the track, so pointer and keyboard work as in any slider. Values show while dragging
// ("input") and are committed on release or per key press ("change"), as in Streamlit.

import { Fragment } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { MarkdownContainer } from "../elements/markdown.jsx";
import { useWidgetValue } from "../render/context.js";
import { commitValue, widgetHost, widgetProps } from "./choice_common.js";
import { widthStyle } from "./input_parts.jsx";
import { sliderValueText } from "./formatting.js";
import { WidgetLabel, domId } from "./label.jsx";
import { clearTransientState, transientState, updateTransientState, useTransientState } from "./transient.js";
import "../styles/choice_widgets.css";

/** @typedef {import("../generated/elements").SliderProps | import("../generated/elements").SelectSliderProps} SliderPropsOfEither */

/**
 * The slider's geometry in page numbers: select_slider works on option positions.
 * @param {SliderPropsOfEither} props
 */
export function sliderScale(props) {
  if ("options" in props) return { min: 0, max: Math.max(0, props.options.length - 1), step: 1, options: props.options };
  return { min: Number(props.min), max: Number(props.max), step: Number(props.step), options: null };
}

/** Decimal places of a step, to keep 0.1 + 0.2 from showing as 0.30000000000000004. @param {number} step */
function stepDecimals(step) {
  const text = String(step);
  const exponent = text.toLowerCase().indexOf("e-");
  if (exponent > 0) return Number(text.slice(exponent + 2)) + Math.max(0, exponent - 2);
  const point = text.indexOf(".");
  return point >= 0 ? text.length - point - 1 : 0;
}

/** @param {number} value @param {number} step */
export function roundToStep(value, step) {
  const decimals = stepDecimals(step);
  if (!decimals) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The committed value as page numbers (option positions for select_slider), kept in range.
 * @param {unknown} value @param {ReturnType<typeof sliderScale>} scale
 * @returns {number[]}
 */
export function valueNumbers(value, scale) {
  const raw = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const numbers = raw.map((item) => {
    if (!scale.options) return Number(item);
    const position = scale.options.indexOf(String(item));
    return Math.max(position, 0);
  });
  const clamp = (/** @type {number} */ number) => Math.min(Math.max(number, scale.min), scale.max);
  return numbers.length ? numbers.map(clamp) : [scale.min];
}

/** @param {number} number @param {ReturnType<typeof sliderScale>} scale */
function percentOf(number, scale) {
  return scale.max === scale.min ? 0 : ((number - scale.min) / (scale.max - scale.min)) * 100;
}

/** Keep thumb values inside the slider, and apart from each other (24px) in a range. @param {HTMLElement} slider */
function placeThumbValues(slider) {
  const bounds = slider.getBoundingClientRect();
  /** @type {HTMLElement[]} */
  const labels = Array.from(slider.querySelectorAll(".wl-thumb-value"));
  for (const label of labels) {
    label.style.left = "";
    label.style.right = "";
    const box = label.getBoundingClientRect();
    const thumb = /** @type {HTMLElement} */ (label.parentElement).getBoundingClientRect();
    const center = thumb.left + thumb.width / 2;
    if (center - box.width / 2 < bounds.left) label.style.left = `${bounds.left - thumb.left}px`;
    else if (center + box.width / 2 > bounds.right) {
      label.style.left = "auto";
      label.style.right = `${thumb.right - bounds.right}px`;
    }
  }
  if (labels.length === 2) {
    const [start, end] = labels.map((label) => label.getBoundingClientRect());
    const overlap = start.right + 24 - end.left;
    if (overlap > 0) {
      labels[0].style.left = `${(parseFloat(labels[0].style.left) || -start.width / 2) - overlap / 2}px`;
      labels[1].style.left = `${(parseFloat(labels[1].style.left) || -end.width / 2) + overlap / 2}px`;
    }
  }
}

/** @param {{id: string, props: SliderPropsOfEither}} p */
function Slider({ id, props }) {
  const value = useWidgetValue(id);
  const ui = useTransientState(id);
  const scale = sliderScale(props);
  const committed = valueNumbers(value, scale);
  /** @type {number[]} */
  const numbers = ui.dragging && ui.dragging.length === committed.length ? ui.dragging : committed;
  const texts = numbers.map((number) => sliderValueText(number, props, scale.options));
  const labelId = domId(id, "label");
  const disabled = Boolean(props.disabled);
  const range = numbers.length > 1;
  const fillStart = range ? percentOf(numbers[0], scale) : 0;
  const fillEnd = percentOf(numbers[numbers.length - 1], scale);
  // Two thumbs on one spot in the upper half: the start thumb must be the one grabbed,
  // or the end thumb (on top) could not move left past it and the pair would be stuck.
  const startOnTop = range && numbers[0] === numbers[1] && numbers[0] > (scale.min + scale.max) / 2;
  /** @type {import("preact").RefObject<HTMLDivElement>} */
  const sliderRef = useRef(null);
  useLayoutEffect(() => {
    if (sliderRef.current) placeThumbValues(sliderRef.current);
  });
  return (
    <div class={`stSlider${disabled ? " disabled" : ""}`} data-testid="stSlider" style={widthStyle(props)}>
      <WidgetLabel label={props.label} help={props.help} visibility={props.labelVisibility} id={labelId} disabled={disabled} />
      <div class={`wl-slider${range ? " range" : ""}`} role="group" aria-labelledby={labelId} ref={sliderRef}>
        <div class="wl-slider-rail">
          <div class="wl-slider-track" style={{ "--wl-fill-start": `${fillStart}%`, "--wl-fill-end": `${fillEnd}%` }} />
          {numbers.map((number, thumb) => (
            <Fragment key={thumb}>
              <input
                type="range"
                class={`wl-slider-input${thumb === 0 && startOnTop ? " on-top" : ""}`}
                data-thumb={String(thumb)}
                min={scale.min}
                max={scale.max}
                step={scale.step}
                value={number}
                disabled={disabled}
                aria-label={range ? `${props.label} — ${thumb === 0 ? "start" : "end"}` : props.label}
                aria-valuetext={texts[thumb]}
              />
              <div class="wl-slider-thumb" style={{ left: `${percentOf(number, scale)}%` }}>
                <div class="wl-thumb-value" data-testid="stSliderThumbValue">
                  <MarkdownContainer source={texts[thumb]} inline />
                </div>
              </div>
            </Fragment>
          ))}
        </div>
        <div class="wl-tickbar" data-testid="stSliderTickBar">
          <MarkdownContainer source={sliderValueText(scale.min, props, scale.options)} inline />
          <MarkdownContainer source={sliderValueText(scale.max, props, scale.options)} inline />
        </div>
      </div>
    </div>
  );
}

/**
 * The values with one thumb moved; a range's thumbs never cross.
 * @param {HTMLInputElement} input @param {number[]} numbers @param {ReturnType<typeof sliderScale>} scale
 */
function movedNumbers(input, numbers, scale) {
  const thumb = Number(input.getAttribute("data-thumb"));
  let moved = roundToStep(Number(input.value), scale.step);
  if (numbers.length > 1) {
    moved = thumb === 0 ? Math.min(moved, numbers[1]) : Math.max(moved, numbers[0]);
    if (String(moved) !== input.value) input.value = String(moved);
  }
  const next = [...numbers];
  next[thumb] = moved;
  return next;
}

/** Which of its two types a slider is (this module draws both). @param {import("../session.js").SessionClient} session @param {string} id */
function sliderType(session, id) {
  return session.store.element(id)?.type === "select_slider" ? "select_slider" : "slider";
}

/**
 * Page numbers as the widget's value (the options at those positions, for select_slider).
 * @param {number[]} numbers @param {ReturnType<typeof sliderScale>} scale
 */
function valueOfNumbers(numbers, scale) {
  const options = scale.options;
  return options ? numbers.map((position) => options[position]) : numbers;
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
function currentNumbers(session, id) {
  const scale = sliderScale(widgetProps(session, id, sliderType(session, id)));
  const dragging = transientState(id).dragging;
  return { scale, numbers: dragging || valueNumbers(session.store.widgetValue(id), scale) };
}

/**
 * A click on a range slider's track moves the nearer thumb there (a single slider's
 * native input covers its track and does this itself).
 * @param {MouseEvent} event @param {string} id @param {import("../session.js").SessionClient} session
 */
function moveNearestThumb(event, id, session) {
  const rail = /** @type {HTMLElement} */ (event.target).closest(".wl-slider-rail");
  const props = widgetProps(session, id, sliderType(session, id));
  if (!rail || props.disabled) return;
  const { scale, numbers } = currentNumbers(session, id);
  if (numbers.length < 2) return;
  const box = rail.getBoundingClientRect();
  const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
  const steps = Math.round((fraction * (scale.max - scale.min)) / scale.step);
  const target = Math.min(scale.max, roundToStep(scale.min + steps * scale.step, scale.step));
  const thumb = Math.abs(target - numbers[0]) <= Math.abs(target - numbers[1]) && target <= numbers[1] ? 0 : 1;
  const next = [...numbers];
  next[thumb] = thumb === 0 ? Math.min(target, numbers[1]) : Math.max(target, numbers[0]);
  if (next[thumb] === numbers[thumb]) return;
  commitValue(session, id, sliderType(session, id), valueOfNumbers(next, scale));
}

const events = {
  /** @type {import("../render/registry.js").EventHandler} */
  click(event, id, session) {
    if (!(/** @type {HTMLElement} */ (event.target).matches("input")))
      moveNearestThumb(/** @type {MouseEvent} */ (event), id, session);
  },
  /** While a thumb moves, show its value; nothing is sent yet. @type {import("../render/registry.js").EventHandler} */
  input(event, id, session) {
    const input = /** @type {HTMLInputElement} */ (event.target);
    if (input.type !== "range") return;
    const { scale, numbers } = currentNumbers(session, id);
    updateTransientState(id, { dragging: movedNumbers(input, numbers, scale) });
  },
  /** Release (or a key press) commits, as Streamlit's onChangeEnd does. @type {import("../render/registry.js").EventHandler} */
  change(event, id, session) {
    const input = /** @type {HTMLInputElement} */ (event.target);
    if (input.type !== "range") return;
    const { scale, numbers } = currentNumbers(session, id);
    const next = movedNumbers(input, numbers, scale);
    clearTransientState(id);
    const committed = valueNumbers(session.store.widgetValue(id), scale);
    if (next.length === committed.length && next.every((number, index) => number === committed[index])) return;
    commitValue(session, id, sliderType(session, id), valueOfNumbers(next, scale));
  },
  /** A drag that ends where it began commits nothing, but the shown value must settle. @type {import("../render/registry.js").EventHandler} */
  pointerup(event, id) {
    const host = widgetHost(event);
    if (host && transientState(id).dragging) setTimeout(() => clearTransientState(id), 0);
  },
};

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const sliderElements = {
  slider: { component: Slider, events },
  select_slider: { component: Slider, events },
};
