"""``st.image``: one image or a list of them, with captions, width and an optional link."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wasmlit.catalogue import IMAGE
from wasmlit.elements.host import ElementHost
from wasmlit.elements.image_sources import image_url
from wasmlit.elements.layout_params import check_width
from wasmlit.elements.urls import checked_link
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime import log

_USE_COLUMN_WIDTH_REMOVED = (
    "`use_column_width` was removed and has no effect. Use `width='stretch'`, `width='content'`, "
    "or an integer pixel value instead."
)


def _as_image_list(image: Any) -> list[Any]:
    if isinstance(image, list | set | tuple):
        return list(image)
    shape = getattr(image, "shape", None)
    if shape is not None and len(shape) == 4:
        return [item for item in image]
    return [image]


def _captions(caption: Any, count: int) -> list[str | None]:
    if caption is None:
        return [None] * count
    if isinstance(caption, str):
        captions: list[Any] = [caption]
    elif isinstance(caption, list):
        captions = caption
    elif hasattr(caption, "tolist"):
        captions = list(caption.tolist())
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return [None if item is None else str(item) for item in captions]


def _alts(alt: Any, count: int, from_set: bool) -> list[str | None]:
    if alt is None:
        return [None] * count
    if isinstance(alt, str | bytes | bytearray) or not isinstance(alt, Sequence):
        if count != 1:
            noun = "`alt` string" if isinstance(alt, str) else "`alt` value"
            raise StreamlitAPIException(
                f"A single {noun} can only be used with a single image. You passed {count} images; provide a "
                f"sequence of {count} alt values (use None to skip an image)."
            )
        return [str(alt)]
    if from_set:
        raise StreamlitAPIException(
            "A sequence-valued `alt` cannot be paired with a set of images because set order is undefined. "
            "Pass a list or tuple of images."
        )
    if len(alt) != count:
        raise StreamlitAPIException(f"Cannot pair {len(alt)} alt values with {count} images.")
    return [None if item is None else str(item) for item in alt]


def image_width(width: Any, use_container_width: bool | None) -> Any:
    """The effective width, with ``use_container_width`` mapped as Streamlit maps it."""
    if use_container_width is not None:
        log.warn(
            "The `use_container_width` parameter has been deprecated and will be removed in a future release. "
            "For `use_container_width=True`, use `width='stretch'`. For `use_container_width=False`, use "
            "`width='content'`."
        )
        if use_container_width is True:
            width = "stretch"
        elif not isinstance(width, int) or isinstance(width, bool):
            width = "content"
    check_width(width, allow_content=True)
    return width


class ImageMixin(ElementHost):
    def image(
        self,
        image: Any,
        caption: Any = None,
        width: Any = "content",
        clamp: bool = False,
        channels: str = "RGB",
        output_format: str = "auto",
        *,
        use_container_width: bool | None = None,
        link: str | None = None,
        use_column_width: Any = None,
        alt: Any = None,
    ) -> ElementHost:
        """Images from URLs, app files, bytes, PIL-like objects or pixel arrays."""
        if use_column_width is not None:
            self.warning(_USE_COLUMN_WIDTH_REMOVED)  # type: ignore[attr-defined]
        width = image_width(width, use_container_width)
        images = _as_image_list(image)
        captions = _captions(caption, len(images))
        alts = _alts(alt, len(images), isinstance(image, set))
        items = []
        for single, single_caption, single_alt in zip(images, captions, alts, strict=True):
            item: dict[str, Any] = {
                "url": image_url(single, clamp=clamp, channels=channels, output_format=output_format)
            }
            if single_caption is not None:
                item["caption"] = single_caption
            if single_alt is not None:
                item["alt"] = single_alt
            items.append(item)
        props: dict[str, Any] = {"images": items, "width": width}
        if link:
            if len(items) > 1:
                raise StreamlitAPIException(
                    "The `link` parameter is only supported when displaying a single image. "
                    f"You passed {len(items)} images."
                )
            checked = checked_link(str(link), "st.image")
            if checked is not None:
                props["link"] = checked
        return self._emit_slot(IMAGE, props)
