"""Credit, source and masthead lines told by what the rest of the page says (issue 11).

A credit stands on a line of its own, a few names joined by ``_ - – | /``: the site's, a reporter's, a place's
("الساحل_سامر يوسف", "سامر يوسف - جريدة الساحل.نت", "الساحل نيوز-أخبار البلد-المدينة-سامر يوسف :"), or the
site's name handing over to the text ("الساحل الأول/"). No list of sites' wordings can know them all, and the
shape alone is not enough: "الوحدة - العين" is a row of fixtures and "شهادات السكان - خاص" a sub-heading. So a
line of that shape is a credit only when the page gives evidence for one of its names:

- it names an outlet ("جريدة", "نيوز", a domain's ".نت") or a known agency, or says "خاص" in a name's place;
- under the article's first finished paragraph (above it the title stands, and a title may pair a team its menu
  names or a place with words of its own): the name recurs in another line of the page (the site's name in its
  masthead, footer or copyright), or the line pairs a place the article names with a name it never gives (a
  reporter's);
- the names are joined by "_" (a publishing system's credit, never Arabic prose), or a single name ends on the
  slash that hands it over to the text ("الساحل/");
- above the article too, a place the article gives beside names it never gives, one a reporter's of two words or
  more holding no particle ("القليوبية – NAME NAME"): a title's words are the article's, or make a phrase.

And no part may speak of the article's topic: every part in the article's words is a title's, and so is a part of
two words or more the article gives (a place is one word).

Masthead lines led by the site's name ("الساحل رئيس التحريرسامر يوسف") are the masthead rule's line once the
name, recurring elsewhere on the page, is set aside.

Whether the line reads as a sentence is the caller's test (``text.bodyfind``), and so is where it stands: between
two of the article's paragraphs the same shapes head the parts of a round-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.clean import FOLD
from text.rules import AGENCIES, DATELINE_CITIES, NAV_WORDS, line_reason

CREDIT_LINE = "credit line"
MARKED_CREDIT = "credit line by its marks"
"""Names joined by "_", or one name handing over to the text with a slash ("الساحل/"): marks no sentence or
sub-heading uses, so a credit wherever it stands."""
MASTHEAD = "masthead"
CREDIT_REASONS = frozenset((CREDIT_LINE, MARKED_CREDIT))
MAX_CREDIT_WORDS = 8
"""A credit line has this many words at most."""
MAX_PART_WORDS = 4
"""Each of its names has this many words at most."""
MAX_PARTS = 5
"""It joins this many names at most."""
MIN_TITLE_PART_WORDS = 3
"""A part of a credit-shaped line this long that speaks of the article is a title's (``_titles_the_article``)."""
MIN_JOINED_LETTERS = 2
"""A word joined to the one before by "و" has this many letters after it at least ("وفن")."""
MIN_RECURRING_LETTERS = 3
"""A name this short recurs by chance ("في")."""
MAX_SITE_WORDS = 3
"""The site's name leading a masthead line has at most this many words."""
MAX_PLACE_WORDS = 2
"""A place named in a credit has this many words at most ("ريف دمشق")."""
MAX_DATELINE_PLACES = 2
"""A dateline's places leading a credit: its city and its country at most ("مسقط/ سلطنة عمان/ ...")."""
KEY_LETTERS = 4
"""Words compared loosely keep this many letters (``word_key``): a root's forms share them ("الكهرباء", "كهربائية")."""
PARTICLES = frozenset(("في", "من", "على", "إلى", "الى", "عن", "مع", "لا", "ما", "لم", "لن", "قد", "بعد", "قبل",
                       "بين", "حتى", "منذ", "عند", "أو", "او", "ثم", "كل", "هل", "غير", "دون", "بلا", "هذا", "هذه",
                       "التي", "الذي", "أن", "إن", "كيف", "لماذا", "متى", "أين"))
"""Words that build a phrase and that no person's name holds ("على", not the name "علي")."""

