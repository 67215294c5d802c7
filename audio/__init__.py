"""Join spoken parts with exact pauses, level loudness, encode MP3, write tags and sidecars."""
