import "preact";

// Attributes Streamlit's DOM carries beyond standard HTML: `kind` on buttons (Streamlit's
// button kinds), `data-wl-on` names a page control's delegated handler (render/delegate.js).
declare module "preact" {
  namespace JSX {
    interface HTMLAttributes {
      kind?: string;
    }
  }
}
