"""A page that is only a site's menu: short lines naming the site's sections and pages, and no article.

A scrape that caught a site's navigation and nothing else ("الرئيسية", "أخبار", "رياضة", "اتصل بنا", "من نحن",
"سياسة الخصوصية", one a line) has no line the body finder reads as prose, so it is unsure and keeps every line
(issue 11): without this test such a page became an episode titled "اتصل بنا". A page of short lines is not always
a menu, though: a poem's verses are short too ("يا بحر" / "خذني إليك"), and they name no section of a site. So a
page is a menu only when none of the lines left to read (no rule or shape names them) could be an article's words
(``could_be_article``: three words or more, or a finished sentence, and no site's word) and at least half of them,
two or more, are a site's words (``SITE_WORDS``). Its lines are then dropped as menu items and the reader finds no
article text. Measured on every real page we keep (s27, s28, s29 r01-r04, the shared corpus): none is a menu.
"""

from __future__ import annotations

from text.lineshape import ends_sentence
from text.rules import NAV_WORDS, WordListRule
from text.scoredline import LineScore

MENU_PAGE = "menu item"
"""The reason each line of a menu page is dropped with (as ``bodyfind.MENU_ITEM``, a bulleted menu's)."""
SITE_PAGES = ("اتصل بنا", "اتصلوا بنا", "تواصل معنا", "من نحن", "عن الموقع", "عن الجريدة", "عن الصحيفة",
              "سياسة الخصوصية", "الخصوصية", "شروط الاستخدام", "سياسة الاستخدام", "الشروط والأحكام",
              "الشروط و الأحكام", "أعلن معنا", "اعلن معنا", "للإعلان", "خريطة الموقع", "هيئة التحرير",
              "فريق العمل", "الأرشيف", "أرشيف", "بحث", "البحث", "تسجيل الدخول", "دخول", "اشترك", "النشرة البريدية",
              "contact", "contact us", "about", "about us", "privacy", "privacy policy", "terms", "terms of use",
              "terms of service", "terms and conditions", "advertise", "archive", "search", "login", "log in",
              "sign in", "subscribe", "sitemap", "site map")
"""A site's own pages, linked from every page's menu or footer ("اتصل بنا", "من نحن", "Privacy Policy")."""
MORE_SECTIONS = ("فن وثقافة", "ثقافة وفن", "فن", "فنون", "كتاب وآراء", "آراء", "كتاب", "مقالات الرأي", "مقال",
                 "أخبار عربية", "أخبار دولية", "أخبار عالمية", "شؤون دولية", "علوم وتكنولوجيا", "تكنولوجيا",
                 "صحة وجمال", "المرأة", "منوعات", "حوارات", "ملفات", "تحقيقات", "فيديوهات", "صور", "الطقس", "وظائف",
                 "اقتصاد وأعمال", "أعمال", "برلمان", "محافظات", "world", "politics", "business", "opinion",
                 "culture", "technology", "tech", "health", "science", "entertainment", "video", "videos", "lifestyle")
"""Section names a site's menu gives besides ``rules.NAV_WORDS`` (which the splitter's rules use elsewhere)."""
SITE_WORDS = WordListRule(MENU_PAGE, (*NAV_WORDS, *SITE_PAGES, *MORE_SECTIONS), max_words=4)
"""A line made only of a site's section or page names, four words at most ("أخبار محلية", "Privacy Policy")."""
MIN_ARTICLE_WORDS = 3
"""A line of this many words that names no site's page could be a title or a brief's sentence: the page is kept."""
MIN_SITE_WORDS = 2
MIN_SITE_SHARE = 0.5
"""A menu page has at least this many lines, and this share of its open lines, made of a site's words."""


def could_be_article(text: str) -> bool:
    """Whether a line could be an article's words: a finished sentence, or a line of ``MIN_ARTICLE_WORDS`` words or
    more, that is not made of a site's section and page names."""
    return not SITE_WORDS.matches(text) and (len(text.split()) >= MIN_ARTICLE_WORDS or ends_sentence(text))


def is_menu_page(scored: tuple[LineScore, ...]) -> bool:
    """Whether the lines no rule or shape names (furniture None) are only a site's menu (see the module)."""
    open_lines = [line.text for line in scored if line.furniture is None]
    if any(could_be_article(text) for text in open_lines):
        return False
    named = sum(SITE_WORDS.matches(text) for text in open_lines)
    return named >= MIN_SITE_WORDS and named >= MIN_SITE_SHARE * len(open_lines)


def as_menu_page(scored: tuple[LineScore, ...]) -> tuple[LineScore, ...]:
    """The scores of a page the finder is unsure of, with every open line of a menu page named a menu item."""
    if not is_menu_page(scored):
        return scored
    return tuple(line if line.furniture is not None else
                 LineScore(line.text, line.score, MENU_PAGE, f"{line.why}, a page of a site's menu words only")
                 for line in scored)
