"""``build.py APP.py --serve``: build, serve, watch the app folder, rebuild what changed.

A save of Python files rebuilds only the app's zip (no bundling, no snapshot, no
pre-render: a few tens of milliseconds) and sends the files to the open pages, which
swap them in the worker and rerun, keeping Session State. Other changes reload the
page; ``requirements.txt`` and ``.streamlit/config.toml`` rebuild the whole site first
(wasmlit_build/dev_watch.py classifies). The terminal says what was rebuilt and how long
it took.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from wasmlit_build import dev_watch
from wasmlit_build.app_files import AppFile
from wasmlit_build.dev_server import DevChannel
from wasmlit_build.errors import BuildError
from wasmlit_build.pipeline import BuildRequest, BuildResult, build, collect_app, rebuild_app_files
from wasmlit_build.serve import StaticServer

POLL_SECONDS = 0.2
# A save can take several writes: the folder must look the same twice this far apart.
SETTLE_SECONDS = 0.05
_SETTLE_ATTEMPTS = 10


@dataclass
class DevLoop:
    request: BuildRequest
    result: BuildResult
    channel: DevChannel
    say: Callable[[str], None] = print
    fingerprint: dev_watch.Fingerprint = field(default_factory=dict)

    @property
    def app_folder(self) -> Path:
        return Path(self.request.script).resolve().parent

    def start_watching(self) -> None:
        self.fingerprint = self._scan()

    def _scan(self) -> dev_watch.Fingerprint:
        return dev_watch.scan(self.app_folder, self.request.output.resolve())

    def _settled_scan(self) -> dev_watch.Fingerprint:
        current = self._scan()
        for _ in range(_SETTLE_ATTEMPTS):
            time.sleep(SETTLE_SECONDS)
            again = self._scan()
            if again == current:
                break
            current = again
        return current

    def poll(self) -> dev_watch.ChangeKind | None:
        """Look once; rebuild and tell the pages if something changed."""
        current = self._scan()
        if current == self.fingerprint:
            return None
        current = self._settled_scan()
        change = dev_watch.compare(self.fingerprint, current)
        self.fingerprint = current
        kind = dev_watch.classify(change)
        if kind is not None:
            self.apply(kind, change)
        return kind

    def apply(self, kind: dev_watch.ChangeKind, change: dev_watch.Change) -> None:
        started = time.perf_counter()
        names = ", ".join(change.paths)
        try:
            if kind == "full":
                self.request = replace(self.request, dev_version=self.channel.version + 1)
                self.result = build(self.request, report=lambda _: None)
                for warning in self.result.warnings:
                    self.say(f"warning: {warning}")
                self.channel.publish("reload")
            else:
                app, warnings = collect_app(self.request, self.result)
                for warning in warnings:
                    self.say(f"warning: {warning}")
                if kind == "scripts":
                    # The pages first: they need the saved files, not the rebuilt zip.
                    self.channel.publish("scripts", files=_saved_texts(app, change.modified))
                    self.result = rebuild_app_files(self.request, self.result, self.channel.version, app)
                else:
                    self.result = rebuild_app_files(self.request, self.result, self.channel.version + 1, app)
                    self.channel.publish("reload")
        except BuildError as error:
            self.say(f"error: {names} changed, but the site could not be rebuilt: {error}")
            return
        milliseconds = (time.perf_counter() - started) * 1000
        what = {"full": "the whole site", "reload": "the app's files", "scripts": "the app's files"}[kind]
        effect = "open pages rerun" if kind == "scripts" else "open pages reload"
        self.say(f"Rebuilt {what} ({names}) in {milliseconds:.0f} ms; {effect}.")


def _saved_texts(app: list[AppFile], paths: tuple[str, ...]) -> dict[str, str]:
    """The saved files the site ships (as the build filtered them), as text."""
    shipped = {item.relative_path: item.data for item in app}
    return {path: shipped[path].decode("utf-8", "replace") for path in paths if path in shipped}


def serve_and_watch(request: BuildRequest, result: BuildResult, server: StaticServer, channel: DevChannel) -> None:
    """Serve in a thread, watch in this one, until Ctrl+C."""
    loop = DevLoop(request, result, channel, say=lambda text: print(text, flush=True))
    loop.start_watching()
    thread = threading.Thread(target=server.serve_forever, name="wasmlit-serve", daemon=True)
    thread.start()
    print(
        f"Serving {result.output} at http://127.0.0.1:{server.port}/ and watching {loop.app_folder} (Ctrl+C to stop)",
        flush=True,
    )
    try:
        while True:
            time.sleep(POLL_SECONDS)
            loop.poll()
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        channel.close()
        server.shutdown()
        server.server_close()
