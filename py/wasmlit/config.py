"""Streamlit's ``.streamlit/config.toml`` and ``--section.option`` flags, for the options
wasmlit honours. Runs on the build machine's CPython and in the browser.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from typing import Any

ENFORCE_SERIALIZABLE = "runner.enforceSerializableSessionState"

# The options wasmlit acts on, with Streamlit's defaults.
DEFAULTS: dict[str, Any] = {
    ENFORCE_SERIALIZABLE: False,
    "runner.magicEnabled": True,
    "runner.fastReruns": True,
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.showSidebarNavigation": True,
    "global.disableWidgetStateDuplicationWarning": False,
    "theme.base": None,
    "theme.primaryColor": None,
}

# Options a script may change with st.set_option (Streamlit's "scriptable" ones).
SCRIPTABLE = frozenset(
    {
        "logger.enableRich",
        "client.showErrorDetails",
        "client.toolbarMode",
        "client.disableDataExport",
        "client.showSidebarNavigation",
    }
)


class ConfigError(ValueError):
    """A config file or flag that cannot be used."""


@cache
def known_option_names() -> frozenset[str]:
    path = os.path.join(os.path.dirname(__file__), "streamlit_config_options.txt")
    names: set[str] = set()
    with open(path, encoding="utf-8") as listing:
        for line in listing:
            if line.startswith("#") or not line.strip():
                continue
            section, *options = line.split()
            names.update(f"{section}.{option}" for option in options)
    return frozenset(names)


def flatten_toml(document: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"runner": {"x": 1}}`` -> ``{"runner.x": 1}`` (theme subsections nest deeper).

    >>> flatten_toml({"runner": {"magicEnabled": False}, "theme": {"light": {"base": "x"}}})
    {'runner.magicEnabled': False, 'theme.light.base': 'x'}
    """
    flat: dict[str, Any] = {}
    for name, value in document.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and (not prefix or key.startswith("theme.")):
            flat.update(flatten_toml(value, key + "."))
        else:
            flat[key] = value
    return flat


def read_config_file(path: str) -> dict[str, Any]:
    """The options set in one config.toml; a syntax error is a ConfigError."""
    try:
        with open(path, "rb") as config_file:
            document = tomllib.load(config_file)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"cannot read {path}: {error.strerror}") from None
    return flatten_toml(document)


def parse_flag_value(key: str, text: str) -> Any:
    """A command-line value, typed like the option's default.

    >>> parse_flag_value(ENFORCE_SERIALIZABLE, "true")
    True
    >>> parse_flag_value("client.showErrorDetails", "none")
    'none'
    """
    default = DEFAULTS.get(key)
    if isinstance(default, bool):
        lowered = text.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise ConfigError(f"--{key} expects true or false, not {text!r}")
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            raise ConfigError(f"--{key} expects an integer, not {text!r}") from None
    return text


def unknown_option_warnings(options: dict[str, Any]) -> list[str]:
    """Streamlit's log line for each option it does not know."""
    known = known_option_names()
    return [
        f'"{key}" is not a valid config option. If you previously had this config option set, it may have been removed.'
        for key in options
        if key not in known and not key.startswith("theme.")
    ]


def resolve(app_folder: str, flag_options: dict[str, Any]) -> dict[str, Any]:
    """Defaults, then ``<app folder>/.streamlit/config.toml``, then command-line flags."""
    options = dict(DEFAULTS)
    app_config = os.path.join(app_folder, ".streamlit", "config.toml")
    if os.path.isfile(app_config):
        options.update(read_config_file(app_config))
    options.update(flag_options)
    return options
