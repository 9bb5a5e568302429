"""The ingest pipeline on the worst inputs we know of, each just under the size limits.

    python bench/ingest_robustness.py [--limit SECONDS]

Every shape is a text an uploader could send (a pasted list, a table of dates, a page
of nested markup); issue 9 asks that each is analysed in under a second. Each is analysed
as an ingestion does (peaceproc/ingest/analysis.py): hashed, its candidates and its people
found. Prints the CPU seconds per shape (process time, steady on a busy shared machine; the
best of three runs, after one warm-up) and exits non-zero when one takes longer than the
limit. No Django.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peaceproc.ingest.pipeline import (  # noqa: E402
    MAX_TEXT_CHARS,
    Gazetteer,
    GazetteerParticipant,
    find_candidates,
    html_to_text,
)
from peaceproc.ingest.pipeline.extract import article_people  # noqa: E402
from peaceproc.ingest.pipeline.html import (  # noqa: E402
    MAX_ATTRIBUTES,
    MAX_ELEMENT_ATTRIBUTES,
    MAX_ELEMENTS,
)
from peaceproc.ingest.reading import MAX_BYTES  # noqa: E402
from peaceproc.normal_form import normalize  # noqa: E402

PUBLISHED = date(2017, 8, 1)
# A few known names, so the name matcher has work to do on the name-dense shape.
GAZETTEER = Gazetteer(
    participants=(
        GazetteerParticipant("alexander-lavrentiev", ("Alexander Lavrentiev", "Лаврентьев")),
        GazetteerParticipant("staffan-de-mistura", ("Staffan de Mistura", "دي ميستورا")),
    ),
    rounds=(),
)


def _fill(unit: str, limit: int = MAX_TEXT_CHARS - 10) -> str:
    return (unit * (limit // len(unit) + 1))[:limit]


_EN_MONTHS = "January February March April May June July August September October November December"
_AR_MONTHS = (
    "كانون_الثاني/يناير شباط/فبراير آذار/مارس نيسان/أبريل أيار/مايو حزيران/يونيو "
    "تموز/يوليو آب/أغسطس أيلول/سبتمبر تشرين_الأول/أكتوبر تشرين_الثاني/نوفمبر كانون_الأول/ديسمبر"
)


def _dated(template: str, months: str, limit: int) -> str:
    """Paragraphs of `template`, each with another date: an article of a hundred and
    more candidates (the outside tester t6i pasted 111k characters of 97, 197k of Arabic
    of 95: 1.2 and 2.2 s of a worker's wall time at load 10)."""
    names = [m.replace("_", " ") for m in months.split()]
    paragraphs = (
        template.format(day=1 + i % 28, month=names[i % 12], year=2017 + i % 8, round=1 + i % 20)
        for i in range(limit // len(template) + 1)
    )
    return "\n\n".join(paragraphs)[:limit]


_EN_DATED = (
    "The delegations met in Astana on {day} {month} {year} for round {round} of the talks, "
    "with Alexander Lavrentiev and Staffan de Mistura. "
    + "Officials of Russia, Iran and Turkey discussed detainees and the ceasefire at length. "
    * 5
)
_AR_DATED = (
    "عقدت الوفود اجتماعا في أستانا يوم {day} {month} {year} ضمن الجولة {round} من المحادثات "
    "بحضور دي ميستورا. "
    + "وناقش ممثلو روسيا وإيران وتركيا ملف المعتقلين ووقف إطلاق النار مطولا. "
    * 8
)
# A pronoun subject after a sentence of many names (pipeline/coreference.py reads the
# sentences before each dated one that has a pronoun subject).
_EN_PRONOUN = (
    "Officials met " + "John Smith Brown and " * 30 + "Geir Pedersen in Astana. "
    "He said the talks would open on {day} {month} {year} for round {round}. "
)
_RU_PRONOUN = (
    "Чиновники встретили " + "Ивана Петрова и " * 30 + "Гейра Педерсена в Астане. "
    "Он заявил, что переговоры откроются {day} {month} {year} года. "
)
_RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_FIRST = ("John", "Maria", "Ahmed", "Sergei", "Geir", "Fatima", "Omar")
_LAST = ("Smith", "Lopez", "Hassan", "Lavrov", "Pedersen", "Zahra", "Khalil", "Ansari")
# Distinct two-word names, each a candidate person (t6i: 199k characters of them, 1.6 s).
_NAMES = " ".join(
    f"{_FIRST[i % 7]} {_LAST[i % 8]}{i % 5 or ''} met {_FIRST[(i + 3) % 7]} {_LAST[(i + 5) % 8]}."
    for i in range(MAX_TEXT_CHARS // 20)
)[: MAX_TEXT_CHARS - 10]


def _cyrillic_code(i: int) -> str:
    """`i` written in Cyrillic letters: a word no cache has seen."""
    letters = "бвгджзклмнпрстфхцчшщ"
    out = ""
    while True:
        i, r = divmod(i, len(letters))
        out += letters[r]
        if not i:
            return out


# Distinct capitalised Russian words with an 'х' and a case ending, two a sentence: each
# read back into Latin letters from every nominative it may be a case of (translit.py).
_CYRILLIC_NAMES = " ".join(
    f"Хах{_cyrillic_code(i)}ого встретил Хох{_cyrillic_code(i)}ами."
    for i in range(MAX_TEXT_CHARS // 20)
)[: MAX_TEXT_CHARS - 10]

# (name, language, text): the repeated units are the shapes that were slow before.
TEXT_SHAPES = [
    ("initials 'A. '", "en", _fill("A. ")),
    ("abbreviations 'Mr. Gen. '", "en", _fill("Mr. Gen. ")),
    ("no full stop (one long line)", "en", _fill("talks in Astana on 4 May 2017 and ")),
    ("dense dates en", "en", _fill("1 May. May 2017. ")),
    ("dense dates en, day ranges", "en", _fill("November 28-29. On Monday talks met. ")),
    ("dense dates fr", "fr", _fill("le 4 mai 2017. lundi 6 février. ")),
    ("dense dates ru", "ru", _fill("4 июля 2017 г. ")),
    ("dense dates ru, words", "ru", _fill("во вторник встреча в мае. ")),
    ("dense dates tr", "tr", _fill("4 Mayıs 2017'de toplantı. ")),
    ("dense dates ar", "ar", _fill("4 أيار/مايو 2017. اجتماع يوم الثلاثاء. ")),
    ("dense dates fa", "fa", _fill("۱۴ اردیبهشت ۱۳۹۶ نشست. روز سه‌شنبه. ")),
    # Lunar dates beside the Gregorian one, with their weekday (session 12).
    ("dense lunar dates ar", "ar", _fill("الخميس 15 شعبان 1446 هـ الموافق 13 فبراير 2025. ")),
    ("dense lunar dates fa", "fa", _fill("۱۰ محرم ۱۴۴۶ ه.ق و ۵ ربیع‌الثانی ۱۴۴۶. ")),
    # A verb with 'و' glued on between dates, one long sentence: each opens a clause.
    ("glued verbs ar, one sentence", "ar", _fill("وسيلتقيان في 5 فبراير وعقدت في 5 ديسمبر ")),
    # 'after' a day under a verb of saying, one long sentence.
    ("said after a day, one sentence", "en", _fill("said after December 20 talks would ")),
    ("names en", "en", _fill("Alexander Lavrentiev met John Smith Brown. ")),
    ("names ru", "ru", _fill("Лаврентьева встретил Иван Петров 4 мая. ")),
    ("names ar", "ar", _fill("التقى دي ميستورا مع وزير الخارجية سيرغي لافروف في 4 مايو. ")),
    ("one word, no spaces", "en", "x" * (MAX_TEXT_CHARS - 10)),
    ("one Arabic word, no spaces", "ar", _fill("انعقدت")),
    # Every capital tried the whole line as a name before a credit or an attribution.
    ("one capitalised word, no spaces", "tr", "A" * (MAX_TEXT_CHARS - 10)),
    ("Turkish ordinals '12. Astana'", "tr", _fill("12. Astana toplantısı. ")),
    ("outlets in attributions", "tr", _fill("Mavi Pusula › Ege Haber'in haberine göre ")),
    # Normalising a run of marks of mixed classes sorts them: it was quadratic (issue 9).
    ("combining marks after one word", "ar", "انعقدت " + _fill("\u064b\u064c\u064d\u064e")),
    ("combining marks on Latin letters", "fr", _fill("e\u0301\u0316\u0300\u0317" * 40 + " ")),
    # Marks and invisible characters of other kinds an upload may carry (issue 9, t8: a
    # mark on every letter or a run of them), each to the size limit.
    ("a mark after every letter", "en", _fill("t\u0301a\u0301l\u0301k\u0301s\u0301 ")),
    ("a run of one mark", "en", "Talks " + _fill("\u0301")),
    ("decomposed French (NFD)", "fr", _fill(normalize("NFD", "Réunion à Genève le 14 février. "))),
    ("marks on digits", "en", _fill("4\u0301 M\u0301ay 2\u03010\u03011\u03017\u0301. ")),
    ("Arabic harakat on every letter", "ar", _fill("عَقَدَتِ الوُفُودُ اجْتِمَاعًا يَوْمَ ٤ مَايُو. ")),
    ("Hebrew points", "en", _fill("שָׁלוֹם עֲלֵיכֶם ")),
    ("zero-width joiners", "fa", _fill("نشست\u200dها\u200c\u200d ")),
    ("bidi controls between words", "en", _fill("talks\u202e in\u202c Astana\u2067 ")),
    ("variation selectors", "en", _fill("a\ufe0f\ufe0e")),
    ("Latin initials 'A. B. C.'", "en", _fill("".join(f"{chr(c)}. " for c in range(65, 91)))),
    (
        "Cyrillic initials 'А. Б. В.'",
        "ru",
        _fill("".join(f"{chr(c)}. " for c in range(0x410, 0x42A))),
    ),
    ("letters without full stops", "en", _fill("A B C D E F G H ")),
    ("numbered rounds", "en", _fill("Astana 1 and Geneva 1 and session 1. ")),
    ("111k of dated paragraphs", "en", _dated(_EN_DATED, _EN_MONTHS, 111_000)),
    ("197k of dated paragraphs", "ar", _dated(_AR_DATED, _AR_MONTHS, 197_000)),
    ("distinct names", "en", _NAMES),
    ("distinct inflected Cyrillic names", "ru", _CYRILLIC_NAMES),
    # Every sentence a new pair of two-word names (t10r 6): each word a name's key and
    # skeleton never seen before, so no cache helps.
    (
        "distinct name pairs, one a sentence",
        "en",
        " ".join(f"Mr Xq0b{i} Zr{i}k met Mr Wv{i}p Yt{i}n in Geneva." for i in range(6000))[
            : MAX_TEXT_CHARS - 10
        ],
    ),
    ("pronoun subjects after names en", "en", _dated(_EN_PRONOUN, _EN_MONTHS, 111_000)),
    ("pronoun subjects after names ru", "ru", _dated(_RU_PRONOUN, _RU_MONTHS, 111_000)),
    # Each cue's list read on to the sentence's end: quadratic in one long sentence.
    ("attendee lists ar, one sentence", "ar", _fill("بحضور سمير نشار وجورج صبرا، ")),
    ("attendee lists fa, one sentence", "fa", _fill("با حضور سمیر نشار، جورج صبرا، ")),
]


def _attributes(count: int) -> str:
    return " ".join(f"a{i}='{i}'" for i in range(count))


def _html_shapes() -> list[tuple[str, str]]:
    body = "<p>The fourth round of talks in Astana opened on 4 May 2017.</p>"
    depth = (MAX_BYTES - 200) // 12
    under = MAX_ELEMENTS - 20  # the most elements a page may have
    wide = MAX_ELEMENT_ATTRIBUTES  # the most attributes an element may have
    # As many elements of `wide` attributes as the page's limit on attributes allows.
    wide_elements = MAX_ATTRIBUTES // wide - 10
    return [
        (
            "1 MB: one <p> of 70,000 attributes (refused)",
            "<html><body><p " + _attributes(70_000)[: MAX_BYTES - 100] + ">4 May</p>" + body,
        ),
        (
            f"one <p> of {wide} attributes",
            "<html><body><p " + _attributes(wide) + ">4 May</p>" + body,
        ),
        (
            f"{wide_elements} <p> of {wide} attributes each",
            "<html><body>" + f"<p {_attributes(wide)}>4 May 2017</p>" * wide_elements + body,
        ),
        (
            "1 MB: elements of 300 attributes (refused)",
            "<html><body>" + _fill(f"<p {_attributes(300)}>4 May</p>", MAX_BYTES - 100),
        ),
        (
            "one attribute value of 1 MB",
            "<html><body><p title='" + _fill("4 May 2017 ", MAX_BYTES - 200) + "'>x</p>" + body,
        ),
        ("deep nested <div>", "<html><body>" + "<div>" * depth + body + "</div>" * depth),
        ("deep nested <div> with text", "<html><body>" + "<div>x " * depth + body),
        ("1 MB of paragraphs (refused)", "<html><body><article>" + _fill(body, MAX_BYTES - 100)),
        ("1 MB of unclosed tags (refused)", "<html><body>" + _fill("<b><i><p>May 4 ", MAX_BYTES)),
        (f"{under:,} paragraphs", "<html><body><article>" + body * under),
        (
            f"{under:,} Persian paragraphs with joiners",
            "<html><body><article>"
            + "<p title='سه\u200cشنبه'>نشست\u200cها روز سه\u200cشنبه ۱۴ اردیبهشت "
            "برگزار می\u200cشود.</p>" * under,
        ),
        (f"{under:,} <span> in one <p>", "<html><body><p>" + "<span>4 May</span> " * under),
        (f"{under:,} unclosed tags", "<html><body>" + "<b><i><p>May 4 " * (under // 3)),
        (
            f"{under:,} links in lists",
            "<html><body><ul>" + '<li><a href="/">4 May</a>' * (under // 2),
        ),
    ]


def _best_of(fn, runs: int = 3) -> float:
    fn()
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _analyse(text: str, language: str | None) -> None:
    # The form a text is hashed in to find a stored copy (chronology.services.text_hash),
    # which every ingestion computes.
    normalize("NFC", text)
    # A refusal (too many dates) is an answer too, and must be as quick.
    with contextlib.suppress(ValueError):
        find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZETTEER)
        article_people(text, language=language, gazetteer=GAZETTEER)


def _html(html: str) -> None:
    try:
        text, _meta = html_to_text(html)
    except ValueError:
        return
    _analyse(text, None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=1.0, help="seconds allowed per shape")
    args = ap.parse_args()
    rows = [
        (f"{name} ({lang})", len(text), _best_of(lambda t=text, lg=lang: _analyse(t, lg)))
        for name, lang, text in TEXT_SHAPES
    ]
    rows += [
        (f"HTML: {name}", len(html), _best_of(lambda h=html: _html(h)))
        for name, html in _html_shapes()
    ]
    print(f"{'shape':52}{'chars':>9}{'CPU s':>10}")
    for name, size, seconds in rows:
        print(f"{name:52}{size:9,d}{seconds:10.3f}{'  SLOW' if seconds > args.limit else ''}")
    worst = max(rows, key=lambda r: r[2])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nworst: {worst[0]}, {worst[2]:.3f} s (limit {args.limit:.1f} s); load {load}")
    return 0 if worst[2] <= args.limit else 1


if __name__ == "__main__":
    raise SystemExit(main())
