"""Write the site atomically: build in a sibling folder, then swap it into place.

A build that fails at any step leaves the previous output exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    for relative, data in sorted(files.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def write_output_atomically(output: Path, files: dict[str, bytes]) -> None:
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    try:
        write_tree(staging, files)
        os.chmod(staging, 0o755)
        if output.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
            retired.rmdir()
            os.rename(output, retired)
            try:
                os.rename(staging, output)
            except OSError:
                os.rename(retired, output)
                raise
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, output)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
