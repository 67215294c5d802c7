"""A title-less page's tag title is cut to ``MAX_WORDS`` words at a word boundary (``text.tagtitle``)."""

from __future__ import annotations

from text.model import Article, Section
from text.tagtitle import MAX_WORDS, edition_title

WORDS = ("قالت اللجنة المحلية إن أعمال الصيانة في الطريق الساحلي ستستمر أسابيع أخرى بسبب الأمطار "
         "الغزيرة التي هطلت على المنطقة خلال الشهر الماضي وأدت إلى انجراف التربة في مواضع عدة "
         "وتأخر وصول المعدات الثقيلة من المدينة المجاورة").split()


def test_a_first_paragraph_without_a_full_stop_gives_a_short_title():
    paragraph = " ".join(WORDS * 3)  # about 90 words, no full stop
    title = edition_title(Article(headline=None, sections=(Section(title=None, paragraphs=(paragraph,)),)))
    assert title.endswith("…")
    assert title[:-1].split() == WORDS[:MAX_WORDS]


def test_a_long_first_part_title_is_cut_too():
    long_title = " ".join(WORDS[:20])
    title = edition_title(Article(headline=None, sections=(Section(title=long_title, paragraphs=("نص.",)),)))
    assert title == " ".join(WORDS[:MAX_WORDS]) + "…"


def test_a_short_first_sentence_is_kept_whole_and_a_headline_as_it_is():
    short = "افتتحت البلدية محطة جديدة. وقالت إنها تكفي الحي."
    assert edition_title(Article(headline=None, sections=(Section(title=None, paragraphs=(short,)),))) == \
        "افتتحت البلدية محطة جديدة."
    headline = " ".join(WORDS[:25])
    assert edition_title(Article(headline=headline, sections=())) == headline


def test_the_mp3s_title_tag_is_never_none():
    from pathlib import Path

    from audio_edition.pipeline import BuildRequest, edition_tags

    empty = Article(headline=None, sections=())
    assert edition_tags(empty, BuildRequest(source="x.txt"), output=Path("/tmp/weekly_notes.mp3")).title == \
        "weekly_notes"
    assert edition_tags(empty, BuildRequest(source="x.txt")).title
    titled = Article(headline=None, sections=(Section(title=None, paragraphs=("خبر قصير. وتفاصيل.",)),))
    assert edition_tags(titled, BuildRequest(source="x.txt"), output=Path("/tmp/a.mp3")).title == edition_title(titled)
