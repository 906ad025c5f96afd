// st.space (stSpace): empty space along the parent's direction, height in a vertical
// block and width in a horizontal one (CSS picks which), as Streamlit's FlexContext does.

import "../styles/space.css";

/** Streamlit's named sizes (layout_utils.SIZE_TO_REM_MAPPING), in rem. */
const REM = { xxsmall: 0.25, xsmall: 0.5, small: 0.75, medium: 2.5, large: 4.25, xlarge: 6, xxlarge: 8 };

/** @param {{id: string, props: import("../generated/elements").SpaceProps}} p */
function Space({ props }) {
  const { size } = props;
  if (size === "stretch") return <div class="stSpace wl-space wl-space-stretch" data-testid="stSpace" />;
  const length = typeof size === "number" ? `${size}px` : `${REM[size]}rem`;
  return <div class="stSpace wl-space" data-testid="stSpace" style={{ "--wl-space": length }} />;
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const spaceElements = { space: { component: Space } };
