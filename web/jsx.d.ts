import "preact";
import type { JSX as PreactJSX } from "preact";

// Attributes Streamlit's DOM carries beyond standard HTML: `kind` on buttons (Streamlit's
// button kinds), `data-wl-on` names a page control's delegated handler (render/delegate.js).
declare module "preact" {
  namespace JSX {
    interface HTMLAttributes {
      kind?: string;
    }
  }
}

// The grid chunk's files compile JSX to calls of the page's own `h`, handed over at run
// time (web/grid/grid_deps.js); the classic runtime types their JSX with this namespace.
declare global {
  namespace JSX {
    type Element = PreactJSX.Element;
    type ElementClass = PreactJSX.ElementClass;
    interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
    interface ElementChildrenAttribute extends PreactJSX.ElementChildrenAttribute {}
    interface IntrinsicAttributes extends PreactJSX.IntrinsicAttributes {}
  }
}
