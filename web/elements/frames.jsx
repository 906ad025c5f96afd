// st.iframe and components.v1.html/iframe: one sandboxed iframe, as Streamlit 1.67 draws it.
// A srcdoc runs its scripts inside the frame (never in the page). With a "content" size
// the page adds a small script to the srcdoc that reports the content's size.

import { useEffect, useRef, useState } from "preact/hooks";

/**
 * An iframe's width or height as Streamlit sizes it: pixels, "stretch", or "content"
 * (`measured`: the content's size in pixels, if known).
 * @param {number | string} size @param {number | null} measured
 * @returns {string | null} null: the browser's default (or not measured yet)
 */
function frameSize(size, measured) {
  if (typeof size === "number") return `${size}px`;
  if (size === "stretch") return "100%";
  if (size === "content" && measured !== null) return `${measured}px`;
  return null;
}

/** Streamlit's sandbox flags and feature policy for frames it shows. */
export const SANDBOX = [
  "allow-forms",
  "allow-modals",
  "allow-popups",
  "allow-popups-to-escape-sandbox",
  "allow-same-origin",
  "allow-scripts",
  "allow-downloads",
].join(" ");
export const ALLOW = [
  "accelerometer",
  "ambient-light-sensor",
  "autoplay",
  "battery",
  "camera",
  "clipboard-write",
  "document-domain",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "layout-animations",
  "legacy-image-formats",
  "magnetometer",
  "microphone",
  "midi",
  "oversized-images",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "sync-xhr",
  "usb",
  "vr ",
  "wake-lock",
  "xr-spatial-tracking",
].join("; ");

const SIZE_MESSAGE = "streamlit:iframe:setSize";
// Appended to a srcdoc whose size is "content": posts the body's size whenever it changes.
const SIZE_REPORTER = `<script>
(function () {
  var lastWidth = 0, lastHeight = 0;
  function report() {
    if (!document.body) return;
    var box = document.body.getBoundingClientRect(), root = document.documentElement, body = document.body;
    var width = Math.ceil(Math.max(box.width, body.scrollWidth, body.offsetWidth, root.scrollWidth, root.offsetWidth));
    var height = Math.ceil(Math.max(box.height, body.scrollHeight, body.offsetHeight, root.scrollHeight, root.offsetHeight));
    if (width === lastWidth && height === lastHeight) return;
    lastWidth = width; lastHeight = height;
    window.parent.postMessage({ type: "${SIZE_MESSAGE}", width: width, height: height }, "*");
  }
  if (document.readyState === "complete") report(); else window.addEventListener("load", report);
  if (typeof MutationObserver !== "undefined" && document.body)
    new MutationObserver(report).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  window.addEventListener("resize", report);
  document.addEventListener("load", report, true);
})();
</script>`;

/** @param {unknown} value @returns {value is number} */
function isSize(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** @param {{props: import("../generated/elements").IframeProps}} p */
function IFrame({ props }) {
  const frame = /** @type {{current: HTMLIFrameElement | null}} */ (useRef(null));
  const [measured, setMeasured] = useState(/** @type {{width: number, height: number} | null} */ (null));
  const srcdoc = props.src ? undefined : props.srcdoc;
  const measures = srcdoc !== undefined && (props.width === "content" || props.height === "content");
  useEffect(() => {
    if (!measures) return undefined;
    /** @param {MessageEvent} event */
    const onMessage = (event) => {
      if (!event.source || event.source !== frame.current?.contentWindow) return;
      const data = event.data;
      if (data?.type !== SIZE_MESSAGE || !isSize(data.width) || !isSize(data.height)) return;
      setMeasured((old) =>
        old && old.width === data.width && old.height === data.height ? old : { width: data.width, height: data.height },
      );
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [measures]);
  const width = frameSize(props.width, measured?.width ?? null);
  const height = frameSize(props.height, measured?.height ?? null);
  const style = { width: width ?? "100%", height: height ?? undefined, overflow: props.scrolling ? undefined : "hidden" };
  return (
    <iframe
      ref={frame}
      class="stIFrame"
      data-testid="stIFrame"
      allow={ALLOW}
      src={props.src}
      srcdoc={measures ? srcdoc + SIZE_REPORTER : srcdoc}
      scrolling={props.scrolling ? "auto" : "no"}
      sandbox={SANDBOX}
      title={props.alt || "st.iframe"}
      tabIndex={props.tabIndex}
      style={style}
    />
  );
}

/** @satisfies {import("../render/registry.js").ElementKinds} */
export const iframeElements = {
  iframe: { component: IFrame },
};
