"""Where a site's packages come from, decided with the real lock of the pinned Pyodide
(node_modules/pyodide/pyodide-lock.json): Pyodide's compiled packages from its CDN with
their dependencies, pure ones from PyPI, everything vendored with --pyodide-dist, and the
packages the app's files import without listing them. No network."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.fake_pyodide_dist import make_wheel, wheel_file_name, write_fake_distribution
from tests.tiers import NODE_PACKAGES, needs_node_modules
from tests.unit.test_packages import FakePip, humanize_wheel
from wasmlit_build import packages, pip_resolve, pyodide_cdn, sandbox, snapshot
from wasmlit_build.errors import BuildError
from wasmlit_build.package_plan import target_environment
from wasmlit_build.paths import PYODIDE_PACKAGE
from wasmlit_build.pipeline import BuildRequest, build
from wasmlit_build.pyodide_dist import pinned_lock
from wasmlit_build.pyodide_files import pyodide_version

# Every test here reads the pinned Pyodide's lock.
pytestmark = needs_node_modules
LOCK = pinned_lock()["packages"] if NODE_PACKAGES.exists() else {}
CDN = pyodide_cdn.DEFAULT_BASE.format(version=pyodide_version() if NODE_PACKAGES.exists() else "")


def site_for(
    tmp_path: Path,
    requirements: str | None,
    sources: dict[str, str] | None = None,
    *,
    pip: pip_resolve.PipRunner | None = None,
    dist: Path | None = None,
    environ: dict[str, str] | None = None,
    notes: list[str] | None = None,
) -> packages.SitePackages:
    """Resolve an app folder with a fake pip (it fails the test if pip is run unexpectedly)."""
    folder = tmp_path / "app"
    folder.mkdir(exist_ok=True)
    if requirements is not None:
        (folder / "requirements.txt").write_text(requirements)
    return packages.site_packages(
        folder,
        dist,
        report=(notes.append if notes is not None else lambda message: None),
        python_sources=sources or {"app.py": "import streamlit as st\n"},
        environ=environ or {},
        runner=pip or FakePip(fail_with="ERROR: pip was not expected to run"),
        cache_folder=tmp_path / "cache",
    )


def sources_of(site: packages.SitePackages) -> dict[str, str]:
    return {package.key: package.source for package in site.packages}


def test_the_default_cdn_is_the_one_the_pinned_pyodide_loader_uses() -> None:
    loader = (PYODIDE_PACKAGE / "pyodide.mjs").read_text()
    [template] = re.findall(r"https://cdn\.jsdelivr\.net/pyodide/v\$\{\w+\}/full/", loader)
    assert re.sub(r"\$\{\w+\}", pyodide_version(), template) == CDN


def test_numpy_comes_from_the_cdn_checked_against_the_pinned_lock(tmp_path: Path) -> None:
    notes: list[str] = []
    site = site_for(tmp_path, "numpy>=2\n", notes=notes)
    [numpy] = site.packages
    assert isinstance(numpy, packages.CdnPackage)
    assert site.files() == {}  # nothing shipped: the page fetches it
    entry = site.lock_entries()["numpy"]
    assert entry["file_name"] == CDN + LOCK["numpy"]["file_name"]
    assert entry["sha256"] == LOCK["numpy"]["sha256"]
    manifest = site.manifest_entry()
    assert manifest is not None and manifest["load"] == ["numpy"]
    assert manifest["files"] == [
        {"path": entry["file_name"], "bytes": None, "sha256": entry["sha256"], "package": "numpy", "cdn": True}
    ]
    assert notes == [
        f"The page will fetch numpy {LOCK['numpy']['version']} from Pyodide's CDN ({CDN}) at run time, each file"
        " checked against its SHA-256 in pyodide-lock.json; --pyodide-dist DIR makes the site fully offline (vendored)."
    ]


def test_a_compiled_package_brings_its_lock_dependencies_from_the_cdn(tmp_path: Path) -> None:
    site = site_for(tmp_path, "pandas\n")
    assert sources_of(site) == {
        "numpy": packages.FROM_CDN,
        "pandas": packages.FROM_CDN,
        "python-dateutil": packages.FROM_CDN,
        "pytz": packages.FROM_CDN,
        "six": packages.FROM_CDN,
    }
    assert site.lock_entries()["pandas"]["depends"] == ["numpy", "python-dateutil", "pytz"]


def test_shared_libraries_come_from_the_cdn_too(tmp_path: Path) -> None:
    """A package whose lock dependencies include a shared library (a .zip) gets it."""
    users = [key for key, entry in LOCK.items() if "libopenblas" in entry.get("depends", [])]
    assert users, "the pinned lock no longer has a package on libopenblas"
    site = site_for(tmp_path, f"{users[0]}\n")
    library = next(package for package in site.from_cdn if package.key == "libopenblas")
    assert library.package_type == "shared_library" and library.url.endswith(".zip")


def test_a_pure_package_comes_from_pypi_as_before(tmp_path: Path) -> None:
    pip = FakePip(humanize_wheel())
    site = site_for(tmp_path, "humanize\nnumpy\n", pip=pip)
    assert sources_of(site) == {"humanize": packages.FROM_PYPI, "numpy": packages.FROM_CDN}
    assert pip.requirement_files == ["humanize\n"]  # numpy is not pip's business


def test_a_pure_package_pyodide_also_has_comes_from_pypi_when_listed(tmp_path: Path) -> None:
    """Listed pure packages are shipped with the site, even when Pyodide's lock has them (six)."""
    six = make_wheel("six", "1.17.0", {"six.py": "X = 1\n"})
    pip = FakePip({"six-1.17.0-py2.py3-none-any.whl": six})
    site = site_for(tmp_path, "six\npandas\n", pip=pip)
    assert sources_of(site)["six"] == packages.FROM_PYPI
    assert sources_of(site)["pandas"] == packages.FROM_CDN
    assert pip.requirement_files == ["six\n"]


