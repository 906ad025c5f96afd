// Files between the page and Python. An upload is sent as the file uploader's widget
// value: [{fileId, name, type, size, data}], `data` being the bytes in base64 (see
// py/wasmlit/widgets/uploaded_file.py for the limits). A download arrives the same way in
// the download button's props and becomes a Blob only when clicked.

// Streamlit's file sizes count in thousands (1 MB = 1,000,000 bytes) on non-Windows systems.
const UNIT_BASE = 1000;
const UNITS = ["gb", "mb", "kb", "b"];
// btoa takes a string; building it from slices keeps String.fromCharCode's argument list small.
const CHUNK = 0x8000;

/** @param {Uint8Array} bytes */
export function bytesToBase64(bytes) {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** @param {string} base64 */
export function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Streamlit's size text: "8.0B", "1.5KB", "200MB" (with `decimals` 0).
 * @param {number} size @param {string} [unit] @param {number} [decimals]
 * @returns {string}
 */
export function formatFileSize(size, unit = "b", decimals = 1) {
  const index = UNITS.indexOf(unit);
  if (index > 0 && size > UNIT_BASE / 2) return formatFileSize(size / UNIT_BASE, UNITS[index - 1], decimals);
  return `${size.toFixed(decimals)}${unit.toUpperCase()}`;
}

/** @param {number} megabytes */
export function megabytesToBytes(megabytes) {
  return megabytes * UNIT_BASE * UNIT_BASE;
}

/** The dropzone's hint: "200MB per file • CSV, TXT". @param {number} maxUploadSizeMb @param {string[]} types */
export function uploadInstructions(maxUploadSizeMb, types) {
  const size = `${formatFileSize(megabytesToBytes(maxUploadSizeMb), "b", 0)} per file`;
  const names = [...new Set(types.map((type) => (type.startsWith(".") ? type.slice(1) : type).toUpperCase()))];
  return names.length ? `${size} • ${names.join(", ")}` : size;
}

/**
 * The type filter, as the browser's `accept` attribute applies it: an extension, a MIME
 * type or a MIME wildcard ("image/*").
 * @param {{name: string, type: string}} file @param {string[]} types
 */
export function fileMatchesTypes(file, types) {
  if (!types.length) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return types.some((type) => {
    if (type.startsWith(".")) return name.endsWith(type);
    if (type.endsWith("/*")) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
}

/**
 * Why a file cannot be uploaded (Streamlit's texts), or null.
 * @param {{name: string, type: string, size: number}} file @param {string[]} types @param {number} maxUploadSizeMb
 */
export function uploadProblem(file, types, maxUploadSizeMb) {
  const limit = megabytesToBytes(maxUploadSizeMb);
  if (file.size > limit) return `File must be ${formatFileSize(limit)} or smaller.`;
  if (!fileMatchesTypes(file, types)) return `${file.type || "application/octet-stream"} files are not allowed.`;
  return null;
}

let lastFileNumber = 0;

/** A fresh id for an upload (the script's UploadedFile.file_id). */
export function newFileId() {
  lastFileNumber += 1;
  const random = typeof crypto !== "undefined" && crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `${random}-${lastFileNumber}`;
}

/**
 * Read a browser File into the record Python receives.
 * @param {File} file @returns {Promise<{fileId: string, name: string, type: string, size: number, data: string}>}
 */
export async function readFileRecord(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.webkitRelativePath || file.name;
  return {
    fileId: newFileId(),
    name,
    type: file.type || "application/octet-stream",
    size: file.size,
    data: bytesToBase64(bytes),
  };
}

/**
 * Save base64 data as a file with the given name and MIME type, through a Blob URL.
 * @param {string} base64 @param {string} fileName @param {string} mime
 */
export function saveDownload(base64, fileName, mime) {
  const blob = new Blob([base64ToBytes(base64)], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL; give the browser a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
