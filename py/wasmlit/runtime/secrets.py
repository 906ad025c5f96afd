"""``st.secrets``: always empty in a site, because everything a static site ships is public.

The build never copies ``.streamlit/secrets.toml`` (docs/design.md, "Security"), so a
script reads an empty mapping, as Streamlit gives with an empty ``secrets.toml``: ``get``
returns the default, ``in`` is False, and a missing key raises Streamlit's error with a
note on why. ``AppTest.secrets`` fills it for tests, as in Streamlit's ``AppTest``.
"""

from __future__ import annotations

import copy
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, NoReturn

_STATIC_SITE_NOTE = (
    "wasmlit builds a public static site and never ships secrets.toml: every visitor could read a "
    "secret shipped with it. Ask the visitor for a key (st.text_input with type='password') or use "
    "an API that needs none."
)


def _missing_key_message(key: str) -> str:
    return f'st.secrets has no key "{key}". {_STATIC_SITE_NOTE}'


def _missing_attribute_message(name: str) -> str:
    return f'st.secrets has no attribute "{name}". {_STATIC_SITE_NOTE}'


def _wrap(value: Any) -> Any:
    return AttrDict(value) if isinstance(value, Mapping) else value


class AttrDict(Mapping[str, Any]):
    """A nested table of secrets, read by key or by attribute."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["_nested"] = dict(value)

    def __len__(self) -> int:
        return len(self._nested)

    def __iter__(self) -> Iterator[str]:
        return iter(self._nested)

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._nested[key])
        except KeyError:
            raise KeyError(_missing_key_message(key)) from None

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self._nested[name])
        except KeyError:
            raise AttributeError(_missing_attribute_message(name)) from None

    def __repr__(self) -> str:
        return repr(self._nested)

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._nested)


class Secrets(Mapping[str, Any]):
    """Streamlit's read-only secrets mapping, over what ``load`` gave it (nothing in a site)."""

    def __init__(self) -> None:
        self.__dict__["_secrets"] = {}

    def load(self, secrets: Mapping[str, Any]) -> None:
        """Replace the secrets (AppTest's ``secrets`` for one run)."""
        self.__dict__["_secrets"] = dict(secrets)

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._secrets[key])
        except KeyError:
            raise KeyError(_missing_key_message(key)) from None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return _wrap(self._secrets[name])
        except KeyError:
            raise AttributeError(_missing_attribute_message(name)) from None

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __repr__(self) -> str:
        return repr(self._secrets)

    def __len__(self) -> int:
        return len(self._secrets)

    def __iter__(self) -> Iterator[str]:
        return iter(self._secrets)

    def __contains__(self, key: object) -> bool:
        return key in self._secrets

    def has_key(self, key: str) -> bool:
        return key in self._secrets

    def keys(self) -> KeysView[str]:
        return self._secrets.keys()

    def values(self) -> ValuesView[Any]:
        return self._secrets.values()

    def items(self) -> ItemsView[str, Any]:
        return self._secrets.items()

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._secrets)

    def load_if_toml_exists(self) -> bool:
        """Streamlit's probe for a secrets file: a site never has one."""
        return False


secrets_singleton = Secrets()