def test_with_a_distribution_everything_is_vendored(tmp_path: Path) -> None:
    dist = write_fake_distribution(tmp_path / "dist")
    numpy = make_wheel("numpy", "2.4.6", {"numpy/__init__.py": "X = 1\n"})
    add_to_distribution(dist, "numpy", LOCK["numpy"]["file_name"], numpy)
    notes: list[str] = []
    site = site_for(tmp_path, "numpy\n", {"app.py": "import wlfake_stats\n"}, dist=dist, notes=notes)
    assert site.from_cdn == ()
    assert sources_of(site) == {name: packages.FROM_DIST for name in ("numpy", "wlfake-core", "wlfake-stats")}
    assert site.files()[packages.SITE_FOLDER + site.shipped[0].relative_path] == numpy
    assert not any("Pyodide's CDN" in note for note in notes)
    assert "Note: wlfake_stats is imported by app.py; it will be shipped from the Pyodide distribution" in notes[0]


def add_to_distribution(dist: Path, key: str, file_name: str, data: bytes) -> None:
    (dist / file_name).write_bytes(data)
    lock = json.loads((dist / "pyodide-lock.json").read_text())
    lock["packages"][key] = {**LOCK[key], "sha256": hashlib.sha256(data).hexdigest()}
    (dist / "pyodide-lock.json").write_text(json.dumps(lock))


def test_a_version_pyodide_does_not_ship_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as raised:
        site_for(tmp_path, "numpy<2\n")
    assert str(raised.value) == (
        f"requirements.txt, line 1: `numpy<2` does not accept numpy {LOCK['numpy']['version']}, the version in"
        f" Pyodide {pyodide_version()}'s packages (its CDN). Its packages come in fixed versions: change the"
        " requirement to accept that one."
    )


def test_an_unknown_compiled_package_is_a_clear_error(tmp_path: Path) -> None:
    """torch: not in Pyodide's lock, and PyPI has only wheels for other platforms."""
    output = (
        "ERROR: Could not find a version that satisfies the requirement torch (from versions: none)\n"
        "ERROR: No matching distribution found for torch\n"
    )
    with pytest.raises(pip_resolve.UnavailableRequirementError) as raised:
        site_for(tmp_path, "torch\n", pip=FakePip(fail_with=output))
    message = str(raised.value)
    assert message.startswith("torch has no wheel on the package index that runs in Pyodide: wasmlit needs a pure")
    assert (
        f"Pyodide {pyodide_version()} does not build it for WebAssembly either (see its pyodide-lock.json)." in message
    )


