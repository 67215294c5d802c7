"""Boilerplate rules as data: word lists and patterns, one place to extend.

Three kinds of rule, each with the ``reason`` that ``inspect`` reports:

- ``LINE_RULES`` match a whole line anywhere in the article (share widgets,
  "read also" markers, ads, cookie and navigation text...). They are written
  to match *only* the furniture line itself: a body sentence that merely
  mentions تويتر or a cookie is never a whole-line match.
- ``PREAMBLE`` patterns apply only between the headline and the lead
  (masthead, bylines, short photo captions).
- ``GLUED_PREFIXES`` / ``GLUED_SUFFIXES`` cut page furniture stuck to the
  start of the lead (datelines, bylines) or the end of a paragraph ("follow
  us on:").

To add a rule, add an entry here and a test in ``tests/text/test_rules.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from text.codelines import WebCodeRule
from text.metarow import MetaRowRule
from text.numbers import ORDINALS_F, ORDINALS_M
from text.sizewidget import SizeWidgetRule
from text.spelling import AnySpelling, fold_keyboard, fold_line, fold_word, match_any_spelling, search_any_spelling


@dataclass(frozen=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]
    max_words: int = 60
    """Lines longer than this are article text whatever they contain."""
    any_spelling: bool = True
    """Whether the line is also matched folded (``text.spelling``); not where the letters the pattern names are
    themselves what folding would make one (a stray "آ" is no list's "أ")."""

    def matches(self, line: str) -> bool:
        """Whether the line is the furniture ``pattern`` names, in whatever spelling (``text.spelling``)."""
        if len(line.split()) > self.max_words:
            return False
        return search_any_spelling(self.pattern, line) if self.any_spelling else bool(self.pattern.search(line))


@dataclass(frozen=True)
class WordListRule:
    """A line made only of words from a list (and separators): share bars, menus.

    Checked token by token rather than with one nested regex, which would
    backtrack exponentially on long lines. Words compare in one spelling (``text.spelling.fold_word``: "مشاركه",
    "إنستغرام", "شاركها" with harakat), and a phrase matches its words written apart or joined ("فيس بوك" /
    "فيسبوك"), on the line's word boundaries only.
    """

    reason: str
    phrases: tuple[str, ...]
    min_words: int = 1
    max_words: int = 15
    allow_numbers: bool = False
    separators: str = ":：،,|/·•-–—*>»›<«‹"

    def matches(self, line: str) -> bool:
        for separator in self.separators:
            line = line.replace(separator, " ")
        tokens = [fold_word(token) for token in line.split()]
        if not self.min_words <= len(tokens) <= self.max_words:
            return False
        if len(tokens) <= 2:  # a widget's word or two may carry a full stop ("شاركها.")
            tokens = [token.rstrip(".") for token in tokens]
        joined, longest = self._joined
        position = found = 0
        while position < len(tokens):
            if self.allow_numbers and tokens[position].isdigit():
                position += 1
                continue
            for size in range(min(longest, len(tokens) - position), 0, -1):
                if "".join(tokens[position:position + size]) in joined:
                    position += size
                    found += 1
                    break
            else:
                return False
        return found >= self.min_words

    @cached_property
    def _joined(self) -> tuple[frozenset[str], int]:
        """The list's phrases folded, without their spaces, and how many of a line's words one may span."""
        joined = frozenset("".join(fold_word(phrase).split()) for phrase in self.phrases)
        return joined, min(_JOINED_WORDS, max(len(phrase.split()) for phrase in self.phrases) + 1)


_JOINED_WORDS = 4
"""A line's words joined to compare with a phrase written without its spaces: a list's phrases hold three words at
most ("قم بمشاركة الخبر"), and a page may split one of them once more ("فيس بوك")."""


_HASHTAG_ROW = re.compile(r"^\W{0,2}#[^\s#]+\s+#[^\s#]+(?:.*?#[^\s#]+)")
"""Two hashtags in a row leading the line, a third further on."""
HASHTAG_ROW_SHARE = 0.2
"""A row of hashtags has at least this share of its words tagged (r04 theatersgovsy: 5-7 of 20-25 words)."""
HASHTAG_ROW_MAX_WORDS = 30
"""A row of hashtags runs this many words at most: a post of 40 words leading with tags is the article itself."""


def is_hashtag_row(line: str) -> bool:
    """Whether a line is a post's row of hashtags: two in a row leading it, three or more in all, making
    ``HASHTAG_ROW_SHARE`` of its words at least, in ``HASHTAG_ROW_MAX_WORDS`` words at most (a social feed's teaser or
    tag row, "#وزارة_السياحة #مهرجان_الربيع ... يقدم عرضا #NAME"). Not a line rule: the page tells the rest, a row
    right under a line announcing it with a colon is a post the article quotes (``bodyfind``; s24 review_captions H3).
    A sentence of the article naming one hashtag in its flow ("تحت وسم #أنقذوا_السوق، ...") is no row."""
    words = line.split()
    return (0 < len(words) <= HASHTAG_ROW_MAX_WORDS and bool(_HASHTAG_ROW.match(line))
            and sum("#" in word for word in words) >= HASHTAG_ROW_SHARE * len(words))


_NETWORK_FOLD = str.maketrans({"غ": "ج", "ق": "ج"})
"""The letters pages spell a network's name with in turn, made one (the rest of its spelling is ``fold_line``'s)."""


def _network_key(words: str) -> str:
    """A spelling-free key for a network's name: one spelling (``fold_line``), no space, no ال, the letters pages spell
    it with in turn (غ/ق/ج) made one, the long vowels ا and ي (given or left out: "تيليغرام", "تلغرام") dropped."""
    word = fold_line(words).casefold().replace(" ", "").translate(_NETWORK_FOLD)
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word.replace("ا", "").replace("ي", "") or word


@dataclass(frozen=True)
class ShareBarRule:
    """A share bar naming two networks or more, in any spelling pages give them ("فيسبوك X (Twitter) الانستغرام",
    "فيسبوك تويتر تليغرام إنستاغرام"): every word a network's name or a share bar's word (``SHARE_WORDS``), brackets
    and the usual marks between them. One network alone, even said twice ("1- تيليغرام (Telegram)"), heads an
    article's part on it."""

    reason: str
    min_networks: int = 2
    max_words: int = 15
    separators: str = ":：،,|/·•-–—*>»›<«‹()"

    def matches(self, line: str) -> bool:
        for separator in self.separators:
            line = line.replace(separator, " ")
        tokens = line.split()
        if not 0 < len(tokens) <= self.max_words:
            return False
        networks, words = _NETWORK_KEYS, _SHARE_KEYS
        found = set()
        position = 0
        while position < len(tokens):
            pair = _network_key(" ".join(tokens[position:position + 2])) if position + 1 < len(tokens) else None
            single = _network_key(tokens[position])
            if pair is not None and (pair in networks or pair in words):
                found.add(networks.get(pair))
                position += 2
            elif single in networks or single in words:
                found.add(networks.get(single))
                position += 1
            else:
                return False
        return len(found - {None}) >= self.min_networks


@dataclass(frozen=True)
class GluedRule:
    """Furniture stuck to body text; ``pattern`` must match only the furniture part."""

    reason: str
    pattern: re.Pattern[str]


_HARAKAT = "[\u064b-\u0652]*"
_ALEF = "(?![ؤئ])[آ-ا]"
"""Any alef, with or without hamza or madda: [اأإآ] written as the range آ..ا less its two hamza seats ؤ and ئ.
The same letters, but the class of four scattered letters makes ``re`` build a 64K table, 0.2 ms a time,
and the rules have hundreds of them: a tenth of a second at every start."""
_SPELLINGS = {"ا": _ALEF, "أ": _ALEF, "إ": _ALEF, "آ": _ALEF, "ة": "[ةه]", "ه": "[ةه]", "ى": "[ىي]", "ي": "[ىي]"}


def _fuzzy(word: str) -> str:
    """A pattern for ``word`` that also takes the common spelling variants of scraped pages:
    any hamza on alef (اقرأ/إقرأ), ta marbuta/ha, alef maqsura/ya, and any diacritics (أيضا/أيضًا/أيضاً)."""
    out = []
    for char in word:
        if "\u064b" <= char <= "\u0652":
            continue
        out.append(_SPELLINGS.get(char, re.escape(char)) + (_HARAKAT if "\u0621" <= char <= "\u064a" else ""))
    return "".join(out)


def _words(*words: str) -> str:
    """Any of ``words`` (the longest first), each spelling pattern once: variants such as أيضا/أيضًا/ايضا
    make the same pattern, and a repeated alternative can only fail again where the first failed."""
    patterns = (_fuzzy(w) for w in sorted(set(words), key=len, reverse=True))
    return "(?:" + "|".join(dict.fromkeys(patterns)) + ")"


ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
"""Arabic letters for a character class: hamza to ghain, fa to ya (no tatweel)."""
PAST_VERB = re.compile(f"(?!ال)(?:[{ARABIC_LETTERS}]{{2,5}}[^\\Wاوي]ت|أ[^\\Wا]{{3}}(?<![ةى])|[اإ][^\\Wا]ت[^\\Wا]{{2}}"
                       f"|ان[^\\Wا]{{3}}|است[^\\Wا]{{3}})")
"""The shapes of a verb in the past tense ("أعلنت", "كشفت", "أصدر", "ارتفع", "انطلق", "استقبل"): a lead opens so
("أعلنت الوزارة ..."; 42 % of 2,204 annotated leads), a news title seldom does (1 %: it tells the news in the present,
or names it: "الوزارة تعلن ...", "ارتفاع الأسعار ..."), and a photo's caption names what is shown first ("محتجون
يرفعون ...", "الوزير خلال ..."). Nouns of the same shape ("أكثر", "بيروت") are the exceptions (the title model weighs
them)."""
HOLLOW_PAST_VERB = re.compile(f"[{ARABIC_LETTERS}]ا[{ARABIC_LETTERS}]|أ[^\\Wاوي]ا[^\\Wاء]")
"""The shape of a hollow verb in the past tense, its middle letter an alif ("قال", "قام", "كان", "فاز", "عاد"), also
with the hamza of the causative before it ("أشاد", "أفاد", "أقام"), which ``PAST_VERB`` leaves out; a noun has it too
("دار", "باب", "عام", "أساس"; "أيام" and "أداء" are left out by their letters). A lead opens with it before its subject
("نال الفريق ...", "أشاد الوزير ...", ``text.title_model.opens_with_hollow_verb``), a title seldom."""


_BULLET = r"[•·\-\*–—\s]*"

EMPTY_BOX_WORDING = ("إرسال تعليق", "ليست هناك تعليقات", "لا توجد تعليقات", "لاتوجد تعليقات")
"""A comment box's send button and its empty box's notice in a blogging platform's own Arabic wording, on every site
it hosts. No reader's comment follows them: right between two of the article's paragraphs such a line is the
article's own sub-heading (``is_empty_box_notice``; reviewer, s14review.md on 160fdb9)."""
COMMENT_HEADERS = ("التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقا", "أضف تعليقا جديدا", "أضف تعليقك", "اترك تعليقا",
                   "اترك تعليق", "اترك ردا", "اترك رد", *EMPTY_BOX_WORDING, "comments", "comment")
"""A comment box's header or button alone on its line, its tanween spelt or not ("أضف تعليقاً جديداً": the harakat
are the rules' loose spelling)."""
_COUNT = r"[0-9\u0660-\u0669\u06f0-\u06f9]+"
_TANWEEN_A = "{}\u064b?ا\u064b?"
"""A word with its accusative's alif, tanween written before or after the alif or not ("تعليقاً", "تعليقًا")."""
_COMMENT_COUNTER = re.compile(
    rf"^{_BULLET}(?:\(?{_COUNT}\)?\s*(?:تعليقات|{_TANWEEN_A.format('تعليق')}|تعليق|ردود|{_TANWEEN_A.format('رد')}|رد"
    r"|comments?|replies|reply)"
    rf"|(?:تعليقات|تعليق|ردود)\s*[:：]?\s*\(?{_COUNT}\)?"
    r"|(?:تعليق|رد)\s+(?:واحد|وحيد)|تعليقان|تعليقين|ردان|ردين)\s*$",
    re.IGNORECASE)
"""A comment counter alone on its line, the count's figure before or after the word, glued to it or not ("0تعليقات",
"5 تعليقات", "تعليقات 12", "(3) ردود", "2 comments", "15 تعليقاً"), or said in words ("تعليق واحد", "تعليقان"): how
a page counts its readers' comments, under the article or in its toolbar; never a line of an article's own. ("لا
تعليق" may be a quoted answer.)"""
_COMMENT_WORD = (rf"(?:تعليقات|{_TANWEEN_A.format('تعليق')}|تعليق|ردود|{_TANWEEN_A.format('رد')}|رد|أفكار|افكار"
                 r"|فكرة|فكره)")
_COMMENTS_COUNTED = (rf"(?:\(?{_COUNT}\)?\s*{_COMMENT_WORD}|{_COMMENT_WORD}\s+(?:واحد|واحدة|واحده|وحيد)"
                     r"|تعليقان|ردان|فكرتان)")
COMMENTS_ON_THE_POST = re.compile(
    rf"^{_BULLET}(?:التعليقات\s*[-–—]\s*(?P<dashed>[^:：.!?؟\-–—]+?)\s*[:：]"
    rf"|{_COMMENTS_COUNTED}\s+(?:على|حول)\s*[“\"«„](?P<quoted>[^“”\"«»]+)[”\"»])\s*[.:：]?\s*$")
"""A comment box's header naming the post it is under: "التعليقات - TITLE :", or the comments counted on the post's
title in quotes ("3 تعليقات على “TITLE”", "رد واحد على “TITLE”", "فكرة واحدة حول “TITLE”": a blogging platform's and
its themes' wording); the post's title in the group ``dashed`` or ``quoted``. The same words make a headline, a
sub-heading or a listicle's title ("3 ردود على “...”", "تعليقان على «المادة 12»", "5 أفكار حول «...»"), so no line
rule: ``text.commentform.comment_box_headers`` takes it only where the box stands, under the article."""
_COMMENTS_CLOSED = re.compile(
    r"^\W{0,3}(?:(?:عذرا|عفوا|نأسف)\W{0,3}\s*)?(?:التعليقات|التعليق|باب التعليقات|باب التعليق)\s+"
    r"(?:مغلقة|مغلق|مقفلة|مقفل|مغلقه|مقفله)"
    r"(?:\s+(?:على|في|ل)?\s*(?:هذا|هذه|هذة)\s+\S+|\s+(?:لهذا|لهذه|لهذة)\s+\S+)?\W{0,3}$")
"""A comment box's notice that it is closed, alone on its line ("التعليقات مغلقة.", "عذراً التعليقات مغلقة",
"التعليقات مغلقة لهذه التدوينة"): a blogging platform's wording, on every site it hosts."""
_EMPTY_BOX = re.compile(rf"^{_BULLET}{_words(*EMPTY_BOX_WORDING)}\s*[:：]?$")


def is_empty_box_notice(line: str) -> bool:
    """Whether the line is only a comment box's send button or its empty box's notice (``EMPTY_BOX_WORDING``)."""
    return bool(_EMPTY_BOX.match(line.strip()))

SHARE_WORDS = ("مشاركة", "مشاركه", "شارك", "شاركها", "شارك الخبر", "شارك المقال", "مشاركة الخبر", "مشاركة المقال",
               "قم بمشاركة الخبر", "قم بمشاركة المقال", "تويتر", "إكس",
               "فيسبوك", "فيس بوك", "واتساب", "واتس اب", "واتس آب", "تيليجرام", "تلغرام", "تليجرام", "لينكدإن",
               "لينكد إن", "انستجرام", "إنستغرام", "انستغرام", "طباعة", "نسخ الرابط", "البريد الإلكتروني",
               "أرسل لصديق", "حفظ", "تم النسخ", "تم نسخ الرابط", "share", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email",
               "print", "copy link", "x")

SHARE_CALLS = ("شارك", "شاركوا", "شاركي", "انشر", "انشروا", "انشري", "قم بمشاركة", "قم بنشر", "يمكنك مشاركة",
               "يمكنكم مشاركة", "ساهم في نشر", "ساهموا في نشر")
"""A share box's call to share: "share!" or "publish!" to the reader (its imperatives, "يمكنك مشاركة"). Not "نشر" or
"مشاركة" alone, the news's own past tense and noun ("نشر الخبر على مواقع التواصل" is a sentence's subject and verb)."""
SHARED_MATTER = ("المقال", "المقالة", "الخبر", "الموضوع", "التدوينة", "المنشور", "الصفحة", "الرابط")
"""What a share box asks to share: this page's article, news, post or link (after "هذا" or not)."""
SHARE_PLACES = ("مواقع التواصل", "وسائل التواصل", "منصات التواصل", "شبكات التواصل", "السوشيال ميديا", "أصدقائك",
                "أصدقائكم", "الأصدقاء")
"""Where a share box sends the article: social media by its class's name ("مواقع التواصل الإجتماعي" in any
spelling), or friends; ``SHARE_PROMPT`` takes a network's name too."""
_THIS = _words("هذا", "هذه")
_SHARE_CALL = rf"^{_BULLET}{_words(*SHARE_CALLS)}\s+"
_SHARE_TO = r"\s+(?:على|عبر|مع|في)"
_SHARE_PLACE = (rf"\s+(?:{_words(*SHARE_PLACES)}(?:\s+{_words('الاجتماعي', 'الاجتماعية')})?"
                rf"|{_words('فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'تلغرام', 'تيليجرام', 'إكس')})")
_SHARE_END = r"\s*[:：!]?\s*$"
"""A share box's call ends its line, at most on a colon or "!": a widget's heading takes no full stop, a sentence
does ("شاركوا الخبر على مواقع التواصل الاجتماعي." in an appeal is the appeal's own request)."""
SHARE_PROMPT = re.compile(
    rf"{_SHARE_CALL}(?:{_THIS}\s+)?(?:{_words(*SHARED_MATTER)})(?:{_SHARE_TO}(?:{_SHARE_PLACE})?)?{_SHARE_END}",
    re.IGNORECASE)
"""A share box's call alone on its line: share (or publish) the article, maybe on social media, with friends or on a
network, and nothing more ("إنشر المقال على مواقع التواصل الإجتماعي", "شارك الخبر على", "يمكنك مشاركة هذا المقال
على مواقع التواصل الاجتماعي"). The line ends there: a sentence says who shared it, or what followed. A share box's
heading above the article or under it; between two paragraphs the same words head a how-to's step ("انشر المقال",
"شارك الرابط مع أصدقائك" over what to do), and a rule's verdict there would weigh on the paragraph under it: an edge
shape (``text.lineshape.EDGE_SHAPES``), not a line rule."""

_COPIED = r"(?:ال)?(?:رابط|عنوان)(?:\s+(?:ال|لل)?(?:مقال|مقالة|خبر|صفحة|موضوع))?"
"""What a copy notice says was copied: a link or a title ("الرابط", "عنوان الصفحة", "رابط الخبر")."""
_COPIED_ARTICLE = r"(?:ال)?(?:رابط|عنوان)\s+(?:ال|لل)(?:مقال|مقالة|خبر|موضوع)"
"""The article itself as what a copy button copies ("رابط المقال", "الرابط للمقال", "عنوان الخبر"); a page's title
or a bare "العنوان" may be a how-to's step ("نسخ عنوان الصفحة")."""

NETWORKS = {
    "facebook": ("فيسبوك", "فيس بوك", "facebook"), "x": ("تويتر", "إكس", "twitter", "x"),
    "whatsapp": ("واتساب", "واتس اب", "whatsapp"), "telegram": ("تلغرام", "telegram"),
    "instagram": ("انستغرام", "instagram"), "linkedin": ("لينكدإن", "لينكد إن", "linkedin"),
    "pinterest": ("بنترست", "pinterest"), "tumblr": ("تمبلر", "tumblr"), "reddit": ("ريديت", "reddit"),
    "messenger": ("ماسنجر", "messenger"), "threads": ("ثريدز", "threads"), "youtube": ("يوتيوب", "youtube"),
    "tiktok": ("تيك توك", "tiktok"), "snapchat": ("سناب شات", "snapchat"),
}
"""The networks a share bar names, each under one key whatever the spelling (``_network_key`` folds the rest:
"تيليغرام", "تلقرام", "إنستاغرام", "الانستغرام", "X (Twitter)" are one network each)."""
_NETWORK_KEYS = {_network_key(name): key for key, names in NETWORKS.items() for name in names}
_SHARE_KEYS = frozenset(_network_key(word) for word in SHARE_WORDS)

READ_ALSO = ("اقرأ أيضا", "اقرأ أيضًا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ ايضًا", "اقرا ايضا", "اقرا أيضا",
             "اقراء أيضا", "إقرأ أيضا", "إقرأ أيضًا", "إقرأ أيضاً", "اقرأ المزيد", "اقرأ كذلك", "وقد يهمك", "قد يهمك", "قد يهمك أيضا",
             "يهمك أيضا", "طالع أيضا", "طالع أيضًا", "طالع أيضاً", "شاهد أيضا", "شاهد أيضًا", "شاهد أيضاً", "شاهد ايضا", "مواضيع ذات صلة",
             "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "أخبار متعلقة", "اخبار متعلقة",
             "مواضيع متعلقة", "موضوعات متعلقة", "المزيد من الأخبار", "مزيد من الأخبار", "المزيد من المقالات", "ذات صلة", "الأكثر قراءة", "الاكثر قراءة",
             "قصص مقترحة", "القصص المقترحة", "القصص الموصى بها", "قصص موصى بها", "recommended stories",
             "read also", "read more", "related", "related posts", "related articles", "check also", "see also",
             "you may also like",
             # Addressed to a reader of either sex, as some sites write their calls: "اقرأ/ي أيضًا", "شاهد/ي أيضا".
             "اقرأ/ي أيضا", "اقرأ/ي كذلك", "اقرئي أيضا", "اقرأي أيضا", "شاهد/ي أيضا", "شاهدي أيضا", "طالع/ي أيضا",
             "طالعي أيضا")

BOX_NOUNS = ("أخبار", "الأخبار", "موضوعات", "الموضوعات", "مواضيع", "المواضيع", "مقالات", "المقالات", "قصص", "القصص",
             "تقارير", "التقارير", "روابط", "فيديوهات")
"""What a box of other stories' links calls its items ("أخبار", "موضوعات", "مقالات"): with a word of ``BOX_KINDS``
after it, the box's label ("موضوعات مرتبطة", "تقارير ذات صلة")."""
BOX_KINDS = ("متعلقة", "المتعلقة", "مرتبطة", "المرتبطة", "ذات صلة", "ذات الصلة", "ذات علاقة")
"""How such a box says which stories it links: related to this story, which an article seldom says of its own list
(when it does, its items share the lead's words: ``bodyfind.own_list``). Not "مقترحة", "تهمك", "تعجبك" (an article's
own "فيديوهات مقترحة", "موضوعات مقترحة", a digest's "أخبار تهمك"; s18 review_boxes2 H1), nor "مختارة" ("قصص مختارة"
over a book's contents; s18 review_boxes H4)."""
BOX_CALLS = ("قد يعجبك", "ربما يعجبك", "ربما يهمك")
"""A box's label speaking to the reader without naming its items, as only a box of other stories does ("قد يعجبك";
"قد يهمك" is in ``READ_ALSO``). Not "للمزيد" (it opens the article's sentences and lines), nor the calls that head an
article's own list as often ("نرشح لك" over a column's books, "لا تفوتك" over a guide's sights, "ننصحك بقراءة",
"اخترنا لك", "قد تحب"; s18 review_boxes H4), nor "الأكثر مشاهدة": a story on ratings heads its parts so ("الأكثر
مشاهدة" / "الأقل مشاهدة"), and its list of titles is its own."""
_BOX_TOGGLE = ("اظهار", "إظهار", "عرض", "إخفاء", "اخفاء")
"""A collapsed box's toggle before its label ("اظهار أخبار متعلقة")."""
BOX_LABEL = re.compile(
    rf"^{_BULLET}(?:{_words(*_BOX_TOGGLE)}\s+)?(?:{_words(*BOX_NOUNS)}\s+{_words(*BOX_KINDS)}|{_words(*BOX_CALLS)})"
    rf"(?:\s+{_words('أيضا')})?\s*[:：.…]*\s*$")
"""A box of links' label alone on its line, as sites word it: the class's words rather than one site's phrase (a
noun naming the items and a word saying they are related to this story, or a box's call to the reader). Alone on the
line only: "أخبار متعلقة بالحرب" may be the article's."""

OTHER_STORIES_BOXES = re.compile(
    r"^(?:(?:آخر|اخر|أخر|أحدث|احدث)\s+(?:الأخبار|الاخبار|الأنباء|الانباء|المقالات|المواضيع|الموضوعات|المنشورات)"
    r"|(?:the\s+)?latest(?:\s+(?:news|posts|articles|stories|headlines))?|recent\s+(?:news|posts|articles|stories)"
    r"|most\s+(?:read|popular)|trending(?:\s+(?:now|news|stories))?|popular\s+(?:posts|articles|stories)"
    r"|related\s+(?:news|stories)|more\s+stories|you\s+(?:may|might)\s+(?:also\s+)?like"
    r"|(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+aussi|les\s+plus\s+lu(?:e)?s|articles\s+les\s+plus\s+lus"
    r"|derni(?:è|e)res\s+(?:nouvelles|actualités|infos)|derniers\s+articles|articles\s+similaires"
    r"|sur\s+le\s+même\s+sujet|vous\s+aimerez\s+aussi)$", re.IGNORECASE)
"""Names of a box of other stories beyond ``READ_ALSO``'s: the latest news, in Arabic ("آخر الأخبار", "أحدث
المقالات"), and the box names English and French pages print over their lists ("Latest News", "Most Read",
"Trending", "À lire aussi", "Les plus lus"). Only alone on a line and over a run of titles (``text.storylists``):
"آخر الأخبار" in a sentence, or a part "آخر التطورات" heading paragraphs, is the article's."""

READ_ALSO_MARKER = re.compile(rf"^{_BULLET}{_words(*READ_ALSO)}(?:\s*[:：.…|｜»\-–—]|\s*$)", re.IGNORECASE)
"""A "read also" phrase opening its line, alone or before its story's title."""


@cache
def read_also_inside() -> re.Pattern[str]:
    """A "read also" phrase anywhere in a line ("مواضيع ذات صلة بهذا الخبر قد تهمك:"): a lead-in holding one announces
    a box of links, not the article's list. Compiled on first use: its word list takes 10 ms or more to compile, and
    most pages never ask (a fifth of the annotated ones)."""
    return re.compile(rf"(?<![{ARABIC_LETTERS}\w]){_words(*READ_ALSO)}(?![{ARABIC_LETTERS}\w])", re.IGNORECASE)


def worded_box_label(line: str) -> bool:
    """Whether a line is a box's label only by ``BOX_LABEL``'s grammar, no "read also" phrase: its title-shaped lines
    may be the article's own list when they share the lead's words (``bodyfind.own_list``); under a phrase of
    ``READ_ALSO`` ("مواضيع ذات صلة") they are links as they always were."""
    return bool(BOX_LABEL.match(line)) and not READ_ALSO_MARKER.match(line)


_LIST_COUNT = r"(?:list of \d{1,2} items?|قائمة من \d{1,2} (?:عناصر|عنصر|عنصرين|بنود))"
_LIST_PLACE = r"(?:list (\d{1,2}) of (\d{1,2})|(?:ال)?قائمة (\d{1,2}) من (\d{1,2}))"
LIST_OPENING = re.compile(rf"^{_LIST_COUNT}\s*[-–—]?\s*", re.IGNORECASE)
"""A screen reader's count opening a box of links ("list of 4 items", "قائمة من 3 عناصر"): some sites (Al Jazeera
and the sites that copy its pages) print it above their "read also" and "recommended stories" boxes."""
LIST_POSITION = re.compile(rf"^{_LIST_PLACE}(?=\s|$|\D)", re.IGNORECASE)
"""A screen reader's place in such a box ("list 1 of 4", "قائمة 2 من 3"), on its own line above a link's title or
glued to it ("قائمة 1 من 3وفاة طفل ...")."""
LIST_CLOSING = re.compile(r"^(?:end of list|نهاية القائمة)\s*$", re.IGNORECASE)
"""The box's end ("end of list"): what follows is the page going on, most often the article."""
_LIST_MARKERS = re.compile(rf"{_LIST_COUNT}|{_LIST_PLACE}", re.IGNORECASE)


def _unbulleted(line: str) -> str:
    """``line`` without the bullet, dash or spaces a list's line opens with."""
    return re.sub(rf"^{_BULLET}", "", line)


def list_place_in(line: str, total: int) -> bool:
    """Whether ``line`` opens with a place in a box of ``total`` links ("قائمة 2 من 3"), its title glued on even when
    the title opens with a number ("قائمة 2 من 315 قتيلا ...": the box's count says where the place ends)."""
    text = _unbulleted(line)
    place = re.match(rf"(?:list (\d{{1,2}}) of {total}|(?:ال)?قائمة (\d{{1,2}}) من {total})", text, re.IGNORECASE)
    return place is not None and 1 <= int(place.group(1) or place.group(2)) <= total


def list_count(line: str) -> int | None:
    """The number of links a screen reader's count announces ("list of 4 items": 4), or None."""
    count = LIST_OPENING.match(_unbulleted(line))
    return int(re.search(r"\d+", count.group()).group()) if count else None


def list_markers_alone(line: str) -> bool:
    """Whether ``line`` holds only a screen reader's markers ("list 2 of 4", "قائمة من 3 عناصرقائمة 1 من 3"), no
    link's title glued to them: the title is then on the next line."""
    return not _LIST_MARKERS.sub("", line).strip(" •·-*–—")


def list_marker(line: str) -> str | None:
    """"opening", "position" or "closing" for a screen reader's list marker (``LIST_OPENING``, ``LIST_POSITION``,
    ``LIST_CLOSING``) at the start of ``line``, else None. A place counts only as one of its list (1 <= k <= n)."""
    text = _unbulleted(line)
    if LIST_CLOSING.match(text):
        return "closing"
    if LIST_OPENING.match(text):
        rest = text[LIST_OPENING.match(text).end():]
        return "opening" if not rest or LIST_POSITION.match(rest) else None
    place = LIST_POSITION.match(text)
    if place:
        k, n = (int(x) for x in (place.group(1, 2) if place.group(1) else place.group(3, 4)))
        return "position" if 1 <= k <= n else None
    return None


VIEW_COUNTS = ("المشاهدات", "مشاهدات", "القراءات", "قراءات", "الزيارات", "زيارات", "views")
"""A view counter's label ("عدد القراءات", "المشاهدات"), before its figure."""
VIEWED = ("قراءة", "مشاهدة", "قرئ", "قُرئ", "شوهد", "شوهدت")
"""A page read or seen, before its figure and "مرة" ("قراءة 350 مرة", "شوهد 1200 مرة")."""
_VIEWS = r"\(?\s*[0-9\u0660-\u0669][0-9\u0660-\u0669,.٬]*\s*\)?"
"""A view counter's figure, maybe in brackets ("(756)")."""
READ_ALSO_REASON = "read also"
"""The reason the rules give a "read also" marker (``READ_ALSO`` holds the marker's phrases)."""
DATE_LINE_REASON = "date line"
"""The reason the rules and shapes (``lineshape.shape_reason``) give the page's date lines."""
CAPTION_REASON = "image caption"
"""The reason the rules and shapes give a photo's caption or credit."""
CONTENTS_REASON = "table of contents"
"""The reason for a table of contents' label alone, its items folded away (``bodyfind`` keeps a part so named)."""
CONTENTS_WORD = re.compile(r"محتوي|محتوى|فهرس|contents", re.IGNORECASE)
"""The stem of a table of contents' label word, which a paragraph about such a table uses too."""
READING_TIME_REASON = "reading time"
"""The reason the rules give a reading time ("4 دقائق للقراءة")."""
TAGS_REASON = "tags"
"""The reason the rules give a tag label and its tags ("كلمات دالة: ...")."""
END_MARK_REASON = "end mark"
_END_WORD = "(?:انتهى|إنتهى|انتهي)"
_END_FRAME = "(?:[^\\w\\s«»\"“”'‘’]|ـ)"
"""A mark framing the end word: any sign but a quote's (a quoted "«انتهى»" is a word someone said). Looked for
ahead of each side (linear: a page line of a hundred thousand brackets must not backtrack)."""
END_MARK = re.compile(rf"^(?=[\W_ـ]*?{_END_FRAME})[\W_ـ]*{_END_WORD}(?!\s*[.!؟?…])(?=[\W_ـ]*?{_END_FRAME})[\W_ـ]*$")
"""A press release's or an agency's end mark, the word alone between marks ("-انتهى-", "- انتهى -", "(انتهى)",
"// انتهى //", "ـ انتهى ـ"), framed on both sides by a sign other than a quote's: the mark itself is furniture.
What stands under it is judged as any line: a writer may close a quotation with the mark and go on in their own
words. Not the word alone or quoted ("انتهى", "«انتهى»"), nor closed by a sentence's mark ("انتهى.", "- انتهى!":
"it is over"): a one-word sentence an article or a story's dialogue may hold."""
VIDEO_LENGTH_REASON = "video length"
"""The reason the rules give a media player's labelled length ("مدة الفيديو 02:14")."""

FRAMED_BOX_NAMES = re.compile(
    r"^(?:(?:ال)?[أا]كثر\s+(?:قراءة|مشاهدة|تداولا|تداولاً|تعليقا|تعليقاً|شعبية|مشاركة)"
    r"|(?:مختارات|اختيارات|اختيار)\s+(?:المحرر|المحررين|التحرير)"
    r"|most\s+(?:read|viewed|watched|popular|shared)|editors?['’]?s?\s+picks?)$", re.IGNORECASE)
"""The names of a page's ranked or picked boxes ("الأكثر قراءة", "الأكثر مشاهدة", "مختارات المحرر", "Most read"), as
their class words, not one site's: a box's label only where a line below names its end ("نهاية الأكثر مشاهدة",
``screen_reader.labelled_boxes``). Alone they may head an article's part (a story on ratings: "الأكثر مشاهدة"), so
no rule drops them by themselves."""

READ_ALSO_CALLS = ("اقرأ أيضا", "اقرا أيضا", "اقرأ كذلك", "طالع أيضا", "شاهد أيضا", "اقرأ/ي أيضا", "شاهد/ي أيضا",
                   "طالع/ي أيضا")
"""The "read also" markers that call the reader ("read also", "see also"): a title run on after one of them, with no
mark between (the copy lost the link's edge: "إقرأ أيضاً تسجيل إصابات ..."), is still one link, never the article's
sentence (the article says "اقرأ" to no one)."""

FOLLOW_US = ("تابعونا", "تابعنا", "للمزيد من الأخبار تابعونا", "اشترك في النشرة", "اشترك في نشرتنا",
             "اشترك في قناتنا", "اشترك الآن", "حمل تطبيق", "حمّل تطبيق", "انضم إلى قناتنا", "انضموا إلى قناتنا",
             "follow us", "subscribe")
# "تابعوا"/"تابع" are also past-tense verbs ("they followed"): only furniture when
# they point at a platform ("تابع الجزيرة على تلغرام", "تابعوا قناتنا عبر:").
FOLLOW_VERBS = ("تابعوا", "تابع", "تابعي")
# Verbs a related box calls its reader with, before "also" ("شاهد أيضا", "طالع أيضا").
READER_VERBS = ("اقرأ", "إقرأ", "اقرا", "إقرا", "اقرئي", "اقرؤوا", "شاهد", "شاهدوا", "شاهدي", "طالع", "طالعوا", "تابع",
                "تابعوا", "اطلع", "إطلع", "اكتشف", "استمع", "انظر", "زوروا", "تقرأ", "تقرا", "تشاهد", "تتابع", "تفوت",
                "تفوتي", "تفوتوا")
# Words ending in ك that speak to no reader ("كذلك أيضا").
NOT_TO_READER = ("ذلك", "كذلك", "لذلك", "بذلك", "وكذلك", "وذلك", "تلك", "وتلك", "هناك", "وهناك", "هنالك", "أولئك")
FOLLOW_TARGETS = ("قناتنا", "قناة", "صفحتنا", "صفحة", "حساباتنا", "حسابنا", "منصاتنا", "يوتيوب", "تيك توك",
                  "جوجل نيوز", "أخبار جوجل", "google news")

AD_WORDS = ("إعلان", "اعلان", "إعلانات", "الإعلان", "الإعلانات", "مساحة إعلانية", "مساحة اعلانية", "محتوى مدعوم", "محتوى ممول",
            "advertisement", "ad", "ads", "sponsored")

PHOTO_CREDITS = ("رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "غيتي", "جيتي", "أسوشيتد برس", "الأناضول", "إي بي أيه",
                 "وكالات", "مواقع التواصل", "مواقع التواصل الاجتماعي", "أرشيف", "أرشيفية", "ارشيفية",
                 "صورة أرشيفية", "getty", "getty images", "afp", "reuters", "ap", "epa", "shutterstock")

PHOTO_KINDS = ("أرشيفية", "ارشيفية", "من الأرشيف", "توضيحية", "تعبيرية", "تخيلية", "رمزية")
"""What a photo's label says it is, after "صورة": an archive, illustrative or symbolic picture."""

AGENCIES = ("CNN", "AFP", "رويترز", "أ ف ب", "أ.ف.ب", "د ب أ", "الأناضول", "وام", "واس", "قنا", "كونا", "بنا",
            "سانا", "وكالات", "أ ش أ", "الجزيرة", "الجزيرة نت")

_AND = r"\s*(?:[+،,/&-]|و)\s*"
# Agencies credited on a line of their own: in brackets, two or more, "وكالات", or "وكالة (ال)أنباء X [Y]"
# with its initials in brackets. One name alone ("CNN", "الجزيرة") may be a sub-heading.
_AGENCIES_ALONE = (rf"[(\[]\s*{_words(*AGENCIES)}(?:{_AND}{_words(*AGENCIES)})*\s*[)\]]"
                   rf"|{_words(*AGENCIES)}(?:{_AND}{_words(*AGENCIES)})+|وكالات"
                   rf"|وكالة\s+(?:ال)?أنباء(?:\s+[^\s()\[\]:،.]{{2,20}}){{1,2}}(?:\s*\({_words(*AGENCIES)}\))?")

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر",
          "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
          "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
          # as written in the Maghreb
          "جانفي", "فيفري", "أفريل", "افريل", "ماي", "جوان", "جويلية", "أوت", "اوت",
          # the Hijri calendar ("9 ربيع أول 1446هـ")
          "محرم", "صفر", "ربيع الأول", "ربيع أول", "ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "جمادى الأولى",
          "جمادى الأول", "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")

