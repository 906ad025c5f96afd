"""Streamlit 1.67's message for a missing ``st.X``: removed names, typos, ``st.input``.

Imported only when such an error is raised, so ``import streamlit`` never pays for it
(nor for ``difflib``).
"""

from __future__ import annotations

import types
from collections.abc import Collection

# Former public names and the st.* names that replaced them (Streamlit's own table).
REMOVED_NAMES: dict[str, tuple[str, ...]] = {
    "beta_color_picker": ("color_picker",),
    "beta_columns": ("columns",),
    "beta_container": ("container",),
    "beta_expander": ("expander",),
    "beta_secrets": ("secrets",),
    "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"),
    "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",),
    "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",),
    "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",),
    "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",),
    "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",),
    "experimental_singleton": ("cache_resource",),
    "experimental_user": ("user",),
}

# Module namespaces offered as typo suggestions although they are modules.
_PUBLIC_NAMESPACES = frozenset({"column_config", "components", "typing"})


def public_streamlit_names(module: types.ModuleType) -> frozenset[str]:
    """The public ``st.*`` names: commands and objects, plus the public namespaces."""
    module_dict = dict(vars(module))
    names = {
        key for key, value in module_dict.items() if not key.startswith("_") and not isinstance(value, types.ModuleType)
    }
    names.update(namespace for namespace in _PUBLIC_NAMESPACES if namespace in module_dict)
    return frozenset(names)


def _suggestions(name: str, catalog: Collection[str]) -> tuple[str, ...]:
    import difflib

    matches = difflib.get_close_matches(name, catalog, n=3, cutoff=0.8)
    return tuple(match for match in matches if abs(len(match) - len(name)) <= 1)


def _st_names(names: Collection[str]) -> str:
    labeled = [f"st.{name}" for name in names]
    if len(labeled) <= 2:
        return " or ".join(labeled)
    return f"{', '.join(labeled[:-1])}, or {labeled[-1]}"


def missing_attribute_message(name: str, module: types.ModuleType) -> str:
    """The text of the ``AttributeError`` for ``st.{name}``, as Streamlit 1.67 words it."""
    prefix = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        return prefix
    if name in REMOVED_NAMES:
        return f"{prefix}. st.{name} has been removed. Use {_st_names(REMOVED_NAMES[name])} instead."
    if name == "bokeh_chart":
        return f"{prefix}. st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."
    catalog = public_streamlit_names(module)
    if name == "input":
        inputs = sorted(command for command in catalog if command.endswith("_input"))
        return f"{prefix}. Use a specific input command such as {_st_names(inputs)}."
    suggestions = _suggestions(name, catalog)
    if suggestions:
        return f"{prefix}. Did you mean {_st_names(suggestions)}?"
    return prefix
