"""The ``[theme]`` config as CSS custom properties, written into ``index.html``.

The page's stylesheet (web/styles/app.css) holds Streamlit 1.67's light theme; the build
adds only what differs, in a ``<style>`` in the head (no flash of the wrong colours, no
script): nothing when ``theme.base = "light"``, the dark palette for ``"dark"``, and
without any theme option the dark palette inside ``prefers-color-scheme: dark``, since
Streamlit then follows the system. Colours are derived as Streamlit's frontend derives
them (its palettes, and its rules for custom themes and for the sidebar's own theme).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit_build import theme_colors as colors

# Streamlit 1.67's palettes (frontend lib/src/theme): bgColor, secondaryBg, bodyText,
# primary, borderColor, codeBackgroundColor, blueTextColor (links).
_PALETTES = {
    "light": {
        "bg": "#FFFFFF",
        "secondary": "#F8F8F7",
        "text": "#2F2D2B",
        "primary": "#C53948",
        "border": "#DCD8D4",
        "code": "#F7F7F6",
        "link": "#244FB4",
    },
    "dark": {
        "bg": "#171614",
        "secondary": "#2D2B27",
        "text": "#EDEBE8",
        "primary": "#CF4250",
        "border": "#4A4742",
        "code": "#242321",
        "link": "#85B8F8",
    },
}
# The dark palette's text and background tints (alerts, badges, coloured text); the
# stylesheet holds the light ones (web/styles/display.css).
_DARK_TINTS = {
    "red": ("#F2919A", "#412023"),
    "orange": ("#F2A56D", "#342414"),
    "yellow": ("#FBD54F", "#302917"),
    "blue": ("#85B8F8", "#1E2A3D"),
    "green": ("#7ED5B0", "#0E2F24"),
    "violet": ("#BF8EF7", "#332244"),
    "gray": ("#B8B3A8", "#2C2925"),
}
# The sidebar's own defaults, while the main colours are the base's.
_SIDEBAR = {
    "light": {"bg": "#F8F8F7", "secondary": "#F1F0EE", "border": "#D7D3CF", "code": "#F1F1F0"},
    "dark": {"bg": "#21201D", "secondary": "#2D2B27", "border": "#4A4742", "code": "#1A1917"},
}
_FONTS = {
    "sans-serif": '"Source Sans", sans-serif',
    "serif": '"Source Serif", serif',
    "monospace": '"Source Code Pro", monospace',
}
_RADII = {"none": 0.0, "small": 0.35, "medium": 0.5, "large": 1.0, "full": 1.4}
# Theme options holding colours, by the name they have in the computation below.
_COLOR_OPTIONS = {
    "primaryColor": "primary",
    "backgroundColor": "bg",
    "secondaryBackgroundColor": "secondary",
    "textColor": "text",
    "linkColor": "link",
    "borderColor": "border",
    "codeBackgroundColor": "code",
}


@dataclass(frozen=True)
class ThemeCss:
    css: str
    warnings: list[str]


def _same(first: str | None, second: str | None) -> bool:
    parsed = colors.parse(first or ""), colors.parse(second or "")
    return parsed[0] is not None and parsed[0] == parsed[1]


def _color_inputs(section: dict[str, Any], where: str, warnings: list[str]) -> dict[str, str]:
    """The section's valid colours (Streamlit warns about, and ignores, the others)."""
    found: dict[str, str] = {}
    for option, name in _COLOR_OPTIONS.items():
        value = section.get(option)
        if value is None or str(value).strip() == "":
            continue
        if colors.parse(str(value)) is None:
            warnings.append(f'{where}.{option} = "{value}" is not a colour wasmlit can use (hex or rgb()); ignored')
            continue
        text = str(value).strip()
        found[name] = text if text.startswith(("#", "rgb")) else f"#{text}"
    return found


def _palette_for(inputs: dict[str, str], base: str | None) -> tuple[str, dict[str, str]]:
    """Streamlit fills the inputs from the base's palette, then derives from the palette
    its background's luminance names."""
    filled = {**_PALETTES["dark" if base == "dark" else "light"]}
    filled = {key: inputs.get(key, filled[key]) for key in ("bg", "secondary", "text", "primary")}
    background = colors.parse(filled["bg"])
    tone = "light" if background is None or colors.luminance(background) > 0.5 else "dark"
    return tone, filled


