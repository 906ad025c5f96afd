// st.chat_message (a container with an avatar) and st.chat_input (a text box: Enter
// submits, Shift+Enter makes a new line; the text goes to Python once, as a string trigger).

import { useEffect } from "preact/hooks";
import { VerticalBlock, keyClass } from "../render/block.jsx";
import { DynamicIcon } from "./dynamic_icon.jsx";
import { inputState, useInputState } from "../widgets/input_state.js";
import { useStore, useSubscription } from "../render/context.js";
import { widgetProps } from "../widgets/choice_common.js";
import { readFileRecord, uploadProblem } from "../widgets/file_transport.js";
import { cancelRecording, startRecording, stopRecording, wavRecord } from "../widgets/recorder.js";
import "../styles/chat.css";

// Material Symbols' "face" and "smart_toy" outlines, drawn as small SVGs (the page's own icons need no font).
const USER_ICON =
  "M9 11.75a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zm6 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8 0-.29.02-.58.05-.86 2.36-1.05 4.23-2.98 5.21-5.37a9.97 9.97 0 0 0 10.41 3.97c.21.71.33 1.47.33 2.26 0 4.41-3.59 8-8 8z";
const ASSISTANT_ICON =
  "M20 9V7c0-1.1-.9-2-2-2h-3c0-1.66-1.34-3-3-3S9 3.34 9 5H6c-1.1 0-2 .9-2 2v2c-1.66 0-3 1.34-3 3s1.34 3 3 3v4c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-4c1.66 0 3-1.34 3-3s-1.34-3-3-3zm-2 10H6V7h12v12zm-9-6c-.83 0-1.5-.67-1.5-1.5S8.17 10 9 10s1.5.67 1.5 1.5S9.83 13 9 13zm7.5-1.5c0 .83-.67 1.5-1.5 1.5s-1.5-.67-1.5-1.5.67-1.5 1.5-1.5 1.5.67 1.5 1.5zM8 15h8v2H8v-2z";

