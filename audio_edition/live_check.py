"""The end-of-build check's measures, taken while the edition is encoded.

The check would otherwise decode the MP3 just written; measuring the encoder's frames as they come
uses the core LAME leaves idle (audio/check/live.py holds the measuring, this the threading)."""

from __future__ import annotations

import importlib
import logging

logger = logging.getLogger(__name__)


class LiveCheck:
    """The end-of-build check's measures, taken while the edition is encoded (see audio/check/live.py).

    Made on a thread of its own when the encoder's first frames arrive: importing the check holds the
    GIL for ~50 ms, which the encoding (LAME releases the GIL) minds less than levelling does. Frames
    that come before it is ready wait in a list. Whatever goes wrong here, the check decodes the file."""

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._made = None
        self._early: list[bytes] = []

    @staticmethod
    def _make():
        importlib.import_module("miniaudio")  # the decoder: loaded here, on this thread, not at its first frames

        from audio.check.live import LiveMeasure

        return LiveMeasure.for_encoded_editions()

    def feed(self, frames: bytes) -> None:
        """Called by the encoder (one thread at a time), in order."""
        if not self._enabled:
            return
        if self._made is None:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(1, thread_name_prefix="check")
            self._made = pool.submit(self._make)
            pool.shutdown(wait=False)
        if not self._made.done():
            self._early.append(frames)
        elif (live := self.measure()) is not None:
            live.feed(frames)

    def measure(self):
        """The LiveMeasure, fed every frame so far; None when there is none (no frames, or it failed)."""
        try:
            live = self._made.result() if self._made is not None else None
        except Exception:  # noqa: BLE001 - the check measures the file instead
            logger.debug("no live measuring", exc_info=True)
            return None
        if live is not None:
            for frames in self._early:
                live.feed(frames)
            self._early.clear()
        return live
