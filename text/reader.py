"""Read an article from a file, a URL or stdin: decode, detect the format, parse."""

from __future__ import annotations

import codecs
import logging
import re
import sys
from pathlib import Path

from audio_edition.errors import InputError
from text.html import parse_html
from text.markdown import parse_markdown
from text.model import Article
from text.plain import parse_plain
from text.url import fetch, is_url

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 20 * 1024 * 1024
PARSERS = {"text": parse_plain, "markdown": parse_markdown, "html": parse_html}
FORMATS = tuple(PARSERS)
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}
# Magic numbers of files people pass by mistake, for a clearer error than "binary".
SIGNATURES = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
              b"PK\x03\x04": "a ZIP archive (a .docx or .epub?)", b"ID3": "an MP3 file", b"GIF8": "a GIF image",
              b"\x1f\x8b": "a gzip archive", b"RIFF": "a RIFF (WAV/WebP) file", b"\x7fELF": "a program"}
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|h[1-6]|article|section|span|br|a)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.I)


def decode(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Bytes to str: BOMs, a declared charset, UTF-16 by its zero bytes, strict UTF-8, then detection."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode_with(data[len(bom):], codec, name=name)
    for signature, what in SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {what}, not an article")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode_with(data, utf16, name=name)
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file, not an article")
    declared = declared or _meta_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            log.info("%s: declared charset %s does not fit; detecting", name, declared)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "cp1252"]).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1256)")
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not an article")
    log.info("%s: decoded as %s", name, best.encoding)
    return text


def _decode_with(data: bytes, codec: str, *, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not valid {codec.upper()} text (byte {error.start})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when one byte of each pair is mostly 0x00 (Latin) or 0x06 (Arabic)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        share = sum(byte in (0x00, 0x06) for byte in high) / len(high)
        if share > 0.9 and low.count(0) < len(low) * 0.05:
            return codec
    return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _control_ratio(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f\v")
    return controls / max(len(text), 1)


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


def read_article(source: str, *, fmt: str | None = None) -> Article:
    """The entry point: ``source`` is a path, '-' for stdin, or an http(s) URL."""
    declared = None
    if is_url(source):
        fetched = fetch(source, max_bytes=MAX_INPUT_BYTES)
        data, name, declared = fetched.data, source, fetched.charset
        fmt = fmt or fetched.fmt
    else:
        data, name = read_source(source)
    return read_bytes(data, name=name, fmt=fmt, declared=declared)


def read_bytes(data: bytes, *, name: str, fmt: str | None = None, declared: str | None = None) -> Article:
    """An article from bytes already read (a fetched page); ``declared`` is the charset the server named."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; not an article")
    if not data.strip():
        raise InputError(f"{name}: the article is empty")
    article = parse_article(decode(data, name=name, declared=declared), name=name, fmt=fmt)
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
