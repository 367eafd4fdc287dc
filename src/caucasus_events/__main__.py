"""``python -m caucasus_events``: the same command line as ``caucasus-events``."""

from __future__ import annotations

import sys

from caucasus_events.cli import main

if __name__ == "__main__":
    sys.exit(main())
