"""The grammar a number takes from the words around it: case and the gender of the counted noun.

Numbers change form with case only in their duals and tens (اثنان/اثنين،
عشرون/عشرين، مئتان/مئتين) and, in the accusative, the tanween alif of some
words (خمسًا وعشرين، ألفًا), so three cases are told apart: ``NOMINATIVE``,
``OBLIQUE`` (the genitive) and ``ACCUSATIVE``.

Case rules, from the words before the number (no parser: word lists and the
shapes of Arabic words):
- genitive after a preposition or a genitive-governing word, also glued
  (في، من، إلى، بين، نحو، بنحو، بقيمة، ب5، ل20), and in an idafa: after a noun
  of measure or a verbal noun that heads the number (مسافة 50، عمق، ارتفاع 5%،
  مقتل 20، تضرر 60%) - listed nouns, verbal nouns by shape (افتعال، انفعال،
  استفعال، إفعال، تفعيل، فعول), and ب/ل/ك + an indefinite noun (برصيد 45)؛
- accusative after أنّ/إنّ and their kin (أن 28 طفلا، أن هناك 40 حالة);
- accusative as a verb's object: right after a verb of amount (بلغ، تجاوز،
  يناهز، سجل، صعد ...), or after a verb and its subject (بلغ العدد 200،
  قتلت القوات 50 مسلحا، بلغت نسبة المشاركة في الانتخابات 52%، كان ثمنه 200);
  a verb written with the passive's damma (دُفع) takes it as its subject;
- a number after و takes the case of the number it is joined to (بين 10 و20);
- nominative otherwise: as the subject after a verb (قتل 50 شخصا، شارك 21
  دولة، كان 20 شخصا)، as a predicate (عدد السكان 5 ملايين، إن عدد القتلى 50),
  at the start of a sentence. Where the syntax is unclear this is also what
  a newsreader says.
"""

from __future__ import annotations

import re

from text.numbers import ACCUSATIVE, FEMININE, MASCULINE, NOMINATIVE, OBLIQUE

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
CONTEXT_CHARS = 80
"""How far before a number the case rules look."""
_OPENING = "([{\"'«“‘"

PREPOSITIONS = frozenset({
    "في", "من", "إلى", "الى", "على", "عن", "منذ", "حتى", "بين", "خلال", "بعد", "قبل", "مع", "لدى", "عند",
    "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "أقل", "أزيد", "تحت", "فوق", "دون", "بدون", "وسط",
    "ضمن", "عبر", "طيلة", "طوال", "مدة", "لمدة", "غضون", "إثر", "جراء", "بحدود", "حدود", "ضعف", "أضعاف",
    "كل", "بضع", "قبيل", "بعيد", "أمام", "خلف", "وراء", "مقابل", "لقاء", "سوى", "غير", "إلا",
    "حسب", "بحسب", "وفق", "وفقا", "طبقا", "بموجب", "إزاء", "بحلول", "بمناسبة", "لصالح",
})
"""Prepositions and words that put the number after them in the genitive (also with و/ف before them)."""

_PARTICLES = frozenset({"و", "ف", "أو", "ثم", "قد", "لقد", "لا", "لم", "لن", "ما", "هل", "كما", "التي", "الذي",
                            "الذين", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "حيث", "عندما", "بينما",
                            "حين", "إذا", "إذ", "لو", "أي", "كل", "أيضا", "فقط", "نحو", "حوالي"})
"""Particles and pronouns: they end the subject a number may follow."""

ACCUSATIVE_PARTICLES = frozenset({"أن", "إن", "لأن", "بأن", "كأن", "لكن", "وأن", "وإن", "فإن", "ليت", "لعل",
                                  "أنّ", "إنّ"})
"""أنّ/إنّ and their kin: the noun right after them is in the accusative (written without shadda)."""