def _parsed(text: str) -> colors.RGBA:
    parsed = colors.parse(text)
    assert parsed is not None, text
    return parsed


def _variables(inputs: dict[str, str], base: str | None, show_widget_border: Any) -> dict[str, str]:
    """The colour variables of one theme (the page's, or the sidebar's)."""
    tone, filled = _palette_for(inputs, base)
    defaults = _PALETTES[tone]
    custom = any(not _same(filled[key], defaults[key]) for key in ("bg", "secondary", "primary"))
    text, background = _parsed(filled["text"]), _parsed(filled["bg"])
    secondary, primary = _parsed(filled["secondary"]), _parsed(filled["primary"])
    background_mix = colors.mix(background, secondary, 0.5)
    border = inputs.get("border") or (colors.css(colors.fade(text, 0.8)) if custom else defaults["border"])
    code = inputs.get("code") or (colors.css(background_mix) if custom else defaults["code"])
    tints: dict[str, str] = {}
    if tone == "dark":
        for name, (text_tint, background_tint) in _DARK_TINTS.items():
            tints[f"--wl-text-{name}"], tints[f"--wl-bg-{name}"] = text_tint, background_tint
        tints["--wl-bg-primary"] = colors.css(colors.fade(primary, 0.7))
    return {
        "--st-bg": colors.css(background),
        "--st-secondary-bg": colors.css(secondary),
        "--st-text": colors.css(text),
        "--st-text-muted": colors.css(colors.fade(text, 0.4)),
        "--st-text-disabled": colors.css(colors.fade(text, 0.6)),
        "--st-primary": colors.css(primary),
        "--st-primary-hover": colors.css(colors.darken(primary, 0.15)),
        "--st-primary-focus": colors.css(colors.fade(primary, 0.5)),
        "--st-border": border,
        "--st-widget-border": "transparent" if show_widget_border is False else border,
        "--st-code-bg": code,
        "--st-link": inputs.get("link") or defaults["link"],
        "--st-button-bg": colors.css(colors.lighten(background, 0.025)),
        **tints,
    }


def _sidebar_variables(
    inputs: dict[str, str], sidebar_inputs: dict[str, str], base: str | None, show_widget_border: Any
) -> dict[str, str]:
    """The sidebar's theme, as Streamlit makes it: its own defaults while the page has the
    base's colours, else the page's two backgrounds swapped; [theme.sidebar] over both."""
    tone, filled = _palette_for(inputs, base)
    defaults, sidebar_defaults = _PALETTES[tone], _SIDEBAR[tone]
    base_colors = _same(filled["bg"], defaults["bg"]) and _same(filled["secondary"], defaults["secondary"])
    background = sidebar_inputs.get("bg") or (sidebar_defaults["bg"] if base_colors else filled["secondary"])
    secondary = sidebar_inputs.get("secondary") or (sidebar_defaults["secondary"] if base_colors else filled["bg"])
    merged = {**inputs, **sidebar_inputs, "bg": background, "secondary": secondary}
    sidebar_tone = "light" if colors.luminance(_parsed(background)) > 0.5 else "dark"
    primary = merged.get("primary", _PALETTES[tone]["primary"])
    untouched = (
        _same(background, sidebar_defaults["bg"])
        and _same(secondary, sidebar_defaults["secondary"])
        and _same(primary, defaults["primary"])
    )
    if untouched:
        for key in ("border", "code"):
            merged.setdefault(key, sidebar_defaults[key])
    variables = _variables(merged, sidebar_tone, show_widget_border)
    return {**variables, "--wl-sidebar-bg": variables["--st-bg"]}


def _font(value: Any, default: str) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    known = _FONTS.get(text.lower().replace(" ", "-"))
    return known or f"{text}, {default}"


