"""The look-alike checks of the admin's forms (admin_alike.py), for a version the audit
trail's revert would restore (audit.lookalikes; outside tester t12a, 3b): the same keys
(the form's own `find`), the same lock, refusal and box to tick."""

from peaceproc.audit.lookalikes import AlikeRule

from .admin_alike import (
    AgreementAlikeForm,
    AliasAlikeForm,
    AlikeConfirmedForm,
    EventAlikeForm,
    ParticipantAlikeForm,
    RoundAlikeForm,
    TenureAlikeForm,
)


def _rule(form: type[AlikeConfirmedForm]) -> AlikeRule:
    return AlikeRule(
        fields=form.alike_fields,
        lock=form.alike_lock,
        find=form.find,
        refusal=form.refusal,
        label=form.different_label,
    )


def rules() -> dict[str, AlikeRule]:
    """The rules by model label, for audit.lookalikes.ALIKE_RULES."""
    return {
        "chronology.Event": _rule(EventAlikeForm),
        "chronology.Round": _rule(RoundAlikeForm),
        "chronology.Agreement": _rule(AgreementAlikeForm),
        "chronology.EnvoyTenure": _rule(TenureAlikeForm),
        "chronology.Participant": _rule(ParticipantAlikeForm),
        "chronology.ParticipantAlias": _rule(AliasAlikeForm),
    }
