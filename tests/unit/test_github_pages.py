"""--github-pages-workflow: the workflow that builds an app and publishes it with GitHub's
Pages actions, checked as GitHub would read it (YAML), and written safely."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from wasmlit_build import github_pages
from wasmlit_build.errors import BuildError

ROOT = Path(__file__).resolve().parents[2]
SOURCE = github_pages.WasmlitSource("acme/wasmlit", "0123456789abcdef0123456789abcdef01234567")


def parsed(app: str = "apps/demo/app.py") -> dict[Any, Any]:
    document: dict[Any, Any] = yaml.safe_load(github_pages.workflow_text(app, SOURCE))
    return document


def steps_using(job: dict[str, Any], action_prefix: str) -> list[dict[str, Any]]:
    return [step for step in job["steps"] if str(step.get("uses", "")).startswith(action_prefix)]


def test_the_workflow_builds_the_app_and_deploys_it_with_the_pages_actions() -> None:
    workflow = parsed()
    # PyYAML reads the key `on` as the boolean True (YAML 1.1); GitHub reads it as "on".
    triggers = workflow[True]
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    checkouts = steps_using(build, "actions/checkout@")
    assert checkouts[1]["with"] == {"repository": "acme/wasmlit", "ref": SOURCE.commit, "path": ".wasmlit"}
    commands = [step["run"] for step in build["steps"] if "run" in step]
    assert commands == ["python .wasmlit/build.py apps/demo/app.py --out _site"]
    assert steps_using(build, "actions/upload-pages-artifact@")[0]["with"] == {"path": "_site"}
    assert steps_using(build, "actions/configure-pages@")
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert steps_using(deploy, "actions/deploy-pages@")[0]["id"] == "deployment"
    every_action = {step["uses"] for job in (build, deploy) for step in job["steps"] if "uses" in step}
    assert every_action == set(github_pages.ACTIONS.values()), "every action is pinned in one place"


def test_the_build_command_the_workflow_runs_works_from_the_repository_root(tmp_path: Path) -> None:
    """The workflow runs build.py from the app repository's root, with a relative path."""
    app = tmp_path / "apps" / "demo"
    app.mkdir(parents=True)
    (app / "app.py").write_text("import streamlit as st\nst.write('hi')\n")
    command = parsed()["jobs"]["build"]["steps"][-3]["run"].split()
    assert command[:2] == ["python", ".wasmlit/build.py"]
    completed = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), *command[2:], "--no-snapshot", "--no-prerender"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "_site" / "index.html").exists()


def git_repository(folder: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    app = folder / "app.py"
    app.write_text("import streamlit as st\n")
    return app


def test_the_workflow_goes_into_the_apps_repository_and_never_over_another_file(tmp_path: Path) -> None:
    app = git_repository(tmp_path / "repo")
    written = github_pages.write_workflow(app, SOURCE)
    assert written == tmp_path / "repo" / ".github" / "workflows" / "wasmlit-pages.yml"
    assert "run: python .wasmlit/build.py app.py --out _site" in written.read_text()
    assert github_pages.write_workflow(app, SOURCE) == written, "writing the same workflow again is fine"
    written.write_text("name: mine\n")
    with pytest.raises(BuildError, match="exists and differs"):
        github_pages.write_workflow(app, SOURCE)
    assert written.read_text() == "name: mine\n"


def test_an_app_outside_a_git_repository_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    with pytest.raises(BuildError, match="is not in a git repository"):
        github_pages.write_workflow(tmp_path / "app.py", SOURCE)


def test_the_command_line_writes_the_workflow_and_builds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import build  # the repository's root is on sys.path: tests import as the `tests` package

    app = git_repository(tmp_path / "repo")
    monkeypatch.setattr(github_pages, "wasmlit_source", lambda: SOURCE)
    assert build.main([str(app), "--github-pages-workflow"]) == 0
    assert (tmp_path / "repo" / github_pages.WORKFLOW_PATH).exists()
    assert not (tmp_path / "repo" / "dist").exists()
    assert build.main([str(tmp_path / "missing.py"), "--github-pages-workflow"]) == 1
