"""``AppTest.switch_page``, ``AppTest.query_params`` and ``AppTest.toast``.

The next ``run()`` sends the page and the query string the way the browser does: a page
switch as user navigation (only the entrypoint's widget values travel with it), the
query string with every request. After the run, ``query_params`` holds what the script
left in the address bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib import parse

from wasmlit.multipage.pages_folder import page_icon_and_name
from wasmlit.multipage.router import page_hash_of
from wasmlit.query_params import parse_query_string
from wasmlit.testing.elements import ElementList
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.text_elements import Toast

if TYPE_CHECKING:
    from wasmlit.runtime.session import AppSession
    from wasmlit.testing.page_model import PageModel


# AppTest.context's keys: the page's context field each one fills, and its type.
_CONTEXT_FIELDS: dict[str, tuple[str, type]] = {
    "timezone": ("timezone", str),
    "timezone_offset": ("timezoneOffset", int),
    "locale": ("locale", str),
    "url": ("url", str),
    "is_embedded": ("isEmbedded", bool),
    "theme": ("colorScheme", str),
}


def context_message(values: object) -> dict[str, Any]:
    """The rerun message's ``context`` for ``AppTest.context``, checked as Streamlit's AppTest does."""
    if not isinstance(values, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(values).__name__}.")
    message: dict[str, Any] = {}
    for key, value in values.items():
        if key not in _CONTEXT_FIELDS:
            supported = ", ".join(repr(name) for name in sorted(_CONTEXT_FIELDS))
            raise AppTestError(f"AppTest.context does not support {key!r}. Supported keys: {supported}.")
        if value is None:
            continue
        field, value_type = _CONTEXT_FIELDS[key]
        if not isinstance(value, value_type) or (value_type is int and isinstance(value, bool)):
            raise AppTestError(f"AppTest.context[{key!r}] must be {value_type.__name__}, not {type(value).__name__}.")
        if key == "theme" and value not in ("light", "dark"):
            raise AppTestError(f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}.")
        if isinstance(value, int) and not -(2**31) <= value < 2**31:
            raise AppTestError(f"AppTest.context[{key!r}] has an invalid value {value!r}: Value out of range: {value}")
        message[field] = value
    return message


def _url_texts(value: Any, data_type: str | None) -> Any:
    from datetime import UTC, datetime

    def text(item: Any) -> str:
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, int | float) and data_type in ("date", "time", "datetime"):
            iso = datetime.fromtimestamp(item / 1_000_000, UTC).strftime("%Y-%m-%dT%H:%M:%S")
            if data_type == "date":
                return iso[:10]
            if data_type == "time":
                return iso[11:16] if iso.endswith(":00") else iso[11:19]
            return iso[:16] if iso.endswith(":00") else iso
        if isinstance(item, float) and item == int(item):
            return str(int(item))
        return str(item)

    if value is None:
        return ""
    if isinstance(value, list):
        return [text(item) for item in value if text(item) != ""]
    return text(value)


def bound_url_value(value: Any, binding: dict[str, Any], data_type: str | None = None) -> Any:
    """What the page writes in the address for a bound widget's value (None: the param goes);
    the twin of ``urlValue`` in ``web/widgets/query_binding.js``."""
    written = _url_texts(value, data_type)
    if written in ("", []) and not binding["clearable"]:
        return None
    default = binding["default"]
    if isinstance(written, list):
        if not isinstance(default, list):
            same = len(written) == 1 and default is not None and written[0] == _url_texts(default, data_type)
        else:
            same = written == _url_texts(default, data_type)
    elif default is None:
        same = written == ""
    else:
        same = (written == "" and default == []) or (
            not isinstance(default, list) and written == _url_texts(default, data_type)
        )
    return None if same else written


class NavigationTestMixin:
    _session: AppSession
    _page: PageModel
    _script_path: str

    def _init_navigation(self) -> None:
        self.query_params: dict[str, Any] = {}
        # What the app reads from st.context, as Streamlit's AppTest.context takes it.
        self.context: dict[str, Any] = {}
        self._queued_page: dict[str, str] | None = None

    def switch_page(self, page_path: str) -> NavigationTestMixin:
        """Go to a page (a path relative to the main script) on the next ``run()``."""
        main_folder = Path(self._script_path).parent
        full_path = main_folder / page_path
        if not full_path.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script {self._script_path!r}. "
                f"Resolved page path: {str(full_path.resolve())!r}."
            )
        router = self._session.features.router
        page_hash = router.hash_for_script(page_path)
        if page_hash is None:
            # Not registered yet (no run so far): the pages/ folder convention names it.
            page_hash = page_hash_of(page_icon_and_name(full_path)[1])
        self._queued_page = {"hash": page_hash}
        return self

    def open_page_address(self, url_path: str) -> NavigationTestMixin:
        """Go to the page with this address name on the next ``run()``, as the browser does on
        a first load or a Back/Forward step (a wasmlit extension; "" is the default page)."""
        self._queued_page = {"urlPath": url_path}
        return self

    def _navigation_fields(self, request: dict[str, Any]) -> dict[str, Any]:
        """Fields the next rerun message carries: the page (on request) and the query string."""
        if self._queued_page is not None:
            request["page"] = self._queued_page
            self._queued_page = None
        return {
            "queryString": parse.urlencode(self.query_params, doseq=True),
            "context": context_message(self.context),
        }

    def write_bound_value(self, props: dict[str, Any], browser_value: Any) -> None:
        """A bound widget's new value goes into the address, as the page writes it."""
        binding = props.get("queryParam")
        if binding is None:
            return
        written = bound_url_value(browser_value, binding, props.get("dataType"))
        if written is None:
            self.query_params.pop(binding["key"], None)
        else:
            self.query_params[binding["key"]] = written

    def _after_run(self) -> None:
        query_string = self._page.extras.query_string
        if query_string is not None:
            self.query_params = dict(parse_query_string(query_string))
            self._page.extras.query_string = None

    @property
    def toast(self) -> ElementList[Toast]:
        """The toasts the last run showed."""
        found = [PageElement(str(item["id"]), "toast", item) for item in self._page.extras.toasts]
        return ElementList([Toast(item, self) for item in found])  # type: ignore[arg-type]

    @property
    def current_page(self) -> dict[str, Any] | None:
        """The page the last run showed, as the page list describes it (None without pages)."""
        return self._page.extras.current_page()
