"""What a single line's shape says, before any page context.

The layer under ``text.bodyfind``: tests of one line's text (or one word) that need no score and no neighbour -- its
list mark, its script, a date line, a label, a breadcrumb, a writer's line, the furniture its shape alone shows
(``shape_reason``, ``edge_reason``), its clauses, whether it ends a sentence or stops mid-phrase or mid-word, whether
it goes on a paragraph -- with the word lists and patterns they use. ``text.bodyfind`` weighs them on a page.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from text.clean import FOLD
from text.codelines import PAGE_CODE_REASON
from text.rules import (AGENCY_CREDIT_ALONE, CAPTION_REASON, CREDIT_MAX_WORDS, CREDITED_CAPTION, DATE_LINE_REASON,
                        DATELINE_ALONE, DATELINE_CITIES, FOLLOW_VERBS, HARAKAT, MODERATION_NOTICE,
                        MODERATION_NOTICE_REASON, MONTHS, NOT_TO_READER, PAST_VERB, SHARE_PROMPT, SITE_NAME_ALONE,
                        TIME_UNITS, WEEKDAYS, line_reason)
from text.spelling import AnySpelling, search_any_spelling

SENTENCE_END = ".!?؟…"
_CLAUSE = re.compile(r"[،,؛;:]\s|(?<!\.)[.!?؟](?=\s)")
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
ITEM_NUMBER = (r"(?:[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}\s*[.)\-–](?![0-9\u0660-\u0669\u06f0-\u06f9])"
               r"|[0-9]\ufe0f?\u20e3)")
"""An item's number: up to three digits closed by ".", ")" or a dash that no digit follows ("4.5 مليار" and "10-15
سنة" open with a figure, not an item's number), or a digit written as a keycap emoji ("1️⃣"). One pattern for
``strip_bullet`` and ``blocks.is_bullet``."""
ORDINAL_WORDS = ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا")
"""Parts counted in words ("أولًا:", "ثانيًا -"), in order, without harakat: one list for ``blocks`` (an ordinal
heading) and ``nextpart`` (the ordinal after the article's last)."""
_BULLET_MARK = re.compile(rf"^(?:[-•*–—·▪●]\s*|{ITEM_NUMBER}\s*)")
"""A list's mark: a bullet symbol or an item's number."""
_SYMBOL_MARK = re.compile(r"^[-•*–—·▪●]\s*")
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DATE_FORM = re.compile(rf"{_D}\s*[:/\-.]\s*{_D}")
# Weekdays are also written without the article on date lines ("جمعة, 23/01/2026 - 15:01").
_CALENDAR = frozenset(name for name in (*MONTHS, *WEEKDAYS) if " " not in name) | frozenset(
    day[2:] for day in WEEKDAYS if day.startswith("ال"))
# A month of two words ("ربيع الأول", "كانون الثاني") is read as one: its words alone ("الأول", "ذو") are none.
_MONTH_PHRASE = re.compile("|".join(r"\s+".join(name.split()) for name in sorted(MONTHS, key=len, reverse=True)
                                    if " " in name))
# Words that may stand beside a date or time on a date line.
_DATE_WORDS = _CALENDAR | frozenset((
    "ص", "م", "صباحا", "صباحًا", "مساء", "مساءً", "ظهرا", "بتوقيت", "غرينتش", "جرينتش", "غرينيتش", "مكة", "المكرمة",
    "القدس", "القاهرة", "gmt", "am", "pm", "date", "نشر", "نشرت", "تاريخ", "النشر", "آخر", "اخر", "تحديث", "التحديث",
    "محدث", "في", "يوم", "الساعة", "منذ", "updated", "published", "هـ", "ه", "م.", "التاريخ",
))
# The T between an ISO stamp's date and time ("2026-02-17T10:30:00").
_ISO_T = re.compile(r"(?<=[0-9])[Tt](?=[0-9])")
_CELL_FIGURE = re.compile(rf"{_D}\s*[%٪]|{_D}\s*[-–:]\s*{_D}")
NUMBER_TOKEN = re.compile(rf"{_D}+(?:[.,٫]{_D}+)*")
_NUMBER = re.compile(r"^[#(\[]?[0-9\u0660-\u0669\u06f0-\u06f9]+[)\].]?$")
NUMBER_ONLY = "number only"
"""An image counter above the article; inside it, a number alone may be a sub-heading ("2024") and stays."""
_PATH_SEPARATOR = re.compile(r"\s[/>»›]\s")
_HOME_DASH_PATH = re.compile(r"^\W{0,3}(?:الصفحة\s*)?الرئيسي[ةه]\s+[-–—]\s")
"""A breadcrumb opening on the site's home with spaced dashes for its steps ("الرئيسية - أخبار دولية - Title"); no
sentence opens on "الرئيسية -", while a dash elsewhere joins a title's parts or a credit's."""
_DASH_SEPARATOR = re.compile(r"\s[-–—]\s")
# Script or markup copied with the page: braces, semicolons, calls ("googletag.cmd.push(function() { ... });").
_CODE = re.compile(r"[{};]|\(\)|=>|</?[a-z]+>")
# A breadcrumb or category written as words joined by a separator without spaces.
_JOINED = re.compile(r"^[^\s\-–/|>»]+(?:[\-–/|>»][^\s\-–/|>»]+)+$")

# "بقلم: د. مدحت يوسف", "✍️ كتب/ سارة علي", "الكاتب: ...": the writer's line, wherever it stands (the verb or the
# writer's role, then a colon or slash).
_WRITER_LINE = re.compile(r"^\W{0,3}(?:بقلم|كتب|كتبت|إعداد|بواسطة|(?:ال)?كاتب[ةه]?|(?:ال)?محرر[ةه]?)\s*[:：/]\s*\S")
MAX_WRITER_WORDS = 7
# "- By الأخبار", "by شوتايم2": a byline in a theme's English.
_LATIN_BY = re.compile(r"^\W{0,3}by\s+\S+(?:\s+\S+)?$", re.IGNORECASE)
# "عن Admin", "عن أخباركم": the heading of a box about the writer or the site ("About X"), one name after it (a
# name takes no article: "عن المشروع" may head a part of the article).
_ABOUT_AUTHOR = re.compile(r"^عن\s+(?!ال)\S+$")

# A full date at either end of a line: "سامر يوسف 12 مارس 2025", "الأربعاء 12 آذار 2025", "12/3/2025".
# Day, month and year: a month's name, or three numbers ("15/2025", "2024-2025" are a decree's number, a season).
_FULL_DATE = (rf"(?:(?:{'|'.join(WEEKDAYS)})\s*[،,]?\s*)?{_D}{{1,2}}\s*"
              rf"(?:(?:{'|'.join(MONTHS)})\s*[،,]?\s*|[/\-.]\s*{_D}{{1,2}}\s*[/\-.]\s*){_D}{{4}}")
# ... and the time after it: "سامر يوسف | 17 فبراير 2026 | 10:30 ص".
_DATE_TIME = rf"{_FULL_DATE}(?:\s*[-–|،,]?\s*{_D}{{1,2}}:{_D}{{2}}(?:\s*(?:ص|م|AM|PM|am|pm))?)?\s*[|،,]?"
_DATED = re.compile(rf"^(?P<before>.*?)\s*{_DATE_TIME}$|^{_DATE_TIME}\s*(?P<after>.*)$")
DAY_WORDS = frozenset(("اليوم", "لليوم", "أمس", "امس", "غدا", "غداً", "غدًا", "الليلة"))
MAX_DATED_WORDS = 3
"""A date with at most this many other words is a byline or a column's name with its date; a title with a
date says more ("سعر جرام الذهب عيار 21 اليوم الخميس 22 مايو 2025")."""

MAX_TITLE_WORDS = 25
"""Titles are 5 to 18 words on the annotated pages; a breadcrumb's last step longer than this is the article."""
MIN_CAPTION_WORDS = 3
"""A line in the other script this long is a caption or credit; one or two words may be a name used as a
sub-heading ("UKMTO") and are left to the scores."""
CAPTION_SCRIPT_SHARE = 2.0
"""A caption or credit in the other script has at least twice as many of its letters as of the page's: a line
half Arabic, half names in Latin letters ("أعلنت Apple عن iPhone 16 Pro") is a sentence of the article."""
PARAGRAPH_WORDS = 10
"""A line of this many words is neutral by length; longer lines score up, shorter ones down."""
UNENDED_WORDS = 15
MAX_LENGTH_BONUS = 2.0


def fold(word: str) -> str:
    """The word as the word lists below store it: short vowels off, the hamza's seats, alif maqsura and ta marbuta
    folded to the bare letters (``text.clean.FOLD``: "أن", "إن" -> "ان"; "الذى" -> "الذي"; "الآتي" -> "الاتي")."""
    return HARAKAT.sub("", word).translate(FOLD)


_ASKED_FOLD = {letter: bare for letter, bare in FOLD.items() if letter != ord("آ")}
"""``FOLD`` for a word looked up in a list: a madda written is a letter of its own ("آن" it is time, or Anne; "آي" in
"آي فون") and names other words than "أن" or "أي". A page typed without hamzas leaves it out ("الاتي"), which the
list's folded forms find."""


def _asked_fold(word: str) -> str:
    """The word as a list looks it up (``fold`` keeping a written madda: see ``_ASKED_FOLD``)."""
    return HARAKAT.sub("", word).translate(_ASKED_FOLD)


class Spellings(frozenset):
    """A list of words that knows each of them however it is spelt: with or without its hamza ("أن" / "ان", "وأضاف"
    / "واضاف"), with ى or ي at its end ("الذى"), with short vowels. Many sites (forums, Facebook pages, local news)
    type without hamzas; a word list that holds one spelling calls their prose a title or a widget (reviewer,
    s15review2.md F5). The set holds every word as written and folded (``fold``), so that its intersections with a
    line's words find the bare spelling too, and a membership test folds the word it is asked about, its madda
    aside (``_asked_fold``: "آن" is not "أن"; reviewer, s15fixreview_body.md M1, M2)."""

    __slots__ = ()

    def __new__(cls, words: Iterable[str]) -> Spellings:
        words = tuple(words)
        return super().__new__(cls, (*words, *map(fold, words)))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and super().__contains__(_asked_fold(word))


# Words that build sentences rather than titles: a line using them is prose even without a full stop
# (the last line of a page cut short, a lead without its period).
SENTENCE_PARTICLES = Spellings(("أن", "أنه", "أنها", "إن", "إنه", "إنها", "الذي", "التي", "الذين", "اللذين", "كان",
                                "كانت", "قد", "لقد", "لم", "لن", "حيث", "إذ", "بينما", "لكن", "لكنه", "كما", "قال",
                                "قالت", "وقال", "وقالت", "أنّ", "إنّ"))

SENTENCE_OPENERS = Spellings((
    "قال", "وقال", "وأضاف", "أضاف", "وأكد", "أكد", "وأوضح", "أوضح", "وتابع", "جاء", "وجاء", "وذلك", "ذلك", "هذا",
    "وهذا", "وهذه", "هذه", "كما", "حسب", "بحسب", "وبحسب", "وفق", "وفقا", "وفقًا", "نقلا", "المصدر", "وكان", "كان",
    "وقد", "قد", "لكن", "ولكن", "إلا", "ثم", "حيث", "إذ", "أي", "يذكر", "ويذكر", "يشار", "ويشار",
))
"""Words that open a sentence going on from what was said (speech verbs, "يذكر", "وفق", "كما", pointing back): a
line opening with one is a sentence or its piece, never a heading."""

POINTING_BACK = Spellings(("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذان", "هاتان"))
"""Demonstratives: a line using one points back to what the article said before it."""
LINKING_WORDS = Spellings(("كما", "بينما", "حيث", "إذ", "اذ", "لكن", "لكنه", "ثم"))
"""Words that open a paragraph going on from the one before (with و or ف joined to a word)."""
AS_FOLLOWS = Spellings(("التالي", "التالية", "التاليه", "كالتالي", "الآتي", "الاتي", "الآتية", "الاتية", "كالآتي",
                        "كالاتي", "يلي", "يأتي", "يلى"))
"""Words that close a line announcing a list or table: "as follows"."""
AS_FOLLOWS_ALONE = frozenset(("كالتالي", "كالآتي", "كالاتي"))
""""As follows" in one word (ك + "the following"): a line closing on it leads into what follows, with or without a
colon (``text.blocks.ends_as_follows``, ``text.leadins.announces_without_colon``)."""
PARTICLE_BONUS = 0.6
PARTICLE_MIN_WORDS = 6

SHORT_WORDS = frozenset(("و", "في", "من", "عن", "على", "لا", "ما", "أو", "او", "إن", "أن", "ان", "ثم", "قد", "لم", "لن",
                         "هو", "هي", "يا", "كم", "بل", "إذ", "اذ", "كل", "أي", "اي", "له", "لها", "به", "بها", "فيه",
                         "منه", "عنه", "ذا", "مع", "الى", "الي", "إلى", "نحو", "الله", "لله", "بالله"))
"""Words of one or two letters (with a joined letter or the article at most) that may end a line whole."""
BARE_ARTICLES = frozenset(("ال", "لل", "وال", "بال", "فال", "كال"))
"""The article (with a joined letter) left alone at a line's end: the page cut the word after it."""
LONE_LETTERS = frozenset(("ب", "ل", "م"))
"""Single letters the jusText stop list holds that no line ends on after a word: a page cut after a word's first
letter (و alone goes on: ``NEEDS_WHAT_FOLLOWS``)."""
READER_CALLS = AnySpelling((*FOLLOW_VERBS, "اشترك", "سجل", "انضم", "اضغط", "انقر", "شارك", "حمل", "أضف", "اضف",
                            "اترك", "زر"))
"""Words that open a call to the reader (a newsletter box, a comment form, a button), never an article's line; in any
spelling (``AnySpelling``: a page may write the imperative with a hamza, "إشترك", "إنضم")."""
_CALL_ONLY_ENDINGS = ("ونا", "وني", "ني", "ي")
"""An imperative's endings no past tense takes: "تابعونا", "اشتركي". Bare, or with "وا"/"نا", a call's word is spelt
as the past tense that opens many a news sentence ("شارك في الحفل ...", "تابعوا سير العمل ...", "سجلنا ...")."""
_WEB_CUES = AnySpelling(("عبر", "هنا", "الآن", "الان", "رابط", "الرابط", "تطبيق", "تطبيقنا", "التطبيق", "قناتنا",
                         "صفحتنا", "حسابنا", "حساباتنا", "منصاتنا", "موقعنا", "نشرتنا", "النشرة", "البريد", "البريدية",
                         "قائمتنا", "تغطيتنا", "فيسبوك", "تويتر", "يوتيوب", "تلغرام", "تيليجرام", "واتساب", "انستغرام",
                         "إنستغرام"))
"""Words of the web a call to the reader points with ("... عبر قناتنا", "... على فيسبوك", "... الآن")."""
SITE_OWN = frozenset(word for word in _WEB_CUES if word.endswith("نا"))
"""The site's own channel, page, app or newsletter ("قناتنا", "صفحتنا", "تطبيقنا"), and the link "هنا" (here), which
ends so too: a call naming them, or pointing at a link on the page, is the site's."""

SECOND_PERSON = frozenset(("عليك", "عليكم", "لك", "لكم", "إليك", "إليكم", "اليك", "اليكم", "يمكنك", "يمكنكم", "لديك",
                           "لديكم", "منك", "منكم", "بك", "بكم", "معك", "معكم", "عنك", "عنكم", "أنت", "انت", "أنتم",
                           "انتم"))
"""The reader addressed: a preposition or verb with the second person's pronoun (how a site speaks to its
visitor; the news is told in the third person, though a service story may tell the reader how to apply)."""

SITE_VOICE = frozenset(("معنا", "بنا", "إلينا", "الينا", "موقعنا", "مراسلتنا"))
"""The site speaking of itself to its reader ("التواصل معنا", "مراسلتنا"): a rights or contact notice."""
REQUESTS = frozenset(("يرجى", "الرجاء", "نرجو", "راسلونا", "تواصلوا", "اتصلوا"))
"""A request to the reader: please, or write/contact (us)."""
CONTACT_US = frozenset(("تواصل", "اتصل"))
""""Contact" in the singular, a request only beside "us" (``SITE_VOICE``: "تواصل معنا"): alone it is the verb
"continues" or "called" of the news ("تواصل الفرق عملها", "يمكنكم الاتصال ..."; reviewer, s14review2.md)."""
READERS_IF = frozenset(("أنكم", "انكم", "إنكم"))
"""The readers supposed ("في حال أنكم ..."): how a site's notice puts a case to them."""
RIGHTS = frozenset(("حقوقكم", "حقوقك"))
"""The reader's own rights; other rights only as the site's ("حقوق النشر", "الحقوق محفوظة", _SITE_RIGHTS): a story
may ask anyone to respect workers' rights."""
_SITE_RIGHTS = re.compile(r"(?:ال)?حقوق\s+(?:ال)?(?:نشر|طبع|مؤلف|ملكية|أدبية|فكرية)|الحقوق\s+محفوظة")
SPEECH_WORDS = Spellings(("قال", "بالقول", "يقول", "تقول", "أضاف", "أكد", "أوضح", "ختم", "طالب", "دعا", "دعت", "مؤكدا",
                          "مشيرا", "مضيفا"))
"""Words of reported speech (with و/ف or not): the article telling what someone asked, not the site asking."""
REPORTING_WORDS = Spellings((
    *SPEECH_WORDS, "قالت", "تابع", "تابعت", "يتابع", "أردف", "أردفت", "يردف", "صرح", "صرحت", "يصرح", "تصرح", "شدد",
    "شددت", "يشدد", "تشدد", "مشددا", "مشددة", "أشار", "أشارت", "يشير", "تشير", "مشيرة", "يؤكد", "تؤكد", "أكدت",
    "مؤكدة", "أوضحت", "يوضح", "توضح", "موضحا", "موضحة", "أضافت", "يضيف", "تضيف", "مضيفة", "لفت", "لفتت",
    "ختمت", "كشف", "كشفت", "يكشف", "تكشف", "كاشفا", "كاشفة", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "معتبرا",
    "معتبرة", "رأى", "رأت", "يرى", "ترى", "أعلن", "أعلنت", "يعلن", "تعلن", "معلنا", "معلنة", "بينت", "يبين",
    "تبين", "مبينا", "مبينة", "ذكر", "ذكرت", "يذكر", "تذكر", "مذكرا", "أفاد", "أفادت", "يفيد", "تفيد", "أورد",
    "أوردت", "يورد", "تورد", "بقوله", "بقولها"))
"""Every word of reported speech in its forms, ``SPEECH_WORDS`` and more ("وتابع", "وأردف", "وكشف", "واعتبر",
"ورأى", "يؤكد"): a text holding one reports someone's words without quote marks, and its "we" is theirs, not its own
(``text.interview``). Not "بين" ("between"), "لافتة" (a sign), "مفيدة" (useful). A superset rather than merged into
``SPEECH_WORDS``, which many layout rules read (a line opening with one is prose) and which this longer list ("ترى",
"تذكر") would widen."""
MAX_NOTICE_WORDS = 60

MAX_TEASER_WORDS = 20

ENUMERATION_COMMAS = 2
"""A line with this many commas names three things or more (see ``enumerates``)."""
COMMA = re.compile("[،,]")
SEGMENTS = re.compile(r"\.{2,}|…")
"""The pause a news title's parts are joined by ("رسميا.. ...", "... الجديد… ..."), closing a line or not."""
MAX_QUESTION_TITLE_WORDS = 12
"""Another story's title may ask or exclaim; a question this short with no clause in it is a title, not the
article's finished paragraph."""


@cache
def stop_words() -> frozenset[str]:
    """jusText's Arabic stop list (read from the installed package without importing it)."""
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists" / "Arabic.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def strip_bullet(line: str) -> str:
    """The line without its list mark: a bullet symbol or a number ("1.", "٢)")."""
    return _BULLET_MARK.sub("", line).strip()


MAX_MENU_ITEM_WORDS = 3
"""A list item this short above the article's first paragraph is an item of a menu or of the page's header
("• الأخبار", "• أخبار العرب", "• بواسطة"): 39 of 39 on the annotated pages; the article's own short items
come after its first paragraph."""


def is_menu_item(line: str) -> bool:
    """A line marked with a bullet symbol (not a number), of at most ``MAX_MENU_ITEM_WORDS`` words."""
    text = strip_symbol(line)
    return text != line and 0 < len(text.split()) <= MAX_MENU_ITEM_WORDS


_CLOSING_EMOJI = re.compile("[\\s\u2190-\u2bff\ufe0f\u200d\U0001f300-\U0001faff]+$")
"""Emoji and pictographs (with their joiners and variation selectors) closing a line after its last word or mark."""


def strip_symbol(line: str) -> str:
    """The line without a leading bullet symbol (numbers are words and stay)."""
    return _SYMBOL_MARK.sub("", line).strip()


def script_shares(line: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters)."""
    return len(_ARABIC.findall(line)), len(_LATIN.findall(line))


def is_date_line(line: str) -> bool:
    """Only digits, dates, times and the words around them: "11:42 2024-09-18|", "الأربعاء، 24 سبتمبر 2025". Read
    without harakat: a page may write a month's name with them ("3 تشرين الأوّل / أكتوبر 2019")."""
    line = HARAKAT.sub("", line)
    if not DIGIT.search(line):
        return False
    rest = _MONTH_PHRASE.sub(" ", line)
    if (rest == line and not _DATE_FORM.search(line)
            and not any(word in _CALENDAR for word in re.split(r"[\s،,/|\-–—:]+", line))):
        return False  # a bare number with words ("في 2024") may be a sub-heading
    tokens = re.sub(r"[0-9\u0660-\u0669\u06f0-\u06f9]+", " ", HARAKAT.sub("", _ISO_T.sub(" ", rest)))  # صباحاً = صباحا
    tokens = re.sub(r"[\s:：/|،,.\-–—()\[\]•]+", " ", tokens).casefold().split()
    # Symbols and emoji (or the '?' a lost emoji became) stand beside dates too: only words count.
    return sum(token not in _DATE_WORDS for token in tokens
               if _ARABIC.search(token) or _LATIN.search(token) or "%" in token) == 0


_DATELINE = re.compile(r"^\W{0,2}(?P<place>[^\d\s،,:：]+(?:\s+[^\d\s،,:：]+)?)\s+في\s+(?P<date>.*\d.*)$")


_DEFINITE = ("ال", "وال", "بال", "لل")
"""How a definite noun opens: a one-word place so opened is an event's noun unless a known city (``is_dateline``)."""


def is_dateline(line: str) -> bool:
    """A dateline alone on its line: a place then "في" and a date ("طوكيو في 26 ديسمبر", "رام الله في 3 مارس 2024"),
    as an agency opens its story. The place is one word, not a date's ("الأحد في ..." is a date), or a city of two
    (``DATELINE_CITIES``): two words of a title may name what happens on the day ("مؤتمر المناخ في 5 نوفمبر"). A
    single word with the article "ال" is a place only when a known city: otherwise it is a noun naming the day's event,
    a title's ("الانتخابات في 12 ديسمبر", "العودة في 3 سبتمبر"). Right above the lead it opens the lead
    (``text.plain``), whose news it places and dates."""
    match = _DATELINE.match(line.strip())
    if match is None or not is_date_line(match.group("date")):
        return False
    place = HARAKAT.sub("", match.group("place"))
    if place in DATELINE_CITIES:
        return True
    return len(place.split()) == 1 and place not in _DATE_WORDS and not place.startswith(_DEFINITE)


def is_label(line: str) -> bool:
    """A short label ending in a colon with nothing after it: "نشر :", "كلمات دليلية :"."""
    return line.endswith((":", "：")) and len(line.split()) <= 3


def _is_path(line: str) -> bool:
    """A breadcrumb written with spaced separators: "أنت هنا: الرئيسية / أخبار / اقتصاد / عنوان الخبر" (short
    steps, the last one may be a title, not more: a page glued onto one line opens with its breadcrumb), or with
    spaced dashes after the site's home (``_HOME_DASH_PATH``: "الرئيسية - أخبار دولية - عنوان الخبر"), no step holding
    a word that builds a sentence and the last not ending one: "الرئيسية - كما يسميها السكان - هي الطريق الذي ..." is
    a sentence with a dashed aside (review_head L1)."""
    steps = _PATH_SEPARATOR.split(line)
    if len(steps) < 3 and _HOME_DASH_PATH.match(line):
        steps = _DASH_SEPARATOR.split(line, maxsplit=2)  # (the title after the second step may hold a dash of its own)
        if any(has_sentence_particle(step) for step in steps) or steps[-1].rstrip().endswith((".", "。")):
            return False
    return (len(steps) >= 3 and all(0 < len(step.split()) <= 3 and not DIGIT.search(step) for step in steps[:-1])
            and len(steps[-1].split()) <= MAX_TITLE_WORDS)


def is_breadcrumb(line: str) -> bool:
    """Words joined by '-', '/', '|' or '>' without spaces: a category path, not a title."""
    return " " not in line and bool(_JOINED.match(line)) and not DIGIT.search(line)


def in_other_script(line: str, *, latin_page: bool, share: float = 1.0) -> bool:
    """Mostly Latin letters in an Arabic page (or the other way round): more than ``share`` times the
    page's own."""
    arabic, latin = script_shares(line)
    return arabic > share * latin if latin_page else latin > share * arabic


def has_page_script(line: str, *, latin_page: bool) -> bool:
    """Whether the line has any letter in the page's own script."""
    return bool((_LATIN if latin_page else _ARABIC).search(line))


def shape_reason(line: str, *, latin_page: bool) -> str | None:
    """Furniture by its own shape, wherever it stands (rules first)."""
    reason = line_reason(line)
    if reason is not None:
        return reason
    if _NUMBER.match(line):
        return NUMBER_ONLY
    if is_date_line(line):
        return DATE_LINE_REASON
    if not _ARABIC.search(line) and not _LATIN.search(line):
        return "no words"
    if not latin_page and not _ARABIC.search(line) and _CODE.search(line):
        return PAGE_CODE_REASON
    if (in_other_script(line, latin_page=latin_page, share=CAPTION_SCRIPT_SHARE)
            and len(line.split()) >= MIN_CAPTION_WORDS
            and strip_bullet(line) == line):  # a list item in Latin letters ("- Galaxy S26 Ultra") is body
        if latin_page:
            # An Arabic paragraph on a page mostly in Latin letters (an article printed with its translation) is
            # the article, in the language this tool reads: kept.
            return None if ends_sentence(line) and len(line.split()) >= PARAGRAPH_WORDS else "line in Arabic"
        return "caption in English" if len(line.split()) <= 25 else "English text"
    if is_breadcrumb(line) or _is_path(line):
        return "navigation"
    if is_writer_line(line):
        return "byline"
    if _ABOUT_AUTHOR.match(line):
        return "author box"
    if is_dated_byline(line):
        return "byline"
    if is_stamp_with_source(line):
        return DATE_LINE_REASON
    return None


EDGE_SHAPES = (("dateline", DATELINE_ALONE, False), ("site name", SITE_NAME_ALONE, True),
               (MODERATION_NOTICE_REASON, MODERATION_NOTICE, True), ("share widget", SHARE_PROMPT, True))
"""(reason, shape, whether it counts as a rule): furniture only outside the article's prose (a share box's call,
"انشر المقال", heads a how-to's step between paragraphs)."""
TOP_EDGE_ONLY = frozenset((MODERATION_NOTICE_REASON,))
"""The edge shapes that are furniture above the article only: under a finished paragraph, or quoted under a line
closed by a colon, a story may say the same words (a platform's moderation notice: ``text.bodyfind``)."""


def edge_reason(line: str) -> tuple[str, bool] | None:
    """(reason, by rule) for a line that is furniture above the article's first paragraph or under its last, a
    dateline alone ("القاهرة - سامر يوسف") or a paper's name alone ("جريدة الساحل"), and not between two
    paragraphs, where the same shapes head the parts of a round-up or a press review ("غزة: الهدنة صامدة",
    "صحيفة الساحل")."""
    return next(((reason, by_rule) for reason, shape, by_rule in EDGE_SHAPES if search_any_spelling(shape, line)), None)


SOURCE_CREDIT = "source credit"


def credit_reason(line: str) -> str | None:
    """The reason a line below the article's first finished paragraph is a credit: an agency credited alone
    ("الساحل 24 - رويترز:", "- الساحل - خاص") or a photo's caption closed by its credit ("الوزير يقص الشريط –
    رويترز"). Above the article the first is the byline naming the site and the second may be the title."""
    if len(line.split()) > CREDIT_MAX_WORDS:
        return None
    if search_any_spelling(AGENCY_CREDIT_ALONE, line):
        return SOURCE_CREDIT
    # A caption reads as a title before its credit; a paragraph that lost its full stop goes on from the one before
    # or has a clause ("وأكد المتحدث أن المحطة ... - وكالات").
    if search_any_spelling(CREDITED_CAPTION, line) and not (continues_paragraph(line)
                                                            or set(HARAKAT.sub("", line).split()) & SENTENCE_PARTICLES):
        return CAPTION_REASON
    return None


def is_writer_line(line: str) -> bool:
    """The writer's line: "بقلم: NAME", "الكاتب: NAME", "كتب/ NAME", "By NAME", short (``MAX_WRITER_WORDS``)."""
    return bool(_WRITER_LINE.match(line) or _LATIN_BY.match(line)) and len(line.split()) <= MAX_WRITER_WORDS


def is_dated_byline(line: str) -> bool:
    """A name (or a column's, a section's) and a full date, on a line of their own: "سامر يوسف 12 مارس 2025",
    "من دفتر المدينة… الأربعاء 12 آذار 2025" (a full stop after the date makes it a sentence). Not a title that
    speaks of a day ("أسعار الذهب اليوم الثلاثاء 17 فبراير 2026"): it says today or tomorrow, or runs into the
    weekday without a separator, where a stamp sets the date apart."""
    match = _DATED.match(line.strip())
    if match is None:
        return False
    before = match.group("before")
    rest = before if before is not None else match.group("after") or ""
    words = re.findall(r"\w+", rest)
    if not 0 < len(words) <= MAX_DATED_WORDS or DAY_WORDS.intersection(words):
        return False
    apart = re.search(r"[|\-–—…:：،,/]\s*$", rest) if before is not None else re.match(r"\s*[|\-–—…:：،,/]", rest)
    return bool(apart) or not any(day in line for day in WEEKDAYS)


_STAMP_JOIN = re.compile(r"\s+[/|｜]\s+")
"""The slash or bar a stamp sets its source apart with, spaces around it ("... 10 صباحاً / SITE"); none inside a
date's own slashes ("12/3/2024", "آب/أغسطس")."""
_CLOCK = re.compile(rf"{_D}{{1,2}}\s*:\s*{_D}{{2}}|الساعة\s*{_D}")
_YEAR = re.compile(r"(?<![0-9\u0660-\u0669])(?:[0-9]{4}|[\u0660-\u0669]{4})(?![0-9\u0660-\u0669])")
MAX_STAMP_SOURCE_WORDS = 5
"""The source a stamp names beside its date and clock has this many words at most ("المركز اليمني للإعلام")."""


def is_stamp_with_source(line: str) -> bool:
    """The page's stamp, a date with its clock, and the story's source set apart by a slash or a bar, on a line of
    their own: "الثلاثاء 20 أغسطس-آب 2019 الساعة 10 صباحاً / SITE", "SITE | 12 مارس 2024 - 10:30". The date side is
    dates, times and their words only (``is_date_line``) with a clock and a year (a clock alone is an agenda's or a
    fixture's item: "10:30 | جلسة الافتتاح"); the other a few words, no figure, no sentence (no sentence particle, no
    closing stop). A title that dates its news says what happened."""
    pieces = _STAMP_JOIN.split(line.strip())
    for cut in range(1, len(pieces)):
        for stamp, source in ((pieces[:cut], pieces[cut:]), (pieces[cut:], pieces[:cut])):
            date, name = " / ".join(stamp), " ".join(source)
            if (_CLOCK.search(date) and _YEAR.search(date) and is_date_line(date) and has_letter(name)
                    and not DIGIT.search(name) and len(name.split()) <= MAX_STAMP_SOURCE_WORDS
                    and not ends_sentence(name) and not has_sentence_particle(name)):
                return True
    return False


def clause_marks(text: str) -> int:
    """Commas, semicolons, colons and sentence ends inside the line: how prose is built."""
    return len(_CLAUSE.findall(text))


def enumerates(text: str) -> bool:
    """Whether a line names three things or more between commas ("NAME، NAME، NAME"): most often a list's row or a
    sentence, rarely a title. A default, not a law: a heading may list its part's topics ("الماء، الكهرباء، والطرق"),
    but of ALL58's annotated lines of ten words or fewer with two commas or more, none is a sub-heading (14 body, 12
    furniture), and a list's row taken for a sub-heading cuts the list apart."""
    return len(COMMA.findall(text)) >= ENUMERATION_COMMAS


def ends_sentence(text: str) -> bool:
    """Closed by . ! ؟ or … (a quote mark after it is fine, and so are emoji closing the line, "هل أنت مستعد؟ 🎮";
    '..' is a title's pause, not an end)."""
    text = _CLOSING_EMOJI.sub("", text)
    return text.rstrip("\"”»)'’").endswith(tuple(SENTENCE_END)) and not text.endswith("..")


def paragraph_score(line: str, *, unended_words: int = UNENDED_WORDS, cut_off: bool = False) -> tuple[float, str]:
    """How much a line reads like article prose, with the features that decided it. ``unended_words``: the words a line
    without a sentence end needs to read as neutral (``PARAGRAPH_WORDS`` on a page that ends no paragraph);
    ``cut_off``: the page's end cut the line before its sentence end, which counts as given."""
    text = strip_bullet(line)
    tokens = text.split()
    count = len(tokens)
    sentence_end = ends_sentence(text)
    ended = sentence_end or cut_off
    # A title may be long; a line without a sentence end needs more words to read like prose.
    neutral = PARAGRAPH_WORDS if ended else unended_words
    score = max(-0.5, min(MAX_LENGTH_BONUS, (count - neutral) / PARAGRAPH_WORDS))
    why = [f"{count} words"]
    if ended:
        score += 1.0
        why.append("sentence end" if sentence_end else "cut off by the page's end")
    elif announces_what_follows(text):
        score += 0.5
        why.append("introduces what follows")
    clauses = clause_marks(text)
    if clauses:
        score += min(clauses, 3) * 0.3
        why.append(f"{clauses} inner punctuation")
    if count >= PARTICLE_MIN_WORDS and any(without_conjunction(token) in SENTENCE_PARTICLES for token in tokens):
        score += PARTICLE_BONUS
        why.append("sentence particles")
    elif tokens and _continues(tokens[0]):
        score += PARTICLE_BONUS
        why.append("opens like a continuing sentence")
    stops = stop_words()
    if stops and count >= 4 and not ended:  # a name list, a menu
        density = sum(token in stops for token in tokens) / count
        if density < 0.15:
            score -= 0.5
            why.append("few common words")
    if text != line and count >= 2:
        score = max(score, 0.0)
        why.append("list item")
    return score, ", ".join(why)


def _continues(token: str) -> bool:
    """و or ف joined to a common word ("ونجح", "فأجابه"): how Arabic paragraphs go on, not how titles start."""
    word = HARAKAT.sub("", token)
    return (len(word) > 3 and word[0] in "وف" and word not in NOUNS_OF_THEIR_OWN
            and (word[1:] in stop_words() or word[1:] in SENTENCE_PARTICLES))


def without_conjunction(token: str) -> str:
    """A word without the و or ف joined to it ("وبذلك" -> "بذلك"), when a word of three letters or more is left."""
    return token[1:] if len(token) > 3 and token[0] in "وف" else token


def has_sentence_particle(text: str) -> bool:
    """Whether a word of the line builds sentences rather than titles (``SENTENCE_PARTICLES``: أن، الذي، قال ...)."""
    return any(without_conjunction(token) in SENTENCE_PARTICLES for token in text.split())


def normal(line: str) -> str:
    """The line's words with single spaces, every dash one dash and no tatweel: how lines are compared (a caption said
    twice may be typed once with '-' and once with '–')."""
    return " ".join(line.translate(_SAME_DASH).split())


_SAME_DASH = str.maketrans({"–": "-", "—": "-", "ـ": None})


def goes_on_as_prose(line: str) -> bool:
    """A paragraph-long line that goes on from the one before ("وتدعو الحملة السكان ... تحت شعار اشترك الآن")."""
    return len(line.split()) >= PARAGRAPH_WORDS and continues_paragraph(line)


def goes_on_asking(text: str) -> bool:
    """A question that goes on from what was said before it: و/ف joined to its question word ("فهل", "ومن",
    "وماذا"), or any line that goes on like a paragraph ("وكيف")."""
    tokens = HARAKAT.sub("", text).split()
    return bool(tokens) and (bool(re.match(r"^[وف](?:هل|من|ما|ماذا|متى|كيف|أين|اين|لماذا|لم|أي|اي|كم|أم)$", tokens[0]))
                             or continues_paragraph(text))


VERB_GOING_ON = re.compile(r"^(?:و[أتين]|ف[أتن])[\u0621-\u064a]{2,}$")
"""و or ف joined to a verb's prefix ("وأوضحت", "وتعمل", "ويعد", "ونقل"): how a paragraph goes on, never how a
title, a label or a widget opens. (ف with ي is left out: "فيديو", "فيلم", "فيروس" are words of their own.)"""


def is_reader_call(word: str, line: str) -> bool:
    """Whether ``word`` of ``line`` calls the reader: one of ``READER_CALLS`` (maybe joined to و or ف: "وشاركونا")
    with an ending only an imperative takes ("تابعونا", "اشتركي"), or bare or with "وا"/"نا" in a line pointing at the
    web (``_WEB_CUES``: "تابع آخر الأخبار عبر قناتنا"). One test for every place that asks, so that a call caught at
    one edge of the article is caught at the others; a past tense spelt the same ("شارك في الحفل ممثلون ...",
    "شاركت الوزارة") is none."""
    word = HARAKAT.sub("", word).rstrip(":：،,.!")
    stems = (word, word[1:]) if word[:1] in "وف" else (word,)
    if _imperative_call(word):
        return True
    if not any(stem[:len(stem) - len(ending)] in READER_CALLS and stem.endswith(ending)
               for stem in stems for ending in ("", "وا", "نا")):
        return False
    return any(token.strip(".:،,!") in _WEB_CUES or token[1:].strip(".:،,!") in _WEB_CUES
               for token in HARAKAT.sub("", line).split())


def _imperative_call(word: str) -> bool:
    """Whether ``word`` (harakat and closing marks off) is one of ``READER_CALLS``, maybe joined to و or ف, with an
    ending only an imperative takes ("تابعونا", "اشتركي", "وشاركونا")."""
    stems = (word, word[1:]) if word[:1] in "وف" else (word,)
    return any(stem.endswith(ending) and stem[:-len(ending)] in READER_CALLS
               for stem in stems for ending in _CALL_ONLY_ENDINGS)


READER_IMPERATIVES = frozenset(("اضغط", "إضغط", "اضغطوا", "انقر", "إنقر", "انقروا", "اقرأ", "إقرأ", "اقرا", "إقرا",
                                "اقرئي", "اقرؤوا", "الرجاء", "يرجى", "رجاء", "احصل", "احصلوا", "اكتشف", "اكتشفوا"))
"""Words that ask the reader to act and are spelt as nothing else: no past tense reads "اضغط" or "الرجاء" ("شاهد",
"تابع", "شارك", "حمل", "سجل" are past tenses too: ``calls_the_reader`` looks past them)."""
_NOT_YOURS = frozenset((*NOT_TO_READER, "اولئك", "هنا", "لنا"))
"""Words ending in ك or نا that address no one (``rules.NOT_TO_READER``: "كذلك", "هناك"; "هنا"; "لنا" may be anyone's
"us"). Nor do the calls' own words, whose ك is the verb's ("شارك", "اشترك")."""
_IN_PERSON = re.compile(r"^(?!(?:[وفبكل]?ال|لل))[\u0621-\u064a]{2,}(?:ك|كم|كن|نا)$")
"""A word with the reader's pronoun or the site's ("بريدك", "حسابكم", "قناتنا"): never after the definite article,
which no pronoun follows ("للبنك", "المشترك" end in ك of their own)."""


CALL_ADVERBS = frozenset(("الآن", "الان", "هنا", "مجانا", "مجانًا", "مجاناً"))
"""The adverbs a call urges with ("حمل التطبيق الآن.", "اضغط هنا"): no past tense is told with them."""


SITE_CALLS = AnySpelling((*READER_CALLS, "شاهد", "استمع", "طالع"))
"""The verbs a site's promo opens with, in the singular or "وا" plural: "تابع(وا)", "حمل", "اشترك", "شاهد" ..., in any
spelling ("إشترك", "إستمع")."""
PROMO_OBJECTS = frozenset(("قناة", "صفحة", "حساب", "حسابات", "منصة", "منصات", "تطبيق", "تطبيقات", "نشرة", "نشرات",
                           "موقع", "رابط", "بث", "فيديو", "فيديوهات", "مقطع", "بودكاست", "إشعارات", "اشعارات",
                           "تنبيهات", "بريد", "تغطية"))
"""What a site's promo points its reader at right after its verb (with "ال" or not): the site's channel, page,
account, app, newsletter, video or coverage ("حمل تطبيق ...", "اشترك في النشرة ...", "شاهد الفيديو الكامل ..."), or
the news itself (``PROMO_NEWS``). A report of what others did puts its subject there ("تابع آلاف المشجعين ...", "حمل
المعتصمون ...", "سجل ميزان المدفوعات ...", "شارك في العرض ثلاثون ممثلا")."""
PROMO_NEWS = frozenset(("أخبار", "اخبار", "مستجدات", "تطورات", "تحديثات", "مقالات", "تقارير"))
"""The news a promo offers, alone or after one of ``PROMO_LATEST`` ("تابع أخبار المدينة ...", "تابعوا آخر الأخبار
...")."""
PROMO_LATEST = frozenset(("آخر", "اخر", "أحدث", "احدث", "أهم", "اهم", "أبرز", "ابرز", "كل", "مزيد"))
"""The latest, the most important, all, more: what a promo says of its news; before anything else they may open a
report's subject or object ("سجل أبرز الأهداف ...")."""
CALL_PREPOSITIONS = frozenset(("في", "إلى", "الى", "على", "عبر", "ل"))
"""A preposition a call's verb takes before its object ("اشترك في ...", "انضم إلى ...")."""
COUNTED_PEOPLE = frozenset(("آلاف", "الآلاف", "ألوف", "ملايين", "الملايين", "مئات", "المئات", "عشرات", "العشرات",
                            "أكثر", "نحو", "حوالي", "قرابة"))
"""Words counting the people a report tells of ("شاهد الفيديو أكثر من مليون شخص", VOS): no promo counts its
readers."""
_PEOPLE_TOLD = re.compile(r"^(?:جمهور|عدد|ال(?:م[\u0621-\u064a]{3,}|[\u0621-\u064a]ا[\u0621-\u064a]{2})(?<!ي)ون)$")
"""The subject of a report told object first, after the promo's words (VOS): an audience or a number of people
("جمهور واسع", "عدد كبير"), or people named in the sound plural of a participle ("المستثمرون", "المشاهدون",
"الناخبون"); a call names its reader as "you", never so (reviewer, s15fixreview_rules2.md H11). Only a participle's
plural names people: "م" and three letters or more ("المتعاملون"), or "فاعلون" ("اللاعبون"), neither "...يون"
("التلفزيون"); things ending so are no participles ("الآيفون", "التليفون", "القانون": s16review_caption.md M4)."""
SHARES = frozenset(("المئة", "المائة", "بالمئة", "بالمائة", "%", "٪"))
SHARE_OF_PLACES = 2
"""A share counts the people told ("... في المئة [فقط] من المستطلعين") when "من" follows it within this many words; a
share alone is a price's ("بخصم 30 في المئة": s16review_caption.md M7)."""


_PRONOUN_HOLDER = re.compile(r"^(?:في|عن|من|ل|على|علي|ب|إلي|الي|مع)(?:ه|ها|هم|هما|هن)$")
"""A preposition carrying a pronoun ("فيه", "عنها", "عليه"): it may stand between a relative clause's verb and its
subject ("الذي يتحدث فيه المسؤولون")."""
_SECOND_CALL = re.compile(r"^وا[\u0621-\u064a]{3,5}$")
"""و joined to an imperative of a verb with hamzat al-wasl ("واحصل", "واستمتع", "واشترك", "وانضم"): a second call,
and what follows it is the reader's gain, not the promo's subject ("حمل التطبيق واحصل على خصم ...";
s16review_caption2.md M3)."""
_NOT_A_CALL_ENDINGS = ("ة", "ا", "ات", "ون", "ين", "ية")
"""Endings no imperative takes: "واحدة", "واسعا", "واضحون" are nouns and adjectives."""
_PLURAL_CALL = "وا"
"""The ending of an imperative said to many ("احصلوا", "تابعوا")."""


def _second_call(word: str) -> bool:
    """Whether ``word`` is a second call joined to the first by و (``_SECOND_CALL``, or و and a ``SITE_CALLS``
    verb: "وتابع"), said to one reader or to many ("واحصلوا", "وتابعوا": the plural's "وا" on the same verb;
    s16review_caption3.md M2)."""
    if word.endswith(_PLURAL_CALL) and _second_call(word[:-len(_PLURAL_CALL)]):
        return True
    return (bool(_SECOND_CALL.match(word)) and not word.endswith(_NOT_A_CALL_ENDINGS)
            or word.startswith("و") and word[1:] in SITE_CALLS)


def _people_told(tokens: list[str]) -> bool:
    """Whether the words after a promo's verb name the people a report tells of (``_PEOPLE_TOLD``, a share of
    them: ``SHARES``). A relative clause's own subject, right after its verb ("الفيديو الذي تداوله الناشطون"), is no
    subject of the promo's verb, and the words after a second call ("... واحصل على خصم 20 في المئة من ...") are the
    reader's gain (reviewer, s16review_caption2.md M3); a subject after the clause still counts ("الذي نشره الاتحاد
    ... جمهور واسع")."""
    clause_subject = _clause_subjects(tokens)
    for place, token in enumerate(tokens):
        if _second_call(token):
            return False
        if place in clause_subject:
            continue
        if _PEOPLE_TOLD.match(token) or token in SHARES and "من" in tokens[place + 1:place + 1 + SHARE_OF_PLACES]:
            return True
    return False


def _clause_subjects(tokens: list[str]) -> set[int]:
    """Where the subject of each relative clause's verb stands (``CLAUSE_OPENERS``): right after the verb that
    follows the relative pronoun and after each further verb joined to it by و ("الذي تناقلته وسائل الإعلام ويتداوله
    الناشطون"), past prepositions carrying a pronoun (``_PRONOUN_HOLDER``: "ويعلق عليه المتابعون"; reviewer,
    s16review_caption3.md M2). A word joined by و with the article ("والجمهور") is a noun, not a verb."""
    found = set()
    opened = False
    for place, token in enumerate(tokens):
        if token in CLAUSE_OPENERS:
            opened = True
            found.add(_subject_after(tokens, place + 1))
        elif opened and token.startswith("و") and not token.startswith("وال") and len(token) > 2:
            found.add(_subject_after(tokens, place))
    return found


def _subject_after(tokens: list[str], verb: int) -> int:
    """Where the subject of the verb at ``tokens[verb]`` stands: the next word past prepositions carrying a pronoun
    (``_PRONOUN_HOLDER``: "الذي يتحدث فيه المسؤولون")."""
    subject = verb + 1
    while subject < len(tokens) and _PRONOUN_HOLDER.match(tokens[subject]):
        subject += 1
    return subject


CALL_MANNERS = frozenset(("كاملا", "مجانا", "حصريا", "مباشرا", "فورا", "حالا", "أيضا", "ايضا", "دائما", "يوميا", "يوما",
                          "أولا", "اولا", "تباعا", "سريعا", "دوما", "معا", "قريبا", "لاحقا", "مجددا", "جيدا", "مبكرا"))
"""Words in the accusative a call says how or when with ("شاهد الفيديو كاملا", "حمل التطبيق مجانا", "... حالا",
"تابع التحديثات تباعا": s16review_caption2.md M3): no second object."""
_ELATIVE = re.compile(r"^الأ[\u0621-\u064a]{2,3}$")
"""An elative with the article ("الأكثر", "الأقل", "الأسرع"): the accusative after it says in what ("الأكثر تداولا",
"الأوسع انتشارا"), no second object (s16review_caption2.md M3)."""
_PARTICIPLE = re.compile(r"م[\u0621-\u064a]{3,}ا")
"""A participle in the accusative ("مترجما", "مسجلا", "محدثا"): how the call's object comes, no second object
(s16review_caption.md M7)."""
RELATIVES = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "ما"))
"""A relative pronoun: the clause after it describes the promo's object; its own object is not the verb's
("شاهد الفيديو الذي أثار جدلا واسعا": s16review_caption.md M5)."""
CLAUSE_OPENERS = RELATIVES | {"كما"}
"""Words a clause describing the promo's object opens with: a relative pronoun, or "كما" ("شاهد الفيديو كما صوره
المشجعون": as the fans filmed it; s16review_caption3.md M2)."""
PHRASE_STOPS = frozenset((*CALL_PREPOSITIONS, *RELATIVES, "من", "عن", "مع", "حتى", "منذ", "بعد", "قبل", "خلال", "عند",
                          "لدى", "حول", "بين", "دون", "و"))
