"""Whether a sentence tells someone taking up an office ('was appointed UN envoy',
'назначен', 'عُيّن', 'atandı', 'منصوب شد', 'nommé') or leaving it ('resigned', 'ушел в
отставку', 'استقال', 'istifa etti', 'استعفا داد', 'a démissionné'): what dates the start
or the end of an envoy's tenure (ingest.review matches the tenure so)."""

import re

from .lexicon import CHOSEN_AS, RELATIVE_AFTER, SUCCEEDED
from .text import fold, fold_pattern

# Arabic short vowels, shadda and the tatweel, which a writer may put or leave out
# ('عُيّن' and 'عين'): dropped before the words below are looked for.
_MARKS = re.compile("[\u0640\u064b-\u0652\u0670]")

_TOOK_OFFICE = {
    "en": r"\b(?:appoint(?:s|ed|ing|ment)?|nominat(?:es|ed|ing|ion)|named (?:as )?(?:the |a |"
    r"his |her |new )*(?:\w+ )?(?:envoy|representative|mediator)|took (?:up )?(?:office|"
    r"(?:his|her) (?:post|duties))|tak(?:es|ing) up (?:the |his |her )?(?:post|office|role)|"
    r"assum(?:es|ed|ing) (?:the |his |her )?(?:post|office|role|duties)|"
    # 'succeeded him', not 'the talks succeeded in Geneva'
    r"succeed(?:s|ed|ing)?(?! in\b))\b",
    "fr": r"\b(?:nomm\w*|nomination|désign(?:é|ée|és|ées|e|ent|ait|ation)\b|a pris ses "
    r"fonctions|prend(?:ra)? ses fonctions|prise de fonctions|entr\w* en fonctions?|succéd\w*)",
    "ru": r"\b(?:назнач\w*|вступ\w* в должность|приступ\w* к (?:своим )?обязанностям|смени\w*)",
    "ar": r"\b[وف]?(?:(?:عين|عينه|عينت|يعين|تعيين|تعيينه|تعيينها)\b|خلفا ل)",
    "fa": r"(?:منصوب|انتصاب|جانشين|جايگزين)",
    "tr": r"\b(?:atan\w*|atadı\w*|atama\w*|görevlendiril\w*|göreve başla\w*)",
}
_LEFT_OFFICE = {
    "en": r"\b(?:resign(?:s|ed|ing|ation)?|step(?:s|ped|ping)? down|stood down|stands? down|"
    r"(?:left|leaves|leaving|quit|quits) (?:his |her |the )?(?:post|office|job|role)|"
    r"end of (?:his |her |the )?(?:mandate|tenure|term))\b",
    "fr": r"\b(?:démission\w*|quitt\w* (?:son poste|ses fonctions)|fin de (?:son|sa) "
    r"(?:mandat|mission))",
    "ru": r"\b(?:отставк\w*|(?:уш[её]л|ушла|уйд[её]т|уходит|покинул\w*|покинет|покида\w*|"
    r"оставил\w*|оставит) (?:с )?(?:[\w-]+ )?(?:пост\w*|должност\w*))",
    "ar": r"(?:استقال\w*|استقاله\w*|تنحى|تنحي\w*|ترك (?:\S+ ){0,2}منصب\w*|انتهاء (?:ولاي|مهم)\w*)",
    "fa": r"(?:استعفا\w*|كناره[\u200c ]?گيري|كنار (?:مي[\u200c ]?)?(?:رود|رفت)|پايان ماموريت)",
    "tr": r"\b(?:istifa\w*|görevi\w* (?:bırak|ayrıl)\w*|görevden ayrıl\w*)",
}
TOOK = {
    lang: re.compile(fold_pattern(f"{p}|{CHOSEN_AS[lang]}|{SUCCEEDED[lang]}"))
    for lang, p in _TOOK_OFFICE.items()
}
LEFT = {lang: re.compile(fold_pattern(p)) for lang, p in _LEFT_OFFICE.items()}


def _tells(table: dict[str, re.Pattern], sentence: str, language: str) -> bool:
    pattern = table.get(language)
    return pattern is not None and pattern.search(_MARKS.sub("", fold(sentence))) is not None


def took_office(sentence: str, language: str) -> bool:
    """The sentence tells someone appointed to, or taking up, an office."""
    return _tells(TOOK, sentence, language)


def left_office(sentence: str, language: str) -> bool:
    """The sentence tells someone resigning, or leaving an office."""
    return _tells(LEFT, sentence, language)


# A relative clause set off by commas ('X, who announced he would step down, was replaced',
# '، الذي أعلن استقالته،'): what it tells is about someone the sentence names, not what its
# date is. The relative words of lexicon.RELATIVE_AFTER, and 'who'.
_RELATIVE_WORDS = {**RELATIVE_AFTER, "en": RELATIVE_AFTER["en"] + "|who"}
_ASIDE = {
    lang: re.compile(rf"[,،]\s*(?:{fold_pattern(p)})(?!\w)[^,،.]*[,،]")
    for lang, p in _RELATIVE_WORDS.items()
}
_NO_ASIDE = re.compile(r"(?!)")


def nearest_move(sentence: str, language: str, date_text: str) -> str | None:
    """rules15: which way the office verb nearest the words `date_text` moves: "took" or
    "left" ('X, who announced he would step down, was replaced by Y in October': the
    October of the replacing, Y's appointment); None when the sentence has neither, the
    words are not found, or the two are as near."""
    text, key = _MARKS.sub("", fold(sentence)), _MARKS.sub("", fold(date_text))
    at = text.find(key) if key else -1
    if at < 0:
        return None
    end = at + len(key)
    asides = [a.span() for a in _ASIDE.get(language, _NO_ASIDE).finditer(text)]
    nearest: dict[str, int] = {}
    for way, table in (("took", TOOK), ("left", LEFT)):
        pattern = table.get(language)
        for m in pattern.finditer(text) if pattern is not None else ():
            if any(a <= m.start() < b and not a <= at < b for a, b in asides):
                continue  # told in an aside about someone ('، الذي أعلن استقالته،')
            gap = max(m.start() - end, at - m.end(), 0)
            nearest[way] = min(gap, nearest.get(way, gap))
    if len(nearest) == 2 and nearest["took"] == nearest["left"]:
        return None
    return min(nearest, key=nearest.get, default=None)
