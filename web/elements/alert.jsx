// st.success / st.info / st.warning / st.error and the exception element.

import { MarkdownContainer } from "./markdown.jsx";
import { DynamicIcon } from "./dynamic_icon.jsx";

const KIND_TEST_IDS = {
  success: "stAlertContentSuccess",
  info: "stAlertContentInfo",
  warning: "stAlertContentWarning",
  error: "stAlertContentError",
};

/** @param {{kind: keyof typeof KIND_TEST_IDS, children: import("preact").ComponentChildren, testId?: string}} props */
export function AlertBox({ kind, children, testId = "stAlert" }) {
  const urgent = kind === "error" || kind === "warning";
  return (
    <div class={testId} data-testid={testId}>
      <div class={`stAlertContainer alert-${kind}`} data-testid="stAlertContainer" role={urgent ? "alert" : "status"}>
        <div class={KIND_TEST_IDS[kind]} data-testid={KIND_TEST_IDS[kind]}>
          {children}
        </div>
      </div>
    </div>
  );
}

/** @param {{props: import("../generated/elements").AlertProps}} p */
function Alert({ props }) {
  return (
    <AlertBox kind={props.kind}>
      <div class="stAlertBody">
        {props.icon ? (
          <span class="stAlertDynamicIcon" data-testid="stAlertDynamicIcon" aria-hidden="true">
            <DynamicIcon icon={props.icon} />
          </span>
        ) : null}
        <div class="stAlertText">
          {props.title ? (
            <div class="stAlertTitle" data-testid="stAlertTitle">
              {props.title}
            </div>
          ) : null}
          <MarkdownContainer source={props.body} />
        </div>
      </div>
    </AlertBox>
  );
}

/** @param {{props: import("../generated/elements").ExceptionProps}} p */
function ExceptionElement({ props }) {
  const kind = props.warning ? "warning" : "error";
  const typeName = props.type || "";
  const message = props.message || "";
  const separator = typeName && message ? ": " : "";
  return (
    <AlertBox kind={kind} testId="stException">
      <div class="stExceptionMessage" data-testid="stExceptionMessage">
        {props.markdown ? (
          <MarkdownContainer source={`**${typeName}**${separator}${message}`} />
        ) : (
          <div class="stExceptionText">
            <strong>{typeName}</strong>
            {separator}
            {message}
          </div>
        )}
      </div>
      {props.traceback?.length ? (
        <div class="stExceptionTraceback">
          <p class="stExceptionTracebackTitle">Traceback:</p>
          <pre>
            {props.traceback.map((row, index) => (
              <div class="stExceptionTraceRow" data-testid="stExceptionTraceRow" key={index}>
                {row}
              </div>
            ))}
          </pre>
        </div>
      ) : null}
    </AlertBox>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const alertElements = {
  alert: { component: Alert },
  exception: { component: ExceptionElement },
};
