// st.expander, st.tabs and st.popover, plus the spinner of cached functions.
//
// Whether an expander is open, which tab is selected and whether a popover is open is
// the page's own state (local component state), so it survives reruns as long as the
// element keeps its DOM node. A stateful one (on_change= in the script; its element id
// is a widget id) reports its state through the session, and shows the widget value.

import { useEffect, useRef, useState } from "preact/hooks";
import { MarkdownContainer } from "./markdown.jsx";
import { HelpIcon } from "./help_icon.jsx";
import { keyClass } from "../render/block.jsx";
import { useSubscription, useWidgetValue } from "../render/context.js";
import { useDelegatedEvents } from "../render/delegate.js";
import { FlexBlock } from "./layout.jsx";
import "../styles/layout.css";
import { DynamicIcon } from "./dynamic_icon.jsx";

/**
 * @template {import("../generated/elements").ElementTypeName} T
 * @typedef {import("../render/registry.js").ElementComponentProps<T>} LayoutProps
 */

const WIDGET_ID_PREFIX = "$$ID";

/** @param {string} id */
function isStateful(id) {
  return id.startsWith(WIDGET_ID_PREFIX);
}

/** A chevron drawn inline: the page ships no icon font. @param {{direction: "down" | "up" | "right"}} p */
export function Chevron({ direction }) {
  const rotation = { down: 0, up: 180, right: -90 }[direction];
  return (
    <svg
      class="wl-chevron"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      style={{ transform: `rotate(${rotation}deg)` }}
    >
      <path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z" fill="currentColor" />
    </svg>
  );
}

/** An emoji or a Material icon (its glyph). @param {{icon?: string, testId?: string}} p */
export function Icon({ icon, testId }) {
  if (!icon) return null;
  return (
    <span class="wl-icon" data-testid={testId} aria-hidden="true">
      <DynamicIcon icon={icon} />
    </span>
  );
}

/**
 * Local open/selected state that follows the script when the script's own value changes,
 * and starts over from it when the element's identity changes: the page keys elements by
 * position, so another expander (another label) can take this one's DOM node, and must
 * not take its state (Streamlit resets an expander whose label changes).
 * @template T @param {T} scriptValue @param {unknown} [identity] @returns {[T, (value: T) => void]}
 */
function useFollowingState(scriptValue, identity) {
  const [value, setValue] = useState(scriptValue);
  const last = useRef({ scriptValue, identity });
  if (last.current.scriptValue !== scriptValue || last.current.identity !== identity) {
    last.current = { scriptValue, identity };
    if (value !== scriptValue) setValue(scriptValue);
  }
  return [value, setValue];
}

// ----- expander ----------------------------------------------------------------------

/** @param {LayoutProps<"expander">} p */
function Expander({ id, props }) {
  const stateful = isStateful(id);
  const widgetValue = useWidgetValue(id);
  const [localOpen, setLocalOpen] = useFollowingState(Boolean(props.expanded), props.label);
  const open = stateful ? Boolean(widgetValue) : localOpen;
  const toggleEvents = useDelegatedEvents(`${id}:expander`, {
    toggle(event, element) {
      if (!stateful && event.target === element) setLocalOpen(/** @type {HTMLDetailsElement} */ (element).open);
    },
  });
  return (
    <div class="stLayoutWrapper" data-testid="stLayoutWrapper" data-widget-id={stateful ? id : undefined}>
      <div class={`stExpander wl-expander-${props.kind || "default"}${keyClass(props.key)}`} data-testid="stExpander">
        <details open={open} {...toggleEvents}>
          <summary>
            <span class="wl-expander-toggle">
              {props.icon ? <Icon icon={props.icon} testId="stExpanderIcon" /> : <Chevron direction={open ? "down" : "right"} />}
            </span>
            <MarkdownContainer source={props.label} inline class="wl-expander-label" />
          </summary>
          <div class="stExpanderDetails" data-testid="stExpanderDetails">
            <FlexBlock id={id} />
          </div>
        </details>
      </div>
    </div>
  );
}

// ----- tabs --------------------------------------------------------------------------

