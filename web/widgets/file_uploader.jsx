// st.file_uploader: a drop zone with a hidden <input type="file"> behind an Upload button.
// Chosen or dropped files are read in the page and sent, bytes and all, as the widget's
// value (file_transport.js); each becomes a chip with a remove button.

import { useWidgetValue } from "../render/context.js";
import { WidgetLabel, domId } from "./label.jsx";
import { widthStyle } from "./input_parts.jsx";
import { commitValue, widgetProps } from "./choice_common.js";
import { inputState, useInputState } from "./input_state.js";
import { formatFileSize, readFileRecord, uploadInstructions, uploadProblem } from "./file_transport.js";

/** @typedef {{fileId: string, name: string, type: string, size: number, data?: string}} FileRecord */

/** @param {unknown} value @returns {FileRecord[]} */
function filesOf(value) {
  return Array.isArray(value) ? value : [];
}

/** @param {{file: FileRecord, disabled: boolean, error?: string}} p */
function FileChip({ file, disabled, error }) {
  return (
    <div
      class={`stFileChip wl-file-chip${error ? " wl-chip-error" : ""}`}
      data-testid="stFileChip"
      aria-label={`${file.name}, ${formatFileSize(file.size)}`}
      role="group"
    >
      <span class="wl-file-chip-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="18" height="18">
          <path d="M6 2h8l4 4v16H6z M14 2v4h4" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </span>
      <span class="wl-file-chip-text">
        <span class="stFileChipName" data-testid="stFileChipName" title={file.name}>
          {file.name}
        </span>
        <small>{error ? error : formatFileSize(file.size)}</small>
      </span>
      <span data-testid="stFileChipDeleteBtn">
        <button
          type="button"
          class="wl-input-button wl-chip-delete"
          data-wl-part="remove"
          data-wl-file={file.fileId}
          aria-label={`Remove ${file.name}`}
          disabled={disabled}
        >
          <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
            <circle cx="12" cy="12" r="11" fill="currentColor" />
            <path d="M8 8l8 8M16 8l-8 8" stroke="#fff" stroke-width="2.4" stroke-linecap="round" />
          </svg>
        </button>
      </span>
    </div>
  );
}

