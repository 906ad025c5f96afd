"""The README's GitHub Pages recipe, run as written in a real temporary git repository:
it publishes the site, loses nothing of the source checkout, keeps what --keep names,
and refuses a checkout it would damage."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}
# The README's `python path/to/wasmlit/build.py`.
BUILD_COMMAND = f"{shlex.quote(sys.executable)} {shlex.quote(str(ROOT / 'build.py'))}"


def recipe() -> list[str]:
    """The commands of the README's publishing recipe by hand (the one with a worktree)."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Publish on GitHub Pages", 1)[1].split("\n## ", 1)[0]
    blocks = [block for block in re.findall(r"```\n(.*?)```", section, re.S) if "git worktree add" in block]
    assert len(blocks) == 1
    return [line for line in blocks[0].splitlines() if line.strip()]


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = command.replace("python path/to/wasmlit/build.py", BUILD_COMMAND)
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **GIT_IDENTITY},
    )


def run(command: str, cwd: Path) -> str:
    completed = shell(command, cwd)
    assert completed.returncode == 0, f"{command}\n{completed.stdout}\n{completed.stderr}"
    return completed.stdout


def files_of(folder: Path, skip: str = ".git") -> dict[str, bytes]:
    found = {}
    for current, directories, names in os.walk(folder):
        directories[:] = [name for name in directories if name != skip]
        for name in names:
            path = Path(current) / name
            if path.name != skip:
                found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def source_checkout(tmp_path: Path) -> Path:
    """An app's repository with a remote, a commit, and uncommitted work."""
    run("git init -q --bare origin.git", tmp_path)
    checkout = tmp_path / "my-app"
    checkout.mkdir()
    (checkout / "app.py").write_text("import streamlit as st\nimport helper\nst.title(helper.TITLE)\n")
    (checkout / "helper.py").write_text("TITLE = 'Published'\n")
    run("git init -q -b main && git add -A && git commit -q -m app && git remote add origin ../origin.git", checkout)
    run("git push -q origin main", checkout)
    (checkout / "helper.py").write_text("TITLE = 'Published, edited'\n")  # uncommitted edit
    (checkout / "notes.txt").write_text("work in progress")  # untracked
    return checkout


def published(tmp_path: Path) -> dict[str, str]:
    """The gh-pages branch on the remote: its top-level names, and its index.html."""
    names = run("git --git-dir origin.git ls-tree --name-only gh-pages", tmp_path).split()
    index = run("git --git-dir origin.git show gh-pages:index.html", tmp_path)
    return {"names": " ".join(sorted(names)), "index": index}


def test_the_readme_publishing_recipe_publishes_and_loses_nothing(tmp_path: Path) -> None:
    checkout = source_checkout(tmp_path)
    commands = recipe()
    assert len(commands) == 4 and "--keep .git" in commands[2]
    before = (files_of(checkout), run("git status --porcelain", checkout), run("git rev-parse HEAD", checkout))

    for command in commands:  # the first publication
        run(command, checkout)

    assert (files_of(checkout), run("git status --porcelain", checkout), run("git rev-parse HEAD", checkout)) == before
    assert run("git branch --show-current", checkout).strip() == "main"
    site = tmp_path / "site"
    first = published(tmp_path)
    assert first["names"] == ".nojekyll .wasmlit-output.json assets index.html pyodide sw.js"
    assert "Published, edited" in first["index"]  # the working copy was built (the first paint shows it)
    assert run("git status --porcelain", site) == ""  # the second checkout works, and holds the site

    # A custom domain: CNAME is kept with --keep, beside .git, and the site updated.
    (site / "CNAME").write_text("apps.example.org\n")
    (checkout / "helper.py").write_text("TITLE = 'Published again'\n")
    run(commands[2].replace("--keep .git", "--keep .git --keep CNAME"), checkout)
    run(commands[3], checkout)
    second = published(tmp_path)
    assert second["names"] == " ".join(sorted([*first["names"].split(), "CNAME"]))
    assert "Published again" in second["index"]
    assert (site / "CNAME").read_text() == "apps.example.org\n"
    assert run("git status --porcelain", site) == ""


def test_building_into_the_checkout_without_keep_is_refused_and_touches_nothing(tmp_path: Path) -> None:
    checkout = source_checkout(tmp_path)
    commands = recipe()
    for command in commands[:3]:
        run(command, checkout)
    site = tmp_path / "site"
    before = files_of(site, skip="")
    refused = shell(commands[2].replace(" --keep .git", ""), checkout)
    assert refused.returncode == 1
    assert "error: the output folder" in refused.stderr and "did not write" in refused.stderr
    assert "--keep .git" in refused.stderr and "Traceback" not in refused.stderr
    assert files_of(site, skip="") == before
    assert run("git branch --show-current", site).strip() == "gh-pages"  # the checkout still works
