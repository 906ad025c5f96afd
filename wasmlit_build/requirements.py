r"""Read an app's ``requirements.txt`` (pip's format) into the requirements wasmlit ships.

Supported, as pip reads them: one requirement per line (names, version specifiers,
extras, environment markers, ``name @ URL`` of a wheel, a path to a ``.whl`` file),
comments, ``\`` line continuations, ``-r other.txt`` includes, per-requirement
``--hash``, and the index options pip would use to find wheels (``--index-url``,
``--extra-index-url``, ``--no-index``, ``--find-links``, ``--pre``, ``--trusted-host``),
which are passed on to pip. Refused, with the reason: anything pip would have to build
(editable installs, VCS and source-archive URLs, project folders), constraints files,
``--no-binary``, and options that only change how pip installs.

Requirements are parsed by the ``packaging`` library that pip itself vendors, so the
build accepts what the pip it runs accepts.
"""

from __future__ import annotations

import re
import shlex
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from pip._vendor.packaging.requirements import InvalidRequirement
from pip._vendor.packaging.requirements import Requirement as ParsedRequirement
from pip._vendor.packaging.version import InvalidVersion, Version

from wasmlit_build.errors import BuildError
from wasmlit_build.wheels import canonical_name

REQUIREMENTS_FILE = "requirements.txt"
_COMMENT = re.compile(r"(^|\s+)#.*$")
_VCS_PREFIXES = ("git+", "hg+", "svn+", "bzr+")
_FORMAT_HINT = 'pip\'s format: `name`, `name>=1.2`, `name[extra]`, `name; sys_platform == "emscripten"`'
# Index options pip needs to find wheels: passed on to pip as written (paths made absolute).
_INDEX_OPTIONS_WITH_VALUE = {
    "-i": "--index-url",
    "--index-url": "--index-url",
    "--extra-index-url": "--extra-index-url",
    "-f": "--find-links",
    "--find-links": "--find-links",
    "--trusted-host": "--trusted-host",
}
_INDEX_FLAGS = {"--no-index", "--pre", "--prefer-binary"}
_INCLUDE_OPTIONS = {"-r", "--requirement"}
_REFUSED_OPTIONS = {
    "-e": "editable installs (-e) need a local project or a VCS checkout built into a wheel",
    "--editable": "editable installs (-e) need a local project or a VCS checkout built into a wheel",
    "-c": "constraints files (-c) are not supported; pin versions in requirements.txt instead",
    "--constraint": "constraints files (-c) are not supported; pin versions in requirements.txt instead",
    "--no-binary": "--no-binary asks pip to build from source, and wasmlit ships wheels only",
}
# Per-requirement options pip accepts; only --hash means something for a download.
_REQUIREMENT_OPTIONS_KEPT = ("--hash",)


@dataclass(frozen=True)
class Requirement:
    name: str  # canonical (PEP 503): lower case, runs of "-_." as one "-"
    text: str  # the line pip is given (relative wheel paths made absolute)
    origin: str  # "requirements.txt, line 3", for messages
    specifier: str  # "" or e.g. ">=4,<5"
    marker: str | None  # the environment marker, as text


@dataclass(frozen=True)
class Requirements:
    items: tuple[Requirement, ...]
    index_options: tuple[str, ...]  # e.g. ("--index-url", "https://example.org/simple")


def read_requirements(path: Path) -> Requirements:
    """Parse ``path`` and the files it includes with ``-r``."""
    collector = _Collector(_read_text, path.resolve().parent)
    collector.read_file(path.resolve(), included_from=None)
    return Requirements(tuple(collector.items), tuple(collector.index_options))


def parse_requirements_text(text: str, source: Path, read: Callable[[Path], str] | None = None) -> Requirements:
    """Parse ``text`` as if it were the file ``source`` (for tests; ``read`` serves ``-r``).

    >>> parse_requirements_text("Humanize>=4  # dates\\nstreamlit\\n", Path("/app/requirements.txt")).items[0].name
    'humanize'
    """
    collector = _Collector(read or _read_text, source.parent)
    collector.seen.add(source)
    collector.read_lines(text, source)
    return Requirements(tuple(collector.items), tuple(collector.index_options))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BuildError(f"{path}: no such file.") from None
    except UnicodeDecodeError as error:
        raise BuildError(f"{path} is not UTF-8 text (byte {error.start} is invalid). Save it as UTF-8.") from None
    except OSError as error:
        raise BuildError(f"{path} cannot be read: {error.strerror}.") from None