IDAFA_HEADS = frozenset({
    # measures and amounts
    "سباق", "أصل", "أغلبية", "غالبية", "قدرة", "طاقة", "مسافة", "قيمة", "مبلغ", "نسبة", "معدل", "مساحة", "عمق", "ارتفاع", "طول", "عرض", "وزن", "سرعة", "سعة",
    "حجم", "بواقع", "إجمالي", "مجموع", "مقدار", "بمقدار", "حصيلة", "عدد", "قرابة", "نحو", "رقم", "مدى", "درجة",
    "حرارة", "سعر", "بسعر", "تكلفة", "بتكلفة", "كلفة", "بكلفة", "ميزانية", "بميزانية", "رأسمال", "عمر", "بعمر",
    "عمرها", "عمره", "فترة", "لفترة", "مدة", "غرامة", "بغرامة", "قرض", "بقرض", "منحة", "عام", "سنة", "العام",
    "السنة", "عامي", "سنتي", "أعوام", "سنوات", "مواليد", "موسم",
    # verbal nouns that head what they count (not those spelled like a verb: قتل، نقل، دفع)
    "مقتل", "مصرع", "سقوط", "وفاة", "إصابة", "نزوح", "تهجير", "اعتقال", "احتجاز", "إطلاق", "تدمير", "تضرر",
    "بناء", "إنشاء", "تشييد", "تسجيل", "إحصاء", "فقدان", "خسارة", "زيادة", "تراجع", "انخفاض", "نمو", "ارتفاع",
    "هبوط", "صعود", "تقدم", "بيع", "شراء", "تصدير", "استيراد", "إنتاج", "توزيع", "تقديم", "إضافة", "تخصيص",
    "إنفاق", "استثمار", "تمويل", "تسليم", "استقبال", "إجلاء", "إنقاذ", "تلقيح", "تطعيم", "توقيف", "إعدام",
    "سجن", "بسجن", "حبس", "إرسال", "وصول", "دخول", "خروج", "عودة", "مشاركة", "حضور", "غياب", "تعيين", "فوز",
    "هزيمة", "تأهل", "تحقيق", "توقيع", "إصدار", "إسقاط", "اعتراض", "تدريب", "تخريج", "توظيف", "تشغيل", "تسريح",
    "مصادرة", "إغلاق", "افتتاح", "ترميم", "تأهيل",
})
"""Nouns often right before a number they govern in the genitive (idafa)."""

AMOUNT_VERBS = frozenset({
    "بلغ", "بلغت", "يبلغ", "تبلغ", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى",
    "ناهز", "ناهزت", "يناهز", "تناهز", "قارب", "قاربت", "يقارب", "تقارب", "فاق", "فاقت", "يفوق", "تفوق",
    "تعدى", "تعدت", "يتعدى", "تتعدى", "عادل", "يعادل", "تعادل", "وازى", "يوازي", "توازي", "لامس", "يلامس",
    "تلامس", "احتل", "احتلت", "يحتل", "تحتل",
    "ضم", "ضمت", "يضم", "تضم", "يحوي", "تحوي", "يشمل", "تشمل", "يستوعب", "تستوعب", "يتطلب", "تتطلب",
    "يكلف", "تكلف", "كلف", "كلفت", "يساوي", "تساوي", "ساوى", "يزن", "تزن", "استغرق", "استغرقت", "يستغرق",
    "تستغرق", "يناهز", "سجل", "سجلت", "يسجل", "تسجل", "حقق", "حققت", "يحقق", "تحقق", "أحرز", "أحرزت",
    "يحرز", "تحرز", "خسر", "خسرت", "يخسر", "تخسر", "فقد", "فقدت", "يفقد", "تفقد", "ربح", "ربحت", "يربح",
    "تربح", "أنفق", "أنفقت", "ينفق", "تنفق", "يدفع", "تدفع", "دفع", "دفعت", "جمع", "جمعت", "يجمع", "تجمع",
    "يحتاج", "تحتاج", "انتظر", "انتظرت", "ينتظر", "تنتظر", "أمضى", "أمضت", "يمضي", "تمضي", "قضى", "قضت",
    "صعد", "صعدت", "يصعد", "تصعد", "هبط", "هبطت", "يهبط", "تهبط", "زاد", "زادت", "يزيد", "تزيد", "قفز", "قفزت",
    "يقفز", "تقفز", "نما", "نمت", "ينمو", "تنمو", "نقص", "نقصت", "ربح", "خسر",
    "يقضي", "تقضي", "عاش", "عاشت", "يحمل", "تحمل", "استقبل", "استقبلت", "يستقبل", "تستقبل",
})
"""Verbs whose number right after them is their object (or, for كان and its kin, their
predicate): بلغ 20، تجاوزت 50 بالمئة. Read in the accusative."""

