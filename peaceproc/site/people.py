"""Who took part, arranged for the pages: a round's heads of delegation by party, its
observers and other participants; a participant's roles, each with the records it rests on.

Everything here works on participations already fetched (no queries)."""

from dataclasses import dataclass, field

from peaceproc.chronology.models import Participant, Participation

Role = Participation.Role

# A party (not a person) in one of these roles sends a delegation whose head a round
# page names, or says is not known.
DELEGATION_ROLES = (
    Role.GUARANTOR, Role.GOVERNMENT, Role.OPPOSITION, Role.MEDIATOR, Role.CO_CHAIR,
    Role.ATTENDEE,
)  # fmt: skip
# A person in one of these roles for a party is shown as that party's head.
LEADING_ROLES = (Role.MEDIATOR, Role.CO_CHAIR, Role.CHAIR)
# The order roles are listed in on a participant's page.
ROLE_ORDER = (
    Role.HEAD, Role.CO_CHAIR, Role.CHAIR, Role.MEDIATOR, Role.SIGNATORY, Role.GUARANTOR,
    Role.GOVERNMENT, Role.OPPOSITION, Role.DELEGATION_MEMBER, Role.OBSERVER, Role.ATTENDEE,
)  # fmt: skip


def party_role(p: Participation) -> str:
    """A party's role as it reads beside the party's name: "guarantor", "mediator" (the
    label's first form: the editors' "Mediator / UN" names who mediates, which the party's
    name already says)."""
    return p.get_role_display().split(" / ")[0].lower()


@dataclass
class Delegation:
    """One party at a round: the role it had there and who headed its delegation."""

    party: Participant
    roles: list[str] = field(default_factory=list)
    heads: list[Participation] = field(default_factory=list)
    members: list[Participation] = field(default_factory=list)
    negotiated: bool = False  # it took part in a delegation role (not only named for heads)


@dataclass
class Observer:
    """One observer at a round: its participation, and for a party the people a source
    names at the head of (or in) its delegation there."""

    participation: Participation
    heads: list[Participation] = field(default_factory=list)
    members: list[Participation] = field(default_factory=list)


@dataclass
class RoundPeople:
    delegations: list[Delegation]
    observers: list[Observer]
    others: list[Participation]


def round_people(participations: list[Participation]) -> RoundPeople:
    """Each participant once, in its role: heads by the party they led (each party once),
    with the parties that took part in a delegation role and no head a source names; then
    observers, a party among them with whoever headed its delegation (the UN observing an
    Astana round, its envoy at the head); then the rest."""
    by_party: dict[int, Delegation] = {}

    def delegation(party: Participant) -> Delegation:
        return by_party.setdefault(party.pk, Delegation(party))

    observed, others = [], []
    for p in participations:
        # A person who mediated or chaired for a party (the UN envoy for the UN) led
        # that party's delegation there.
        leads = p.role == Role.HEAD or (
            p.role in LEADING_ROLES and p.participant.kind == Participant.Kind.PERSON
        )
        if leads and p.on_behalf_of_id:
            delegation(p.on_behalf_of).heads.append(p)
        elif p.role == Role.DELEGATION_MEMBER and p.on_behalf_of_id:
            delegation(p.on_behalf_of).members.append(p)
        elif p.role in DELEGATION_ROLES and p.participant.kind != Participant.Kind.PERSON:
            party = delegation(p.participant)
            party.negotiated = True
            if p.role != Role.ATTENDEE:
                party.roles.append(party_role(p))
        elif p.role == Role.OBSERVER:
            observed.append(p)
        else:
            others.append(p)
    observers = []
    for p in observed:
        party = by_party.get(p.participant_id)  # a party whose delegation's head is named
        if party is None:
            observers.append(Observer(p))
        elif party.negotiated:  # it also took part in a delegation role: one row, both roles
            party.roles.append(party_role(p))
        else:
            del by_party[p.participant_id]
            observers.append(Observer(p, party.heads, party.members))
    delegations = sorted(by_party.values(), key=lambda d: (not d.roles, d.party.name))
    return RoundPeople(delegations, observers, others)


@dataclass
class RoleGroup:
    """One role a participant had (for one party), with the records they had it at."""

    role: str
    label: str
    on_behalf_of: Participant | None
    participations: list[Participation] = field(default_factory=list)


def participant_roles(participations: list[Participation]) -> list[RoleGroup]:
    groups: dict[tuple[str, int | None], RoleGroup] = {}
    for p in participations:
        key = (p.role, p.on_behalf_of_id)
        group = groups.setdefault(key, RoleGroup(p.role, p.get_role_display(), p.on_behalf_of))
        group.participations.append(p)
    return sorted(groups.values(), key=lambda g: (ROLE_ORDER.index(g.role), g.label))


@dataclass
class ActedFor:
    """A record others took part in on a participant's behalf (its delegation at a round,
    its minister at a summit), with their participations there."""

    record: object
    participations: list[Participation] = field(default_factory=list)


def acted_for(participations: list[Participation]) -> list[ActedFor]:
    """The records of `participations` (others', on one participant's behalf), each once,
    in date order: the participant filter finds them (`took_part_q`), so its page lists them."""
    records: dict[tuple[str, int], ActedFor] = {}
    for p in sorted(participations, key=lambda p: (p.record_date, p.record.title)):
        key = (type(p.record).__name__, p.record.pk)
        records.setdefault(key, ActedFor(p.record)).participations.append(p)
    return list(records.values())


@dataclass
class AgreementParty:
    """A party to an agreement, named once: its own roles there (guarantor, signatory)
    with their sources, and the people who signed or took part on its behalf."""

    party: Participant
    roles: list[str] = field(default_factory=list)
    own: list[Participation] = field(default_factory=list)
    signers: list[Participation] = field(default_factory=list)
    others: list[Participation] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.signers) or any(p.role == Role.SIGNATORY for p in self.own)

    @property
    def sources(self) -> list:
        """The sources of the party's own roles, each once."""
        return list({p.source_id: p.source for p in self.own if p.source}.values())


@dataclass
class AgreementParties:
    signatories: list[AgreementParty | Participation]
    others: list[AgreementParty | Participation]


def agreement_parties(participations: list[Participation]) -> AgreementParties:
    """Each party once (a guarantor state that signed through its envoy is one entry,
    not three), signatories first; people acting for no party stand on their own."""
    parties: dict[int, AgreementParty] = {}
    loose: list[Participation] = []
    for p in participations:
        if p.on_behalf_of_id:
            party = parties.setdefault(p.on_behalf_of_id, AgreementParty(p.on_behalf_of))
            (party.signers if p.role == Role.SIGNATORY else party.others).append(p)
        elif p.participant.kind != Participant.Kind.PERSON:
            party = parties.setdefault(p.participant_id, AgreementParty(p.participant))
            party.own.append(p)
            if p.role not in (Role.SIGNATORY, Role.ATTENDEE):
                party.roles.append(party_role(p))
        else:
            loose.append(p)
    ordered = sorted(parties.values(), key=lambda a: a.party.name)
    signed = [p for p in loose if p.role == Role.SIGNATORY]
    return AgreementParties(
        signatories=[*(a for a in ordered if a.signed), *signed],
        others=[*(a for a in ordered if not a.signed), *(p for p in loose if p not in signed)],
    )
