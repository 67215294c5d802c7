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


# Trial s29 (inputs29): a Markdown file of one paragraph a line with no blank line ('#' on the headline alone) was
# read as one long paragraph, its unmarked sub-headings run into the sentences around them.
LINES = ["# عودة مهرجان الموسيقى العربية بعد غياب",
         "افتتحت دار الأوبرا مساء أمس مهرجان الموسيقى العربية بعد غياب دام ثلاث سنوات.",
         "البرنامج",
         "يضم البرنامج حفلات يومية للفرق القومية وأمسيات للعود وورشا للأطفال طوال أسبوعين.",
         "وقالت إدارة المهرجان إن التذاكر بيعت كلها قبل الافتتاح بيومين."]


def test_a_file_no_blank_line_parts_is_read_one_paragraph_a_line():
    article = parse_markdown("\n".join(LINES) + "\n")
    assert article.headline == LINES[0][2:]
    assert article.sections[0].paragraphs == tuple(LINES[1:])  # the unmarked sub-heading stands apart
    assert "each line is read as a paragraph" in article.notes[0] and "'## '" in article.notes[0]


def test_blank_lines_around_headings_alone_part_no_paragraphs():
    text = "\n".join([LINES[0], "", LINES[1], LINES[3], "", "## البرنامج", LINES[4], LINES[1]]) + "\n"
    article = parse_markdown(text)
    assert [s.paragraphs for s in article.sections] == [(LINES[1], LINES[3]), (LINES[4], LINES[1])]


def test_a_paragraph_over_several_lines_stays_one_when_blank_lines_part_the_others():
    text = "\n".join([LINES[0], LINES[1], LINES[3], "", LINES[4]]) + "\n"
    assert parse_markdown(text).sections[0].paragraphs == (f"{LINES[1]} {LINES[3]}", LINES[4])
    assert not parse_markdown(text).notes


def test_a_hard_wrapped_file_without_blank_lines_keeps_its_pieces_joined():
    words = ("افتتحت دار الأوبرا مساء أمس مهرجان الموسيقى العربية بعد غياب دام ثلاث سنوات وحضر الافتتاح جمهور "
             "كبير من محبي الطرب الأصيل الذين ملأوا القاعة الكبرى حتى آخر مقعد فيها وسط تصفيق حار ").split() * 3
    pieces, line = [], ""
    for word in words:  # wrapped at 70 characters, as an e-mail is
        if line and len(line) + 1 + len(word) > 70:
            pieces.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    pieces.append(line)
    article = parse_markdown("\n".join([LINES[0], *pieces]) + "\n")
    assert article.sections[0].paragraphs == (" ".join(pieces),) and not article.notes
