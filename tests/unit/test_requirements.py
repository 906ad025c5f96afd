"""requirements.txt in pip's format: what is read, what is passed to pip, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit_build.errors import BuildError
from wasmlit_build.requirements import Requirements, parse_requirements_text, read_requirements

APP = Path("/app/requirements.txt")


def parse(text: str, includes: dict[str, str] | None = None) -> Requirements:
    files = {Path("/app") / name: content for name, content in (includes or {}).items()}

    def read(path: Path) -> str:
        if path not in files:
            raise BuildError(f"{path}: no such file.")
        return files[path]

    return parse_requirements_text(text, APP, read)


def test_names_specifiers_extras_markers_and_comments() -> None:
    parsed = parse(
        "# the app's packages\n"
        "Humanize >= 4.0, <5  # dates and sizes\n"
        "\n"
        'Foo_Bar[fast,small]==1.2; python_version >= "3.12"\n'
        "requests \\\n"
        "    ~=2.31\n"
    )
    assert [(item.name, item.specifier, item.marker) for item in parsed.items] == [
        ("humanize", "<5,>=4.0", None),
        ("foo-bar", "==1.2", 'python_version >= "3.12"'),
        ("requests", "~=2.31", None),
    ]
    assert [item.origin for item in parsed.items] == [
        "requirements.txt, line 2",
        "requirements.txt, line 4",
        "requirements.txt, line 5",
    ]
    assert parsed.items[1].text == 'Foo_Bar[fast,small]==1.2; python_version >= "3.12"'
    assert parsed.index_options == ()


def test_includes_are_read_relative_to_the_including_file() -> None:
    parsed = parse(
        "-r base.txt\nhumanize\n", {"base.txt": "--requirement=more/extra.txt\nidna\n", "more/extra.txt": "six"}
    )
    assert [item.name for item in parsed.items] == ["six", "idna", "humanize"]
    assert parsed.items[0].origin == "extra.txt, line 1"


def test_an_include_loop_is_an_error() -> None:
    with pytest.raises(BuildError, match="includes itself through -r"):
        parse("-r a.txt\n", {"a.txt": "-r b.txt\n", "b.txt": "-r a.txt\n"})


def test_a_missing_include_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("-r nope.txt\n")
    with pytest.raises(BuildError, match=r"nope\.txt: no such file"):
        read_requirements(tmp_path / "requirements.txt")


def test_index_options_go_to_pip_and_local_find_links_become_absolute() -> None:
    parsed = parse(
        "--index-url https://mirror.example/simple\n"
        "--extra-index-url=https://other.example/simple\n"
        "-f ./wheels\n"
        "--pre\n"
        "--trusted-host mirror.example\n"
        "humanize\n"
    )
    assert parsed.index_options == (
        "--index-url",
        "https://mirror.example/simple",
        "--extra-index-url",
        "https://other.example/simple",
        "--find-links",
        "/app/wheels",
        "--pre",
        "--trusted-host",
        "mirror.example",
    )


@pytest.mark.parametrize(
    "line",
    [
        "-r ../secrets/more.txt",
        "--find-links /home/builder/private-wheels",
        "-f file:///var/cache/wheels",
        "/home/builder/private_tool-1.0-py3-none-any.whl",
        "tool @ file:///etc/tool-1.0-py3-none-any.whl",
        "../outside/tool-1.0-py3-none-any.whl",
    ],
)
def test_files_outside_the_app_folder_are_refused(line: str) -> None:
    """A build of someone else's app must not put the build machine's files into a public site."""
    with pytest.raises(BuildError, match="outside the app folder /app"):
        parse(f"{line}\n", {"../secrets/more.txt": "humanize\n"})


def test_hashes_are_kept_for_pip() -> None:
    parsed = parse("humanize==4.17.0 --hash=sha256:abc123 \\\n    --hash=sha256:def456\n")
    assert parsed.items[0].text == "humanize==4.17.0 --hash=sha256:abc123 --hash=sha256:def456"


def test_wheel_paths_and_urls_are_named_by_their_wheel() -> None:
    parsed = parse("./wheels/my_tool-1.0-py3-none-any.whl\nother @ https://files.example/other-2.0-py3-none-any.whl\n")
    assert [item.name for item in parsed.items] == ["my-tool", "other"]
    assert parsed.items[0].text == "my-tool @ file:///app/wheels/my_tool-1.0-py3-none-any.whl"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("humanize>>=4", r"requirements\.txt, line 1: `humanize>>=4` is not a valid requirement"),
        ("numpy==", "`==` has no valid version"),
        ("-e ./mypackage", r"editable installs \(-e\)"),
        ("-c constraints.txt", r"constraints files \(-c\) are not supported"),
        ("--no-binary :all:", "wasmlit ships wheels only"),
        ("--use-feature fast-deps", "does not support this option"),
        ("git+https://github.com/org/repo.git", "version-control URL"),
        ("mypkg @ https://example.com/mypkg-1.0.tar.gz", "pip would have to build"),
        ("./my_project", "pip would have to build"),
        ("humanize --config-settings=a=b", "only --hash is accepted"),
        ("-r", "`-r` needs a value"),
    ],
)
def test_what_cannot_be_shipped_is_refused_with_the_reason(line: str, message: str) -> None:
    with pytest.raises(BuildError, match=message):
        parse(f"{line}\n")
