// st.audio and st.video: the browser's own players, as in Streamlit. Python sends a URL (a
// data: URL for bytes and the app's files). The start time is applied when the media's
// metadata loads, playing stops at the end time (or goes back to the start with loop),
// through media events delegated from the app root (they do not bubble: captured).

import { useEffect, useRef } from "preact/hooks";
import { useDelegatedEvents } from "../render/delegate.js";

/** @typedef {import("../generated/elements").AudioProps | import("../generated/elements").VideoProps} MediaProps */

/** The handlers that apply start, end and loop (Streamlit's rules). @param {MediaProps} props */
function playbackHandlers(props) {
  const start = props.startTime || 0;
  const end = props.endTime || 0;
  /** @param {HTMLMediaElement} media */
  const restart = (media) => {
    media.currentTime = start;
    void media.play().catch(() => {});
  };
  return {
    /** @param {Event} _event @param {HTMLElement} element */
    loadedmetadata(_event, element) {
      /** @type {HTMLMediaElement} */ (element).currentTime = start;
    },
    /** @param {Event} _event @param {HTMLElement} element */
    timeupdate(_event, element) {
      const media = /** @type {HTMLMediaElement} */ (element);
      if (end <= 0 || media.currentTime < end) return;
      if (props.loop) restart(media);
      else if (!media.paused) media.pause();
    },
    /** @param {Event} _event @param {HTMLElement} element */
    ended(_event, element) {
      if (props.loop) restart(/** @type {HTMLMediaElement} */ (element));
    },
  };
}

/**
 * A new start time moves a player that is already loaded.
 * @template {HTMLMediaElement} T @param {number} startTime @returns {import("preact").RefObject<T>}
 */
function useStartTime(startTime) {
  /** @type {import("preact").RefObject<T>} */
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current && ref.current.readyState > 0) ref.current.currentTime = startTime;
  }, [startTime]);
  return ref;
}

/** @param {MediaProps} props */
function widthStyle(props) {
  return typeof props.width === "number" ? { width: `${props.width}px` } : undefined;
}

/** @param {{id: string, props: import("../generated/elements").AudioProps}} p */
function Audio({ id, props }) {
  /** @type {import("preact").RefObject<HTMLAudioElement>} */
  const ref = useStartTime(props.startTime);
  const events = useDelegatedEvents(`${id}:media`, playbackHandlers(props));
  return (
    <audio
      ref={ref}
      class="stAudio"
      data-testid="stAudio"
      controls
      src={props.src || undefined}
      autoPlay={props.autoplay}
      aria-label={props.alt}
      style={widthStyle(props)}
      {...events}
    />
  );
}

/** YouTube's embed address with Streamlit's player parameters. @param {import("../generated/elements").VideoProps} props */
export function youtubeSource(props) {
  const url = new URL(props.src);
  if (props.startTime) url.searchParams.append("start", String(props.startTime));
  if (props.endTime) url.searchParams.append("end", String(props.endTime));
  if (props.loop) {
    url.searchParams.append("loop", "1");
    // YouTube loops only a playlist: the video's own id.
    const videoId = url.pathname.split("/").pop();
    if (videoId) url.searchParams.append("playlist", videoId);
  }
  if (props.autoplay) url.searchParams.append("autoplay", "1");
  if (props.muted) url.searchParams.append("mute", "1");
  return url.toString();
}

/** @param {{id: string, props: import("../generated/elements").VideoProps}} p */
function Video({ id, props }) {
  /** @type {import("preact").RefObject<HTMLVideoElement>} */
  const ref = useStartTime(props.startTime);
  const events = useDelegatedEvents(`${id}:media`, playbackHandlers(props));
  if (props.kind === "youtube") {
    return (
      <iframe
        class="stVideo wl-youtube"
        data-testid="stVideo"
        title={props.alt || props.src}
        src={youtubeSource(props)}
        allow="autoplay; encrypted-media"
        allowFullScreen
        style={widthStyle(props)}
      />
    );
  }
  return (
    <video
      ref={ref}
      class="stVideo"
      data-testid="stVideo"
      controls
      src={props.src || undefined}
      autoPlay={props.autoplay}
      muted={props.muted}
      aria-label={props.alt}
      style={widthStyle(props)}
      {...events}
    >
      {(props.subtitles || []).map((track, position) => (
        <track
          key={`${position}:${track.label}`}
          kind="captions"
          src={track.src}
          label={track.label}
          default={position === 0}
          data-testid="stVideoSubtitle"
        />
      ))}
    </video>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const mediaElements = {
  audio: { component: Audio },
  video: { component: Video },
};
