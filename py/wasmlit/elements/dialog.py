"""``st.dialog``: a modal whose body is a fragment (Streamlit 1.67's dialog_decorator).

Calling the decorated function puts a ``dialog`` block in the event root (it floats above
the page) and runs the function, as a fragment, inside it: its widgets rerun only the
dialog's body. ``st.rerun()`` in the body reruns the app, which closes the dialog unless
the script calls the function again. With ``on_dismiss`` other than ``"ignore"`` the dialog
is also a trigger widget: the user's dismissal is a click of it (its callback, a rerun).
The rules are in docs/semantics.md 14.2.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast, overload

from wasmlit.catalogue import DIALOG
from wasmlit.commands.fragment import check_not_parallel_worker, make_fragment
from wasmlit.elements.host import ROOT, ElementHost
from wasmlit.elements.layout_params import check_icon
from wasmlit.errors import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.runtime import context
from wasmlit.runtime.fragments import Lifetime
from wasmlit.runtime.state.session_state import TRIGGER
from wasmlit.runtime.tree import ROOT_EVENT, Node
from wasmlit.widgets.button import trigger_from_browser
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    claim_widget_id,
    register_claimed,
    validate_callback,
)

F = TypeVar("F", bound=Callable[..., Any])

WIDTHS = ("small", "medium", "large")
POSITIONS = ("left", "center", "right")
# Streamlit stores a pixel width in a uint32.
_MAX_PIXEL_WIDTH = 2**32 - 1


@overload
def dialog(
    title: str,
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Callable[[F], F]: ...


@overload
def dialog(
    title: F,
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> F: ...


def dialog(
    title: F | str,
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> F | Callable[[F], F]:
    """Turn a function into a dialog function: calling it opens a modal with its output."""
    options = {"width": width, "position": position, "dismissible": dismissible, "icon": icon, "on_dismiss": on_dismiss}
    if isinstance(title, str):
        text = title
        return lambda func: _dialog_decorator(func, text, **options)
    # ``@st.dialog`` without a title: the function came as the title.
    return _dialog_decorator(title, "", **options)


def _dialog_decorator(func: F, title: str, **options: Any) -> F:
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError(
            'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'
        )

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        check_not_parallel_worker("@st.dialog")
        _check_not_nested()
        dialog_host = _create_dialog(title, **options)
        _open(dialog_host)

        def dialog_content() -> None:
            func(*args, **kwargs)

        # Kept until a full run: the dialog stays open when the fragment that opened it reruns.
        content = make_fragment(
            dialog_content, additional_hash_info=getattr(func, "__qualname__", ""), lifetime=Lifetime.FULL_APP_SCOPED
        )
        with dialog_host:
            cast(Callable[[], None], content)()

    return cast(F, wrap)


def _check_not_nested() -> None:
    """The innermost ``with`` block (a dialog's body runs in one) must not be in a dialog."""
    stack = context.current().container_stack
    if not stack:
        return
    node: Node | None = stack[-1]._resolve()._node()
    while node is not None:
        if node.type == DIALOG.name:
            raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
        node = node.parent


def _width(width: Any) -> str | int:
    if width in WIDTHS:
        return str(width)
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width <= _MAX_PIXEL_WIDTH:
        return width
    raise StreamlitValueError("width", "'small', 'medium', 'large', a positive integer", detail=f"Got {width!r}.")


def _icon(icon: Any) -> str | None:
    if isinstance(icon, str) and icon.strip() == "spinner":
        return "spinner"  # a built-in icon of dialogs
    return check_icon(icon)


def _create_dialog(
    title: str, *, width: Any, position: str, dismissible: bool, icon: Any, on_dismiss: Any
) -> ElementHost:
    """The dialog block, in Streamlit's order of checks; closed until ``_open``."""
    from wasmlit.delta_generator import DeltaGenerator

    if on_dismiss is None:
        raise StreamlitValueError("on_dismiss", "'rerun', 'ignore', a callback function")
    callback = validate_callback(on_dismiss, parameter="on_dismiss", supported_modes=ON_CHANGE_MODES)
    checked_width = _width(width)
    if position not in POSITIONS:
        raise StreamlitValueError("position", "'left', 'center', 'right'")
    checked_icon = _icon(icon)
    host = DeltaGenerator(ROOT, root_id=ROOT_EVENT)
    spec = WidgetSpec(
        element=DIALOG,
        key=None,
        identity_params={
            "title": title,
            "dismissible": dismissible,
            "width": width,
            "position": position,
            "icon": icon,
            "on_dismiss": "callback" if callable(on_dismiss) else str(on_dismiss),
        },
        deserialize=trigger_from_browser,
        serialize=bool,
        value_type=TRIGGER,
        callback=callback,
    )
    # Every dialog claims an id (two identical dialogs in a run are an error); only one
    # whose dismissal reruns is a widget.
    claimed = claim_widget_id(host, spec)
    dismiss_reruns = on_dismiss != "ignore"
    if dismiss_reruns:
        register_claimed(spec, claimed)
    props: dict[str, Any] = {
        "title": title,
        "width": checked_width,
        "position": position,
        "dismissible": bool(dismissible),
        "isOpen": False,
        "openCount": 0,
    }
    if checked_icon is not None:
        props["icon"] = checked_icon
    if dismiss_reruns:
        props["onDismiss"] = True
    return host._block_for(host._emit(DIALOG, props, widget_id=claimed.id))


def _open(dialog_host: ElementHost) -> None:
    """Show the dialog; only one may open in a run."""
    run_context = context.current()
    fragments = run_context.fragments
    if fragments.dialog_opened:
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. "
            "Please make sure to not call a dialog-decorated function more than once in a script run."
        )
    fragments.dialog_opened = True
    fragments.storage.dialogs_opened += 1
    node = dialog_host._node()
    run_context.tree.update_props(node, {**node.props, "isOpen": True, "openCount": fragments.storage.dialogs_opened})
