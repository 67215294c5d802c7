"""Small Arabic articles written for the tests (never third-party text)."""

from __future__ import annotations

from pathlib import Path

HEADLINE = "مجلس المدينة يقر خطة جديدة للنقل العام"
LEAD = ("أقر مجلس المدينة مساء الثلاثاء خطة جديدة لتطوير شبكة النقل العام، تشمل خطوط حافلات إضافية "
        "وتمديد ساعات العمل في المساء.")
SECOND = ("وقال رئيس المجلس إن الخطة تهدف إلى تخفيف الازدحام في وسط المدينة؛ وأضاف أن التنفيذ يبدأ "
          "في الربيع المقبل بعد استكمال الدراسات الفنية.")
SUBHEAD = "ردود الفعل"
THIRD = "رحب السكان بالقرار، لكن بعضهم تساءل: هل تكفي الميزانية المرصودة لتنفيذ كل المراحل؟"
FOURTH = "ويتوقع خبراء أن تخفض الخطة زمن الرحلات اليومية بنحو الربع خلال عامين."


def city_council_article(*, second: str = SECOND) -> str:
    """Headline, a lead section of two paragraphs, a sub-headed section of two."""
    return "\n\n".join([HEADLINE, LEAD, second, SUBHEAD, THIRD, FOURTH]) + "\n"


def write_article(folder: Path, text: str | None = None, name: str = "article.txt") -> Path:
    path = folder / name
    path.write_text(text if text is not None else city_council_article(), encoding="utf-8")
    return path