WEEKDAYS = ("السبت", "الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة")

# Cities that open a dateline such as "القاهرة - " glued to the lead. A list, not a
# guess: "any word followed by a dash" would eat real sentences.
DATELINE_CITIES = ("القاهرة", "الرياض", "دبي", "أبوظبي", "أبو ظبي", "الدوحة", "بيروت", "دمشق", "بغداد", "عمان",
                   "عمّان", "الكويت", "المنامة", "مسقط", "الرباط", "الجزائر", "تونس", "طرابلس", "الخرطوم",
                   "صنعاء", "القدس", "غزة", "رام الله", "واشنطن", "نيويورك", "لندن", "باريس", "موسكو", "بكين",
                   "طهران", "أنقرة", "إسطنبول", "برلين", "جنيف", "بروكسل", "الإسكندرية", "جدة", "الدار البيضاء",
                   "نواكشوط", "عدن")

NAV_WORDS = ("الرئيسية", "الصفحة الرئيسية", "أخبار", "اخبار", "سياسة", "اقتصاد", "رياضة", "فن", "منوعات",
             "تكنولوجيا", "صحة", "مقالات", "فيديو", "عربي", "دولي", "عربي ودولي", "محليات", "ثقافة", "رأي",
             "تقارير", "حوادث", "مصر", "العالم", "عاجل", "خاص", "حصري", "متابعات", "تحليل", "رياضة محلية",
             "كرة القدم", "علوم", "بيئة", "سيارات", "مجتمع", "ثقافة وفنون", "أخبار محلية", "home", "news", "sports")

