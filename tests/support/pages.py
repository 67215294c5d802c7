"""Whole news pages written for the tests, in the shapes real "select all, copy" pages have (our own text)."""

from __future__ import annotations

TITLE = "مدينة الساحل تفتتح أكبر محطة لتحلية المياه في المنطقة"
LEAD = ("افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر، بطاقة تبلغ مئة ألف متر مكعب "
        "يوميا، في خطوة قالت إنها ستنهي انقطاع المياه في الصيف.")
SECOND = "وقال رئيس البلدية إن المحطة تعمل بالطاقة الشمسية جزئيا، وإن كلفتها بلغت نحو ثلاثين مليون دولار."
SUBHEAD = "مراحل التشغيل"
THIRD = ("وأوضح المهندس المسؤول أن التشغيل سيبدأ بنصف الطاقة خلال الشهر الأول، ثم يرتفع تدريجيا حتى يكتمل "
         "قبل نهاية العام.")
MENU = ("الرئيسية", "أخبار", "الآن", "اقتصاد", "رياضة", "اعرض المزيد")
CAPTION = "Workers at the new desalination plant on the coast"
TEASERS = ("سكان الساحل يشكون من انقطاع المياه للأسبوع الثالث", "البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي")
AFTER = ("حول هذه القصة", *TEASERS, "مدة الفيديو 02 minutes 47 seconds", "02:47")

# A page copied with select-all: menu, date, the title twice, an English caption, the article with one
# sub-heading, then related stories under a header no rule names, and a video's length.
WHOLE_PAGE = "\n".join([*MENU, "الأربعاء، 12 مارس 2025", TITLE, TITLE, CAPTION, LEAD, SECOND, SUBHEAD, THIRD,
                        *AFTER]) + "\n"
BODY = (LEAD, SECOND, SUBHEAD, THIRD)
FURNITURE = (*MENU, "الأربعاء، 12 مارس 2025", CAPTION, *AFTER)
