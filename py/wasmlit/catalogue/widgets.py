"""Widgets: elements registered with Session State, whose ids are widget ids.

A value widget's ``value`` is the browser form of what the script gets back (the Python
side converts it with the widget's ``serialize``/``deserialize``); trigger widgets
(buttons) send a click, never a value.
"""

from __future__ import annotations

from wasmlit.catalogue.element_type import LABEL_VISIBILITY, QUERY_PARAM, element, trigger_widget, widget
from wasmlit.catalogue.prop_types import (
    BOOL,
    INT,
    JSON,
    NULL,
    NUMBER,
    STR,
    ListOf,
    MapOf,
    OneOf,
    Record,
    Union,
    nullable,
    opt,
    req,
)

SIZE = Union(INT, STR)
BUTTON_KIND = OneOf("primary", "secondary", "tertiary")
OPTIONS = req(ListOf(STR), "the options as the page shows them (format_func applied)")
FILTER_MODE = req(nullable(OneOf("fuzzy", "contains", "prefix")), "how typing filters the options (null: no typing)")

_BUTTON = {
    "kind": req(BUTTON_KIND),
    "icon": opt(STR),
    "stretch": opt(BOOL, "width='stretch'", default=False),
}
BUTTON = trigger_widget("button", _BUTTON)
FORM_SUBMIT_BUTTON = trigger_widget("form_submit_button", {**_BUTTON, "formId": req(STR)})
DOWNLOAD_BUTTON = trigger_widget(
    "download_button",
    {
        **_BUTTON,
        "data": req(STR, "the file, base64"),
        "fileName": req(STR),
        "mime": req(STR),
        "iconPosition": opt(OneOf("right"), default="left"),
    },
)
# An element unless it has an on_click callback: then a trigger widget (``triggers``).
LINK_BUTTON = element(
    "link_button",
    {
        "label": req(STR),
        "url": opt(STR, "absent when the address was refused (only http, https, mailto, relative)"),
        "kind": req(BUTTON_KIND),
        "disabled": req(BOOL),
        "help": opt(STR),
        "icon": opt(STR),
        "fragmentId": opt(STR),
        "iconPosition": opt(OneOf("left", "right")),
        "width": opt(SIZE),
        "key": opt(STR),
        "triggers": opt(BOOL, "a click also reaches the script", default=False),
    },
)

