"""Markdown articles: '#' headline, '##'/'###' sections, lists as body, furniture dropped."""

from text.markdown import parse_markdown

ARTICLE = """\
---
title: مهرجان الموسيقى
---
# مهرجان الموسيقى العربية يعود بعد غياب

![صورة المسرح](stage.jpg)

افتتحت دار الأوبرا مساء أمس **مهرجان الموسيقى العربية** بعد غياب دام ثلاث سنوات،
بحضور [وزيرة الثقافة](https://example.org/minister) وجمهور كبير.

## البرنامج

يضم البرنامج حفلات يومية:

- حفل الافتتاح للفرقة القومية
- أمسية للعود
1. ورشة للأطفال

اقرأ أيضا:
- فرقة شابة تفوز بجائزة الغناء

### التذاكر

> وقالت إدارة المهرجان إن التذاكر بيعت كلها.

شارك: فيسبوك تويتر
"""


def test_first_level_one_heading_is_the_headline():
    assert parse_markdown(ARTICLE).headline == "مهرجان الموسيقى العربية يعود بعد غياب"


def test_level_two_and_three_headings_start_sections():
    assert [s.title for s in parse_markdown(ARTICLE).sections] == [None, "البرنامج", "التذاكر"]


def test_lines_of_a_paragraph_are_joined_and_inline_markup_removed():
    lead = parse_markdown(ARTICLE).sections[0].paragraphs
    assert lead == ("افتتحت دار الأوبرا مساء أمس مهرجان الموسيقى العربية بعد غياب دام ثلاث سنوات، "
                    "بحضور وزيرة الثقافة وجمهور كبير.",)


def test_list_items_are_body_paragraphs_each():
    programme = parse_markdown(ARTICLE).sections[1].paragraphs
    assert programme == ("يضم البرنامج حفلات يومية:", "- حفل الافتتاح للفرقة القومية", "- أمسية للعود",
                         "1. ورشة للأطفال")


def test_quote_marker_is_removed():
    assert parse_markdown(ARTICLE).sections[2].paragraphs == ("وقالت إدارة المهرجان إن التذاكر بيعت كلها.",)


def test_images_front_matter_read_also_and_share_lines_are_reported():
    reasons = [d.reason for d in parse_markdown(ARTICLE).dropped]
    assert reasons == ["front matter", "image", "read also", "read also", "share widget"]


def test_markdown_without_a_headline_uses_the_first_sentence():
    article = parse_markdown("افتتحت دار الأوبرا المهرجان مساء أمس. وحضر جمهور كبير.\n\n## قسم\n\nنص القسم.\n")
    assert article.headline_from_body
    assert article.headline == "افتتحت دار الأوبرا المهرجان مساء أمس."
    assert article.sections[0].paragraphs == ("وحضر جمهور كبير.",)
