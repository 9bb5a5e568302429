"""Who a sentence tells took part in the gathering it reports: the people the review may
tick onto a round or an event already recorded (outside tester t15a, findings 1 and 4).

A person attends when the sentence has an affirmative verb of taking part ('met', 's'est
entretenu', 'встретился', 'görüştü', 'التقى', 'دیدار کرد') and the person is one of its
participants: its subject, or joined to it ('with', 'avec', 'с', 'ile', 'مع', 'با'), not a
person named beside it ('a proposal by X', 'sent a message to', 'X said that Y met Z').
A sentence that negates its gathering or tells someone was absent ('did not attend',
'n'a pas assisté', 'не участвовал', 'katılmadı', 'لم يحضر', 'شرکت نکرد', 'boycotted',
'without X') has no attendee at all. The rule is strict on purpose: a person left out is
offered unticked, with the reason shown; a person ticked wrongly becomes a participant of a
record the editor did not mean to change."""

import re

from .cues import speech_rx
from .text import fold, fold_pattern

# Verbs of taking part in a gathering, affirmative, in every tense the reports use.
_TAKING_PART = {
    "en": r"met|meets|(?:will|to) (?:meet|attend|visit|hold talks)|(?:held|hold|holds|holding|had|have) (?:\w+ )?(?:talks|meetings?|consultations|negotiations|(?:phone )?call)|attend(?:s|ed|ing)?|took part|takes part|taking part|participat(?:ed|es|ing)|joined|conferred|negotiated|gathered|convened|visit(?:ed|s|ing)|received|hosted|opened (?:a|the) (?:\w+ ){0,2}(?:round|session|meeting|talks)|led (?:the|his|her|their) (?:\w+ )?delegation|head(?:ed|s) (?:the|his|her|their) (?:\w+ )?delegation|discussed|(?:meeting|talks|summit|call|consultations) (?:with|between)",  # noqa: E501
    "fr": r"a rencontré|ont rencontré|rencontre|rencontrera|rencontreront|se retrouveront|se sont retrouvés|s'est (?:entretenu|réuni)e?|s'entretiendr\w*|se sont (?:entretenus|réunis|rencontrés)|a (?:participé|assisté|pris part|discuté|visité|conduit|dirigé|mené|reçu|accueilli|ouvert)|ont (?:participé|assisté|pris part|discuté|visité|conduit|dirigé|mené|reçu)|participe\w*|assiste|ouvre|reçoit|a eu (?:un entretien|des entretiens|des pourparlers)|(?:entretien|rencontre|sommet|réunion|pourparlers) (?:avec|entre)",  # noqa: E501
    "ru": r"встретил\w*|встречал\w*|встретя\w*|встретит\w*|встречает\w*|увид(?:ятся|ится|елись)|переговорил\w*|пров[её]\w* (?:\w+ ){0,2}?(?:переговор|встреч|консультаци|бесед|разговор)\w*|участвовал\w*|участвует|участвуют|принял\w* участие|прим\w* участие|принима\w* участие|посетил\w*|посетит|посетят|побывал\w*|обсудил\w*|обсуждал\w*|обсудят|принял\w*|возглавил\w* (?:\w+ )?делегаци\w*|возглавля\w* (?:\w+ )?делегаци\w*|(?:встреч\w*|переговор\w*|разговор\w*|саммит\w*) (?:с|со|между)",  # noqa: E501
    "tr": r"görüştü\w*|görüşt[üu]ğ\w*|görüşecek\w*|görüşeceğ\w*|görüşüyor\w*|görüşme yaptı\w*|bir araya gel\w*|katıldı\w*|katıldığ\w*|katılacak\w*|katılıyor\w*|ziyaret etti\w*|ziyaret edecek\w*|ziyaret ett[iı]ğ\w*|başkanlık etti\w*|başkanlığında|ağırladı\w*|kabul etti\w*|toplantı yaptı\w*|müzakere etti\w*",  # noqa: E501
    "ar": r"التقى|التقت|التقيا|التقوا|يلتقي|تلتقي|سيلتقي|للقاء|اجتمع|اجتمعت|اجتمعا|اجتمعوا|يجتمع|سيجتمع|شارك|شاركت|شاركوا|يشارك|سيشارك|حضر|حضرت|حضروا|بحث|بحثت|بحثا|ناقش|ناقشت|زار|زارت|يزور|سيزور|ترأس|ترأست|يترأس|استقبل|استقبلت|عقد|عقدت|عقدا|(?:لقاء|اجتماع|محادثات|مباحثات|قمه) (?:مع|بين)",  # noqa: E501
    "fa": r"دیدار کرد\w*|دیدار و گفتگو کرد\w*|دیدار و گفت\u200c?وگو کرد\w*|دیدار خواهد کرد|دیدار می[\u200c ]?کند|ملاقات کرد\w*|گفتگو کرد\w*|گفت\u200c?و\u200c?گو کرد\w*|رایزنی کرد\w*|مذاکره کرد\w*|شرکت کرد\w*|شرکت خواهد کرد|شرکت می[\u200c ]?کند|شرکت داشت\w*|حضور یافت\w*|حضور داشت\w*|دیدار داشت\w*|سفر کرد\w*|سفر می[\u200c ]?کند|سفر خواهد کرد|استقبال کرد\w*|میزبان\w*|ریاست\w*|(?:دیدار|نشست|گفتگو|مذاکره) (?:با|میان|بین)",  # noqa: E501
}
# A gathering negated, or someone absent from it: nobody of the sentence attends.
_NEGATED = {
    "en": r"not|n't|never|no longer|without|boycott\w*|absent|skipped|stayed away|declined to|refused to|instead of",  # noqa: E501
    "fr": r"(?:ne|n')\s*(?:[\w']+\s+){0,3}?(?:pas|jamais|plus|point|guère)|sans|boycott\w*|absent\w*|a refusé|ont refusé|au lieu d[e']",  # noqa: E501
    "ru": r"не|ни|без|бойкот\w*|отсутствовал\w*|отказал\w*|вместо",
    "tr": r"(?:katıl|görüş|gel|git|bulun|toplan|yap|düzenle|ol|et|gerçekleş)m[ae](?:d|y|z|m)\w*|olmadan|olmaksızın|boykot\w*|yerine|değil|yoktu",  # noqa: E501
    "ar": r"لم|لن|لا|ليس|ليست|دون|بدون|غاب\w*|تغيب\w*|قاطع\w*|مقاطعه|رفض\w*|بدلا",
    "fa": r"ن(?:کرد|داشت|یافت|یامد|رفت|شد|پذیرفت)\w*|نمی[\u200c ]?\w+|بدون|بی\u200c?حضور|تحریم\w*|غایب\w*|به جای",  # noqa: E501
}
# Words that make the name after them someone the gathering is about or addresses, not
# one of its people ('a proposal by X', 'a message to Foreign Minister X'): a few title
# words may stand between, no comma. 'of' and 'de' only right before the name ('the
# plan of X'), as titles hold them ('Minister of Foreign Affairs X').
_NOT_OF_IT_BEFORE = {
    "en": r"by|to|from|about|against|for|on behalf of",
    "fr": r"par|à|au|aux|contre|pour|sur",
    "ru": r"к|от|о|об|про|против|для",
    "tr": r"için|hakkında",
    "ar": r"من|الى|إلى|عن|ضد",
    "fa": r"از|به|درباره|علیه|برای",
}
_OF_RIGHT_BEFORE = {"en": r"of", "fr": r"de|du|des|d'"}
# Turkish genitive on a name, the subject of a nominalised verb ("Şeybani'nin Putin ile
# görüştüğünü söyledi": Şeybani met Putin, whoever said so).
_TR_GENITIVE = re.compile(r"\A['’]?(?:n?[ıiuü]n)(?!\w)")
_TR_NOMINALISED = re.compile(r"(?:d|t)[ıiuü]ğ|(?:y)?[ae]c[ae]ğ")
_CLAUSE_STOP = re.compile(r"[;:()\"«»“”\u061b]")
# How far before a verb of saying its speaker may end ('Lavrov said', 'Lavrov, speaking on
# Monday, said'), and after it ('said Lavrov').
_SPEAKER_BEFORE = 40
_SPEAKER_AFTER = 12
# How many words a preposition before a name may stand from it ('a proposal by Russian
# Foreign Minister Sergey Lavrov').
_TITLE_WORDS = 4
# How many words may stand between the verb and a person after it that is one of its
# people ('met Turkish Foreign Minister Hakan Fidan', 'held talks in Moscow with X').
_AFTER_WORDS = 8