def logical_lines(text: str) -> list[tuple[int, str]]:
    r"""Lines joined at ``\`` continuations, then stripped of comments, numbered as pip does.

    >>> logical_lines("a \\\n  >=1  # note\n\n# only a comment \\\nb#not-a-comment\n")
    [(1, 'a   >=1'), (5, 'b#not-a-comment')]
    """
    joined: list[tuple[int, str]] = []
    pending: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        # A comment line never continues, even when it ends with a backslash.
        if line.endswith("\\") and not _COMMENT.match(line):
            if not pending:
                start = number
            pending.append(line[:-1])
            continue
        if pending:
            joined.append((start, "".join([*pending, line])))
            pending = []
        else:
            joined.append((number, line))
    if pending:
        joined.append((start, "".join(pending)))
    stripped = ((number, _COMMENT.sub("", line).strip()) for number, line in joined)
    return [(number, line) for number, line in stripped if line]


class _Collector:
    def __init__(self, read: Callable[[Path], str], root: Path) -> None:
        self.read = read
        # The app folder: files named by requirements must be in it (it becomes a public site).
        self.root = root
        self.items: list[Requirement] = []
        self.index_options: list[str] = []
        self.seen: set[Path] = set()

    def read_file(self, path: Path, included_from: str | None) -> None:
        if path in self.seen:
            where = f" ({included_from})" if included_from else ""
            raise BuildError(f"{path} includes itself through -r{where}: remove the loop.")
        self.seen.add(path)
        self.read_lines(self.read(path), path)

    def read_lines(self, text: str, source: Path) -> None:
        for number, line in logical_lines(text):
            origin = f"{source.name}, line {number}"
            if line.startswith("-"):
                self._option(line, source, origin)
            else:
                requirement = parse_requirement_line(line, source.parent, origin)
                local = (
                    _local_path(requirement.text.split(" @ ", 1)[1].split()[0]) if " @ " in requirement.text else None
                )
                if local is not None:
                    check_inside_app_folder(local, self.root, line, origin)
                self.items.append(requirement)

    def _option(self, line: str, source: Path, origin: str) -> None:
        name, value = _split_option(line, origin)
        if name in _INCLUDE_OPTIONS:
            included = (source.parent / _required(value, name, origin)).resolve()
            check_inside_app_folder(included, self.root, line, origin)
            self.read_file(included, included_from=origin)
        elif name in _INDEX_OPTIONS_WITH_VALUE:
            canonical = _INDEX_OPTIONS_WITH_VALUE[name]
            value = _required(value, name, origin)
            if canonical == "--find-links" and "://" not in value:
                value = str((source.parent / value).resolve())
                check_inside_app_folder(Path(value), self.root, line, origin)
            elif canonical == "--find-links" and (local := _local_path(value)) is not None:
                check_inside_app_folder(local, self.root, line, origin)
            self.index_options += [canonical, value]
        elif name in _INDEX_FLAGS and value is None:
            self.index_options.append(name)
        elif name in _REFUSED_OPTIONS:
            raise BuildError(f"{origin}: `{line}`: {_REFUSED_OPTIONS[name]}.")
        else:
            raise BuildError(
                f"{origin}: `{line}`: wasmlit does not support this option in requirements.txt. It reads requirements"
                " (one per line), -r includes, --hash, and the index options --index-url, --extra-index-url,"
                " --no-index, --find-links, --pre and --trusted-host."
            )


def _split_option(line: str, origin: str) -> tuple[str, str | None]:
    """``--opt=value``, ``--opt value``, ``-rfile`` and ``-r file`` all name the same option.

    >>> _split_option("-rother.txt", "x"), _split_option("--index-url=https://i/simple", "x")
    (('-r', 'other.txt'), ('--index-url', 'https://i/simple'))
    """
    try:
        words = shlex.split(line)
    except ValueError as error:
        raise BuildError(f"{origin}: `{line}` cannot be read: {error}.") from None
    first = words[0]
    if first.startswith("--"):
        name, has_value, value = first.partition("=")
        rest = words[1:]
        if has_value:
            rest = [value, *rest]
    else:
        name, rest = first[:2], ([first[2:]] if len(first) > 2 else []) + words[1:]
    if len(rest) > 1:
        raise BuildError(f"{origin}: `{line}`: put one option per line.")
    return name, (rest[0] if rest else None)


def _required(value: str | None, name: str, origin: str) -> str:
    if not value:
        raise BuildError(f"{origin}: `{name}` needs a value.")
    return value