# Tags a title may end with in brackets: what the story holds, not who took the photo.
TITLE_TAGS = ("فيديو", "بالفيديو", "صور", "بالصور", "فيديو وصور", "مستند", "مستندات", "بروفايل", "إنفوجراف",
              "انفوجراف", "إنفوغراف", "انفوغراف", "إنفوجرافيك", "انفوجرافيك", "إنفوغرافيك", "انفوغرافيك", "فيديوجراف",
              "فيديوغراف", "جرافيك", "غرافيك", "خاص", "حصري", "تفاصيل", "التفاصيل", "شاهد", "لايف", "مباشر", "بث",
              "تحديث", "محدث", "متجدد", "مستمر", "عاجل", "حوار", "تقرير", "تحليل", "تحقيق", "رأي", "مقال", "ملف",
              "قصة", "دراسة", "استطلاع", "بيان", "نص", "وثيقة", "وثائق", "خريطة", "جدول", "قائمة", "صوت", "بودكاست",
              "مترجم", "ترجمة", "تفاعلي", "أسئلة وأجوبة", "سؤال وجواب", "كامل", "كاملة", "النص الكامل")
"""The genres and kinds of matter a title tags itself with in brackets ("(فيديو)", "(حوار)", "(تقرير خاص)"): a
closed set, where the sources a caption is credited to are an open one (agencies, outlets, institutions,
photographers: "(الفرنسية)", "(وزارة الدفاع)", "(AP Photo)")."""
_SERIES_ORDINAL = _words(*ORDINALS_M[1:], *ORDINALS_F[1:])
_PART_NUMBER = r"[0-9\u0660-\u0669]{1,2}(?![0-9\u0660-\u0669])"
"""A series part's number: one or two digits ("(الحلقة الثالثة 3)"); four are a year, a caption's ("(الجزء الرابع
2020)"; s20 review2_headfurn M4)."""
_LAST = r"و?الأخير[ةه]?"
_TITLE_TAG = (rf"(?:(?:ال)?{_words(*TITLE_TAGS)}(?:\s*[0-9\u0660-\u0669]+)?"  # "(والصور)", "(تحديث 2)"
              r"|بال[\u0621-\u064a]{3,}"  # "(بالأرقام)", "(بالأسماء)", "(بالتفاصيل)": the story told "in" something
              # a series' part: "(الجزء الثاني)"; its ordinal then its number or "last" ("(الحلقة الثالثة 3)",
              # "(الجزء الثالث والأخير)"), or its number and "last" ("(الجزء 4 والأخير)"). Not any word and a number:
              # "(الجزء الشمالي 2)" is a map's sheet under a caption (s20 review_headfurn M3).
              rf"|{_words('الحلقة', 'الجزء', 'حلقة', 'جزء')}\s+(?:{_SERIES_ORDINAL}\s+(?:{_PART_NUMBER}|{_LAST})"
              rf"|{_PART_NUMBER}\s+{_LAST}|[^()\s]+)"
              rf"|{_words('تعرف', 'اعرف', 'اقرأ', 'شاهد')}(?:\s+[^()\s]+){{1,3}})")  # a call: "(تعرف عليها)"
_TITLE_TAGS = rf"{_TITLE_TAG}(?:(?:\s*(?:[+&/،,]|و)\s*|\s+){_TITLE_TAG})*"
"""One of ``TITLE_TAGS`` or its like (a "بال" word, a series' part, a call to read on), or several joined ("صور
وفيديو", "فيديو + صور", "تقرير خاص")."""
PHOTO_SUBJECTS = ("حفل", "حفلة", "احتفال", "احتفالات", "مهرجان", "افتتاح", "زيارة", "مباراة", "معرض", "مؤتمر", "عرض",
                  "جولة", "رحلة", "داخل", "قلب", "موقع", "مكان", "حادث", "حريق", "يوم", "أيام", "زفاف", "تخريج", "حياة")
"""Nouns of what photos show (an event, a place's inside), never a photographer's or outlet's name after "صور من"."""
PHOTO_NOUNS = ("صورة", "صور", "لقطة", "لقطات", "فيديو", "مقطع", "إنفوجراف", "إنفوغراف", "إنفوغرافيك")
"""What a photo's or a video's label calls it ("صورة من ...", "لقطة من ...", "فيديو لـ ..."), in any usual spelling
(``_words``: "صوره", "انفوجراف") and with or without the article."""
NUMBERED_MEDIA = ("صورة", "فيديو")
"""The nouns a gallery numbers its items by ("صورة-2", "فيديو 3"; seen s25 r02 cutee)."""
PHOTO_LABEL_KINDS = ("أرشيفية", "تعبيرية", "توضيحية", "جوية", "متداولة", "حصرية", "شاشة")
"""A kind of photo between a label's noun and what it shows ("صورة جوية لـ ...", "لقطة شاشة من ...")."""
PHOTO_EVENTS = ("حفل", "حفلة", "احتفال", "احتفالات", "مهرجان", "افتتاح", "زيارة", "مباراة", "معرض", "مؤتمر", "جولة",
                "حادث", "حريق", "زفاف", "تخريج", "اجتماع", "لقاء", "جلسة", "مسيرة", "تظاهرة", "وقفة", "تدريبات",
                "تدريب", "مراسم", "البث", "الفيديو", "المقطع", "الموقع")
"""Events and scenes a photo or a video is taken from ("صورة من المباراة", "لقطة من البث"): the concrete vocabulary of
a label, never an abstract noun a part's heading reads so with ("صورة من الماضي", "صورة للواقع", "لقطات من الذاكرة")."""
PHOTO_LABEL = re.compile(
    rf"^\W{{0,2}}(?:ال)?{_words(*PHOTO_NOUNS)}(?:\s+{_words(*PHOTO_LABEL_KINDS)})?"
    rf"(?:\s+(?:من\s+|لـ?\s*)(?:ال)?{_words(*PHOTO_EVENTS)}(?:\s+[^\s.!?؟:：،,;؛«»\"“”()\d]+){{0,2}})?\s*$")
"""A photo's label alone on its line: its noun (``PHOTO_NOUNS``), maybe its kind (``PHOTO_LABEL_KINDS``), then nothing
or what event it is from or of (``PHOTO_EVENTS``: "من المباراة", "لحفل التخريج") and two words at most; no colon,
stop, comma, quote or figure. A part's heading reads so with an abstract noun ("صورة من الماضي") or a colon
("فيديو: مشاهد الدمار"), and a copy of a paper names no event ("صورة من شهادة الميلاد"): none of them is a label here
(review_captions M1)."""
FROM_THE_EVENT = re.compile(rf"^من\s+(?:ال)?{_words(*PHOTO_SUBJECTS)}\s")
"""A caption naming the event its photo is from, a label's words without its noun ("من مباراة ...", "من حفل ...")."""
_PHOTO_NAME = rf"(?!ال)(?!{_words(*PHOTO_SUBJECTS)}(?![^\s.!?؟:،,]))[^\s.!?؟:،,]+"
"""One word of a photographer's or outlet's name after "صور من": no definite article (a name bears none: "الذاكرة",
"الطب" name what is shown) and none of ``PHOTO_SUBJECTS``."""
_LATIN_CREDIT = r"(?i:Getty Images|Getty|AFP|Reuters|AP|EPA|Anadolu|Shutterstock)\b"
"""A wire's or photo agency's Latin name, in any case ("GETTY IMAGES", "Reuters")."""
_TAG_LABEL = _words("الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "كلمات دلالية", "الكلمات الدلالية",
                    "الكلمات الدالة", "كلمات دالة", "tags", "tag")
