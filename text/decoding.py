"""Bytes to text, trusting the bytes over what anyone says about them.

The order: a byte-order mark; the page's own ``<meta charset>`` (or XML
declaration); the charset a web server declared; UTF-8; then detection. A
declared charset is used only when it decodes the bytes cleanly, and never
when the bytes are UTF-8 (UTF-8 Arabic is almost never valid text in another
charset; a server saying ``iso-8859-1`` about it is wrong, and believing it
gives mojibake such as ``Ø§Ù„``). Bytes that are UTF-8 but for a few invalid
sequences are decoded with those replaced, and a warning gives their count.
Text that is still mojibake (a file saved after a wrong conversion) is refused
rather than read aloud.
"""

from __future__ import annotations

import codecs
import logging
import re

from audio_edition.errors import InputError

log = logging.getLogger(__name__)

REPLACEMENT = "\ufffd"
# Magic numbers of files people pass by mistake, for a clearer error than "binary".
SIGNATURES = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
              b"PK\x03\x04": "a ZIP archive (a .docx or .epub?)", b"ID3": "an MP3 file", b"GIF8": "a GIF image",
              b"\x1f\x8b": "a gzip archive", b"RIFF": "a RIFF (WAV/WebP) file", b"\x7fELF": "a program"}
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
META_WINDOW = 16 * 1024
"""How far into a page its own charset declaration is looked for (browsers look at least 1 KB in)."""
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
# Web labels whose real meaning is wider than Python's codec of that name (as browsers read them).
_WEB_LABELS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
               "ascii": "cp1252", "iso-8859-6": "iso8859_6", "x-user-defined": "cp1252"}
# Charsets UTF-8 bytes are misread in: what the mojibake check undoes.
_MISREAD_AS = ("cp1252", "latin-1", "cp1256")
MOJIBAKE_SHARE = 0.3
"""Refuse the text when this share of its non-ASCII words are UTF-8 read in another charset."""


def decode(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Bytes to str (see the module's docstring); ``declared`` is a web server's charset, if any."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _tolerant(data[len(bom):], codec, name=name)
    for signature, what in SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {what}, not an article")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _tolerant(data, utf16, name=name)
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file, not an article")
    utf8, replaced = _utf8(data)
    for label, origin in ((page_charset(data), "the page's charset declaration"),
                          (declared, "the server's Content-Type")):
        codec = _codec(label)
        if codec is None:
            if label:
                log.info("%s: %s names an unknown charset %r; ignored", name, origin, label)
            continue
        if codec == "utf-8":
            if utf8 is not None:
                return _checked(_warn_replaced(utf8, replaced, "UTF-8", name), name)
            log.info("%s: %s says UTF-8 but the bytes are not; detecting", name, origin)
            continue
        if utf8 is not None and not utf8.isascii():
            log.info("%s: %s says %s, but the bytes are UTF-8; reading them as UTF-8", name, origin, label)
            return _checked(_warn_replaced(utf8, replaced, "UTF-8", name), name)
        try:
            return _checked(data.decode(codec), name)
        except UnicodeError:
            log.info("%s: %s says %s, which does not fit the bytes; detecting", name, origin, label)
    if utf8 is not None:
        return _checked(_warn_replaced(utf8, replaced, "UTF-8", name), name)
    return _checked(_detect(data, name=name), name)


def page_charset(data: bytes) -> str | None:
    """The charset a page declares about itself (``<meta charset>``, ``http-equiv`` or ``<?xml encoding>``)."""
    head = data[:META_WINDOW]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def tolerance(valid_chars: int) -> int:
    """How many undecodable characters text of ``valid_chars`` may have and still be read (with a warning)."""
    return max(8, valid_chars // 50)


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, or None if it is unknown or not ASCII-compatible (UTF-16 without a
    BOM, say, which would turn ASCII into CJK)."""
    if not label:
        return None
    label = label.strip().lower()
    label = _WEB_LABELS.get(label, label)
    try:
        info = codecs.lookup(label)
        if not getattr(info, "_is_text_encoding", True) or b"<html> az AZ 09".decode(info.name) != "<html> az AZ 09":
            return None  # rot13, base64, zlib... are not charsets; UTF-16, punycode... do not keep ASCII
    except (LookupError, ValueError):  # ValueError: a NUL in the label; UnicodeError is one too
        return None
    codec = info.name
    return "utf-8" if codec in ("utf-8", "utf-8-sig") else codec


def _utf8(data: bytes) -> tuple[str | None, int]:
    """The bytes as UTF-8 and how many characters had to be replaced; None when they are not UTF-8 at all
    (more invalid sequences than :func:`tolerance` allows)."""
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    valid_non_ascii = sum(1 for char in text if ord(char) > 127) - replaced
    if valid_non_ascii == 0 or replaced > tolerance(valid_non_ascii):
        return None, replaced
    return text, replaced


def _tolerant(data: bytes, codec: str, *, name: str) -> str:
    """``data`` in ``codec`` (which a BOM or the byte pattern made certain), a few bad sequences replaced."""
    try:
        return _checked(data.decode(codec), name)
    except UnicodeDecodeError as error:
        text = data.decode(codec, errors="replace")
        replaced = text.count(REPLACEMENT) - data.decode(codec, errors="ignore").count(REPLACEMENT)
        if replaced > tolerance(len(text) - replaced):
            raise InputError(f"{name}: not valid {codec.upper()} text ({replaced} bad sequences, the first at "
                             f"byte {error.start})") from None
        return _checked(_warn_replaced(text, replaced, codec.upper(), name), name)


def _warn_replaced(text: str, replaced: int, codec: str, name: str) -> str:
    if replaced:
        log.warning("%s: %d character%s could not be decoded as %s and %s replaced (not read aloud)",
                    name, replaced, "" if replaced == 1 else "s", codec, "was" if replaced == 1 else "were")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when one byte of each pair is mostly 0x00 (Latin) or 0x06 (Arabic)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[:len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        share = sum(byte in (0x00, 0x06) for byte in high) / len(high)
        if share > 0.9 and low.count(0) < len(low) * 0.05:
            return codec
    return None


def _detect(data: bytes, *, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "cp1252"]).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1256)")
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not an article")
    log.info("%s: decoded as %s", name, best.encoding)
    return text


def _control_ratio(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f\v")
    return controls / max(len(text), 1)


def _checked(text: str, name: str) -> str:
    """``text``, unless it is mojibake: then one clear error, never a garbled edition."""
    misread = mojibake(text)
    if misread:
        codec, sample = misread
        raise InputError(f"{name}: the text is garbled: UTF-8 that was read as {codec} and saved again "
                         f"(such as {sample!r}); save the article as UTF-8 and try again")
    return text


def mojibake(text: str) -> tuple[str, str] | None:
    """(the charset UTF-8 was misread in, a sample word) when most non-ASCII words are UTF-8 misread, else None.

    A word is misread when encoding it back in that charset gives valid UTF-8 that differs from it;
    real words almost never do (UTF-8 needs its lead bytes followed by 0x80-0xBF continuation bytes).
    """
    words = [word for word in text[:200_000].split() if not word.isascii()]
    if len(words) < 3:
        return None
    for codec in _MISREAD_AS:
        misread = [word for word in words if _misread_word(word, codec)]
        if len(misread) >= 3 and len(misread) >= MOJIBAKE_SHARE * len(words):
            return codec, misread[0][:24]
    return None


def _misread_word(word: str, codec: str) -> bool:
    try:
        fixed = word.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return fixed != word and len(fixed) >= 2 and not fixed.isascii()  # "أ،" is "á" misread, but real
