"""Read an article from a file or stdin: decode, detect the format, parse."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from audio_edition.errors import InputError
from text.model import Article
from text.markdown import parse_markdown
from text.plain import parse_plain

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 20 * 1024 * 1024
PARSERS = {"text": parse_plain, "markdown": parse_markdown}
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}


def decode(data: bytes, *, name: str) -> str:
    """Bytes to str: BOMs first, then strict UTF-8, then charset detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "utf_16", "iso8859_6", "cp1252"]).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1256)")
    log.info("%s: decoded as %s", name, best.encoding)
    return str(best)


def detect_format(text: str, *, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if any(line.startswith("# ") for line in text.splitlines()[:20]):
        return "markdown"
    return "text"


def parse_article(text: str, *, name: str = "<text>", fmt: str | None = None) -> Article:
    fmt = fmt or detect_format(text, name=name)
    if fmt not in PARSERS:
        raise InputError(f"unknown input format {fmt!r}; choose from {', '.join(sorted(PARSERS))}")
    article = PARSERS[fmt](text, source=name)
    if not article.sections or not any(s.paragraphs for s in article.sections):
        raise InputError(f"{name}: no article text found")
    return article


def read_source(source: str) -> tuple[bytes, str]:
    """The raw bytes of a path or '-' (stdin), with a display name."""
    if source == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "<stdin>"
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a folder, not an article file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror})") from None
    return data, source


def read_article(source: str, *, fmt: str | None = None) -> Article:
    data, name = read_source(source)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; not an article")
    if not data.strip():
        raise InputError(f"{name}: the article is empty")
    return parse_article(decode(data, name=name), name=name, fmt=fmt)
