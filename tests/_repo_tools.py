"""The repository's ``tools/`` scripts, loaded as modules so tests can call what they pin.

``tools/`` is not a package (its scripts run as ``python tools/NAME.py``); every test that
checks a pinned artefact (floors, snapshots, generated docs, parse digests) loads the
script that pins it here, once per process.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def load_tool(name: str) -> ModuleType:
    """The module of ``tools/<name>.py``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"tools/{name}.py cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
