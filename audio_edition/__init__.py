"""audio-edition: turn an Arabic news article into a podcast-style MP3.

The work is split across three packages that do not import each other:
``text`` (read and split articles), ``tts`` (speech engines) and ``audio``
(join, level, encode, tag). :mod:`audio_edition.pipeline` ties them together
and :mod:`audio_edition.cli` is the command line.
"""

__version__ = "0.1.0"
