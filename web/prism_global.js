// Prism's language files expect a global `Prism`. The flags module runs first (imports
// evaluate in order) so Prism never highlights the page on its own.
import "./prism_flags.js";
import Prism from "prismjs/components/prism-core.js";

globalThis.Prism = Prism;
export default Prism;
