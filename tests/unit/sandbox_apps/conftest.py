"""The apps here are built by tests/unit/test_build_sandbox.py; pytest must not import them."""

collect_ignore_glob = ["*.py"]