KANA_AND_KIN = frozenset({"كان", "كانت", "يكون", "تكون", "ليس", "ليست", "بات", "باتت", "أصبح", "أصبحت", "أضحى",
                          "صار", "صارت", "ظل", "ظلت", "مازال", "لايزال"})
"""كان and its kin: right after them the number is their subject (كان 20 شخصا في المبنى: nominative),
after their subject it is their predicate (كان عددهم 20: accusative)."""

TRANSITIVE_VERBS = AMOUNT_VERBS | KANA_AND_KIN | frozenset({
    "قتل", "قتلت", "يقتل", "تقتل", "اعتقل", "اعتقلت", "يعتقل", "تعتقل", "أسر", "أسرت", "شن", "شنت", "يشن",
    "تشن", "نفذ", "نفذت", "ينفذ", "تنفذ", "خصص", "خصصت", "يخصص", "تخصص", "رصد", "رصدت", "يرصد", "ترصد",
    "منح", "منحت", "يمنح", "تمنح", "قدم", "قدمت", "يقدم", "تقدم", "أرسل", "أرسلت", "يرسل", "ترسل", "باع",
    "باعت", "يبيع", "تبيع", "اشترى", "اشترت", "يشتري", "تشتري", "أنتج", "أنتجت", "ينتج", "تنتج", "صدرت",
    "استورد", "استوردت", "أضاف", "أضافت", "يضيف", "تضيف", "خفض", "خفضت", "يخفض", "تخفض", "رفع", "رفعت",
    "يرفع", "ترفع", "سدد", "سددت", "يسدد", "تسدد", "وزع", "وزعت", "يوزع", "توزع", "نقل", "نقلت", "ينقل",
    "تنقل", "أحصى", "أحصت", "يحصي", "تحصي", "وثق", "وثقت", "يوثق", "توثق", "أجلى", "أجلت", "أنقذ", "أنقذت",
    "تلقى", "تلقت", "يتلقى", "تتلقى", "استقطب", "استقطبت", "يستقطب", "تستقطب", "وظف", "وظفت", "يوظف",
    "توظف", "دمر", "دمرت", "يدمر", "تدمر", "أسقط", "أسقطت", "اعترض", "اعترضت", "يعترض", "تعترض", "أطلق",
    "أطلقت", "يطلق", "تطلق", "حمل", "حملت", "أعلن", "أعلنت", "يعلن", "تعلن", "وضع", "وضعت", "يضع", "تضع",
    "طلب", "طلبت", "يطلب", "تطلب", "أعاد", "أعادت", "يعيد", "تعيد", "نشر", "نشرت", "ينشر", "تنشر",
    "ضبط", "ضبطت", "يضبط", "تضبط", "صادر", "صادرت", "يصادر", "تصادر", "أصاب", "أصابت", "هدم", "هدمت",
    "سحب", "سحبت", "يسحب", "تسحب", "بنى", "بنت", "يبني", "تبني", "افتتح", "افتتحت", "يفتتح", "تفتتح",
})
"""Verbs that take an object: after the verb and its subject the number is the object
(قتلت القوات 50 مسلحا). Right after them it is more often the subject of the passive
(قُتل 50 شخصا), which is how it is read there."""


NUMBER_WORD = (r"(?:صفر|واحدة?|إحدى|أحد|اثن\w+|ثلاث\w*|أربع\w*|خمس\w*|ست\w*|سبع\w*|ثماني?\w*|تسع\w*|عشر\w*|"
               r"مئ\w*|ألف\w*|آلاف|مليون\w*|ملايين|مليار\w*)")
r"""A word of a number as the verbaliser writes it. Loose (ست\w* is also ستعمل): use it only where
a number is expected."""
_NUMBER_PART = "(?:" + NUMBER_WORD + "|فاصلة|نصف|ربع|ثلث)"


def bare(word: str) -> str:
    """``word`` without short vowels and tatweel, and without brackets or quotes before it."""
    return _DIACRITICS.sub("", word).lstrip(_OPENING)


def words_before(text: str, position: int, count: int) -> list[str]:
    """Up to ``count`` words before ``position``, nearest first, stopping at a clause break."""
    before = text[max(0, position - CONTEXT_CHARS):position]
    clause = re.split(r"[.,،؛;:!?؟()\[\]\"«»\n]|\s[-–—]\s", before)[-1]
    return [bare(w) for w in reversed(clause.split())][:count]


