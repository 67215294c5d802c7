"""The speech engines' names, known without importing any engine.

``tts.registry`` maps each name to its engine, and importing it imports every engine (pydub, the network
clients). ``inspect`` only offers the names as ``--engine`` choices, so it reads them here and starts without them.
"""

ENGINE_NAMES = ("gtts", "espeak", "piper", "edge", "azure", "google-cloud", "openai")
ENGINE_CHOICES = ("auto", *ENGINE_NAMES)
"""What ``--engine`` takes: an engine's name, or "auto" (``tts.registry.choose_engine``)."""