_MARKS = re.compile("[\u064b-\u0652\u0640«»\"“”„'()]")
_JOIN = re.compile(r"\s*(?:_+|[-–—|/]+)\s*")
_HASHTAG = re.compile(r"#\w+|^\w+(?:_\w+){2,}$")
"""A hashtag: words joined by underscores after "#" ("#أنقذوا_الغابات"), or three words or more so joined making the
whole line ("أنقذوا_الغابات_الآن"). Its underscores join a slogan's words, not a credit's parts; a credit joins
names of two words or more, or with spaces ("نبض الساحل_سامر يوسف", "SITE_ NAME_ CITY")."""
_HANDED_OVER = re.compile(r"/+$")
"""The slash a dateline's credit hands over to the text with ("الساحل/", "وكالات//"); a title may end on "|" or "-"
where the page cut the site's name off it ("أسعار الذهب اليوم |")."""
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_QUESTION = re.compile(r"[؟?!]")
_JOINED_LETTER = re.compile(r"^[وفبلك](?=\w{3})")
_WORD = re.compile(r"\w+")

OUTLET_ADJECTIVES = frozenset(("الإخبارية", "الاخبارية", "الإخباري", "الاخباري", "الخبري", "الخبرية", "الإلكترونية",
                               "الالكترونية"))
"""The outlet words that describe a noun ("news", "electronic"): an outlet's only with its name ("صحيفة الساحل
الإلكترونية"), and as often a thing's ("الحكومة الإلكترونية", "التجارة الإلكترونية")."""
OUTLET_WORDS = frozenset((
    "جريدة", "صحيفة", "بوابة", "مجلة", "إذاعة", "اذاعة", "راديو", "نيوز", "برس", "نت", "تايمز", "أونلاين", "اونلاين",
    "news", "press", "ميديا", "بوست",
)) | OUTLET_ADJECTIVES
"""Words that name a news outlet, whichever outlet (the transliterated ones too: "نيوز", "برس", "تايمز", "ميديا",
"بوست"). Not "موقع", "قناة", "شبكة", "وكالة" alone: also a place, a canal,
a network ("موقع الحادث", "قناة السويس"); with an outlet's word after them they are one (``rules.SITE_NAME_ALONE``)."""
DOMAIN_ENDINGS = (".نت", ".كوم", ".net", ".com", ".org", ".info")
HANDOVER_WORDS = frozenset(("خاص", "متابعات", "وكالات"))
"""What a credit says in place of a reporter's name."""
_KNOWN_NAMES = frozenset((*AGENCIES, *HANDOVER_WORDS))
"""Names a credit gives. Not a dateline's city: a title may open on one ("غزة – ليلة بلا كهرباء"); a city with a
reporter alone is ``rules.DATELINE_ALONE``'s."""


def plain(text: str) -> str:
    """The line without harakat, tatweel, quotes and brackets, and without a closing full stop or colon."""
    return _MARKS.sub("", text).strip().rstrip(".:： ").strip()


def credit_parts(text: str) -> tuple[tuple[str, ...], bool] | None:
    """(the names a credit-shaped line joins, whether it hands over to the text with a slash), or None when the line
    is not shaped like a credit: a figure (a date, a score), a question, more than ``MAX_CREDIT_WORDS`` words, a part
    of more than ``MAX_PART_WORDS`` words (a title's clause), or one name not handing over."""
    if _DIGIT.search(text) or _QUESTION.search(text) or len(text.split()) > MAX_CREDIT_WORDS:
        return None
    line = _HASHTAG.sub(lambda found: found.group().replace("_", " "), plain(text))  # a hashtag's words
    parts = tuple(part for part in (piece.strip() for piece in _JOIN.split(line)) if part)
    handed_over = bool(_HANDED_OVER.search(line))
    if not parts or len(parts) > MAX_PARTS or any(len(part.split()) > MAX_PART_WORDS for part in parts):
        return None
    if len(parts) == 1 and not handed_over:
        return None
    return parts, handed_over


def names_an_outlet(part: str) -> bool:
    """A name with an outlet's word ("جريدة الساحل", "الساحل نيوز"), a domain ("الساحل.نت"), or a known agency or a
    credit's own word ("خاص")."""
    return part in _KNOWN_NAMES or any(word in OUTLET_WORDS or word.lower().endswith(DOMAIN_ENDINGS)
                                       for word in part.split())