def _rx(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {
        lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)")
        for lang, p in patterns.items()
    }


_TAKING_PART_RX = _rx(_TAKING_PART)
_NEGATED_RX = _rx(_NEGATED)
_NOT_OF_IT_RX = {
    lang: re.compile(
        r"(?<!\w)(?:"
        + fold_pattern(p)
        + r")\s+(?:[^\s,\u060c]+\s+){0,"
        + str(_TITLE_WORDS)
        + r"}\Z"
        + (r"|(?<!\w)(?:" + _OF_RIGHT_BEFORE[lang] + r")\s*\Z" if lang in _OF_RIGHT_BEFORE else "")
    )
    for lang, p in _NOT_OF_IT_BEFORE.items()
}


def negated(sentence: str, language: str) -> bool:
    """Whether the sentence negates its gathering or tells someone stayed away from it."""
    rx = _NEGATED_RX.get(language)
    return bool(rx and rx.search(fold(sentence)))


def attendees(sentence: str, language: str, people: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The people of `people` ((ident, start, end) in `sentence`) that the sentence tells
    took part in its gathering, in order; none when it negates it (module docstring)."""
    verbs_rx = _TAKING_PART_RX.get(language)
    if verbs_rx is None or negated(sentence, language):
        return ()
    folded = fold(sentence)
    verbs = [(m.start(), m.end()) for m in verbs_rx.finditer(folded)]
    if not verbs:
        return ()
    sayings = [(m.start(), m.end()) for m in speech_rx(language).finditer(folded)]
    out = []
    for ident, start, end in people:
        if ident in out or _speaker(start, end, sayings, verbs, people):
            continue
        if _not_of_it(folded, language, start):
            continue
        if any(_of_verb(folded, language, start, end, v, sayings, people) for v in verbs):
            out.append(ident)
    return tuple(out)


def _speaker(start: int, end: int, sayings, verbs, people) -> bool:
    """Whether the person is who says it: named just before a verb of saying with no other
    person or verb of taking part between ('Lavrov said', 'Lavrov told reporters'), or just
    after it with no verb of taking part after ('..., said Lavrov')."""
    for a, b in sayings:
        between = [*(s for _i, s, _e in people), *(v for v, _w in verbs)]
        if 0 <= a - end <= _SPEAKER_BEFORE and not any(end <= x < a for x in between):
            return True
        if 0 <= start - b <= _SPEAKER_AFTER and not any(v > start for v, _w in verbs):
            return True
    return False


def _not_of_it(folded: str, language: str, start: int) -> bool:
    """A name right after 'by', 'to', 'of', 'about' and the like: someone the gathering is
    about or addresses, not one of its people."""
    before = folded[max(0, start - 80) : start]
    return bool(_NOT_OF_IT_RX[language].search(before))


def _of_verb(folded: str, language: str, start: int, end: int, verb, sayings, people) -> bool:
    """Whether the person at [start, end) is one of the people of the verb at `verb`: in its
    clause (no clause break or verb of saying between them), and its subject (before it) or
    joined to it after it, directly or by 'with'/'and'."""
    a, b = verb
    lo, hi = (end, a) if end <= a else (b, start)
    gap = folded[lo:hi]
    if _CLAUSE_STOP.search(gap) or any(lo <= s < hi for s, _e in sayings):
        return False
    if end <= a:
        return not _before_a_genitive(folded, language, start, verb, people)
    # After the verb: right after it ('met X'), or joined to a person who is ('met X and Y',
    # 'held talks with X'): what lies between is names, joining words and titles only.
    rest = gap
    for _ident, s, e in people:
        if b <= s and e <= start:
            rest = rest.replace(folded[s:e], " ")
    words = [w for w in re.split(r"[\s,\u060c]+", rest) if w]
    return len(words) <= _AFTER_WORDS


def _before_a_genitive(folded: str, language: str, start: int, verb, people) -> bool:
    """Turkish: a name before another name in the genitive that is the subject of the
    nominalised verb ("Lavrov, Şeybani'nin Putin ile görüştüğünü söyledi"): the first
    names who tells it, not who met."""
    if language != "tr" or not _TR_NOMINALISED.search(folded[verb[0] : verb[1]]):
        return False
    return any(
        start < s and e <= verb[0] and _TR_GENITIVE.match(folded[e : e + 5]) for _i, s, e in people
    )
