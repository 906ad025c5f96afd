// st.chat_input's files and audio (accept_file, accept_audio): the file button and the
// attached files, the microphone with cancel and approve. Part of the lazy media chunk
// (web/media_chunk.js): chat.jsx draws these once it has loaded.

import { widgetProps } from "../widgets/choice_common.js";
import { readFileRecord, uploadProblem } from "../widgets/file_transport.js";
import { inputState } from "../widgets/input_state.js";
import { cancelRecording, startRecording, stopRecording, wavRecord } from "../widgets/recorder.js";

/** @typedef {import("../generated/elements").ChatInputProps} ChatInputProps */
/** @typedef {import("../widgets/recorder.js").FileRecord} FileRecord */
/** chat.jsx's submit: sends the draft, its attachments and `audio`. @typedef {(session: import("../session.js").SessionClient, id: string, audio?: FileRecord | null) => void} Submit */

/** @param {{path: string}} props */
function Icon({ path }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

/** @param {{files: FileRecord[], disabled: boolean}} p */
export function Attachments({ files, disabled }) {
  if (!files.length) return null;
  return (
    <div class="wl-chat-files" data-testid="stChatInputFiles">
      {files.map((file) => (
        <span key={file.fileId} class="wl-chat-file" data-testid="stChatInputFile">
          <span class="wl-chat-file-name">{file.name}</span>
          <button
            type="button"
            class="wl-chat-file-remove"
            data-wl-part="remove-file"
            data-wl-file={file.fileId}
            aria-label={`Remove ${file.name}`}
            disabled={disabled}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}

/** The file button and its hidden file input. @param {{props: ChatInputProps, disabled: boolean}} p */
export function FileButton({ props, disabled }) {
  if (!props.acceptFile) return null;
  const what = props.acceptFile === "directory" ? "directory" : props.acceptFile === "multiple" ? "files" : "file";
  return (
    <>
      <input
        class="wl-visually-hidden"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept={props.fileTypes?.length ? props.fileTypes.join(",") : undefined}
        multiple={props.acceptFile !== "single"}
        {...(props.acceptFile === "directory" ? { webkitdirectory: "" } : {})}
        disabled={disabled}
      />
      <button
        type="button"
        class="wl-chat-tool"
        data-testid="stChatInputFileUploadButton"
        data-wl-part="attach"
        aria-label={`Upload ${what}`}
        disabled={disabled}
      >
        <Icon path="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6h-1.5z" />
      </button>
    </>
  );
}

/** The microphone button, or, while recording, cancel and approve. @param {{props: ChatInputProps, recording: boolean, disabled: boolean}} p */
export function AudioButtons({ props, recording, disabled }) {
  if (!props.acceptAudio) return null;
  if (!recording) {
    return (
      <button
        type="button"
        class="wl-chat-tool"
        data-testid="stChatInputMicButton"
        data-wl-part="record"
        aria-label="Start recording"
        disabled={disabled}
      >
        <Icon path="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z" />
      </button>
    );
  }
  return (
    <>
      <span class="wl-chat-recording" data-testid="stChatInputWaveform" role="status">
        Recording…
      </span>
      <button
        type="button"
        class="wl-chat-tool"
        data-testid="stChatInputCancelButton"
        data-wl-part="cancel-recording"
        aria-label="Cancel recording"
      >
        <Icon path="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z" />
      </button>
      <button
        type="button"
        class="wl-chat-tool"
        data-testid="stChatInputApproveButton"
        data-wl-part="approve-recording"
        aria-label="Submit recording"
      >
        <Icon path="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z" />
      </button>
    </>
  );
}

/**
 * Add chosen files (replacing the one file when only one is accepted); refused files say why.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {File[]} chosen
 */
export async function attachFiles(session, id, chosen) {
  const props = widgetProps(session, id, "chat_input");
  const limit = props.maxUploadSizeMb ?? 200;
  const types = props.fileTypes || [];
  const problems = chosen.map((file) => uploadProblem(file, types, limit)).filter(Boolean);
  const accepted = await Promise.all(chosen.filter((file) => !uploadProblem(file, types, limit)).map(readFileRecord));
  const current = props.acceptFile === "single" ? [] : inputState.get(id).attachments || [];
  const attachments = [...current, ...(props.acceptFile === "single" ? accepted.slice(0, 1) : accepted)];
  inputState.update(id, { attachments, error: problems[0] || undefined });
}

/** @param {import("../session.js").SessionClient} session @param {string} id @param {Submit} submit */
async function approveRecording(session, id, submit) {
  const audio = await stopRecording(id);
  inputState.update(id, { recording: undefined });
  if (!audio) return;
  const props = widgetProps(session, id, "chat_input");
  const name = `audio-${new Date().toISOString().replaceAll(/[:.]/g, "-")}.wav`;
  submit(session, id, await wavRecord(audio, props.audioSampleRate ?? null, name));
}

/**
 * A click on one of the tools; whether it was one.
 * @param {Event} event @param {string} id @param {import("../session.js").SessionClient} session @param {Submit} submit
 */
export function clickChatTool(event, id, session, submit) {
  const button = /** @type {HTMLElement} */ (event.target).closest("button[data-wl-part]");
  if (!button || button.hasAttribute("disabled")) return false;
  const part = button.getAttribute("data-wl-part");
  if (part === "attach") {
    const input = /** @type {HTMLInputElement | null} */ (button.parentElement?.querySelector("input[type=file]") ?? null);
    if (input) {
      input.value = "";
      input.click();
    }
  } else if (part === "remove-file") {
    const fileId = button.getAttribute("data-wl-file");
    inputState.update(id, { attachments: (inputState.get(id).attachments || []).filter((file) => file.fileId !== fileId) });
  } else if (part === "record") {
    startRecording(id).then(
      () => inputState.update(id, { recording: true, error: undefined }),
      () => inputState.update(id, { error: "This app would like to use your microphone." }),
    );
  } else if (part === "cancel-recording") {
    cancelRecording(id);
    inputState.update(id, { recording: undefined });
  } else if (part === "approve-recording") void approveRecording(session, id, submit);
  return true;
}
