"""Read an article from a file, a URL or stdin: decode, detect the format, parse."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from audio_edition.errors import InputError
from text.decoding import decode
from text.html import parse_html
from text.markdown import parse_markdown
from text.model import Article
from text.plain import parse_plain
from text.url import display_source, fetch, is_url

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 20 * 1024 * 1024
PARSERS = {"text": parse_plain, "markdown": parse_markdown, "html": parse_html}
FORMATS = tuple(PARSERS)
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|h[1-6]|article|section|span|br|a)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)


def detect_format(text: str, *, name: str) -> str:
    """A text that opens like an HTML page is HTML whatever its name; otherwise by extension,
    then by content: HTML tags, Markdown headings, else plain text."""
    suffix = Path(name).suffix.lower()
    head = text[:8192]
    if _HTML_START.match(head):
        return "html"  # a saved page, whatever its name: no text scrape starts with <!DOCTYPE html>
    if suffix in EXTENSIONS and not is_url(name):
        return EXTENSIONS[suffix]
    if len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if _MD_HEADING.search(text[:20000]):
        return "markdown"
    return "text"


def parse_article(text: str, *, name: str = "<text>", fmt: str | None = None) -> Article:
    fmt = fmt or detect_format(text, name=name)
    if fmt not in PARSERS:
        raise InputError(f"unknown input format {fmt!r}; choose from {', '.join(FORMATS)}")
    log.info("%s: reading as %s", name, fmt)
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


def read_article(source: str, *, fmt: str | None = None, data: bytes | None = None) -> Article:
    """The entry point: ``source`` is a path, '-' for stdin, or an http(s) URL. ``data``: the source's bytes,
    already read elsewhere (a cluster worker gets a file's bytes from the client); ``source`` then only
    names the article."""
    text, name, fmt = read_text(source, fmt=fmt, data=data)
    return _article(text, name=name, fmt=fmt)


def read_text(source: str, *, fmt: str | None = None, data: bytes | None = None) -> tuple[str, str, str | None]:
    """(decoded text, name to show, format given or announced by the server) of what ``read_article`` reads;
    ``inspect --lines`` splits it itself."""
    declared = None
    if data is None and is_url(source):
        fetched = fetch(source, max_bytes=MAX_INPUT_BYTES)
        data, declared = fetched.data, fetched.charset
        fmt = fmt or fetched.fmt
    elif data is None:
        data, _ = read_source(source)
    name = "<stdin>" if source == "-" else display_source(source)
    return _decoded(data, name=name, declared=declared), name, fmt


def read_bytes(data: bytes, *, name: str, fmt: str | None = None, declared: str | None = None) -> Article:
    """An article from bytes already read (a fetched page); ``declared`` is the charset the server named."""
    return _article(_decoded(data, name=name, declared=declared), name=name, fmt=fmt)


def _decoded(data: bytes, *, name: str, declared: str | None) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; not an article")
    if not data.strip():
        raise InputError(f"{name}: the article is empty")
    return decode(data, name=name, declared=declared)


def _article(text: str, *, name: str, fmt: str | None) -> Article:
    article = parse_article(text, name=name, fmt=fmt)
    _warn_if_not_arabic(article, name)
    return article


def _warn_if_not_arabic(article: Article, name: str) -> None:
    """Every engine reads with an Arabic voice: a wrong file (English, say) would be read as gibberish."""
    text = " ".join([article.headline or "", *(p for section in article.sections for p in section.paragraphs)])
    letters = [char for char in text if char.isalpha()]
    arabic = sum("\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\ufb50" <= char <= "\ufeff"
                 for char in letters)
    if letters and arabic < len(letters) / 2:
        log.warning("%s: little Arabic text (%d%% of its letters); an Arabic voice will read it",
                    name, 100 * arabic // len(letters))
