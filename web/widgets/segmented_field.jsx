// A date or time shown as separately editable segments (2024 / 01 / 15, 08 : 45), each a
// focusable role="spinbutton": arrow keys change it, digits type into it, Left/Right
// move between segments. The widget decides when an edit becomes a committed value.

import { Fragment } from "preact";
import { SEGMENT_NAMES, segmentRange, segmentText, stepSegment, typeDigit } from "./segments.js";

/** @typedef {import("./segments.js").Parts} Parts @typedef {import("./segments.js").SegmentType} SegmentType */

/**
 * @param {{group: string, order: SegmentType[], separator: string, parts: Parts, label: string,
 *          twelveHour?: boolean, disabled?: boolean}} props
 */
export function SegmentedField({ group, order, separator, parts, label, twelveHour = false, disabled = false }) {
  return (
    <div class="wl-segments" role="group" aria-label={label} data-wl-group={group}>
      {order.map((type, index) => {
        const text = segmentText(type, parts, twelveHour);
        const empty =
          type === "dayPeriod"
            ? parts.hour === null || parts.hour === undefined
            : parts[type] === null || parts[type] === undefined;
        const [low, high] = type === "hour" && twelveHour ? [1, 12] : segmentRange(type, parts);
        return (
          <Fragment key={type}>
            {index > 0 ? (
              <span class="wl-segment-literal" aria-hidden="true">
                {type === "dayPeriod" ? "\u00a0" : separator}
              </span>
            ) : null}
            <span
              class={`wl-segment${empty ? " wl-placeholder" : ""}`}
              role="spinbutton"
              tabIndex={disabled ? -1 : 0}
              data-wl-segment={type}
              data-wl-group={group}
              aria-label={`${SEGMENT_NAMES[type]}, ${label}`}
              aria-valuemin={low}
              aria-valuemax={high}
              aria-valuenow={empty || type === "dayPeriod" ? undefined : Number(text)}
              aria-valuetext={empty ? "Empty" : text}
              aria-disabled={disabled ? "true" : undefined}
              inputMode="numeric"
            >
              {text}
            </span>
          </Fragment>
        );
      })}
    </div>
  );
}

/** Focus moves from a segment to something that is not a segment of the same widget.
 * @param {FocusEvent} event */
export function leavesSegments(event) {
  const from = /** @type {HTMLElement} */ (event.target);
  if (!from.hasAttribute("data-wl-segment")) return false;
  const host = from.closest("[data-widget-id]");
  const next = /** @type {HTMLElement | null} */ (event.relatedTarget);
  return !next || !host?.contains(next) || !next.hasAttribute("data-wl-segment");
}

/** Move focus to the next or previous segment of the same widget. @param {HTMLElement} segment @param {1 | -1} direction */
export function focusSiblingSegment(segment, direction) {
  const host = segment.closest("[data-widget-id]");
  if (!host) return;
  const all = /** @type {HTMLElement[]} */ ([...host.querySelectorAll("[data-wl-segment]")]);
  const next = all[all.indexOf(segment) + direction];
  if (next) next.focus();
}

/**
 * Apply a key pressed on a segment. Returns the edited parts and whether the edit came
 * from an arrow key, or null when the key is not a segment edit.
 * @param {KeyboardEvent} event @param {Parts} parts @param {{start: Parts, typed: string, twelveHour?: boolean,
 *          arrowStep?: (parts: Parts, type: SegmentType, direction: 1 | -1) => Parts | null}} options
 * @returns {{parts: Parts, typed: string, byArrow: boolean} | null}
 */
export function editSegment(event, parts, options) {
  const segment = /** @type {HTMLElement} */ (event.target);
  const type = /** @type {SegmentType} */ (segment.getAttribute("data-wl-segment"));
  const twelveHour = Boolean(options.twelveHour);
  if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
    event.preventDefault();
    focusSiblingSegment(segment, event.key === "ArrowRight" ? 1 : -1);
    return null;
  }
  if (event.key === "ArrowUp" || event.key === "ArrowDown") {
    event.preventDefault();
    const direction = event.key === "ArrowUp" ? 1 : -1;
    const snapped = options.arrowStep ? options.arrowStep(parts, type, direction) : null;
    return { parts: snapped ?? stepSegment(parts, type, direction, options.start), typed: "", byArrow: true };
  }
  if (event.key === "Backspace" || event.key === "Delete") {
    event.preventDefault();
    const key = type === "dayPeriod" ? "hour" : type;
    return { parts: { ...parts, [key]: null }, typed: "", byArrow: false };
  }
  if (type === "dayPeriod" && /^[ap]$/i.test(event.key)) {
    event.preventDefault();
    const hour = parts.hour ?? options.start.hour ?? 0;
    const afternoon = event.key.toLowerCase() === "p";
    return { parts: { ...parts, hour: (hour % 12) + (afternoon ? 12 : 0) }, typed: "", byArrow: false };
  }
  if (/^\d$/.test(event.key) && type !== "dayPeriod") {
    event.preventDefault();
    const result = typeDigit(parts, type, options.typed, event.key, twelveHour);
    if (result.advance) focusSiblingSegment(segment, 1);
    return { parts: result.parts, typed: result.buffer, byArrow: false };
  }
  return null;
}