def test_an_unlisted_import_of_a_pyodide_package_is_fetched_and_said(tmp_path: Path) -> None:
    notes: list[str] = []
    site = site_for(tmp_path, None, {"app.py": "import streamlit as st\nimport numpy as np\n"}, notes=notes)
    assert sources_of(site) == {"numpy": packages.FROM_CDN}
    assert notes[0] == "Note: numpy is imported by app.py; it will be fetched from Pyodide's CDN."


def test_imports_are_read_from_pages_and_local_modules_anywhere_in_a_file(tmp_path: Path) -> None:
    notes: list[str] = []
    sources = {
        "app.py": "import streamlit as st\nimport helpers\n",
        "helpers.py": "def load():\n    try:\n        from PIL import Image\n    except ImportError:\n        pass\n",
        "pages/1_Chart.py": "import pandas as pd\nimport scipy.stats\n",
        "pages/2_More.py": "import pandas\n",
    }
    site = site_for(tmp_path, None, sources, notes=notes)
    assert {"pillow", "pandas", "scipy", "numpy"} <= set(sources_of(site))
    assert notes[:3] == [
        "Note: PIL (package pillow) is imported by helpers.py; it will be fetched from Pyodide's CDN.",
        "Note: pandas is imported by pages/1_Chart.py, pages/2_More.py; it will be fetched from Pyodide's CDN.",
        "Note: scipy is imported by pages/1_Chart.py; it will be fetched from Pyodide's CDN.",
    ]


def test_imports_the_app_or_the_standard_library_answers_are_not_fetched(tmp_path: Path) -> None:
    sources = {
        "app.py": "import json, sqlite3\nimport yaml\nfrom .util import x\nimport streamlit\nimport humanize\n",
        "yaml.py": "LOCAL = True\n",  # shadows Pyodide's pyyaml
        "util.py": "x = 1\n",
    }
    site = site_for(tmp_path, "humanize\n", sources, pip=FakePip(humanize_wheel()))
    assert sources_of(site) == {"humanize": packages.FROM_PYPI}


def test_a_listed_package_is_not_announced_as_an_import(tmp_path: Path) -> None:
    notes: list[str] = []
    site_for(tmp_path, "pandas\n", {"app.py": "import pandas, numpy, pytz\n"}, notes=notes)
    assert [note for note in notes if "is imported by" in note] == []  # numpy and pytz come with pandas


def test_an_app_without_pyodide_packages_has_none(tmp_path: Path) -> None:
    assert site_for(tmp_path, None, {"app.py": "import streamlit as st\nimport json\n"}) == packages.NO_PACKAGES


def test_a_pypi_package_that_depends_on_a_compiled_one_gets_it_from_the_cdn(tmp_path: Path) -> None:
    """Real pip, no network (--no-index): pip resolves the dependency against stand-ins
    for Pyodide's compiled wheels, and the real file comes from the CDN."""
    wheels = tmp_path / "app" / "wheels"
    wheels.mkdir(parents=True)
    plotter = make_wheel("plotter", "0.1", {"plotter/__init__.py": "import numpy\n"}, ("numpy>=2", "humanize"))
    (wheels / wheel_file_name("plotter", "0.1")).write_bytes(plotter)
    (wheels / wheel_file_name("humanize", "4.17.0")).write_bytes(
        humanize_wheel()[wheel_file_name("humanize", "4.17.0")]
    )
    environment = target_environment(pinned_lock()["info"])
    site = site_for(
        tmp_path,
        f"--no-index\n--find-links {wheels}\nplotter\n",
        pip=lambda arguments: pip_resolve.run_pip(arguments, environment),
    )
    assert sources_of(site) == {
        "humanize": packages.FROM_PYPI,
        "numpy": packages.FROM_CDN,
        "plotter": packages.FROM_PYPI,
    }


def test_a_stand_in_wheel_carries_only_a_name_and_a_version(tmp_path: Path) -> None:
    folder = pyodide_cdn.write_stub_wheels({"numpy": LOCK["numpy"]}, tmp_path)
    [stub] = folder.iterdir()
    assert stub.name == LOCK["numpy"]["file_name"]
    assert pyodide_cdn.write_stub_wheels({"numpy": LOCK["numpy"]}, tmp_path) == folder  # written once


