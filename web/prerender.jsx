// Build-time entry (bundled for Node by wasmlit_build/bundle.py): renders the build's
// first run to HTML with the page's own components, so hydration finds the same DOM.

import { renderToString } from "preact-render-to-string";
import { PageStore } from "./store.js";
import { StoreContext } from "./render/context.js";
import { App } from "./render/app.jsx";
import { adoptFirstPaint, decodeFirstPaint } from "./first_paint.js";
import { ALL_ELEMENT_KINDS } from "./elements_index.js";
import { registerElementKinds } from "./render/registry.js";

registerElementKinds(ALL_ELEMENT_KINDS);

/** @param {string} messageText a run_finished message holding the whole first tree @returns {string} */
export function renderFirstPaint(messageText) {
  const store = new PageStore();
  adoptFirstPaint(store, decodeFirstPaint(messageText));
  return renderToString(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
}
