// st.audio_input (record from the microphone) and st.camera_input (take a photo): the
// file goes to Python as the widget's value, as the file uploader sends files
// (file_transport.js). The microphone and camera are opened only by the visitor's click
// (audio) or while the camera widget shows no photo; recording state is page-only.

import { useEffect, useRef } from "preact/hooks";
import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { photoRecord, recordUrl, startRecording, stopRecording, wavRecord } from "./recorder.js";

const MICROPHONE_REFUSED = "This app would like to use your microphone.";
const CAMERA_REFUSED = "This app would like to use your camera.";

/** @typedef {import("./recorder.js").FileRecord} FileRecord */

/** @param {unknown} value @returns {{fileId: string, name: string, type: string, size: number, data?: string}[]} */
function filesOf(value) {
  return Array.isArray(value) ? value : [];
}

/** "mm:ss" of a WAV record (16-bit mono: two bytes a sample after a 44-byte header). @param {{size: number}} file @param {number} rate */
function wavDuration(file, rate) {
  const seconds = Math.max(0, Math.round((file.size - 44) / 2 / rate));
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** @param {{label: string, part: string, disabled: boolean, testId: string, children: import("preact").ComponentChildren}} p */
function PartButton({ label, part, disabled, testId, children }) {
  return (
    <button type="button" class="wl-media-button" data-wl-part={part} data-testid={testId} aria-label={label} disabled={disabled}>
      {children}
    </button>
  );
}

/** @param {{id: string, props: import("../generated/elements").AudioInputProps}} p */
function AudioInput({ id, props }) {
  const recording = filesOf(useWidgetValue(id))[0];
  const ui = useInputState(id);
  const labelId = domId(id, "label");
  return (
    <div class="stAudioInput" data-testid="stAudioInput" style={widthStyle(props)} role="group" aria-labelledby={labelId}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        id={labelId}
        disabled={props.disabled}
      />
      <div class={`wl-recorder${ui.recording ? " wl-recording" : ""}`}>
        {ui.recording ? (
          <PartButton label="Stop recording" part="stop" disabled={props.disabled} testId="stAudioInputActionButton">
            <span class="wl-stop-square" aria-hidden="true" />
          </PartButton>
        ) : (
          <PartButton label="Record" part="record" disabled={props.disabled} testId="stAudioInputActionButton">
            <span class="wl-record-dot" aria-hidden="true" />
          </PartButton>
        )}
        <div class="wl-recorder-track" data-testid="stAudioInputWaveSurfer">
          {recording && !ui.recording && recording.data ? (
            // biome-ignore lint/a11y/useMediaCaption: the visitor's own recording, played back; there is no caption text
            <audio class="wl-recording-playback" controls src={recordUrl(recording)} />
          ) : (
            <span class="wl-recorder-note" role="status">
              {ui.recording ? "Recording…" : ui.error || ""}
            </span>
          )}
        </div>
        <span class="wl-recorder-time" data-testid="stAudioInputWaveformTimeCode">
          {recording && !ui.recording ? wavDuration(recording, props.sampleRate || 48000) : "00:00"}
        </span>
        {recording && !ui.recording ? (
          <PartButton label="Clear recording" part="clear" disabled={props.disabled} testId="stAudioInputClearButton">
            ×
          </PartButton>
        ) : null}
      </div>
    </div>
  );
}

/** The camera's stream in the preview while the widget shows no photo. @param {string} id @param {boolean} active @param {number | undefined} height */
function useCameraPreview(id, active, height) {
  /** @type {import("preact").RefObject<HTMLVideoElement>} */
  const video = useRef(null);
  useEffect(() => {
    if (!active) return undefined;
    /** @type {MediaStream | null} */
    let stream = null;
    let closed = false;
    const constraints = { video: height ? { height: { ideal: height } } : true, audio: false };
    navigator.mediaDevices
      .getUserMedia(constraints)
      .then((opened) => {
        stream = opened;
        if (closed || !video.current) return;
        video.current.srcObject = opened;
        inputState.update(id, { error: undefined });
      })
      .catch(() => inputState.update(id, { error: CAMERA_REFUSED }));
    return () => {
      closed = true;
      for (const track of stream?.getTracks() || []) track.stop();
    };
  }, [id, active, height]);
  return video;
}

/** @param {{id: string, props: import("../generated/elements").CameraInputProps}} p */
function CameraInput({ id, props }) {
  const photo = filesOf(useWidgetValue(id))[0];
  const ui = useInputState(id);
  const video = useCameraPreview(id, !photo && !props.disabled, props.resolutionHeight);
  const labelId = domId(id, "label");
  return (
    <div class="stCameraInput" data-testid="stCameraInput" style={widthStyle(props)} role="group" aria-labelledby={labelId}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        id={labelId}
        disabled={props.disabled}
      />
      <div class="wl-camera-box" data-testid="stCameraInputWebcamStyledBox">
        {photo ? (
          <img class="wl-camera-photo" src={recordUrl(photo)} alt="Snapshot" />
        ) : (
          <video ref={video} class="wl-camera-preview" data-testid="stCameraInputWebcamComponent" autoPlay muted playsInline />
        )}
        {ui.error && !photo ? <p class="wl-recorder-note">{ui.error}</p> : null}
      </div>
      <button
        type="button"
        class="stBaseButton secondary stretch wl-camera-button"
        data-testid="stCameraInputButton"
        data-wl-part={photo ? "clear" : "capture"}
        disabled={props.disabled}
      >
        {photo ? "Clear photo" : "Take Photo"}
      </button>
    </div>
  );
}

/** Streamlit's names for what the widgets make. */
function audioFileName() {
  return `${new Date().toISOString().slice(0, 16).replaceAll(":", "-")}_audio.wav`;
}
function photoFileName() {
  return `camera-input-${new Date().toISOString().replaceAll(":", "_")}.jpg`;
}

/** @param {Event} event */
function partOf(event) {
  const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-part]");
  return button && !button.hasAttribute("disabled") ? button.getAttribute("data-wl-part") : null;
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
async function finishRecording(session, id) {
  const audio = await stopRecording(id);
  inputState.update(id, { recording: undefined });
  if (!audio) return;
  const props = widgetProps(session, id, "audio_input");
  commitValue(session, id, "audio_input", [await wavRecord(audio, props.sampleRate, audioFileName())]);
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const mediaInputElements = {
  audio_input: {
    component: AudioInput,
    events: {
      click(event, id, session) {
        const part = partOf(event);
        if (part === "record") {
          startRecording(id).then(
            () => inputState.update(id, { recording: true, error: undefined }),
            () => inputState.update(id, { error: MICROPHONE_REFUSED }),
          );
        } else if (part === "stop") void finishRecording(session, id);
        else if (part === "clear") commitValue(session, id, "audio_input", []);
      },
    },
  },
  camera_input: {
    component: CameraInput,
    events: {
      click(event, id, session) {
        const part = partOf(event);
        if (part === "clear") commitValue(session, id, "camera_input", []);
        if (part !== "capture") return;
        const video = /** @type {HTMLElement} */ (event.target).closest(".stCameraInput")?.querySelector("video");
        if (!video?.videoWidth) return;
        void photoRecord(video, photoFileName()).then((photo) => commitValue(session, id, "camera_input", [photo]));
      },
    },
  },
};
