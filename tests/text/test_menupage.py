"""A page that is only a site's menu has no article (``text.menupage``); short lines that are no menu stay.

Trial s29 (inputs29): a file of menu words alone, one a line, became an episode titled "اتصل بنا"; an English
menu did too, after a "0% Arabic" warning. And the warning an unsure page gives was hard to read and, in a batch,
named no file.
"""

import logging

import pytest

from audio_edition.errors import InputError
from text.bodyfind import find_body
from text.menupage import is_menu_page
from text.plain import parse_plain, split_plain
from text.reader import parse_article
from tests.support.article_views import spoken

MENUS = {
    "sections and pages": ["الرئيسية", "أخبار", "رياضة", "اقتصاد", "اتصل بنا", "من نحن", "سياسة الخصوصية"],
    "joined section names": ["الرئيسية", "أخبار محلية", "عربي ودولي", "رياضة", "فن وثقافة", "منوعات", "كتاب وآراء",
                             "اتصل بنا"],
    "english": ["Home", "News", "Sports", "Contact Us", "About", "Privacy Policy"],
    "footer with a share bar": ["من نحن", "اتصل بنا", "أعلن معنا", "شارك", "فيسبوك", "تويتر"],
}


@pytest.mark.parametrize("lines", MENUS.values(), ids=MENUS.keys())
def test_a_page_of_a_sites_menu_words_alone_has_no_article_text(lines):
    page = "\n".join(lines) + "\n"
    with pytest.raises(InputError, match=r"^menu\.txt: no article text found$"):
        parse_article(page, name="menu.txt", fmt="text")
    split = split_plain(page)
    assert not any(line.spoken for line in split.lines)  # inspect --lines: every line dropped, none the headline
    assert split.article.headline is None and not split.article.notes


def test_a_refused_menu_page_gives_no_warning_that_its_lines_were_kept(caplog):
    with caplog.at_level(logging.WARNING):
        parse_plain("\n".join(MENUS["sections and pages"]) + "\n", source="menu.txt")
    assert not caplog.records


POEM = ["ديوان الصيف", "يا بحر", "يا موج الليل", "خذني إليك", "ولا تعد", "فالصيف طويل"]
KEPT = {
    # A poem's verses are short lines too, but name no site's section or page.
    "poem": (POEM, POEM[1:]),
    # A title and a brief's sentence under the site's menu: the menu goes, the story stays.
    "brief under a menu": (["الرئيسية", "أخبار", "رياضة", "اقتصاد", "انفجار في مرفأ بيروت",
                            "سقوط عشرات الجرحى في الانفجار"], ["سقوط عشرات الجرحى في الانفجار"]),
    # Three words naming no site's page could be a title: a page that may hold an article is read (issue 11).
    "three-word line under a menu": (["أخبار", "رياضة", "اتصل بنا", "وفاة الفنان الكبير", "من نحن"], None),
    # One site's word among short lines is a poem's or a list's, not a menu.
    "one section word": (["رياضة", "يا بحر", "خذني إليك", "ولا تعد"], None),
}


@pytest.mark.parametrize(("lines", "said"), KEPT.values(), ids=KEPT.keys())
def test_short_lines_that_are_no_menu_are_read(lines, said):
    page = "\n".join(lines) + "\n"
    assert not is_menu_page(find_body(lines).lines)
    article = parse_article(page, name="page.txt", fmt="text")
    if said is not None:
        assert spoken(article) == said


def test_the_warning_on_a_page_of_short_lines_names_the_file_in_plain_words(caplog):
    with caplog.at_level(logging.WARNING, logger="text.plain"):
        article = parse_plain("\n".join(POEM) + "\n", source="poem.txt")
    (record,) = caplog.records
    message = record.getMessage()
    assert message.startswith("poem.txt: the page has only short lines, none reading like an article's sentences: ")
    assert "every line is kept and read aloud except recognised menus" in message
    assert article.notes == (message.removeprefix("poem.txt: "),)  # inspect's note says the same, without the name