SECTION_WORDS = frozenset(word for name in NAV_WORDS for word in name.split()) | frozenset((
    "أعمال", "اعمال", "أسواق", "اسواق", "مال", "بورصة", "فنون", "آداب", "اداب", "أدب", "ادب", "شؤون", "تقنية",
    "سياحة", "سفر", "شعر", "قصائد", "أشعار", "اشعار", "قصص", "خواطر", "مطبخ", "وصفات", "نشرات", "موجز", "آراء",
    "اراء", "مقالات", "ثقافة", "عربية", "دولية", "محلية", "عالمية", "الوطن", "علوم", "تعليم", "شباب", "مرأة",
    "المرأة", "أسرة", "الأسرة", "دين", "إسلاميات", "رياضات", "عالم", "الرأي", "ملفات", "تحقيقات", "حوارات"))
"""A site's section names are made of these words ("اقتصاد وأعمال", "أخبار العالم", "شعر", "نشرات"): the rules'
navigation words and the sections' words of genres (a poem's, a recipe's, a bulletin's page) and fields."""


NEWS_HEADS = frozenset(("أخبار", "اخبار"))
"""A word that, with a noun with the article after it, names a section whatever the noun ("أخبار اليمن", "أخبار
النجوم"): a news site's sections are the news of places and fields; a title telling news names it otherwise
("أخبار سارة للمتقاعدين")."""


MAX_NEWS_SECTION_WORDS = 4
""""أخبار" and at most three nouns or adjectives with the article after it name a section ("أخبار العالم العربي");
a title telling news says what with a word that has none ("أخبار سارة للمتقاعدين")."""


def names_a_section(part: str) -> bool:
    """Whether a part of a "Section | Site" line may name a site's section rather than title the article: it opens
    with a section word (``SECTION_WORDS``) and holds no particle (no phrase, no sentence), and each word after the
    first is one more of a list joined by "و" ("منوعات وثقافة وفن", "صحة وجمال ورشاقة": a list of fields, however
    many of them the word list misses) or a section word or a noun or adjective with the article ("أخبار العالم
    العربي", "حوادث وقضايا المحاكم"). A title tells something with a word that is none of these ("حريق يلتهم سوق
    الخضار", "أخبار سارة للمتقاعدين"). A noun phrase under a section's word ("ثقافة الاعتذار الغائبة") is a title or
    a section's name: in doubt, the line is read as the section's, as before the titles of "Title | Site" were read."""
    words = _section_words(part)
    if not words or _bare_section_word(words[0]) not in SECTION_WORDS or any(word in PARTICLES for word in words):
        return False
    return all((bare := _bare_section_word(word)) in SECTION_WORDS or bare.startswith("ال") or _joined_noun(word)
               for word in words[1:])


def is_section_name(text: str) -> bool:
    """Whether a short line is a section's name by its words alone: every word a section word (``SECTION_WORDS``), the
    "و" joining it and the article aside ("شعر", "نشرات", "صحة المرأة", "ثقافة وفنون"), or the news of a place or a
    field or of a few with the article ("أخبار اليمن", "أخبار المحافظات والمدن", ``NEWS_HEADS``). A section's label over
    a title is a name the site gives many pages; a two-word title opening with a section's word names its own topic with
    a word no section is named by ("رياضة المشي", "سياحة الصحراء")."""
    bare = [_bare_section_word(word) for word in _section_words(text)]
    if 2 <= len(bare) <= MAX_NEWS_SECTION_WORDS and bare[0] in NEWS_HEADS \
            and all(word.startswith("ال") for word in bare[1:]):
        return True  # "أخبار اليمن", "أخبار النجوم", "أخبار المحافظات والمدن", "أخبار العالم العربي"
    return bool(bare) and all(word in SECTION_WORDS or word.startswith("ال") and word[2:] in SECTION_WORDS
                              for word in bare)


PERSON_ROLES = frozenset(("محرر", "محررة", "محررنا", "مراسل", "مراسلة", "مراسلنا", "مراسلتنا", "مندوب", "مندوبة",
                          "مندوبنا"))