_MONTH = _words(*MONTHS)
_DATE = rf"\d{{1,2}}\s*(?:{_MONTH}|/)\s*(?:\d{{1,2}}\s*/\s*)?\d{{4}}"
_TIME = r"\d{1,2}:\d{2}(?:\s*(?:ص|م|صباحا|صباحًا|مساء|مساءً|AM|PM|am|pm|GMT|بتوقيت \S+))?"

_META_ROW_CLAUSE = ("إن", "أن", "ان", "الذي", "التي", "قد", "في", "من", "على", "إلى", "الى", "عن", "مع", "بعد", "قبل")
"""Words that make a clause around a stamp's date: a sentence, not the meta row's byline or section name."""
_META_ROW_WORDS = "|".join(map(re.escape, _META_ROW_CLAUSE))
"""The same, spelt exactly: the rules' loose spelling would take the name "علي" for "على"."""
_DATE_LABEL = _words("آخر تحديث", "تاريخ النشر", "نشر في", "نُشر في", "نشر بتاريخ", "تم النشر", "محدث")
"""The labels of a page's publication and update dates ("آخر تحديث", "نشر في")."""
_WORD_END = r"(?![\w\u0610-\u061a\u064b-\u065f])"
"""A whole word ends here: no letter nor mark of a vowel after it ("نشر في" must not open "نشر فيديو")."""
BARE_DATE_LABEL = re.compile(
    rf"^\s*[•·●▪]\s*{_words('آخر تحديث', 'نشر في', 'نُشر في', 'تم النشر')}{_WORD_END}\s*$")
"""A page's update or posting label alone behind a round bullet, its date printed apart or not at all ("• آخر تحديث",
s25 r03 dalelsaudia). One item among sibling items marked alike is a list's (``text.bodyfind``)."""
WIDGET_WORK = ("التحميل", "تحميل", "التحويل", "الإرسال", "المعالجة", "التشغيل", "الاتصال", "التحقق", "التوجيه",
               "إعادة التوجيه", "الانتظار", "البحث", "التسجيل", "الحفظ", "النسخ")
"""What a widget's progress message says it is doing, alone after "جاري" ("جاري التحميل...", "جاري البحث...")."""
PAGE_MATTER = ("الإعلانات", "الإعلان", "إعلان", "المحتوى", "الصفحة", "الفيديو", "الفيديوهات", "المقال", "المقالة",
               "النص", "نص", "الصوت", "الملف", "الصورة", "الصور", "التعليقات", "التعليق", "البيانات", "المزيد",
               "المشغل", "التطبيق")
"""The page's own matter a widget loads or converts ("جاري تحميل الفيديو...", "جاري تحويل الكتابة إلى نص ..")."""
_PREPOSITIONS = ("في", "من", "عن", "على", "إلى", "الى", "حول", "لدى", "عند", "بين")
BRACKET_CREDITS = ("إكس", "اكس", "تويتر", "فيسبوك", "فيس بوك", "انستغرام", "إنستغرام", "يوتيوب", "تيك توك", "تلغرام",
                   "واتساب", "سناب شات", "متداولة", "متداول", "أرشيف", "الأرشيف", "أرشيفية", "ارشيفية", "إنترنت",
                   "الإنترنت", "انترنت", "الانترنت", "توضيحية", "تعبيرية", "وكالات", "تصوير", "صورة", "الصورة",
                   "عدسة", "بعدسة", "وكالة", "وسائل", "مواقع", "موقع", "قناة", "صحيفة", "شبكة", "منصة", "حساب", "مصدر",
                   "المصدر",
                   "x", "twitter", "facebook", "instagram", "youtube", "pixabay", "unsplash", "freepik", "istock",
                   "wikimedia", "wikipedia", "photo", "image", "credit", "courtesy", "social media")
"""Words of a photo's source in the brackets closing its caption (a platform, a kind of photo, the photographer's
or the outlet's word), beside ``PHOTO_CREDITS`` and ``AGENCIES``."""
_CREDIT_WORD = rf"(?i:{_words(*BRACKET_CREDITS, *PHOTO_CREDITS, *AGENCIES)})(?!\w)"
LATIN_WIRE_CREDITS = frozenset(("wam", "qna", "kuna", "dpa", "efe", "ansa", "irna", "bna", "nna", "tass", "kcna",
                                "suna", "ians", "pti", "xinhua", "anadolu", "afp", "reuters", "ap", "epa", "getty",
                                "bloomberg", "handout", "sputnik", "shutterstock", "alamy", "imago", "yonhap", "kyodo",
                                "ria"))
"""Wire agencies and photo brands credited in Latin letters under an Arabic caption, by the bracket's first word in
any case ("(WAM)", "(Wam)", "(dpa)", "(Anadolu Agency)", "(Xinhua News Agency)", "(Getty Images)", "(Handout)"): a
bracket opening with a news or photo brand is a credit, never a gloss, so such a caption stays one even alone over
the article, where other initials in brackets may gloss a title ("... صندوق النقد الدولي (IMF)":
``credited_to_an_unlisted_source``, ``text.headline``). Only names no other word shares: "MENA" is the region's,
"UPI" a payment system's, "SPA", "MAP", "TAP", "PA", "AA", "Petra", "SANA" everyday words or places too (reviewer,
s16review_caption2.md H2, s16review_caption3.md H2). They never make a line a caption (``CaptionRule`` reads it as on
main)."""
_BRACKET_OPENING = re.compile(r"^\s*([A-Za-z]+)")
"""The first Latin word opening a bracket's text ("Anadolu" of "Anadolu Agency")."""
_LAST_BRACKET = re.compile(r"\(([^()]*)\)\s*$")
_EXAMPLES_IN_BRACKET = re.compile(r"^\s*(?:كال[\u0621-\u064a]{2,}|(?:مثل|ومنها|منها)\s)")
"""A bracket opening with "ك" and the article, with "مثل" or with "منها" / "ومنها" gives examples of what the sentence
names ("المشتقات النفطية (كالغاز والمازوت)", "(مثل القمح والشعير)", "(ومنها القمح والشعير)"): a sentence's words, never
a photo's source."""
_FIRST_LETTERS = re.compile(rf"[^{ARABIC_LETTERS}A-Za-z]*([{ARABIC_LETTERS}]+)")
HARAKAT = re.compile("[\u064b-\u0652\u0640]")
"""Short vowels and tatweel, left out where words are compared (clean_line has dropped tatweel already)."""
MIN_DESCRIPTION_WORDS = 3
"""A caption says what its photo shows in this many words at least before its credit ("محتجون يرفعون لافتات ...
(الفرنسية)"); a name or a label with a note in brackets is shorter ("الخيار الأول (الأقل كلفة)", "شنتشن (الصين)")."""
_SAID = re.compile("(?<![0-9\u0660-\u0669])[:：]|^\\W*[«“\"]")
"""A label's colon (no time's: "10:30"), or a quotation opening the line: a title or a sub-heading says so
("الوزير: لا ضرائب جديدة (...)", "«لن نتراجع» (...)", "الخيار الأول: ... (...)"), where the bracket names who spoke
or glosses the label; a caption says what is shown (a banner's words may stand inside it: "... لافتة كتب عليها «لا
للحرب» (...)")."""


def credits_a_listed_source(line: str) -> bool:
    """Whether the bracket closing ``line`` names a photo's source one of the lists knows (``BRACKET_CREDITS``,
    ``PHOTO_CREDITS``, ``AGENCIES``: "(رويترز)", "(تصوير: ...)", "(إكس)")."""
    match = _LAST_BRACKET.search(line)
    return match is not None and bool(_credit_in_bracket().search(match.group(1)))


@cache
def _credit_in_bracket() -> re.Pattern[str]:
    """A listed source's name in a bracket, compiled on first use: its lists take 10 ms or more to compile, and few
    pages ask (1 in 100 of the annotated ones)."""
    return re.compile(rf"(?<!\w){_CREDIT_WORD}", re.IGNORECASE)


def describes_a_photo(line: str) -> bool:
    """Whether the words before the bracket closing ``line`` are shaped as a caption: ``MIN_DESCRIPTION_WORDS`` or
    more, without a label's colon or a quotation (``_SAID``), naming what is shown rather than opening with a verb in
    the past (``PAST_VERB``), as the article's sentences do ("وقعت الوزارة العقد مع شركة سيمنز (Siemens)" on a page
    without full stops; reviewer, s15review2.md F8)."""
    match = _LAST_BRACKET.search(line)
    if match is None or _EXAMPLES_IN_BRACKET.match(HARAKAT.sub("", match.group(1))):
        return False
    before = HARAKAT.sub("", line[:match.start()])
    first = _FIRST_LETTERS.match(before)
    return (len(before.split()) >= MIN_DESCRIPTION_WORDS and not _SAID.search(before)
            and not (first is not None and PAST_VERB.fullmatch(first.group(1))))


@dataclass(frozen=True)
class CaptionRule(LineRule):
    """A line shaped as a caption closed by a bracket (``pattern``, which leaves out the closed set of a title's own
    tags, ``TITLE_TAGS``) whose bracket credits a source: one the lists know, or any other name closing a line that
    describes a photo (``describes_a_photo``). The sources are an open set ("(الفرنسية)", "(بترا)", "(وزارة الدفاع)",
    "(AP Photo)": no list holds them all), so the line's shape decides, not the name (reviewer, s15fixreview_rules.md
    H1, F3)."""

    def matches(self, line: str) -> bool:
        line = fold_keyboard(line)  # its words are read too: a Persian "ک" in a verb is the verb's "ك"
        return super().matches(line) and (credits_a_listed_source(line) or describes_a_photo(line))


def credited_to_an_unlisted_source(line: str) -> bool:
    """Whether ``line`` is a caption only because it describes a photo under a bracket naming a source no list knows
    (``CaptionRule`` without ``credits_a_listed_source``): where the page holds no other title, such a line is its title
    glossed in brackets ("قمة الحلف في واشنطن (الناتو)"), since a caption stands under its title (``text.headline``)."""
    rule = next((rule for rule in LINE_RULES if rule.matches(line)), None)
    return isinstance(rule, CaptionRule) and not credits_a_listed_source(line) and not credits_a_wire_in_latin(line)


def credits_a_wire_in_latin(line: str) -> bool:
    """Whether the bracket closing ``line`` opens with a wire agency's or a photo brand's Latin name
    (``LATIN_WIRE_CREDITS``, in any case)."""
    match = _LAST_BRACKET.search(line)
    first = _BRACKET_OPENING.match(match.group(1)) if match is not None else None
    return first is not None and first.group(1).lower() in LATIN_WIRE_CREDITS


_DATED_CREDIT = re.compile(
    rf"(?<![0-9/]){_DATE}\s*(?:\(([^()]{{2,40}})\)|[-–—|]\s*([^\s().!؟?،,]+(?:\s+[^\s().!؟?،,]+){{0,2}}))\s*$"
    rf"|\(\s*{_DATE}\s*\)\s*[-–—|]?\s*([^\s().!؟?،,]+(?:\s+[^\s().!؟?،,]+){{0,2}})\s*$")
"""The day a photo was taken and its credit, closing its caption: "2 مايو 2024 (NAME/فرانس برس)", "13 مايو 2024 -
REUTERS", or the day in brackets and the credit after them ("( 19/11/2023) AP", s24 b03 alyurae). Not a season's
"2023/2024"."""
PHOTO_WIRES = ("رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "غيتي", "جيتي", "أسوشيتد برس", "الأناضول", "إي بي أيه", "د ب أ",
               "أ ش أ", "وام", "واس", "كونا", "سانا", "getty images", "getty", "afp", "reuters", "ap", "epa")
"""Wire agencies and photo agencies credited under a dated caption, by themselves or after the photographer's name
("NAME/فرانس برس"). Not an attribution ("بحسب وكالة ...", "صحيفة ...", "موقع ...") nor a kind of photo ("أرشيفية"),
which a sentence citing its source or a photo story's title closes with too (s18 review_lead.md H1-H6)."""
_STOP_INSIDE = re.compile(r"[.!?؟](?=.*\S)")


MAX_BRACKETED_DATE_CAPTION_WORDS = 14
"""A caption with its day in brackets and the wire after them is this long at most ("هجوم ... في البحر الأحمر (
19/11/2023) AP", s24 b03 alyurae, 11 words): a longer line is a sentence whose source closes it."""
_ATTRIBUTING = ("حسب", "بحسب", "وفق", "وفقا", "طبقا", "عن", "نقلا", "لـ", "ل", "من", "إلى", "الى", "لدى", "مع")
"""Words that make the wire after the bracketed day the sentence's own source: "... حسب (3/5/2024) AP"."""
_OBJECT_PRONOUN = re.compile(r"\w(?:ه|ها|هم|هما|هن)$")
"""A verb with its object's pronoun ("نشرته", "أكدها"): the wire after the bracketed day is its subject."""


def _describes_before_bracket(before: str, words: int) -> bool:
    """Whether ``before``, the words in front of a bracketed day and a wire ("WHAT ( DATE) AP"), describe a photo:
    the line is a caption's length (``MAX_BRACKETED_DATE_CAPTION_WORDS``), and its last word neither attributes
    ("حسب", "عن") nor is a verb taking the wire as its subject ("... بعد تقرير نشرته (3/5/2024) رويترز"; reviewer,
    s25 review of fix25_furniture M3)."""
    last = before.split()[-1] if before.split() else ""
    return (words <= MAX_BRACKETED_DATE_CAPTION_WORDS and last not in _ATTRIBUTING
            and not last.startswith("لـ") and not _OBJECT_PRONOUN.search(last))


@cache
def _wire_credit() -> re.Pattern[str]:
    """A dated caption's credit: a wire (``PHOTO_WIRES``), after the photographer's name or alone. Compiled on first
    use: few pages hold a dated caption (2 in 100 of the annotated ones)."""
    return re.compile(rf"^(?:[^/()]{{2,40}}/\s*)?{_words(*PHOTO_WIRES)}$", re.IGNORECASE)


@dataclass(frozen=True)
class DatedCaptionRule(LineRule):
    """A photo's caption closed by its date and credit ("PLACE، DATE (NAME/AGENCY)", "WHAT. DATE - AGENCY"), as agency
    and newspaper captions are written. The date lets its description hold the comma or the one full stop a bare
    caption may not (``CaptionRule``), but the credit must be a wire's or photo agency's (``PHOTO_WIRES``, a Latin
    wire), alone or after the photographer's name, and the words before the date must describe a photo: one sentence
    at most, no quotation, not opening with a verb in the past or going on with و (a paragraph "وأعلنت الوزارة ... في 2
    مايو 2024 (رويترز)" is the article's)."""

    def matches(self, line: str) -> bool:
        line = fold_keyboard(line)  # its words are read too: a Persian "ک" in a verb is the verb's "ك"
        match = match_any_spelling(self.pattern, line) if len(line.split()) <= self.max_words else None
        if match is None:
            return False
        group = next(group for group in (1, 2, 3) if match.group(group))  # read as written: ``match_any_spelling``
        credit = line[match.start(group):match.end(group)]
        before = HARAKAT.sub("", line[:match.start()]).strip().rstrip("،,.-–— ")
        first = _FIRST_LETTERS.match(before)
        if group == 3 and not _describes_before_bracket(before, len(line.split())):
            return False
        return ((bool(_wire_credit().match(credit.strip())) or credits_a_wire_in_latin(f"({credit.strip()})"))
                and len(before.split()) >= MIN_DESCRIPTION_WORDS and not _SAID.search(before)
                and not _STOP_INSIDE.search(before) and not before.startswith("و")
                and not (first is not None and PAST_VERB.fullmatch(first.group(1))))


