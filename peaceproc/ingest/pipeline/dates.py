"""Date expressions in one sentence, resolved against the publication date.

What dateparser 1.5.0 does on its own (checked on this machine, published = Tue 2017-08-01,
PREFER_DATES_FROM='past'), and why this module spots spans itself first:

* `search_dates` on the seed article returns 'At a Tuesday' -> 2017-01-01, 'year, a' ->
  2017-01-01, 'in May, an' -> 2017-05-01 and 'now'; 'they may agree' -> May, 'to march' ->
  March, 'resolution 2254' -> the year 2254, ': 20/05/20' -> 1920-05-20.
* 'Tuesday' parses to 2017-07-25, a week early, when the article is from a Tuesday.
* 'late last year' loses 'late' (-> 2016-08-01); 'in 2016' -> 2016-08-01 (period 'year');
  'later in the day' -> nothing; Arabic 'أيار 2017', 'العام الماضي', Russian 'в мае' and
  Persian solar-hijri dates -> nothing.
* It is slow on whole texts (~0.4 s for the 5 KB seed article) and the first call for a
  language loads its locale (50-250 ms).

So: a grammar per language finds the spans and decides what kind of expression each is;
absolute dates with a year go to dateparser (`languages=[lang]`, RELATIVE_BASE=published,
PREFER_DATES_FROM='past'), with the grammar's own reading as the fallback where
dateparser returns nothing or a different period; the cases above are resolved here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from peaceproc.characters import UNREAD_MARKS
from peaceproc.chronology.cardinals import count_pattern

from . import cues as C
from . import lexicon as L
from .offsets import counts_from_named, offset_days
from .plans import proposed_for
from .reported import from_the_saying
from .resolve import (
    MAX_DATE_SPANS,
    MAX_YEAR,
    MIN_YEAR,
    Budget,
    Ctx,
    Reading,
    UnanchoredWeekday,
    resolve,
)
from .rounds import day_ordinals, find_round_references
from .text import fold, fold_pattern, readable
from .types import (
    FIRST_PUBLISHED,
    LAST_PUBLISHED,
    DateMention,
    PipelineError,
    check_published,
)

# A part of a month named without its year ('Haziran ortasında', "Mart'ın başında",
# 'Ocak ayının sonlarında': mid-June, early March, late January): that month.
_TR_MONTH_PART = (
    r"(?:'n?[ıiuü]n)?\s+(?:ayının\s+)?"
    r"(?:ortasında|ortalarında|başında|başlarında|sonunda|sonlarında)"
)


def _alt(words) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


# --- the grammar ---------------------------------------------------------------------------

_DAY = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|e|-?го|-?е|\.)?"
# 'le 4 et le 5 juillet', 'the 15th and the 16th': an article may stand before each day.
_DAY2 = (
    r"(?:\s*(?:-|/|and|et|и|по|до|ve|ile|و|تا|الي|حتي|au|to|through)\s*(?:(?:le|the)\s+)?"
    r"(?P<d2>[0-3]?\d)(?:er|st|nd|rd|th|e|-?го)?)?"
)
# 'les14-15 mars': a day glued to the French article before it (a typing slip of real copy).
_GLUED_DAY = {"fr": r"|(?<=\bles)|(?<=\ble)|(?<=\bdu)"}
_YEAR = r"(?P<y>(?:19|20)\d\d)(?![\d.,]\d)"


# The accusative and dative endings of a Turkish weekday in "perşembeyi cumaya bağlayan gece".
_TR_NIGHT_CASES = ("yı", "yi", "yu", "yü", "ı", "i", "u", "ü", "ya", "ye", "a", "e")
# Between 'from' and the day: 'from the 1st', 'من يوم 1 آذار', 'از تاریخ ۱ اسفند'.
_SPAN_ARTICLE = ("the", "le", "يوم", "تاريخ", "روز", "تاریخ")


class _Grammar:
    def __init__(self, lang: str):
        self.lang = lang
        months = dict(L.MONTHS[lang])
        if lang == "en":
            months.update({k: v for k, v in L.EN_MONTH_ABBR.items()})
        if lang == "ru":
            months.update(L.RU_MONTH_ABBR)
        self.months = months
        self._by_length = sorted(months, key=len, reverse=True)
        self.ambiguous = L.AMBIGUOUS_MONTHS.get(lang, set())
        month_alt = _alt(months)
        if lang in ("en", "ru"):
            # 'Aug.', 'янв.' and friends carry a full stop.
            month_alt = rf"(?:{month_alt})\.?"
        if lang == "ar":
            # 'أيار/مايو', 'أيار (مايو)' and 'أيار - مايو': the Levantine and the Egyptian
            # name together.
            # 'تشرين الثاني نوفمبر 2022': the two names side by side, with no mark between.
            month_alt = rf"(?:{month_alt})(?:(?:\s*(?:/|\(|-|–)\s*|\s+)(?:{_alt(months)})\)?)?"
        if lang == "tr":
            # The locative may take '-ki' ("Nisan'daki görüşmeler", 'Aralık ayındaki').
            month_alt = rf"(?:{month_alt})(?:'(?:(?:ta|da|te|de)(?:ki)?|tan|dan|ten|den|ın|in|a|e)|\s+ayı(?:nda(?:ki)?|ndan|nın)?)?"  # noqa: E501
        self.month_re = rf"(?P<m>{month_alt})"
        # Between a month and its year: a space, or nothing after a bracketed second name
        # ('في ديسمبر(كانون الأول)2015').
        year_gap = r"(?:,?\s+|(?<=\)))" if lang == "ar" else r",?\s+"
        # A month, then a comma or 'and', before another month ('February, March and').
        self.listed_month = re.compile(
            rf"(?<![\w'\u200c])(?P<m>{month_alt})\s*(?:,|،|\s(?:and|et|и|ve|و))\s*\Z"
        )
        # After a month, a comma or 'and' (and the list's preposition again) before the
        # next bare month of the list ('in February, March and April', 'en février, en mars
        # et en avril', 'في فبراير ومارس').
        preps = _alt(L.PREPOSITIONS[lang]) if lang != "tr" else "(?!)"
        self.next_listed_month = re.compile(
            rf"\s*(?:[,،]\s*(?:(?:and|et|и|ve)\s+|و\s*)?|\s(?:and|et|и|ve)\s+|\s*و\s*)"
            rf"(?:(?:{preps})\s*)?(?P<m>{month_alt})(?![\w\u200c])"
        )
        self.ahead = _ahead_of_month(lang, month_alt)
        ysuf = L.YEAR_SUFFIX[lang]
        b = r"(?<![\w'\u200c])"
        e = r"(?![\w\u200c])"
        rules: list[tuple[str, str]] = []
        # Absolute: '4 May 2017', '3-4 May', '4 мая 2017 года', '4 أيار/مايو 2017'.
        of = {"fr": r"(?:\s+de|\s+of)?", "en": r"(?:\s+de|\s+of)?", "ar": r"(?:\s+من(?:\s+شهر)?)?"}
        day, day2 = _DAY, _DAY2
        if lang == "ar":
            # 'الـ 21 والـ 22 من كانون الأول': the article before each day (its tatweel folds
            # to a joiner), 'من' ('of') before the month; a one-letter preposition or 'and'
            # glued on ('لـ25 تموز', 'ب12 حزيران', 'و8 ديسمبر').
            day = "(?:(?:[وفبل]|لل)?\u200c?(?:ال)?\u200c?\\s*)?" + _DAY
            day2 = _DAY2.replace("(?P<d2>", "(?:ال\u200c?\\s*)?(?P<d2>")
        glued = rf"(?:{b}{_GLUED_DAY.get(lang, '')})"
        rules.append(
            (
                "dmy",
                rf"{glued}{day}{day2}{of.get(lang, '')}\s+{self.month_re}"
                rf"(?:{year_gap}{_YEAR}{ysuf}?)?"
                rf"(?:\s+(?:{_alt(L.LAST_AFTER_DAY.get(lang, ['^']))}))?{e}",
            )
        )
        if lang == "ar":
            # 'في 23 من الشهر الجاري', 'يومي 24 و25 من الشهر المقبل', 'يوم 29 الشهر الجاري':
            # days of a month named by where it is from today.
            rel = _alt([fold(w) for w in (*_AR_THIS_MONTH, *_AR_NEXT_MONTH, *_AR_LAST_MONTH)])
            # '27 من الشهر' with no word after it is this month too; not 'من الشهر نفسه',
            # the month named before (lexicon.AR_SAME_MONTH).
            same = _alt(L.AR_SAME_MONTH)
            this_month = rf"(?:(?:ال)?شهر\s+(?P<rel>{rel})|هذا\s+الشهر)"
            bare = rf"\s+من\s+الشهر(?!\s+(?:{same}))"
            rules.append(("drel", rf"{b}{day}{day2}(?:(?:\s+من)?\s+{this_month}|{bare}){e}"))
        if lang in L.DAY_OF_MONTH_FROM_TODAY:
            rules.append(("drel", rf"{b}{_day_of_month_from_today(lang, day + day2)}{e}"))
        # A day written as an ordinal word: 'الثامن من كانون الثاني', 'العاشر من الشهر
        # الجاري', 'بيست و ششم مهر', 'اول فروردين'.
        self.day_words = day_ordinals(lang) if lang in ("ar", "fa") else {}
        if self.day_words:
            # Two days in words: 'الحادي عشر والثاني عشر من', 'سوم و چهارم ماه مه'. Not an
            # ordinal of a week, a half or a ten-day part of the month ('الأسبوع الأول من
            # آذار', 'النصف الثاني من أيلول', 'نیمه دوم مارس', 'دهه اول مارس'): a part of
            # the month, read as the month.
            ordinal = _alt(self.day_words)
            dw = (
                "".join(rf"(?<!{fold_pattern(w)}\s)" for w in L.PART_BEFORE_ORDINAL[lang])
                + rf"(?P<dw>{ordinal})(?:\s*(?:و|-|تا)\s*(?P<dw2>{ordinal}))?"
            )
        if lang == "ar":
            rules.append(
                (
                    "dmyw",
                    rf"{b}{dw}\s+من\s+(?:شهر\s+)?{self.month_re}"
                    rf"(?:,?\s+(?:من\s+)?(?:عام\s+|العام\s+)?{_YEAR})?{e}",
                )
            )
            rules.append(
                # Not 'الأسبوع الأول من الشهر الجاري' (the first week, not the first day).
                (
                    "drelw",
                    rf"{b}{dw}(?:\s+من\s+{this_month}|{bare}){e}",
                )
            )
        if lang == "fa":
            # A Gregorian month after days in words: 'سوم و چهارم ماه مه', 'اول مارس ۲۰۱۷'.
            rules.append(
                (
                    "dmyw",
                    rf"{b}{dw}\s+(?:ماه\s+)?{self.month_re}(?:\s+(?:سال\s+)?{_YEAR})?{e}",
                )
            )
            # 'هجدهم و نوزدهم ماه میلادی جاری', '۱۸ ماه میلادی آینده': days of the
            # Gregorian month named from today. A bare 'ماه جاری' is left alone: Persian
            # news mean the solar month by it as often as not.
            rel = _alt(L.FA_MONTH_FROM_TODAY)
            month_from_today = rf"\s+ماه\s+{fold_pattern('میلادی')}\s+(?P<rel>{rel}){e}"
            rules.append(("drel", rf"{b}{day}{day2}{month_from_today}"))
            rules.append(("drelw", rf"{b}{dw}{month_from_today}"))
        if lang == "en":
            rules.append(("mdy", rf"{b}{self.month_re}\s+{_DAY}{_DAY2},?(?:\s+{_YEAR})?{e}"))
        rules.append(
            (
                "my",
                rf"{b}{self.month_re}{year_gap}(?:{_alt(['of', 'de', 'من عام', 'من العام', 'سال'])}\s+)?{_YEAR}{ysuf}?{e}",  # noqa: E501
            )
        )
        rules.append(("iso", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d){e}"))
        # Day first, with full stops, slashes or hyphens: '15.06.2025', '15/6/2025', '15-06-2025'.
        rules.append(
            (
                "num",
                rf"(?<![\w.,/-]){_DAY_NUM}(?P<sep>[./-])(?P<mn>[01]?\d)(?P=sep){_YEAR}(?![\w/-])",
            )
        )
        # Year first, as Arabic and Persian pages print dates: '2019/3/5', '2019.03.05'.
        rules.append(
            (
                "ymd",
                r"(?<![\w.,/])(?P<y>(?:19|20)\d\d)(?P<sep>[./])(?P<mn>[01]?\d)(?P=sep)"
                r"(?P<d>[0-3]?\d)(?![\w/]|[.,]\d)",
            )
        )
        if lang == "fa":
            # A solar hijri date in figures, year first: '۱۳۹۵/۰۹/۲۶' (folded to ASCII digits).
            rules.append(
                (
                    "jnum",
                    r"(?<![\w.,/])(?P<jy>1[34]\d\d)(?P<sep>[./])(?P<jmn>[01]?\d)(?P=sep)"
                    r"(?P<d>[0-3]?\d)(?![\w/]|[.,]\d)",
                )
            )
        # Two-digit years: '04.05.17' (two figures each, day first, full stops), "May '17".
        rules.append(
            ("num2", r"(?<![\w.,/])(?P<d>[0-3]\d)\.(?P<mn>[01]\d)\.(?P<y2>\d\d)(?![\w/]|[.,]\d)")
        )
        rules.append(("my2", rf"{b}{self.month_re}\s+['’](?P<y2>\d\d){e}"))
        # A week of a month: 'the first week of March', 'la première semaine de mars',
        # 'в первую неделю марта', "Mart'ın ilk haftası", 'الأسبوع الأول من آذار', 'هفته
        # اول مارس': the week (its Monday) that holds that week's first day.
        wo = _alt(L.WEEK_ORDINALS[lang])
        y = rf"(?:,?\s+{_YEAR}{ysuf}?)?"
        week_of_month = {
            "en": rf"(?:the\s+)?(?P<wo>{wo})\s+week\s+of\s+{self.month_re}{y}",
            "fr": rf"(?:la\s+)?(?P<wo>{wo})\s+semaine\s+(?:de\s+|d'){self.month_re}{y}",
            "ru": rf"(?P<wo>{wo})\w*\s+недел\w*\s+{self.month_re}{y}",
            "tr": rf"{self.month_re}(?:\s+ayının)?\s+(?P<wo>{wo})\s+hafta\w*",
            "ar": rf"(?:ال)?اسبوع\s+(?P<wo>{wo})\s+من\s+(?:شهر\s+)?{self.month_re}{y}",
            "fa": rf"هفته\s+(?P<wo>{wo})\s+(?:ماه\s+)?{self.month_re}{y}",
        }[lang]
        rules.append(("wom", rf"{b}{week_of_month}{e}"))
        # A week of a year: 'the first week of the year', 'la première semaine de l'année
        # prochaine', 'в первую неделю нового года', 'yılın ilk haftası', 'الأسبوع الأول من
        # العام المقبل', 'the first week of 2019': the week (its Monday) holding that week's
        # first day. Not Persian: its 'سال' is as often the solar year, begun in March.
        if woy := L.WEEK_OF_YEAR.get(lang):
            rules.append(("woy", rf"{b}{woy.format(wo=wo, year=_YEAR)}{e}"))
        if lang == "fa":
            jal = _alt(L.JALALI_MONTHS)
            rules.append(
                (
                    "jalali",
                    rf"{b}(?P<d>[0-3]?\d){_DAY2}\s+(?P<jm>{jal})(?:\s+ماه)?"
                    rf"(?:\s+(?:سال\s+)?(?P<jy>1[34]\d\d))?{e}",
                )
            )
            rules.append(
                (
                    "jalaliw",
                    rf"{b}{dw}\s+(?P<jm>{jal})(?:\s+ماه)?(?:\s+(?:سال\s+)?(?P<jy>1[34]\d\d))?{e}",
                )
            )
            # A solar month and its year with no day: 'بهمن ۱۳۹۵'.
            rules.append(("jmy", rf"{b}(?P<jm>{jal})(?:\s+ماه)?\s+(?:سال\s+)?(?P<jy>1[34]\d\d){e}"))
        if lang in ("ar", "fa"):
            # A lunar (Hijri) day with its year: '١٥ رمضان ١٤٤٥', '15 شعبان 1446 هـ'. Only
            # with the year: a lunar year is 11 days shorter than the Gregorian one, and a
            # day without it is none the tense can place.
            hm = "|".join(
                re.escape(w).replace(r"\ ", "[\\s\u200c]?")
                for w in sorted(L.HIJRI_MONTHS, key=len, reverse=True)
            )
            rules.append(
                (
                    "hijri",
                    rf"{b}(?P<d>[0-3]?\d){_DAY2}\s+(?P<hm>{hm})\s+(?:(?:عام|سنة|سال)\s+)?"
                    rf"(?P<hy>1[34]\d\d)(?:\s*{L.HIJRI_YEAR_MARK})?{e}",
                )
            )
        # A part of a year: 'late 2016', 'в конце 2016 года', 'اواخر 2016'.
        parts = [p for p in L.PART_WORDS if p in L.YEAR_PREFIX.get(lang, []) or lang == "tr"]
        if parts:
            rules.append(("party", rf"{b}(?P<part>{_alt(parts)})\s*{_YEAR}{ysuf}?{e}"))
        if lang == "tr":
            tr_part = r"(?:\s+yılının|'(?:nin|in|ün|un))?\s+(?P<part>sonunda|sonlarında|başında|başlarında|ortasında|ortalarında|ilk yarısında|ikinci yarısında)"  # noqa: E501
            rules.append(("party", rf"{b}{_YEAR}{tr_part}{e}"))
            # 'Ocak 2016 sonunda': a part of a named month is that month (LABELLING.md U6),
            # as 'late January 2016' and 'в конце января 2016 года' are.
            rules.append(("my", rf"{b}{self.month_re}\s+{_YEAR}{tr_part}{e}"))
        # A season and its year ('autumn 2019', 'پاییز ۲۰۱۹', '2019 sonbaharında'): the
        # year (LABELLING.md U6).
        seasons = _alt([fold(w) for w in L.SEASONS.get(lang, [])])
        if lang == "tr":
            rules.append(("season", rf"{b}{_YEAR}\s+(?P<season>{seasons}){e}"))
        elif seasons:
            rules.append(
                (
                    "season",
                    rf"{b}(?P<season>{seasons})\s+(?:of\s+|de\s+|d'|عام\s+|سال\s+)?{_YEAR}{ysuf}?{e}",
                )
            )
        if lang == "ru":
            # A month as an adjective before a happening: 'декабрьской конференции',
            # 'на февральской встрече', 'сентябрьского саммита 2019 года'.
            adj = _alt(L.RU_MONTH_ADJECTIVES)
            rules.append(
                (
                    "madj",
                    rf"{b}(?P<madj>{adj})\w*\s+(?:{L.RU_EVENT_NOUNS})\w*"
                    rf"(?:\s+{_YEAR}{ysuf}?)?{e}",
                )
            )
        # A year with a word that makes it one: 'in 2016', '2016 yılında', 'عام 2016'.
        pre = L.YEAR_PREFIX.get(lang, [])
        if pre:
            rules.append(("year", rf"{b}(?P<pre>{_alt(pre)})\s*{_YEAR}{ysuf}?{e}"))
        if ysuf:
            rules.append(("year", rf"{b}{_YEAR}{ysuf}{e}"))
        # A month with the words that name its year from today's (lexicon.MONTH_YEAR_NAMED).
        named = _alt(L.MONTH_YEAR_NAMED[lang])
        if lang == "tr":
            rules.append(("mthis", rf"{b}(?P<yrel>{named})\s+{self.month_re}{e}"))
        else:
            preps = _alt(L.PREPOSITIONS[lang])
            rules.append(
                ("mthis", rf"{b}(?:(?:{preps})\s*)?{self.month_re}\s+(?P<yrel>{named}){e}")
            )
        # A month with 'last year' / 'dernier' after it: 'May last year', 'en mai dernier'.
        last_after = {
            "en": r"(?:of\s+)?last\s+year",
            "fr": r"(?:dernier|de l'(?:année|annee) dernière)",
            "ru": r"прошлого\s+года",
            "ar": r"(?:الماضي|من العام الماضي)",
            "fa": r"(?:سال گذشته|گذشته)",
            "tr": r"",
        }[lang]
        if last_after:
            rules.append(("mlast", rf"{b}{self.month_re}\s+{last_after}{e}"))
        # A bare month after a preposition: 'in May', 'since January', 'в мае', 'منذ يناير'.
        if lang == "tr":
            rules.append(
                (
                    "mtr",
                    rf"{b}(?P<m>(?:{_alt(months)})(?:'(?:(?:ta|da|te|de)(?:ki)?|tan|dan|ten|den|a|e)|\s+ayı(?:nda(?:ki)?|ndan|na)|{_TR_MONTH_PART})|{_alt(L.TR_MONTH_CASES)})(?P<since>\s+(?:bu yana|beri|itibaren))?{e}",  # noqa: E501
                )
            )
        else:
            preps = L.PREPOSITIONS[lang]
            # 'in early February 2019': the year after a qualified month is its own.
            rules.append(
                (
                    "mprep",
                    rf"{b}(?P<pre>{_alt(preps)})\s*{self.month_re}(?:{year_gap}{_YEAR}{ysuf}?)?{e}",
                )
            )
        # Weekdays, with 'last'/'next' before or after.
        wd = _alt(L.WEEKDAYS[lang])
        before = {
            "en": r"(?:(?P<ql>last|past)|(?P<qn>next|this coming))\s+",
            "ru": r"(?:в|во)\s+(?:(?P<ql>прошлый|прошлую|минувший|минувшую)|(?P<qn>следующий|следующую|ближайший|ближайшую))\s+",  # noqa: E501
            "tr": r"(?:(?P<ql>geçen|geçtiğimiz)|(?P<qn>önümüzdeki|gelecek))\s+",
            "fr": "",
            "ar": "",
            "fa": "",
        }[lang]
        after = {
            "fr": r"\s+(?:(?P<ql2>dernier|passé)|(?P<qn2>prochain))",
            "ar": r"\s+(?:(?P<ql2>الماضي|المنصرم)|(?P<qn2>المقبل|القادم))",
            "fa": r"\s+(?:(?P<ql2>گذشته)|(?P<qn2>اينده))",
            "en": "",
            "ru": "",
            "tr": "",
        }[lang]
        pre_wd = (rf"(?:{before})?" if before else "") + (r"(?:يوم\s+)?" if lang == "ar" else "")
        pre_wd += r"(?:روز\s+)?" if lang == "fa" else ""
        post_wd = (rf"(?:{after})?" if after else "") + (r"(?:\s+günü)?" if lang == "tr" else "")
        if lang == "tr":
            # "perşembeyi cumaya bağlayan gece": the night from one weekday to the next, the
            # first in the accusative, the second in the dative.
            night = r"\s+bağlayan\s+gece"
            post_wd = (
                rf"(?:['’]?y?[ıiuü](?=\s+(?:{wd})['’]?y?[ae]{night})"
                rf"|['’]?y?[ae](?={night})|{post_wd})"
            )
        rules.append(("weekday", rf"{b}{pre_wd}(?P<wd>{wd}){post_wd}{e}"))
        # 'two weeks ago', 'قبل أسبوعين'.
        ago = fold_pattern(L.AGO[lang])
        rules.append(("ago", rf"{b}(?:{ago}){e}"))
        # 'cela fait onze jours que ...': as many back as 'ago' (lexicon.SINCE_COUNT).
        for since in L.SINCE_COUNT[lang]:
            rules.append(("since", rf"{b}(?:{fold_pattern(since)}){e}"))
        # Relative expressions.
        count = f"(?:{L.YEARS_ZERO}|{count_pattern(lang)})"
        for i, (pattern, meaning) in enumerate(L.RELATIVE[lang]):
            pattern = pattern.replace(L.YEARS_COUNT, count)
            rules.append((f"rel:{meaning}:{i}", rf"{b}(?:{fold_pattern(pattern)}){e}"))
        # 'A week earlier', 'deux jours plus tard': counted from the day told before. After
        # RELATIVE, whose 'a day later' and 'iki gün sonra' win a tie.
        for i, pattern in enumerate(L.CONTEXT_OFFSET[lang]):
            rules.append((f"offset:{i}", rf"{b}(?:{fold_pattern(pattern)}){e}"))
        self.rules = [
            (name, re.compile(fold_pattern(rx) if name.startswith("rel") else rx))
            for name, rx in rules
        ]
        # Each rule needs a month word, a weekday, a relative word or a digit; a sentence
        # runs only the rules whose kind of word it has.
        self.words = {"month": set(), "weekday": set(), "relative": set()}
        solar = L.JALALI_MONTHS if lang == "fa" else ()
        lunar = L.HIJRI_MONTHS if lang in ("ar", "fa") else ()
        for form in [*months, *solar, *lunar]:
            self.words["month"].update(_WORD.findall(fold(form)))
        for form in L.WEEKDAYS[lang]:
            self.words["weekday"].update(_WORD.findall(fold(form)))
            if lang == "tr":  # the night's "perşembeyi cumaya": one word each
                self.words["weekday"].update(fold(form) + end for end in _TR_NIGHT_CASES)
        for pattern, _meaning in L.RELATIVE[lang]:
            self.words["relative"].update(
                w
                for w in _WORD.findall(fold(pattern.replace(L.YEARS_COUNT, "")))
                if (len(w) > 2 or w in _SHORT_TRIGGERS) and w not in _NOT_TRIGGERS
            )
        self.words["ago"] = {fold(w) for w in _AGO_WORDS[lang]}
        self.words["since"] = {fold(w) for w in L.SINCE_COUNT_WORDS[lang]}
        self.words["offset"] = {fold(w) for w in L.CONTEXT_OFFSET_WORDS[lang]}
        stems = _alt(L.RU_MONTH_ADJECTIVES) if lang == "ru" else None
        self.month_adjective = re.compile(rf"(?<!\w)(?:{stems})") if stems else None
        self.needs = [frozenset(_needs(name)) for name, _ in self.rules]
        part = _alt(L.UNTIL_PART_OF_DAY[lang])
        if lang == "tr":  # after the day: 'çarşamba sabahına kadar'
            self.until = re.compile(rf"(?<![\w'\u200c])(?:{_alt(L.UNTIL[lang])})\s*\Z")
            until_after = rf"\S*\s*(?:(?:{part})\s+)?"
        else:
            self.until = re.compile(
                rf"(?<![\w'\u200c])(?:{_alt(L.UNTIL[lang])})(?:\s+(?:{part}))?\s*\Z"
            )
            until_after = r"\S*\s*"
        self.until_after = re.compile(
            rf"{until_after}(?:{_alt(L.UNTIL_AFTER.get(lang, ['^']))})(?!\w)"
        )
        self.since, self.since_after = _point_words(L.SINCE[lang], L.SINCE_AFTER.get(lang))
        self.after, self.after_after = _point_words(L.AFTER[lang], L.AFTER_AFTER.get(lang))
        span_from = _alt([fold(w) for w in L.SPAN_FROM[lang]]) or "(?!)"
        ending = L.SPAN_FROM_ENDING.get(lang)
        # 'from 1 March', 'from the 1st of March', 'من يوم 1 آذار', 'از تاریخ ۱ اسفند'.
        self.span_from = re.compile(
            rf"(?<![\w'\u200c])(?:{span_from})(?:\s+(?:{_alt(_SPAN_ARTICLE)}))?\s*\Z"
        )
        self.span_from_ending = re.compile(rf"(?:{ending})\Z" if ending else r"(?!)")
        night = _alt([fold(w) for w in L.NIGHT_BEFORE[lang]]) or "(?!)"
        self.night_before = re.compile(rf"(?<![\w'\u200c])(?:{night})\s*\Z")
        night_after = _alt([fold(w) for w in L.NIGHT_AFTER.get(lang, [])]) or "(?!)"
        self.night_after = re.compile(rf"\S*\s+(?:{night_after})(?!\w)")
        to = _alt(L.NIGHT_TO)
        self.night_joiner = re.compile(rf"(?:['’]?n?y?[ıiuü])?\s*(?:{to})?\s*\Z")
        # 'ليلة 29 على 30 كانون الأول': the night's first day written bare.
        self.night_first_day = re.compile(
            rf"(?<![\w'\u200c])(?:{night})\s*(?:(?:{_alt(_SPAN_ARTICLE)})\s+)?"
            rf"(?P<d>[0-3]?\d)\s*(?:{to})\s*\Z"
        )
        self.date_moved = re.compile(rf"(?<!\w)(?:{fold_pattern(L.DATE_MOVED[lang])})")
        joiner = _alt(L.WEEKDAY_OF_WEEK_JOINER.get(lang, [])) or "(?!)"
        self.weekday_week_joiner = re.compile(rf"[\s,،]*(?:(?:{joiner})\s+)?")
        self.planned_past = re.compile(rf"(?<!\w)(?:{fold_pattern(L.PLANNED_IN_THE_PAST[lang])})")
        number = _alt(L.DOCUMENT_NUMBER[lang]) or "(?!)"
        joiner = _alt(L.DOCUMENT_NUMBER_JOINERS[lang]) or "(?!)"
        self.numbered_before = re.compile(
            rf"(?<![\w'\u200c])(?:{number})\s*\(?\s*\d{{1,5}}\s*\)?\s*(?:(?:{joiner})\s*)?\Z"
        )
        self.numbered_after = re.compile(L.DOCUMENT_NUMBER_AFTER.get(lang, r"(?!)"))
        before_doc = L.DOCUMENT_BEFORE[lang]
        self.document_before = re.compile(
            rf"(?<!\w)(?:{fold_pattern(before_doc)})\s*\Z" if before_doc else r"(?!)"
        )
        after_doc = L.DOCUMENT_AFTER.get(lang)
        self.document_after = re.compile(
            rf"\s*(?:{fold_pattern(after_doc)})(?!\w)" if after_doc else r"(?!)"
        )
        self.saying = C.speech_rx(lang)
        self.future = re.compile(fold_pattern(L.FUTURE[lang]))
        self.future_adjective = re.compile(fold_pattern(L.FUTURE_ADJECTIVES[lang]))
        self.past = re.compile(fold_pattern(L.PAST[lang]))
        self.prospective = re.compile(L.FUTURE_OF_A_SAYING.get(lang, r"(?!)"))
        self.purpose = re.compile(fold_pattern(L.PURPOSE_AHEAD[lang]))
        self.as_planned = re.compile(fold_pattern(L.AS_PLANNED[lang]))
        self.not_this_before = re.compile(L.NOT_THIS_DATE_BEFORE.get(lang, r"(?!)"))
        self.not_this_after = re.compile(L.NOT_THIS_DATE_AFTER.get(lang, r"(?!)"))

    def tense_cues(self, folded: str) -> _TenseCues:
        """Where the sentence's clauses break and its tense cue words are: found once per
        sentence, so a sentence of many dates costs one pass."""
        # The verb of an aside ('as had been announced') is not the tense of the date.
        asides = [(m.start(), m.end()) for m in self.as_planned.finditer(folded)]

        def cues(rx: re.Pattern[str]) -> list[tuple[int, int]]:
            found = [(m.start(), m.end()) for m in rx.finditer(folded)]
            return [(a, b) for a, b in found if not any(lo <= a < hi for lo, hi in asides)]

        future, past = cues(self.future), cues(self.past)
        adjectives = [
            (a, b)
            for a, b in future
            if self.future_adjective.fullmatch(folded, a, b) and not self._of_a_time(folded, a, b)
        ]
        future = [x for x in future if x not in adjectives]
        # A verb inside a relative clause tells the tense of that clause's dates only.
        clauses = C.relative_clauses(folded, self.lang)
        prospective = cues(self.prospective)
        matches = list(_CLAUSE_BREAK.finditer(folded))
        breaks = {0, *(m.end() for m in matches), len(folded)}
        if self.lang == "ar":
            # 'التقيا في 5 ديسمبر وسيلتقيان في 5 فبراير': a verb with 'and' or 'so' glued
            # on ('وسيلتقيان', 'فقال', 'وعقدت') begins a clause of its own, as ' و ' does.
            breaks.update(a for a, b in (*future, *past) if self._glued_verb(folded, a, b))
        breaks = sorted(breaks)
        # A verb of purpose or a noun of holding governs its words past an 'and' and the
        # commas of a list ('بر سر برگزاری نشستی به میزبانی ترکیه و با شرکت روسیه، آلمان و
        # فرانسه در پایان ماه اوت توافق شد'); a past verb between still ends it
        # (_TenseCues._for_a_purpose).
        soft = {
            m.end()
            for m in matches
            if _AND_BREAK.fullmatch(m.group())
            or (m.group()[0] == "," and C.list_goes_on(folded, self.lang, m.end()))
        }
        prospective_spans = C.confine(prospective, clauses, len(folded))
        if self.lang in _VERB_LAST:
            # A verb-last clause of what was said ('..., zirvenin 15 Ocak'ta yapılacağını
            # açıkladı') holds its own dates only: not the saying's day before its comma
            # ('cuma günü yaptığı açıklamada, ... yapılacağını duyurdu').
            prospective_spans = [
                (a, b, max(lo, breaks[bisect_right(breaks, a) - 1]), hi)
                for a, b, lo, hi in prospective_spans
            ]
        # A future word inside what a meeting came ahead of ('قبيل القمة الأسبوع المقبل')
        # tells the tense of the dates in that phrase only, not of the meeting's weekday.
        ahead_of = C.purpose_phrases(folded, self.lang)
        return _TenseCues(
            folded,
            breaks,
            [b for b in breaks if b not in soft],
            [
                next(((a, b, pa, pb) for pa, pb in ahead_of if pa <= a < pb), (a, b, lo, hi))
                for a, b, lo, hi in C.confine(future, clauses, len(folded))
            ],
            C.confine(past, clauses, len(folded)),
            prospective_spans,
            C.confine(adjectives, clauses, len(folded)),
            [
                *C.confine(cues(self.purpose), clauses, len(folded)),
                # The words a happening is ahead of, for the dates inside them only ('said
                # ahead of the committee's first meeting on Wednesday': t16a, 9).
                *((a, a, a, b) for a, b in ahead_of),
            ],
            self.lang in _VERB_LAST,
        )

    def _glued_verb(self, folded: str, start: int, end: int) -> bool:
        """A tense cue word that is 'و' or 'ف' glued onto a cue word ('وسيعقد', 'فقالت'),
        not a word whose root begins with the letter ('وقع', 'فتح')."""
        rest = folded[start + 1 : end]
        return folded[start] in "وف" and any(rx.fullmatch(rest) for rx in (self.future, self.past))

    def _of_a_time(self, folded: str, start: int, end: int) -> bool:
        """Whether the word beside a future adjective is a time ('الاسبوع المقبل', 'mardi
        prochain', 'le 25 mai prochain'): a date phrase, not another noun's adjective."""
        before = _WORD_BEFORE.search(folded, max(0, start - 30), start)
        after = _WORD_AFTER.match(folded, end)
        return any(
            m
            and (
                _TIME_NOUN.fullmatch(m.group(1))
                or m.group(1) in L.WEEKDAYS[self.lang]
                or m.group(1) in L.MONTH_WORDS
            )
            for m in (before, after)
        )

    def month_number(self, word: str) -> int | None:
        w = word.strip().rstrip(".")
        w = re.split(r"\s*[/(\-–]\s*|'|\s+ay|\s+(?=son|baş|orta)", w)[0]
        if w not in self.months and self.lang == "ar":
            # 'تشرين الثاني نوفمبر': the first of two names side by side.
            w = next((k for k in self._by_length if w.startswith(k + " ")), w)
        return self.months.get(w)

    def month_word_is_a_month(self, name: str, m: re.Match[str], original: str) -> bool:
        """'may agree' and 'to march' are no months; a bare month needs a preposition."""
        gd = m.groupdict()
        if gd.get("m") is None or name in ("iso", "num", "num2"):
            return True
        if self.month_number(gd["m"]) is None:
            return False
        raw = original[m.start("m") : m.end("m")]
        bare = all(gd.get(k) is None for k in ("d", "dw", "y", "y2"))
        if self.lang == "en" and not raw[:1].isupper():
            return False
        if gd.get("d") is None and gd["m"].rstrip(".") in L.RU_MONTH_ABBR:
            return False  # 'мар' alone is no month (lexicon.RU_MONTH_ABBR)
        if bare and name not in ("mprep", "mtr", "mlast", "mthis", "wom"):
            return False
        ambiguous = name == "mprep" and gd["m"].strip() in self.ambiguous and self.lang != "en"
        if ambiguous and gd.get("y") is not None:
            return True  # 'در مه ۲۰۲۵', 'de mars 2025': a year makes the word a month
        if ambiguous and self.lang == "ar" and "آ" not in raw and "شهر" not in gd["pre"]:
            return False  # 'منذ أب': a father; 'منذ آب' and 'منذ شهر اب' are August
        if ambiguous and self.lang == "fa" and "ماه" not in gd["pre"]:
            # 'پایان می‌یافت': Persian 'می' and 'مه' are also a verb prefix and 'fog';
            # without a day, a year or 'ماه' ('در ماه مه') they are no month.
            return False
        return not (ambiguous and gd.get("pre", "") in L.WEAK_MONTH_PREPOSITIONS)


_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
_WORD_AFTER = re.compile(r"\s+(\w+)")
_TIME_NOUN = re.compile(fold_pattern(L.TIME_NOUN))

# The word every 'ago' phrase of a language has.
_AGO_WORDS = {
    "en": ["ago"],
    "fr": ["il"],
    "ru": ["назад"],
    "tr": ["önce"],
    "ar": ["قبل", "منذ", "وقبل", "ومنذ", "فقبل", "فمنذ"],
    "fa": ["پيش", "قبل"],
}
# The words after "الشهر" that name this, the next and the last month.
_AR_THIS_MONTH = ("الجاري", "الحالي")
_AR_NEXT_MONTH = ("المقبل", "القادم")
_AR_LAST_MONTH = ("الماضي", "المنصرم")
_DAY_NUM = r"(?P<d>[0-3]?\d)"
# Languages whose clause ends with its verb.
_VERB_LAST = ("tr", "fa")
# How much further off (in characters) a future cue may be than a past one and still win.
_FUTURE_REACH = 2


@dataclass(frozen=True)
class _TenseCues:
    folded: str
    breaks: list[int]
    purpose_breaks: list[int]  # the breaks a verb of purpose governs past (tense_cues)
    future: list[tuple[int, int, int, int]]  # a cue word and the span it may govern
    past: list[tuple[int, int, int, int]]
    # A future seen from a past saying (the French conditional of reported speech).
    prospective: list[tuple[int, int, int, int]]
    # A future adjective of a noun ('the upcoming dialogue'): lexicon.FUTURE_ADJECTIVES.
    adjectives: list[tuple[int, int, int, int]]
    # A verb of purpose in the infinitive ('to hold talks'): lexicon.PURPOSE_AHEAD.
    purpose: list[tuple[int, int, int, int]]
    verb_last: bool

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past', 'prospective' or None for the words at [start, end): the
        nearest cue word of their clause, else of the sentence ('he said on Monday that
        talks will open on 25 November'). A participle after 'be' is no past ('will be
        held on'). 'prospective' is a future seen from a saying ('a assuré qu'ils ne
        manqueraient pas, mardi, à la reprise'): after the saying, which may itself be
        before the article's day."""
        first = self.breaks[bisect_right(self.breaks, start) - 1]
        last = self.breaks[bisect_left(self.breaks, end)] if end <= self.breaks[-1] else end
        last = self._past_a_gloss(end, last)
        lo, hi = self._purpose_clause(start, end)
        if self._for_a_purpose(lo, hi, start, end):
            # A future verb of the clause besides ('görüşmek için Astana'ya gidecek', 'برای
            # گفتگو ... سفر خواهد کرد'), or of a sentence with no past verb ('قرار است این
            # کنگره، روزهای دوشنبه و سه شنبه ... تشکیل شود'): ahead of the article's day,
            # not only of a past verb.
            whole = (0, self.breaks[-1])
            ahead = _distance(self.future, min(lo, first), max(hi, last), start, end) is not None
            ahead = ahead or (
                _distance(self.future, *whole, start, end) is not None
                and _distance(self.past, *whole, start, end) is None
            )
            return "future" if ahead else "prospective"
        # A date inside a quotation reads the quotation's words only: the verb of saying
        # outside ('وقال ...: «... المقررة في 15 أكتوبر»', '"... umuyoruz" dedi') is not
        # its tense.
        quoted = quotation_around(self.folded, start)
        whole = quoted or (0, self.breaks[-1])
        if quoted:
            first, last = max(first, quoted[0]), min(last, quoted[1])
        for lo, hi in ((first, last), whole):
            future = _distance(self.future, lo, hi, start, end)
            past = _distance(self.past, lo, hi, start, end)
            later = _distance(self.prospective, lo, hi, start, end)
            adjective = _distance(self.adjectives, lo, hi, start, end)
            if adjective is not None and (adjective <= 1 or past is None):
                # The date's own adjective ('le 25 mai prochain'), or no verb to outrank it.
                future = adjective if future is None else min(future, adjective)
            if (
                later is not None
                and (future is None or later < future)
                and (past is None or later <= past + _FUTURE_REACH)
            ):
                return "prospective"
            if future is not None and (past is None or future <= past + _FUTURE_REACH):
                return "future"
            if past is not None:
                return "past"
        return None

    def _purpose_clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause of the words at [start, end) for a verb of purpose: its breaks
        less an 'and' and a list's commas (purpose_breaks)."""
        breaks = self.purpose_breaks
        first = breaks[bisect_right(breaks, start) - 1]
        last = breaks[bisect_left(breaks, end)] if end <= breaks[-1] else end
        return first, self._past_a_gloss(end, last)

    def _past_a_gloss(self, end: int, last: int) -> int:
        """Where the verb comes last, a date's clause runs on past the bracket right after
        it ('۵ اکتبر (۱۳ مهر ۱۴۰۴) انجام خواهد شد', "10 Mart'ta (Pazar) yapılacak"): the
        bracket glosses the date (rules15b), and the clause's verb is after it."""
        if not self.verb_last or self.folded[end:last].strip() != "(":
            return last
        close = self.folded.find(")", last, last + _GLOSS_CHARS)
        if close < 0:
            return last
        i = bisect_right(self.breaks, close + 1)
        return self.breaks[i] if i < len(self.breaks) else self.breaks[-1]

    def _for_a_purpose(self, lo: int, hi: int, start: int, end: int) -> bool:
        """Whether a verb of purpose in the infinitive governs the words at [start, end)
        ('clearing the way for him to hold talks ... on Monday', 'görüşmek üzere'): in
        their clause, before them (or either side in a verb-last language), with no past
        verb between ('met him on Monday to discuss' is Monday's meeting, held)."""
        for a, b, clause_lo, clause_hi in self.purpose:
            if not (lo <= a and b <= hi and clause_lo <= start < clause_hi):
                continue
            gap = (b, start) if b <= start else (end, a) if self.verb_last and a >= end else None
            if gap is not None and not any(
                gap[0] <= pa and pb <= gap[1] for pa, pb, *_ in self.past
            ):
                return True
        return False

    def past_of_a_saying(self, start: int, end: int, saying: re.Pattern[str]) -> bool:
        """Whether the words at [start, end) are in the past only by a verb of saying (the
        nearest past cue of their clause, else of the sentence, is one): what was said
        may look ahead of the saying."""
        if self.tense(start, end) != "past":
            return False
        first = self.breaks[bisect_right(self.breaks, start) - 1]
        last = self.breaks[bisect_left(self.breaks, end)] if end <= self.breaks[-1] else end
        for lo, hi in ((first, last), (0, self.breaks[-1])):
            if (nearest := _nearest(self.past, lo, hi, start, end)) is not None:
                return bool(saying.fullmatch(self.folded, *nearest))
        return False


# The longest bracket after a date read as its gloss (another calendar's date, a weekday).
_GLOSS_CHARS = 40


def _distance(spans, lo: int, hi: int, start: int, end: int) -> int | None:
    nearest = _nearest(spans, lo, hi, start, end)
    return None if nearest is None else max(nearest[0] - end, start - nearest[1], 0)


def _nearest(spans, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """The cue span in [lo, hi) whose clause holds the words at [start, end), nearest them."""
    near = [
        (max(a - end, start - b, 0), a, b)
        for a, b, clause_lo, clause_hi in spans
        if lo <= a and b <= hi and clause_lo <= start < clause_hi
    ]
    if not near:
        return None
    _gap, a, b = min(near)
    return a, b


# Where a clause ends, for the tense of the words in it. A clause joined by 'and' has a
# verb of its own ('met on Friday and will meet again on 25 November': the 'will' is not
# the Friday's); a two-day 'Friday and Saturday' has no verb between to mislead. Arabic
# opens a clause with 'whereas', 'while' and the 'قد' of a done thing ('فيما عقدت', 'بينما',
# 'فقد عقدت', 'وقد'); a verb with 'و' or 'ف' glued on opens one too (_Grammar.tense_cues).
# The 'and' of _CLAUSE_BREAK.
_AND_BREAK = re.compile(r"\s(?:and|et|и|ve|و)\s", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"[;:()]|,\s|\s(?:that|que|qu'|что|чтобы|ان|انه|كه|ki|and|et|и|ve|و)\s|\s[-–—]\s"
    r"|\s(?=(?:فيما|بينما|فقد|وقد|لقد|ولقد|فلقد)\s)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
# Words of relative expressions too common to signal a date on their own.
_NOT_TRIGGERS = {
    "the",
    "that",
    "this",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "later",
    "earlier",
    "same",
    "previous",
    "past",
    "next",
    "end",
    "early",
    "late",
    "last",
    "start",
    "beginning",
    "second",
    "half",
    "latter",
    "part",
    "towards",
    "toward",
    "les",
    "des",
    "dans",
    "plus",
    "tard",
    "tôt",
    "tot",
    "fin",
    "début",
    "debut",
    "cette",
    "même",
    "meme",
    "prochain",
    "prochaine",
    "dernier",
    "dernière",
    "derniere",
    "passé",
    "passe",
    "passée",
    "passee",
}


# Two-letter words that alone carry a relative phrase: 'l'an dernier', 'l'an prochain'
# ('dernier' and 'prochain' are too common to be triggers).
_SHORT_TRIGGERS = {"an"}


def _dayless(m: re.Match[str]) -> bool:
    gd = m.groupdict()
    return gd.get("d") is None and gd.get("dw") is None


def _day_of_month_from_today(lang: str, day: str) -> str:
    """'the 29th of this month', 'le 5 courant', "bu ayın 29'unda": the pattern of a day of
    the month named from today's (lexicon.DAY_OF_MONTH_FROM_TODAY), its words as `rel`."""
    template, shifts = L.DAY_OF_MONTH_FROM_TODAY[lang]
    words = "|".join(
        r"\s+".join(re.escape(w) for w in fold(phrase).split())
        for phrase in sorted(shifts, key=len, reverse=True)
    )
    return fold_pattern(template).format(day=day, rel=words)


def _needs(rule: str) -> tuple[str, ...]:
    if rule in ("dmyw", "jalaliw"):
        return ("month",)
    if rule in ("dmy", "mdy", "jalali", "jmy", "hijri"):
        return ("digit", "month")
    if rule in ("my", "my2"):
        return ("digit", "month")
    if rule in ("mprep", "mtr", "mlast", "mthis"):
        return ("month",)
    if rule in ("iso", "ymd", "jnum", "num", "num2", "year", "party", "drel", "season"):
        return ("digit",)
    if rule == "weekday":
        return ("weekday",)
    if rule == "ago":
        return ("ago",)
    if rule == "since":
        return ("since",)
    if rule == "madj":
        return ("madj",)
    if rule == "wom":
        return ("month",)
    if rule.startswith("rel:"):
        return ("relative",)
    if rule.startswith("offset:"):
        return ("offset",)
    return ()


def _point_words(before: list[str], after: list[str] | None) -> tuple[re.Pattern, re.Pattern]:
    """The words before a date ('since', 'after') and after it (Turkish 'beri', 'sonra')
    that make it the point since or after which something happened."""
    words = _alt([fold(w) for w in before])
    return (
        re.compile(rf"(?<![\w'\u200c])(?:{words})\s*\Z"),
        re.compile(rf"\S*\s*(?:{_alt(after or ['^'])})(?!\w)"),
    )


@lru_cache(maxsize=8)
def _grammar(lang: str) -> _Grammar:
    return _Grammar(lang)


def _document_named(g: _Grammar, f: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the document or truce that the date f[start:end] names is written ('the 10
    March agreement', "l'accord du 10 mars", '10 Mart mutabakatı'), if it names one."""
    m = g.document_before.search(f, max(0, start - 30), start) or g.document_after.match(f, end)
    return None if m is None else m.span()


def document_named(folded: str, lang: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the document (an agreement, a declaration, a ceasefire...) that the date
    folded[start:end] is the name of, if it is one: that happening took place on the day."""
    return _document_named(_grammar(lang), folded, start, end)


def clause_tense(folded: str, language: str, start: int, end: int) -> str | None:
    """The tense of the words at folded[start:end] (_TenseCues.tense): 'future', 'past',
    'prospective' or None."""
    return _grammar(language).tense_cues(folded).tense(start, end)


# Vowel marks and other optional marks ('عُقدت يومَي'): a date's words end past those
# that follow them in the sentence as written (text.readable reads past them).
_VOWEL_MARKS = re.compile(f"[{UNREAD_MARKS}]")


def extract_dates(
    sentence: str,
    *,
    published: date | None,
    language: str,
    previous_day: date | None = None,
    budget: Budget | None = None,
    today: date | None = None,
) -> list[DateMention]:
    """Every date expression in `sentence`, left to right.

    `previous_day` is the last day-precise date of the text before this sentence; 'later
    that day' refers to it. `today` is the article's own day when its dateline gives one
    (else the publication date). Raises PipelineError for a relative date without
    `published`.
    """
    kw = dict(published=published, language=language, previous_day=previous_day,
              budget=budget, today=today)  # fmt: skip
    # Read the sentence without its marks, digits in ASCII ('１４ February ２０１８');
    # offsets and words go back to the original.
    view = readable(sentence)
    if view.text == sentence:
        return _extract_dates(sentence, **kw)
    out = []
    for m in _extract_dates(view.text, **kw):
        start = view.source(m.char_start)
        end = view.source(m.char_end - 1) + 1 if m.char_end else 0
        while end < len(sentence) and _VOWEL_MARKS.match(sentence, end):
            end += 1
        out.append(replace(m, char_start=start, char_end=end, text=sentence[start:end]))
    return out


def _extract_dates(
    sentence: str,
    *,
    published: date | None,
    language: str,
    previous_day: date | None,
    budget: Budget | None,
    today: date | None,
) -> list[DateMention]:
    check_published(published)
    check_published(today)
    g = _grammar(language)
    f = fold(sentence)
    words = set(_WORD.findall(f))
    has = {"digit": bool(_DIGIT.search(f))}
    for kind, vocab in g.words.items():
        has[kind] = not vocab.isdisjoint(words)
    has["madj"] = bool(g.month_adjective and g.month_adjective.search(f))
    present = {kind for kind, there in has.items() if there}
    if not present:
        return []
    hits: list[tuple[int, int, int, str, re.Match[str]]] = []
    for priority, (name, rx) in enumerate(g.rules):
        if not g.needs[priority] <= present:
            continue
        for m in rx.finditer(f):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), priority, name, m))
    # A match with a day wins over one without ('planned for Feb. 3': the day, not 'for
    # Feb'), then the longest match, then the earlier rule.
    hits.sort(key=lambda h: (_dayless(h[4]), -(h[1] - h[0]), h[2], h[0]))
    # One flag per character: a sentence of a few hundred dates costs no more than its length.
    taken = bytearray(len(f))
    chosen = []
    for h in hits:
        if any(taken[h[0] : h[1]]):
            continue
        taken[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
        chosen.append(h)
    chosen.sort(key=lambda h: h[0])
    budget = budget or Budget()
    budget.spans_left -= len(chosen)
    if budget.spans_left < 0:
        raise PipelineError(
            f"the text has more than {MAX_DATE_SPANS} date expressions: it reads as a list or "
            "a table of dates, not a news article; paste the articles it comes from one at a time"
        )
    cues = g.tense_cues(f) if chosen else None
    out: list[DateMention] = []
    deferred: list[tuple[int, int, str | int, Ctx, bool]] = []
    quoted_today: list[DateMention] = []
    unread: list[tuple[int, int]] = []  # dates written in a year outside those read
    for start, end, _prio, name, m in chosen:
        until = bool(
            g.until.search(f, max(0, start - _UNTIL_REACH), start) or g.until_after.match(f, end)
        )
        # '10 Mart mutabakatı': a document named by its day exists, its day is past.
        document = _document_named(g, f, start, end) is not None
        since = bool(g.since.search(f, max(0, start - 12), start) or g.since_after.match(f, end))
        after = not since and bool(
            g.after.search(f, max(0, start - 12), start) or g.after_after.match(f, end)
        )
        since = since or (after and not cues.past_of_a_saying(start, end, g.saying))
        ctx = Ctx(published, language, cues.tense(start, end), sentence, budget, today, until,
                  document, since)  # fmt: skip
        if _set_aside(g, f, start, end):
            continue
        if name.startswith("rel") and _OUTLET_BEFORE.fullmatch(f, 0, start):
            verb = g.past.search(f, 0, start) or g.future.search(f, 0, start)
            if _OUTLET_AFTER.match(f, end) and not verb:
                continue  # 'وطنا اليوم: ...', 'Syria Today: ...': an outlet's name
        if name.startswith("offset:"):
            if (days := offset_days(m)) is not None:
                deferred.append((start, end, days, ctx, counts_from_named(m)))
            continue
        try:
            res = resolve(g, ctx, name, m, sentence)
        except UnanchoredWeekday as exc:
            # Kept until the full dates are read: one written beside it names its day.
            res = Reading(_A_MONDAY + timedelta(days=exc.weekday), "day", why=str(exc),
                          basis=_UNANCHORED, text_start=m.start("wd"))  # fmt: skip
        except PipelineError as exc:
            if name.split(":")[:2] != ["rel", "today"]:
                raise
            # 'اليوم الخميس 30 كانون الثاني 2025': 'today' with no publication date, kept
            # until the full dates are read, as a weekday is.
            res = Reading(_A_MONDAY, "day", why=str(exc), basis=_UNANCHORED_TODAY)
        if res is None:
            if _unread_year(m, language):
                unread.append((start, end))
            continue
        if isinstance(res, str):  # 'later in the day' and 'that day' wait for the others
            deferred.append((start, end, res, ctx, False))
            continue
        if after:
            res = _after_a_day_ahead(res, today or published)
        if name == "year" and _numbers_a_document(g, f, m):
            res = replace(res, why=NUMBERED_YEAR)
        mention = _mention(res, sentence, start, end, end_point=until)
        if ctx.tense != "future":
            mention = _year_written_before(mention, out, sentence, f, language)
        out.append(mention)
        if name.split(":")[:2] == ["rel", "today"] and _in_quotation(sentence, start):
            quoted_today.append(out[-1])
    for q in quoted_today:
        out[out.index(q)] = _statement_day(q, out, sentence, previous_day)
    for start, end, meaning, ctx, named in deferred:
        words = sentence[start:end]
        out.append(_context_day(meaning, out, words, start, end, ctx, previous_day, named=named))
    out.sort(key=lambda m: m.char_start)
    out = [_week_of(m, f) for m in out]
    out = _without_unread_ends(out, unread, sentence, f, language)
    out = _weekday_of_this_week(out, sentence, g, anchor=today or published)
    out = _join_adjacent(out, sentence, f, g, anchor=today or published)
    out = _lunar_doubles(out)
    out = _weekday_day_spans(out, sentence)
    out = _days_year_dropped(out, sentence)
    out = from_the_saying(out, f, language, today or published)
    if unanchored := next((m for m in out if m.basis in (_UNANCHORED, _UNANCHORED_TODAY)), None):
        raise PipelineError(unanchored.why)  # a weekday or 'today' no full date beside it names
    out = [_anniversary(m, f, language, today or published) for m in out]
    out = _ends_after_starts(out, f, g)
    if any(m.precision == "month" for m in out):
        out = _listed_months(g, sentence, f, _months_listed_after(g, sentence, f, out))
    if g.ahead is not None:
        out = [_said_ahead(m, f, g, today or published) for m in out]
    out = [_next_round_put_off(m, sentence, f, language, today or published) for m in out]
    out = [_moved_to_nearest(m, f, g, today or published) for m in out]
    out = [_planned_weekday(m, f, g, today or published) for m in out]
    out = [_without_backward_end(m) for m in out if not _year_out_of_range(m, f, language)]
    return [m for m in out if _in_record_range(m)]


def _year_written_before(
    m: DateMention, before: list[DateMention], sentence: str, folded: str, lang: str
) -> DateMention:
    """'в конце ноября 2024 года ..., а 8 декабря вошли в Дамаск': a day or month written
    without a year, in a clause that does not look ahead, after one the same statement
    writes with its year (no ';' between), is in that year, or the next when it falls
    earlier in the year (the story moves on), never before it nor more than half a year
    after it. Writers give the year once a sentence."""
    if m.basis not in ("year-inferred", "month-no-year"):
        return m
    prev = next(
        (
            p
            for p in reversed(before)
            if p.basis == "absolute"
            and (p.precision in ("day", "month") or year_heading(folded, lang, p))
        ),
        None,
    )
    if prev is None or ";" in sentence[prev.char_end : m.char_start]:
        return m
    first = prev.start.replace(day=1) if m.precision == "month" else prev.start
    # A year heading the sentence ('En 2016, ... en mars') holds its dates: that year only.
    years = (
        (prev.start.year,) if prev.precision == "year" else (prev.start.year, prev.start.year + 1)
    )
    start = next(
        (
            d
            for year in years
            if (d := _in_year(m.start, year)) is not None
            and 0 <= (d - first).days <= _ACROSS_NEW_YEAR_DAYS
        ),
        None,
    )
    if start is None or start == m.start:
        return m
    end = _in_year(m.end, start.year + m.end.year - m.start.year) if m.end else None
    if m.end is not None and end is None:
        return m
    why = f"{m.why.split(':')[0]}: after “{prev.text}”, in the year it writes"
    return replace(m, start=start, end=end, why=why)


# At most a preposition and a noun before a year that opens its sentence ('In 2016', 'En
# 2016', 'В 2016 году', 'في عام 2016', 'در سال 2016'), and nothing but spaces.
_HEADING_BEFORE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}\Z")


def year_heading(folded: str, lang: str, m: DateMention) -> bool:
    """Whether `m` is a bare year that opens its sentence ('En 2016, ...', '2016 yılında'),
    not the point a state runs from ('Since 2012, ...', "2012'den beri")."""
    return (
        m.precision == "year"
        and m.end is None
        and bool(_HEADING_BEFORE.match(folded[: m.char_start]))
        and not C.start_point(folded, lang, m.char_start, m.char_end)
    )


# How far before a date its end point's words may start ('until the morning of ').
_UNTIL_REACH = 30


def _after_a_day_ahead(res: Reading, today: date | None) -> Reading:
    """'will resume after 20 December' in an article of November: what comes after a day
    still ahead has no day yet; its month is proposed, not an invented day (a day already
    past, 'met after the 2 December talks', is kept)."""
    if res.precision != "day" or res.end is not None or today is None or res.start <= today:
        return res
    why = f"{res.why}; after it, a day still ahead: its month, the day not yet known"
    return replace(res, start=res.start.replace(day=1), precision="month", why=why)


# Why a year read in a document's number is proposed: the year the document was issued,
# which the day of its issue, where the article gives it, tells more precisely
# (extract._numbered_years_dropped).
NUMBERED_YEAR = "a year in a document's number: the year it was issued"


def _numbers_a_document(g: _Grammar, f: str, m: re.Match[str]) -> bool:
    """A year written as part of a document's number ('Decree No. 66 of 2025', 'رقم 66 لعام
    2025', "2025/66 sayılı kararname"): the year the document was issued."""
    at = m.start("y")
    return bool(g.numbered_before.search(f, max(0, at - 40), at)) or bool(
        g.numbered_after.match(f, m.end("y"))
    )


def _set_aside(g: _Grammar, f: str, start: int, end: int) -> bool:
    """'avait démarré mercredi et non mardi': the date after 'and not' is no date of
    anything; 'not Tuesday as planned' still is (the plan's)."""
    if not (
        g.not_this_before.search(f, max(0, start - 16), start) or g.not_this_after.match(f, end)
    ):
        return False
    return not g.as_planned.match(f, end + len(f[end:]) - len(f[end:].lstrip(" ,")))


# A weekday read without a publication date (resolve.UnanchoredWeekday): a day of its
# weekday in no week, which only a full date written beside it may stand for.
_UNANCHORED = "weekday-unanchored"
# 'Today' read without a publication date: no day of its own; a full date written beside
# it ('today, Thursday 30 January 2025') is its day.
_UNANCHORED_TODAY = "today-unanchored"
_A_MONDAY = date(2001, 1, 1)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# An outlet's name that ends in 'today' opening a sentence before its colon ('وطنا اليوم:
# تفيد وسائل إعلام ...', 'Syria Today: ...'): one word, then the relative word; not a
# verb ('أعلن اليوم: ...', 'announced today: ...').
_OUTLET_BEFORE = re.compile(r"\s*[^\W\d_]+\s+")
_OUTLET_AFTER = re.compile(r"\s*:")


# Four figures after a day and month (or a month) read without a year: the year the
# sentence writes, outside the years read (1900-2099).
_WRITTEN_YEAR = re.compile(r",?\s*(?P<y>\d{4})(?!\d)")
# Years of the Hijri calendars around this period (Arabic and Persian texts write them).
_HIJRI_YEARS = range(1300, 1500)


def _unread_year(m: re.Match[str], lang: str) -> bool:
    """A date matched with its year, which is outside those read ('3 May 1900')."""
    y = m.groupdict().get("y")
    if y is None or not y.isdigit() or MIN_YEAR <= int(y) <= MAX_YEAR:
        return False
    return not (lang in ("ar", "fa") and int(y) in _HIJRI_YEARS)


def _year_out_of_range(m: DateMention, folded: str, lang: str) -> bool:
    """'from 1 January 0001', 'in March 1850': the year is written but is none the record
    holds. Read without it, the day would silently get an inferred year; it is no candidate.
    """
    if m.basis not in ("year-inferred", "month-no-year"):
        return False
    year = _WRITTEN_YEAR.match(folded, m.char_end)
    if year is None:
        return False
    y = int(year.group("y"))
    return not (lang in ("ar", "fa") and y in _HIJRI_YEARS)


def _without_backward_end(m: DateMention) -> DateMention:
    """'from 12 March 2019 to 5 March 2019': an end before the start is a slip of the
    writer, not a span; the start is proposed alone, and the reason says why."""
    if m.end is None or m.end >= m.start:
        return m
    why = f"{m.why}; its end, {m.end.isoformat()}, is before its start: not read as a span"
    return replace(m, end=None, why=why, doubtful=True)


def _without_unread_ends(
    mentions: list[DateMention],
    unread: list[tuple[int, int]],
    sentence: str,
    folded: str,
    lang: str,
) -> list[DateMention]:
    """'from 5 May 2025 to 5 May 3025', 'from 3 May 1900 to 9 May 2025': one end of a span
    is written in a year outside those read (`unread`, the dates whose written year is out
    of range, and _year_out_of_range). Read without its year it would be joined to the
    other end in a year the text never wrote, or silently dropped; it is left out, and the
    end that is read is proposed alone, its reason saying what was not used and why."""
    out = list(mentions)
    for m in mentions:
        if _year_out_of_range(m, folded, lang):
            year = _WRITTEN_YEAR.match(folded, m.char_end)
            unread = [*unread, (m.char_start, year.end() if year else m.char_end)]
    for a, b in sorted(unread):
        read = [m for m in out if m.end is None and not _year_out_of_range(m, folded, lang)]
        before = next((m for m in reversed(read) if m.char_end <= a), None)
        after = next((m for m in read if m.char_start >= b), None)
        if before is not None and _span_joiner(sentence[before.char_end : a]):
            keep, which, kept = before, "end", "its start"
        elif after is not None and _span_joiner(sentence[b : after.char_start]):
            keep, which, kept = after, "start", "its end"
        else:
            continue  # a date alone in an unread year: no candidate (_year_out_of_range)
        written = sentence[a:b].strip(" ,")
        why = (
            f"{keep.why}; its {which}, “{written}”, is in a year outside those read "
            f"({MIN_YEAR}–{MAX_YEAR}): not used, {kept} proposed alone (check the dates in "
            "the text)"
        )
        # (The end of a span proposed alone is the span's, not an end point of its own.)
        out = [
            replace(m, why=why, doubtful=True, end_point=False) if m is keep else m
            for m in out
            if not (a <= m.char_start and m.char_end <= b)
        ]
    return out


def _span_joiner(between: str) -> bool:
    """Only a 'to' word ('to', '-', 'au', 'по', 'تا', 'إلى') between two dates."""
    return bool(_RANGE_JOINER.match(between) and not _ALTERNATIVE.match(between))


def _ends_after_starts(out: list[DateMention], folded: str, g: _Grammar) -> list[DateMention]:
    """'opens next Tuesday and runs until Thursday': a weekday that ends what began on a
    day named before it in the sentence comes after that day (the Thursday after, not the
    one before)."""
    for i, m in enumerate(out):
        if i == 0 or m.basis != "weekday" or m.precision != "day":
            continue
        if not g.until.search(folded, max(0, m.char_start - _UNTIL_REACH), m.char_start):
            continue
        begun = next((p for p in reversed(out[:i]) if p.precision == "day"), None)
        if begun is not None and m.start < begun.start <= m.start + timedelta(days=7):
            start = m.start + timedelta(days=7)
            out[i] = replace(m, start=start, why=f"{m.why}; after {begun.text}: {start}")
    return out


# 'the first anniversary of 8 December', "8 Aralık'ın ilk yıl dönümü", 'الذكرى الأولى لـ 8
# كانون الأول': the day remembered is that many years before the anniversary, which is the
# day's occurrence nearest to the article's today.
_ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10},
    "fr": {"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4,
           "cinquième": 5, "dixième": 10},
    "ru": {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "десят": 10},
    "ar": {"الاولي": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "العاشره": 10},
    "fa": {"نخستين": 1, "اولين": 1, "دومين": 2, "سومين": 3, "چهارمين": 4, "پنجمين": 5,
           "دهمين": 10},
    "tr": {"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5,
           "onuncu": 10},
}  # fmt: skip
_ORD = {lang: _alt(words) for lang, words in _ORDINALS.items()}
_ANNIVERSARY_BEFORE = {
    "en": rf"(?:the )?(?P<n>{_ORD['en']}|\d+(?:st|nd|rd|th)) anniversary of (?:the )?",
    "fr": rf"(?P<n>{_ORD['fr']}|\d+e) anniversaire (?:du |de la |de l'|de )?",
    "ru": rf"(?P<n>{_ORD['ru']})\w* годовщин\w* (?:с )?",
    # 'لـ' folds to 'ل' and a ZWNJ.
    "ar": rf"(?:ال)?ذكري (?:السنويه )?(?P<n>{_ORD['ar']}) (?:ل\u200c?)?",
    "fa": rf"(?P<n>{_ORD['fa']}) سالگرد (?:روز )?",
    "tr": r"(?!)",
}
_ANNIVERSARY_BEFORE_RX = {k: re.compile(rf"{v}\s*$") for k, v in _ANNIVERSARY_BEFORE.items()}
_ANNIVERSARY_AFTER_RX = re.compile(
    rf"^['’]?\w*\s+(?P<n>{_ORD['tr']}|\d+\.)\s+yıl\s*dönüm", re.IGNORECASE
)


def _anniversary(m: DateMention, folded: str, lang: str, today: date | None) -> DateMention:
    if today is None or m.basis != "year-inferred" or m.precision != "day":
        return m  # a year written with the day is already the remembered one's
    before = _ANNIVERSARY_BEFORE_RX[lang].search(folded, max(0, m.char_start - 60), m.char_start)
    after = (
        _ANNIVERSARY_AFTER_RX.match(folded[m.char_end : m.char_end + 40]) if lang == "tr" else None
    )
    hit = before or after
    if hit is None:
        return m
    word = hit.group("n")
    n = int(word.rstrip(".stndrhe")) if word[0].isdigit() else _ORDINALS[lang].get(word)
    if not n:
        return m
    days = [d for y in (today.year - 1, today.year, today.year + 1) if (d := _in_year(m.start, y))]
    nearest = min(days, key=lambda d: abs((d - today).days))
    start = _in_year(nearest, nearest.year - n)
    if start is None:
        return m
    end = _in_year(m.end, start.year + (m.end.year - m.start.year)) if m.end else None
    why = f"the day of an anniversary ({n}): {start.isoformat()}"
    return replace(m, start=start, end=end, why=why)


# 'the week of 18 March', 'la semaine du 18 mars', '18 Mart haftası': the week that holds
# the day, not the day.
_WEEK_OF_BEFORE = re.compile(r"(?<!\w)(?:week of|semaine du|неделе с|неделю с)\s*$")
_WEEK_OF_AFTER = re.compile(r"['’]?\s*haftas[ıi]\w*")


def _week_of(m: DateMention, folded: str) -> DateMention:
    if m.precision != "day" or m.end is not None:
        return m
    if not (
        _WEEK_OF_BEFORE.search(folded, max(0, m.char_start - 20), m.char_start)
        or _WEEK_OF_AFTER.match(folded, m.char_end)
    ):
        return m
    monday = m.start - timedelta(days=m.start.weekday())
    return replace(m, start=monday, precision="week", why=f"{m.why}; the week that holds it")


# A quotation's 'today' is the day it was said; a statement named in the sentence before
# is its day when it is this many days before the article's today or fewer (a statement
# of the day before, reported the morning after).
_STATEMENT_DAYS = 2
_OPENING_QUOTES = "“«"
_CLOSING_QUOTES = "”»"


def quotation_around(sentence: str, pos: int) -> tuple[int, int] | None:
    """The span of the quotation marks round `pos` in the sentence (from the opening mark
    to the closing one, or to the sentence's end when it runs on), or None."""
    if not _in_quotation(sentence, pos):
        return None
    before = sentence[:pos]
    opened = max(before.rfind(c) for c in _OPENING_QUOTES)
    closed = max(before.rfind(c) for c in _CLOSING_QUOTES)
    curly = opened > closed
    start = opened if curly else before.rfind('"')
    marks = _CLOSING_QUOTES if curly else '"'
    ends = [i for i in (sentence.find(c, pos) for c in marks) if i >= 0]
    return start, (min(ends) + 1 if ends else len(sentence))


def _in_quotation(sentence: str, pos: int) -> bool:
    before = sentence[:pos]
    opened = max(before.rfind(c) for c in _OPENING_QUOTES)
    closed = max(before.rfind(c) for c in _CLOSING_QUOTES)
    return opened > closed or before.count('"') % 2 == 1


def _statement_day(
    q: DateMention, found: list[DateMention], sentence: str, previous_day: date | None
) -> DateMention:
    """'He said yesterday: "Today we opened a new page"': the quotation's 'today' is the
    day of the words that introduce it, else of the statement named just before."""
    said = [
        x
        for x in found
        if x is not q
        and x.precision == "day"
        and x.end is None
        and x.char_end <= q.char_start
        and not _in_quotation(sentence, x.char_start)
    ]
    if said:
        day, why = said[-1].start, f"inside a quotation said {said[-1].text}"
    elif previous_day is not None and 0 < (q.start - previous_day).days <= _STATEMENT_DAYS:
        day, why = previous_day, "inside a quotation: the day of the statement named before"
    else:
        return q
    return replace(q, start=day, why=f"{why}, {day.isoformat()}")


def _in_record_range(m: DateMention) -> bool:
    """The record holds 1900-2100: 'yesterday' in an article of 1 January 1900 or 'next
    week' in one of 31 December 2100 is outside it, and is no candidate."""
    return all(FIRST_PUBLISHED <= d <= LAST_PUBLISHED for d in (m.start, m.end) if d)


def _listed_months(
    g: _Grammar, sentence: str, f: str, mentions: list[DateMention]
) -> list[DateMention]:
    """'in February, March and April 2016', 'فوریه، مارس و آوریل 2016': the months listed
    before a month and year take its year (a listed month already read without a year
    gets it too)."""
    out = list(mentions)
    for m in mentions:
        if m.precision != "month" or m.basis != "absolute":
            continue
        pos = m.char_start
        while True:
            hit = g.listed_month.search(f[:pos])
            month = g.month_number(hit.group("m")) if hit else None
            if month is None or (g.lang == "en" and not sentence[hit.start("m")].isupper()):
                break
            a, b = hit.start("m"), hit.end("m")
            why = f"a month listed before {m.text}: its year"
            mention = DateMention(date(m.start.year, month, 1), "month", None, sentence[a:b], a, b,
                                  "listed", why)  # fmt: skip
            over = [i for i, x in enumerate(out) if x.char_start < b and a < x.char_end]
            if over and not all(out[i].basis == "month-no-year" for i in over):
                break
            for i in reversed(over):
                mention = replace(mention, text=out[i].text, char_start=out[i].char_start)
                del out[i]
            out.append(mention)
            pos = mention.char_start
        if pos != m.char_start:  # the month and year that close the list belong to it
            out[out.index(m)] = replace(m, basis="listed")
    out.sort(key=lambda x: x.char_start)
    return out


def _months_listed_after(
    g: _Grammar, sentence: str, f: str, mentions: list[DateMention]
) -> list[DateMention]:
    """'in February, March and April', 'en février, en mars et en avril', 'в феврале, марте
    и апреле': the bare months listed after a month read as one are months too (the list's
    preposition stands only before its first), each in the year of the month before it, or
    the next year when it comes earlier in the calendar ('November, December and January')."""
    out = list(mentions)
    for m in mentions:
        if m.precision != "month" or m.end is not None:
            continue
        prev, pos = m, m.char_end
        while (hit := g.next_listed_month.match(f, pos)) and (
            month := g.month_number(hit.group("m"))
        ):
            a, b = hit.start("m"), hit.end("m")
            if g.lang == "en" and not sentence[a].isupper():
                break
            if any(x.char_start < b and a < x.char_end for x in out):
                break  # read already, with its own year or day
            year = prev.start.year + (month < prev.start.month)
            why = f"a month listed after {prev.text}: its year"
            prev = DateMention(date(year, month, 1), "month", None, sentence[a:b], a, b,
                               m.basis, why)  # fmt: skip
            out.append(prev)
            pos = b
    out.sort(key=lambda x: x.char_start)
    return out


def _ahead_of_month(lang: str, month_alt: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The words after a month, or after the last month of a list, and the words before
    one that say it is still ahead (lexicon.AHEAD_AFTER_MONTH, AHEAD_BEFORE_MONTH)."""
    after, before = L.AHEAD_AFTER_MONTH.get(lang), L.AHEAD_BEFORE_MONTH.get(lang)
    if after is None and before is None:
        return None
    joiners = fold_pattern(L.MONTH_LIST_JOINERS.get(lang, "(?!)"))
    listed = rf"(?:\s*(?:{joiners})\s*(?:{month_alt}))*"
    return (
        re.compile(rf"{listed}\s+(?:{fold_pattern(after or '(?!)')})(?![\w\u200c])"),
        re.compile(rf"(?<![\w'\u200c])(?:{fold_pattern(before or '(?!)')})\s+\Z"),
    )


# How far before a month its 'next' may stand ('next February', 'в следующем феврале').
_AHEAD_BEFORE_REACH = 30


def _said_ahead(m: DateMention, f: str, g: _Grammar, today: date | None) -> DateMention:
    """A month or a day of a month written without a year that its words say is ahead
    ('خلال شباط/ فبراير أو آذار/ مارس المقبلين', 'en février ou mars prochains', 'next
    February'): its next occurrence after the article's day, whatever the clause's verb."""
    if today is None or m.basis not in ("month-no-year", "year-inferred"):
        return m
    after, before = g.ahead
    said = after.match(f, m.char_end) or before.search(
        f, max(0, m.char_start - _AHEAD_BEFORE_REACH), m.char_start
    )
    if said is None and not after.search(f, m.char_start, m.char_end):
        return m
    return _next_occurrence(m, today, f"no year, said to be ahead: the next {m.text}")


def _next_occurrence(m: DateMention, today: date, why: str) -> DateMention:
    """A year-less month or day moved to its next occurrence after the article's day."""
    month_only = m.precision == "month"
    first = today.replace(day=1) if month_only else today
    year = today.year
    if (d := _in_year(m.start, year)) is None or d <= first:
        year += 1
    start = _in_year(m.start, year)
    if start is None or start == m.start:
        return m
    end = _in_year(m.end, year + (m.end.year - m.start.year)) if m.end else None
    return replace(m, start=start, end=end, why=why)


_YEAR_LESS = ("year-inferred", "month-no-year")
# How far before a year-less date a plan in the past may stand ('كان من المقرر أن يعقد
# الاجتماع في نهاية شهر'), and after it in Turkish ("Ekim sonunda yapılması planlanıyordu").
_PLAN_REACH = 60


def _moved_to_nearest(m: DateMention, f: str, g: _Grammar, today: date | None) -> DateMention:
    """The new day or month of a postponement ("şubata ertelendiği", 'postponed to
    February'), or the one a plan told in the past was for ('كان من المقرر ... في نهاية شهر
    أكتوبر', 'was scheduled for late October'), written without its year: in the year that
    puts it nearest the article's today. The move or the plan was made before the article
    and its date came after it: the verb's tense tells of the move or the plan, not of the
    date (in November, 'postponed to February' is the coming February; 'was scheduled for
    late October', the one just gone)."""
    if today is None or m.basis not in _YEAR_LESS or m.end is not None:
        return m
    if C.moved_until(f, g.lang, m.char_start, m.char_end):
        why = f"{m.text}: the new date of a postponement, in the year nearest today"
    elif _planned_in_the_past(f, g, m.char_start, m.char_end) or proposed_for(f, g.lang, m):
        why = f"{m.text}: the date a plan was for, in the year nearest today"
    else:
        return m
    other = _a_year_back(m) if m.start > today else _next_occurrence(m, today, why)
    nearest = min((x for x in (m, other) if x is not None), key=lambda x: abs(x.start - today))
    return replace(nearest, why=why) if nearest.start != m.start else m


def _planned_weekday(m: DateMention, f: str, g: _Grammar, today: date | None) -> DateMention:
    """A bare weekday a plan told in the past was for ('قرار بود ... روز چهارشنبه', 'должен
    был пройти в среду'), read a week back by the plan's past verb: the plan's verb is
    past, not its day; the coming weekday when it is nearer the article's today. One read
    ahead stays (its verb is the future's: 'ستعقد، كما كان مقررا، يوم الثلاثاء')."""
    if today is None or m.basis != "weekday" or m.end is not None or m.start >= today:
        return m
    if not _planned_in_the_past(f, g, m.char_start, m.char_end):
        return m
    start = m.start + timedelta(days=7)
    if (start - today) >= (today - m.start):
        return m
    why = f"{m.text}: the weekday a plan was for, the one nearest today"
    return replace(m, start=start, why=why)


def _weekday_of_this_week(
    mentions: list[DateMention], sentence: str, g: _Grammar, *, anchor: date | None
) -> list[DateMention]:
    """'Tuesday this week', 'سه‌شنبه این هفته', 'bu hafta salı': one day, that weekday of
    the week that holds the article's today (lexicon.WEEK_FIRST_DAY), whatever the verb's
    tense; a full date written beside it then names the same day."""
    if anchor is None:
        return mentions
    first_day = L.WEEK_FIRST_DAY.get(g.lang, 0)
    week_start = anchor - timedelta(days=(anchor.weekday() - first_day) % 7)
    monday = anchor - timedelta(days=anchor.weekday())
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        pair = (prev, m) if prev is not None else ()
        wd = next((x for x in pair if x.basis == "weekday" and x.end is None), None)
        week = next((x for x in pair if x.precision == "week" and x.start == monday), None)
        if wd is None or week is None or wd is week:
            out.append(m)
            continue
        if not g.weekday_week_joiner.fullmatch(sentence, prev.char_end, m.char_start):
            out.append(m)
            continue
        start = week_start + timedelta(days=(wd.start.weekday() - first_day) % 7)
        why = f"{wd.text}: that weekday of the article's week"
        text = sentence[prev.char_start : m.char_end]
        out[-1] = replace(wd, start=start, text=text, char_start=prev.char_start,
                          char_end=m.char_end, why=why)  # fmt: skip
    return out


def _a_year_back(m: DateMention) -> DateMention | None:
    start = _in_year(m.start, m.start.year - 1)
    return None if start is None else replace(m, start=start)


def _planned_in_the_past(f: str, g: _Grammar, start: int, end: int) -> bool:
    """A plan told in the past (lexicon.PLANNED_IN_THE_PAST) in the date's sentence, before
    it, or after it where the verb comes last."""
    before = f[max(0, start - _PLAN_REACH) : start]
    before = before[max(before.rfind(c) for c in ".;!?؛") + 1 :]
    after = f[end : end + _PLAN_REACH].split(".")[0] if g.lang in _VERB_LAST else ""
    return bool(g.planned_past.search(before) or g.planned_past.search(after))


def _next_round_put_off(
    m: DateMention, sentence: str, f: str, language: str, today: date | None
) -> DateMention:
    """A day without its year planned for 'the next round' that the sentence says was put
    off ('the next round, which Moscow had proposed for 14-15 June, has been postponed',
    'le prochain round, que Moscou avait proposé pour les 14 et 15 juin, a été reporté',
    "Moskova'nın 14-15 Haziran için önermiş olduğu bir sonraki tur ertelendi"): the next
    round is ahead of the article, so is the day planned for it, whatever tense (a
    pluperfect, a past) tells the plan. rules15: so is a day the clause between the round
    and the day proposes or plans for it, moved or not ('the next round, which Moscow had
    proposed for 14-15 June, will be held in Astana')."""
    if today is None or m.basis != "year-inferred":
        return m
    moved = C.says_moved(f, language)
    if not moved and not C.says_proposed(f, language):
        return m
    rounds = find_round_references(sentence, language)
    if language == "tr":
        # A Turkish relative clause stands before its noun ('... için önermiş olduğu bir
        # sonraki tur'); the others' after it ('دور بعدی که ...').
        near = min(
            (r for r in rounds if r.start >= m.char_end), key=lambda r: r.start, default=None
        )
    else:
        near = max((r for r in rounds if r.end <= m.char_start), key=lambda r: r.end, default=None)
    if near is None or near.relative != "next":
        return m
    if not moved and not C.says_proposed(f, language, *_plan_clause(m, near, language)):
        return m
    return _next_occurrence(m, today, f"no year, planned for the next round: the next {m.text}")


# How far after its day a verb-last clause's verb of proposing may stand ('برای ۱۴ و ۱۵
# ژوئن پیشنهاد کرده بود').
_PLAN_VERB_AFTER = 40


def _plan_clause(m: DateMention, near, language: str) -> tuple[int, int]:
    """Where the clause that plans the day `m` for the round `near` lies: between the
    round and the day, and in Persian a little after the day (its verb); in Turkish between
    the day and the round after it."""
    if language == "tr":
        return m.char_start, near.start
    if language == "fa":
        return near.end, m.char_end + _PLAN_VERB_AFTER
    # rules16: in the verb-first languages the plan's verb stands before the day; one after
    # it tells of another clause ('the next round was held on 12 July, as Russia had
    # proposed': held that day, not ahead).
    return near.end, m.char_end


def _mention(r: Reading, sentence: str, start: int, end: int, *, end_point: bool = False
             ) -> DateMention:  # fmt: skip
    text_start = start if r.text_start is None else r.text_start
    words = sentence[text_start:end]
    return DateMention(r.start, r.precision, r.end, words.rstrip(" ,.;:"), text_start,
                       end - _trailing(words), r.basis, r.why, end_point=end_point)  # fmt: skip


def _context_day(
    meaning, found, words, start, end, ctx, previous_day, *, named: bool = False
) -> DateMention:
    """'later in the day', 'that same day', 'a day later', 'a week earlier' (`meaning` a
    count of days, lexicon.CONTEXT_OFFSET): from the dates around them. `named`: the count
    is before a happening the phrase names ('a day before the meeting')."""
    if isinstance(meaning, int):
        return _offset_day(meaning, found, words, start, end, ctx, previous_day, named=named)
    if meaning == "later_in_day":
        own_days = [m.start for m in found if m.precision == "day" and m.end is None]
        day, why = (
            (own_days[0], "the day named before") if own_days else (ctx.anchor(words), "today")
        )
    else:
        day, why = _happening_before(found, start, previous_day) or (ctx.anchor(words), "today")
        if meaning == "day_after":
            day, why = day + timedelta(days=1), f"the day after {why}"
    return DateMention(day, "day", None, words, start, end, "context-day", f"{words}: {why}")


def _offset_day(
    days: int, found, words, start, end, ctx, previous_day, *, named: bool = False
) -> DateMention:
    """'A week earlier': that many days from the day told before it. Counted back in a
    clause that does not look ahead, it counts from a day already past: a day still ahead
    of the article's today ('they meet this Wednesday. A week earlier, ... signed') is not
    what a past happening is placed before. A count before a happening the phrase names
    ('a day before the ministers' meeting') counts from that happening's day, ahead or
    not, whatever tense a verb far from it shows."""
    today = ctx.today or ctx.published
    if days < 0 and ctx.tense != "future" and today is not None and not named:
        found = [m for m in found if m.start <= today]
        if previous_day is not None and previous_day > today:
            previous_day = None
    day, why = _happening_before(found, start, previous_day) or (ctx.anchor(words), "today")
    direction = "before" if days < 0 else "after"
    why = f"{words}: {abs(days)} day(s) {direction} {why}"
    return DateMention(day + timedelta(days=days), "day", None, words, start, end, "context-day",
                       why)  # fmt: skip


def _happening_before(
    found: list[DateMention], start: int, previous_day: date | None
) -> tuple[date, str] | None:
    """The day a phrase counted from another happening ('the next day', 'that same day')
    counts from: the nearest day written before it in its sentence ('formed on 2 March,
    delivered the draft on 12 March and signed it the next day': 12 March), else the last
    day of the sentences before, else a day the sentence names after it."""
    days = [m for m in found if m.precision == "day" and m.end is None]
    before = [m for m in days if m.char_end <= start]
    if before:
        nearest = max(before, key=lambda m: m.char_end)
        return nearest.start, f"the day named before ({nearest.text})"
    if previous_day is not None:
        return previous_day, "the day named in the sentence before"
    if days:
        return days[0].start, f"the day named beside it ({days[0].text})"
    return None


# Words that make two days one range (not 'and': two days joined by it are two events).
# 'Or' too: 'Monday or Tuesday', 'dans la nuit de mardi à mercredi' span both days.
_RANGE_JOINER = re.compile(
    r"^\s*(?:-|–|—|to|until|till|through|or|au|à|jusqu'au|jusqu’au|ou|по|до|или|kadar|veya|"
    r"ya da|تا|یا|يا|الى|إلى|حتى|او|أو|وحتى|ولغاية|لغاية|إلى غاية|الى غاية|الی)\s*$",
    re.IGNORECASE,
)
_RANGE_DAYS = 31
# 'or' joins two days of one night or one happening, never the ends of a span.
_ALTERNATIVE = re.compile(r"^\s*(?:or|ou|или|veya|ya da|یا|يا|او|أو)\s*$", re.IGNORECASE)
# 'on 31 October and 1 November', 'вторник и среду': two days in a row joined by 'and' are
# the two days of one happening; days further apart ('on 3 and 10 May') stay two.
_AND_JOINER = re.compile(
    r"^\s*(?:and|et|и|ve|و|و\s*ال|va|و\s*يوم)\s*(?:(?:le|the|on)\s+)?$", re.IGNORECASE
)
# Between a year and the day or month it places: a space, a comma or a preposition.
_YEAR_THEN_DAY = re.compile(
    r"^[\s,،]*(?:(?:on|in|from|le|du|en|в|с|از|در|في|من|يوم)\s+)?(?:(?:the)\s+)?$",
    re.IGNORECASE,
)


def _in_year(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:
        return None


# 'dün (Perşembe)', 'yesterday (Thursday)': a weekday in brackets restating the day.
_JOINER = re.compile(r"[\s,،]*(?:(?:the|le|du|يوم|روز)\s*)?[\s,،(]*$", re.IGNORECASE)
_CLOSING_BRACKET = re.compile(r"\s*\)")


def _join_adjacent(
    mentions: list[DateMention], sentence: str, folded: str, g: _Grammar, *, anchor: date | None
) -> list[DateMention]:
    """'Monday, 24 August' and 'اليوم الثلاثاء' name one day twice: keep one mention.

    Two day mentions next to each other become one when they agree, or when one of them
    is a weekday (the written date wins over the weekday, which may be a slip). Two days
    joined by 'to' become one range: any two when the clause says 'from' before the
    first, else two at most a month apart; never two a verb moves one to the other.
    """
    out: list[DateMention] = []
    for m in mentions:
        m = _night_from_bare_day(m, sentence, folded, g)
        prev = out[-1] if out else None
        if prev is not None and _moved(prev, m, folded, g):
            m = _moved_to(m, prev)
        if prev is not None and _night_of(prev, m, folded, g):
            # 'ليلة الخميس على الجمعة': the evening's day to the morning's.
            end = prev.start + timedelta(days=1)
            text = sentence[prev.char_start : m.char_end]
            why = f"{prev.why}; the night to {m.text}"
            out[-1] = replace(prev, end=end, text=text, char_end=m.char_end, why=why)
            continue
        if (
            prev is not None
            and prev.precision == m.precision == "month"
            and prev.end is None
            and m.end is None
            and prev.start.month < m.start.month
            and (prev.start.year == m.start.year or m.basis != "absolute")
            and _ALTERNATIVE.match(sentence[prev.char_end : m.char_start])
        ):
            # 'at the end of August or early September': one period across two months,
            # whose smallest calendar unit is their year (LABELLING.md U6). The second
            # month, with no year of its own, is in the first one's.
            why = f"{prev.why}; or {m.text}: a period across two months, their year"
            text = sentence[prev.char_start : m.char_end]
            out[-1] = replace(prev, start=date(prev.start.year, 1, 1), precision="year",
                              text=text, char_end=m.char_end, why=why)  # fmt: skip
            continue
        if (
            prev is not None
            and prev.precision == m.precision == "day"
            and _JOINER.match(sentence[prev.char_end : m.char_start])
            and (
                (prev.start, prev.end) == (m.start, m.end)
                or {"weekday", _UNANCHORED, _UNANCHORED_TODAY} & {prev.basis, m.basis}
            )
        ):
            kept_later = ("weekday", _UNANCHORED, _UNANCHORED_TODAY, "relative", "context-day")
            keep = m if prev.basis in kept_later else prev
            wd = next((x for x in (prev, m) if x.basis in ("weekday", _UNANCHORED)), None)
            if wd is not None and keep.basis == "year-inferred":
                keep = _year_of_weekday(keep, wd.start.weekday(), anchor=anchor)
            if wd is not None and keep.basis == "hijri":
                keep = _sighted(keep, wd.start.weekday())
            why = keep.why
            if wd is not None and wd is not keep:
                why = _weekday_checked(keep, wd)
            end = m.char_end
            if "(" in sentence[prev.char_end : m.char_start]:
                close = _CLOSING_BRACKET.match(sentence, end)
                end = close.end() if close else end
            text = sentence[prev.char_start : end]
            out[-1] = DateMention(keep.start, keep.precision, keep.end, text, prev.char_start,
                                  end, keep.basis, why)  # fmt: skip
            continue
        if (
            prev is not None
            and prev.precision == "year"
            and m.precision in ("day", "month")
            and m.basis in ("year-inferred", "month-no-year")
            and _YEAR_THEN_DAY.match(sentence[prev.char_end : m.char_start])
        ):
            # 'سال گذشته از 30 نوامبر', 'last year on 30 November': the year is the day's.
            y = prev.start.year
            start, end = _in_year(m.start, y), _in_year(m.end, y) if m.end else None
            if start is not None and (m.end is None or end is not None):
                why = f"{m.why.split(':')[0]}: the year of “{prev.text}”"
                text = sentence[prev.char_start : m.char_end]
                out[-1] = replace(
                    m, start=start, end=end, text=text, char_start=prev.char_start, why=why
                )
                continue
        if (
            prev is not None
            and prev.basis in ("year-inferred", "month-no-year")
            and prev.precision in ("day", "month")
            and m.basis == "absolute"
            and m.precision in ("day", "month")
            and (
                _RANGE_JOINER.match(sentence[prev.char_end : m.char_start])
                or _AND_JOINER.match(sentence[prev.char_end : m.char_start])
            )
        ):
            # 'between 2 January and 30 April 2022': the year written once is both dates'.
            prev = out[-1] = _in_year_of(prev, m)
        if (
            prev is not None
            and prev.precision == m.precision == "day"
            and prev.end is None
            and m.end is None
            and _spans_from(prev, m, sentence, folded, g)
            and not _moved(prev, m, folded, g)
        ):
            # 'from 1 March to 15 June 2023', "1 Mart'tan 15 Haziran'a kadar": one span.
            end = _after(m, prev.start)
            text = sentence[prev.char_start : m.char_end]
            out[-1] = replace(prev, end=end, text=text, char_end=m.char_end)
            continue
        if (
            prev is not None
            and prev.precision == m.precision == "day"
            and prev.end is None
            and m.end is None
            and not _moved(prev, m, folded, g)
            and (
                (
                    0 < (m.start - prev.start).days <= _RANGE_DAYS
                    and _RANGE_JOINER.match(sentence[prev.char_end : m.char_start])
                )
                or (
                    (m.start - prev.start).days == 1
                    and _AND_JOINER.match(sentence[prev.char_end : m.char_start])
                )
            )
        ):
            # 'from 30 November to 4 December': one range across a month's end.
            text = sentence[prev.char_start : m.char_end]
            out[-1] = replace(prev, end=m.start, text=text, char_end=m.char_end)
            continue
        out.append(m)
    return out


# Between a day and a year that places it: a few words, no clause break ('yesterday, the
# last day of 2016', 'دیروز در آخرین روز سال ۲۰۱۶').
_DAYS_YEAR_GAP = re.compile(r"[^,;:.!?()\u060c\u061b\d]{0,24}")


def _days_year_dropped(mentions: list[DateMention], sentence: str) -> list[DateMention]:
    """A year written just after a day of that year places the day in its year ('dün,
    2016'nın son gününde', 'دیروز در آخرین روز سال ۲۰۱۶'): one time, told by the day; the
    year is no date of its own."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.precision == "year"
            and m.basis == "absolute"  # its number written, not 'this year'
            and prev.precision == "day"
            and m.start.year == (prev.end or prev.start).year
            and _DAYS_YEAR_GAP.fullmatch(sentence, prev.char_end, m.char_start)
        ):
            continue
        out.append(m)
    return out


# A weekday's day of the month written after it without its month ('Thursday 13',
# 'jeudi 13', 'четверга 13'): the month is the one of the day that ends the span.
_BARE_DAY = re.compile(r"\s*(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|-?го|-?е)?(?![\d:./])")


def _weekday_day_spans(mentions: list[DateMention], sentence: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in mentions:
        if out and (read := _weekday_days(out[-1], m, sentence)) is not None:
            out[-1:] = read
        else:
            out.append(m)
    return out


def _weekday_days(wd: DateMention, m: DateMention, sentence: str) -> list[DateMention] | None:
    """'from Thursday 13 to Friday 14 March 2025', 'jeudi 13 et vendredi 14 mars': the first
    weekday names a day of the month written once at the end: a span with the second day
    when 'to' joins them or 'and' joins two days in a row, else two days ('on Thursday 6
    and Thursday 13 March')."""
    if wd.basis not in ("weekday", _UNANCHORED) or wd.end is not None:
        return None
    if m.precision != "day" or m.basis not in ("absolute", "year-inferred"):
        return None
    bare = _BARE_DAY.match(sentence, wd.char_end, m.char_start)
    if bare is None:
        return None
    between = sentence[bare.end() : m.char_start]
    to = _RANGE_JOINER.match(between) and not _ALTERNATIVE.match(between)
    if not (to or _AND_JOINER.match(between)):
        return None
    try:
        start = m.start.replace(day=int(bare.group("d")))
    except ValueError:
        return None
    if start > m.start:  # 'Thursday 30 to Saturday 1 June': the month before
        month = start.month - 1 or 12
        try:
            start = start.replace(year=start.year - (month == 12), month=month)
        except ValueError:
            return None
    days = (m.start - start).days
    if not 0 < days <= _RANGE_DAYS:
        return None
    why = _weekday_checked(replace(m, start=start, end=None), wd)
    if to or days == 1:
        text = sentence[wd.char_start : m.char_end]
        return [DateMention(start, "day", m.end or m.start, text, wd.char_start, m.char_end,
                            m.basis, why)]  # fmt: skip
    text = sentence[wd.char_start : bare.end()]
    first = DateMention(start, "day", None, text, wd.char_start, bare.end(), m.basis, why)
    return [first, m]


def _weekday_checked(day: DateMention, wd: DateMention) -> str:
    """The reason of a date written with its weekday, which says so when the two disagree
    ('Friday 13 March 2025' when that day was a Thursday): the written date is kept. After
    a night ('dans la nuit de jeudi à vendredi 14 mars') the date is the morning's."""
    if day.end is not None or day.start.weekday() == (wd.end or wd.start).weekday():
        return day.why
    d = day.start
    return (
        f"{day.why}; the weekday written with it, “{wd.text}”, does not match: "
        f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year} is a {_WEEKDAY_NAMES[d.weekday()]}"
    )


def _spans_from(prev: DateMention, m: DateMention, sentence: str, folded: str, g: _Grammar) -> bool:
    """'from <prev> to <m>': 'from' (or a Turkish ablative ending) before the first day and
    a 'to' word between the two ('until' after the second in Turkish)."""
    between = sentence[prev.char_end : m.char_start]
    if g.span_from_ending.search(folded, prev.char_start, prev.char_end):
        return not between.strip() and bool(g.until_after.match(folded, m.char_end))
    return bool(
        _RANGE_JOINER.match(between)
        and not _ALTERNATIVE.match(between)
        and g.span_from.search(folded, max(0, prev.char_start - 30), prev.char_start)
    )


def _night_from_bare_day(m: DateMention, sentence: str, folded: str, g: _Grammar) -> DateMention:
    """'ليلة 29 على 30 كانون الأول', 'в ночь с 29 на 30 декабря': the night's first day
    written bare before the date of its morning, the day before it."""
    if m.precision != "day" or m.end is not None or m.basis == "weekday":
        return m
    hit = g.night_first_day.search(folded, max(0, m.char_start - 40), m.char_start)
    if hit is None or int(hit.group("d")) != (m.start - timedelta(days=1)).day:
        return m
    start = m.start - timedelta(days=1)
    a = hit.start("d")
    why = f"{m.why}; the night from the day before"
    return replace(
        m, start=start, end=m.start, text=sentence[a : m.char_end], char_start=a, why=why
    )


def _night_of(prev: DateMention, m: DateMention, folded: str, g: _Grammar) -> bool:
    """Two weekdays in a row, the second the day after the first, named as one night: a
    night word before them ('ليلة', 'в ночь с', 'the night of') or after (Turkish)."""
    if not (
        prev.precision == m.precision == "day"
        and prev.end is None
        and m.end is None
        and (
            (m.start - prev.start).days == 1
            or (
                prev.basis == m.basis == "weekday"
                and (prev.start.weekday() + 1) % 7 == m.start.weekday()
            )
        )
        and g.night_joiner.match(folded, prev.char_end, m.char_start)
    ):
        return False
    return bool(
        g.night_before.search(folded, max(0, prev.char_start - 20), prev.char_start)
        or g.night_after.match(folded, m.char_end)
    )


# Around two dates, the words that could move one to the other: the clause before the
# first and a few words after the second (a Turkish verb comes last).
_MOVED_BEFORE = 60
_MOVED_AFTER = 30


def _moved(prev: DateMention, m: DateMention, folded: str, g: _Grammar) -> bool:
    start = max(0, prev.char_start - _MOVED_BEFORE)
    return bool(g.date_moved.search(folded, start, m.char_end + _MOVED_AFTER))


def _moved_to(m: DateMention, moved: DateMention) -> DateMention:
    """'postponed from 12 April to 25 April': the new day, written without a year, is the
    one nearest the day it replaces, whatever the tense made of it alone."""
    if m.basis != "year-inferred" or m.precision != "day" or moved.precision != "day":
        return m
    days = [d for y in (-1, 0, 1) if (d := _in_year(m.start, moved.start.year + y))]
    start = min(days, key=lambda d: abs((d - moved.start).days))
    if start == m.start:
        return m
    end = _in_year(m.end, m.end.year + start.year - m.start.year) if m.end else None
    if m.end is not None and end is None:
        return m
    why = f"{m.why}; moved from {moved.text}: {start.isoformat()}"
    return replace(m, start=start, end=end, why=why)


def _after(m: DateMention, start: date) -> date:
    """The end of a span written without its year falls after its start ('from 15
    December to 15 January'): a year later when the tense put it before."""
    if m.basis == "year-inferred" and m.start <= start:
        later = _in_year(m.start, start.year + (m.start <= start.replace(year=m.start.year)))
        if later is not None and later > start:
            return later
    return m.start


# The longest span a year written once may cross the new year with ('from 1 November to
# 15 February 2018'): half a year.
_ACROSS_NEW_YEAR_DAYS = 183


def _in_year_of(first: DateMention, second: DateMention) -> DateMention:
    """`first`, written without a year, placed in the year of `second`, which it is joined
    to ('2 January and 30 April 2022'); the year before when it falls later in the year
    and so crosses the new year ('30 December to 5 January 2018'), not when that makes a
    span of most of a year ('from 20 May to 10 April 2025' is a slip, its end before its
    start: _without_backward_end says so)."""
    year = second.start.year
    if (first.start.month, first.start.day) > (second.start.month, second.start.day):
        before = _in_year(first.start, year - 1)
        if before is not None and (second.start - before).days <= _ACROSS_NEW_YEAR_DAYS:
            year -= 1
    start = _in_year(first.start, year)
    end = _in_year(first.end, year) if first.end else None
    if start is None or (first.end is not None and end is None):
        return first
    why = f"{first.why.split(':')[0]}: the year of “{second.text}”"
    return replace(first, start=start, end=end, why=why)


def _year_of_weekday(m: DateMention, weekday: int, *, anchor: date | None) -> DateMention:
    """'воскресенье, 18 января' without a year: of the article's year and the years just
    before and after it, the one in which that day is that weekday, which says more than
    the tense (a day falls on a weekday once in three years running: a year moves it by
    one or two weekdays). When none fits, the tense's year stays."""
    around = anchor.year if anchor is not None else m.start.year
    for year in (around - 1, around, around + 1):
        start = _in_year(m.start, year)
        end = _in_year(m.end, year + (m.end.year - m.start.year)) if m.end else None
        if start is not None and start.weekday() == weekday and (m.end is None or end):
            if (start, end) == (m.start, m.end):
                return m
            why = f"no year, the weekday written with it: {start:%A} {start.isoformat()}"
            return replace(m, start=start, end=end, why=why)
    return m  # no year fits: the tense's year stays, and _weekday_checked says so


# How far a lunar month begun on a local sighting may stand from the Umm al-Qura tables.
_SIGHTING_DAYS = 2


def _sighted(m: DateMention, weekday: int) -> DateMention:
    """'الخميس 15 شعبان 1446': a lunar month begins where the new moon is seen, a day or
    two off the Umm al-Qura tables in some countries; the weekday written with the day,
    within that many days, says which Gregorian day the writer's calendar meant."""
    for shift in sorted(range(-_SIGHTING_DAYS, _SIGHTING_DAYS + 1), key=abs):
        start = m.start + timedelta(days=shift)
        if start.weekday() == weekday:
            if shift == 0:
                return m
            end = m.end + timedelta(days=shift) if m.end else None
            why = f"{m.why}; the weekday written with it: {start:%A} {start.isoformat()}"
            return replace(m, start=start, end=end, why=why)
    return m


def _lunar_doubles(mentions: list[DateMention]) -> list[DateMention]:
    """'13 فبراير 2025 الموافق 15 شعبان 1446 هـ': a sentence that prints a Gregorian day
    and the lunar one names one day twice (a day or two apart where the month began on a
    sighting): the Gregorian date is kept, the lunar one is not proposed again."""
    solar = [m.start for m in mentions if m.basis == "absolute" and m.precision == "day"]
    return [
        m
        for m in mentions
        if m.basis != "hijri" or not any(abs((d - m.start).days) <= _SIGHTING_DAYS for d in solar)
    ]


def _trailing(s: str) -> int:
    return len(s) - len(s.rstrip(" ,.;:"))
