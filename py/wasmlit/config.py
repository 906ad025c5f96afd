"""Streamlit's ``.streamlit/config.toml`` and ``--section.option`` flags, for the options
wasmlit honours. Runs on the build machine's CPython and in the browser.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
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
    # Megabytes; st.file_uploader's limit when it sets none.
    "server.maxUploadSize": 200,
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


# The spellings Streamlit's command line (click) accepts for booleans.
TRUE_WORDS = ("1", "true", "t", "yes", "y", "on")
FALSE_WORDS = ("0", "false", "f", "no", "n", "off")


def parse_flag_value(key: str, text: str) -> Any:
    """A command-line (or environment) value, typed like the option's default.

    >>> parse_flag_value(ENFORCE_SERIALIZABLE, "true")
    True
    >>> parse_flag_value(ENFORCE_SERIALIZABLE, "Off")
    False
    >>> parse_flag_value("client.showErrorDetails", "none")
    'none'
    >>> parse_flag_value("server.maxUploadSize", "50")
    50
    """
    default = DEFAULTS.get(key)
    if isinstance(default, bool):
        lowered = text.strip().lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        raise ConfigError(f"Invalid value for '--{key}': {text!r} is not a valid boolean.")
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
        if key not in known
    ]


def environment_variable(key: str) -> str:
    """The variable Streamlit's command line reads an option from.

    >>> environment_variable(ENFORCE_SERIALIZABLE)
    'STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE'
    """
    return "STREAMLIT_" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key.replace(".", "_")).upper()


def environment_options(environ: Mapping[str, str]) -> dict[str, Any]:
    """Options set through ``STREAMLIT_*`` variables (read at build time, like
    ``streamlit run`` reads them); a bad value is a ConfigError naming the variable.

    >>> environment_options({"STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE": "true", "HOME": "/"})
    {'runner.enforceSerializableSessionState': True}
    """
    options: dict[str, Any] = {}
    for key in sorted(known_option_names()):
        name = environment_variable(key)
        if name in environ:
            try:
                options[key] = parse_flag_value(key, environ[name])
            except ConfigError as error:
                raise ConfigError(f"environment variable {name}: {error}") from None
    return options


def resolve(app_folder: str, flag_options: dict[str, Any]) -> dict[str, Any]:
    """Defaults, then ``<app folder>/.streamlit/config.toml``, then ``flag_options`` (the
    build merges environment variables and command-line flags into them, flags last)."""
    options = dict(DEFAULTS)
    app_config = os.path.join(app_folder, ".streamlit", "config.toml")
    if os.path.isfile(app_config):
        options.update(read_config_file(app_config))
    options.update(flag_options)
    return options
