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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from . import lexicon as L
from . import people
from .text import fold
from .types import DateMention, PipelineError

MIN_YEAR, MAX_YEAR = 1945, 2099
# dateparser costs 1-3 ms for a span it has seen and ~15 ms for a new one (it compiles
# regular expressions per input); beyond this many spans in one text the grammar's own
# reading is used (it agrees with dateparser's on the forms in the tests), so that no text
# can take seconds.
DATEPARSER_BUDGET = 12


@dataclass
class Budget:
    left: int = DATEPARSER_BUDGET


@dataclass
class _Ctx:
    published: date | None
    lang: str
    future: bool
    sentence: str
    budget: Budget = field(default_factory=Budget)


def _alt(words) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """Solar Hijri (Iranian) calendar to Gregorian; Persian agencies date news this way."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 0
    while gd > lengths[gm]:
        gd -= lengths[gm]
        gm += 1
    return date(gy, gm + 1, gd)


@lru_cache(maxsize=4096)
def _dateparser(span: str, lang: str, base: date | None) -> tuple[date, str] | None:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        data = _parser(lang, tuple(sorted(settings.items()))).get_date_data(span)
    except Exception:  # dateparser raises assorted errors on odd input; the grammar decides
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


@lru_cache(maxsize=16)
def _parser(lang: str, settings: tuple) -> DateDataParser:
    return DateDataParser(languages=[lang], settings=dict(settings))


def _via_dateparser(ctx: _Ctx, span: str, want: date, precision: str) -> date:
    """dateparser's reading of an absolute date when it agrees on the period, else ours."""
    if ctx.budget.left <= 0:
        return want
    ctx.budget.left -= 1
    got = _dateparser(span.strip(" ,."), ctx.lang, ctx.published)
    if got is None:
        return want
    d, period = got
    if period != precision:
        return want
    if precision == "month":
        d = d.replace(day=1)
    elif precision == "year":
        d = d.replace(month=1, day=1)
    # A span without a year ('4 May') is ours to place in time; dateparser may pick another.
    return d if d.year == want.year else want


def _need_published(ctx: _Ctx, words: str) -> date:
    if ctx.published is None:
        raise PipelineError(
            f"'{words.strip()}' is a relative date: a publication date is needed to resolve it"
        )
    return ctx.published


def _latest_month(ctx: _Ctx, month: int, words: str) -> date:
    """The latest `month` not after publication (or the next one, in a future sentence)."""
    pub = _need_published(ctx, words)
    if ctx.future:
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return date(y, month, 1)


def _latest_day(ctx: _Ctx, month: int, day: int, words: str) -> date | None:
    pub = _need_published(ctx, words)
    years = (pub.year, pub.year + 1) if ctx.future else (pub.year, pub.year - 1)
    for y in years:
        d = _safe_date(y, month, day)
        if d is None:
            continue
        if (ctx.future and d >= pub) or (not ctx.future and d <= pub):
            return d
    return None


# --- the grammar ---------------------------------------------------------------------------

_DAY = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|e|-?го|-?е|\.)?"
_DAY2 = (
    r"(?:\s*(?:-|/|and|et|и|ve|و|تا|au|to|through)\s*(?P<d2>[0-3]?\d)(?:er|st|nd|rd|th|e|-?го)?)?"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)(?![\d.,]\d)"


