"""Run ``python -m pip`` with environment markers evaluated for Pyodide, not this machine.

``pip download --platform/--python-version/--abi`` picks wheels for another interpreter,
but pip still evaluates environment markers (``sys_platform``, ``python_version``, ...)
in requirements and in package metadata against the Python running pip
(https://github.com/pypa/pip/issues/11664, open). A dependency such as
``colorama; platform_system == "Windows"`` is then judged for the build machine. This
script replaces the marker environment of the ``packaging`` copy pip vendors (which
every marker evaluation in pip goes through) and then runs pip's own entry point.

    python pip_target.py ENVIRONMENT_JSON PIP_ARGUMENT...

Run as a separate process by ``wasmlit_build.pip_resolve``; never imported by the build.
"""

from __future__ import annotations

import json
import runpy
import sys


def main(arguments: list[str]) -> int:
    environment: dict[str, str] = json.loads(arguments[0])
    try:
        from pip._vendor.packaging import markers
    except ImportError:
        print("pip is not installed for this Python: run `python -m ensurepip`.", file=sys.stderr)
        return 2
    if not callable(getattr(markers, "default_environment", None)):
        print("this pip's vendored packaging has no default_environment(); upgrade pip.", file=sys.stderr)
        return 2
    markers.default_environment = lambda: dict(environment)
    sys.argv = ["pip", *arguments[1:]]
    try:
        runpy.run_module("pip", run_name="__main__", alter_sys=True)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
