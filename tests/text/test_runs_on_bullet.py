"""A long line closing on a clause it opened ("، حيث ...") over a line holding only a list mark does not crash."""

from text.plain import split_plain


def test_runs_on_with_bare_list_mark_below():
    first = ("أعلنت وزارة الداخلية اليوم عن نتائج الحملة الأمنية الواسعة التي نفذتها في عدد من المحافظات الشمالية"
             " والجنوبية خلال الأسبوع الماضي، حيث نجح رجال الأمن")
    assert len(first.split()) >= 20
    for mark in ("•", "-", "1."):
        text = first + "\n" + mark + "\n\nوقال المتحدث باسم الوزارة إن الحملة ستستمر حتى نهاية الشهر الجاري.\n"
        split_plain(text)


def test_runs_on_bare_mark_is_not_a_run_on():
    from types import SimpleNamespace

    from text.headline import _runs_on

    first = ("أعلنت وزارة الداخلية اليوم عن نتائج الحملة الأمنية الواسعة التي نفذتها في عدد من المحافظات الشمالية"
             " والجنوبية خلال الأسبوع الماضي، حيث نجح رجال الأمن")
    for mark in ("•", "-", "1."):
        lines = tuple(SimpleNamespace(text=t, furniture=None) for t in (first, mark, "من ضبط المتهمين."))
        assert _runs_on(SimpleNamespace(lines=lines, start=0, end=3), 0) is False