def _strip_conjunction(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 2 else word


def _is_preposition(word: str) -> bool:
    word = _strip_conjunction(word)
    if word in PREPOSITIONS:
        return True
    # A preposition glued to a genitive-governing word: بنحو، لنحو، بحوالي، وبقرابة.
    return word[:1] in "بلك" and word[1:] in PREPOSITIONS | IDAFA_HEADS


_MASDAR_SHAPES = re.compile(
    r"^(?:[اإ][\u0621-\u064a]{2}ا[\u0621-\u064a]"            # إفعال: إطلاق، إنتاج
    r"|ا[\u0621-\u064a]{3}ا[\u0621-\u064a]"                   # افتعال/انفعال: ارتفاع، انخفاض
    r"|است[\u0621-\u064a]{2}ا[\u0621-\u064a]"                 # استفعال: استقبال
    r"|ت[\u0621-\u064a]{2}ي[\u0621-\u064a]"                 # تفعيل: تدمير
    r"|[\u0621-\u064a]{2}و[\u0621-\u064a])$")                 # فعول: هطول، نزوح
"""Verbal nouns by shape: they head the number they count (idafa)."""


_TAFAAUL = re.compile(r"^ت[\u0621-\u064a]ا[\u0621-\u064a]{2}$")
"""The تفاعل shape ("تراجع", "تعادل"): a verbal noun as often as a verb of the present."""


def is_verbal_noun(word: str) -> bool:
    """Whether a word has a verbal noun's shape (``_MASDAR_SHAPES``, ``_TAFAAUL``: "ارتفاع", "إطلاق", "تطوير",
    "تراجع"): how a news title names its news ("ارتفاع الأسعار ..."), where a caption names who is shown."""
    return bool(_MASDAR_SHAPES.match(word) or _TAFAAUL.match(word))


def _is_idafa_head(word: str) -> bool:
    word = _strip_conjunction(word)
    glued = word[1:]
    if word[:1] in "بلك" and not glued.startswith("ال") and (
            glued in IDAFA_HEADS or _MASDAR_SHAPES.match(glued) or (len(glued) >= 3 and glued.endswith("ة"))):
        # بقدرة، لمسافة (not بالحصبة: a definite noun heads nothing)
        return True
    return word in IDAFA_HEADS or (not word.startswith("ال") and bool(_MASDAR_SHAPES.match(word)))


_PREPOSITION_WITH_PRONOUN = re.compile(r"^(?:بين|لدي|عند|من|عن|مع|في|علي|إلي|ل|ب)(?:ه|ها|هم|هما|هن|نا|كم|ي)$")
"""بينهم، لديها، منهم: a preposition with a pronoun; a number after it is a delayed subject."""


def _glued_noun(words: list[str]) -> bool:
    """ب/ل/ك glued to an indefinite noun right before the number, which that noun governs in the
    genitive: يتصدر الترتيب برصيد 45 نقطة. Not after a preposition, where the word is more likely a
    place whose name starts with the same letter (في لبنان 50 قتيلا)."""
    word = _strip_conjunction(words[0])
    return (word[:1] in "بلك" and len(word) >= 5 and not word[1:].startswith("ال")
            and not _PREPOSITION_WITH_PRONOUN.match(word)
            and not _is_verb(word, TRANSITIVE_VERBS) and not (len(words) > 1 and _is_preposition(words[1])))


def _is_verb(word: str, verbs: frozenset[str] = AMOUNT_VERBS) -> bool:
    word = _strip_conjunction(word)
    # ل or س before a present tense: ليبلغ، سيتجاوز
    return word in verbs or (word[:1] in "لس" and word[1:2] in "يتن" and word[1:] in verbs)


_VERB_SHAPES = re.compile(r"^(?:[يت][\u0621-\u064a]{3,5}|است[\u0621-\u064a]{3,4}"
                          r"|ا[\u0621-\u064a]ت[\u0621-\u064a]{2}ت?|ان[\u0621-\u064a]{3}ت?)$")
"""A present-tense verb (تبعد، يتجاوز) or a past verb of forms VII, VIII and X (انخفض، ارتفعت،
استهلكت) by its shape."""


def _looks_like_verb(word: str) -> bool:
    word = _strip_conjunction(word)
    if word.startswith("س") and len(word) > 4:
        word = word[1:]  # سيبلغ
    return _is_verb(word, TRANSITIVE_VERBS) or (bool(_VERB_SHAPES.match(word)) and not word.endswith(("ة", "ات")))


def looks_like_verb(word: str) -> bool:
    """Whether a word reads as a verb, by the list or by its shape (``_looks_like_verb``: "تراجع", "ترتفع", "انخفضت"):
    what a title or a sentence holds and a table's column headings do not."""
    return _looks_like_verb(word)


def _in_subject(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` (words nearest first) can be part of a subject standing between a
    verb and the number: the word right before the number may be any noun (موسكو); further back
    a definite noun, an idafa head or a noun before a definite one (لتر البنزين)."""
    word = words[index]
    if not _is_noun_phrase_word(word):
        return False
    if word[:1] == "و" and not word.startswith("وال"):
        return False  # وأصيب: a new clause
    if index == 0 or word.startswith("ال") or _is_idafa_head(word):
        return True
    return words[index - 1].startswith("ال")


def _is_noun_phrase_word(word: str) -> bool:
    """A word of a subject between verb and number (العدد، عدد القتلى، موسكو): an Arabic word that is
    not a particle, a preposition or a listed verb."""
    plain = _strip_conjunction(word)
    return (bool(re.fullmatch(r"[\u0621-\u064a]{2,}", word)) and word not in _PARTICLES
            and plain not in _PARTICLES and not _is_preposition(word) and word not in ACCUSATIVE_PARTICLES
            and not _is_verb(word, TRANSITIVE_VERBS))


def _written_passive(text: str, position: int) -> bool:
    """The word before ``position`` is a verb written with the passive's damma: دُفع، وقُتل."""
    found = re.search(r"(\S+)\s+$", text[max(0, position - CONTEXT_CHARS):position])
    return bool(found) and bool(re.match(r"[وف]?[\u0621-\u064a]\u064f", found.group(1)))


def _previous_number_start(text: str, position: int) -> int | None:
    """Where the number before a glued و starts (digits or number words), if one is close."""
    before = text[max(0, position - CONTEXT_CHARS):position]
    offset = max(0, position - CONTEXT_CHARS)
    # The number right before "و": digits with separators, or a run of number words, then maybe one noun.
    found = re.search(r"(?:(?<![\d.,])\d[\d.,]*|(?:" + _NUMBER_PART + r"(?:\s+|\s*و))*" + _NUMBER_PART + r")"
                      r"(?:\s*[%$€£])?(?:\s+[\u0621-\u064a]+){0,2}\s*[،,]?\s*$", before)
    return offset + found.start() if found else None


def case_before(text: str, position: int, *, _depth: int = 0) -> str:
    """The case of a number starting at ``position`` in ``text`` (see the module docstring)."""
    before = _DIACRITICS.sub("", text[max(0, position - CONTEXT_CHARS):position])
    glued = re.search(r"(?<![\u0621-\u064a])([\u0621-\u064a]{1,3})$", before)
    if glued:
        prefix = glued.group(1)
        if set(prefix) & set("بلك"):
            return OBLIQUE
        if prefix in ("و", "ف") and _depth < 3:
            start = _previous_number_start(text, position - 1)
            return case_before(text, start, _depth=_depth + 1) if start is not None else NOMINATIVE
        return NOMINATIVE
    words = words_before(text, position, 7)
    if not words:
        return NOMINATIVE
    previous = words[0]
    if previous in ("و", "ف") and _depth < 3:  # "بين 10 و 20"
        start = _previous_number_start(text, text.rfind(previous, 0, position))
        return case_before(text, start, _depth=_depth + 1) if start is not None else NOMINATIVE
    if previous in ACCUSATIVE_PARTICLES or (previous in ("هناك", "هنالك", "ثمة") and words[1:2]
                                            and words[1] in ACCUSATIVE_PARTICLES):
        return ACCUSATIVE  # أن 28 طفلا، أن هناك 40 حالة
    if _is_preposition(previous) or _is_idafa_head(previous) or _glued_noun(words):
        return OBLIQUE
    if _is_verb(previous):
        return NOMINATIVE if _written_passive(text, position) else ACCUSATIVE
    # Verb, its subject, then the number: the number is the object (بلغ عدد القتلى 200).
    index = 0  # words[index] belongs to the subject
    while index + 1 < len(words) and _in_subject(words, index):
        word = words[index + 1]
        if _is_preposition(word) and index + 2 < len(words) and not _looks_like_verb(words[index + 2]):
            index += 2  # a phrase inside the subject: بلغت نسبة المشاركة في الانتخابات 52
            continue
        if _looks_like_verb(word):
            return ACCUSATIVE
        if word in ACCUSATIVE_PARTICLES:
            return NOMINATIVE  # إن عدد القتلى 50: the predicate of إنّ
        index += 1
    return NOMINATIVE


# ---------------------------------------------------------------- gender

FEMININE_WORDS = frozenset({
    "امرأة", "نساء", "سيدة", "سيدات", "فتاة", "فتيات", "بنت", "بنات", "أم", "أمهات", "سنوات", "ساعات",
    "دقائق", "ثوان", "ثواني", "مرات", "أسر", "عائلات", "دول", "مدن", "قرى", "شركات", "مؤسسات", "منظمات",
    "طائرات", "سيارات", "سفن", "ليرات", "غارات", "قذائف", "دبابات", "حالات", "إصابات", "وفيات", "أشجار",
    "جامعات", "مدارس", "مستشفيات", "ولايات", "محافظات", "لغات", "كلمات", "صفحات", "ليال", "ليالي", "أيادي",
    "نقاط", "درجات", "مراحل", "جولات", "دورات", "مباريات", "ميداليات", "جوائز", "أرض", "دار", "شمس", "حرب",
    "نفس", "عين", "يد", "ريح", "نار", "بئر", "كأس", "سن", "أذن", "طرق", "ساحات", "جزر", "قرية",
    "مرة", "بلدات", "مناطق", "ضربات", "مسيرات", "مسيّرات", "سنين",
    "مقاتلات", "بوارج", "ناقلات", "غرف", "وحدات", "شقق", "قطع", "مواد", "سلع", "حقائب", "رسائل",
})
"""Feminine nouns not ending in ة or ات, and feminine broken plurals (their singular is feminine)."""

MASCULINE_PLURALS_IN_AT = frozenset({
    "مليارات", "تريليونات", "دولارات", "جنيهات", "ريالات", "فرنكات", "يوروهات", "كيلومترات", "سنتيمترات",
    "مليمترات", "لترات", "اجتماعات", "تصريحات", "قرارات", "مستشفيات", "انتخابات", "امتحانات", "حيوانات",
    "مطارات", "قطارات", "ملفات", "مشروعات", "طلبات", "اتصالات", "مسلسلات", "مهرجانات", "استثمارات",
    "مؤتمرات", "إجراءات", "اختبارات", "حسابات", "تحقيقات", "مقترحات", "مستويات", "معسكرات", "مخيمات",
    "ممرات", "بيانات", "كيلوغرامات", "غرامات", "أمتار", "ميغاواطات",
    "كيلوواتات", "حمامات", "مختبرات", "مستودعات", "فيديوهات", "إعلانات", "عقارات",
    "منتخبات", "أولمبيات", "مشاهدات", "تعليقات", "تسجيلات", "إصدارات", "مجلدات", "مراكز",
})
"""Plurals in ات whose singular is masculine (مليار، دولار، مستشفى، اجتماع ...)."""


def gender_of(word: str) -> str:
    """Grammatical gender of a counted noun: feminine when it ends in ة or ات or is a listed
    feminine word or broken plural; masculine for the listed plurals in ات of masculine nouns and
    for the plural of a verbal noun (انفجارات، اجتماعات)."""
    word = bare(word).rstrip("اً")  # tanween alif: قتيلا
    candidates = (word, word[1:]) if word[:1] in "وفبل" else (word,)
    for candidate in candidates:
        if candidate in MASCULINE_PLURALS_IN_AT or (candidate.endswith("ات") and _MASDAR_SHAPES.match(candidate[:-2])):
            return MASCULINE  # انفجارات، اجتماعات، تحقيقات: the singular is a masculine verbal noun
        if candidate in FEMININE_WORDS or candidate.endswith(("ة", "ات", "تان", "تين")):
            return FEMININE
    return MASCULINE