_RIGHTS_RESERVED = r"(?:جميع|كل)\s+(?:حقوق النشر|الحقوق)\s+محفوظ"
"""All rights reserved: "جميع الحقوق محفوظة", "كل حقوق النشر محفوظة"."""

# A feed's footer names the site it first appeared on at the line's end ("... ظهر أولاً في موقع الساحل."), where a
# story goes on past the place ("... ظهر لأول مرة على فيسبوك قبل أسبوع، بحسب الشرطة.").
_SITE_AT_END = r"[^\s.!?؟،,]+(?:\s+[^\s.!?؟،,]+){0,3}\s*\.?\s*$"
_POSTS = ("الخبر", "المقال", "المقالة", "التدوينة", "المنشور", "الموضوع")

MAX_CAPTION_LABEL_WORDS = 25
"""A caption under a screen reader's media label, or closed by a photo's credit, is at most this long: a paragraph
opening or closing so is the article's."""
_CREDIT_TOKEN = r"(?:[^\s©.!؟?«»\"“”()]|(?<=[A-Za-z])\.(?=[A-Za-z]))+"
"""A word of a photo's credit after "©": no stop, quote or bracket (a quotation naming the sign is the article's),
but a photographer's initial glued to the name in Latin letters ("© UNHCR/R.Gangale", s27 r03 unhcr). Any word,
where ``_CREDIT_WORD`` is one of the listed sources."""
_CREDIT_UNIT = rf"(?:{_words(*PHOTO_WIRES)}(?![^\s©.!؟?«»\"“”()])|{_CREDIT_TOKEN})"
"""A name of a photo's credit after "©": a wire written in letters apart ("أ ف ب", "د ب أ") counts once, as its
one-word names do, so "© NAME NAME، أ ف ب" is a photographer and the agency (s19 p01)."""

MAX_SHORT_CREDIT_WORDS = 4
"""A photo's credit after BBC's "مصدر الصورة،" label is at most this many words ("Getty Images", "Reuters/AFP")."""
_SHORT_CREDIT = rf"(?:{_words(*PHOTO_WIRES, *AGENCIES)}(?!\w)|[A-Za-z][A-Za-z0-9&.'-]*(?:\s+[A-Za-z][A-Za-z0-9&.'-]*)*)"
"""One name of a short photo credit: a wire or agency the lists know, or a name in Latin letters."""

# Whole-line rules, tried in order; the first that matches gives the reason.
TIME_UNITS = ("ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع"
              "|شهر|شهرين|أشهر|سنة|سنتين|سنوات|عام|عامين|أعوام")
"""Units of a page's time-ago stamp ("منذ 3 ساعات"), as a regex alternation."""

_MASTHEAD_ROLE = _words('رئيس التحرير', 'رئيس مجلس الإدارة', 'مدير التحرير', 'نائب رئيس التحرير', 'المدير العام',
                        'رئيس التحرير التنفيذي', 'مستشار التحرير')

