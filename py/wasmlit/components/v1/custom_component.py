"""A declared custom component (``CustomComponent``): calling it shows the component's
frontend in an iframe and returns the value the frontend last set (docs/semantics.md 13.5).

The page speaks Streamlit's component protocol with the iframe (``streamlit:render`` with
the arguments; ``setComponentValue`` and ``setFrameHeight`` back). The value travels as
the widget's browser value, ``{"json": value}`` or ``{"bytes": base64}``, and lands in
Session State under the widget's key as in Streamlit.
"""

from __future__ import annotations

import base64
import json
import os
import site
import sysconfig
from typing import Any

from wasmlit.catalogue import COMPONENT_INSTANCE
from wasmlit.elements.iframe import check_tab_index
from wasmlit.elements.table_data import is_dataframe_like, to_table_data
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime import context
from wasmlit.widgets.registration import NO_LABEL, WidgetSpec, register, show_widget, validate_callback

# Where the build puts the component frontends of the app folder, and those inside the
# packages it installs from PyPI, by their path in site-packages (wasmlit_build/components.py).
SITE_FOLDER = "assets/components"
PACKAGES_FOLDER = f"{SITE_FOLDER}/site-packages"


class MarshallComponentException(StreamlitAPIException):
    """Class for exceptions generated during custom component marshalling."""


def _bytes_like(value: Any) -> bool:
    return isinstance(value, bytes | bytearray | memoryview)


def _plain_table(data: Any) -> dict[str, Any]:
    """A dataframe argument as plain data in pandas' "split" shape (the page has no Arrow)."""
    table = to_table_data(data)
    index = table.index if table.index is not None else list(range(len(table.rows)))
    return {"columns": table.columns, "index": index, "data": table.rows}


def split_args(all_args: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The arguments as Streamlit's JSON text, and bytes arguments (base64) apart.

    >>> split_args({"n": 1, "raw": b"hi"})
    ('{"n": 1}', {'raw': 'aGk='})
    """
    json_args: dict[str, Any] = {}
    bytes_args: dict[str, str] = {}
    for name, value in all_args.items():
        if _bytes_like(value):
            bytes_args[name] = base64.b64encode(bytes(value)).decode("ascii")
        elif is_dataframe_like(value):
            json_args[name] = _plain_table(value)
        else:
            json_args[name] = value
    try:
        text = json.dumps(json_args)
    except Exception as error:
        raise MarshallComponentException("Could not convert component args to JSON", error) from error
    return text, bytes_args


def value_from_browser(raw: Any) -> Any:
    """The browser's form of a component value, as the script gets it.

    >>> value_from_browser(None), value_from_browser({"json": [1]}), value_from_browser({"bytes": "aGk="})
    (None, [1], b'hi')
    """
    if not isinstance(raw, dict):
        return None
    if "bytes" in raw:
        return base64.b64decode(raw["bytes"])
    return raw.get("json")


def value_to_browser(value: Any) -> Any:
    """A value set through Session State, in the browser's form (None if it is not JSON).

    >>> value_to_browser(b"hi"), value_to_browser({"a": 1}), value_to_browser({1, 2})
    ({'bytes': 'aGk='}, {'json': {'a': 1}}, None)
    """
    if value is None:
        return None
    if _bytes_like(value):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return None
    return {"json": value}


def _inside(folder: str, root: str) -> str | None:
    """``folder`` relative to ``root`` (POSIX), if it is strictly inside it."""
    relative = os.path.relpath(folder, root)
    if relative == os.curdir or relative.startswith(os.pardir) or os.path.isabs(relative):
        return None
    return relative.replace(os.sep, "/")


def _site_packages_folders() -> list[str]:
    folders = [sysconfig.get_paths()["purelib"], *getattr(site, "getsitepackages", list)()]
    return [os.path.abspath(folder) for folder in dict.fromkeys(folders)]


def frontend_url(path: str | None, url: str | None, name: str) -> str:
    """Where the page loads the component: ``url``, or the build's copy of ``path``.

    The build copies every folder of the app, and of the wheels it installs from PyPI,
    that holds an ``index.html`` into the site; any other folder is not in the site.
    """
    if url:
        return url
    assert path is not None
    folder = os.path.abspath(path)
    main_script = context.current().main_script_path
    app_folder = os.path.dirname(os.path.abspath(main_script)) if main_script else os.getcwd()
    site_url = None
    relative = _inside(folder, app_folder)
    if relative is not None:
        site_url = f"{SITE_FOLDER}/{relative}/index.html"
    for packages in _site_packages_folders():
        in_packages = _inside(folder, packages)
        if relative is None and in_packages is not None:
            site_url = f"{PACKAGES_FOLDER}/{in_packages}/index.html"
    if site_url is None:
        raise StreamlitAPIException(
            f"The frontend of component '{name}' is at '{folder}', outside the app folder "
            f"'{app_folder}' and the installed packages. wasmlit ships only component frontends "
            "inside the app folder or in packages of requirements.txt: copy the component's built "
            "frontend (the folder with its index.html) into a folder of the app and declare it with that path."
        )
    if not os.path.isfile(os.path.join(folder, "index.html")):
        raise StreamlitAPIException(
            f"Component '{name}' has no index.html in '{folder}'. Declare the folder of the "
            "component's built frontend (its index.html and assets), e.g. frontend/build."
        )
    return site_url


class CustomComponent:
    """A Custom Component declaration."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None, module_name: str | None = None):
        if path is None and url is None:
            raise StreamlitAPIException("Either 'path' or 'url' must be set.")
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def module_name(self) -> str | None:
        return self._module_name

    @property
    def abspath(self) -> str | None:
        return None if self._path is None else os.path.abspath(self._path)

    def __call__(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """An alias for create_instance."""
        return self.create_instance(*args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs)

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show an instance of the component; returns its value (``default`` until it sets one)."""
        from wasmlit import _dispatch

        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        callback = validate_callback(on_change)
        check_tab_index(tab_index)
        json_args, bytes_args = split_args(dict(kwargs, default=default, key=key))
        widget = register(
            _dispatch,
            WidgetSpec(
                element=COMPONENT_INSTANCE,
                key=key,
                identity_params={"name": self.name, "url": self.url, "json_args": json_args, "bytes": bytes_args},
                # A keyed instance keeps its identity (and value) when its arguments change.
                keyed_identity_params={"name": self.name, "url": self.url},
                deserialize=value_from_browser,
                serialize=value_to_browser,
                callback=callback,
                label=NO_LABEL,
                on_change=on_change,
            ),
        )
        props: dict[str, Any] = {
            "componentName": self.name,
            "url": frontend_url(self._path, self._url, self.name),
            "args": json.loads(json_args),
        }
        if bytes_args:
            props["bytesArgs"] = bytes_args
        if tab_index is not None:
            props["tabIndex"] = tab_index
        show_widget(_dispatch, widget, props, browser_value=value_to_browser(widget.value))
        return default if widget.value is None else widget.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (self.name, self.path, self.url, self.module_name) == (
            other.name,
            other.path,
            other.url,
            other.module_name,
        )

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url, self.module_name))

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"
