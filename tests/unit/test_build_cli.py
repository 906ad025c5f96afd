"""build.py on bad input: a clear message, exit status 1, and nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wasmlit_build import syntax
from wasmlit_build.pipeline import BuildRequest, build

ROOT = Path(__file__).resolve().parents[2]


def run_build(*arguments: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "build.py"), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def assert_fails_cleanly(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_missing_script(tmp_path: Path) -> None:
    result = run_build(str(tmp_path / "nope.py"), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "nope.py: no such file")
    assert not (tmp_path / "site").exists()


def test_not_a_python_file(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "notes.txt", "hello")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "is not a Python script (.py)")


def test_a_folder_instead_of_a_script(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    result = run_build(str(tmp_path / "app"), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "is a folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_script(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    script.chmod(0)
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "cannot be read")


def test_unreadable_script_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same check where the tests run as root (who can read anything)."""
    from wasmlit_build import app_files
    from wasmlit_build.errors import BuildError

    script = write(tmp_path / "app" / "app.py", "import streamlit as st\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(BuildError, match="cannot be read: Permission denied"):
        app_files.check_script(str(script))


def test_not_utf8(tmp_path: Path) -> None:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_bytes(b"x = '\xff'\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "is not UTF-8 text")


def test_syntax_error_shows_file_line_and_caret(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\nst.write('Hello world!!'))\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "has a syntax error", "line 2", "st.write('Hello world!!'))", "^", "SyntaxError:")
    caret_line = next(line for line in result.stderr.splitlines() if line.strip() == "^")
    code_line = next(line for line in result.stderr.splitlines() if "st.write(" in line)
    assert caret_line.index("^") == code_line.index("))") + 1
    assert not (tmp_path / "site").exists()


def test_syntax_newer_than_the_build_python_is_judged_by_pyodide() -> None:
    """A script valid in Python 3.14 must build even when the build machine runs 3.11."""
    calls: list[str] = []

    def pyodide_accepts(source: str, name: str) -> syntax.SyntaxProblem | None:
        calls.append(name)
        return None

    newer_syntax = "type Point = tuple[int, int]\n"
    problem = syntax.find_syntax_error(newer_syntax, "app.py", pyodide_check=pyodide_accepts)
    assert problem is None
    if sys.version_info < (3, 12):
        assert calls == ["app.py"]


def test_output_inside_the_app_folder_is_refused(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    result = run_build(str(script), "--out", str(tmp_path / "app" / "dist"))
    assert_fails_cleanly(result, "is inside the app folder")
    assert not (tmp_path / "app" / "dist").exists()


def test_output_equal_to_or_containing_the_app_folder_is_refused(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    assert_fails_cleanly(run_build(str(script), "--out", str(tmp_path / "app")), "is the app folder itself")
    assert_fails_cleanly(run_build(str(script), "--out", str(tmp_path)), "contains the app folder")
    assert script.exists()


def test_a_folder_of_other_files_is_never_replaced(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    precious = write(tmp_path / "documents" / "thesis.txt", "years of work")
    result = run_build(str(script), "--out", str(precious.parent))
    assert_fails_cleanly(result, "did not write")
    assert precious.read_text() == "years of work"


def test_missing_npm_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine with Node but no npm and no node_modules yet."""
    from wasmlit_build import node_deps
    from wasmlit_build.errors import BuildError

    real_which = node_deps.shutil.which
    monkeypatch.setattr(node_deps, "NODE_MODULES", tmp_path / "node_modules")
    monkeypatch.setattr(node_deps.shutil, "which", lambda name: None if name == "npm" else real_which(name))
    with pytest.raises(BuildError, match="npm is not installed") as raised:
        node_deps.ensure_node_modules(report=lambda message: None)
    assert "apt-get install nodejs npm" in str(raised.value)


def test_missing_node_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from wasmlit_build import node_deps
    from wasmlit_build.errors import BuildError

    monkeypatch.setattr(node_deps.shutil, "which", lambda name: None)
    with pytest.raises(BuildError, match=r"Node\.js is not installed"):
        node_deps.ensure_node_modules(report=lambda message: None)


def test_unknown_config_flag_is_rejected(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"), "--runner.noSuchOption", "true")
    assert result.returncode == 2
    assert '"runner.noSuchOption" is not a valid config option.' in result.stderr


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\nst.title('Same')\n")
    write(tmp_path / "app" / "data" / "numbers.csv", "a,b\n1,2\n")
    first = build(BuildRequest(script=str(script), output=tmp_path / "one"), report=lambda message: None)
    second = build(BuildRequest(script=str(script), output=tmp_path / "two"), report=lambda message: None)
    assert first.files.keys() == second.files.keys()
    different = [name for name in first.files if first.files[name] != second.files[name]]
    assert different == []
    assert (tmp_path / "one" / ".nojekyll").exists()


def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path: Path) -> None:
    script = write(tmp_path / "app" / "app.py", "import streamlit as st\nst.title('v1')\n")
    site = tmp_path / "site"
    build(BuildRequest(script=str(script), output=site), report=lambda message: None)
    before = {path.relative_to(site): path.read_bytes() for path in site.rglob("*") if path.is_file()}
    script.write_text("import streamlit as st\nst.title('v2'\n")
    result = run_build(str(script), "--out", str(site))
    assert result.returncode == 1
    after = {path.relative_to(site): path.read_bytes() for path in site.rglob("*") if path.is_file()}
    assert after == before
    leftovers = [path.name for path in tmp_path.iterdir() if path.name.startswith(".site.")]
    assert leftovers == []


def test_hidden_files_caches_and_environments_are_not_shipped(tmp_path: Path) -> None:
    app = tmp_path / "app"
    script = write(app / "app.py", "import streamlit as st\n")
    write(app / "helper.py", "VALUE = 1\n")
    write(app / ".env", "SECRET=1\n")
    write(app / ".streamlit" / "secrets.toml", "password = 'x'\n")
    write(app / ".git" / "config", "[core]\n")
    write(app / "__pycache__" / "helper.cpython-311.pyc", "")
    write(app / "venv" / "pyvenv.cfg", "home = /usr\n")
    write(app / "node_modules" / "x" / "index.js", "")
    result = build(BuildRequest(script=str(script), output=tmp_path / "site"), report=lambda message: None)
    import io
    import zipfile

    from wasmlit_build.archive import bundle_zip_of

    bundle = next(data for name, data in result.files.items() if name.endswith(".zip.gz") and "app-" in name)
    names = {name for name in zipfile.ZipFile(io.BytesIO(bundle_zip_of(bundle))).namelist() if name.startswith("app/")}
    assert names == {"app/app.py", "app/helper.py"}
    assert any(
        warning.startswith("left out 2 files that look like secrets") and ".env, .streamlit/secrets.toml" in warning
        for warning in result.warnings
    )


def app_with_requirements(tmp_path: Path, requirements: str) -> Path:
    write(tmp_path / "app" / "requirements.txt", requirements)
    return write(tmp_path / "app" / "app.py", "import streamlit as st\nst.write('hi')\n")


def test_a_malformed_requirement_names_its_line(tmp_path: Path) -> None:
    script = app_with_requirements(tmp_path, "humanize\nrequests>>=2\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "requirements.txt, line 2: `requests>>=2` is not a valid requirement")
    assert not (tmp_path / "site").exists()


def test_a_compiled_package_builds_without_flags_and_the_page_fetches_it_from_the_cdn(tmp_path: Path) -> None:
    script = app_with_requirements(tmp_path, "pandas\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("The page will fetch")]
    assert line.startswith("The page will fetch numpy ") and ", pandas " in line
    assert "from Pyodide's CDN (https://cdn.jsdelivr.net/pyodide/v" in line
    assert "--pyodide-dist DIR makes the site fully offline" in line
    # The snapshot holds the runtime only; the script is not run at build time.
    assert "Note: no pre-rendered first paint" in result.stderr and "warning:" not in result.stderr
    index = (tmp_path / "site" / "index.html").read_text()
    assert "https://cdn.jsdelivr.net/pyodide/v" in index and 'id="wasmlit-first-paint"' not in index
    assert list((tmp_path / "site" / "assets").glob("python-*.snapshot"))
    assert not (tmp_path / "site" / "assets" / "packages").exists()


def test_a_version_pyodide_does_not_ship_fails_cleanly(tmp_path: Path) -> None:
    script = app_with_requirements(tmp_path, "numpy<2\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    assert_fails_cleanly(result, "`numpy<2` does not accept numpy 2.", "fixed versions")
    assert not (tmp_path / "site").exists()


def test_an_unresolvable_requirement_is_a_build_error(tmp_path: Path) -> None:
    """--no-index keeps pip off the network: it finds nothing and says so."""
    script = app_with_requirements(tmp_path, "--no-index\nwasmlit-no-such-package>=1\n")
    result = run_build(str(script), "--out", str(tmp_path / "site"))
    progress, _, error = result.stderr.partition("error: ")
    assert progress == "Downloading Python packages (pip)...\n"  # the only line before the error
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert error.startswith("wasmlit-no-such-package>=1 has no wheel on the package index that runs in Pyodide")
    assert not (tmp_path / "site").exists()


def test_a_distribution_of_another_pyodide_is_refused(tmp_path: Path) -> None:
    from tests.fake_pyodide_dist import write_fake_distribution

    script = app_with_requirements(tmp_path, "wlfake-stats\n")
    dist = write_fake_distribution(tmp_path / "dist", version="0.27.0")
    result = run_build(str(script), "--out", str(tmp_path / "site"), "--pyodide-dist", str(dist))
    assert_fails_cleanly(result, "is Pyodide 0.27.0, but wasmlit runs Pyodide", "full release")
    assert not (tmp_path / "site").exists()