LINE_RULES: tuple[LineRule | WordListRule | ShareBarRule | SizeWidgetRule | MetaRowRule | WebCodeRule, ...] = (
    LineRule("template token", re.compile(r"^[a-z]+(?:[-_][a-z0-9]+)+$")),
    # A page's style or script printed as text ("figure { display: flex; }", "googletag.cmd.push(...);", "<!--
    # ... -->"), told by its structure: text.codelines.
    WebCodeRule(),
    WordListRule("share widget", SHARE_WORDS, allow_numbers=True),
    ShareBarRule("share widget"),
    # A share bar's copy notice or its button, s24 b02 onsudan, s25 b01 180news: a notice that something was copied
    # ("- تم نسخ عنوان المقال إلى الحافظة", "تم النسخ", "Link copied"), or a button copying the article itself ("نسخ
    # الرابط للمقال", "نسخ رابط الخبر"), nothing else on the line. A how-to's step names no notice and no article
    # ("• نسخ إلى الحافظة", "نسخ الرابط إلى الحافظة", "نسخ عنوان الصفحة", "Copy to clipboard") or goes on ("تم نسخ
    # الملف إلى الحافظة، والآن ...").
    LineRule("share widget", re.compile(
        rf"^{_BULLET}تم\s+(?:ال)?نسخ(?:\s+{_COPIED})?(?:\s+(?:إلى|الى)\s+الحافظة)?\W*$"
        rf"|^{_BULLET}ا?نسخ\s+{_COPIED_ARTICLE}(?:\s+(?:إلى|الى)\s+الحافظة)?\W*$"
        r"|^(?:link |url )?copied(?: to (?:the )?clipboard)?\W*$", re.IGNORECASE)),
    # A letter alone on its line that is no word: a Latin letter (an icon's "f"), or "آ", which is what a no-break
    # space's first byte reads as in windows-1256 (a page's spaces garbled). Another Arabic letter alone may be a
    # law's clause "أ" or a quiz's answer "ب" (s19 review_landed.md M2).
    LineRule("stray letter", re.compile(r"^\s*(?:[A-Za-z]|آ)\s*$"), any_spelling=False),  # "آ", not "أ" or "ا"
    LineRule(END_MARK_REASON, END_MARK),
    # A font-size widget, told by its shape ("A+ A-", "أ أ أ", "ت + ت – الحجم الطبيعي"): text.sizewidget.
    SizeWidgetRule(),
    # Up to any rule's 60 words: a link's title may come with its story's first lines, or several titles run together
    # ("إقرأ ايضاً:البلدية تعلن مناقصة ...: سكان الساحل يشكون ... للأسبوع الثالث").
    LineRule("read also", READ_ALSO_MARKER),
    # A box of links' label in the class's words, alone on its line ("موضوعات مرتبطة", "اظهار أخبار متعلقة").
    LineRule("read also", BOX_LABEL, max_words=6),
    # A calling marker and its story's title with no mark between: the title ends on no full stop (a sentence telling
    # the reader what to read, "اقرأ أيضا ما كتبه المؤرخون.", is the article's).
    LineRule("read also", re.compile(rf"^{_BULLET}{_words(*READ_ALSO_CALLS)}\s+\S[^.!]*(?<![.!])$"), max_words=25),
    # A short line closed by "also" that calls the reader, however it is worded: a verb of reading, seeing or
    # liking ("شاهد أيضاً", "تابع أيضا") or a word speaking to the reader ("ننصحك أيضا :", "ربما يهمك أيضاً", "اخترنا
    # لكم أيضا"), and no full stop: "والمدارس أيضا" heads a part, "وهذا ما حدث أيضا." is a sentence.
    LineRule("read also", re.compile(
        rf"^{_BULLET}(?=(?:\S+\s+){{0,2}}(?:{_words(*READER_VERBS)}|(?!{_words(*NOT_TO_READER)})\S+كم?)\s)"
        rf"(?:\S+\s+){{1,3}}{_words('أيضا')}\s*[:：…\-–—]*\s*$"), max_words=4),
    LineRule("follow us", re.compile(rf"^{_BULLET}{_words(*FOLLOW_US)}(?:\s|[:：]|$)", re.IGNORECASE), max_words=15),
    # A follower count in a widget's notation ("انضم لأكثر من 25K+ متابع", "5K followers"); a title writes
    # "10 ملايين متابع".
    LineRule("follow us", re.compile(
        rf"\d+(?:[.,]\d+)?\s?(?:[KkMm]\+?|\+)\s*{_words('متابع', 'متابعين', 'مشترك', 'مشتركين', 'followers', 'subscribers')}",
        re.IGNORECASE), max_words=10),
    LineRule("follow us", re.compile(
        rf"^{_BULLET}{_words(*FOLLOW_VERBS)}\s[^.!?؟]{{0,50}}?(?:على|عبر)\s*(?:[:：]|$|"
        rf"{_words(*SHARE_WORDS, *FOLLOW_TARGETS)})", re.IGNORECASE), max_words=15),
    # A promise to the reader of what will reach them ("ليصلك كل جديد ...", "حمل التطبيق لتصلك التنبيهات"), or a call to
    # turn the site's notifications on: a box that wants a subscriber (2 of 2 on the annotated pages).
    LineRule("follow us", re.compile(
        rf"(?<!\w){_words('لتصلك', 'ليصلك', 'لتصلكم', 'ليصلكم')}\s"
        rf"|^{_BULLET}{_words('فعل', 'تفعيل')}\s+{_words('الإشعارات', 'التنبيهات')}"
        r"|\b(?:enable|allow|turn on) (?:push )?notifications\b", re.IGNORECASE), max_words=20),
    LineRule("loading text", re.compile(r"^(?:جاري التحميل|جار التحميل|يتم التحميل|تحميل|loading)\W*$",
                                        re.IGNORECASE)),
    # A widget's progress message, trailing off with dots: "Loading ads...", "جاري تحويل الكتابة إلى نص ..": its work
    # alone ("جاري البحث...") or the page's matter it works on. "جاري/جار + a verbal noun" is also the news's "is
    # being done", and a breaking update trails off so ("جار البحث عن مفقودين...", "جاري إخلاء المحلات..."; reviewer,
    # s15review2.md F9).
    LineRule("loading text", re.compile(
        rf"^(?:جاري|جار)\s+{_words(*WIDGET_WORK)}\s*(?:\.{{2,}}|…)$"
        rf"|^(?:جاري|جار)\s[^.!?؟:]{{0,40}}?(?<!\w){_words(*PAGE_MATTER)}(?!\w)[^.!?؟:]{{0,30}}?(?:\.{{2,}}|…)$"
        r"|^loading\s[^.!?؟:]{1,40}?(?:\.{2,}|…)$", re.IGNORECASE),
             max_words=6),
    # The link a theme puts first for keyboard and screen-reader users ("Skip to content", WordPress's
    # translations of it): the page's top, never its title.
    LineRule("skip link", re.compile(
        rf"^{_words('تخطى', 'تخطي', 'التخطي', 'تجاوز', 'انتقل', 'الانتقال')}\s+(?:إلى|الى|ل)\s*"
        rf"{_words('المحتوى', 'المحتوى الرئيسي', 'المحتويات')}$|^skip to (?:the )?(?:main )?content$",
        re.IGNORECASE)),
    # A table of contents' label alone, its items folded behind a button the copy leaves out ("جدول المحتويات",
    # "فهرس المقال [إخفاء]", "المحتويات"; four sites of s25): a contents word, what it lists and the button's word,
    # nothing else. A part of an article named so goes on with its topic ("المحتويات الرقمية في المدارس"), or its
    # paragraph right under it uses the label's word (a guide's part "جدول المحتويات": ``bodyfind``).
    LineRule(CONTENTS_REASON, re.compile(
        rf"^{_BULLET}(?:{_words('جدول', 'فهرس', 'قائمة')}\s+(?:ال)?{_words('محتويات', 'محتوى')}|(?:ال)?محتويات"
        rf"|(?:ال)?فهرس|(?:ال)?محتوى(?=\s+(?:ال|لل)?{_words('مقال', 'موضوع', 'صفحة')}))"
        rf"(?:\s+(?:ال|لل)?{_words('مقال', 'موضوع', 'صفحة', 'دليل', 'درس')})?"
        rf"(?:\s*[\[(]?\s*{_words('إخفاء', 'اخفاء', 'إظهار', 'اظهار', 'عرض', 'hide', 'show', 'toggle')}\s*[\])]?)?"
        r"\s*[:：]?$|^(?:table of )?contents(?:\s*[\[(]?\s*(?:hide|show|toggle)\s*[\])]?)?\s*[:：]?$", re.IGNORECASE)),
    LineRule("link prompt", re.compile(r"^(?:اضغط|إضغط|اضغطوا|انقر|إنقر|click)\s+(?:هنا|على الرابط|الرابط|here)",
                                       re.IGNORECASE), max_words=15),
    # The same prompt closing a line ("نشرتنا اليومية على واتساب .. للاشتراك اضغط هنا", "لمتابعتنا على يوتيوب: انقر
    # هنا"), or a call to subscribe closing it ("أخبار المدينة على هاتفك اشترك الآن"): a listener can follow no link.
    # Not in brackets, where a table's cell names its link "(اضغط هنا)" beside what it links.
    LineRule("link prompt", re.compile(
        rf"(?<![(\[\w]){_words('اضغط', 'إضغط', 'انقر', 'إنقر')}\s+هنا\W*$"
        rf"|(?<!\w){_words('اشترك', 'اشتركوا', 'حمل التطبيق')}\s+{_words('الآن', 'مجانا')}\W*$"
        rf"|(?<!\w){_words('للاشتراك', 'لتحميل التطبيق')}\s+{_words('اضغط', 'انقر')}"
        r"|click here\W*$"
        # A pointer to the whole story elsewhere: "لقراءة المقال كاملاً", "لمتابعة التفاصيل الكاملة حول ...".
        rf"|^\W{{0,3}}و?ل{_words('قراءة', 'متابعة', 'مشاهدة', 'لاطلاع على')}\s+\S+\s+{_words('كاملا', 'كاملة', 'الكاملة')}(?!\w)",
        re.IGNORECASE), max_words=25),
    # A feed's syndication footer: "هذا الخبر <title> ظهر أولاً في <site>", "The post <title> appeared first on
    # <site>.", and an aggregator's note that it copied the story as it was ("... تم نقله بمحتواه كما هو من ...").
    LineRule("syndication", re.compile(
        rf"^(?:هذا\s+)?{_words(*_POSTS)}\s.{{0,300}}?"
        rf"ظهر(?:ت)?\s+{_words('أولا', 'لأول مرة')}\s+(?:في|على)\s+{_SITE_AT_END}"
        rf"|^ظهر(?:ت)?\s+{_words(*_POSTS)}\s.{{0,300}}?{_words('أولا')}\s+(?:في|على)\s+{_SITE_AT_END}"
        # The aggregator's own disclaimer: the site's opinion and the copying in one line.
        rf"|{_words('رأي', 'راي')}\s+{_words('الموقع', 'موقعنا')}.{{0,80}}?{_words('تم نقله', 'وتم نقله')}\s"
        rf"|{_words('تم نقله', 'وتم نقله', 'وانما تم نقله', 'وإنما تم نقله')}\s+{_words('بمحتواه')}"
        r"|^the post .{1,300} appeared first on ", re.IGNORECASE), max_words=60),
    LineRule("embedded post", re.compile(
        r"pic\.twitter\.com/\S+|^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d)"), max_words=40),
    LineRule("poll", re.compile(
        r"[؟?]\s*(?:نعم\s*[/|،,]?\s*لا|yes\s*[/|,]?\s*no)(?:\s*[/|،,]?\s*(?:لا أعرف|ربما))?\s*$", re.IGNORECASE),
        max_words=25),
    # "المصدر: وكالات", "المصادر: الأخبار، كامو سون هابير" (whatever is named: on the 924 annotated pages every
    # short "source:" line is a credit), or agencies alone on a line: "(وكالات)", "وكالة الأنباء الألمانية".
    LineRule("source credit", re.compile(
        rf"^(?:(?:المصدر|المصادر|source|sources)\s*[:：]\s*\S.*|{_AGENCIES_ALONE})\s*[.]?$", re.IGNORECASE),
        max_words=8),
    # "3 / 12", "3 من 12", and with the word a gallery prints before it: "الصورة 2 من 5", "Photo 2 of 5".
    LineRule("gallery counter", re.compile(
        r"^(?:(?:ال)?صورة\s*|(?:photo|image|slide)\s*)?"
        r"[0-9\u0660-\u0669]{1,3}\s*(?:/|من|of)\s*[0-9\u0660-\u0669]{1,3}$",
        re.IGNORECASE)),
    # How many saw the page: "812 مشاهدة", "المشاهدات: 4520", "Total views : 1234", "عدد القراءات (756)", "(756)
    # قراءة", and as times a page was read or seen ("قراءة 350 مرة", "شوهد 1200 مرة": a counter's "مرة", >= 11; "قراءة 3
    # مرات" is an instruction list's item). A figure, never a clause.
    LineRule("view counter", re.compile(
        rf"^{_BULLET}(?:(?:عدد\s+|total\s+)?{_words(*VIEW_COUNTS)}\s*[:：]?\s*{_VIEWS}"
        rf"(?:\s*{_words('مرة', 'مرات', 'مشاهدة', 'قراءة', 'زيارة')})?"
        rf"|{_VIEWS}\s*{_words('مشاهدة', 'مشاهدات', 'قراءة', 'قراءات', 'زيارة', 'زيارات', 'views')}"
        rf"|{_words(*VIEWED)}\s*[:：]?\s*{_VIEWS}\s*مرة)$", re.IGNORECASE)),
    # "سجل" and "انضم" are past tenses too, and "النشرة" any bulletin ("سجل الميزان فائضا وفق النشرة الشهرية ..."):
    # the bulletin further on makes a newsletter's box only on a line no full stop closes (reviewer, s15review2.md
    # F4); right after the verb and its preposition no subject stands between, a call ("انضم إلى النشرة الأسبوعية.";
    # s15fixreview_rules.md F4).
    LineRule("newsletter", re.compile(
        r"^(?:احصل|اشترك|سجل|سجّل|انضم)\s.{0,60}(?:بريدك|البريد الإلكتروني|نشرتنا|newsletter)"
        r"|^(?:اشترك|سجل|سجّل|انضم)(?:وا)?\s+(?:(?:في|إلى|الى)\s*|لل|ل)?(?:ال)?نشرة(?!\w)"
        r"|^(?!.*[.!؟]\s*$)(?:احصل|اشترك|سجل|سجّل|انضم)\s.{0,60}النشرة", re.IGNORECASE),
        max_words=16),
    LineRule("video teaser", re.compile(
        r"^(?:فيديو|بالفيديو|شاهد|بالصور|صور|إنفوجراف|إنفوغراف|إنفوغرافيك|بث مباشر|video)\s*(?:[|｜]|\.{2,}|…)\s*\S",
        re.IGNORECASE), max_words=15),
    # A web video player's own controls, which a select-all copy prints line by line in the player's language
    # (video.js: "Video Player is loading.", "Play Video", "Current Time 0:00", "Duration 1:32", "Loaded: 0%",
    # "Playback Rate", "captions off, selected", "This is a modal window."). As rule furniture they weigh nothing, so
    # a player in the middle of the article no longer makes the paragraphs under it look like another part of the page.
    LineRule("video player", re.compile(
        r"^(?:video player is loading|play video|play|pause|replay|mute|unmute|current time\s*[\d:]+"
        r"|duration\s*[\d:]+|remaining time\s*-?[\d:]+|(?:loaded|progress)\s*:?\s*[\d.]+\s*%|stream type\s*live"
        r"|seek to live,? currently (?:behind|playing) live|[\d.]+x|playback rate|chapters|descriptions|captions"
        r"|subtitles|(?:descriptions|captions|subtitles) off,? selected|captions settings,? opens captions settings dialog"
        r"|audio track|fullscreen|non-fullscreen|exit fullscreen|picture-in-picture|this is a modal window"
        r"|beginning of dialog window\..*|end of dialog window|close modal dialog)\.?$", re.IGNORECASE)),
    # A media player's length, as a select-all copy prints it: "مدة الفيديو 02 minutes 47 seconds", "المدة 2,30",
    # "Duration: 1:05" — a label and a length, nothing more. A bare "المدة" only over a clock's notation: "المدة: 30
    # دقيقة" may be a recipe's field.
    LineRule(VIDEO_LENGTH_REASON, re.compile(
        r"^(?:مدة (?:الفيديو|المقطع|التسجيل|الملف الصوتي|الحلقة)\s*[:：]?\s*\d{1,2}(?:[:,.]\d{2}){0,2}"
        r"(?:\s*(?:minutes?|mins?|seconds?|secs?|دقيقة|دقائق|ثانية|ثوان|ثواني)"
        r"(?:\s*\d{1,2}\s*(?:seconds?|secs?|ثانية|ثوان|ثواني))?)?"
        r"|(?:المدة|duration)\s*[:：]?\s*\d{1,2}(?:[:,.]\d{2}){1,2})$", re.IGNORECASE)),
    LineRule("advertisement", re.compile(rf"^[-–—\[\(\s]*{_words(*AD_WORDS)}[-–—\]\)\s:]*$", re.IGNORECASE)),
    # The ad box's own button or label: "اضافة اعلان", "أعلن معنا", "للإعلان".
    LineRule("advertisement", re.compile(
        rf"^[-–—\[\(\s]*(?:{_words('اضافة', 'أضف', 'أعلن')}\s+{_words('اعلان', 'معنا')}|{_words('للإعلان')}"
        rf"(?:\s+{_words('معنا', 'لدينا')})?)[-–—\]\)\s:]*$")),
    LineRule("cookie notice", re.compile(
        r"(?:ملفات تعريف الارتباط|الكوكيز|cookies?).*(?:نستخدم|يستخدم|موافق|أوافق|قبول|سياسة الخصوصية|accept|agree)"
        r"|(?:نستخدم|يستخدم هذا الموقع|we use|this site uses).*(?:ملفات تعريف الارتباط|الكوكيز|cookies?)",
        re.IGNORECASE), max_words=50),
    LineRule("navigation", re.compile(
        r"^(?:الرئيسية|الصفحة الرئيسية|home)\s*[>»/|›]\s*\S.{0,80}$", re.IGNORECASE), max_words=15),
    WordListRule("navigation", NAV_WORDS, min_words=3, max_words=30),
    # A line closed by its photo's label after a dash ("... - أرشيفية", "... – صورة توضيحية", "... - صورة من الأرشيف"):
    # a caption, of the length a caption has. Only a label naming a kind of photo (a stock or archive one): "... - صورة"
    # may tag a title, and "... - صورة حية للتراث" ends a sentence.
    LineRule("image caption", re.compile(
        rf"[-–—]\s*\(?(?:(?:ال)?صورة\s+{_words(*PHOTO_KINDS)}|أرشيفية|ارشيفية|أرشيفيه|أرشيف)\s*\)?$"), max_words=25),
    LineRule("image caption", re.compile(r"^\(?(?:صورة|الصورة|صور|photo|image)\s*[:：]", re.IGNORECASE),
             max_words=40),
    # A media label a screen reader speaks, printed in a select-all copy, and its caption: "التعليق على الصورة، ..."
    # (the caption), "صدر الصورة، ..." (the photo's source), "التعليق على الفيديو، ..." (BBC's offscreen forms, with
    # their comma), or a label and a colon with the caption after it ("مصدر الصورة: ..."). A caption's length: a
    # paragraph opening so ("التعليق على الصورة، الذي نشرته الوزارة، ...") runs longer; a label alone heads a part.
    LineRule("image caption", re.compile(
        rf"^(?:(?:التعليق على|صدر)\s+{_words('الصورة', 'الفيديو', 'التسجيل الصوتي')}\s*،"
        rf"|{_words('مصدر', 'حقوق', 'وصف', 'شرح', 'تعليق')}\s+{_words('الصورة', 'الفيديو')}\s*[:：])"
        rf"(?!\s*{_words('الذي', 'التي', 'الذين', 'وقد', 'كما', 'إذ', 'حيث')}\s)\s*\S"),
        max_words=MAX_CAPTION_LABEL_WORDS),
    # BBC's photo credit with its label's comma, "مصدر الصورة، Getty Images": only a short credit after it, a wire's
    # name (``PHOTO_WIRES``, ``AGENCIES``) or Latin names, several joined by "/" or "،". Fact-check prose opens with
    # the same words and goes on as a sentence ("مصدر الصورة، حسب ما توصلنا إليه، ..."; s19 review_captions M1).
    LineRule("image caption", re.compile(
        rf"^{_words('مصدر')}\s+{_words('الصورة')}\s*،\s*{_SHORT_CREDIT}(?:\s*[/،,]\s*{_SHORT_CREDIT})*\s*$",
        re.IGNORECASE), max_words=MAX_SHORT_CREDIT_WORDS + 2),
    # A photographer's credit and nothing else: a quoted source after the word, "تصوير “SOURCE”", "عدسة «SITE»", or a
    # name after "بعدسة:". Not "عدسة «SITE» ترصد ..." (a photo story's title), "تصوير «FILM» في ..." (a part's heading),
    # nor "تصوير: NAME" (a film's crew list gives its roles so: "إخراج: ..." / "سيناريو: ..." / "تصوير: ...").
    LineRule("image caption", re.compile(
        r"^\W{0,2}(?:(?:تصوير|عدسة|بعدسة)\s*[“\"«][^”\"»]{1,60}[”\"»]\)?|بعدسة\s*[:：/]\s*[^.!?؟،,:]{2,40})$"),
        max_words=6),
    # The alt text a platform writes for a photo it shows, copied with the photo: Facebook's "ربما تحتوي الصورة على:
    # ..." and "قد تكون صورة ‏شخص واحد‏ و‏نص‏" (its marks, a count, people or text next: "قد تكون صورة الاقتصاد أسوأ"
    # is a title), Google Images' "نتيجة بحث الصور عن ..." and "صورة ذات صلة", and their English; never a sentence
    # closed by its full stop ("ربما تحتوي الصورة على أدلة جديدة.", "قد تكون صورة الوضع أسوأ.").
    LineRule("image caption", re.compile(
        rf"^(?![^\n]*[.!؟]$)(?:{_words('ربما')}\s+{_words('تحتوي')}\s+{_words('الصورة')}\s+{_words('على')}"
        rf"|{_words('قد')}\s+{_words('تكون')}\s+{_words('صورة')}\s+(?:\u200f|[0-9\u0660-\u0669]|(?:لـ?\s*)?"
        rf"{_words('شخص', 'شخصين', 'أشخاص', 'نص', 'حشد', 'طفل', 'أطفال')})"
        rf"|{_words('نتيجة')}\s+{_words('بحث')}\s+{_words('الصور')}\s+{_words('عن')}\s"
        rf"|{_words('صورة')}\s+{_words('ذات')}\s+{_words('صلة')}$"
        r"|(?:may|might) be an image of|image (?:may contain|result for))", re.IGNORECASE), max_words=40),
    # A photo's credit labelled "صورة من:" closing its caption, as DW prints it ("... في برلينصورة من: NAME/dpa/picture
    # alliance"): opening the line, or glued to the caption's last word or bracket; the label's colon right after
    # "من" writes no sentence's words, and a few names follow it, no stop or quote among them. Not after a space
    # (a sentence's "وقال إن الصورة من: ...", or a sentence's full stop: s19 review_captions L1), a list's dash or a
    # joined و/ب/ف/ل: "- صورة من: شهادة الميلاد", "وصورة من: شهادة المؤهل" list documents (s19 review_landed M1).
    LineRule("image caption", re.compile(
        rf"(?:^(?:ال)?|(?<=\S)(?<!ال)(?<![\s\W][وبفل])(?<!^[وبفل])){_words('صورة', 'صور')}\s*{_words('من')}\s*[:：]"
        rf"\s*[^\s.!?؟:：«»\"“”][^.!?؟:：«»\"“”]{{1,80}}$"), max_words=MAX_CAPTION_LABEL_WORDS),
    # "صورة من الأرشيف / وكالة", "صورة أرشيفية - ...": an archive photo's credit.
    LineRule("image caption", re.compile(rf"^\(?(?:صورة|الصورة)\s+(?:من\s+)?{_words('الأرشيف', 'أرشيفية')}(?:\W|$)"),
             max_words=12),
    LineRule("image caption", re.compile(
        rf"^[^.!?؟]{{2,200}}[(\[](?:صورة\s*[:：]?\s*)?{_words(*PHOTO_CREDITS)}[)\]]$", re.IGNORECASE),
        max_words=35),
    # A caption closed by its source in brackets: "لاعبون يحتفلون بالهدف (تصوير: ...)", "... (رابطة الدوري)";
    # a title's own tags such as "(فيديو)" or "(صور وفيديو)" are not sources. Not a list's item (any bullet, a symbol
    # or an emoji: "▪️ محطة الميناء (بطاقة عشرين ألف متر)"; a symbol no other line of the page opens with marks no
    # list, and bodyfind's _lone_glyph_caption reads the caption behind it), nor a row of a score between two names or of a
    # formation ("الساحل 1-3 (دوري المدن)", "الفريق (4-3-3)"), nor a paragraph going on with و joined to a verb
    # ("وتقدم المحطة ... (...)"): no caption is written so. A date written with dashes ("12-3-2025") is no row, and
    # a caption may open with ف ("في الصورة ...", "فيضانات ...", "فنيون ..."). Brackets holding a
    # percentage give a list item's figure ("... (نسبة النجاح 70%)"), and brackets holding figures alone a span of years
    # or a number ("الجيل الأول (2005 - 2009)", "... (2)"), never a photo's source. A title's genre tag is no source
    # ("(حوار)", "(بالأرقام)", ``TITLE_TAGS``; s15review2.md F7), and a source no list names closes a caption only
    # under a description of the photo (``CaptionRule``).
    CaptionRule("image caption", re.compile(
        rf"^(?![-•*–—·▪●\d\u0660-\u0669\u2190-\u2bff\U0001f300-\U0001faff]|و[أتين])"
        rf"(?!.*(?:\(\s*\d+(?:\s*[-–/]\s*\d+)*\s*\)|(?<!\S)\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?!\S)))"
        rf"[^.!?؟()،,]{{2,200}}\((?!\s*{_TITLE_TAGS}\s*\))(?![^()]*[%٪])[^().!?؟]{{2,40}}\)$"),
        max_words=25),
    DatedCaptionRule("image caption", _DATED_CREDIT, max_words=MAX_CAPTION_LABEL_WORDS),
    # Photos "from" or "by" a name on a line of their own, a gallery's credit ("صور من NAME"; "صور: ..." is the rule
    # above; "صور لأول مرة من ..." opens a sentence), and Facebook's note that a photo has no description. The name is
    # two or three words (``_PHOTO_NAME``): a photo story's headline or a feature's sub-heading says what the photos
    # show ("صور من حفل تخريج طلاب الطب", "صور من الذاكرة").
    LineRule("image caption", re.compile(
        rf"^\W{{0,2}}{_words('صور', 'الصور')}\s+(?:من|ل)\s+{_PHOTO_NAME}(?:\s+{_PHOTO_NAME}){{1,2}}$"
        rf"|^{_words('لا يتوفر وصف للصورة')}\W*$"),
        max_words=6),
    # A gallery's numbered label alone on its line: one photo's or one video's noun, then its number ("صورة-2", "صورة
    # (3)", "فيديو 2"; with the count, "الصورة 1 من 5", it is the gallery counter's). One or two figures: "صور 2024"
    # may name a year's pictures, a heading. Not the plural ("صور 10": ten photos) nor "مقطع", a poem's stanza or a
    # novel's part as well ("المقطع 2"; reviewer, s25 review of fix25_furniture M1).
    LineRule("image caption", re.compile(
        rf"^\W{{0,2}}(?:ال)?{_words(*NUMBERED_MEDIA)}\s*[-–(#:]?\s*[0-9\u0660-\u0669]{{1,2}}\s*\)?\s*$"),
        max_words=4),
    # A short aside in brackets standing alone: a photo's note or credit ("(توضيحية - Pixabay)", "(أرشيفية)").
    LineRule("image caption", re.compile(r"^\([^()]*[^\W\d_][^()]*\)\.?$"), max_words=6),
    # A photo credit opening the line: "AFP/Getty Images ...", "Jane Doe/Reuters ..."
    LineRule("image caption", re.compile(
        rf"^(?:(?:[A-Z][\w.'-]*\s){{0,3}}?[A-Z][\w.'-]*\s?/\s?{_LATIN_CREDIT}|{_LATIN_CREDIT}\s?/\s?\S)[^.!?؟]*$"),
        max_words=25),
    LineRule("date line", re.compile(
        rf"^(?:{_words(*WEEKDAYS)}\s*[،,]?\s*)?{_DATE}(?:\s*[-–|،,]?\s*{_TIME})?$")),
    # A label of the page's dates, then a date, a time or a weekday ("نشر في 12/03/2024", "آخر تحديث: الأحد ..."), or
    # nothing after its colon. A whole word each: "نشر في" must not open "نشر فيديو ...", nor "محدث" "محدثا ...".
    # The words are everyday too ("نشر في الجريدة الرسمية قرار ...", "تم النشر بعد ..."): no date after them, a
    # sentence (reviewer, s15review2.md F2, F3).
    # A label alone with its colon, its date printed apart ("آخر تحديث :", the shared royanews page), a list mark
    # before it or not; without the colon, only the update's or the posting's label behind a round bullet ("• آخر
    # تحديث", s25 r03 dalelsaudia, ``BARE_DATE_LABEL``): "تاريخ النشر" alone is a form's field or a heading, "- ..." a
    # list's item (reviewer, s25 review of fix25_furniture M2).
    LineRule("date line", re.compile(
        rf"^(?:{_BULLET}(?={_DATE_LABEL}{_WORD_END}\s*[:：]\s*$))?{_DATE_LABEL}{_WORD_END}"
        rf"\s*(?:[:：]\s*$|[:：]?\s*(?:(?:في|بتاريخ)\s*[:：]?\s*)?"
        rf"(?:[0-9\u0660-\u0669]|GMT"
        rf"|(?:{_words(*WEEKDAYS)}|{_MONTH}|{_words('منذ')})(?!\w)))"
        r"|^(?:updated|published)\b\s*[:：]?\s*\S"
        rf"|{BARE_DATE_LABEL.pattern}", re.IGNORECASE), max_words=12),
    LineRule("date line", re.compile(
        rf"^(?:منذ|قبل)\s+(?:\d+\s*)?(?:{TIME_UNITS})$")),
    # The page's meta row copied as one line: a byline of a few words, then the stamp's label, its date and clock,
    # then the section's few words ("تحرير NAME 🕔 تم النشر بتاريخ : 4 ديسمبر، 2019 7:31:07 م خبر أعمال"). A sentence
    # names what was published before its date ("آخر تحديث للبيانات جرى يوم ..."), or goes on after the clock with a
    # clause ("... الساعة 7:30 مساء إن الامتحانات ..."; pages without final stops: s19 review_landed.md H1).
    LineRule("date line", re.compile(
        rf"^(?:(?!(?:{_META_ROW_WORDS})(?!\w))\S+\s+){{0,5}}?{_DATE_LABEL}{_WORD_END}\s*(?:(?:في|بتاريخ)\s*)?[:：]?\s*"
        rf"(?:{_words(*WEEKDAYS)}\s*[،,]?\s*)?(?:\d{{1,2}}\s*{_MONTH}\s*[،,]?\s*\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
        rf"\s*[-–|،,]?\s*(?:{_words('الساعة')}\s*[:：]?\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
        rf"(?:\s*(?:ص|م|صباحا|مساء|مساءً|GMT|[AaPp][Mm]))?(?:\s*[|\-–—]?\s*(?!(?:{_META_ROW_WORDS})(?!\w))"
        rf"[^\s.!?؟]+){{0,4}}\s*$"), max_words=20),
    # A theme's bullet may stand before it, and the article's word count after it ("1 دقيقة للقراءة 103 كلمة"). The
    # reading time named first in other words ("مدة القراءة: 3 دقائق", "قراءة 4 دقائق") is a routine's or a diary's
    # item as well: a reading time only beside the page's stamp (``text.neighbours``; review_edges2 M1, M2).
    LineRule(READING_TIME_REASON, re.compile(
        r"^[-•·*–—|\s]*(?:(?:وقت القراءة\s*[:：]?\s*(?:\d+\s*(?:دقائق|دقيقة|د)|دقيقة واحدة|دقيقتان|دقيقتين)"
        r"|(?:\d+\s*(?:دقائق|دقيقة|د)?|دقيقة واحدة|دقيقتان|دقيقتين)\s*(?:للقراءة|قراءة))(?:\s*[|،,-]?\s*\d+\s*كلمة)?"
        r"|\d+\s*min(?:ute)?s? read)$", re.IGNORECASE)),
    # The label then a colon before the tags; behind a list mark, a bar ("- كلمات مفتاحية | ...", s25 r03 alresalh):
    # a list mark, the label and a colon open a glossary's item as well ("- الكلمات المفتاحية: أهم عنصر في ...";
    # reviewer, s25 review of fix25_furniture H1).
    LineRule(TAGS_REASON, re.compile(rf"^{_TAG_LABEL}\s*[:：]|^{_BULLET}{_TAG_LABEL}\s*[|｜]", re.IGNORECASE),
             max_words=30),
    # The label alone on its line, the tags on the lines under it ("الوسوم" over "الذهب السعودية الأسعار"): a box's
    # header, never the article's words (review of fix26_runcut H2: a page cut short read it as the article's part).
    LineRule(TAGS_REASON, re.compile(rf"^{_TAG_LABEL}\s*$", re.IGNORECASE)),
    # The label without a colon, then the tags themselves: no sentence punctuation at all.
    # Tags list names: a preposition after the label makes a sub-heading ("الكلمات المفتاحية في الخطاب"; reviewer,
    # s15review2.md F10).
    LineRule("tags", re.compile(rf"^{_TAG_LABEL}\s+(?!{_words(*_PREPOSITIONS)}(?!\w))[^.!?؟،,:：]+$", re.IGNORECASE),
             max_words=15),
    LineRule("comments", re.compile(
        rf"^{_words(*COMMENT_HEADERS)}"
        r"\s*(?:\(\d+\))?\s*[:：]?$", re.IGNORECASE)),
    # A comment counter: a count and the word alone, the figure maybe glued to it ("0تعليقات", "5 تعليقات", "(3)
    # ردود"), or the count said in words ("تعليق واحد", "تعليقان").
    LineRule("comments", _COMMENT_COUNTER),
    # The comment box's notice that it is closed (``_COMMENTS_CLOSED``): blogging platforms' and their themes' own
    # wording, on every site they host. (Its header naming the post, ``COMMENTS_ON_THE_POST``, is told by where it
    # stands: ``text.commentform.comment_box_headers``.)
    LineRule("comments", _COMMENTS_CLOSED, max_words=10),
    # The notice under a comment form (the WordPress wording is on many Arabic sites).
    LineRule("comment form", re.compile(
        rf"{_words('لن يتم نشر عنوان بريدك الإلكتروني', 'الحقول الإلزامية مشار إليها', 'الحقول المطلوبة مشار إليها')}"),
        max_words=30),
    # A comment box's policy in its own voice: "التعليقات المنشورة لا تعبر عن رأي الموقع", "- الرجاء عدم تكرار التعليق
    # كي لا يعد سبام" (not an end marker: a story about a platform's policy may quote one).
    LineRule("comment policy", re.compile(
        rf"^{_BULLET}{_words('التعليقات', 'التعليق', 'تعليقات', 'الرجاء', 'يرجى')}\s.{{0,150}}?"
        rf"(?:{_words('لن يتم نشر', 'لن تنشر', 'لن ينشر', 'لا يتم نشر', 'سيتم حذف', 'لا تعبر', 'سبام')}|spam)",
        re.IGNORECASE), max_words=30),
    # The people a newspaper's masthead names: "رئيس التحرير: ...", "رئيس مجلس الإدارة", roles joined by و ("رئيس
    # مجلس الإدارة ورئيس التحرير"), or a role glued to the name the page set beside it ("رئيس التحريرسامر يوسف": a
    # page copied from its masthead's boxes; a name after a space may be a title's "رئيس التحرير يستقيل").
    LineRule("masthead", re.compile(
        rf"^{_MASTHEAD_ROLE}(?:\s*و\s*{_MASTHEAD_ROLE})*(?:\s*[:：\-–]|\s*$|(?=[^\s:：\-–])\S+(?:\s+\S+){{1,2}}$)"),
        max_words=10),
    # A photo's credit after the sign, closing its caption ("... في العاصمة، 11 مارس. © أ ف ب", "حقوق النشر AP
    # Photo/NAME"): a few words naming an agency or a photographer (no stop, no quote), no year and no rights
    # reserved, in a caption's length. A page's notice is dated, reserves its rights or opens with the sign ("©
    # 2025 الموقع", "جميع الحقوق محفوظة ©", "© الموقع"): the copyright rule below, which ends the article; a
    # photo's credit in the article must not. A paragraph that names the sign ("... الرمز © قبل أسمائهم.") is the
    # article's.
    LineRule("image caption", re.compile(
        rf"^(?!(?:copyright|\(c\))\b)(?:[^©\s][^©]*?©|{_words('حقوق النشر', 'حقوق الصورة')}\s+(?=[A-Za-z]))"
        rf"(?!.*(?:\d{{4}}|محفوظ|{_words('الموقع', 'لموقع')}))"
        rf"\s*{_CREDIT_UNIT}(?:\s+{_CREDIT_UNIT}){{0,3}}\s*$", re.IGNORECASE), max_words=MAX_CAPTION_LABEL_WORDS),
    # "© 2025 ...", "2025 © الموقع. جميع حقوق النشر محفوظة.": the sign opening the line or beside a year, the notice
    # opening or closing it. The sign inside a sentence ("ماذا يعني الرمز © على الصور؟") is the article's.
    LineRule("copyright", re.compile(
        rf"^(?:\(c\)|copyright|©)|^حقوق النشر(?=.*(?:محفوظ|©|\d{{4}}))|©\s*\d{{4}}|\d{{4}}\s*©|^{_RIGHTS_RESERVED}"
        rf"|{_RIGHTS_RESERVED}[ةه]?[\s.\d\-–—]*$", re.IGNORECASE), max_words=20),
)

