// The lazy frames chunk: st.iframe, components.v1.html/iframe and custom components. Only
// a page that shows one downloads it (elements/frame_placeholders.jsx). Its styles come
// with it as text, as the media chunk's do.

import styles from "./styles/frames.css" with { type: "text" };
import { iframeElements } from "./elements/frames.jsx";
import { customComponentElements } from "./widgets/custom_component.jsx";

const style = document.createElement("style");
style.dataset.wlStyles = "frames";
style.textContent = /** @type {string} */ (styles);
document.head.appendChild(style);

/** @satisfies {import("./render/registry.js").ElementKinds} */
export const kinds = { ...iframeElements, ...customComponentElements };