"""Words past which the promo's object phrase is over (a preposition's phrase follows: "... على فيسبوك"; a relative
clause)."""
_ACCUSATIVE = re.compile(r"(?!ال)[\u0621-\u064a]{2,}[^\Wاوي]ا")
"""An indefinite noun in the accusative, its tanwin written alif ("خللا", "عطلا", "ارتفاعا", "رقما")."""


def _ends_phrase(word: str) -> bool:
    """Whether the promo's object phrase is over at ``word``: a preposition or a relative pronoun (``PHRASE_STOPS``),
    a preposition joined to its noun (ل, or ب before a noun not in the accusative: "لمتابعة", "لحريق", "بخصم",
    "بالعربية": the call's purpose or how), a verb in the present opening a clause that describes the object ("فيديو
    لحريق ضخم يلتهم ..."), or و joined to a word without the article and not in the accusative, a second verb
    ("وكن مطلعا", "واستمتع", "وتابع"; s16review_caption.md M5-M7)."""
    if word in PHRASE_STOPS or word.startswith("ل") and not word.startswith("ال"):
        return True
    if word.startswith("ب") and len(word) > 3 and not _ACCUSATIVE.fullmatch(word):
        return True
    if word.startswith("ي") and len(word) >= 4 and word not in CALL_MANNERS:
        return True
    return word.startswith("و") and len(word) >= 3 and not word.startswith("وال") and not _ACCUSATIVE.fullmatch(word)