@cache
def _stamp_field() -> re.Pattern[str]:
    """One of a page's stamps as a meta row's field: a label naming the update, the posting, the reading or the views,
    then a date, a clock or a count, an aside in brackets after it ("وقت القراءة: 11 دقيقة (أكثر من 1500 كلمة)").
    Compiled on first use: it takes 10 ms or more, and few pages have a row of three fields for it to read."""
    return re.compile(
        rf"^(?:\S+\s+)?\S*(?:تحديث|نشر|قراءة|مشاهد|updated|published|read)\S*\s*[:：]\s*"
        rf"(?:(?:{_words(*WEEKDAYS)}\s*[،,]?\s*)?{_DATE}(?:\s*[-–،,]?\s*{_TIME})?|{_TIME}"
        rf"|\d+\s*(?:{TIME_UNITS}|كلمة|كلمات|مشاهدة|مشاهدات|قراءة|قراءات|min(?:ute)?s?|views?))"
        r"(?:\s*\([^()]{1,40}\))?$", re.IGNORECASE)


_STAMP_LABEL = re.compile(r"تحديث|نشر|updated|published|posted", re.IGNORECASE)
"""A date field's label naming it the page's update or posting ("آخر تحديث: DATE", "نشر في DATE")."""
_FIELD_RULES = LINE_RULES
"""The whole-line rules without the meta row's own: what a meta row's single field is judged by."""


def _first_reason(rules: tuple[LineRule | WordListRule | ShareBarRule | SizeWidgetRule | MetaRowRule | WebCodeRule,
                               ...],
                  line: str) -> str | None:
    """The reason of the first of ``rules`` matching ``line`` (shared by ``line_reason`` and a meta row's fields)."""
    return next((rule.reason for rule in rules if rule.matches(line)), None)


META_ROW = MetaRowRule(DATE_LINE_REASON, _stamp_field, _STAMP_LABEL, lambda field: _first_reason(_FIELD_RULES, field),
                       frozenset((DATE_LINE_REASON, READING_TIME_REASON, "view counter")),
                       frozenset((READING_TIME_REASON, "view counter")), frozenset(_META_ROW_CLAUSE))
"""A page's meta row, its stamps side by side behind icons or bars (``text.metarow``), dropped as a date line."""
# LINE_RULES is bound again here, the meta row's rule last: the rule judges each field by the rules above
# (``_FIELD_RULES``), which must not hold itself, and it is tried after every whole-line rule.
LINE_RULES = (*LINE_RULES, META_ROW)

# Site names that stand alone on the line above the headline of a scraped page.
SITE_NAMES = AnySpelling((
    "الجزيرة نت", "الجزيرة", "سكاي نيوز عربية", "العربية نت", "العربية", "CNN بالعربية", "CNN العربية",
    "بي بي سي عربي", "BBC عربي", "القاهرة الإخبارية", "القاهرة الاخبارية", "اليوم السابع", "الشرق الأوسط",
    "المصري اليوم", "الأهرام", "بوابة الأهرام", "عربي21", "عربي 21", "الحرة", "روسيا اليوم", "RT Arabic",
    "فرانس 24", "الخليج أونلاين", "العربي الجديد", "الشروق", "الوطن", "عكاظ", "البيان", "الخليج", "الرأي",
    "النهار", "الأخبار", "الشرق", "القدس العربي", "إندبندنت عربية", "الموقع الرسمي",
))

# A category label above the headline ("رياضة", "اقتصاد | أخبار").
SECTION_LABEL = WordListRule("section label", NAV_WORDS, max_words=3)

# "Site | Section" masthead lines before the headline.
MASTHEAD = re.compile(r"^.{1,60}\s[|｜]\s.{1,60}$")

HONORIFICS = ("دكتور", "دكتورة", "أستاذ", "استاذ", "أستاذة", "استاذة", "مهندس", "مهندسة", "كاتب", "كاتبة", "صحفي",
              "صحفية", "إعلامي", "إعلامية", "باحث", "باحثة", "محامي", "محامية", "بروفيسور")
"""A writer's titles, set before the name ("الدكتور NAME", "الكاتب والباحث/ NAME": ``bylines.writer_named``)."""

AUTHOR_ROLES = frozenset((
    "كاتب", "كاتبة", "أكاديمي", "أكاديمية", "اكاديمي", "اكاديمية", "أستاذ", "أستاذة", "استاذ", "استاذة",
    "باحث", "باحثة",
    "صحفي", "صحفية", "صحافي", "صحافية", "إعلامي", "إعلامية", "اعلامي", "اعلامية", "محلل", "محللة", "خبير", "خبيرة",
    "مستشار", "مستشارة", "روائي", "روائية", "شاعر", "شاعرة", "ناقد", "ناقدة", "أديب", "أديبة", "مؤرخ", "مؤرخة",
    "دبلوماسي", "دبلوماسية", "مترجم", "مترجمة"))
"""A writer's role, opening the note a paper prints under an opinion piece ("* أكاديمي متخصص في ...", "*أستاذ باحث في
..."): whoever the writer, the note names what they are."""

