"""The package plan and its resolution: skipped requirements, PyPI through a fake pip, a fake
Pyodide distribution, the site's files and lock entries, the download cache. No network."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.fake_pyodide_dist import make_wheel, wheel_file_name, write_fake_distribution
from wasmlit_build import packages, pip_resolve
from wasmlit_build.errors import BuildError
from wasmlit_build.package_plan import target_environment
from wasmlit_build.paths import PROJECT_ROOT
from wasmlit_build.pyodide_dist import load_distribution, pinned_lock
from wasmlit_build.pyodide_files import pyodide_version


class FakePip:
    """Stands in for ``python -m pip download``: records the call and "downloads" the
    wheels it was given, or prints what pip prints when it fails."""

    def __init__(self, wheels: dict[str, bytes] | None = None, *, fail_with: str = "") -> None:
        self.wheels = wheels or {}
        self.fail_with = fail_with
        self.calls: list[list[str]] = []
        self.requirement_files: list[str] = []
        self.constraint_files: list[str] = []

    def __call__(self, arguments: list[str]) -> tuple[int, str]:
        self.calls.append(arguments)
        self.requirement_files.append(Path(arguments[arguments.index("--requirement") + 1]).read_text())
        if "--constraint" in arguments:
            self.constraint_files.append(Path(arguments[arguments.index("--constraint") + 1]).read_text())
        if self.fail_with:
            return 1, self.fail_with
        dest = Path(arguments[arguments.index("--dest") + 1])
        for name, data in self.wheels.items():
            (dest / name).write_bytes(data)
        return 0, "Successfully downloaded"


def humanize_wheel() -> dict[str, bytes]:
    data = make_wheel("humanize", "4.17.0", {"humanize/__init__.py": "def naturalsize(n):\n    return str(n)\n"})
    return {wheel_file_name("humanize", "4.17.0"): data}


def app_with(tmp_path: Path, requirements: str) -> Path:
    folder = tmp_path / "app"
    folder.mkdir(exist_ok=True)
    (folder / "app.py").write_text("import streamlit as st\n")
    (folder / "requirements.txt").write_text(requirements)
    return folder


def resolve(
    folder: Path, pip: FakePip, *, dist: Path | None = None, cache: Path | None = None, notes: list[str] | None = None
) -> packages.SitePackages:
    """Resolve with a fake pip and a cache of the test's own (a fresh one unless given)."""
    return packages.site_packages(
        folder,
        dist,
        report=(notes.append if notes is not None else lambda message: None),
        runner=pip,
        cache_folder=cache or folder.parent / f"cache-{len(list(folder.parent.glob('cache-*')))}",
    )


def test_no_requirements_file_ships_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "app"
    folder.mkdir()
    pip = FakePip()
    assert resolve(folder, pip) == packages.NO_PACKAGES
    assert pip.calls == []


def test_streamlit_the_standard_library_and_false_markers_are_skipped_with_a_note(tmp_path: Path) -> None:
    notes: list[str] = []
    folder = app_with(tmp_path, 'streamlit>=1.30\ndataclasses\npywin32; sys_platform == "win32"\n')
    pip = FakePip()
    assert resolve(folder, pip, notes=notes).packages == ()
    assert pip.calls == []
    assert notes == [
        "Note: streamlit is skipped: wasmlit provides `import streamlit` in the page.",
        "Note: dataclasses is skipped: it is part of Pyodide's standard library.",
        'Note: pywin32 is skipped: its marker `sys_platform == "win32"` is false in Pyodide.',
    ]


def test_markers_are_judged_for_pyodide_not_for_this_machine(tmp_path: Path) -> None:
    folder = app_with(tmp_path, 'humanize; sys_platform == "emscripten" and python_version >= "3.14"\n')
    pip = FakePip(humanize_wheel())
    assert [package.key for package in resolve(folder, pip).packages] == ["humanize"]


def test_pip_is_asked_for_wheels_for_pyodides_python(tmp_path: Path) -> None:
    folder = app_with(tmp_path, "--index-url https://mirror.example/simple\nhumanize>=4\nstreamlit\n")
    pip = FakePip(humanize_wheel())
    resolve(folder, pip)
    [arguments] = pip.calls
    assert arguments[0] == "download"
    for option in (["--only-binary=:all:"], ["--python-version", "3.14"], ["--implementation", "cp"]):
        assert " ".join(option) in " ".join(arguments)
    # Pure-Python wheels, and Pyodide's compiled ones (as stand-ins: see test_cdn_packages.py).
    assert " ".join(["--abi", "none", "--abi", "cp314", "--abi", "abi3", "--platform", "any"]) in " ".join(arguments)
    assert " ".join(["--platform", "pyemscripten_2026_0_wasm32"]) in " ".join(arguments)
    assert " ".join(["--index-url", "https://mirror.example/simple"]) in " ".join(arguments)
    assert pip.requirement_files == ["humanize>=4\n"]