def _second_object(phrase: list[str], definite: bool) -> bool:
    """Whether the words after a promo word (``phrase``) hold a noun in the indefinite accusative before the phrase
    ends (``_ends_phrase``), past the word's genitive when it is in construct (not ``definite``: "تطبيق الوزارة",
    "قناة فرنسا"): the verb's object, so the promo word is the subject of a report told verb first ("حمل تطبيق
    الوزارة الجديد خللا في ...", "سجل التطبيق ارتفاعا ..."), where a call's object is followed by where or how ("...
    على هاتفك", "... الآن", "... كاملا", "... مترجما"; reviewer, s15fixreview_rules2.md H10)."""
    for place, word in enumerate(phrase):
        if _ends_phrase(word):
            return False  # "لمتابعة المواعيد يوما بيوم", "الذي أثار جدلا", "وكن مطلعا"
        if place == 0 and not definite or place > 0 and _ELATIVE.match(phrase[place - 1]):
            continue  # the genitive of a word in construct; "الأكثر تداولا"
        if (word not in CALL_MANNERS and _ACCUSATIVE.fullmatch(word) and not _PARTICIPLE.fullmatch(word)
                and not word.endswith(("نا", "ها", "كما", "هما"))):
            return True
    return False


def points_at_the_site(tokens: list[str]) -> bool:
    """Whether the words ``tokens`` (harakat and marks off) open as a site's promo: a call's verb, bare or in "وا"
    (``SITE_CALLS``), then at once (past a preposition) what the site offers (``PROMO_OBJECTS``): no subject stands
    between, so the verb is no past tense telling what someone did, and no count of people follows (reviewer,
    s15fixreview_rules.md F1, F2, F4), nor a second object after it (``_second_object``: it was the subject)."""
    if len(tokens) < 2 or not (tokens[0] in SITE_CALLS or tokens[0].endswith("وا") and tokens[0][:-2] in SITE_CALLS):
        return False
    rest = tokens[2:] if tokens[1] in CALL_PREPOSITIONS else tokens[1:]
    if not rest or COUNTED_PEOPLE & set(tokens) or _people_told(tokens[2:]):
        return False
    if rest[0] in PROMO_LATEST or re.sub("^ال", "", rest[0]) in PROMO_LATEST:
        rest = rest[1:]
        return bool(rest) and _stem_in(rest[0], PROMO_NEWS | {"جديد"})  # "تابعوا كل جديد ..."
    return _stem_in(rest[0], PROMO_OBJECTS | PROMO_NEWS) and not _second_object(rest[1:], rest[0].startswith("ال"))


