"""Safe, stable names for the files of an episode, and the identity of an article.

* The *identity* of an article is where it came from: its URL, or its file's
  absolute path. The episode GUID is derived from it, so a corrected article
  (same file or URL, new text) keeps its GUID and replaces its episode in the
  feed instead of adding a second one. Moving or renaming a source file makes it
  a new article.
* The *file name* is ``<slug>-<hash>``: an ASCII slug of the source's file name
  (Arabic letters transliterated) plus the first 10 hex digits of the SHA-256 of
  the source bytes (for a URL, of the article as read, since a fetched page's
  bytes change on every load). Only ``[a-z0-9-]`` can appear, so no name can contain a
  path separator, ``..`` or a control character, and nothing an article holds
  can make a file outside OUTDIR.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from text.url import display_source, is_url  # the reader's own: batch and build agree on what is an address

HASH_DIGITS = 10
MAX_SLUG = 48
FALLBACK_SLUG = "article"
GUID_NAMESPACE = uuid.UUID("6f1c3b0e-5a51-4d8e-9a53-0b7c0e6a2d41")
"""Fixed namespace for uuid5 GUIDs; changing it would change every GUID ever published."""

ARABIC_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "پ": "p", "چ": "ch", "گ": "g",
    "ڤ": "v",
}


def shown_source(source: str) -> str:
    """The source as it may be printed, stored and published: a URL without its user info (password), a
    file name without undecodable bytes."""
    return display_source(source.strip() if is_url(source.strip()) else source)


def source_identity(source: str) -> str:
    """The stable identity of an article: its URL (without user info or fragment) or its absolute file URI."""
    if is_url(source):
        try:
            parts = urlsplit(shown_source(source))
        except ValueError:  # a malformed address (an unclosed [): it fails as its article, under its own name
            return shown_source(source)
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))
    return Path(source).resolve().as_uri()


def episode_guid(identity: str) -> str:
    """A GUID that depends on the article's identity only, never on its text."""
    return f"urn:uuid:{uuid.uuid5(GUID_NAMESPACE, identity)}"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def transliterate(text: str) -> str:
    return "".join(ARABIC_TO_LATIN.get(char, char) for char in text)


def slugify(text: str, *, max_length: int = MAX_SLUG) -> str:
    """Lower-case ASCII letters, digits and single hyphens; never empty."""
    text = transliterate(unicodedata.normalize("NFKC", text))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or FALLBACK_SLUG


def source_stem(source: str) -> str:
    """The human part of a source's name: a file's stem, or a URL's last path segment."""
    if is_url(source):
        try:
            parts = urlsplit(source)
        except ValueError:
            return FALLBACK_SLUG
        segments = [unquote(s) for s in parts.path.split("/") if s]
        name = segments[-1] if segments else parts.hostname or ""
    else:
        name = Path(source).name
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def episode_name(source: str, data: bytes) -> str:
    """``<slug>-<hash>``: the base name of every file of this episode."""
    return f"{slugify(source_stem(source))}-{content_hash(data)[:HASH_DIGITS]}"