class _Grammar:
    def __init__(self, lang: str):
        self.lang = lang
        months = dict(L.MONTHS[lang])
        if lang == "en":
            months.update({k: v for k, v in L.EN_MONTH_ABBR.items()})
        self.months = months
        self.ambiguous = L.AMBIGUOUS_MONTHS.get(lang, set())
        month_alt = _alt(months)
        if lang == "en":
            # 'Aug.' and friends carry a full stop.
            month_alt = rf"(?:{month_alt})\.?"
        if lang == "ar":
            # 'أيار/مايو' and 'أيار (مايو)': the Levantine and the Egyptian name together.
            month_alt = rf"(?:{month_alt})(?:\s*(?:/|\()\s*(?:{_alt(months)})\)?)?"
        if lang == "tr":
            month_alt = rf"(?:{month_alt})(?:'(?:ta|da|te|de|tan|dan|ten|den|ın|in|a|e)|\s+ayı(?:nda|ndan|nın)?)?"  # noqa: E501
        self.month_re = rf"(?P<m>{month_alt})"
        ysuf = L.YEAR_SUFFIX[lang]
        b = r"(?<![\w'\u200c])"
        e = r"(?![\w\u200c])"
        rules: list[tuple[str, str]] = []
        # Absolute: '4 May 2017', '3-4 May', '4 мая 2017 года', '4 أيار/مايو 2017'.
        of = r"(?:\s+de|\s+of)?" if lang in ("fr", "en") else ""
        rules.append(("dmy", rf"{b}{_DAY}{_DAY2}{of}\s+{self.month_re}(?:,?\s+{_YEAR}{ysuf}?)?{e}"))
        if lang == "en":
            rules.append(("mdy", rf"{b}{self.month_re}\s+{_DAY}{_DAY2},?(?:\s+{_YEAR})?{e}"))
        rules.append(
            (
                "my",
                rf"{b}{self.month_re},?\s+(?:{_alt(['of', 'de', 'من عام', 'من العام', 'سال'])}\s+)?{_YEAR}{ysuf}?{e}",  # noqa: E501
            )
        )
        rules.append(("iso", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d){e}"))
        rules.append(
            ("num", rf"(?<![\w.,/]){_DAY_NUM}(?P<sep>[./])(?P<mn>[01]?\d)(?P=sep){_YEAR}(?![\w/])")
        )
        if lang == "fa":
            jal = _alt(L.JALALI_MONTHS)
            rules.append(
                ("jalali", rf"{b}(?P<d>[0-3]?\d)\s+(?P<jm>{jal})(?:\s+ماه)?\s+(?P<jy>1[34]\d\d){e}")
            )
        # A part of a year: 'late 2016', 'в конце 2016 года', 'اواخر 2016'.
        parts = [p for p in L.PART_WORDS if p in L.YEAR_PREFIX.get(lang, []) or lang == "tr"]
        if parts:
            rules.append(("party", rf"{b}(?P<part>{_alt(parts)})\s*{_YEAR}{ysuf}?{e}"))
        if lang == "tr":
            rules.append(
                (
                    "party",
                    rf"{b}{_YEAR}(?:\s+yılının|'(?:nin|in|ün|un))?\s+(?P<part>sonunda|sonlarında|başında|başlarında|ortasında|ortalarında|ilk yarısında|ikinci yarısında){e}",  # noqa: E501
                )
            )
        # A year with a word that makes it one: 'in 2016', '2016 yılında', 'عام 2016'.
        pre = L.YEAR_PREFIX.get(lang, [])
        if pre:
            rules.append(("year", rf"{b}(?P<pre>{_alt(pre)})\s*{_YEAR}{ysuf}?{e}"))
        if ysuf:
            rules.append(("year", rf"{b}{_YEAR}{ysuf}{e}"))
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
                    rf"{b}(?P<m>(?:{_alt(months)})(?:'(?:ta|da|te|de|tan|dan|ten|den)|\s+ayı(?:nda|ndan)))(?P<since>\s+(?:bu yana|beri|itibaren))?{e}",  # noqa: E501
                )
            )
        else:
            preps = L.PREPOSITIONS[lang]
            rules.append(("mprep", rf"{b}(?P<pre>{_alt(preps)})\s*{self.month_re}{e}"))
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
        rules.append(("weekday", rf"{b}{pre_wd}(?P<wd>{wd}){post_wd}{e}"))
        # Relative expressions.
        for i, (pattern, meaning) in enumerate(L.RELATIVE[lang]):
            rules.append((f"rel:{meaning}:{i}", rf"{b}(?:{fold(pattern)}){e}"))
        self.rules = [
            (name, re.compile(fold(rx) if name.startswith("rel") else rx)) for name, rx in rules
        ]
        # Every date expression has a digit or one of these words; a sentence with neither
        # (most of them) costs one set look-up instead of a search per rule.
        # Each rule needs a month word, a weekday, a relative word or a digit; a sentence
        # runs only the rules whose kind of word it has.
        self.words = {"month": set(), "weekday": set(), "relative": set()}
        for form in [*months, *(L.JALALI_MONTHS if lang == "fa" else ())]:
            self.words["month"].update(_WORD.findall(fold(form)))
        for form in L.WEEKDAYS[lang]:
            self.words["weekday"].update(_WORD.findall(fold(form)))
        for pattern, _meaning in L.RELATIVE[lang]:
            self.words["relative"].update(
                w for w in _WORD.findall(fold(pattern)) if len(w) > 2 and w not in _NOT_TRIGGERS
            )
        self.trigger_words = frozenset().union(*self.words.values())
        self.needs = [_needs(name) for name, _ in self.rules]
        self.future = re.compile(fold(L.FUTURE[lang]))


_DAY_NUM = r"(?P<d>[0-3]?\d)"
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


