// st.chat_message (a container with an avatar) and st.chat_input (a text box: Enter
// submits, Shift+Enter makes a new line; the text goes to Python once, as a string trigger).

import { VerticalBlock, keyClass } from "../render/block.jsx";
import { DynamicIcon } from "./dynamic_icon.jsx";
import { inputState, useInputState } from "../widgets/input_state.js";
import { useStore, useSubscription } from "../render/context.js";
import { useEffect, useState } from "preact/hooks";
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

/** The chat's file and audio tools, from the lazy media chunk once loaded. @type {typeof import("./chat_media.jsx") | null} */
let chatMedia = null;

/** Load the tools when the input accepts files or audio; null until they are there. @param {boolean} needed */
function useChatMedia(needed) {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (needed && !chatMedia)
      import("../media_chunk.js").then((chunk) => {
        chatMedia = chunk.chatMedia;
        setLoaded(true);
      });
  }, [needed]);
  return needed ? chatMedia : null;
}

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
  const media = useChatMedia(Boolean(props.acceptFile || props.acceptAudio));
  const mode = props.submitMode || "submit";
  const locked = props.disabled || (busy && mode !== "submit");
  const text = draftOf(ui, props);
  const files = ui.attachments || [];
  const style = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <div class={`stChatInput${keyClass(props.key)}`} data-testid="stChatInput" style={style}>
      {media ? <media.Attachments files={files} disabled={locked} /> : null}
      <div class={`wl-chat-box${locked ? " wl-disabled" : ""}`}>
        {media ? <media.FileButton props={props} disabled={locked || Boolean(ui.recording)} /> : null}
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
        {media ? <media.AudioButtons props={props} recording={Boolean(ui.recording)} disabled={locked} /> : null}
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
        if (chatMedia?.clickChatTool(event, id, session, submitDraft)) return;
        if (/** @type {HTMLElement} */ (event.target).closest("button.wl-chat-send:not([data-wl-action])"))
          submitDraft(session, id);
      },
      change(event, id, session) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.type === "file" && input.files && chatMedia) void chatMedia.attachFiles(session, id, [...input.files]);
      },
    },
  },
};
