"""Square cover art (1400×1400 PNG) with the programme name and a headline in shaped Arabic.

Arabic must be *shaped* (each letter in its joined initial/medial/final form) and
laid out right to left. Pillow does both itself when it has libraqm (with
FriBiDi); without it we shape with arabic-reshaper and reorder with python-bidi,
then draw with Pillow's basic layout. The font is Noto Sans Arabic from the
``fontpkg-noto-sans-arabic`` wheel, so no system font is needed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from audio.write import atomic_path
from audio_edition.errors import InputError

log = logging.getLogger(__name__)

COVER_SIZE = 1400
MARGIN = 110
BACKGROUND = (16, 42, 67)
ACCENT = (242, 169, 59)
INK = (255, 255, 255)
MUTED = (170, 196, 222)


def font_path() -> Path:
    """The Noto Sans Arabic font file shipped by the fontpkg-noto-sans-arabic wheel."""
    try:
        import fontpkg_noto_sans_arabic
    except ImportError:
        raise InputError("the Arabic font package is missing; install fontpkg-noto-sans-arabic") from None
    files = sorted((fontpkg_noto_sans_arabic.ROOT / "files").glob("*.ttf"))
    if not files:
        raise InputError("the fontpkg-noto-sans-arabic package holds no .ttf file")
    return files[0]


def raqm_available() -> bool:
    return bool(features.check("raqm")) and bool(features.check("fribidi"))


@dataclass(frozen=True)
class TextSetter:
    """Measures and draws one line of Arabic text right to left, with whichever shaper is available."""

    use_raqm: bool

    def font(self, size: int, weight: int) -> ImageFont.FreeTypeFont:
        layout = ImageFont.Layout.RAQM if self.use_raqm else ImageFont.Layout.BASIC
        font = ImageFont.truetype(str(font_path()), size, layout_engine=layout)
        try:
            axes = font.get_variation_axes()
            font.set_variation_by_axes([weight if axis["name"] in (b"Weight", "Weight") else axis["default"]
                                        for axis in axes])
        except (OSError, KeyError, AttributeError):
            log.debug("font has no variation axes; using its default weight")
        return font

    def visual(self, text: str) -> str:
        """Text in the order Pillow's basic layout draws it: shaped forms, right to left."""
        if self.use_raqm:
            return text
        import arabic_reshaper
        from bidi import get_display

        return get_display(arabic_reshaper.reshape(text))

    def options(self) -> dict:
        return {"direction": "rtl", "language": "ar"} if self.use_raqm else {}

    def width(self, draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont) -> float:
        return draw.textlength(self.visual(text), font=font, **self.options())

    def draw_right(self, draw: ImageDraw.ImageDraw, right: float, top: float, text: str,
                   font: ImageFont.FreeTypeFont, fill: tuple[int, int, int]) -> None:
        width = self.width(draw, text, font)
        draw.text((right - width, top), self.visual(text), font=font, fill=fill, **self.options())


def wrap(setter: TextSetter, draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont,
         max_width: float) -> list[str]:
    """Greedy word wrap in logical (reading) order; a word wider than a line gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and setter.width(draw, candidate, font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def fit_headline(setter: TextSetter, draw: ImageDraw.ImageDraw, headline: str, max_width: float,
                 max_height: float) -> tuple[ImageFont.FreeTypeFont, list[str], int]:
    """The largest font size (120 down to 40 px) at which the wrapped headline fits the box."""
    for size in range(120, 38, -8):
        font = setter.font(size, 700)
        lines = wrap(setter, draw, headline, font, max_width)
        line_height = round(size * 1.6)
        if len(lines) * line_height <= max_height and all(setter.width(draw, line, font) <= max_width
                                                          for line in lines):
            return font, lines, line_height
    font = setter.font(40, 700)
    lines = wrap(setter, draw, headline, font, max_width)
    line_height = 64
    keep = max(1, int(max_height // line_height))
    if len(lines) > keep:
        lines = lines[:keep]
        lines[-1] = lines[-1] + " …"
    return font, lines, line_height


def render_cover(programme: str, headline: str | None = None, *, size: int = COVER_SIZE,
                 use_raqm: bool | None = None) -> Image.Image:
    """The cover as an image: programme name at the top right, the headline below, a wave motif at the foot."""
    setter = TextSetter(raqm_available() if use_raqm is None else use_raqm)
    scale = size / COVER_SIZE
    image = Image.new("RGB", (COVER_SIZE, COVER_SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    right = COVER_SIZE - MARGIN
    draw.rectangle((right - 160, MARGIN, right, MARGIN + 14), fill=ACCENT)
    programme_font = setter.font(72, 700)
    programme_lines = wrap(setter, draw, programme, programme_font, COVER_SIZE - 2 * MARGIN)[:2]
    top = MARGIN + 50
    for line in programme_lines:
        setter.draw_right(draw, right, top, line, programme_font, ACCENT)
        top += 115
    if headline:
        box_top = top + 60
        box_bottom = COVER_SIZE - MARGIN - 230
        font, lines, line_height = fit_headline(setter, draw, headline, COVER_SIZE - 2 * MARGIN,
                                                box_bottom - box_top)
        for number, line in enumerate(lines):
            setter.draw_right(draw, right, box_top + number * line_height, line, font, INK)
    bars = (3, 7, 12, 6, 15, 9, 4, 11, 16, 8, 5, 13, 7, 3, 10, 14, 6, 9, 4, 12, 8, 5)
    base = COVER_SIZE - MARGIN
    for index, height in enumerate(bars):
        x = MARGIN + index * 26
        draw.rounded_rectangle((x, base - height * 10, x + 14, base), radius=7, fill=MUTED)
    if scale != 1:
        image = image.resize((size, size), Image.Resampling.LANCZOS)
    return image


def write_cover(path: Path, programme: str, headline: str | None = None, *, size: int = COVER_SIZE) -> Path:
    """Render and write the PNG atomically."""
    image = render_cover(programme, headline, size=size)
    with atomic_path(path) as temporary:
        image.save(temporary, format="PNG", optimize=True)
    return path