def _needs(rule: str) -> tuple[str, ...]:
    if rule in ("dmy", "mdy", "jalali"):
        return ("digit", "month")
    if rule == "my":
        return ("digit", "month")
    if rule in ("mprep", "mtr", "mlast"):
        return ("month",)
    if rule in ("iso", "num", "year", "party"):
        return ("digit",)
    if rule == "weekday":
        return ("weekday",)
    if rule.startswith("rel:"):
        return ("relative",)
    return ()


@lru_cache(maxsize=8)
def _grammar(lang: str) -> _Grammar:
    return _Grammar(lang)


def _month_number(g: _Grammar, word: str) -> int | None:
    w = word.strip().rstrip(".")
    w = re.split(r"\s*[/(]\s*|'|\s+ay", w)[0]
    return g.months.get(w)


def extract_dates(
    sentence: str,
    *,
    published: date | None,
    language: str,
    previous_day: date | None = None,
    budget: Budget | None = None,
) -> list[DateMention]:
    """Every date expression in `sentence`, left to right.

    `previous_day` is the last day-precise date of the text before this sentence; 'later
    that day' refers to it. Raises PipelineError for a relative date without `published`.
    """
    g = _grammar(language)
    f = fold(sentence)
    words = set(_WORD.findall(f))
    has = {"digit": bool(_DIGIT.search(f))}
    for kind, vocab in g.words.items():
        has[kind] = not vocab.isdisjoint(words)
    if not any(has.values()):
        return []
    ctx = _Ctx(published, language, bool(g.future.search(f)), sentence, budget or Budget())
    hits: list[tuple[int, int, int, str, re.Match[str]]] = []
    for priority, (name, rx) in enumerate(g.rules):
        if not all(has[n] for n in g.needs[priority]):
            continue
        for m in rx.finditer(f):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), priority, name, m))
    # Longest match wins, then the earlier rule.
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[2], h[0]))
    # One flag per character: a sentence of a few hundred dates costs no more than its length.
    taken = bytearray(len(f))
    chosen = []
    for h in hits:
        if any(taken[h[0] : h[1]]):
            continue
        taken[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
        chosen.append(h)
    chosen.sort(key=lambda h: h[0])
    out: list[DateMention] = []
    deferred: list[tuple[int, int, str]] = []
    for start, end, _prio, name, m in chosen:
        res = _resolve(g, ctx, name, m, sentence)
        if res is None:
            continue
        if isinstance(res, str):  # 'later in the day' and 'that day' wait for the others
            deferred.append((start, end, res))
            continue
        d, precision, end_d, basis, text_start = res
        out.append(
            DateMention(
                d,
                precision,
                end_d,
                sentence[text_start:end].rstrip(" ,.;:"),
                text_start,
                end - _trailing(sentence[text_start:end]),
                basis,
            )
        )
    for start, end, meaning in deferred:
        words = sentence[start:end]
        pub = _need_published(ctx, words)
        own_days = [m.start for m in out if m.precision == "day" and m.end is None]
        if meaning == "later_in_day":
            day = own_days[0] if own_days else pub
        else:
            day = own_days[0] if own_days else (previous_day or pub)
        out.append(DateMention(day, "day", None, words, start, end, "context-day"))
    out.sort(key=lambda m: m.char_start)
    return _join_adjacent(out, sentence)


_JOINER = re.compile(r"[\s,،]*(?:(?:the|le|du|يوم|روز)\s*)?[\s,،]*$", re.IGNORECASE)


def _join_adjacent(mentions: list[DateMention], sentence: str) -> list[DateMention]:
    """'Monday, 24 August' and 'اليوم الثلاثاء' name one day twice: keep one mention.

    Two day mentions next to each other become one when they agree, or when one of them
    is a weekday (the written date wins over the weekday, which may be a slip).
    """
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.precision == m.precision == "day"
            and _JOINER.match(sentence[prev.char_end : m.char_start])
            and ((prev.start, prev.end) == (m.start, m.end) or "weekday" in (prev.basis, m.basis))
        ):
            keep = m if prev.basis in ("weekday", "relative", "context-day") else prev
            text = sentence[prev.char_start : m.char_end]
            out[-1] = DateMention(keep.start, keep.precision, keep.end, text, prev.char_start,
                                  m.char_end, keep.basis)  # fmt: skip
            continue
        out.append(m)
    return out


def _trailing(s: str) -> int:
    return len(s) - len(s.rstrip(" ,.;:"))


def _part_range(y: int, part: str) -> tuple[date, str, date | None]:
    a, z = L.PART_MONTHS[part]
    return date(y, a, 1), "month", date(y, z, 1)