def test_the_site_ships_each_wheel_under_a_content_hashed_folder_with_its_lock_entry(tmp_path: Path) -> None:
    site = resolve(app_with(tmp_path, "humanize\n"), FakePip(humanize_wheel()))
    [(path, data)] = site.files().items()
    assert re.fullmatch(r"assets/packages/[0-9a-f]{10}/humanize-4\.17\.0-py3-none-any\.whl", path)
    entry = site.lock_entries()["humanize"]
    assert entry["file_name"] == path.removeprefix("assets/packages/")
    assert entry["imports"] == ["humanize"] and entry["depends"] == [] and len(entry["sha256"]) == 64
    manifest = site.manifest_entry()
    assert manifest is not None
    assert manifest["load"] == ["humanize"] and manifest["names"] == ["humanize"]
    assert manifest["files"] == [{"path": path, "bytes": len(data), "sha256": entry["sha256"], "package": "humanize"}]
    assert packages.lock_file_contents(site)["info"] == pinned_lock()["info"]


def test_downloads_are_cached_and_a_changed_requirement_resolves_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = app_with(tmp_path, "humanize\n")
    pip = FakePip(humanize_wheel())
    first = resolve(folder, pip, cache=cache)
    second = resolve(folder, pip, cache=cache)
    assert len(pip.calls) == 1
    assert second.files() == first.files()
    (folder / "requirements.txt").write_text("humanize>=4\n")
    resolve(folder, pip, cache=cache)
    assert len(pip.calls) == 2


def test_a_damaged_cache_entry_is_downloaded_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = app_with(tmp_path, "humanize\n")
    pip = FakePip(humanize_wheel())
    resolve(folder, pip, cache=cache)
    for wheel in (cache / "wheels").iterdir():
        wheel.write_bytes(b"damaged")
    resolve(folder, pip, cache=cache)
    assert len(pip.calls) == 2


def test_a_version_of_a_pyodide_package_that_pyodide_does_not_have_is_explained(tmp_path: Path) -> None:
    """pip sees Pyodide's numpy pinned to its version: a PyPI package that needs another fails."""
    output = (
        "Collecting oldplot\n"
        "ERROR: Could not find a version that satisfies the requirement numpy<2 (from oldplot) (from versions: 2.4.6)\n"
        "ERROR: No matching distribution found for numpy<2\n"
    )
    with pytest.raises(BuildError) as raised:
        resolve(app_with(tmp_path, "oldplot\n"), FakePip(fail_with=output))
    version = pyodide_version()
    assert str(raised.value).startswith(
        f"numpy comes from Pyodide {version}'s packages (its CDN), in version 2.4.6 only, and the requirements need"
        " another version. pip said: Could not find a version"
    )


def test_a_package_without_a_usable_wheel_is_named(tmp_path: Path) -> None:
    output = "ERROR: No matching distribution found for not-a-real-package==1.0\n"
    with pytest.raises(pip_resolve.UnavailableRequirementError) as raised:
        resolve(app_with(tmp_path, "not-a-real-package==1.0\n"), FakePip(fail_with=output))
    assert str(raised.value).startswith(
        "not-a-real-package==1.0 has no wheel on the package index that runs in Pyodide"
    )
    assert f"Pyodide {pyodide_version()} does not build it for WebAssembly either" in str(raised.value)


def test_an_unreachable_index_is_its_own_error(tmp_path: Path) -> None:
    output = (
        "WARNING: Retrying ... after connection broken by 'NewConnectionError(...: Failed to establish a new"
        " connection: [Errno -3] Temporary failure in name resolution')': /simple/humanize/\n"
        "ERROR: No matching distribution found for humanize\n"
    )
    with pytest.raises(pip_resolve.PackageIndexUnreachableError, match="could not reach the package index"):
        resolve(app_with(tmp_path, "humanize\n"), FakePip(fail_with=output))


def test_other_pip_failures_pass_on_what_pip_said(tmp_path: Path) -> None:
    output = "ERROR: Cannot install a==1 and b==2 because these package versions have conflicting dependencies.\n"
    with pytest.raises(BuildError, match=r"pip could not resolve requirements\.txt for Pyodide: Cannot install a==1"):
        resolve(app_with(tmp_path, "a==1\nb==2\n"), FakePip(fail_with=output))


def test_a_compiled_wheel_from_pypi_is_refused(tmp_path: Path) -> None:
    wheel = {"fastthing-1.0-cp314-cp314-pyemscripten_2026_0_wasm32.whl": make_wheel("fastthing", "1.0", {})}
    with pytest.raises(BuildError, match=r"a compiled wheel that is not one of Pyodide [\d.]+'s packages"):
        resolve(app_with(tmp_path, "fastthing\n"), FakePip(wheel))


