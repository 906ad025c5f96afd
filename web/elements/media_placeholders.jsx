// What st.audio, st.video, st.audio_input and st.camera_input show until the lazy media
// chunk has loaded (render/lazy_kinds.jsx): the player's room, or the widget's label.

import { WidgetLabel } from "../widgets/label.jsx";
import { lazyElementKinds } from "../render/lazy_kinds.jsx";

/** @param {{props: {width?: number}}} p */
function PlayerRoom({ props }) {
  return <div class="wl-media-loading" style={typeof props.width === "number" ? { width: `${props.width}px` } : undefined} />;
}

/** @param {{props: import("../generated/elements").AudioInputProps}} p */
function AudioInputLabel({ props }) {
  return (
    <div class="stAudioInput" data-testid="stAudioInput">
      <WidgetLabel label={props.label} help={props.help} visibility={props.labelVisibility} />
    </div>
  );
}

/** @param {{props: import("../generated/elements").CameraInputProps}} p */
function CameraInputLabel({ props }) {
  return (
    <div class="stCameraInput" data-testid="stCameraInput">
      <WidgetLabel label={props.label} help={props.help} visibility={props.labelVisibility} />
    </div>
  );
}

/** The media kinds, drawn by the lazy chunk. @satisfies {import("../render/registry.js").ElementKinds} */
export const mediaElements = lazyElementKinds(
  () => import("../media_chunk.js").then((chunk) => chunk.kinds),
  {
    audio: { component: PlayerRoom },
    video: { component: PlayerRoom },
    audio_input: { component: AudioInputLabel },
    camera_input: { component: CameraInputLabel },
  },
  ["click"],
);
