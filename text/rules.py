"""Boilerplate rules as data: word lists and patterns, one place to extend.

Each rule has a ``reason`` (what ``inspect`` reports) and either a pattern that
matches a whole line or a pattern for a prefix glued to body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]

    def matches(self, line: str) -> bool:
        return bool(self.pattern.search(line))


def _words(*words: str) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


SHARE_WORDS = ("مشاركة", "شارك", "شاركها", "تويتر", "فيسبوك", "فيس بوك", "واتساب", "واتس اب",
               "تيليجرام", "تلغرام", "لينكدإن", "انستجرام", "إنستغرام", "طباعة", "نسخ الرابط",
               "share", "facebook", "twitter", "whatsapp", "telegram", "email", "print")

READ_ALSO = ("اقرأ أيضا", "اقرأ أيضًا", "اقرأ ايضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضًا", "اقرأ المزيد",
             "وقد يهمك", "قد يهمك", "شاهد أيضا", "شاهد أيضًا", "شاهد أيضاً", "اقرا ايضا", "مواضيع ذات صلة",
             "أخبار ذات صلة", "اخبار ذات صلة", "اقرأ كذلك")

FOLLOW_US = ("تابعونا على", "تابعنا على", "للمزيد من الأخبار تابعونا", "اشترك في", "اشترك الآن",
             "حمل تطبيق", "حمّل تطبيق", "follow us")

# Whole-line rules, tried in order; the first that matches gives the reason.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("template token", re.compile(r"^[a-z]+(?:[-_][a-z]+)+$")),
    LineRule("share widget", re.compile(
        r"^[•·\-\*\s]*(?:" + "|".join(re.escape(w) for w in SHARE_WORDS) + r")(?:\s*[:：،,|/]?\s*(?:"
        + "|".join(re.escape(w) for w in SHARE_WORDS) + r"))*\s*[:：]?\s*$", re.IGNORECASE)),
    LineRule("read also", re.compile(r"^[•·\-\*\s]*" + _words(*READ_ALSO) + r"\s*[:：]?")),
    LineRule("follow us", re.compile(r"^[•·\-\*\s]*" + _words(*FOLLOW_US) + r"\b.{0,80}$", re.IGNORECASE)),
    LineRule("advertisement", re.compile(r"^(?:إعلان|اعلان|advertisement|ads?|مساحة إعلانية|محتوى مدعوم)\s*$",
                                         re.IGNORECASE)),
    LineRule("cookie notice", re.compile(r"(?:ملفات تعريف الارتباط|الكوكيز|cookies?)", re.IGNORECASE)),
    LineRule("navigation", re.compile(r"^(?:الرئيسية|الصفحة الرئيسية|home)(?:\s*[>»/|]\s*\S.{0,60})?$",
                                      re.IGNORECASE)),
    LineRule("image caption", re.compile(r"[-–—]\s*(?:أرشيفية|ارشيفية|أرشيف|صورة أرشيفية|أرشيفيه)\s*\)?$")),
    LineRule("image caption", re.compile(r"^\(?(?:صورة|الصورة|صور|photo)\s*[:：]", re.IGNORECASE)),
)

# "Site | Section" masthead lines before the headline.
MASTHEAD = re.compile(r"^.{1,60}\s[|｜]\s.{1,60}$")

# "Agency - Author" or "كتب: Author" bylines, on a line of their own before the lead.
BYLINE = re.compile(r"^(?:(?P<site>[^-–—:]{2,40}?)\s*[-–—]\s*(?P<author>[^-–—.،]{3,40})|"
                    r"(?:كتب|كتبت|بقلم|إعداد|تقرير)\s*[:：]?\s*(?P<author2>[^.،]{3,40}))$")

# Datelines glued before the lead: "(CNN)--", "القاهرة - ", "دبي، الإمارات (CNN)—".
DATELINE = re.compile(r"^(?:[^\s.،:()]{2,20}(?:،\s*[^.()]{2,40})?\s*)?\((?:CNN|AFP|رويترز|أ ف ب|د ب أ|الأناضول|وام|واس)\)\s*"
                      r"(?:[-–—]{1,2}|:)\s*")

SENTENCE_END = ".!?؟…:؛\"”»'"


def line_reason(line: str) -> str | None:
    """The reason a whole line is page furniture, or None when it is article text."""
    for rule in LINE_RULES:
        if rule.matches(line):
            return rule.reason
    return None
