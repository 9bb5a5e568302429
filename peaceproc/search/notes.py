"""What a search says of how it read the query, in the timeline's form and in the name
boxes alike (the participants page, the API's `q` on participants: outside tester t15b,
findings 4 and 5): the invisible characters it removed, the marks, Turkish suffixes and
French elisions it read past, the operators it does not have, the little words it left
out beside a name. Each note is a sentence without its field's label; a value is quoted
as typed, without the characters a search drops, cut at SHOWN_CHARS."""

from .apostrophes import ELISION, apostrophe_readings
from .folding import UNSHOWN_CHARACTERS, composed, unmarked, without_diacritics
from .limits import operators

# The longest a value is quoted in a note.
SHOWN_CHARS = 60
# The most words a note names one by one.
NAMED = 10
READ_PAST = {
    ELISION: "an elided article or preposition is read past",
    "suffix": "a suffix after an apostrophe is read past",
    "marks": "stress marks and vowel signs are read past",
}


def shown_value(value: str) -> str:
    """`value` as a note quotes it: without the characters a search drops, cut at
    SHOWN_CHARS."""
    value = UNSHOWN_CHARACTERS.sub("", value)
    return value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"


def quoted(values: list[str]) -> str:
    """The different `values`, each quoted, the first NAMED of them ('“a”, “b”')."""
    different = list(dict.fromkeys(values))
    more = "…" if len(different) > NAMED else ""
    return ", ".join(f"“{shown_value(value)}”" for value in different[:NAMED]) + more


def unshown_note(query: str) -> str | None:
    """How many invisible or control characters the search removed from `query`."""
    removed = len(query) - len(UNSHOWN_CHARACTERS.sub("", query))
    if not removed:
        return None
    return (
        f"{removed} invisible or control character{'s' if removed > 1 else ''} removed "
        "(they reorder or hide the text shown); searched for the rest."
    )


def read_past_notes(query: str) -> list[str]:
    """A note for each way the search read a word of `query` otherwise than typed: the
    marks on its letters (a stress mark, Arabic vowel signs), a suffix after an
    apostrophe ('Lavrov'un'), an elided article ('l'ONU'); each word with what was
    searched for it."""
    text = composed(query)
    found: dict[str, list[str]] = {how: [] for how in READ_PAST}
    for word in text.split():
        if (plain := unmarked(without_diacritics(word))) != word:
            found["marks"].append(f"“{shown_value(word)}” searched as “{shown_value(plain)}”")
    for typed, read, how in apostrophe_readings(unmarked(without_diacritics(text))):
        found[how].append(f"“{shown_value(typed)}” searched as “{shown_value(read)}”")
    return [
        f"{', '.join(list(dict.fromkeys(pairs))[:NAMED])}: {READ_PAST[how]}."
        for how, pairs in found.items()
        if pairs
    ]


def operator_note(query: str) -> str | None:
    """The operators `query` holds that the search does not have (limits.operators)."""
    typed = operators(query)
    if not typed:
        return None
    return (
        f"{quoted(typed)}: the search has no operators (every word must match, and a "
        "minus excludes nothing)."
    )


def little_words_note(little: list[str], *, operators_said: list[str] = ()) -> str | None:
    """The function words left out beside a name, but those an operator note names
    already ('OR' of 'Lavrov OR Kerry' is said once)."""
    said = set(operators_said)
    left = [word for word in little if word not in said]
    if not left:
        return None
    return f"{quoted(left)} left out: a little word beside a name is not searched for."


def little_words_alone_note(query: str) -> str:
    """The note of a name search for function words alone ('the', 'de', 'في')."""
    return (
        f"{quoted([query.strip()])}: a little word alone (an article, a preposition) names "
        "nobody; type a word of the name."
    )


def reading_notes(query: str) -> list[str]:
    """The notes of how `query` was read before its words were matched: the invisible
    characters removed, the words read past, the operators."""
    notes = [unshown_note(query), *read_past_notes(query), operator_note(query)]
    return [note for note in notes if note]
