// A custom component (components.v1.declare_component): its frontend in an iframe,
// spoken to with Streamlit's component protocol (streamlit-component-lib):
//   component -> page: streamlit:componentReady {apiVersion: 1}, then
//                      streamlit:setComponentValue {value, dataType}, streamlit:setFrameHeight {height}
//   page -> component: streamlit:render {args, dfs, disabled, theme} when ready and whenever
//                      the arguments, the height or the disabled state change.
// A value goes to the script as the widget's value, through a "wl-component" event on the
// frame (delegated to this kind's handler like any widget event).

import { useEffect, useRef, useState } from "preact/hooks";
import { AlertBox } from "../elements/alert.jsx";
import { ALLOW, SANDBOX } from "../elements/frames.jsx";
import { MarkdownContainer } from "../elements/markdown.jsx";
import { base64ToBytes, bytesToBase64 } from "./file_transport.js";
import { widgetProps } from "./choice_common.js";

export const COMPONENT_EVENT = "wl-component";
// Streamlit shows its warning when a component has not said it is ready after a minute.
const READY_TIMEOUT_MS = 60_000;

/** @typedef {import("../generated/elements").ComponentInstanceProps} ComponentInstanceProps */

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
  for (const [name, data] of Object.entries(props.bytesArgs ?? {})) args[name] = base64ToBytes(data);
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

/** @param {string} name @param {string} url */
function loadingWarning(name, url) {
  return (
    `Your app is having trouble loading the **${name}** component.\n\n` +
    `The app is attempting to load the component from **${url}**, and hasn't received its ` +
    "`Streamlit.setComponentReady()` message.\n\nFor a component of the app folder, check that the " +
    "folder holds the component's built frontend (its index.html and assets)."
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
          ? { bytes: bytesToBase64(data.value) }
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
      <AlertBox kind="error">
        <MarkdownContainer source={`**Error**: ${error}`} />
      </AlertBox>
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
      {!isReady && timedOut ? (
        <AlertBox kind="warning">
          <MarkdownContainer source={loadingWarning(props.componentName, props.url)} />
        </AlertBox>
      ) : null}
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
        if (!widgetProps(session, id, "component_instance").disabled) session.setValue(id, value);
      },
    },
  },
};