def _stem_in(word: str, stems: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``stems``, maybe after the article, a joined ل or the site's "نا"."""
    return any(stem in stems for stem in (word, re.sub("^(?:ال|لل|ل)", "", word), re.sub("نا$", "", word)))


def calls_the_reader(line: str) -> bool:
    """Whether ``line`` speaks to its reader in person: it opens with an imperative that is spelt as nothing else
    (``READER_IMPERATIVES``, "لا تنس") or with a call's word in an imperative's ending ("تابعونا"), or holds a word in
    the second person or the site's first person (``SECOND_PERSON``, ``SITE_VOICE``, a word with ك/كم/نا: "بريدك",
    "قناتنا") or an adverb a call urges with (``CALL_ADVERBS``: "الآن"), or opens as a promo for what the site offers
    (``points_at_the_site``: "حمل تطبيق ...", "تابعوا آخر الأخبار ..."). Bare, "تابع", "شاهد", "شارك", "حمل", "سجل"
    are past tenses as often ("تابع آلاف المشجعين المباراة ...", "حمل المعتصمون لافتات ..."), and "عبر قناة" or
    "النشرة" further on say nothing of whom it speaks to: a rule keyed on those words, or the line model's call to
    the reader, overrules a finished sentence inside the article only when this holds (reviewer, s15review2.md F1-F4,
    F13)."""
    tokens = [token.strip(".:：،,!؟?\"'«»()") for token in HARAKAT.sub("", line).split()]
    tokens = [token for token in tokens if token]
    if not tokens:
        return False
    if tokens[0] in READER_IMPERATIVES or tokens[0] == "لا" and len(tokens) > 1 and tokens[1].startswith("تنس"):
        return True
    if _imperative_call(tokens[0]) or points_at_the_site(tokens):
        return True
    words = bare_words(" ".join(tokens))
    return bool(words & (SECOND_PERSON | SITE_VOICE | CALL_ADVERBS)) or any(
        _IN_PERSON.match(word) and word not in _NOT_YOURS and word not in READER_CALLS for word in words)


FUTURE_VERB = re.compile(r"^[وف]س[أتين][\u0621-\u064a]{3,}$")
"""و or ف, the future's س and a verb's prefix ("وسيعلن", "وستبدأ"): a sentence going on, no noun's shape."""


def goes_on_from_above(text: str) -> bool:
    """Whether a line opens as the text goes on from the line above it: ``continues_paragraph(strict=True)``
    ("والجدير", "كما"), or و/ف joined to a verb ("وأوضح", "فتقول", "وسيتم")."""
    tokens = HARAKAT.sub("", text).split()
    return continues_paragraph(text, strict=True) or bool(
        tokens and (VERB_GOING_ON.match(tokens[0]) or FUTURE_VERB.match(tokens[0])))


OATHS = frozenset(("والله", "ووالله", "بالله", "تالله"))
"""An oath opens a speaker's own voice (a reader's comment, a quote), not the article's telling going on."""


def goes_on_telling(text: str) -> bool:
    """Whether a line goes on telling the article's story, more surely than ``goes_on_from_above``: و/ف joined to a
    verb ("ويشيع", "وسيتم"), a linking word ("كما"), a word opening a sentence or reporting speech, alone or joined
    ("وقال", "وبحسب", "وكان"), or و joined to a noun with ال only in a line built as a sentence ("والجدير بالذكر
    أن ..."); never an oath ("والله ..."). A reader's comment opens "والمحطة القديمة متى ...؟" or "والله ..."
    (reviewer, s15fixreview_body.md M5)."""
    tokens = HARAKAT.sub("", text).split()
    if not tokens:
        return False
    first = tokens[0].strip(".,،:؛!؟?\"'«»")
    if first in OATHS:
        return False
    joined = joined_to(first)
    return (first in LINKING_WORDS or joined in SENTENCE_OPENERS or joined in SPEECH_WORDS
            or joined in SENTENCE_PARTICLES or bool(VERB_GOING_ON.match(first) or FUTURE_VERB.match(first))
            or first.startswith("وال") and has_sentence_particle(text))


def bare_words(plain: str) -> set[str]:
    """The line's words as the reader-line checks compare them: punctuation and quote marks aside, and a joined
    "و"/"ف" taken off a longer word ("وعليكم" is "عليكم")."""
    return {re.sub(r"^[وف](?=\S{3})", "", token.strip(".,،:؛!؟?\"'«»()")) for token in plain.split()}


def is_site_notice(text: str) -> bool:
    """The site asking its reader something about itself, its rights or how to reach it, up to
    ``MAX_NOTICE_WORDS`` words: a request ("يرجى", "نرجو", "راسلونا") with "us", the rights or the reader ("إذا
    رأيتم أن مادة تمس حقوقكم نرجو مراسلتنا", "نقل المواد يخالف حقوق النشر، يرجى مراسلة التحرير على العنوان:"), or a
    case put to the readers with "us" or the rights ("وفي حال أنكم رأيتم مادة تمس حقوقكم فبإمكانكم مراسلتنا"; a
    service story's "في حال أنكم لم تستلموا البطاقة يمكنكم مراجعة المكتب" names neither). A quote in the article
    may ask and say "us" and "you": a line with quote marks, or telling who said it ("وختم الوزير حديثه بالقول
    إنكم ..."), is no notice."""
    plain = HARAKAT.sub("", text)
    if len(plain.split()) > MAX_NOTICE_WORDS or re.search("[\"“”«»]", plain):
        return False
    words = bare_words(plain)
    if words & SPEECH_WORDS:
        return False
    rights = bool(words & RIGHTS) or bool(_SITE_RIGHTS.search(plain))
    return (bool(words & REQUESTS) and (rights or bool(words & (SITE_VOICE | SECOND_PERSON)))
            or bool(words & CONTACT_US) and bool(words & SITE_VOICE)
            or bool(words & READERS_IF) and (rights or bool(words & SITE_VOICE)))


TITLE_DOTS = ("..", "…")
"""Dots joining a title's parts ("وتبقى المعاناة.. سكان ..."), or cutting off an excerpt at its end."""
TITLE_JOINTS = (":", "：", *TITLE_DOTS)
"""Marks joining a title's parts ("الوزير: ...", "X.. Y"): short prose seldom has them inside."""


def joins_parts_as_title(text: str) -> bool:
    """Whether a line joins two parts with a colon, ".." or "…" the way titles do (at its end, an excerpt cut off)."""
    return any(joint in text for joint in TITLE_JOINTS)


def is_teaser(text: str) -> bool:
    """Another story's title as a page links it (under "read also", after the article): a title, not a
    sentence: no sentence end and no comma, colon or semicolon closing it, at most ``MAX_TEASER_WORDS`` words
    unless it is an excerpt cut off with ".." or "…"."""
    text = text.strip()
    if text.endswith(("..", "…")):
        return True
    return (0 < len(text.split()) <= MAX_TEASER_WORDS and not ends_sentence(text)
            and text[-1] not in "،,:：؛;")


def is_question_title(text: str) -> bool:
    """A title asking or exclaiming ("هل ترتفع الأسعار؟"): short, closed by ? or !, with no clause inside it."""
    text = text.strip().rstrip("\"”»)'’")
    return (text.endswith(("?", "؟", "!")) and 0 < len(text.split()) <= MAX_QUESTION_TITLE_WORDS
            and clause_marks(text) == 0)


def has_letter(text: str) -> bool:
    return bool(_ARABIC.search(text) or _LATIN.search(text))


def holds_figures(text: str) -> bool:
    """Whether a line holds figures as a table's cells do: a share ("74%"), a score or a range ("3-0", "0–50"), a
    time ("05:30"), or two numbers or more; not a single count or year, as another story's title may ("7
    أخطاء ...", "... الدوري 2025")."""
    return bool(_CELL_FIGURE.search(text)) or len(NUMBER_TOKEN.findall(text)) >= 2


def says_as_follows(word: str) -> bool:
    """Whether ``word`` is one of ``AS_FOLLOWS``, short vowels aside ("الآتيَ")."""
    return HARAKAT.sub("", word) in AS_FOLLOWS


MIN_ANNOUNCING_WORDS = 5
"""A line ending in a colon this long announces what follows whatever its words (``announces_what_follows``)."""


def ends_as_follows(text: str) -> bool:
    """Whether a line, its colon aside, ends on "as follows" (``says_as_follows``: "ما يلي:", "كالتالي:")."""
    tokens = text.rstrip(":： ").split()
    return bool(tokens) and says_as_follows(tokens[-1])


def announces_what_follows(text: str) -> bool:
    """A line of ``MIN_ANNOUNCING_WORDS`` words or more ending in a colon ("... وهي على النحو التالي:"), or a shorter
    one saying "as follows" (``ends_as_follows``: "وجاء التصنيف كالآتي:") or leading in a quote
    (``leads_in_a_quote``: "وختم حديثه بالقول:")."""
    if not text.endswith((":", "：")):
        return False
    return (len(text.rstrip(":： ").split()) >= MIN_ANNOUNCING_WORDS or ends_as_follows(text)
            or leads_in_a_quote(text))


def leads_in_a_quote(text: str) -> bool:
    """A line ending in a colon that reports speech as an article tells it: one of ``SPEECH_WORDS`` in a line going on
    from the paragraph above (``_opens_as_telling``: "وختم حديثه بالقول:", "وأضاف الوزير بالفرنسية:") or of
    ``MIN_LEAD_IN_WORDS`` words or more ("قال رئيس الاتحاد في ختام الجلسة:"). A name and a speech word alone ("أبو
    خالد يقول:") is a comment's label (the WordPress template prints one over each reader's comment), and so is any
    line ending on the bare present ``COMMENT_SPEECH`` ("NAME من عمان تقول:"); a speaker's label ("د. حسن الدرهم:")
    names no speech, a widget's ("شارك:", "تابعنا:") neither."""
    plain = HARAKAT.sub("", text).rstrip()
    if not plain.endswith((":", "：")):
        return False
    tokens = plain.rstrip(":： ").split()
    if not bare_words(" ".join(tokens)) & SPEECH_WORDS or tokens[-1] in COMMENT_SPEECH:
        return False
    return _opens_as_telling(tokens[0]) or len(tokens) >= MIN_LEAD_IN_WORDS


MIN_LEAD_IN_WORDS = 4
"""A lead-in to a quote this long tells who speaks and how ("قال رئيس الاتحاد في ختام الجلسة:"); a shorter one must
go on from the paragraph above (``_opens_as_telling``)."""
COMMENT_SPEECH = frozenset(("يقول", "تقول"))
""""Says", bare and last on a colon line: how comment templates label each reader's comment ("NAME يقول:"); an article
joins it ("ويقول:") or puts it before its speaker ("يقول الوزير:")."""


def _opens_as_telling(word: str) -> bool:
    """Whether a lead-in's first word joins it to the paragraph above: و/ف joined to a speech word ("وأضاف", "وختم",
    "فقال") or to a verb's prefix (``VERB_GOING_ON``: "وتابع"), never a name that starts with the same letter."""
    return word[:1] in "وف" and (word[1:] in SPEECH_WORDS or bool(VERB_GOING_ON.match(word)))


_ANSWERING_PHRASES = (r"من جهته|من جهتها|من جانبه|من جانبها|في المقابل|يذكر|يشار|تجدر الإشارة|تجدر الاشارة"
                      r"|الجدير بالذكر")
"""Phrases that need what was said before them: whose part it is now ("for his part"), the other side ("in return"),
what is worth recalling of it ("it is worth noting")."""
_GOING_ON_PHRASE = re.compile(
    r"^(?:علاوة على|على الرغم|بالرغم|إلى جانب|الى جانب|على جانب آخر|بالإضافة|بالاضافة|فضلا عن|في غضون|من جهة"
    rf"|من ناحية|{_ANSWERING_PHRASES})(?![^\s،,])")
"""Phrases that open a paragraph going on from the one before ("besides", "despite", "for his part", "it is worth
noting"): no title, label or widget of a page opens with them. ("في السياق" is left out: a related box's heading.)"""
_ANSWERING = re.compile(rf"^و?(?:{_ANSWERING_PHRASES}|من (?:جهت|جانب)(?:هم|هما)|من (?:جهة|ناحية) أخرى"
                        r"|بدور(?:ه|ها|هم|هما))(?![^\s،,])")
"""``_ANSWERING_PHRASES``, and the same with و joined or a pronoun of more than one person ("من جانبهم"), "on the
other hand" ("من جهة أخرى"; "من جهة البحر" tells a place) or "in his turn" ("بدوره"): a paragraph opens so only under
one that said what it answers."""
POINTING_BACK_PLACES = 2
"""A demonstrative among a paragraph's first words points back to what was said ("إلى ذلك، ...", "جاء ذلك خلال ...",
"في هذا السياق، ...", "وبذلك ...")."""


def answers_above(text: str) -> bool:
    """Whether a paragraph opens answering what was said above it, not telling its news anew: with a phrase that needs
    it (``_ANSWERING``: "من جهته، ...", "بدوره، ...", "في المقابل ...", "يذكر أن ...") or pointing back with a
    demonstrative (``POINTING_BACK`` among its first ``POINTING_BACK_PLACES`` words, maybe joined to و/ف and ب/ل/ك:
    "إلى ذلك، ...", "يأتي ذلك بعد ...", "لذلك ..."). On the annotated pages (sessions 27 to 30 and the shared ones) a
    paragraph opening so stands under the first line of 32 of the 391 pages without a title line (32 sites), under a
    title on 1 of 566 pages (the article presenting itself: "هذه قصة ..."). Stricter than ``goes_on``: a paragraph
    under a title may open with a concession ("على الرغم من ...") or a word that begins with و ("وزارة ...")."""
    plain = HARAKAT.sub("", text)
    if _ANSWERING.match(plain):
        return True
    for token in plain.split()[:POINTING_BACK_PLACES]:
        word = without_conjunction(token.strip(".,،:؛!؟?\"'«»"))
        if word in POINTING_BACK or len(word) > 3 and word[0] in "بلك" and word[1:] in POINTING_BACK:
            return True
    return False


def goes_on(text: str) -> bool:
    """Whether a line opens the way a paragraph goes on from the one before (``continues_paragraph``), also with
    و/ف standing alone ("و تعتبر") or joined to a word of two letters ("وفي", "ولم", "وقد"), or with a phrase
    linking it to what was said (``_GOING_ON_PHRASE``: "علاوة على ذلك", "على الرغم من", "يذكر أن")."""
    plain = HARAKAT.sub("", text)
    tokens = plain.split()
    if not tokens:
        return False
    first = tokens[0]
    phrase = bool(_GOING_ON_PHRASE.match(plain)) and not any(  # "من جهة أخرى تابعوا تغطيتنا" calls the reader
        is_reader_call(token, text) for token in tokens)
    return (continues_paragraph(text) or first in ("و", "ف") or phrase
            or len(first) == 3 and first[0] in "وف" and (first[1:] in SHORT_WORDS or first[1:] in stop_words()))


_OPENING_QUOTE = re.compile(r"[«“\"](?=[^«“”»\"]*$)")
MAX_CUT_QUOTE_WORDS = 3
"""A quote opened this few words before the line's end, never closed: the page was cut inside it."""


def cut_in_a_quote(text: str) -> bool:
    """Whether a line without a sentence end stops a few words (``MAX_CUT_QUOTE_WORDS``) into a quote it opened and
    never closed ("... في بيان عنوانه: \"محط", "... وقال: «إن"): cut off by the page's end, as no line of a page ends. A
    straight quote mark opens a quote when the line holds an odd number of them."""
    match = _OPENING_QUOTE.search(text)
    if match is None or ends_sentence(text) or match.group() == '"' and text.count('"') % 2 == 0:
        return False
    return 0 < len(text[match.end():].split()) <= MAX_CUT_QUOTE_WORDS


_INNER_SENTENCE_END = re.compile(r"(?<![.\s])(?<!^\w)(?<!\s\w)[.!؟?](?![.!؟?])(?=\s+\S)")
"""A sentence ended inside a line: a mark with a word after it, not a title's pause ("..") nor the point of a
one-letter abbreviation ("د. سامي")."""
_SHORTENED = re.compile(r"(?:\.{2,}|…)\s*[\])]?\s*$")
"""A line the site shortened itself ("... حتى نهاية...", "[...]"): an excerpt, whatever it quotes."""


def cut_in_quoted_speech(text: str) -> bool:
    """Whether a line without a sentence end stops inside a speech it quotes, after a sentence of it ended: the
    quote opens the line (the speech under the line announcing it) or follows a word of reported speech ("وقال
    المدير: «نبدأ العمل غدا. وسنفتح الباب أمام"), and is never closed. A speech going on past its first sentence,
    cut off by the page's end. A title quotes a phrase and closes it, or gives a name and a colon before the quote;
    a site's excerpt closes on "..." (``_SHORTENED``); ``cut_in_a_quote`` holds a quote cut a few words in."""
    match = _OPENING_QUOTE.search(text)
    if (match is None or ends_sentence(text) or _SHORTENED.search(text)
            or match.group() == '"' and text.count('"') % 2 == 0):
        return False
    before = HARAKAT.sub("", strip_bullet(text[:match.start()])).replace(":", " ").split()
    reported = not before or any(word in REPORTING_WORDS or word[:1] in "وف" and word[1:] in REPORTING_WORDS
                                 for word in before)
    return reported and bool(_INNER_SENTENCE_END.search(text[match.end():]))


def builds_a_sentence(text: str) -> bool:
    """Whether a line stopping mid-phrase shows it is part of a sentence, not a whole title cut short or a box's
    label ("سكان الوادي يشكون من", "المزيد من"): it goes on from a paragraph (``continues_paragraph``), holds a word
    that builds sentences (``has_sentence_particle``), points back to what was said ("هذه", "ذلك") or stops on a
    verb of reported speech."""
    tokens = HARAKAT.sub("", text).split()
    last = tokens[-1][1:] if tokens and len(tokens[-1]) > 2 and tokens[-1][0] in "وف" else (tokens or [""])[-1]
    return (continues_paragraph(text) or has_sentence_particle(text) or last in SPEECH_WORDS
            or any(without_conjunction(token) in POINTING_BACK for token in tokens))


_PRESENT_VERB = re.compile(r"^(?!ت[\u0621-\u064a]{2}ي[\u0621-\u064a]$)[يت](?!ال)[\u0621-\u064a]{2,6}(?<![ةى])$")
"""A verb of the present, third person ("يشكون", "تعلن"): ي or ت and a few letters, no noun's ending (ة, ى) and not
the verbal noun's shape تفعيل ("تشغيل", "تطوير")."""


def is_present_verb(word: str) -> bool:
    """Whether a word has the shape of a verb of the present, third person (``_PRESENT_VERB``: "يوصل", "تعلن")."""
    return bool(_PRESENT_VERB.match(word))


PRESENT_VERB_PLACES = (1, 2)
"""Where a title's verb stands after its subject: its second or third word ("سكان الوادي يشكون", "الوزارة تعلن")."""


def tells_in_the_present(text: str) -> bool:
    """Whether a line is told in a news title's grammar: a noun first, then a verb of the present among the next words
    ("سكان الوادي يشكون من", "الوزارة تعلن ..."). A paragraph tells its news in the past and opens with the verb
    ("أعلنت الوزارة ..."); a title names its subject first and tells it in the present."""
    tokens = HARAKAT.sub("", text).split()
    if len(tokens) < 2 or _PRESENT_VERB.match(tokens[0]):
        return False
    return any(_PRESENT_VERB.match(tokens[place]) for place in PRESENT_VERB_PLACES if place < len(tokens))


SCENE_WORDS = frozenset(("خلال", "أثناء", "اثناء", "لدى", "إبان", "ابان"))
"""Words that set a photo's subject in the scene it shows ("وزير التجارة خلال مؤتمر صحفي", "رئيس البلدية أثناء جولته"):
a caption names who is shown, then where or at what (``shows_a_scene``)."""
MAX_SCENE_SUBJECT_WORDS = 3
"""A caption names who it shows in this many words at most before its scene word (a title, a name, "وزير التجارة")."""
_TIME_SPAN = re.compile(rf"^(?:ال)?(?:{TIME_UNITS}|فترة|الفترة)$")
"""A span of time after "خلال" ("خلال الشهر الماضي"): when, not a scene."""


def shows_a_scene(text: str) -> bool:
    """Whether a line is shaped like a photo's caption: who is shown, in ``MAX_SCENE_SUBJECT_WORDS`` words at most and
    none of them a verb or a word that builds a phrase, then a scene word (``SCENE_WORDS``) and the scene, no span of
    time ("وزير التجارة خلال مؤتمر صحفي في مقر الوزارة"). A standfirst tells the story in a sentence: its verb comes
    before any "خلال" ("الصيادون يخسرون دخلهم خلال الموسم"), or "خلال" tells when ("ارتفاع الأسعار خلال العام"); a
    line going on from another opens with "و" or "ف" joined to a verb or a particle ("وأضاف الوزير خلال ...")."""
    tokens = [token.strip(".…،,:") for token in HARAKAT.sub("", text).split()]
    place = next((place for place in range(1, min(len(tokens), MAX_SCENE_SUBJECT_WORDS + 1))
                  if tokens[place] in SCENE_WORDS), None)
    if place is None or place + 1 >= len(tokens) or _TIME_SPAN.match(tokens[place + 1]):
        return False
    joined = [word[1:] for word in tokens[:1] if word[:1] in "وف"]  # "وأضاف الوزير خلال ...", not "وزير التجارة"
    return not any(word[:1] in "أإ" or word[:1] == "س" and _PRESENT_VERB.match(word[1:]) for word in joined) \
        and not any(_PRESENT_VERB.match(word) or PAST_VERB.fullmatch(word) or word in NEEDS_WHAT_FOLLOWS
                    or word in POINTING_BACK for word in tokens[:place] + joined)


RELATIVE_PRONOUNS = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي",
                               "اللاتي"))