# The words that open a byline before the writer's name ("كتب: ...", "بقلم ...", "by ...").
BYLINE_OPENERS = ("كتب", "كتبت", "بقلم", "إعداد", "تقرير", "بواسطة", "تحرير", "by")
_BYLINE_VERB = f"(?:{'|'.join(BYLINE_OPENERS)})"
_TITLE_ABBREVIATIONS = r"(?:(?<![\u0621-\u064a])[أاإدم]\s?[./]\s?)*"
"""A writer's title abbreviated before the name, one or stacked, closed by its dot or slash ("كتب د. NAME", "بقلم
أ.د. NAME"): the dot closes no sentence there."""
# "Agency - Author" or "كتب: Author" bylines, on a line of their own before the lead.
BYLINE = re.compile(rf"^(?:(?P<site>[^-–—:]{{2,40}}?)\s*[-–—]\s*(?P<author>[^-–—.،]{{3,40}})|"
                    rf"{_BYLINE_VERB}\s*[:：/]?\s*(?P<author2>{_TITLE_ABBREVIATIONS}[^.،]{{3,40}}))$",
                    re.IGNORECASE)
BYLINE_MAX_WORDS = 8
_BYLINE_VERB_PREFIX = re.compile(rf"^{_BYLINE_VERB}\s*[:：/\-–—]?\s*", re.IGNORECASE)


def author_name(byline: str) -> str:
    """'بقلم: نورة الشمري' -> 'نورة الشمري'."""
    return _BYLINE_VERB_PREFIX.sub("", byline).strip()

# A short line right after the headline, before the lead, with no sentence end:
# on news pages that is the photo caption.
PREAMBLE_CAPTION_MAX_WORDS = 15

_AGENCY = _words(*AGENCIES)
_CITY = _words(*DATELINE_CITIES)
_AGENCY_AFTER_CITY = rf"(?:\s*{_AGENCY}\s*(?:[:：]|[-–—]{{1,2}})(?=\s))?"
"""A listed agency right after a dateline's city, closed by a colon or a dash ("الرياض - واس: ...", "الكويت - كونا -
..."): the dateline's credit, cut with the city (else "واس: وقّع ..." opens the first paragraph or the headline)."""
# "القاهرة - محمد علي", "الرياض: واس": a city then who reports from it.
DATELINE_HEAD = re.compile(rf"^{_CITY}\s*(?:[،,]\s*{_DATE}\s*)?(?:[-–—:]|(?=\())(?:{_AGENCY_AFTER_CITY})")
# The dateline alone on its line, before the lead: "القاهرة - سامر يوسف :", "الرياض – واس" (the city, then who
# reports from it: two words, or three closed by a colon or a full stop; "بيروت - محطة تحلية جديدة" may be a
# title). Furniture only outside the article's prose (text.lineshape.edge_reason): between two paragraphs "غزة:
# الهدنة صامدة" heads a part of a round-up.
_REPORTER = r"[^\s.!?؟:：]+"
DATELINE_ALONE = re.compile(rf"^\W{{0,2}}{_CITY}\s*[-–—،,/:：]\s*(?:{_REPORTER}(?:\s+{_REPORTER})?\s*[:：.]?"
                            rf"|{_REPORTER}(?:\s+{_REPORTER}){{2}}\s*[:：.])$")

# Below the article's first paragraph (text.bodyfind): an agency credited on a line of its own, after the site's
# name or alone after a dash ("الساحل 24 - رويترز:", "- الساحل - خاص"), where above the article the same shape is
# the byline that names the site; and a photo's caption closed by its credit ("الوزير يقص الشريط – رويترز"), where
# above the article a title may end so.
AGENCY_CREDIT_ALONE = re.compile(
    rf"^[-–—•\s]*(?:[^\s\-–—.!?؟:：]+\s*){{0,3}}[-–—]\s*(?:{_words(*AGENCIES)}|{_words('خاص', 'متابعات')})"
    r"\s*[:：.]?$")
_CREDIT_NAME = r"[^\s.!?؟()\-–—،,:：]+"
PHOTO_TAKERS = (
    rf"(?:{_words('المكتب الإعلامي', 'المكتب الاعلامي', 'الصفحة الرسمية', 'الحساب الرسمي', 'أرشيف')}"
    rf"(?:\s+{_CREDIT_NAME}){{0,5}}"
    rf"|{_words('تصوير', 'عدسة', 'بعدسة')}\s*[:：]?\s*{_CREDIT_NAME}(?:\s+{_CREDIT_NAME}){{0,2}}"
    rf"|{_words('مواقع التواصل', 'وسائل التواصل', 'منصات التواصل')}(?:\s+{_words('الاجتماعي')})?"
    rf"|{_words('السوشيال ميديا', 'صورة متداولة', 'متداولة')})")
"""Who took or gave a photo, as a caption credits it after a dash or in brackets: a body's media office, its official
page or account, an archive ("أرشيف النهار"), a photographer ("تصوير: NAME", "عدسة NAME"), social media, a photo
passed around ("متداولة"). Words no sentence closes on after a dash or in brackets: a sentence cites a source with
"بحسب" or "وفق" before it."""
CREDITED_CAPTION = re.compile(
    rf"^(?=[^«»\"“”]*[-–—])(?:[^\s.!?؟\-–—]+\s+){{3,}}[^.!?؟]*?[-–—]\s*(?:صورة\s*[:：]?\s*)?"
    rf"(?:{_words(*PHOTO_CREDITS)}|{PHOTO_TAKERS})\s*$", re.IGNORECASE)
"""A caption closed by a photo's credit after a dash; no quote before the dash: a statement credited to its speaker's
office or page ("«...» - المكتب الإعلامي للوزارة") is the article's (review_captions M2)."""
CREDIT_MAX_WORDS = 25

# A paper's or site's name alone: "جريدة الساحل", "بوابة الساحل الإخبارية"; a word that also means a place, a canal
# or a network ("موقع الحادث", "قناة السويس") names an outlet only with an outlet's word after it. Like
# DATELINE_ALONE, furniture only outside the article's prose (text.lineshape.edge_reason): between two paragraphs
# the name heads a part of a press review.
SITE_NAME_ALONE = re.compile(
    rf"^\W{{0,2}}(?:{_words('جريدة', 'صحيفة', 'مجلة', 'بوابة', 'إذاعة', 'راديو')}(?:\s+[^\s.!?؟:：،,]+){{1,2}}"
    rf"|{_words('موقع', 'وكالة', 'قناة', 'شبكة')}(?:\s+[^\s.!?؟:：،,]+){{0,2}}\s+"
    rf"{_words('الإخبارية', 'الإخباري', 'الإلكترونية', 'الإلكتروني', 'نيوز', 'تايمز', 'أونلاين', 'اون لاين', 'أون لاين', 'نت')})\s*$")

# A platform's note on how it moderates the page's own matter ("سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها
# ...", "This image will be hidden automatically when reported"): "this" photo, comment or post is hidden or removed
# once readers report it. An edge shape (text.lineshape.edge_reason), and only at the top edge, above the article's
# first finished paragraph: under one a story on a platform's rules may say or end on the same, and under a line
# closed by a colon it quotes it (text.bodyfind._notice_in_the_article).
MODERATED_MATTER = ("الصورة", "الصور", "التعليق", "التعليقات", "المنشور", "المنشورات", "المشاركة", "المحتوى",
                    "الفيديو", "المقطع", "الرد", "المادة")
"""What a platform hides once reported: the page's photos, comments, posts."""
REPORT_WORDS = ("الإبلاغ", "التبليغ", "الإبلاغات", "البلاغات", "إبلاغ", "تبليغ")
"""Readers' reports that make a platform hide what they report."""
MAX_NOTICE_TAIL_WORDS = 5
"""Plain words after the report at most ("عنها من طرف عدة أشخاص"): a headline or a sentence quoting the notice goes
on after it with a mark ("» - رسالة تثير جدلا", ": فيسبوك تشدد قواعدها", "، بحسب القواعد الجديدة")."""
_NOT_IN_NOTICE = r"[^.!?؟،,«»\"“”:：;؛\-–—|]"
MODERATION_NOTICE = re.compile(
    rf"^\s*(?:سيتم|سوف يتم|يتم|ستتم|سيجري)\s+{_words('حجب', 'إخفاء', 'حذف', 'إزالة')}\s+{_words('هذه', 'هذا')}\s+"
    rf"{_words(*MODERATED_MATTER)}(?!\w){_NOT_IN_NOTICE}{{0,60}}?{_words(*REPORT_WORDS)}(?!\w)"
    rf"(?:\s+(?:[^\W\d_]|[\u064b-\u0652])+){{0,{MAX_NOTICE_TAIL_WORDS}}}\s*[.!]?\s*$"
    r"|^\s*this (?:image|photo|picture|comment|post|content|video) will be (?:automatically )?"
    r"(?:hidden|removed|blocked)"
    rf"{_NOT_IN_NOTICE}{{0,60}}?\breport(?:ed|s)?\b(?:\s+[a-z]+){{0,{MAX_NOTICE_TAIL_WORDS}}}\s*[.!]?\s*$",
    re.IGNORECASE)
"""A platform's note that "this" photo, comment or post is hidden once reported: the notice alone, not in quotes,
one clause with no comma and a few plain words at most after the report."""
MODERATION_NOTICE_REASON = "moderation notice"
"""The reason a moderation notice is dropped."""

GLUED_PREFIXES: tuple[GluedRule, ...] = (
    # "(CNN)-- ", "دبي، الإمارات العربية المتحدة (CNN)—", "بيروت (رويترز) - "
    GluedRule("dateline", re.compile(
        rf"^(?:[^\s.،:()]{{2,20}}(?:\s[^\s.،:()]{{2,20}})?(?:،\s*[^.()]{{2,40}})?\s*)?\({_AGENCY}\)\s*"
        r"(?:[-–—]{1,2}|:)\s*")),
    # "القاهرة - ", "الرياض، 12 مايو 2024 - "
    GluedRule("dateline", re.compile(rf"^{_CITY}\s*(?:[،,]\s*{_DATE}\s*)?[-–—]{{1,2}}{_AGENCY_AFTER_CITY}\s+")),
    # "كتب: محمد علي - ", "بقلم/ سارة أحمد: "
    GluedRule("byline", re.compile(
        r"^(?:كتب|كتبت|بقلم)\s*[:：/]?\s*(?P<author>[^-–—:،.]{3,40}?)\s*[-–—:]\s+")),
)

GLUED_SUFFIXES: tuple[GluedRule, ...] = (
    # "... نهاية الفقرة! تابع الجزيرة نت على:"
    GluedRule("follow us", re.compile(
        r"(?<=[.!?؟…»\"”)])\s+(?:تابع|تابعوا|تابعونا|تابعنا)\s[^.!?؟:]{0,40}?على\s*[:：]?\s*$")),
    GluedRule("share widget", re.compile(
        rf"(?<=[.!?؟…»\"”)])\s+(?:شارك|مشاركة)\s*[:：]?\s*(?:{_words(*SHARE_WORDS)}\s*){{1,8}}$", re.IGNORECASE)),
)

CLOSING_MARKS = ".!?؟…:؛\"”»'"
"""What a line may end with but a heading never does: a sentence's end, a colon or semicolon, a closing quote
(lineshape.SENTENCE_END is the sentence's end alone)."""

# The date a scraper puts before a page's text (" date 2025-09-06 ..."), glued to whatever its first line is.
DATE_MARKER = re.compile(r"^date\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)", re.IGNORECASE)


def split_date_marker(line: str) -> tuple[str, str] | None:
    """(marker, rest of the line) when ``line`` opens with a scraper's date marker, else None."""
    match = DATE_MARKER.match(line)
    return (match.group(), line[match.end():].strip()) if match else None


@cache
def _calling_marker() -> re.Pattern[str]:
    """A "read also" call opening the line, the title run on after it with no mark between; compiled on first use
    (few pages have a "read also" line)."""
    return re.compile(rf"^{_BULLET}{_words(*READ_ALSO_CALLS)}\s")


def marker_has_title(line: str) -> bool:
    """Whether a "read also" line carries its story's title after the marker ("اقرأ أيضًا: ...", "اقرأ
    أيضًا.. ...") rather than heading a list of titles under it."""
    parts = re.split(r"[:：|｜»\-–—…]|\.{2,}", line, maxsplit=1)
    if len(parts) == 2 and bool(parts[1].strip(" .…")):
        return True
    called = _calling_marker().match(line)  # the title run on after the marker, no mark between
    return called is not None and bool(line[called.end():].strip(" .…"))


LINE_REASONS_KEPT = 4096
"""Lines whose verdict is kept: the splitter's layers ask for the same line several times."""


@lru_cache(maxsize=LINE_REASONS_KEPT)
def line_reason(line: str) -> str | None:
    """The reason a whole line is page furniture, or None when it is article text."""
    return _first_reason(LINE_RULES, line)


def glued_prefix(line: str) -> tuple[str, str, re.Match[str]] | None:
    """(reason, furniture, match) for furniture stuck to the start of ``line``, if any."""
    for rule in GLUED_PREFIXES:
        match = rule.pattern.match(line)
        if match and match.end() < len(line):
            return rule.reason, match.group(0).strip(), match
    return None


def glued_suffix(line: str) -> tuple[str, str] | None:
    """(reason, furniture) for furniture stuck to the end of ``line``, if any."""
    for rule in GLUED_SUFFIXES:
        match = rule.pattern.search(line)
        if match and match.start() > 0:
            return rule.reason, match.group(0).strip()
    return None


# Who speaks in a text of questions and answers (``text.interview``).
FIRST_PERSON_WORDS = frozenset((
    "أنا", "انا", "نحن", "إنني", "انني", "أنني", "لأنني", "لانني", "لكنني", "إني", "أني", "لأني", "لكني", "إننا",
    "اننا", "أننا", "لأننا", "لاننا", "لكننا", "لدي", "لدينا", "عندي", "عندنا", "معي", "معنا", "لنا", "منا", "بيننا",
    "علينا", "إلينا", "الينا", "فينا", "أمامنا", "امامنا", "أمامي", "بنفسي", "أنفسنا", "بأنفسنا", "رأيي", "برأيي",
    "اعتقادي", "باعتقادي", "أعتقد", "اعتقد", "نعتقد", "أظن", "أرى", "نرى", "أؤمن", "نؤمن", "أتمنى", "نتمنى", "أشعر",
    "نشعر", "أريد", "نريد", "أستطيع", "نستطيع", "كنت", "كنا", "لست", "لسنا", "أعمل", "نعمل", "أحاول", "نحاول", "أسعى",
    "نسعى", "أقصد", "نقصد", "أعرف", "نعرف", "أتوقع", "نتوقع", "ندرس", "نأمل", "آمل", "نخطط", "نحرص", "أحرص", "نركز",
    "أركز", "نحتاج", "أحتاج", "نتطلع", "أتطلع", "نستهدف", "نواصل", "نقوم", "أقوم", "نفضل", "أفضّل", "نملك", "أملك"))
"""Words that speak as "I" or "we" (pronouns, particles and prepositions owned by the speaker, common verbs of the
speaker's view and work): an interview's answers speak so, an explainer's answers speak of their subject. Not "لي"
and "مني", which are names too (لي تشيانغ، مني زكي), nor "نفسي" ("طبيب نفسي"), nor "أفضل" ("better")."""
TALK_BYLINE = re.compile(r"^[\s|]*(?:(?:(?:[إا]عداد|تصوير|تحرير)\s+و\s*)?حوار(?:\s+و\s*(?:[إا]عداد|تصوير|تحرير))?"
                         r"\s*[:：\-–—/]|حاور(?:ه|ته|ها|تها)(?![\u0621-\u064a])|[أا]جر[ىي]\s+الحوار|[أا]جرت\s+الحوار)")
"""A line OPENING in an interview's own byline form ("حوار: ...", "حوار - ...", "حوار / ...", "| حوار - ... |",
"حاوره: ...", "أجرى الحوار: ..."), the talk's credit shared with another hand's ("إعداد وحوار: ...", "حوار وتصوير:
...", the name often on the line under it). Read only on the headline and on the byline-shaped lines above the
article's first paragraph (``text.interview``), never in the lead: "في حوار مع قناة ...", "في هذا الحوار", "نص
الحوار الوطني" name any dialogue, an interview printed elsewhere or none (reviewer, review_questions2.md H1, H2)."""