def test_the_cdn_base_is_configurable_for_tests_only(tmp_path: Path) -> None:
    stand_in = "http://127.0.0.1:9/cdn/"
    site = site_for(tmp_path, "numpy\n", environ={pyodide_cdn.BASE_VARIABLE: stand_in})
    assert site.lock_entries()["numpy"]["file_name"] == stand_in + LOCK["numpy"]["file_name"]
    with pytest.raises(BuildError, match=r"WASMLIT_PYODIDE_CDN='file:///x' is not an http\(s\) address ending"):
        site_for(tmp_path, "numpy\n", environ={pyodide_cdn.BASE_VARIABLE: "file:///x"})


def test_the_snapshot_holds_no_package_when_some_come_from_the_cdn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build cannot install CDN packages: the snapshot is the runtime's, they install at boot."""
    made: list[tuple[list[str], object]] = []
    monkeypatch.setattr(
        snapshot, "make_snapshot", lambda zip_, imports, confinement, pkgs=None: made.append((imports, pkgs))
    )
    pip = FakePip(humanize_wheel())
    site = site_for(tmp_path, "humanize\nnumpy\n", pip=pip)
    snapshot.make_app_snapshot(b"", "import humanize\nimport numpy\nimport json\n", site, sandbox.detect())
    assert made == [(["importlib.metadata", "json", "tarfile"], None)]
    with pytest.raises(BuildError, match=r"numpy [\d.]+ come from Pyodide's CDN and cannot be installed at build"):
        site.write_for_node(tmp_path / "node")


def test_the_build_reads_the_scripts_the_app_runs_and_the_modules_they_import(tmp_path: Path) -> None:
    """A page, a helper module (and its package's modules), not a test folder the app never runs."""
    app = tmp_path / "app"
    files = {
        "app.py": "import streamlit as st\nimport helpers\nst.navigation([st.Page('reports.py')])\n",
        "helpers.py": "def load():\n    from charts import draw\n",
        "charts/__init__.py": "",
        "charts/draw.py": "import scipy\n",
        "reports.py": "import pandas\n",
        "pages/1_Images.py": "from PIL import Image\n",
        "tests/test_app.py": "import pytest\n",
    }
    for path, text in files.items():
        (app / path).parent.mkdir(parents=True, exist_ok=True)
        (app / path).write_text(text)
    notes: list[str] = []
    result = build(BuildRequest(script=str(app / "app.py"), output=tmp_path / "site", prerender=False), notes.append)
    assert [note for note in notes if "is imported by" in note] == [
        "Note: PIL (package pillow) is imported by pages/1_Images.py; it will be fetched from Pyodide's CDN.",
        "Note: pandas is imported by reports.py; it will be fetched from Pyodide's CDN.",
        "Note: scipy is imported by charts/draw.py; it will be fetched from Pyodide's CDN.",
    ]
    manifest = json.loads(
        result.files["index.html"].decode().split('id="wasmlit-boot" type="application/json">')[1].split("</script>")[0]
    )
    assert "pytest" not in manifest["packages"]["load"] and "scipy" in manifest["packages"]["load"]


def test_a_pypi_package_that_needs_another_version_of_a_pyodide_package_says_which(tmp_path: Path) -> None:
    """pip's account of the conflict, with Pyodide's pin said as such."""
    output = (
        "ERROR: Cannot install oldplot==0.1 because these package versions have conflicting dependencies.\n\n"
        "The conflict is caused by:\n"
        "    oldplot 0.1 depends on numpy<2\n"
        "    The user requested (constraint) numpy==2.4.6\n\n"
        "To fix this you could try to:\n1. loosen the range of package versions you've specified\n\n"
        "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/\n"
    )
    with pytest.raises(BuildError) as raised:
        site_for(tmp_path, "oldplot\n", pip=FakePip(fail_with=output))
    assert str(raised.value).endswith(
        " The conflict is caused by: oldplot 0.1 depends on numpy<2; numpy==2.4.6 is the version Pyodide provides"
        " (its packages come in one version each)."
    )
