// st.image: one or more images (URLs or data: URLs made by Python), captions, an optional link.

import { MarkdownContainer } from "./markdown.jsx";
import "../styles/display.css";

/** @param {{image: {url: string, caption?: string, alt?: string}, width: unknown}} props */
function OneImage({ image, width }) {
  const style = typeof width === "number" ? { width: `${width}px` } : undefined;
  return (
    <div class="stImageContainer" data-testid="stImageContainer">
      <img src={image.url} alt={image.alt ?? image.caption ?? ""} style={style} />
      {image.caption ? (
        <div class="stImageCaption" data-testid="stImageCaption">
          <MarkdownContainer source={image.caption} class="stCaptionContainer" testId="stCaptionContainer" />
        </div>
      ) : null}
    </div>
  );
}

/** @param {{props: import("../generated/elements").ImageProps}} p */
function Image({ props }) {
  const images = props.images.map((image, position) => <OneImage key={position} image={image} width={props.width} />);
  return (
    <div class={`stImage${props.width === "stretch" ? " wl-stretch" : ""}`} data-testid="stImage">
      {props.link ? (
        <a href={props.link} target="_blank" rel="noopener noreferrer">
          {images}
        </a>
      ) : (
        images
      )}
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const imageElements = {
  image: { component: Image },
};