"""A newsroom's role naming a person by their post, not their name: a reporter, an editor ("مراسل الموقع في
الخرطوم", "محرر الشؤون الرياضية"). A desk credit (``desk_credit``) when nothing but the post and where it is follow.
No plural ("مراسلو", "محررون"): a credit names one post; a plural names a group a story is about ("مراسلو الحرب
في ...", "محررو الأخبار والذكاء الاصطناعي")."""
DESK_UNITS = frozenset(("قسم", "مكتب", "وحدة", "فريق", "أسرة", "اسرة", "هيئة", "شعبة", "دائرة"))
"""Words naming a part of any body ("قسم الطوارئ", "فريق الإنقاذ", "وحدة الصف"): a newsroom's desk only with a desk's
word after them (``DESK_WORDS``: "قسم الأخبار", "فريق التحرير", "مكتب الموقع")."""
DESK_WORDS = frozenset(("الشؤون", "الشئون", "الأخبار", "الاخبار", "التحرير", "القسم", "الموقع", "الصحيفة", "الجريدة",
                        "المجلة", "الوكالة", "القناة", "الشبكة", "البوابة", "الرصد", "المتابعة", "الترجمة",
                        "الديسك", "الأبحاث", "الدراسات"))
"""What a newsroom's desk is named for: its beat ("الشؤون الرياضية", "الأخبار الاقتصادية"), its editing, its outlet
("مكتب الموقع في بيروت"). Not "التحقيقات": a police's or a prosecutor's unit is named so too ("فريق التحقيقات
الجنائية")."""
MAX_DESK_WORDS = 7
"""A desk credit has this many words at most."""
PLACE_PARTICLES = frozenset(("في", "ب", "لدى", "من"))
"""The words a credit puts a post's place with ("مراسل الموقع في الخرطوم")."""


def desk_credit(text: str, places: frozenset[str] = frozenset(DATELINE_CITIES)) -> bool:
    """Whether a line credits a newsroom's post or desk instead of a person: a role (``PERSON_ROLES``: "مراسل",
    "محرر") or a desk (``DESK_UNITS`` and a desk's word, ``DESK_WORDS``: "قسم الأخبار", "فريق التحرير") first, and
    then only what names the post: nouns and adjectives with the article ("الشؤون الرياضية", "الأخبار الاقتصادية",
    joined by "و"), an outlet or agency ("الجزيرة", ``names_an_outlet``), a place after "في" (only one of
    ``places`` or an outlet: "في الخرطوم"; not any word, "في شرطة ..." is a body's part). A title with such an
    opening says what the post or desk did, with a word none of these are ("مراسل الموقع يروي لحظات القصف", "فريق
    الإنقاذ ينتشل ..."), or counts ("1250"), or ends its sentence; a unit with no desk's word ("قسم الطوارئ", "وحدة
    الصف") is any body's."""
    words = _section_words(_MARKS.sub("", text))
    if not 2 <= len(words) <= MAX_DESK_WORDS or _DIGIT.search(text) or text.rstrip().endswith((".", "؟", "?", "!")):
        return False
    first, rest = words[0], words[1:]
    if first not in PERSON_ROLES and not (first in DESK_UNITS and rest[0] in DESK_WORDS):
        return False
    if rest[0] in PLACE_PARTICLES and not first.endswith("نا"):
        return False  # "مراسل في زمن الحرب" names no post ("مراسلنا في جوبا" does: our reporter)
    return all(_names_the_post(word, rest[place - 1] if place else first, places) for place, word in enumerate(rest))


def _names_the_post(word: str, before: str, places: frozenset[str]) -> bool:
    """A word of a desk credit after its role (``desk_credit``): with the article (joined by "و" too), a place's
    particle, a known place (``places``; a two-word one by its first word: "رام الله"), an outlet's or agency's
    name. Right after a place's particle only a known place or an outlet: the lexicons know a post's places, and "في
    شرطة دبي", "في مجلس ..." put a unit in a body, not a reporter in a city."""
    known = word in places or any(place.startswith(word + " ") for place in places) or names_an_outlet(word)
    if before in PLACE_PARTICLES:
        return known
    bare = word[1:] if word.startswith("و") and word[1:].startswith("ال") else word
    return bare.startswith("ال") or word in PLACE_PARTICLES or known


