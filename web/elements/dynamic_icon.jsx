// An icon= value as Streamlit draws it: an emoji as text, `:material/name:` as the name
// set in the Material Symbols font (its ligature is the glyph; web/material_icons.js).

import { useEffect } from "preact/hooks";
import { materialIconName, requireMaterialIcon } from "../material_icons.js";

// Preact types `translate` as a boolean; the HTML attribute is "yes" or "no".
const NO_TRANSLATE = /** @type {Record<string, string>} */ ({ translate: "no" });

/** @param {{icon: string}} p */
export function DynamicIcon({ icon }) {
  const name = materialIconName(icon);
  useEffect(() => {
    if (name) requireMaterialIcon(name);
  }, [name]);
  if (!name) return <>{icon}</>;
  return (
    <span class="stIconMaterial" data-testid="stIconMaterial" aria-hidden="true" {...NO_TRANSLATE}>
      {name}
    </span>
  );
}