def _resolve(g: _Grammar, ctx: _Ctx, name: str, m: re.Match[str], original: str):
    lang = ctx.lang
    gd = m.groupdict()
    start, end = m.start(), m.end()
    words = original[start:end]
    text_start = start

    def year() -> int | None:
        y = gd.get("y")
        if y is None:
            return None
        y = int(y)
        return y if MIN_YEAR <= y <= MAX_YEAR else -1

    if gd.get("m") is not None and name not in ("iso", "num"):
        mword = gd["m"]
        month = _month_number(g, mword)
        if month is None:
            return None
        raw = original[m.start("m") : m.end("m")]
        bare = gd.get("d") is None and gd.get("y") is None
        if lang == "en" and not raw[:1].isupper():
            return None  # 'may agree', 'to march'
        if bare and name not in ("mprep", "mtr", "mlast"):
            return None
        if name == "mprep" and mword.strip() in g.ambiguous and lang != "en":
            pre = gd.get("pre", "")
            if pre in ("de", "ماه", "در", "از", "تا"):  # 'la route de mars'? keep it strict
                return None
    if name in ("dmy", "mdy"):
        month = _month_number(g, gd["m"])
        day = int(gd["d"])
        y = year()
        if y == -1:
            return None
        day2 = int(gd["d2"]) if gd.get("d2") else None
        if y is None:
            d = _latest_day(ctx, month, day, words)
            if d is None:
                return None
            basis = "year-inferred"
        else:
            d = _safe_date(y, month, day)
            if d is None:
                return None
            d = _via_dateparser(ctx, words if day2 is None else f"{day} {gd['m']} {y}", d, "day")
            basis = "absolute"
        end_d = _safe_date(d.year, d.month, day2) if day2 and day2 > day else None
        return d, "day", end_d, basis, text_start
    if name == "my":
        y = year()
        if y in (None, -1):
            return None
        month = _month_number(g, gd["m"])
        d = _via_dateparser(ctx, words, date(y, month, 1), "month")
        return d, "month", None, "absolute", text_start
    if name == "iso":
        d = _safe_date(int(gd["y"]), int(gd["mn"]), int(gd["d"]))
        return (d, "day", None, "absolute", text_start) if d else None
    if name == "num":
        a, b_ = int(gd["d"]), int(gd["mn"])
        y = year()
        if y in (None, -1):
            return None
        # English slashes are month first (05/04/2017 is 4 May); dots are day first everywhere.
        us = lang == "en" and gd["sep"] == "/" and a <= 12
        day, month = (b_, a) if us else (a, b_)
        d = _safe_date(y, month, day)
        return (d, "day", None, "absolute", text_start) if d else None
    if name == "jalali":
        jm = L.JALALI_MONTHS.get(gd["jm"])
        try:
            d = jalali_to_gregorian(int(gd["jy"]), jm, int(gd["d"]))
        except (IndexError, ValueError):
            return None
        return d, "day", None, "jalali", text_start
    if name == "party":
        y = year()
        if y in (None, -1):
            return None
        part = gd["part"]
        key = L.PART_WORDS.get(part) or {
            "sonunda": "late",
            "sonlarında": "late",
            "başında": "early",
            "başlarında": "early",
            "ortasında": "mid",
            "ortalarında": "mid",
            "ilk yarısında": "early2",
            "ikinci yarısında": "late2",
        }.get(part)
        if key is None:
            return None
        d, p, e = _part_range(y, key)
        return d, p, e, "absolute", text_start
    if name == "year":
        y = year()
        if y in (None, -1):
            return None
        pre = gd.get("pre") or ""
        if (
            pre
            and pre not in L.QUALIFIER_WORDS
            and pre not in ("year", "the year", "année", "l'année", "عام", "سنه", "العام", "سال")
        ):
            text_start = m.start("y")
        if pre in L.PART_WORDS:
            d, p, e = _part_range(y, L.PART_WORDS[pre])
            return d, p, e, "absolute", m.start()
        d = _via_dateparser(ctx, str(y), date(y, 1, 1), "year")
        return d, "year", None, "absolute", text_start
    if name == "mlast":
        month = _month_number(g, gd["m"])
        pub = _need_published(ctx, words)
        if re.search(r"year|года|العام|سال|l'ann", fold(words)):
            return date(pub.year - 1, month, 1), "month", None, "relative", text_start
        y = pub.year if month < pub.month else pub.year - 1
        return date(y, month, 1), "month", None, "relative", text_start
    if name in ("mprep", "mtr"):
        month = _month_number(g, gd["m"])
        if month is None:
            return None
        pre = (gd.get("pre") or "").strip()
        if (
            pre
            and pre not in L.QUALIFIER_WORDS
            and pre not in L.PART_WORDS
            and not (lang == "en" and pre in ("early", "mid", "late", "mid-"))
        ):
            text_start = m.start("m")
        d = _latest_month(ctx, month, words)
        return d, "month", None, "month-no-year", text_start
    if name == "weekday":
        table = L.WEEKDAYS[lang]
        wd = table.get(gd["wd"], table.get(re.sub(r"[\s\u200c]+", "", gd["wd"])))
        if wd is None:
            return None
        if lang == "en" and not original[m.start("wd")].isupper():
            return None
        pub = _need_published(ctx, words)
        last = gd.get("ql") or gd.get("ql2")
        nxt = gd.get("qn") or gd.get("qn2")
        back = (pub.weekday() - wd) % 7
        if last:
            d = pub - timedelta(days=back or 7)
        elif nxt:
            d = pub + timedelta(days=((wd - pub.weekday()) % 7) or 7)
        elif ctx.future:
            d = pub + timedelta(days=(wd - pub.weekday()) % 7)
        else:
            d = pub - timedelta(days=back)
        if not (last or nxt):
            text_start = m.start("wd")  # 'يوم' / 'روز' ('day') before the weekday is left out
        return d, "day", None, "weekday", text_start
    if name.startswith("rel:"):
        meaning = name.split(":")[1]
        if meaning in ("later_in_day", "same_day"):
            return meaning
        pub = _need_published(ctx, words)
        return (*_relative(meaning, pub, words, ctx), text_start)
    return None


