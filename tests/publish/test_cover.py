"""Cover art: square PNG, 1400 px or more, Arabic shaped and right to left."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from audio_edition.publish.cover import font_path, raqm_available, render_cover, write_cover

PHRASE = "تحالف المال"


def ink(image: Image.Image) -> np.ndarray:
    """Where text is drawn: a boolean mask of bright pixels."""
    return np.asarray(image.convert("L")) > 128


def naive_render(text: str) -> Image.Image:
    """Letters in logical order and isolated forms: what a broken renderer shows."""
    image = Image.new("L", (1400, 400), 0)
    font = ImageFont.truetype(str(font_path()), 120, layout_engine=ImageFont.Layout.BASIC)
    ImageDraw.Draw(image).text((100, 100), text, font=font, fill=255)
    return image


def shaped_line(use_raqm: bool) -> Image.Image:
    from audio_edition.publish.cover import TextSetter

    setter = TextSetter(use_raqm)
    image = Image.new("L", (1400, 400), 0)
    draw = ImageDraw.Draw(image)
    font = setter.font(120, 400)
    setter.draw_right(draw, 1300, 100, PHRASE, font, 255)
    return image


def trimmed(image: Image.Image) -> np.ndarray:
    mask = ink(image)
    rows, cols = np.where(mask)
    return mask[rows.min():rows.max() + 1, cols.min():cols.max() + 1]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    height, width = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    a, b = a[:height, :width], b[:height, :width]
    return float((a & b).sum() / max((a | b).sum(), 1))


def test_generated_cover_is_a_square_png_of_1400_pixels(tmp_path: Path):
    path = write_cover(tmp_path / "c.png", "النشرة", "عنوان الخبر")
    with Image.open(path) as image:
        assert (image.format, image.size) == ("PNG", (1400, 1400))


def test_cover_can_be_made_larger(tmp_path: Path):
    path = write_cover(tmp_path / "c.png", "النشرة", "عنوان", size=3000)
    with Image.open(path) as image:
        assert image.size == (3000, 3000)


def test_headline_text_is_drawn():
    assert ink(render_cover("النشرة", "عنوان طويل نسبيا عن الاقتصاد")).sum() > \
        ink(render_cover("النشرة", None)).sum() + 5000


def test_long_headline_stays_inside_the_margins():
    mask = ink(render_cover("النشرة", " ".join(["كلمة طويلة جدا"] * 40)))
    assert not mask[:, :90].any() and not mask[:, -90:].any()


def test_fallback_shaper_draws_what_raqm_draws():
    if not raqm_available():
        pytest.skip("Pillow here has no libraqm/FriBiDi: only the arabic-reshaper path can run")
    assert similarity(trimmed(shaped_line(True)), trimmed(shaped_line(False))) > 0.8


def test_shaped_text_is_not_isolated_letters_in_reading_order():
    shaped = trimmed(shaped_line(raqm_available()))
    assert similarity(shaped, trimmed(naive_render(PHRASE))) < 0.6
