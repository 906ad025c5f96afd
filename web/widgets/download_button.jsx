// st.download_button: a real <button>. A click saves the data from the element's props
// as a file (a Blob URL made only then), and is a trigger like st.button's, unless
// on_click="ignore".

import { WithHelp } from "../elements/help_icon.jsx";
import { BaseButton } from "./button.jsx";
import { saveDownload } from "./file_transport.js";
import { widthStyle } from "./input_parts.jsx";
import { widgetProps } from "./choice_common.js";

/** @param {{id: string, props: import("../generated/elements").DownloadButtonProps}} p */
function DownloadButton({ props }) {
  return (
    <div class="stDownloadButton" data-testid="stDownloadButton" style={widthStyle(props)}>
      <WithHelp help={props.help}>
        <BaseButton
          kind={props.kind}
          label={props.label}
          disabled={props.disabled}
          stretch={props.stretch || typeof props.width === "number"}
          icon={props.icon}
          iconRight={props.iconPosition === "right"}
          testId={`stBaseButton-${props.kind}`}
        />
      </WithHelp>
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const downloadButtonElements = {
  download_button: {
    component: DownloadButton,
    events: {
      click(event, id, session) {
        const button = /** @type {HTMLElement} */ (event.target).closest("button");
        if (!button || button.hasAttribute("disabled")) return;
        const props = widgetProps(session, id, "download_button");
        if (typeof props.data === "string") saveDownload(props.data, props.fileName, props.mime);
        if (!props.ignoreRerun) session.trigger(id);
      },
    },
  },
};