def _relative(meaning: str, pub: date, words: str, ctx: _Ctx):
    y = pub.year
    if meaning == "late_last_year":
        return (*_part_range(y - 1, "late"), "relative")
    if meaning == "early_last_year":
        return (*_part_range(y - 1, "early"), "relative")
    if meaning == "last_year":
        return date(y - 1, 1, 1), "year", None, "relative"
    if meaning == "this_year":
        return date(y, 1, 1), "year", None, "relative"
    if meaning == "early_this_year":
        return (*_part_range(y, "early"), "relative")
    if meaning == "late_this_year":
        return (*_part_range(y, "late"), "relative")
    if meaning == "last_month":
        yy, mm = _add_months(y, pub.month, -1)
        return date(yy, mm, 1), "month", None, "relative"
    if meaning == "this_month":
        return pub.replace(day=1), "month", None, "relative"
    if meaning == "next_month":
        yy, mm = _add_months(y, pub.month, 1)
        return date(yy, mm, 1), "month", None, "relative"
    monday = pub - timedelta(days=pub.weekday())
    if meaning == "last_week":
        return monday - timedelta(days=7), "day", monday - timedelta(days=1), "relative"
    if meaning == "this_week":
        return monday, "day", pub if pub > monday else None, "relative"
    if meaning == "next_week":
        return monday + timedelta(days=7), "day", monday + timedelta(days=13), "relative"
    if meaning == "yesterday":
        return pub - timedelta(days=1), "day", None, "relative"
    if meaning == "day_before":
        return pub - timedelta(days=2), "day", None, "relative"
    if meaning == "today":
        return pub, "day", None, "relative"
    if meaning == "tomorrow":
        return pub + timedelta(days=1), "day", None, "relative"
    if meaning == "ago":
        got = _dateparser(words, "en", pub)
        if got is None:
            return pub, "day", None, "relative"
        d, period = got
        precision = {"month": "month", "year": "year"}.get(period, "day")
        if precision == "month":
            d = d.replace(day=1)
        elif precision == "year":
            d = d.replace(month=1, day=1)
        return d, precision, None, "relative"
    raise AssertionError(meaning)  # pragma: no cover


_WARM_SPANS = {
    "en": "4 May 2017",
    "fr": "4 mai 2017",
    "ru": "4 мая 2017",
    "ar": "4 مايو 2017",
    "fa": "4 مه 2017",
    "tr": "4 Mayıs 2017",
}


def warm_up(languages: tuple[str, ...] = tuple(_WARM_SPANS)) -> None:
    """Pay dateparser's one-off costs (locale loading, its time-zone patterns: ~0.3-1 s)
    now rather than inside the first article; the Django side may call this at start-up."""
    for lang in languages:
        _grammar(lang)
        _dateparser(_WARM_SPANS[lang], lang, None)
    if "ru" in languages:
        people.warm_up()  # pymorphy3's dictionary
