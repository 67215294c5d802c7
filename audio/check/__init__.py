"""`audio-edition check`: podcast-readiness and listening quality of any MP3.

reading (mp3frames, decode, id3read, transcript) -> measures (meter, loudness,
silence, findings) -> rules (limits as data) -> report (text and JSON).
"""

from audio.check.report import CheckReport, check_file
from audio.check.rules import RULES, Limits

__all__ = ["CheckReport", "Limits", "RULES", "check_file"]
