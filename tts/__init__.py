"""Speech engines behind one interface (tts.base.Engine), with a cache and a parallel runner. No text parsing or audio assembly here."""
