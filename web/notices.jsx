// The notices above the app's content (page not found, Python restarted), and toasts.

import { MarkdownContainer } from "./elements/markdown.jsx";
import { useDelegatedEvents } from "./render/delegate.js";
import { useObservable } from "./observable.js";
import "./styles/notices.css";

/** @param {{notices: import("./notices.js").NoticeState}} props */
export function Notices({ notices }) {
  useObservable(notices);
  const events = useDelegatedEvents("notices", {
    click(event) {
      const target = /** @type {HTMLElement} */ (event.target);
      const notice = target.closest("[data-notice-id]");
      const id = notice?.getAttribute("data-notice-id") || "";
      if (target.closest(".wl-notice-close")) notices.dismiss(id);
      else if (target.closest(".wl-notice-action")) notices.act(id);
    },
  });
  if (!notices.notices.length) return null;
  return (
    <div class="wl-notices" {...events}>
      {notices.notices.map((notice) => (
        <div
          key={notice.id}
          class={`wl-notice stAlertContainer alert-${notice.kind}`}
          data-testid="wlNotice"
          data-notice-id={notice.id}
          role={notice.kind === "info" ? "status" : "alert"}
        >
          <div class="wl-notice-text">
            <strong class="wl-notice-title">{notice.title}</strong>
            <MarkdownContainer source={notice.body} />
            {(notice.details || []).map((detail) => (
              <MarkdownContainer key={detail} source={detail} class="wl-notice-detail" />
            ))}
          </div>
          {notice.action && (
            <button type="button" class="wl-notice-action" data-testid="wlNoticeAction">
              {notice.action.label}
            </button>
          )}
          <button type="button" class="wl-notice-close" aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