def test_a_distribution_provides_its_packages_with_their_lock_dependencies(tmp_path: Path) -> None:
    dist = write_fake_distribution(tmp_path / "dist")
    pip = FakePip()
    site = resolve(app_with(tmp_path, "wlfake-stats>=2\n"), pip, dist=dist)
    assert pip.calls == []  # nothing left for pip: no network
    assert [(p.key, p.source) for p in site.packages] == [
        ("wlfake-core", packages.FROM_DIST),
        ("wlfake-stats", packages.FROM_DIST),
    ]
    lock = site.lock_entries()
    assert lock["wlfake-stats"]["depends"] == ["wlfake-core"]
    dist_lock = json.loads((dist / "pyodide-lock.json").read_text())["packages"]
    assert lock["wlfake-core"]["sha256"] == dist_lock["wlfake-core"]["sha256"]
    assert lock["wlfake-core"]["file_name"].endswith("/wlfake_core-1.0.0-py3-none-any.whl")


def test_pip_may_take_a_dependency_from_the_distribution_pinned_to_its_version(tmp_path: Path) -> None:
    """A PyPI package that depends on a distribution package (a plotting library on numpy)."""
    dist = write_fake_distribution(tmp_path / "dist")
    core = (dist / wheel_file_name("wlfake_core", "1.0.0")).read_bytes()
    plotter = make_wheel("plotter", "0.1", {"plotter.py": "import wlfake_core\n"}, ("wlfake_core",))
    pip = FakePip({wheel_file_name("plotter", "0.1"): plotter, wheel_file_name("wlfake_core", "1.0.0"): core})
    site = resolve(app_with(tmp_path, "plotter\n"), pip, dist=dist)
    [arguments] = pip.calls
    assert arguments[arguments.index("--find-links") + 1] == str(dist.resolve())
    assert pip.constraint_files == ["wlfake-core==1.0.0\nwlfake-stats==2.1.0\n"]
    assert [(p.key, p.source) for p in site.packages] == [
        ("plotter", packages.FROM_PYPI),
        ("wlfake-core", packages.FROM_DIST),
    ]


def test_a_requirement_the_distribution_cannot_meet_is_an_error(tmp_path: Path) -> None:
    dist = write_fake_distribution(tmp_path / "dist")
    with pytest.raises(BuildError, match=r"does not accept wlfake-stats 2\.1\.0, the version in the Pyodide"):
        resolve(app_with(tmp_path, "wlfake-stats>=3\n"), FakePip(), dist=dist)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda dist: (dist / "pyodide-lock.json").unlink(), "is not a Pyodide distribution: it has no pyodide-lock"),
        (lambda dist: (dist / "package.json").write_text('{"version": "0.26.4"}'), "is Pyodide 0.26.4, but wasmlit"),
        (lambda dist: (dist / "package.json").unlink(), "cannot tell which Pyodide"),
        (lambda dist: (dist / "wlfake_core-1.0.0-py3-none-any.whl").unlink(), "distribution is incomplete"),
        (lambda dist: (dist / "wlfake_core-1.0.0-py3-none-any.whl").write_bytes(b"x"), "does not match its SHA-256"),
    ],
    ids=["no-lock", "other-version", "unknown-version", "missing-wheel", "damaged-wheel"],
)
def test_a_wrong_or_broken_distribution_is_refused(tmp_path: Path, damage: object, message: str) -> None:
    dist = write_fake_distribution(tmp_path / "dist")
    damage(dist)  # type: ignore[operator]
    with pytest.raises(BuildError, match=message):
        resolve(app_with(tmp_path, "wlfake-stats\n"), FakePip(), dist=dist)


def test_a_distribution_for_another_interpreter_is_refused(tmp_path: Path) -> None:
    info = {**pinned_lock()["info"], "python": "3.13.2"}
    with pytest.raises(BuildError, match="describes wheels for"):
        load_distribution(write_fake_distribution(tmp_path / "dist", info=info))


def test_a_missing_distribution_folder_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"no such folder\. To get one, download Pyodide"):
        load_distribution(tmp_path / "nowhere")


def test_the_marker_environment_is_pyodides_own() -> None:
    """What the build assumes, checked against the pinned Pyodide itself (in Node)."""
    script = (
        'import { loadPyodide } from "pyodide";\n'
        "const pyodide = await loadPyodide();\n"
        "process.stdout.write(pyodide.runPython(`\n"
        "import json, os, platform, sys\n"
        "v = sys.implementation.version\n"
        "json.dumps({'implementation_name': sys.implementation.name,"
        " 'implementation_version': f'{v.major}.{v.minor}.{v.micro}', 'os_name': os.name,"
        " 'platform_machine': platform.machine(), 'platform_python_implementation': platform.python_implementation(),"
        " 'platform_release': platform.release(), 'platform_system': platform.system(),"
        " 'platform_version': platform.version(), 'python_full_version': platform.python_version(),"
        " 'python_version': '.'.join(platform.python_version_tuple()[:2]), 'sys_platform': sys.platform})\n"
        "`));\n"
    )
    completed = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert json.loads(completed.stdout.strip().splitlines()[-1]) == target_environment(pinned_lock()["info"])