def _radius(value: Any, warnings: list[str]) -> str | None:
    text = str(value or "").strip().lower()
    if not text:
        return None
    if text in _RADII:
        return f"{_RADII[text]:g}rem"
    for unit in ("rem", "px", ""):
        number = text.removesuffix(unit) if unit else text
        try:
            return f"{float(number):g}{unit or 'px'}"
        except ValueError:
            continue
    warnings.append(f'theme.baseRadius = "{value}" is not a size; the default radius stays')
    return None


def _other_variables(options: dict[str, Any], warnings: list[str]) -> dict[str, str]:
    variables: dict[str, str] = {}
    body = _font(options.get("theme.font"), _FONTS["sans-serif"])
    heading = _font(options.get("theme.headingFont"), _FONTS["sans-serif"]) or body
    code = _font(options.get("theme.codeFont"), _FONTS["monospace"])
    for name, value in (("--st-font", body), ("--st-heading-font", heading), ("--st-mono", code)):
        if value:
            variables[name] = value
    radius = _radius(options.get("theme.baseRadius"), warnings)
    if radius:
        variables["--st-radius"] = radius
    size = options.get("theme.baseFontSize")
    if isinstance(size, int | float) and not isinstance(size, bool) and size > 0:
        variables["--st-font-size"] = f"{size:g}px"
    return variables


def _block(selector: str, variables: dict[str, str]) -> str:
    return selector + "{" + ";".join(f"{name}:{value}" for name, value in variables.items()) + "}"


def _section(options: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {key.removeprefix(prefix): value for key, value in options.items() if key.startswith(prefix)}


def _switchable_css() -> str:
    """No theme configured: Streamlit follows the system's colour scheme, and its menu
    switches between System, Light and Dark (web/menu/state.js marks the root
    ``data-wl-theme="light"`` or ``"dark"``; System is no mark)."""
    dark = {**_variables({}, "dark", None), "color-scheme": "dark"}
    sidebar = _sidebar_variables({}, {}, "dark", None)
    system = ":root:not([data-wl-theme=light])"
    chosen = ":root[data-wl-theme=dark]"
    follows_system = _block(system, dark) + _block(f"{system} .stApp .stSidebar", sidebar)
    chosen_dark = _block(chosen, dark) + _block(f"{chosen} .stApp .stSidebar", sidebar)
    return "@media (prefers-color-scheme:dark){" + follows_system + "}" + chosen_dark


def theme_css(options: dict[str, Any]) -> ThemeCss:
    """The CSS that turns the stylesheet's light theme into the configured one."""
    warnings: list[str] = []
    theme = {key: value for key, value in _section(options, "theme.").items() if "." not in key}
    sidebar = _section(options, "theme.sidebar.")
    base = str(theme.get("base") or "").lower() or None
    if base not in (None, "light", "dark"):
        warnings.append(f'theme.base = "{theme.get("base")}" is neither "light" nor "dark"; ignored')
        base = None
    inputs = _color_inputs(theme, "theme", warnings)
    sidebar_inputs = _color_inputs(sidebar, "theme.sidebar", warnings)
    configured = any(value not in (None, "") for value in theme.values()) or bool(sidebar)
    border_shown = theme.get("showWidgetBorder")
    if not configured:
        return ThemeCss(_switchable_css(), warnings)
    others = _other_variables(options, warnings)
    if base != "dark" and not inputs and not sidebar_inputs and border_shown is not False:
        main, sidebar_variables = others, {}  # the stylesheet has the light colours already
    else:
        main = {**_variables(inputs, base, border_shown), **others}
        sidebar_variables = _sidebar_variables(inputs, sidebar_inputs, base, border_shown)
    tone = "dark" if main.get("--st-bg") and colors.luminance(_parsed(main["--st-bg"])) <= 0.5 else "light"
    main["color-scheme"] = tone
    css = _block(":root", main) + (_block(".stApp .stSidebar", sidebar_variables) if sidebar_variables else "")
    return ThemeCss(css, warnings)


def light_defaults() -> tuple[dict[str, str], dict[str, str]]:
    """The light theme's variables (web/styles/app.css must hold the same)."""
    return _variables({}, "light", None), _sidebar_variables({}, {}, "light", None)
