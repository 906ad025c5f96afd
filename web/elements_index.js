// Every element type the page can show, module by module. A test (tests/js/registry.test.mjs)
// checks that these are exactly the catalogue's types (web/generated/catalogue.json).
// The order is the stylesheets' order in the bundle: keep it.

import { pageLinkElements } from "./navigation/page_link.jsx";
import { progressElements } from "./elements/progress.jsx";
import { markdownElements } from "./elements/markdown.jsx";
import { alertElements } from "./elements/alert.jsx";
import { dataElements } from "./elements/data.jsx";
import { buttonElements } from "./widgets/button.jsx";
import { checkboxElements } from "./widgets/checkbox.jsx";
import { radioElements } from "./widgets/radio.jsx";
import { selectboxElements } from "./widgets/selectbox.jsx";
import { multiselectElements } from "./widgets/multiselect.jsx";
import { sliderElements } from "./widgets/slider.jsx";
import { colorPickerElements } from "./widgets/color_picker.jsx";
import { formElements } from "./widgets/form.jsx";
import { layoutElements } from "./elements/layout.jsx";
import { collapsiblesElements } from "./elements/collapsibles.jsx";
import { numberInputElements } from "./widgets/number_input.jsx";
import { textInputElements } from "./widgets/text_input.jsx";
import { textAreaElements } from "./widgets/text_area.jsx";
import { dateInputElements } from "./widgets/date_input.jsx";
import { timeInputElements } from "./widgets/time_input.jsx";
import { fileUploaderElements } from "./widgets/file_uploader.jsx";
import { downloadButtonElements } from "./widgets/download_button.jsx";
import { metricElements } from "./elements/metric.jsx";
import { tablesElements } from "./elements/tables.jsx";
import { imageElements } from "./elements/image.jsx";
import { htmlElements } from "./elements/html.jsx";
import { chatElements } from "./elements/chat.jsx";
import { dialogElements } from "./elements/dialog.jsx";
import { buttonGroupElements } from "./widgets/button_group.jsx";
import { feedbackElements } from "./widgets/feedback.jsx";
import { spaceElements } from "./elements/space.jsx";
import { datetimeInputElements } from "./widgets/datetime_input.jsx";
import { mediaElements } from "./elements/media_placeholders.jsx";
import { chartsElements } from "./elements/charts.jsx";
import { frameElements } from "./elements/frame_placeholders.jsx";
import { gridElements } from "./elements/grid_placeholders.jsx";

/** @type {import("./render/registry.js").ElementKinds[]} */
export const ALL_ELEMENT_KINDS = [
  pageLinkElements,
  progressElements,
  markdownElements,
  alertElements,
  dataElements,
  buttonElements,
  checkboxElements,
  radioElements,
  selectboxElements,
  multiselectElements,
  sliderElements,
  colorPickerElements,
  formElements,
  layoutElements,
  collapsiblesElements,
  numberInputElements,
  textInputElements,
  textAreaElements,
  dateInputElements,
  timeInputElements,
  fileUploaderElements,
  downloadButtonElements,
  metricElements,
  tablesElements,
  imageElements,
  htmlElements,
  chatElements,
  dialogElements,
  buttonGroupElements,
  feedbackElements,
  spaceElements,
  datetimeInputElements,
  mediaElements,
  chartsElements,
  frameElements,
  gridElements,
];