/** @param {{path: string}} props */
function Icon({ path }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

/** @param {{name: string, avatar?: {kind: string, value: string}}} props */
function Avatar({ name, avatar }) {
  if (avatar && avatar.kind === "image") {
    return <img class="wl-chat-avatar wl-avatar-image" data-testid="stChatMessageAvatarImage" src={avatar.value} alt="" />;
  }
  if (avatar && avatar.kind === "icon" && (avatar.value === "user" || avatar.value === "assistant")) {
    const user = avatar.value === "user";
    return (
      <div
        class={`wl-chat-avatar wl-avatar-${avatar.value}`}
        data-testid={user ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant"}
        aria-hidden="true"
      >
        <Icon path={user ? USER_ICON : ASSISTANT_ICON} />
      </div>
    );
  }
  if (avatar && avatar.kind === "icon") {
    return (
      <div class="wl-chat-avatar wl-avatar-plain" data-testid="stChatMessageAvatarCustom" aria-hidden="true">
        <DynamicIcon icon={avatar.value} />
      </div>
    );
  }
  const text = avatar ? avatar.value : name ? name.charAt(0).toUpperCase() : "🧑‍💻";
  return (
    <div class="wl-chat-avatar wl-avatar-plain" aria-hidden="true">
      {text}
    </div>
  );
}

/** @param {{id: string, props: import("../generated/elements").ChatMessageProps}} p */
function ChatMessage({ id, props }) {
  const user = props.avatar && props.avatar.kind === "icon" && props.avatar.value === "user";
  const style =
    typeof props.width === "number"
      ? { width: `${props.width}px` }
      : props.width === "content"
        ? { width: "fit-content" }
        : undefined;
  return (
    <div class="stLayoutWrapper" data-testid="stLayoutWrapper">
      <div class={`stChatMessage${user ? " wl-chat-user" : ""}`} data-testid="stChatMessage" style={style}>
        <Avatar name={props.name} avatar={props.avatar} />
        <div
          class="stChatMessageContent"
          data-testid="stChatMessageContent"
          role="group"
          aria-label={`Chat message from ${props.name}`}
        >
          <VerticalBlock id={id} />
        </div>
      </div>
    </div>
  );
}

/** @typedef {import("../generated/elements").ChatInputProps} ChatInputProps */
/** @typedef {import("../widgets/recorder.js").FileRecord} FileRecord */

/**
 * The text in the box: typed, or put there by the script (fill).
 * @param {import("../widgets/input_state.js").InputUiState} ui @param {ChatInputProps} props
 */
function draftOf(ui, props) {
  return ui.draft ?? props.fill ?? "";
}

/**
 * While the run a submission caused goes on: "submitted" until it starts, "running" after.
 * The phases follow the store's script state (submit_mode "disable" and "stop").
 * @param {string} id @param {import("../widgets/input_state.js").InputUiState} ui
 */
function useSubmissionRun(id, ui) {
  useSubscription("app");
  const running = useStore().scriptState === "running";
  useEffect(() => {
    if (ui.busy === "submitted" && running) inputState.update(id, { busy: "running" });
    else if (ui.busy === "running" && !running) inputState.update(id, { busy: undefined });
  }, [id, ui.busy, running]);
  return Boolean(ui.busy);
}

/** @param {{files: FileRecord[], disabled: boolean}} p */
function Attachments({ files, disabled }) {
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
function FileButton({ props, disabled }) {
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
function AudioButtons({ props, recording, disabled }) {
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

/** Send, or Stop while a submission's run goes on with submit_mode "stop". @param {{stop: boolean, disabled: boolean}} p */
function SendButton({ stop, disabled }) {
  if (stop) {
    return (
      <button
        type="button"
        class="wl-chat-send"
        data-testid="stChatInputStopButton"
        data-wl-action="stop"
        aria-label="Stop script"
      >
        <Icon path="M7 7h10v10H7z" />
      </button>
    );
  }
  return (
    <button
      type="button"
      class="wl-chat-send"
      data-testid="stChatInputSubmitButton"
      aria-label="Send message"
      disabled={disabled}
    >
      <Icon path="M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z" />
    </button>
  );
}

/** @param {{id: string, props: ChatInputProps}} p */
function ChatInput({ id, props }) {
  const ui = useInputState(id);
  // A value set through Session State arrives with each patch that carries it: it replaces the draft.
  useEffect(() => {
    if (typeof props.fill === "string") inputState.update(id, { draft: props.fill });
  }, [props]);
  const busy = useSubmissionRun(id, ui);
  const mode = props.submitMode || "submit";
  const locked = props.disabled || (busy && mode !== "submit");
  const text = draftOf(ui, props);
  const files = ui.attachments || [];
  const style = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <div class={`stChatInput${keyClass(props.key)}`} data-testid="stChatInput" style={style}>
      <Attachments files={files} disabled={locked} />
      <div class={`wl-chat-box${locked ? " wl-disabled" : ""}`}>
        <FileButton props={props} disabled={locked || Boolean(ui.recording)} />
        <textarea
          class="wl-chat-field"
          data-testid="stChatInputTextArea"
          placeholder={props.placeholder}
          aria-label={props.placeholder}
          rows={1}
          value={text}
          maxLength={props.maxChars ?? undefined}
          disabled={locked || Boolean(ui.recording)}
        />
        <AudioButtons props={props} recording={Boolean(ui.recording)} disabled={locked} />
        <SendButton
          stop={busy && mode === "stop"}
          disabled={locked || Boolean(ui.recording) || (!text.trim() && !files.length)}
        />
      </div>
      {ui.error ? (
        <div class="wl-chat-count" role="alert">
          {ui.error}
        </div>
      ) : null}
      {props.maxChars ? (
        <div class="wl-chat-count" data-testid="stChatInputInstructions">
          {text.length}/{props.maxChars}
        </div>
      ) : null}
    </div>
  );
}

/** What a submission sends: the text, or {text, files, audio} when the input takes files or audio. @param {ChatInputProps} props @param {string} text @param {FileRecord[]} files @param {FileRecord | null} audio */
function submission(props, text, files, audio) {
  return props.acceptFile || props.acceptAudio ? { text, files, audio } : text;
}

/**
 * Send a submission as this run's value and empty the box.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {FileRecord | null} [audio]
 */
function submitDraft(session, id, audio = null) {
  const record = session.store.element(id);
  if (record?.type !== "chat_input") return;
  const ui = inputState.get(id);
  // "disable" and "stop" take no new submission while the last one's run goes on.
  if (record.props.disabled || (ui.busy && (record.props.submitMode || "submit") !== "submit")) return;
  const text = draftOf(ui, record.props);
  const files = ui.attachments || [];
  if (!text.trim() && !files.length && !audio) return;
  inputState.update(id, { draft: "", attachments: undefined, error: undefined, busy: "submitted" });
  session.setValue(id, submission(record.props, text, files, audio));
}

/**
 * Add chosen files (replacing the one file when only one is accepted); refused files say why.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {File[]} chosen
 */
async function attachFiles(session, id, chosen) {
  const props = widgetProps(session, id, "chat_input");
  const limit = props.maxUploadSizeMb ?? 200;
  const types = props.fileTypes || [];
  const problems = chosen.map((file) => uploadProblem(file, types, limit)).filter(Boolean);
  const accepted = await Promise.all(chosen.filter((file) => !uploadProblem(file, types, limit)).map(readFileRecord));
  const current = props.acceptFile === "single" ? [] : inputState.get(id).attachments || [];
  const attachments = [...current, ...(props.acceptFile === "single" ? accepted.slice(0, 1) : accepted)];
  inputState.update(id, { attachments, error: problems[0] || undefined });
}

/** @param {import("../session.js").SessionClient} session @param {string} id */
async function approveRecording(session, id) {
  const audio = await stopRecording(id);
  inputState.update(id, { recording: undefined });
  if (!audio) return;
  const props = widgetProps(session, id, "chat_input");
  const name = `audio-${new Date().toISOString().replaceAll(/[:.]/g, "-")}.wav`;
  submitDraft(session, id, await wavRecord(audio, props.audioSampleRate ?? null, name));
}

/** @param {Event} event @param {string} id @param {import("../session.js").SessionClient} session */
function clickChatTool(event, id, session) {
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
  } else if (part === "approve-recording") void approveRecording(session, id);
  return true;
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const chatElements = {
  chat_message: { component: ChatMessage, layout: true },
  chat_input: {
    component: ChatInput,
    events: {
      input(event, id) {
        const target = /** @type {HTMLElement} */ (event.target);
        if (target.matches("textarea.wl-chat-field"))
          inputState.update(id, { draft: /** @type {HTMLTextAreaElement} */ (target).value });
      },
      keydown(event, id, session) {
        const key = /** @type {KeyboardEvent} */ (event);
        const target = /** @type {HTMLElement} */ (event.target);
        if (!target.matches("textarea.wl-chat-field") || key.key !== "Enter" || key.shiftKey || key.isComposing) return;
        key.preventDefault();
        submitDraft(session, id);
      },
      click(event, id, session) {
        if (clickChatTool(event, id, session)) return;
        if (/** @type {HTMLElement} */ (event.target).closest("button.wl-chat-send:not([data-wl-action])"))
          submitDraft(session, id);
      },
      change(event, id, session) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.type === "file" && input.files) void attachFiles(session, id, [...input.files]);
      },
    },
  },
};