"""Words that go on describing the noun before them: no line ends on one, and no paragraph, so no part of an
article, opens with one."""
NEEDS_WHAT_FOLLOWS = RELATIVE_PRONOUNS | frozenset((
    # prepositions
    "في", "من", "عن", "إلى", "الى", "الي", "حتى", "منذ", "مع", "عند", "بين", "لدى", "ضد", "خلال", "حول",
    "عبر", "تجاه", "دون", "بدون", "وفق", "حسب", "بحسب", "ضمن", "لصالح", "بسبب", "عقب", "إثر", "اثر",
    "أثناء", "اثناء", "وسط", "أمام", "امام", "خلف", "فوق", "تحت", "نحو",
    # conjunctions and particles
    "و", "أو", "او", "ثم", "لكن", "بل", "أم", "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "بأن", "بان",
    "لأن", "لان", "قد", "لقد", "لم", "لن", "كي", "لكي", "سوف", "كأن", "إذا", "اذا", "لو", "إلا", "الا",
    # a verb that takes what was done after it ("تم إطلاق الصاروخ", "وتم توقيع الاتفاق")
    "تم",
    # relatives, and words that head a noun
    "بعض", "كل", "عدة", "أحد", "احد", "إحدى", "احدى",
    "جميع", "معظم", "أغلب", "اغلب", "هذه", "هؤلاء", "تلك",
))
"""Words a sentence, a title or a page's widget does not end on: a line stopping on one was cut off after it.
Not "على"/"علي": also a name, ending a byline or a caption ("كتب أحمد على"); nor "بعد"/"قبل", which end a
sentence as adverbs ("لم تكتمل بعد")."""


