"""How a record's own text names what a search's words name, in any script: a search for
`Лавров` or `لافروف` finds the participant Sergey Lavrov by his aliases, and through
these also the records whose English text says "announced by Lavrov" without listing him
as a participant, as `Lavrov` does (t14c: the results of "everything Lavrov did" depended
on the script it was asked in). The same for a track named in another language
(`اللجنة الدستورية`: the text's "Constitutional Committee")."""

import re
from collections.abc import Iterable

from peaceproc.chronology.models import Participant, Track

from .fulltext import any_of, match_expression

# A run of words naming more people than this names nobody in particular ("al", "Sergey"
# with a common first name): their names are not searched in the text.
MOST_PEOPLE_BY_NAME = 10
# An Arabic article written joined to a name: `al-Sharaa` is "Sharaa" in many texts.
ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-‑]", re.IGNORECASE)


def text_name(participant: Participant) -> str:
    """The words a record's text names `participant` by: a person by the last word of
    their name, without a joined article (`Lavrov`, `Mistura`, `Ki-moon`, `Sharaa` of
    `Ahmed al-Sharaa`), anyone else by the whole name (`Russia`, `United Nations`)."""
    if participant.kind == Participant.Kind.PERSON and (name := participant.name.split()):
        return ARTICLE.sub("", name[-1]) or name[-1]
    return participant.name


def run_expression(words: str, people: Iterable[Participant]) -> str | None:
    """What the full-text index is asked for a run of a search's `words` that names
    `people`: the words as typed, or any of the people's text names."""
    people = list(people)
    names = [text_name(p) for p in people] if len(people) <= MOST_PEOPLE_BY_NAME else []
    return any_of([match_expression(words), *map(match_expression, names)])


def track_expression(words: str, track: Track) -> str | None:
    """The same for a run of words that names `track`: the words, or the track's name."""
    return any_of([match_expression(words), match_expression(track.name)])
