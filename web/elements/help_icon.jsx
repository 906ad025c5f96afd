// The "?" next to a label or element that shows its help text (stTooltipIcon).
// A native title tooltip plus a focusable target: no extra listeners needed.

/** @param {{text: string}} props */
export function HelpIcon({ text }) {
  return (
    <span class="stTooltipIcon" data-testid="stTooltipIcon">
      <span
        class="stTooltipHoverTarget"
        data-testid="stTooltipHoverTarget"
        tabIndex={0}
        role="img"
        aria-label={`Help: ${text}`}
        title={text}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path
            d="M9.6 9.3a2.5 2.5 0 0 1 4.8.9c0 1.7-2.4 2.1-2.4 3.6"
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
            stroke-linecap="round"
          />
          <circle cx="12" cy="16.8" r="1" fill="currentColor" />
        </svg>
      </span>
    </span>
  );
}
