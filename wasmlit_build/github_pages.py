"""``--github-pages-workflow``: a GitHub Actions workflow that builds the app and publishes
it with GitHub's Pages actions, written into the app's repository.

The workflow checks out the app's repository and this wasmlit at the commit that wrote it
(so a later change to wasmlit cannot change the site unasked), installs Python and Node,
runs ``python build.py <app> --out _site`` and deploys ``_site`` with
``actions/upload-pages-artifact`` and ``actions/deploy-pages``.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import PROJECT_ROOT

WORKFLOW_PATH = Path(".github") / "workflows" / "wasmlit-pages.yml"
# Pinned by major version, as GitHub's own Pages starter workflows pin them.
ACTIONS = {
    "checkout": "actions/checkout@v4",
    "setup_python": "actions/setup-python@v5",
    "setup_node": "actions/setup-node@v4",
    "configure_pages": "actions/configure-pages@v5",
    "upload_artifact": "actions/upload-pages-artifact@v3",
    "deploy_pages": "actions/deploy-pages@v4",
}


@dataclass(frozen=True)
class WasmlitSource:
    """Where the workflow gets wasmlit: a GitHub repository and the commit to use."""

    repository: str  # owner/name
    commit: str


def github_repository(remote_url: str) -> str | None:
    """``owner/name`` of a GitHub remote URL, or None for other hosts.

    >>> github_repository("git@github.com:acme/wasmlit.git"), github_repository("https://github.com/acme/wasmlit")
    ('acme/wasmlit', 'acme/wasmlit')
    >>> github_repository("https://gitlab.com/acme/wasmlit.git") is None
    True
    """
    match = re.match(
        r"^(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)([\w.-]+/[\w.-]+?)(?:\.git)?/?$", remote_url
    )
    return match.group(1) if match else None


def _git(folder: Path, *arguments: str) -> str | None:
    try:
        completed = subprocess.run(["git", "-C", str(folder), *arguments], capture_output=True, text=True, check=False)
    except OSError:
        return None
    return completed.stdout.strip() if completed.returncode == 0 else None


def wasmlit_source() -> WasmlitSource:
    """This checkout of wasmlit: its GitHub remote and its commit."""
    commit = _git(PROJECT_ROOT, "rev-parse", "HEAD")
    remote = _git(PROJECT_ROOT, "remote", "get-url", "origin")
    repository = github_repository(remote) if remote else None
    if commit is None or repository is None:
        raise BuildError(
            "--github-pages-workflow needs this wasmlit to be a git checkout of a GitHub repository (its `origin`"
            " remote), so that the workflow can fetch the same wasmlit. Push wasmlit to GitHub (or fork it) and"
            " clone it from there, or copy the workflow from the README and set its repository by hand."
        )
    return WasmlitSource(repository, commit)


def repository_root(app_folder: Path) -> Path:
    """The git repository that holds the app: the workflow goes into its ``.github``."""
    root = _git(app_folder, "rev-parse", "--show-toplevel")
    if root is None:
        raise BuildError(
            f"{app_folder} is not in a git repository: GitHub Pages publishes a repository, so put the app in one"
            " (`git init`) and run this again."
        )
    return Path(root)


def workflow_text(app_script: str, source: WasmlitSource, *, branch: str = "main") -> str:
    """The workflow, for the app at ``app_script`` (relative to the repository root)."""
    return f"""# Written by `python build.py {app_script} --github-pages-workflow` (wasmlit).
# Builds the app into a static site and publishes it with GitHub Pages on every push to
# {branch}. Once: Settings -> Pages -> Build and deployment -> Source: GitHub Actions.
name: Publish the app on GitHub Pages

on:
  push:
    branches: [{branch}]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Check out the app
        uses: {ACTIONS["checkout"]}
      - name: Check out wasmlit (the commit that wrote this workflow)
        uses: {ACTIONS["checkout"]}
        with:
          repository: {source.repository}
          ref: {source.commit}
          path: .wasmlit
      - uses: {ACTIONS["setup_python"]}
        with:
          python-version: "3.12"
      - uses: {ACTIONS["setup_node"]}
        with:
          node-version: "20"
      - name: Build the site
        run: python .wasmlit/build.py {app_script} --out _site
      - uses: {ACTIONS["configure_pages"]}
      - uses: {ACTIONS["upload_artifact"]}
        with:
          path: _site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - name: Publish
        id: deployment
        uses: {ACTIONS["deploy_pages"]}
"""


def write_workflow(script: Path, source: WasmlitSource | None = None) -> Path:
    """Write the workflow into the app's repository; never over a different file."""
    script = script.resolve()
    root = repository_root(script.parent)
    text = workflow_text(script.relative_to(root).as_posix(), source or wasmlit_source())
    path = root / WORKFLOW_PATH
    if path.exists() and path.read_text() != text:
        raise BuildError(
            f"{path} exists and differs from the workflow this wasmlit writes: delete it (or rename it) and run"
            " this again; nothing was written."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.writing")
    staging.write_text(text)
    staging.replace(path)
    return path
