"""The build side of wasmlit: turn an app folder into a static site (see build.py)."""