CHECKBOX = widget("checkbox", BOOL, {"wrap": opt(BOOL)})
TOGGLE = widget("toggle", BOOL, {"wrap": opt(BOOL)})
RADIO = widget(
    "radio",
    nullable(STR),
    {"options": OPTIONS, "horizontal": opt(BOOL, default=False), "captions": opt(ListOf(STR))},
)
SELECTBOX = widget(
    "selectbox",
    nullable(STR),
    {
        "options": OPTIONS,
        "placeholder": req(STR),
        "filterMode": FILTER_MODE,
        "acceptNewOptions": opt(BOOL, default=False),
        "required": opt(BOOL, default=False),
        "clearable": opt(BOOL, default=False),
        "icon": opt(STR),
    },
)
MULTISELECT = widget(
    "multiselect",
    ListOf(STR),
    {
        "options": OPTIONS,
        "placeholder": req(STR),
        "filterMode": FILTER_MODE,
        "selectAll": req(INT, "options beyond this count get no 'select all'"),
        "maxSelections": opt(INT),
        "acceptNewOptions": opt(BOOL, default=False),
        "wrap": opt(BOOL),
    },
)
SLIDER = widget(
    "slider",
    ListOf(NUMBER),
    {
        "dataType": req(OneOf("int", "float", "date", "time", "datetime")),
        "min": req(NUMBER),
        "max": req(NUMBER),
        "step": req(NUMBER),
        "format": req(STR),
    },
    doc="dates and times travel as numbers (microseconds); one value or two for a range",
)
SELECT_SLIDER = widget("select_slider", ListOf(STR), {"options": OPTIONS})
COLOR_PICKER = widget("color_picker", STR)
NUMBER_INPUT = widget(
    "number_input",
    nullable(NUMBER),
    {
        "dataType": req(OneOf("int", "float")),
        "default": req(nullable(NUMBER)),
        "min": req(NUMBER),
        "max": req(NUMBER),
        "hasMin": req(BOOL),
        "hasMax": req(BOOL),
        "step": req(NUMBER),
        "format": req(STR),
        "placeholder": opt(STR),
        "icon": opt(STR),
        "required": opt(BOOL, default=False),
    },
)
_TEXT = {
    "default": req(nullable(STR)),
    "maxChars": opt(INT),
    "placeholder": opt(STR),
    "required": opt(BOOL, default=False),
}
TEXT_INPUT = widget(
    "text_input",
    nullable(STR),
    {
        **_TEXT,
        "inputType": req(STR),
        "autocomplete": req(STR),
        "icon": opt(STR),
        "validateRegex": opt(STR),
        "validateMessage": opt(STR),
        "liveDebounceMs": opt(INT, "live=True: commit while typing, after this pause"),
    },
)
TEXT_AREA = widget("text_area", nullable(STR), {**_TEXT, "height": req(Union(INT, OneOf("stretch", "content")))})
DATE_INPUT = widget(
    "date_input",
    ListOf(STR),
    {
        "isRange": req(BOOL),
        "format": req(STR),
        "min": req(STR),
        "max": req(STR),
        "default": req(ListOf(STR)),
        "required": opt(BOOL, default=False),
    },
    doc="ISO dates; one, or up to two for a range",
)
TIME_INPUT = widget(
    "time_input",
    nullable(STR),
    {
        "step": req(INT, "seconds"),
        "format": req(STR),
        "default": req(nullable(STR)),
        "required": opt(BOOL, default=False),
    },
)
_BUTTON_GROUP = {
    "options": req(
        ListOf(
            Record(
                {
                    "value": req(STR, "the option's format_func text: what the value holds"),
                    "label": req(STR, "Markdown shown on the button (the text after a leading icon)"),
                    "icon": opt(STR, "a leading emoji or :material/name: taken from the text"),
                }
            )
        )
    ),
    "selectionMode": req(OneOf("single", "multi")),
    "required": opt(BOOL, "single selection: a click on the selected option keeps it", default=False),
    "stretch": opt(BOOL, "width='stretch'", default=False),
    "wrap": opt(BOOL, "absent: wrap unless in a horizontal layout"),
}
PILLS = widget("pills", ListOf(STR), _BUTTON_GROUP, doc="the selected option texts; one at most in single mode")
SEGMENTED_CONTROL = widget("segmented_control", ListOf(STR), _BUTTON_GROUP, doc="as pills, drawn as joined segments")
FEEDBACK = widget(
    "feedback",
    STR,
    {"kind": req(OneOf("thumbs", "faces", "stars")), "stretch": opt(BOOL, "width='stretch'", default=False)},
    common={
        "disabled": req(BOOL),
        "key": opt(STR),
        "width": opt(INT, "a width in pixels"),
        "ignoreRerun": opt(BOOL, default=False),
        "queryParam": QUERY_PARAM,
    },
    doc='the selected index as text ("0".."4"), "" when cleared, as Streamlit exchanges it',
)
DATETIME_INPUT = widget(
    "datetime_input",
    ListOf(STR),
    {
        "format": req(STR, "the date part's order and separator"),
        "min": req(STR, "YYYY-MM-DDTHH:MM"),
        "max": req(STR, "YYYY-MM-DDTHH:MM"),
        "step": req(INT, "seconds"),
        "default": req(ListOf(STR)),
        "required": opt(BOOL, default=False),
    },
    doc="one ISO datetime (YYYY-MM-DDTHH:MM), or none when empty",
)
FILE_RECORD = Record({"fileId": req(STR), "name": req(STR), "type": req(STR), "size": req(INT)})
FILE_UPLOADER = widget(
    "file_uploader",
    ListOf(FILE_RECORD),
    {
        "types": req(ListOf(STR)),
        "maxUploadSizeMb": req(NUMBER),
        "multiple": req(BOOL),
        "directory": req(BOOL),
    },
)
AUDIO_INPUT = widget(
    "audio_input",
    ListOf(FILE_RECORD),
    {"sampleRate": req(nullable(INT), "Hz the recording is resampled to; null: the microphone's own")},
    doc="a recording, as a WAV file record (one at most)",
)
CAMERA_INPUT = widget(
    "camera_input",
    ListOf(FILE_RECORD),
    {"resolutionHeight": opt(INT, "the camera height asked for (480, 720, 1080)")},
    doc="a photo, as a JPEG file record (one at most)",
)
CHAT_INPUT = widget(
    "chat_input",
    NULL,
    {
        "placeholder": req(STR),
        "maxChars": opt(INT),
        "fill": opt(STR, "text set through Session State: shown in the box, not submitted"),
        "width": opt(SIZE),
        "acceptFile": opt(OneOf("single", "multiple", "directory"), "absent: no file button"),
        "fileTypes": opt(ListOf(STR), "the type filter, as file_uploader's types", default=[]),
        "maxUploadSizeMb": opt(NUMBER),
        "acceptAudio": opt(BOOL, default=False),
        "audioSampleRate": opt(nullable(INT), "Hz the recording is resampled to; null: the microphone's own"),
        "submitMode": opt(OneOf("submit", "disable", "stop"), "what the box does while the run it caused goes on"),
    },
    common={
        "disabled": req(BOOL),
        "key": opt(STR),
        "labelVisibility": opt(LABEL_VISIBILITY),
    },
    doc=(
        "the submission travels once, with setValue (the text; with files or audio accepted, "
        "{text, files, audio} of file records); the page then forgets it"
    ),
)
# A custom component (components.v1.declare_component): the page loads its frontend in an
# iframe and speaks Streamlit's component protocol with it.
COMPONENT_VALUE = nullable(
    Union(
        Record({"json": req(JSON, "a value the component set (JSON)")}),
        Record({"bytes": req(STR, "bytes the component set, base64")}),
    )
)
COMPONENT_INSTANCE = widget(
    "component_instance",
    COMPONENT_VALUE,
    {
        "componentName": req(STR, "module.name, the iframe's title"),
        "url": req(STR, "the frontend's index.html: site-relative, or the url= given"),
        "args": req(JSON, "the keyword arguments (with default and key), JSON"),
        "bytesArgs": opt(MapOf(STR), "bytes arguments, base64 (the component gets Uint8Arrays)", default={}),
        "tabIndex": opt(INT),
    },
    common={"disabled": req(BOOL), "key": opt(STR), "fragmentId": opt(STR)},
    doc="the value is null until the component calls setComponentValue",
)

TYPES = (
    BUTTON,
    FORM_SUBMIT_BUTTON,
    DOWNLOAD_BUTTON,
    LINK_BUTTON,
    CHECKBOX,
    TOGGLE,
    RADIO,
    SELECTBOX,
    MULTISELECT,
    SLIDER,
    SELECT_SLIDER,
    COLOR_PICKER,
    NUMBER_INPUT,
    TEXT_INPUT,
    TEXT_AREA,
    DATE_INPUT,
    TIME_INPUT,
    FILE_UPLOADER,
    AUDIO_INPUT,
    CAMERA_INPUT,
    CHAT_INPUT,
    PILLS,
    SEGMENTED_CONTROL,
    FEEDBACK,
    DATETIME_INPUT,
    COMPONENT_INSTANCE,
)
