// A custom component (components.v1.declare_component): its frontend in an iframe,
// spoken to with Streamlit's component protocol (streamlit-component-lib):
//   component -> page: streamlit:componentReady {apiVersion: 1}, then
//                      streamlit:setComponentValue {value, dataType}, streamlit:setFrameHeight {height}
//   page -> component: streamlit:render {args, dfs, disabled, theme} when ready and whenever
//                      the arguments, the height or the disabled state change.
// A value goes to the script as the widget's value, through a "wl-component" event on the
// frame (delegated to this kind's handler like any widget event).

// This module imports nothing else of the page's: what the main bundle and this lazy chunk
// shared would become one more chunk every page loads.

import { useEffect, useRef, useState } from "preact/hooks";
import { ALLOW, SANDBOX } from "../elements/frames.jsx";

export const COMPONENT_EVENT = "wl-component";
// Streamlit shows its warning when a component has not said it is ready after a minute.
const READY_TIMEOUT_MS = 60_000;

/** @typedef {import("../generated/elements").ComponentInstanceProps} ComponentInstanceProps */

/** @param {string} base64 */
function bytesOf(base64) {
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

/** @param {Uint8Array} bytes */
function base64Of(bytes) {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** Streamlit's alert markup, for the component's errors and its loading warning. @param {{kind: "error" | "warning", children: import("preact").ComponentChildren}} p */
function Notice({ kind, children }) {
  const testId = kind === "error" ? "stAlertContentError" : "stAlertContentWarning";
  return (
    <div class="stAlert" data-testid="stAlert">
      <div class={`stAlertContainer alert-${kind}`} data-testid="stAlertContainer" role="alert">
        <div class={testId} data-testid={testId}>
          {children}
        </div>
      </div>
    </div>
  );
}

/** The address of the frontend, with Streamlit's streamlitUrl parameter. @param {string} url */
function frameUrl(url) {
  const address = new URL(url, document.baseURI);
  address.searchParams.set("streamlitUrl", window.location.origin + window.location.pathname);
  return address.href;
}

/** The arguments as the component gets them: bytes as Uint8Arrays. @param {ComponentInstanceProps} props */
function renderArgs(props) {
  /** @type {Record<string, unknown>} */
  const args = { .../** @type {Record<string, unknown>} */ (props.args) };
  for (const [name, data] of Object.entries(props.bytesArgs ?? {})) args[name] = bytesOf(data);
  return args;
}

/** The theme, read from the page's own colours (streamlit-component-lib's Theme). */
function currentTheme() {
  const style = getComputedStyle(document.documentElement);
  const read = (/** @type {string} */ name) => style.getPropertyValue(name).trim();
  return {
    base: "light",
    primaryColor: read("--st-primary"),
    backgroundColor: read("--st-bg"),
    secondaryBackgroundColor: read("--st-secondary-bg"),
    textColor: read("--st-text"),
    font: read("--st-font"),
  };
}

/** The height the arguments ask for before the component sets one. @param {unknown} args */
function initialHeight(args) {
  const height = /** @type {Record<string, unknown> | undefined} */ (args)?.height;
  const number = typeof height === "number" ? height : typeof height === "string" && height.trim() ? Number(height) : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** Streamlit's warning when a component never said it is ready. @param {{name: string, url: string}} p */
function LoadingWarning({ name, url }) {
  return (
    <Notice kind="warning">
      <p>
        Your app is having trouble loading the <strong>{name}</strong> component.
      </p>
      <p>
        The app is attempting to load the component from <strong>{url}</strong>, and hasn't received its{" "}
        <code>Streamlit.setComponentReady()</code> message.
      </p>
      <p>
        For a component of the app folder, check that the folder holds the component's built frontend (its index.html and assets).
      </p>
    </Notice>
  );
}

/** @param {{id: string, props: ComponentInstanceProps}} p */
function ComponentInstance({ props }) {
  const frame = /** @type {{current: HTMLIFrameElement | null}} */ (useRef(null));
  const ready = useRef(false);
  const [, setReadyState] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const [height, setHeight] = useState(() => initialHeight(props.args));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const latest = useRef(props);
  latest.current = props;
  const src = frameUrl(props.url);

  const sendRender = () => {
    const target = frame.current?.contentWindow;
    if (!target) return;
    const current = latest.current;
    target.postMessage(
      { type: "streamlit:render", args: renderArgs(current), dfs: [], disabled: current.disabled, theme: currentTheme() },
      "*",
    );
  };

  useEffect(() => {
    /** @param {MessageEvent} event */
    const onMessage = (event) => {
      const data = event.data;
      if (!data || typeof data !== "object" || !("isStreamlitMessage" in data)) return;
      if (!event.source || event.source !== frame.current?.contentWindow) return;
      if (data.type === "streamlit:componentReady") {
        if (data.apiVersion !== 1) {
          setError(`Unrecognized component API version: '${data.apiVersion}'`);
          return;
        }
        ready.current = true;
        setReadyState(true);
        setTimedOut(false);
        sendRender();
      } else if (!ready.current) {
        console.warn(`Got ${data.type} before streamlit:componentReady!`);
      } else if (data.type === "streamlit:setComponentValue") {
        sendValue(data);
      } else if (data.type === "streamlit:setFrameHeight") {
        if (typeof data.height === "number" && Number.isFinite(data.height)) setHeight(data.height);
        else console.warn("handleSetFrameHeight: missing 'height' prop");
      } else {
        console.warn(`Unrecognized ComponentBackMsgType: ${data.type}`);
      }
    };
    /** @param {{value?: unknown, dataType?: string}} data */
    const sendValue = (data) => {
      if (!("value" in data)) return console.warn("handleSetComponentValue: missing 'value' prop");
      if (data.dataType === "dataframe") {
        return console.error(
          `wasmlit: component ${latest.current.componentName} set a dataframe value; wasmlit has no Arrow to read it. Send JSON instead.`,
        );
      }
      const value =
        data.dataType === "bytes" && data.value instanceof Uint8Array
          ? { bytes: base64Of(data.value) }
          : { json: data.value ?? null };
      frame.current?.dispatchEvent(new CustomEvent(COMPONENT_EVENT, { bubbles: true, detail: value }));
    };
    window.addEventListener("message", onMessage);
    const timer = setTimeout(() => {
      if (!ready.current) setTimedOut(true);
    }, READY_TIMEOUT_MS);
    return () => {
      window.removeEventListener("message", onMessage);
      clearTimeout(timer);
    };
  }, [src]);

  const argsText = JSON.stringify([props.args, props.bytesArgs]);
  useEffect(() => {
    if (ready.current) sendRender();
  }, [argsText, props.disabled, height]);

  if (error) {
    return (
      <Notice kind="error">
        <strong>Error</strong>: {error}
      </Notice>
    );
  }
  const isReady = ready.current;
  return (
    <>
      {!isReady && !timedOut && height !== 0 ? (
        <div
          class="stSkeleton"
          data-testid="stSkeleton"
          aria-hidden="true"
          style={height ? { height: `${height}px` } : undefined}
        />
      ) : null}
      {!isReady && timedOut ? <LoadingWarning name={props.componentName} url={props.url} /> : null}
      <iframe
        ref={frame}
        class="stCustomComponentV1"
        data-testid="stCustomComponentV1"
        allow={ALLOW}
        src={src}
        width="100%"
        height={height ?? 0}
        scrolling="no"
        sandbox={SANDBOX}
        title={props.componentName}
        tabIndex={props.tabIndex}
        style={{ display: isReady ? "block" : "none" }}
      />
    </>
  );
}

/** @satisfies {import("../render/registry.js").ElementKinds} */
export const customComponentElements = {
  component_instance: {
    component: ComponentInstance,
    events: {
      [COMPONENT_EVENT](event, id, session) {
        const value = /** @type {CustomEvent<{json: unknown} | {bytes: string}>} */ (event).detail;
        // Every value the component sets reruns the script, even an unchanged one (as in Streamlit).
        const record = session.store.element(id);
        if (record?.type === "component_instance" && !record.props.disabled) session.setValue(id, value);
      },
    },
  },
};
