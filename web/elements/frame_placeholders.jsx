// What st.iframe, components.v1.html/iframe and custom components show until the lazy
// frames chunk has loaded (render/lazy_kinds.jsx): the room the frame will take.

import { lazyElementKinds } from "../render/lazy_kinds.jsx";
import { frameSize } from "./frame_size.js";

/** @param {{props: import("../generated/elements").IframeProps}} p */
function FrameRoom({ props }) {
  const width = frameSize(props.width, null);
  const height = frameSize(props.height, null);
  return <div class="wl-frame-loading" style={{ width: width ?? "100%", height: height ?? undefined }} />;
}

/** A custom component takes no room until it is ready (as in Streamlit). */
function ComponentRoom() {
  return null;
}

/** The frame kinds, drawn by the lazy chunk. @satisfies {import("../render/registry.js").ElementKinds} */
export const frameElements = lazyElementKinds(
  () => import("../frames_chunk.js").then((chunk) => chunk.kinds),
  {
    iframe: { component: FrameRoom },
    component_instance: { component: ComponentRoom },
  },
  ["wl-component"],
);
