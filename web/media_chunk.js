// The lazy media chunk: players (st.audio, st.video), recorders (st.audio_input,
// st.camera_input) and st.chat_input's files and audio. Only a page that shows one of them
// downloads it (render/lazy_kinds.jsx, elements/chat.jsx). Its styles come with it as
// text: esbuild would put a stylesheet imported here into every page's stylesheet.

import styles from "./styles/media.css" with { type: "text" };
import { mediaElements } from "./elements/media.jsx";
import { mediaInputElements } from "./widgets/media_inputs.jsx";

export * as chatMedia from "./elements/chat_media.jsx";

const style = document.createElement("style");
style.dataset.wlStyles = "media";
style.textContent = /** @type {string} */ (styles);
document.head.appendChild(style);

/** @satisfies {import("./render/registry.js").ElementKinds} */
export const kinds = { ...mediaElements, ...mediaInputElements };
