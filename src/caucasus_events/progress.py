"""Progress display for long runs: one line redrawn in place on a terminal, with the
rate and the time left; nothing when the stream is not a terminal (logs, pipes, CI) or
when quiet.  Messages (per-input errors) are always shown.  It only ever writes to the
stream given (stderr by default), so stdout stays clean for results."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress", "format_duration"]


def format_duration(seconds: float) -> str:
    """``42s``, ``3m05s``, ``2h07m``: short and readable."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class Progress:
    """Counts items done out of ``total`` and shows it on ``stream`` when that is a
    terminal: ``parsing [ 120/1000]  12%  35.2/s  25s left  page.txt``.

    The line is rewritten with ``\\r`` at most every ``interval`` seconds.  The rate is
    items per second since :meth:`start`; the time left assumes it holds.  Messages
    (:meth:`message`) are printed on their own line without garbling the bar, and are
    printed whatever the stream and even when quiet, because errors must never be silent.
    """

    def __init__(
        self,
        total: int,
        *,
        label: str = "",
        stream: TextIO | None = None,
        quiet: bool = False,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self.label = label
        self.stream = sys.stderr if stream is None else stream
        self.interval = interval
        self._clock = clock
        self._tty = _is_tty(self.stream)
        self.quiet = quiet or not self._tty
        self._started = clock()
        self._last_draw = float("-inf")
        self._drawn = False

    def start(self, total: int) -> None:
        """Set the total once it is known (after the inputs are listed) and restart."""
        self.total = total
        self.done = 0
        self._started = self._clock()

    @property
    def rate(self) -> float:
        """Items per second since :meth:`start` (0.0 before the first one)."""
        elapsed = self._clock() - self._started
        return self.done / elapsed if elapsed > 0 and self.done else 0.0

    def line(self, item: str = "") -> str:
        """The status line: count, percentage, rate, time left and the latest item."""
        width = len(str(self.total))
        pct = 100 * self.done // self.total if self.total else 100
        text = f"{self.label}[{self.done:>{width}}/{self.total}] {pct:3d}%"
        rate = self.rate
        if rate > 0:
            text += f"  {rate:.1f}/s"
            if self.done < self.total:
                text += f"  {format_duration((self.total - self.done) / rate)} left"
        return f"{text}  {item}" if item else text

    def advance(self, item: str = "", n: int = 1) -> None:
        """Record ``n`` more items done; ``item`` names the latest one."""
        self.done += n
        if self.quiet:
            return
        now = self._clock()
        if now - self._last_draw >= self.interval or self.done >= self.total:
            self._last_draw = now
            self.stream.write("\r\x1b[K" + self.line(item)[:200])
            self.stream.flush()
            self._drawn = True

    def message(self, text: str) -> None:
        """Print ``text`` on a line of its own (used for per-input errors)."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the progress line so later output starts on a fresh line."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False


def _is_tty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # no isatty, or a closed stream
        return False
