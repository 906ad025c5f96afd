"""The protocol's contract (tests/contract/), seen from Python: the JavaScript tests
(tests/js/protocol_contract.test.mjs) read the same files, so a message changed on one
side only fails on the other."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from wasmlit.runtime import protocol
from wasmlit.testing.page_model import PageModel

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "contract"


def examples(folder: str) -> dict[str, Any]:
    return {path.stem: json.loads(path.read_text()) for path in sorted((CONTRACT / folder).glob("*.json"))}


def test_both_sides_speak_the_contracts_protocol_version() -> None:
    version = json.loads((CONTRACT / "protocol.json").read_text())["version"]
    javascript = re.search(r"export const PROTOCOL_VERSION = (\d+);", (ROOT / "web" / "protocol.js").read_text())
    assert javascript is not None
    assert protocol.PROTOCOL_VERSION == int(javascript.group(1)) == version


def test_every_outgoing_message_has_an_example_and_builds_it_exactly() -> None:
    outgoing = examples("python_to_page")
    assert sorted(outgoing) == sorted(protocol.OUTGOING_MESSAGES)
    for name, example in outgoing.items():
        message = protocol.decode_outgoing(example)
        assert json.loads(message.encode()) == example, name


def test_an_example_with_a_field_python_does_not_send_is_refused() -> None:
    example = {**examples("python_to_page")["toast"], "colour": "red"}
    with pytest.raises(TypeError, match="colour"):
        protocol.decode_outgoing(example)


def test_the_patch_envelopes_match_the_examples() -> None:
    for sequence in examples("patch_sequences").values():
        for message in sequence["messages"]:
            body = json.dumps({"blocks": message["blocks"], "elements": message["elements"]})[1:-1]
            if message["type"] == "patch":
                built = protocol.patch_message(message["run"], body)
            else:
                built = protocol.run_finished_message(
                    message["run"],
                    body,
                    status=message["status"],
                    duration_ms=message["durationMs"],
                    script_runs=message["scriptRuns"],
                )
            assert json.loads(built) == message


def test_python_understands_every_message_the_page_sends() -> None:
    incoming = examples("page_to_python")
    parsed = {name: protocol.parse_incoming(json.dumps(raw)) for name, raw in incoming.items()}
    assert {type(message) for message in parsed.values()} == set(protocol.IncomingMessage.__args__)
    rerun = parsed["rerun"]
    assert isinstance(rerun, protocol.RerunMessage)
    assert rerun.requests[0].values == {"$$ID-abc-name": "Ada"}
    assert rerun.query_string == "tab=a"
    assert rerun.context is None
    with_context = parsed["rerun_with_context"]
    assert isinstance(with_context, protocol.RerunMessage)
    assert with_context.context == protocol.BrowserContext(
        timezone="Europe/Berlin",
        timezone_offset=-60,
        locale="de-DE",
        url="https://user.github.io/app/#/reports",
        is_embedded=False,
        color_scheme="light",
        cookies={"visits": "3"},
    )


@pytest.mark.parametrize(
    "context",
    [{"timezoneOffset": True}, {"locale": 5}, {"cookies": {"a": 1}}, {"colour": "red"}, []],
)
def test_a_malformed_context_is_refused(context: object) -> None:
    message = {"type": "rerun", "requests": [{"values": {}, "trigger": None}], "context": context}
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_incoming(json.dumps(message))


@pytest.mark.parametrize("name", sorted(examples("patch_sequences")))
def test_page_model_applies_the_example_patches_as_the_page_store_does(name: str) -> None:
    sequence = examples("patch_sequences")[name]
    page = PageModel()
    for message in sequence["messages"]:
        page.apply(json.dumps(message))
    expected = sequence["expected"]
    assert {block_id: ids for block_id, ids in page.committed.items()} == expected["blocks"]
    assert {key: {"type": e.type, "props": e.props} for key, e in page.elements.items()} == expected["elements"]
    assert page.widget_values == expected["widgetValues"]