def parse_requirement_line(line: str, folder: Path, origin: str) -> Requirement:
    """One requirement line, checked by pip's own parser.

    >>> parse_requirement_line('Foo_Bar[x]>=1,<2; python_version >= "3.12"', Path("/a"), "r").specifier
    '<2,>=1'
    """
    requirement_part, options = _split_requirement_options(line, origin)
    if _looks_like_location(requirement_part):
        return _location_requirement(requirement_part, options, folder, origin)
    try:
        with warnings.catch_warnings():
            # Older pips' packaging accepts "legacy" versions with a warning; refused below.
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed = ParsedRequirement(requirement_part)
    except InvalidRequirement as error:
        raise BuildError(f"{origin}: `{line}` is not a valid requirement ({error}). Use {_FORMAT_HINT}.") from None
    for spec in parsed.specifier:
        if not _is_valid_version(spec.operator, spec.version):
            raise BuildError(
                f"{origin}: `{line}` is not a valid requirement (`{spec}` has no valid version). Use {_FORMAT_HINT}."
            )
    if parsed.url:
        _check_wheel_url(parsed.url, line, origin)
    return Requirement(
        name=canonical_name(parsed.name),
        text=" ".join([requirement_part, *options]),
        origin=origin,
        specifier=str(parsed.specifier),
        marker=str(parsed.marker) if parsed.marker else None,
    )


def _is_valid_version(operator: str, version: str) -> bool:
    """PEP 440, as current pips require (``==1.*`` prefixes and ``===`` arbitrary strings allowed).

    >>> _is_valid_version(">=", "4.0"), _is_valid_version(">", "=4"), _is_valid_version("==", "")
    (True, False, False)
    """
    if operator == "===":
        return bool(version)
    if operator in ("==", "!=") and version.endswith(".*"):
        version = version[:-2]
    try:
        Version(version)
    except InvalidVersion:
        return False
    return True


def _split_requirement_options(line: str, origin: str) -> tuple[str, list[str]]:
    requirement_part, separator, option_text = line.partition(" --")
    if not separator:
        return line.strip(), []
    options = shlex.split("--" + option_text)
    for option in options:
        if not option.startswith(_REQUIREMENT_OPTIONS_KEPT):
            raise BuildError(
                f"{origin}: `{line}`: `{option}` changes how pip builds or installs the package; wasmlit only"
                " downloads wheels, so only --hash is accepted after a requirement."
            )
    return requirement_part.strip(), options


def _local_path(location: str) -> Path | None:
    """The file a ``file://`` URL names, or None for other URLs.

    >>> _local_path("file:///app/wheels/a-1-py3-none-any.whl"), _local_path("https://x/a.whl")
    (PosixPath('/app/wheels/a-1-py3-none-any.whl'), None)
    """
    if not location.startswith("file:"):
        return None
    return Path(unquote(urlparse(location).path))


def check_inside_app_folder(path: Path, root: Path, line: str, origin: str) -> None:
    """Requirements may name files of the app folder only: a build (of an app someone else
    wrote, say) must not put the build machine's other files into a public site."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise BuildError(
            f"{origin}: `{line}` names {path}, outside the app folder {root}. The build reads only files of the"
            " app folder for a site (it is public): move the file into the app folder and name it from there."
        )


def _looks_like_location(text: str) -> bool:
    """A path or URL rather than ``name[extras] specifiers``: pip's own test is similar."""
    if "@" in text.split(";")[0] and not text.startswith(_VCS_PREFIXES):
        return False  # name @ URL
    return text.startswith((".", "/", "~", *_VCS_PREFIXES)) or "://" in text or text.lower().endswith(".whl")


def _location_requirement(text: str, options: list[str], folder: Path, origin: str) -> Requirement:
    if text.startswith(_VCS_PREFIXES):
        raise BuildError(
            f"{origin}: `{text}` is a version-control URL; pip would have to build it, and wasmlit ships wheels"
            " only. Build a wheel of it (`pip wheel`), put the .whl next to requirements.txt and list its path."
        )
    location = text if "://" in text else (folder / Path(text).expanduser()).resolve().as_uri()
    _check_wheel_url(location, text, origin)
    wheel_name = location.rsplit("/", 1)[-1].split("#")[0].split("?")[0]
    name = canonical_name(wheel_name.split("-")[0])
    return Requirement(
        name=name, text=" ".join([f"{name} @ {location}", *options]), origin=origin, specifier="", marker=None
    )


def _check_wheel_url(url: str, line: str, origin: str) -> None:
    path = url.split("#")[0].split("?")[0]
    if url.startswith(_VCS_PREFIXES) or not path.lower().endswith(".whl"):
        raise BuildError(
            f"{origin}: `{line}` points at something pip would have to build (a source archive, a folder or a"
            " repository), and wasmlit ships wheels only. Point it at a .whl file, or use the package's name."
        )
