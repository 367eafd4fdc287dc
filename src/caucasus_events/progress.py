"""Progress display for long runs: one line redrawn in place on a terminal, a few plain
lines otherwise (logs, CI), nothing when quiet.  It only ever writes to the stream given
(stderr by default), so stdout stays clean for results."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts items done out of ``total`` and shows it on ``stream``.

    On a tty the line is rewritten with ``\\r`` at most every ``interval`` seconds;
    elsewhere a line is printed at each tenth of the total, so logs stay short.
    Messages (:meth:`message`) are printed on their own line without garbling the bar.
    """

    def __init__(
        self,
        total: int,
        *,
        label: str = "",
        stream: TextIO | None = None,
        quiet: bool = False,
        interval: float = 0.1,
    ) -> None:
        self.total = total
        self.done = 0
        self.label = label
        self.stream = sys.stderr if stream is None else stream
        self.quiet = quiet
        self.interval = interval
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_draw = 0.0
        self._drawn = False
        self._next_step = 1

    def start(self, total: int) -> None:
        """Set the total once it is known (after the inputs are listed) and restart."""
        self.total = total
        self.done = 0
        self._next_step = 1

    def _line(self, item: str) -> str:
        width = len(str(self.total))
        pct = 100 * self.done // self.total if self.total else 100
        text = f"{self.label}[{self.done:>{width}}/{self.total}] {pct:3d}%"
        return f"{text} {item}" if item else text

    def advance(self, item: str = "", n: int = 1) -> None:
        """Record ``n`` more items done; ``item`` names the latest one."""
        self.done += n
        if self.quiet:
            return
        if self._tty:
            now = time.monotonic()
            if now - self._last_draw >= self.interval or self.done >= self.total:
                self._last_draw = now
                self.stream.write("\r\x1b[K" + self._line(item)[:200])
                self.stream.flush()
                self._drawn = True
            return
        step = max(1, self.total // 10)
        if self.done >= self._next_step * step or self.done == self.total:
            self._next_step = self.done // step + 1
            self.stream.write(self._line("") + "\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        """Print ``text`` on a line of its own (used for per-input errors); shown even when
        quiet, because errors must never be silent."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the progress line so later output starts on a fresh line."""
        if self._drawn and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False