def _section_words(text: str) -> list[str]:
    """The words of a line without the quotes, brackets and colons around them."""
    words = [word.strip("«»\"'()[]،,:：") for word in text.split()]
    return [word for word in words if word]


def _bare_section_word(word: str) -> str:
    """A word of a section's name without the "و" joining it to the one before ("وأعمال" -> "أعمال", "وفن" -> "فن",
    "والأحياء" -> "الأحياء")."""
    rest = word[1:]
    joined = word.startswith("و") and len(rest) >= MIN_JOINED_LETTERS
    return rest if joined and (rest in SECTION_WORDS or rest.startswith("ال")) else word


def _joined_noun(word: str) -> bool:
    """A bare word joined by "و" to the one before it, no article ("وجمال", "وقضايا"): a list's next item. (A word
    whose first letter is a "و" of its own, "وزارة", reads so too: the part is then in doubt, and read as before.)"""
    return word.startswith("و") and len(word) > MIN_JOINED_LETTERS and not word[1:].startswith("ال")


def _stem(word: str) -> str:
    return _JOINED_LETTER.sub("", word)


def word_key(word: str) -> str:
    """A word compared loosely: spelling folded, a joined letter and the article off, its first ``KEY_LETTERS``
    letters ("والكهرباء", "كهربائية" -> "كهرب")."""
    folded = _stem(word.translate(FOLD).casefold())
    bare = folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded
    return bare[:KEY_LETTERS]


def only_names(part: str) -> bool:
    """Whether every word of ``part`` may be a name's: no particle or preposition ("بلا", "في", "من")."""
    return not any(_stem(word) in PARTICLES or word in PARTICLES for word in part.split())


