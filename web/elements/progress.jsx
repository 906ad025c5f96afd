// st.progress, st.spinner and st.status: feedback that changes while the script runs.

import { useEffect, useRef, useState } from "preact/hooks";
import { useDelegatedEvents } from "../render/delegate.js";
import { VerticalBlock } from "../render/block.jsx";
import { MarkdownContainer } from "./markdown.jsx";
import "../styles/feedback.css";

/** @param {{props: import("../generated/elements").ProgressProps}} p */
function Progress({ props }) {
  const value = Math.max(0, Math.min(100, Number(props.value) || 0));
  return (
    <div class="stProgress" data-testid="stProgress">
      {props.text ? <MarkdownContainer source={props.text} class="wl-progress-text" /> : null}
      <div
        class="stProgressBarTrack"
        data-testid="stProgressBarTrack"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-label={props.text || "Progress"}
      >
        <div class="wl-progress-fill" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}

/** Seconds since the spinner appeared (show_time=True). */
function Elapsed() {
  const started = useRef(performance.now());
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 100);
    return () => clearInterval(timer);
  }, []);
  return <span class="wl-spinner-time">({((performance.now() - started.current) / 1000).toFixed(1)} seconds)</span>;
}

/** Shown only after half a second, as Streamlit delays it, so quick blocks never flash one. @param {{props: import("../generated/elements").SpinnerProps}} p */
function Spinner({ props }) {
  return (
    <div class="stSpinner wl-delayed" data-testid="stSpinner" role="status">
      <span class="wl-spinner-icon" data-testid="stSpinnerIcon" aria-hidden="true" />
      <MarkdownContainer source={props.text} inline />
      {props.showTime ? <Elapsed /> : null}
    </div>
  );
}

const STATE_ICONS = {
  running: { testId: "stExpanderIconSpinner", className: "wl-spinner-icon" },
  complete: { testId: "stExpanderIconCheck", className: "wl-status-check" },
  error: { testId: "stExpanderIconError", className: "wl-status-error" },
};

/** st.status: an expander whose label shows the state. @param {{id: string, props: import("../generated/elements").StatusProps}} p */
function Status({ id, props }) {
  const [open, setOpen] = useState(Boolean(props.expanded));
  // The script's update(expanded=...) wins when it is called; otherwise the user's toggle stays.
  useEffect(() => setOpen(Boolean(props.expanded)), [props.expandedVersion || 0]);
  const icon = STATE_ICONS[props.state] || STATE_ICONS.running;
  const toggleEvents = useDelegatedEvents(`${id}:status`, {
    toggle(event, element) {
      if (event.target === element) setOpen(/** @type {HTMLDetailsElement} */ (element).open);
    },
  });
  return (
    <div class="stExpander wl-status" data-testid="stExpander" data-state={props.state}>
      <details open={open} {...toggleEvents}>
        <summary class="wl-status-summary">
          <span class={icon.className} data-testid={icon.testId} aria-label={props.state} role="img" />
          <MarkdownContainer source={props.label} inline class="wl-status-label" />
        </summary>
        <div class="stExpanderDetails" data-testid="stExpanderDetails">
          <VerticalBlock id={id} />
        </div>
      </details>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const progressElements = {
  progress: { component: Progress },
  spinner: { component: Spinner },
  status: { component: Status },
};