/** @param {{id: string, props: import("../generated/elements").FileUploaderProps}} p */
function FileUploader({ id, props }) {
  const files = filesOf(useWidgetValue(id));
  const ui = useInputState(id);
  const labelId = domId(id, "label");
  /** @type {FileRecord[]} */
  const rejected = ui.rejected || [];
  const accept = props.types.length ? props.types.join(",") : undefined;
  const hasFiles = files.length > 0 || rejected.length > 0;
  return (
    <div class="stFileUploader" data-testid="stFileUploader" style={widthStyle(props)}>
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.labelVisibility}
        id={labelId}
        disabled={props.disabled}
      />
      <section
        class={`stFileUploaderDropzone wl-dropzone${ui.dragging ? " wl-dragging" : ""}`}
        data-testid="stFileUploaderDropzone"
        aria-label={props.label}
        aria-disabled={props.disabled ? "true" : "false"}
      >
        <input
          class="wl-visually-hidden"
          data-testid="stFileUploaderDropzoneInput"
          type="file"
          accept={accept}
          multiple={props.multiple}
          {...(props.directory ? { webkitdirectory: "" } : {})}
          disabled={props.disabled}
          tabIndex={-1}
          aria-label="file upload"
        />
        {hasFiles ? (
          <div class="wl-file-chips" data-testid="stFileChips">
            {files.map((file) => (
              <FileChip key={file.fileId} file={file} disabled={props.disabled} />
            ))}
            {rejected.map((file) => (
              <FileChip key={file.fileId} file={file} disabled={props.disabled} error={file.data} />
            ))}
            <button
              type="button"
              class="wl-input-button wl-add-files"
              data-wl-part="browse"
              aria-label="Add files"
              aria-describedby={labelId}
              disabled={props.disabled}
            >
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path d="M12 5v14M5 12h14" stroke="currentColor" stroke-width="2" />
              </svg>
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              class="stBaseButton secondary wl-upload-button"
              data-testid="stBaseButton-secondary"
              data-wl-part="browse"
              aria-describedby={labelId}
              disabled={props.disabled}
            >
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path d="M12 16V4M6 10l6-6 6 6M4 20h16" fill="none" stroke="currentColor" stroke-width="2" />
              </svg>
              {props.directory ? "Upload directories" : "Upload"}
            </button>
            <div class="wl-dropzone-instructions" data-testid="stFileUploaderDropzoneInstructions">
              <span>{uploadInstructions(props.maxUploadSizeMb, props.types)}</span>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

/**
 * Read the chosen files and commit them (replacing the file in single-file mode).
 * Files the type or size rule refuses show as error chips and are not sent.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {File[]} chosen
 */
async function addFiles(session, id, chosen) {
  const props = widgetProps(session, id, "file_uploader");
  if (props.disabled || !chosen.length) return;
  const candidates = props.multiple ? chosen : chosen.slice(0, 1);
  /** @type {FileRecord[]} */
  const accepted = [];
  /** @type {FileRecord[]} */
  const rejected = [];
  for (const file of candidates) {
    const problem = uploadProblem(file, props.types, props.maxUploadSizeMb);
    if (problem)
      rejected.push({
        fileId: `rejected-${file.name}-${rejected.length}`,
        name: file.name,
        type: file.type,
        size: file.size,
        data: problem,
      });
    else accepted.push(await readFileRecord(file));
  }
  inputState.update(id, { rejected });
  if (!accepted.length) return;
  const current = filesOf(session.store.widgetValue(id));
  commitValue(session, id, "file_uploader", props.multiple ? [...current, ...accepted] : accepted);
}

/** @param {Event} event */
function dropzoneOf(event) {
  return /** @type {HTMLElement} */ (event.target).closest?.(".wl-dropzone");
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const fileUploaderElements = {
  file_uploader: {
    component: FileUploader,
    events: {
      click(event, id, session) {
        const target = /** @type {HTMLElement} */ (event.target);
        const part = target.closest("button[data-wl-part]");
        if (!part || part.hasAttribute("disabled")) return;
        const name = part.getAttribute("data-wl-part");
        if (name === "browse") {
          const input = /** @type {HTMLInputElement | null} */ (
            part.closest(".wl-dropzone")?.querySelector("input[type=file]") ?? null
          );
          if (input) {
            input.value = "";
            input.click();
          }
        } else if (name === "remove") {
          const fileId = part.getAttribute("data-wl-file");
          const rejected = inputState.get(id).rejected || [];
          if (rejected.some((file) => file.fileId === fileId)) {
            inputState.update(id, { rejected: rejected.filter((file) => file.fileId !== fileId) });
            return;
          }
          commitValue(
            session,
            id,
            "file_uploader",
            filesOf(session.store.widgetValue(id)).filter((file) => file.fileId !== fileId),
          );
        }
      },
      change(event, id, session) {
        const input = /** @type {HTMLInputElement} */ (event.target);
        if (input.type === "file" && input.files) void addFiles(session, id, [...input.files]);
      },
      dragover(event, id, session) {
        if (!dropzoneOf(event) || widgetProps(session, id, "file_uploader").disabled) return;
        event.preventDefault();
        if (!inputState.get(id).dragging) inputState.update(id, { dragging: true });
      },
      dragleave(event, id) {
        const zone = dropzoneOf(event);
        const next = /** @type {Node | null} */ (/** @type {DragEvent} */ (event).relatedTarget);
        if (zone && (!next || !zone.contains(next))) inputState.update(id, { dragging: false });
      },
      drop(event, id, session) {
        if (!dropzoneOf(event)) return;
        event.preventDefault();
        inputState.update(id, { dragging: false });
        const files = /** @type {DragEvent} */ (event).dataTransfer?.files;
        if (files) void addFiles(session, id, [...files]);
      },
    },
  },
};
