// st.dialog: a modal over the page (Streamlit's stDialog). The dialog block lives in the
// event root; its child is the dialog function's fragment.
//
// Open while the script's last run opened it (`isOpen`) and the user has not dismissed
// that opening (`openCount` names it: a run that opens it again shows it again). While
// open, the rest of the app is inert and Tab stays inside. A dismissible dialog closes
// on its close button, Escape, or a click on the backdrop; with `onDismiss` the
// dismissal is a click of the dialog's trigger, which reruns the app (or the fragment
// that opened it) and runs its on_dismiss callback.

import { useEffect, useRef } from "preact/hooks";
import { BlockChildren } from "../render/block.jsx";
import { useDelegatedEvents } from "../render/delegate.js";
import { clearTransientState, updateTransientState, useTransientState } from "../widgets/transient.js";
import { domId } from "../widgets/label.jsx";
import { MarkdownContainer } from "./markdown.jsx";
import { Icon } from "./collapsibles.jsx";
import { sendDismissal } from "../fragments.js";
import "../styles/dialog.css";

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/** @param {HTMLElement} box */
function focusableIn(box) {
  return /** @type {HTMLElement[]} */ ([...box.querySelectorAll(FOCUSABLE)]).filter(
    (element) => !element.closest("[hidden], [inert]"),
  );
}

/** Tab and Shift+Tab cycle inside the dialog. @param {KeyboardEvent} event @param {HTMLElement} box */
function trapTab(event, box) {
  const focusable = focusableIn(box);
  if (!focusable.length) {
    event.preventDefault();
    box.focus();
    return;
  }
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = /** @type {Element | null} */ (box.ownerDocument.activeElement);
  const outside = !active || !box.contains(active) || active === box;
  if (event.shiftKey && (outside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (outside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

/** @param {EventTarget | null} target */
function isTyping(target) {
  const element = /** @type {HTMLElement | null} */ (target);
  return Boolean(element?.closest?.("input, textarea, select, [contenteditable='true']"));
}

/**
 * While open: the rest of the app is inert (no focus, no clicks), focus moves into the
 * dialog, and goes back where it was when the dialog closes.
 * @param {{current: HTMLElement | null}} overlay @param {{current: HTMLElement | null}} box @param {boolean} open
 */
function useModal(overlay, box, open) {
  useEffect(() => {
    if (!open || !overlay.current || !box.current) return undefined;
    const doc = overlay.current.ownerDocument;
    const app = overlay.current.closest(".stApp");
    const others = app ? [...app.children].filter((child) => !child.contains(overlay.current)) : [];
    const madeInert = others.filter((element) => !element.hasAttribute("inert"));
    for (const element of madeInert) element.setAttribute("inert", "");
    const previous = /** @type {HTMLElement | null} */ (doc.activeElement);
    if (!box.current.contains(doc.activeElement)) box.current.focus();
    return () => {
      for (const element of madeInert) element.removeAttribute("inert");
      if (previous?.isConnected && typeof previous.focus === "function") previous.focus();
    };
  }, [open]);
}

/** @param {{id: string, props: import("../generated/elements").DialogProps}} p */
function Dialog({ id, props }) {
  const transient = useTransientState(id);
  const open = props.isOpen && transient.dismissed !== props.openCount;
  const overlay = useRef(/** @type {HTMLDivElement | null} */ (null));
  const box = useRef(/** @type {HTMLElement | null} */ (null));
  useModal(overlay, box, open);
  // The dialog left the page (a run did not open it): forget the user's dismissal.
  useEffect(() => () => clearTransientState(id), [id]);

  function dismiss() {
    updateTransientState(id, { dismissed: props.openCount });
    if (props.onDismiss) sendDismissal(id);
  }

  const events = useDelegatedEvents(`${id}:dialog`, {
    click(event, element) {
      const target = /** @type {HTMLElement} */ (event.target);
      if (!props.dismissible) return;
      if (target === element || target.closest("[data-wl-dialog-close]")) dismiss();
    },
    keydown(event) {
      const key = /** @type {KeyboardEvent} */ (event);
      if (key.key === "Tab" && box.current) trapTab(key, box.current);
      else if (key.key === "Escape" && props.dismissible) {
        // Escape first closes an open dropdown inside the dialog.
        if (/** @type {HTMLElement} */ (key.target).closest?.("[aria-expanded='true']")) return;
        key.preventDefault();
        dismiss();
      } else if ((key.key === "r" || key.key === "R") && !props.dismissible && !isTyping(key.target)) {
        // Streamlit's "r" rerun would close a dialog the user may not dismiss.
        key.stopPropagation();
      }
    },
  });

  if (!open) return null;
  const width = typeof props.width === "number" ? "custom" : props.width;
  const titleId = domId(id, "dialog-title");
  return (
    <div
      class={`stDialog wl-dialog-overlay wl-dialog-${props.position}`}
      data-testid="stDialog"
      data-st-overlay-root="true"
      ref={overlay}
      {...events}
    >
      <section
        class={`wl-dialog wl-dialog-width-${width}`}
        style={typeof props.width === "number" ? { width: `${props.width}px` } : undefined}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        ref={box}
      >
        {props.dismissible ? (
          <button class="wl-dialog-close" type="button" aria-label="Close" data-wl-dialog-close>
            <svg aria-hidden="true" height="10" viewBox="0 0 10 10" width="10" xmlns="http://www.w3.org/2000/svg">
              <path d="M9 1L5 5M1 9L5 5M5 5L1 1M5 5L9 9" stroke="currentColor" stroke-linecap="round" stroke-width="2" />
            </svg>
          </button>
        ) : null}
        <h2 class="wl-dialog-title" id={titleId}>
          {props.icon ? (
            <span class="wl-dialog-icon" data-testid="stDialogIcon">
              {props.icon === "spinner" ? <span class="wl-spinner-icon" aria-hidden="true" /> : <Icon icon={props.icon} />}
            </span>
          ) : null}
          <MarkdownContainer source={props.title} inline />
        </h2>
        <div class="wl-dialog-body">
          <BlockChildren id={id} />
        </div>
      </section>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const dialogElements = {
  dialog: { component: Dialog, layout: true },
};
