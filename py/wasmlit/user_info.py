"""``st.user``, ``st.login`` and ``st.logout`` in a static site: nobody is ever logged in.

Signing in needs a server (the OpenID Connect flow and its client secret), so ``st.user``
is what Streamlit gives a visitor who is not logged in, ``{"is_logged_in": False}``, and
``st.login``/``st.logout`` raise the error of ``wasmlit.unsupported``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from wasmlit.errors import StreamlitAPIException
from wasmlit.unsupported import command

login = command("st.login")
logout = command("st.logout")


def _user_info() -> dict[str, Any]:
    return {"is_logged_in": False}


class TokensProxy(Mapping[str, str]):
    """The identity provider's tokens: none without a login."""

    _tokens: dict[str, str]

    def __init__(self, tokens: dict[str, str]) -> None:
        object.__setattr__(self, "_tokens", tokens)

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return object.__getattribute__(self, "_tokens")[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified", error_id="user-tokens-cannot-be-modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified", error_id="user-tokens-cannot-be-modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """Streamlit's read-only view of the current user."""

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified", error_id="user-cannot-be-modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified", error_id="user-cannot-be-modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy({})
