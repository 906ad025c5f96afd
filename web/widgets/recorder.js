// Microphone recordings (st.audio_input, st.chat_input's accept_audio) and camera photos
// (st.camera_input), turned into the file records widgets send (file_transport.js):
// a recording becomes 16-bit PCM WAV at the asked sample rate, as Streamlit's does; a
// photo a JPEG.

import { bytesToBase64, newFileId } from "./file_transport.js";

/** @typedef {{fileId: string, name: string, type: string, size: number, data: string}} FileRecord */
/** @typedef {{recorder: MediaRecorder, stream: MediaStream, chunks: Blob[], startedAt: number}} Recording */

/** Recordings in progress, by widget id (page-only state that is not plain data). @type {Map<string, Recording>} */
const recordings = new Map();

/** Start recording from the microphone for widget `id` (asks for permission the first time). @param {string} id */
export async function startRecording(id) {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  /** @type {Recording} */
  const recording = { recorder, stream, chunks: [], startedAt: performance.now() };
  recorder.addEventListener("dataavailable", (event) => recording.chunks.push(event.data));
  recorder.start();
  recordings.set(id, recording);
}

/** @param {string} id */
export function isRecording(id) {
  return recordings.has(id);
}

/** Stop widget `id`'s recording: its audio (null when none was going on). @param {string} id @returns {Promise<Blob | null>} */
export function stopRecording(id) {
  const recording = recordings.get(id);
  if (!recording) return Promise.resolve(null);
  recordings.delete(id);
  return new Promise((resolve) => {
    recording.recorder.addEventListener("stop", () => {
      for (const track of recording.stream.getTracks()) track.stop();
      resolve(new Blob(recording.chunks, { type: recording.recorder.mimeType }));
    });
    recording.recorder.stop();
  });
}

/** Drop widget `id`'s recording without keeping it. @param {string} id */
export function cancelRecording(id) {
  void stopRecording(id);
}

/**
 * Mono samples at `sampleRate` (null: the recording's own rate).
 * @param {Blob} audio @param {number | null} sampleRate @returns {Promise<{samples: Float32Array, rate: number}>}
 */
async function decodeMono(audio, sampleRate) {
  const context = new AudioContext();
  try {
    const decoded = await context.decodeAudioData(await audio.arrayBuffer());
    const rate = sampleRate || decoded.sampleRate;
    const offline = new OfflineAudioContext(1, Math.max(1, Math.ceil(decoded.duration * rate)), rate);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const rendered = await offline.startRendering();
    return { samples: rendered.getChannelData(0), rate };
  } finally {
    void context.close();
  }
}

/** 16-bit PCM WAV bytes for mono samples in [-1, 1]. @param {Float32Array} samples @param {number} rate */
export function encodeWav(samples, rate) {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  /** @param {number} offset @param {string} text */
  const ascii = (offset, text) => {
    for (let index = 0; index < text.length; index++) view.setUint8(offset + index, text.charCodeAt(index));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, "WAVEfmt ");
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let index = 0; index < samples.length; index++) {
    const sample = Math.max(-1, Math.min(1, samples[index]));
    view.setInt16(44 + index * 2, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
  }
  return bytes;
}

/** @param {Uint8Array} bytes @param {string} name @param {string} type @returns {FileRecord} */
function record(bytes, name, type) {
  return { fileId: newFileId(), name, type, size: bytes.length, data: bytesToBase64(bytes) };
}

/**
 * A recording as the WAV file record a widget sends.
 * @param {Blob} audio @param {number | null} sampleRate @param {string} name @returns {Promise<FileRecord>}
 */
export async function wavRecord(audio, sampleRate, name) {
  const { samples, rate } = await decodeMono(audio, sampleRate);
  return record(encodeWav(samples, rate), name, "audio/wav");
}

/** A frame of a playing video as a JPEG file record. @param {HTMLVideoElement} video @param {string} name */
export async function photoRecord(video, name) {
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext("2d")?.drawImage(video, 0, 0);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
  if (!(blob instanceof Blob)) throw new Error("the camera's picture could not be encoded as JPEG");
  return record(new Uint8Array(await blob.arrayBuffer()), name, "image/jpeg");
}

/** A data: URL for a record's bytes (playback, the photo taken). @param {{type: string, data?: string}} file */
export function recordUrl(file) {
  return file.data ? `data:${file.type};base64,${file.data}` : undefined;
}
