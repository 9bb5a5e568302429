"""The look-alike checks of the admin's forms (admin_alike.py), for a version the audit
trail's revert would restore (audit.lookalikes; outside tester t12a, 3b): the same keys
(namesakes.py), the same lock, refusal and box to tick."""

from peaceproc.audit.lookalikes import AlikeRule

from . import namesakes
from .admin_alike import (
    AliasAlikeForm,
    AlikeConfirmedForm,
    EventAlikeForm,
    ParticipantAlikeForm,
    RoundAlikeForm,
)


def _event(version: dict, pk: str) -> list:
    found = namesakes.same_event(
        track_id=version.get("track"),
        start_date=version.get("start_date"),
        title=version.get("title") or "",
        pk=pk,
    )
    return [found] if found else []


def _round(version: dict, pk: str) -> list:
    return namesakes.same_rounds(
        track_id=version.get("track"),
        start_date=version.get("start_date"),
        end_date=version.get("end_date"),
        title=version.get("title") or "",
        pk=pk,
    )


def _participant(version: dict, pk: str) -> list:
    return namesakes.known_as(version.get("name") or "", besides=pk)


def _alias(version: dict, pk: str) -> list:
    return namesakes.known_as(version.get("name") or "", besides=version.get("participant"))


def _rule(form: type[AlikeConfirmedForm], find) -> AlikeRule:
    return AlikeRule(
        fields=form.alike_fields,
        lock=form.alike_lock,
        find=find,
        refusal=form.refusal,
        label=form.different_label,
    )


def rules() -> dict[str, AlikeRule]:
    """The rules by model label, for audit.lookalikes.ALIKE_RULES."""
    return {
        "chronology.Event": _rule(EventAlikeForm, _event),
        "chronology.Round": _rule(RoundAlikeForm, _round),
        "chronology.Participant": _rule(ParticipantAlikeForm, _participant),
        "chronology.ParticipantAlias": _rule(AliasAlikeForm, _alias),
    }