/** @param {KeyboardEvent} event @param {number} index @param {number} count @returns {number | null} */
export function tabIndexAfterKey(event, index, count) {
  switch (event.key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** @param {LayoutProps<"tabs">} p */
function Tabs({ id, props }) {
  const store = useSubscription(id);
  const stateful = isStateful(id);
  const widgetValue = useWidgetValue(id);
  /** @type {string[]} */
  const labels = props.labels;
  const [localSelected, setLocalSelected] = useFollowingState(Number(props.selected) || 0);
  const widgetIndex = labels.indexOf(String(widgetValue));
  const selected = Math.min(stateful && widgetIndex >= 0 ? widgetIndex : localSelected, labels.length - 1);
  const tabList = useRef(/** @type {HTMLDivElement | null} */ (null));
  const panels = store.children(id);
  const domId = `wl-tabs-${id}`;

  /** @param {number} index @param {boolean} focus */
  function select(index, focus) {
    if (!stateful) setLocalSelected(index);
    if (focus && tabList.current) /** @type {HTMLElement} */ (tabList.current.children[index]).focus();
  }

  const tabListEvents = useDelegatedEvents(`${id}:tabs`, {
    click(event) {
      const tab = /** @type {HTMLElement} */ (event.target).closest("[data-tab-index]");
      if (tab) select(Number(tab.getAttribute("data-tab-index")), false);
    },
    keydown(event) {
      const next = tabIndexAfterKey(/** @type {KeyboardEvent} */ (event), selected, labels.length);
      if (next === null) return;
      event.preventDefault();
      select(next, true);
      // Arrow keys move the selection, as clicks do: stateful tabs report it too.
      const tab = /** @type {HTMLElement | undefined} */ (tabList.current?.children[next]);
      if (stateful && tab) tab.click();
    },
  });
  return (
    <div class={`stTabs${keyClass(props.key)}`} data-testid="stTabs" data-widget-id={stateful ? id : undefined}>
      <div class="wl-tab-list" role="tablist" ref={tabList} {...tabListEvents}>
        {labels.map((label, index) => (
          <button
            type="button"
            role="tab"
            key={index}
            class={`wl-tab${index === selected ? " wl-tab-selected" : ""}`}
            data-testid="stTab"
            id={`${domId}-tab-${index}`}
            aria-selected={index === selected ? "true" : "false"}
            aria-controls={`${domId}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            data-tab-label={label}
            data-tab-index={index}
          >
            <MarkdownContainer source={label} inline />
          </button>
        ))}
      </div>
      {panels.map((panel, index) => (
        <div
          key={panel.id}
          class="wl-tab-panel"
          data-testid="stTabPanel"
          role="tabpanel"
          id={`${domId}-panel-${index}`}
          aria-labelledby={`${domId}-tab-${index}`}
          hidden={index !== selected}
          tabIndex={0}
        >
          <FlexBlock id={panel.id} />
        </div>
      ))}
    </div>
  );
}

// Tab nodes render inside their tabs element; this never shows on its own.

// ----- popover -----------------------------------------------------------------------

/** @param {LayoutProps<"popover">} p */
function Popover({ id, props }) {
  const stateful = isStateful(id);
  const widgetValue = useWidgetValue(id);
  const [localOpen, setLocalOpen] = useState(false);
  const open = stateful ? Boolean(widgetValue) : localOpen;
  const wrapper = useRef(/** @type {HTMLDivElement | null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement | null} */ (null));

  /** @param {boolean} value */
  function setOpen(value) {
    if (!stateful) setLocalOpen(value);
    else if (button.current && value !== open) button.current.click();
  }

  // While open, a click outside or Escape closes it (page-local behaviour, not a widget event).
  useEffect(() => {
    if (!open) return undefined;
    /** @param {PointerEvent} event */
    const onPointer = (event) => {
      if (wrapper.current && !wrapper.current.contains(/** @type {Node} */ (event.target))) setOpen(false);
    };
    /** @param {KeyboardEvent} event */
    const onKey = (event) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      if (button.current) button.current.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const buttonEvents = useDelegatedEvents(`${id}:popover`, {
    click() {
      if (!stateful) setLocalOpen(!open);
    },
  });
  const stretch = props.width === "stretch";
  return (
    <div class="stLayoutWrapper" data-testid="stLayoutWrapper" data-widget-id={stateful ? id : undefined}>
      <div class={`stPopover${keyClass(props.key)}${stretch ? " wl-stretch" : ""}`} data-testid="stPopover" ref={wrapper}>
        <button
          type="button"
          ref={button}
          kind={props.kind}
          class={`stBaseButton ${props.kind}${stretch ? " stretch" : ""}`}
          data-testid="stPopoverButton"
          aria-haspopup="dialog"
          aria-expanded={open ? "true" : "false"}
          disabled={props.disabled}
          {...buttonEvents}
        >
          <Icon icon={props.icon} />
          <MarkdownContainer source={props.label} inline />
          <Chevron direction={open ? "up" : "down"} />
        </button>
        {props.help ? <HelpIcon text={props.help} /> : null}
        <div class="wl-popover-body" data-testid="stPopoverBody" role="dialog" aria-label={props.label} hidden={!open}>
          <FlexBlock id={id} />
        </div>
      </div>
    </div>
  );
}

// ----- the spinner a cached function shows on a miss ------------------------------------

/** @param {LayoutProps<"cache_spinner">} p */
function CacheSpinner({ props }) {
  return (
    <div class="stSpinner" data-testid="stSpinner" role="status">
      <span class="wl-spinner-icon" aria-hidden="true" />
      <MarkdownContainer source={props.text} inline />
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const collapsiblesElements = {
  expander: {
    component: Expander,
    layout: true,
    events: {
      click(event, id, session) {
        const summary = /** @type {HTMLElement} */ (event.target).closest("summary");
        const host = summary?.closest("[data-widget-id]");
        if (!summary || !host || host.getAttribute("data-widget-id") !== id) return;
        // The script owns a stateful expander's state: ask it instead of toggling here.
        event.preventDefault();
        const details = /** @type {HTMLDetailsElement} */ (summary.parentElement);
        session.setValue(id, !details.open);
      },
    },
  },
  tabs: {
    component: Tabs,
    layout: true,
    events: {
      click(event, id, session) {
        const tab = /** @type {HTMLElement} */ (event.target).closest('[role="tab"]');
        const host = tab?.closest("[data-widget-id]");
        if (!tab || !host || host.getAttribute("data-widget-id") !== id) return;
        session.setValue(id, tab.getAttribute("data-tab-label"));
      },
    },
  },
  tab: { component: ({ id }) => <FlexBlock id={id} />, layout: true },
  popover: {
    component: Popover,
    layout: true,
    events: {
      click(event, id, session) {
        const button = /** @type {HTMLElement} */ (event.target).closest('[data-testid="stPopoverButton"]');
        const host = button?.closest("[data-widget-id]");
        if (!button || !host || host.getAttribute("data-widget-id") !== id || button.hasAttribute("disabled")) return;
        session.setValue(id, button.getAttribute("aria-expanded") !== "true");
      },
    },
  },
  cache_spinner: { component: CacheSpinner },
};