WORDS_OF_THEIR_OWN = frozenset(("واحد", "والي", "والى", "فحسب"))
"""Words that read as و or ف joined to a word that needs what follows (احد, الي, حسب) but are words of their own, which
may end a line: "one", "governor", "only" ("... بهدف واحد", "... مع والي الولاية", "ليس هذا فحسب")."""
NOUNS_OF_THEIR_OWN = frozenset(("وجهة", "فكرة", "فعالية"))
"""Nouns that read as و or ف joined to a common word (جهة, كرة, عالية) but are words of their own: "destination",
"idea", "event" may open a sub-heading ("وجهة مهيئة للسياحة", "فكرة المشروع"), not a paragraph going on."""


def joined_to(word: str) -> str:
    """The word without a joined و or ف ("وفي" -> "في", "فإن" -> "إن"), unless the whole is a word of its own
    (``WORDS_OF_THEIR_OWN``: "واحد" is no "و" + "احد")."""
    return word[1:] if len(word) > 2 and word[0] in "وف" and word not in WORDS_OF_THEIR_OWN else word


def stops_mid_phrase(text: str, *, in_a_word: bool = True) -> bool:
    """Whether a line without a sentence end stops mid-phrase: on the article ال alone, on a word that needs what
    follows (``NEEDS_WHAT_FOLLOWS``, also with و/ف joined: "وفي", "فإن"), on a verb of reported speech before what
    was said ("وقال", "أضاف"), or, ``in_a_word``, inside a word (``ends_mid_word``: a page cut at a fixed length;
    short agency names look so too, "واس", "نورث برس")."""
    tokens = HARAKAT.sub("", text).split()
    if not tokens or ends_sentence(text) or text.rstrip().endswith((":", "：", "،", ",", "-", "–")):
        return False
    word = tokens[-1]
    bare = joined_to(word)
    return (word in BARE_ARTICLES or word in NEEDS_WHAT_FOLLOWS or bare in NEEDS_WHAT_FOLLOWS or bare in SPEECH_WORDS
            or in_a_word and ends_mid_word(text))