@dataclass(frozen=True)
class PageEvidence:
    """What the whole page says about its lines' names."""

    lines: tuple[str, ...]
    """Every line, ``plain``."""
    article_words: frozenset[str]
    """The words of the page's prose lines, a joined و/ف/ب/ل/ك off ("بريف" -> "ريف")."""
    article_keys: frozenset[str]
    """The same words compared loosely (``word_key``)."""

    @classmethod
    def of(cls, lines: Sequence[str], prose: Sequence[str]) -> PageEvidence:
        words = [word for line in prose for word in _WORD.findall(plain(line))]
        return cls(tuple(plain(line) for line in lines), frozenset(map(_stem, words)),
                   frozenset(word_key(word) for word in words if word not in PARTICLES))

    def recurs(self, part: str, index: int) -> bool:
        """Whether ``part`` stands in another line of the page than line ``index``, one that does not repeat the
        whole line (a title said twice is no evidence of a site's name)."""
        whole = self.lines[index]
        return len(part) >= MIN_RECURRING_LETTERS and any(
            part in line and whole not in line for other, line in enumerate(self.lines) if other != index)

    def in_article(self, part: str) -> bool:
        return all(_stem(word) in self.article_words for word in part.split())

    def credit_reason(self, text: str, index: int, *, under_prose: bool) -> str | None:
        """``MASTHEAD``, ``MARKED_CREDIT`` (a credit wherever it stands), ``CREDIT_LINE`` (a credit where the article's
        own lines do not stand) for line ``index`` (``text``, not a sentence by the caller's test), or None.
        ``under_prose``: the line stands under a finished paragraph. Above it, where the title stands, only an
        outlet's, an agency's or a city's name backs a credit: a title may pair a name the page repeats (a team its
        menu names) or a place the article gives with a few words of its own ("غزة – ليلة بلا كهرباء")."""
        if self._site_led_masthead(index):
            return MASTHEAD
        shaped = credit_parts(text)
        if shaped is None:
            return None
        parts, handed_over = shaped
        if "_" in _HASHTAG.sub("", text) and len(parts) > 1 or len(parts) == 1 and handed_over:
            return MARKED_CREDIT
        if len(parts) == 1:
            return None
        # A name the article never gives (a reporter's, the site's) is there; a title's parts speak of its topic
        # ("المدينة - محطة تحلية جديدة" over an article on the plant, "أسعار الذهب - الساحل نيوز").
        if all(self.in_article(part) for part in parts):
            return None
        if self._place_and_person(parts) if under_prose else self._place_and_reporter(parts):
            return CREDIT_LINE
        named = any(names_an_outlet(part) or under_prose and self.recurs(part, index) for part in parts)
        if not under_prose and any(self._titles_the_article(part) for part in parts):
            return None  # "Title - Site", the page's own title line (the tab's title copied first)
        return CREDIT_LINE if named and not any(self._names_a_topic(part) for part in parts) else None

    def _names_a_topic(self, part: str) -> bool:
        """Words of the article's own, more than a place's one word: what a title speaks of."""
        return len(part.split()) > 1 and part not in _KNOWN_NAMES and self.in_article(part)

    def _titles_the_article(self, part: str) -> bool:
        """Above the article, a part of a title's size (``MIN_TITLE_PART_WORDS`` words or more), naming no outlet,
        sharing a word with the article (compared loosely, ``shares_a_word``): the title of "Title - Site" ("حريق
        يلتهم سوق الخضار | صحيفة الساحل"), which tells of the article in words of its own (a verb the lead puts in
        another form) and so is not all in the article's words (``_names_a_topic``). A credit's names are shorter
        (a reporter's of two words, a place's, "خاص") and none of them is the article's. A section's name of three
        words ("أخبار العالم العربي | SITE", ``names_a_section``) may share a word with the article and is none."""
        return (len(part.split()) >= MIN_TITLE_PART_WORDS and not names_an_outlet(part)
                and not names_a_section(part) and self.shares_a_word(part))

    def _place_and_person(self, parts: tuple[str, ...]) -> bool:
        """Two names, one the article gives (the place it reports from, ``MAX_PLACE_WORDS`` words at most) and one it
        never gives, and no outlet's (the reporter)."""
        if len(parts) != 2:
            return False
        known = [self.in_article(part) for part in parts]
        if known[0] == known[1]:
            return False
        place, person = parts if known[0] else reversed(parts)
        return len(place.split()) <= MAX_PLACE_WORDS and not names_an_outlet(person)

    def _place_and_reporter(self, parts: tuple[str, ...]) -> bool:
        """Above the article, where a title may pair a place with words of its own ("غزة – ليلة بلا كهرباء"): a place
        the article gives (``MAX_PLACE_WORDS`` words at most) and names it never gives, one of them a reporter's of
        two words or more made of names alone ("القليوبية – NAME NAME", "CITY/ SITE/ NAME NAME NAME"). A title's
        words other than a place's are the article's too (360 of 361 annotated titles share a word with their
        lead), and hold particles ("بلا", "في") no name holds. Two places when they lead the line, a dateline's city
        and its country, and as many parts follow them ("CITY/ COUNTRY/ SITE/ NAME NAME"; "CITY/ CITY/ TITLE" is a
        title's: review_edges 14)."""
        places = [part for part in parts if len(part.split()) <= MAX_PLACE_WORDS and self.in_article(part)]
        others = [part for part in parts if part not in places]
        leading = (len(places) <= MAX_DATELINE_PLACES and tuple(places) == parts[:len(places)]
                   and len(others) >= len(places))
        return ((len(places) == 1 or places and leading) and bool(others)
                and not any(self.shares_a_word(part) for part in others)
                and any(len(part.split()) >= 2 and only_names(part) for part in others))

    def shares_a_word(self, part: str) -> bool:
        """Whether a word of ``part`` is the article's, compared loosely (``word_key``): a title's word meets its
        article's in another form ("الكهرباء", "بكهرباء"), a reporter's name does not."""
        return any(word_key(word) in self.article_keys for word in part.split())

    def _site_led_masthead(self, index: int) -> bool:
        """A masthead line led by the site's name, which the page gives in another line ("الساحل رئيس التحرير...")."""
        words = self.lines[index].split()
        for size in range(1, min(MAX_SITE_WORDS, len(words) - 1) + 1):
            site, rest = " ".join(words[:size]), " ".join(words[size:])
            if line_reason(rest) == MASTHEAD and self.recurs(site, index):
                return True
        return False
