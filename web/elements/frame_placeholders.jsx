// What st.iframe, components.v1.html/iframe and custom components show until the lazy
// frames chunk has loaded (render/lazy_kinds.jsx): the room the frame will take.

import { lazyElementKinds } from "../render/lazy_kinds.jsx";

/** @param {{props: import("../generated/elements").IframeProps}} p */
function FrameRoom({ props }) {
  // Pixels as given; anything else fills the width, with the height not known yet. (The
  // chunk's frames.jsx has the full rule: a shared helper would be one more eager chunk.)
  const width = typeof props.width === "number" ? `${props.width}px` : "100%";
  const height = typeof props.height === "number" ? `${props.height}px` : undefined;
  return <div class="wl-frame-loading" style={{ width, height }} />;
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