def is_name_alone(text: str) -> bool:
    """One word of four letters or more besides a joined و/ف/ب/ل, on a line of its own ("السد": a paper's name under
    the article): a whole word, not the few letters a page cut at a fixed length ends on ("ووص", "ن")."""
    tokens = HARAKAT.sub("", text).split()
    return len(tokens) == 1 and len(re.sub(r"^[وفبل](?=\w)", "", tokens[0])) >= 4


def ends_mid_word(text: str) -> bool:
    """Whether the line stops inside a word (a page cut at a fixed length): its last word is one or two letters,
    alone or after the article or a joined letter ("بعض ا", "الاتحاد ال", "للتر وم"), and no word of the
    language ("في", "ما", "وما")."""
    tokens = text.split()
    token = HARAKAT.sub("", tokens[-1]) if tokens else ""
    if not token or not all("\u0621" <= char <= "\u064a" for char in token):
        return False
    if token in BARE_ARTICLES:
        return True  # the article and nothing after it
    if token in LONE_LETTERS:
        # A lone ب, ل or م after a word is a word's first letter ("... على استقرار م"), though the stop list holds
        # them; after a number, م is the year's or the hour's mark ("عام 2024 م", "الساعة 5 م").
        return len(tokens) > 1 and not DIGIT.search(tokens[-2])
    stem = re.sub(r"^(?:[وفبك]?ال|لل|[وفبل])(?=.)", "", token)
    return len(stem) <= 2 and token not in stop_words() and token not in SHORT_WORDS and stem not in SHORT_WORDS


def continues_paragraph(text: str, *, strict: bool = False) -> bool:
    """Whether a line opens the way an Arabic paragraph goes on from the one before: و or ف joined to a word
    ("وارتفعت", "فيما"), or a linking word ("كما", "بينما"). ``strict``: و or ف only when joined to a common
    word or to the article ال ("وقال", "والجدير"), since "وزير" or "فيسبوك" merely begin with those letters."""
    tokens = HARAKAT.sub("", text).split()
    if not tokens:
        return False
    first = tokens[0]
    if first in LINKING_WORDS or _continues(first):
        return True
    if strict:
        return len(first) > 4 and first.startswith("وال")
    return len(first) >= 4 and first[0] in "وف"
