"""What a public site ships: no links out of the app folder, no secret-looking files unless
named with --include, no config option or environment variable the page does not use."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from wasmlit_build import app_files, archive, site_config
from wasmlit_build.errors import BuildError
from wasmlit_build.pipeline import BuildRequest, BuildResult, build
from wasmlit_build.runtime import runtime_config

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def shipped(folder: Path, included: frozenset[str] = frozenset()) -> tuple[dict[str, bytes], list[str]]:
    files, warnings = app_files.collect_app_files(folder, included=included)
    return {item.relative_path: item.data for item in files}, warnings


def quick_build(script: Path, output: Path, **options: object) -> BuildResult:
    request = BuildRequest(script=str(script), output=output, snapshot=False, prerender=False, **options)  # type: ignore[arg-type]
    return build(request, report=lambda message: None)


def bundled_app_files(result: BuildResult) -> set[str]:
    bundle = next(data for name, data in result.files.items() if name.startswith("assets/app-"))
    names = zipfile.ZipFile(io.BytesIO(archive.bundle_zip_of(bundle))).namelist()
    return {name.removeprefix("app/") for name in names if name.startswith("app/")}


def test_links_out_of_the_app_folder_are_not_followed_and_each_is_named(tmp_path: Path) -> None:
    app = tmp_path / "app"
    write(app / "app.py", "import streamlit as st\n")
    write(app / "data" / "real.csv", "a,b\n")
    write(tmp_path / "outside" / "private.txt", "private")
    (app / "leak.txt").symlink_to(tmp_path / "outside" / "private.txt")
    (app / "relative-leak.txt").symlink_to(Path("..") / "outside" / "private.txt")
    (app / "system").symlink_to("/etc")
    (app / "copy.csv").symlink_to(Path("data") / "real.csv")
    (app / "mirror").symlink_to("data")
    (app / "loop").symlink_to(".")
    files, warnings = shipped(app)
    assert sorted(files) == ["app.py", "copy.csv", "data/real.csv", "mirror/real.csv"]
    assert files["copy.csv"] == b"a,b\n"
    assert (
        "skipped symbolic links that point outside the app folder (never followed): "
        f"leak.txt -> {tmp_path}/outside/private.txt, relative-leak.txt -> ../outside/private.txt, system -> /etc"
    ) in warnings


SECRET_LOOKING = [
    *("id_rsa", "id_ed25519.pub", "server.pem", "tls.key", "cert.p12", "secrets.toml", "config/secrets.toml"),
    *(".env", ".env.local", "credentials.json", "credentials-prod.json", "passwords.kdbx"),
    *("app.py~", "notes.bak", ".app.py.swp", ".DS_Store"),
]


def test_secret_looking_files_are_left_out_and_listed_with_how_to_ship_one(tmp_path: Path) -> None:
    app = tmp_path / "app"
    write(app / "app.py", "import streamlit as st\n")
    write(app / "data.csv")
    write(app / ".streamlit" / "secrets.toml")
    for name in SECRET_LOOKING:
        write(app / name)
    (app / "innocent.txt").symlink_to(".env")  # a link named harmlessly to a secret
    files, warnings = shipped(app)
    assert sorted(files) == ["app.py", "data.csv"]
    [listing] = [warning for warning in warnings if warning.startswith("left out")]
    listed = listing.split("(everything in a static site is public): ")[1].split(". To ship")[0].split(", ")
    assert sorted(listed) == sorted([*SECRET_LOOKING, "innocent.txt", ".streamlit/secrets.toml"])
    assert listing.startswith("left out 18 files that look like secrets")
    assert listing.endswith("To ship one anyway, name it: --include .DS_Store")


def test_include_ships_files_by_name(tmp_path: Path) -> None:
    app = tmp_path / "app"
    script = write(app / "app.py", "import streamlit as st\n")
    write(app / "public.pem", "-----BEGIN CERTIFICATE-----")
    write(app / "private.pem")
    write(app / ".well-known" / "security.txt", "Contact: x")
    result = quick_build(script, tmp_path / "site", include=["public.pem", ".well-known/security.txt"])
    assert bundled_app_files(result) == {"app.py", "public.pem", ".well-known/security.txt"}
    assert any("look like secrets" in warning and "private.pem" in warning for warning in result.warnings)


@pytest.mark.parametrize("argument", ["nothing.pem", "../outside.pem", "/etc/passwd"])
def test_include_must_name_a_file_of_the_app_folder(tmp_path: Path, argument: str) -> None:
    write(tmp_path / "outside.pem")
    write(tmp_path / "app" / "app.py")
    with pytest.raises(BuildError, match=rf"^--include {re.escape(argument)}: no such file in the app folder"):
        app_files.included_paths(tmp_path / "app", [argument])


def test_the_page_gets_only_the_config_options_it_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = tmp_path / "app"
    script = write(app / "app.py", "import streamlit as st\nst.write('hi')\n")
    write(
        app / ".streamlit" / "config.toml",
        '[server]\ncookieSecret = "cookie-s3cret-from-config"\nport = 8600\nmaxUploadSize = 20\n'
        '[theme]\nprimaryColor = "#336699"\n[runner]\nmagicEnabled = false\n'
        '[mysection]\ntoken = "token-s3cret-of-an-unknown-section"\n',
    )
    monkeypatch.setenv("STREAMLIT_BROWSER_SERVER_ADDRESS", "internal-host-from-environment")
    monkeypatch.setenv("STREAMLIT_CLIENT_TOOLBAR_MODE", "minimal")
    result = quick_build(script, tmp_path / "site")
    site = b"\n".join(result.files.values())
    for secret in (
        b"cookie-s3cret-from-config",
        b"token-s3cret-of-an-unknown-section",
        b"internal-host-from-environment",
    ):
        assert secret not in site
    index = result.files["index.html"].decode("utf-8")
    manifest = json.loads(re.search(r'<script id="wasmlit-boot" type="application/json">(.*?)</script>', index)[1])  # type: ignore[index]
    assert {key: manifest["config"][key] for key in ("theme.primaryColor", "runner.magicEnabled")} == {
        "theme.primaryColor": "#336699",
        "runner.magicEnabled": False,
    }
    assert manifest["config"]["client.toolbarMode"] == "minimal" and manifest["config"]["server.maxUploadSize"] == 20
    assert all(site_config.used_by_the_page(key) for key in manifest["config"])
    assert (
        "config options a static site does not use, left out of the page: browser.serverAddress, server.cookieSecret,"
        " server.port"
    ) in result.warnings


def _options_the_runtime_reads() -> set[str]:
    """Option names the runtime reads from the run's config, found in its source."""
    sources = [path.read_text() for path in (ROOT / "py" / "wasmlit").rglob("*.py")]
    constants = dict(re.findall(r'^([A-Z_]+) = "([a-zA-Z]+\.[a-zA-Z.]+)"$', "\n".join(sources), re.M))
    read: set[str] = set()
    for argument in re.findall(r"config\.get\(\s*([\"A-Z][\w.\"]*)", "\n".join(sources)):
        read.add(argument.strip('"') if argument.startswith('"') else constants.get(argument, argument))
    return read


def test_every_option_the_runtime_reads_reaches_the_page() -> None:
    read = _options_the_runtime_reads()
    assert {"runner.magicEnabled", "server.maxUploadSize", "global.disableWidgetStateDuplicationWarning"} <= read
    assert sorted(key for key in read if not site_config.used_by_the_page(key)) == []
    assert all(key in runtime_config.known_option_names() for key in read)


def test_names_that_are_not_utf8_are_a_clear_error(tmp_path: Path) -> None:
    app = tmp_path / "app"
    write(app / "app.py")
    with open(os.path.join(os.fsencode(app), b"bad-\xff.csv"), "w") as bad:
        bad.write("x")
    with pytest.raises(
        BuildError, match=r"the file name is not valid UTF-8, so a browser cannot ask for it\. Rename it"
    ):
        app_files.collect_app_files(app)
