"""The two forms of the flow: the upload (text or files, plus what the article does not
say about itself) and the review (one form per candidate)."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils import timezone

from peaceproc.chronology import services as chronology
from peaceproc.chronology.dates import (
    FIRST_DATE,
    LAST_DATE,
    Precision,
    SupportedDateField,
    truncate,
)
from peaceproc.chronology.models import (
    Agreement,
    Confidence,
    Event,
    Participant,
    ParticipantAlias,
    Round,
    gathering_span_error,
)
from peaceproc.chronology.validators import (
    no_invisible_inside_word,
    readable_characters,
    title_with_letter_or_digit,
    url_text,
)
from peaceproc.formcounts import CountCheckedFormSet

from . import budget, recorded, widgets
from .analysis import LANGUAGES, sentence_people
from .by_hand import Happening
from .intake import REVIEW_CANDIDATE_CAP
from .pipeline import MAX_TEXT_CHARS
from .quotes import QuoteChecker, normalised
from .reading import (
    MAX_BYTES,
    MAX_LABEL,
    InputError,
    RawArticle,
    check_size,
    check_suffix,
    clean_line,
    read_bytes,
    read_pasted,
    shown_controls,
    spaced_by_cleaning,
)
from .review import (
    ACTION_CITE,
    ACTION_CREATE,
    ACTION_SKIP,
    AHEAD_REASONS,
    Default,
    Lookups,
    Match,
    article_defaults,
    as_ahead_of,
    attending,
    candidate_place,
    citation_quote,
    confidence_label,
    dated_in_purpose,
    default_for,
    event_kind,
    find_matches,
    parse_date,
    records_nearby,
    reporters,
    rounds_offered,
    sentence_participants,
    suggest_title,
)
from .services import (
    FIXED_PEOPLE,
    NAME_CHARS,
    Decision,
    NewEvent,
    cut_at_word,
    long_names,
    participant_name,
    source_supports,
)

MAX_FILES = 20
# A new event's track left empty: legitimate for a happening on none of the tracks, which
# readers find in the timeline's "Other" lane (`?track=other`), not under any track.
NO_TRACK_LABEL = "— none (the timeline's “Other” lane)"
# <input type="date"> takes and gives ISO dates whatever the locale; a value in the
# locale's format (en-gb: 22/08/2017) would show as an empty field.
ISO_DATE = "%Y-%m-%d"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class ArticleTextField(forms.CharField):
    """Pasted article text. A NUL is not refused by the field (Django's CharField does):
    reading.check_text drops it with the other stray control characters, with a note."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]


class _SentValueShown:
    """A choice refused shows the value sent with its control characters written as
    codes: a tampered 'event:\x0025' puts no NUL into the page (outside re-tester t9r,
    12)."""

    def validate(self, value):
        try:
            super().validate(value)
        except ValidationError as exc:
            if exc.params and "value" in exc.params:
                exc.params = {**exc.params, "value": shown_controls(str(exc.params["value"]))}
            raise


class ChoiceField(_SentValueShown, forms.ChoiceField):
    pass


class MultipleChoiceField(_SentValueShown, forms.MultipleChoiceField):
    pass


class OneLineField(forms.CharField):
    """A title or a place: control characters (a bidi override pasted from an article, a
    stray tab) are removed by the rule that cleans articles (reading.clean_line), not
    refused; cleaning_notes() tells the editor what was removed. An invisible character
    inside a word is refused and named, as the record's own field refuses it (what the
    review proposes is shown without one: validators.without_unseen)."""

    default_validators = [no_invisible_inside_word]

    def to_python(self, value):
        # What the record's field refuses and no cleaning makes readable (a private-use
        # or unassigned character) is refused as the record's field refuses it.
        value = super().to_python(value)
        readable_characters(value)
        return clean_line(value)[0]


def place_name(value: str) -> None:
    """A place an editor types is a city's or a country's name: one holding markup ('Gen<img
    src=x onerror=alert(1)>') is refused and named, for the editor to correct, never
    replaced unsaid by a city of the quote (outside tester t14b, 7)."""
    if "<" in value or ">" in value:
        raise ValidationError(
            "A place is a city's or a country's name: this one holds markup (“<” or “>”). "
            "Type the name alone."
        )


def place_field() -> OneLineField:
    """The place of a candidate or of a happening added by hand."""
    return OneLineField(
        max_length=100, required=False, widget=widgets.TextInput, validators=[place_name]
    )


def title_text(value: str) -> None:
    """A title an editor types is theirs to correct, as a web address is: a control
    character ('Draft\x07 review\x1b[31m', whose escape code would leave '[31m' behind)
    or an accent with no letter before it is refused and named, never removed unsaid
    (outside re-tester t10r, 5); a private-use or unassigned character is refused as the
    record's own field refuses it (re-tester t15d, 12)."""
    readable_characters(value)
    if clean_line(value)[1]:
        raise ValidationError(
            "A title holds no control characters (such as a terminal escape or a "
            "right-to-left override): “%(value)s”. Type it again without them.",
            code="title_control_characters",
            params={"value": shown_controls(value)},
        )
    if value and unicodedata.category(value[0]).startswith("M"):
        raise ValidationError(
            "A title cannot begin with an accent or other combining mark (%(mark)s): it "
            "belongs to a letter before it.",
            code="title_starts_with_mark",
            params={"mark": f"U+{ord(value[0]):04X}"},
        )


class TitleField(forms.CharField):
    """A record's or a source's title: one line, refused rather than cleaned
    (title_text), with a letter or digit."""

    default_validators = [title_text, title_with_letter_or_digit]

    def bound_data(self, data, initial):
        # The page drawn again shows the title without its control characters (named in
        # the error), never a raw NUL or override.
        return clean_line(data)[0] if isinstance(data, str) else data


def cleaning_notes(form: forms.Form, *, where: str = "") -> list[str]:
    """One note per OneLineField of a valid form whose sent value held control characters."""
    notes = []
    for name, field in form.fields.items():
        if not isinstance(field, OneLineField):
            continue
        sent = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        if removed := clean_line(sent or "")[1]:
            s = "" if removed == 1 else "s"
            # (Said as done: a NUL or an override between two letters is a space now.)
            spaced = " (a space left where one parted two words)" * spaced_by_cleaning(sent)
            notes.append(
                f"{removed} invisible control character{s} (such as NUL or a right-to-left "
                f"override) removed from the {form[name].label.lower()}{where}{spaced}: "
                f"“{form.cleaned_data[name]}”."
            )
    return notes


def source_url_field() -> forms.URLField:
    """The source's address, as the upload and the review both take it: optional, at most
    the column's 1,000 characters, no control or format characters."""
    return forms.URLField(
        label="URL", required=False, max_length=1000, assume_scheme="https", validators=[url_text]
    )


def page_url(raw: RawArticle) -> str:
    """The address an uploaded page gives for itself (its canonical link or og:url), as
    the URL field would take it typed, or "" when the field would refuse it: it stands
    for the URL left empty (outside tester t16e, 7)."""
    if not raw.url:
        return ""
    try:
        return source_url_field().clean(raw.url)
    except ValidationError:
        return ""


class IngestForm(forms.Form):
    text = ArticleTextField(
        label="Article text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "data-max-chars": MAX_TEXT_CHARS}),
        help_text="Paste the article: headline, then the body. "
        f"At most {MAX_TEXT_CHARS:,} characters.",
    )
    files = MultipleFileField(
        label="Or upload files",
        required=False,
        # An empty file is refused by name with the others' refusals (read_bytes), not
        # by the field for the whole upload.
        allow_empty_file=True,
        widget=MultipleFileInput(attrs={"accept": ".txt,.html,.htm", "data-max-bytes": MAX_BYTES}),
        help_text=f".txt or .html files, at most {MAX_LABEL} each (the article's text at "
        f"most {MAX_TEXT_CHARS:,} characters) and {MAX_FILES} at once. One upload reads "
        f"{MAX_LABEL} (at most {budget.MAX_TAGS:,} HTML tags) and {MAX_TEXT_CHARS:,} "
        "characters in all: files past that are named, "
        "not stored, to upload again.",
    )
    url = source_url_field()
    publisher = OneLineField(required=False, max_length=200)
    title = TitleField(
        required=False,
        max_length=500,
        help_text="Leave empty to take the headline (the first line, or the HTML title).",
    )
    published = SupportedDateField(
        label="Publication date",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
        help_text="Needed to place words such as 'Tuesday', 'last year' or 'in May'. "
        "Leave empty to take it from the HTML's metadata or the article's dateline "
        "('Geneva, 28 September 2019'). With several files it is used only for those giving "
        "no date of their own; the page then says which date each file was read with.",
    )
    language = ChoiceField(
        choices=[("", "Detect automatically"), *LANGUAGES.items()], required=False
    )

    def clean_published(self):
        value = self.cleaned_data["published"]
        if value and value > timezone.localdate():
            raise ValidationError("The publication date is in the future.")
        return value

    def clean(self):
        data = super().clean()
        text, files = data.get("text") or "", data.get("files") or []
        if text.strip() and files:
            raise ValidationError("Paste text or upload files, not both.")
        if not text.strip() and not files and "text" not in self.errors:
            if text:
                raise ValidationError("The pasted text is empty.")
            if self.add_prefix("files") not in {*self.data, *self.files}:
                # A browser sends the file input even with no file chosen; a request
                # without it may have had its file dropped by the server's parser, which
                # cannot read a part whose name is not UTF-8 (a non-browser client).
                raise ValidationError(
                    "Paste an article's text or choose a file to upload. If a file was "
                    "sent, it could not be read because of its name (not UTF-8): rename "
                    "it and upload it again."
                )
            raise ValidationError("Paste an article's text or choose a file to upload.")
        if len(files) > MAX_FILES:
            raise ValidationError(f"Upload at most {MAX_FILES} files at once.")
        if len(files) > 1 and (data.get("url") or data.get("title")):
            raise ValidationError(
                "A URL or a title belongs to one article: leave them empty when uploading "
                "several files."
            )
        articles, problems = [], []
        if len(text) > MAX_TEXT_CHARS:
            # Refused below; not sent back, or the page would carry the whole paste again.
            self.data = self.data.copy()
            self.data["text"] = ""
        if text:
            try:
                articles.append(read_pasted(text))
            except InputError as exc:
                problems.append(str(exc))
        reading = budget.reading_budget()
        for upload in files:
            name = upload.name or "upload"
            try:
                content = upload_bytes(upload)
                if not reading.take(bytes=len(content), tags=budget.tags(content)):
                    problems.append(budget.left_over(name))
                    continue
                articles.append(read_bytes(content, name=name, declared=upload.charset))
            except InputError as exc:
                problems.append(str(exc))
        if problems and not articles:
            raise ValidationError(problems)
        data["articles"] = articles
        # Files of several that could not be read: the others are still read (views.prepare).
        data["unread"] = problems
        return data


class PublishedForm(forms.Form):
    """The review page's publication date: pre-filled with the one the article was read
    with (the editor's, or the page's own from htmldate), and changed to read it again."""

    published = SupportedDateField(
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
        help_text="Words such as 'Tuesday' or 'on 25 November' are placed from it; change "
        "it and the article is read again.",
    )

    def clean_published(self):
        value = self.cleaned_data["published"]
        if value > timezone.localdate():
            raise ValidationError("The publication date is in the future.")
        return value


def participant_label(name: str, already: str | None) -> str:
    """A found participant's box label: its name, and why it is not ticked when the
    record cited has it already (recorded.already_there)."""
    return f"{name} — {already}" if already else name


class SourceDetailsForm(forms.Form):
    """The review's URL, publisher and title of the article's source, checked as the
    upload checks them: several files uploaded at once come with none of them, and the
    public record would show their sources without them (outside tester t9b, 6)."""

    prefix = "source"
    FIELDS = ("url", "publisher", "title")

    url = source_url_field()
    publisher = OneLineField(required=False, max_length=200)
    title = TitleField(required=False, max_length=500)
    # Shown when the URL typed is another source's (see clean()).
    same_source = forms.BooleanField(
        label="This article is that source: add it there",
        required=False,
        widget=widgets.CheckboxInput,
    )

    @classmethod
    def of(cls, pending, data=None) -> "SourceDetailsForm":
        """Bound to a review's POST that sent the fields, else drawn with the article's."""
        initial = {name: getattr(pending, name) for name in cls.FIELDS}
        if data is not None and any(f"{cls.prefix}-{name}" in data for name in cls.FIELDS):
            return cls(data, initial=initial)
        return cls(initial=initial)

    @classmethod
    def typed(cls, pending, data) -> "SourceDetailsForm":
        """Unbound, with what a POST typed in (a page drawn again keeps it)."""
        return cls(
            initial={
                name: data.get(f"{cls.prefix}-{name}", getattr(pending, name))
                for name in cls.FIELDS
            }
        )

    def clean(self):
        """A URL typed in that is already another source's joins this article to that
        source: only when the editor says so, told what that source is and supports
        (outside re-tester t9r, 4). Its date, publisher and title are left as they are."""
        data = super().clean()
        url = data.get("url")
        typed = "url" in self.changed_data and url and not data.get("same_source")
        if typed and (source := chronology.source_of_url(url)):
            supports = "; ".join(source_supports(source)) or "no record yet"
            tick = self.fields["same_source"].label
            self.add_error(
                "url",
                f"This URL is already source #{source.pk} ({source}), which supports: "
                f"{supports}. Give this article's own URL, or tick “{tick}” if it is that "
                "article (that source keeps its own date, publisher and title).",
            )
        return data

    def details(self) -> dict[str, str]:
        """What the editor changed, for services.accept_pending."""
        if not self.is_bound:
            return {}
        return {name: self.cleaned_data[name] for name in self.changed_data if name in self.FIELDS}

    def missing(self) -> list[str]:
        """The URL and publisher if still empty, in words, as the page warns of them."""
        values = self.cleaned_data if self.is_bound and self.is_valid() else self.initial
        words = {"url": "URL", "publisher": "publisher"}
        return [word for name, word in words.items() if not values.get(name)]


def upload_bytes(upload) -> bytes:
    """The uploaded file's bytes, once its name and size are checked."""
    name = upload.name or "upload"
    check_suffix(name)
    # Checked before reading, so an oversized file is never loaded into memory.
    check_size(name, upload.size or 0)
    return upload.read(MAX_BYTES + 1)


def new_name_choices(names) -> list[tuple[str, str]]:
    """'Add as new participants' choices: each name, labelled with what it is stored as
    when it is too long for a participant's name (services.participant_name)."""
    choices = []
    for name in names:
        stored = participant_name(name)
        label = name if stored == " ".join(name.split()) else (
            f"{stored} (cut at a word from {len(name):,} characters to the {NAME_CHARS} a "
            "name holds)"
        )  # fmt: skip
        choices.append((name, label))
    return choices


def add_spelling_fields(form: forms.Form, names) -> dict[str, str]:
    """A box after 'Add as new participants' for each name too long to store whole,
    holding the name as it would be cut: what the editor leaves or writes there is the
    name stored when the name is ticked. Returns each such name's field name."""
    spelling = {}
    for k, name in enumerate(long_names(names), start=1):
        spelling[name] = field_name = f"spelt_{k}"
        form.fields[field_name] = OneLineField(
            label=f"Store “{cut_at_word(name, 40)}” as",
            required=False,
            max_length=NAME_CHARS,
            initial=participant_name(name),
            help_text=f"The article's name has {len(name):,} characters, more than the "
            f"{NAME_CHARS} a participant's name holds; it is shown cut at a word. Write it "
            "as it should be stored, if ticked.",
            widget=widgets.TextInput,
        )
    if spelling:  # the boxes right after the names they spell
        order = list(form.fields)
        after = order.index("new_names") + 1
        boxes = [n for n in order if n in spelling.values()]
        order = (
            [n for n in order[:after] if n not in boxes]
            + boxes
            + [n for n in order[after:] if n not in boxes]
        )
        form.fields = {n: form.fields[n] for n in order}
    return spelling


def cut_name_notes(form: forms.Form, *, where: str = "") -> list[str]:
    """One note per name too long to store whole that a valid form stores (ticked on a
    candidate created or cited), saying what it was stored as."""
    data = form.cleaned_data
    if data.get("action") not in (ACTION_CITE, ACTION_CREATE):
        return []
    return [
        f"The name of {len(name):,} characters “{cut_at_word(name, 40)}”{where} was stored "
        f"as “{data[field_name]}”."
        for name, field_name in form.spelling.items()
        if name in (data.get("new_names") or ()) and data.get(field_name) != name
    ]


def clean_spelt_names(form: forms.Form, data: dict) -> None:
    """The ticked new names as they are to be stored: a long one as its box says (a box
    left empty is refused: the name would be lost unsaid)."""
    stored = []
    for name in data.get("new_names") or ():
        field_name = form.spelling.get(name)
        if field_name is None:
            stored.append(name)
        elif field_name in form.errors:
            continue
        elif spelt := (data.get(field_name) or "").strip():
            stored.append(spelt)
        else:
            form.add_error(field_name, "Write the name to store, or untick it above.")
    data["stored_new_names"] = stored


class ParticipantIndex:
    """Participants by slug, name and alias, ignoring case: resolves what an editor
    types into 'add participants'. Two queries, built once per review."""

    def __init__(self):
        self.by_key: dict[str, Participant] = {}
        self.by_slug: dict[str, Participant] = {}
        for participant in Participant.objects.all():
            self.by_slug[participant.slug] = participant
            self.by_key.setdefault(participant.slug.casefold(), participant)
            self.by_key.setdefault(participant.name.casefold(), participant)
        for alias in ParticipantAlias.objects.all():
            if participant := self._by_pk(alias.participant_id):
                self.by_key.setdefault(alias.name.casefold(), participant)

    def _by_pk(self, pk: int) -> Participant | None:
        if not hasattr(self, "_pks"):
            self._pks = {p.pk: p for p in self.by_slug.values()}
        return self._pks.get(pk)

    def find(self, text: str) -> Participant | None:
        return self.by_key.get(" ".join(text.split()).casefold())


# A quote is a sentence or two of an article; a whole article pasted there is a mistake.
MAX_QUOTE_CHARS = 5000


def resolve_participants(
    index: ParticipantIndex, text: str, *, offered: list[str]
) -> tuple[list[Participant], str]:
    """The known participants named in a comma-separated list, and the error for the
    names that are none ("" when all are known). `offered`: the names the form offers to
    add as new participants; only when one of the unknown names is among them is the
    editor sent to that box."""
    added, unknown = [], []
    for name in (text or "").split(","):
        if name.strip():
            participant = index.find(name)
            (added.append(participant) if participant else unknown.append(name.strip()))
    if not unknown:
        return added, ""
    message = f"Not a known participant: {', '.join(unknown)}. Add them in the admin first"
    ticked = {" ".join(name.split()).casefold() for name in offered}
    if any(" ".join(name.split()).casefold() in ticked for name in unknown):
        return added, f"{message}, or tick them under 'Add as new participants'."
    return added, f"{message}."


# What find_matches reads of a candidate that an editor may change on the review.
EDITED_FIELDS = ("date", "end_date", "precision", "track", "round", "kind")


def posted_periods(data, count: int) -> list[dict]:
    """The periods a review's POST gives its candidates (readable ones only): the records
    near them are read too, so that an edited date is matched like a proposed one."""
    periods = []
    for index in range(count):
        prefix = f"form-{index}-"
        try:
            start = parse_date(data.get(prefix + "date"))
            end = parse_date(data.get(prefix + "end_date"))
        except ValueError:
            continue
        precision = data.get(prefix + "precision")
        if start and FIRST_DATE <= start <= LAST_DATE and precision in Precision.values:
            end = end if end and start <= end <= LAST_DATE else None
            periods.append({"date": start.isoformat(), "end_date": end and end.isoformat(),
                            "precision": precision})  # fmt: skip
    return periods


def clean_span(form: forms.Form, data: dict) -> bool:
    """A candidate's or a hand-added happening's dates: a month or a year is stored as its
    first day (see chronology.dates), and the end neither precedes the start nor makes an
    impossible gathering. True when the dates are whole and sound."""
    start, precision = data.get("date"), data.get("precision")
    if not (start and precision):
        return False
    data["date"] = start = truncate(start, precision)
    end = data.get("end_date")
    if end and end < start:
        form.add_error("end_date", "The end date is before the start date.")
        return False
    if message := gathering_span_error(kind=data.get("kind"), start=start, end=end):
        form.add_error("end_date", message)
        return False
    return True


def clean_added_participants(form: forms.Form, data: dict) -> None:
    """The names the editor asked to add as participants, resolved against the known ones
    and those the article offers (form.fields["new_names"])."""
    added, unknown = resolve_participants(
        form.participant_index,
        data.get("add_participants") or "",
        offered=[value for value, _ in form.fields["new_names"].choices],
    )
    if unknown:
        form.add_error("add_participants", unknown)
    data["added_participants"] = added


class CandidateForm(forms.Form):
    # Widgets drawn in Python (see widgets.py): a review draws a thousand of them.
    action = ChoiceField(widget=widgets.RadioSelect)
    target = ChoiceField(label="Existing record", required=False, widget=widgets.Select)
    quote = forms.CharField(
        label="Quote",
        required=False,
        max_length=MAX_QUOTE_CHARS,
        widget=widgets.Textarea(attrs={"rows": 3}),
        help_text="The sentence of the article the record cites. Changed, it must be text "
        "of the article, and state the event's date.",
    )
    title = TitleField(
        max_length=300,
        required=False,
        widget=widgets.TextInput,
        validators=[no_invisible_inside_word],
    )
    kind = ChoiceField(choices=Event.Kind.choices, widget=widgets.Select)
    date = SupportedDateField(
        widget=widgets.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    precision = ChoiceField(choices=Precision.choices, widget=widgets.Select)
    end_date = SupportedDateField(
        label="End date",
        required=False,
        widget=widgets.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    track = ChoiceField(required=False, widget=widgets.Select)
    round = ChoiceField(required=False, widget=widgets.Select)
    participants = MultipleChoiceField(
        required=False,
        widget=widgets.CheckboxSelectMultiple,
        label="Participants found",
        help_text="Ticked ones are added to the new event, or to the record cited (an "
        "event's participants, a round's attendees); an agreement's signatories are set "
        "in the admin.",
        error_messages={
            "invalid_choice": "“%(value)s” is not one of the participants offered for this "
            "candidate (the page may be out of date: reload it). Type any other known "
            "participant under “Add participants”."
        },
    )
    add_participants = forms.CharField(
        label="Add participants",
        required=False,
        max_length=1000,
        help_text="Known names, aliases or slugs, separated by commas; added to the new "
        "event, or to the record cited.",
        widget=widgets.TextInput,
    )
    new_names = MultipleChoiceField(
        required=False,
        widget=widgets.CheckboxSelectMultiple,
        label="Add as new participants",
        help_text="Names the record does not know yet; ticked ones are created as people "
        "and added to the new event, or to the record cited (a round's attendees).",
        error_messages={
            "invalid_choice": "“%(value)s” is not one of the names this candidate's sentence "
            "gives (the page may be out of date: reload it)."
        },
    )
    place = place_field()
    confidence = ChoiceField(choices=Confidence.choices, widget=widgets.Select)
    # Shown only when the candidate is created while it repeats a record (see clean()).
    confirm_create = forms.BooleanField(
        label="Create it all the same", required=False, widget=widgets.CheckboxInput
    )

    def __init__(
        self,
        *args,
        candidate: dict,
        matches: list[Match],
        lookups: Lookups,
        track_choices,
        participant_index,
        quotes: QuoteChecker,
        default: Default | None = None,
        round_roles: dict[int, dict[str, list[str]]] | None = None,
        **kwargs,
    ):
        self.candidate = candidate
        # The article's proposal for it (review.article_defaults), else its own.
        self.default = default or default_for(candidate, matches, lookups)
        self.quotes = quotes
        self.matches = {m.target: m for m in matches}
        self.lookups = lookups
        self.participant_index = participant_index
        # Who the record proposed to cite has already (recorded.already_there): not
        # ticked, and said beside their names.
        self.already = self.already_there(round_roles or {})
        kwargs["initial"] = {**self.proposal(), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        # The records that creating the candidate would repeat (its strong matches): as
        # proposed, or as the editor's reading repeats them when they changed the date,
        # the precision, the track, the round or the kind (those offered to cite too).
        self.repeats: list[Match] = [m for m in matches if m.strong]
        self.edited = False
        if self.is_bound and (edited := self.edited_candidate()) is not None:
            self.edited, self.repeats = True, []
            for match in find_matches(edited, lookups):
                self.matches.setdefault(match.target, match)
                if match.strong:
                    self.repeats.append(match)
            matches = list(self.matches.values())
        # Any record near its dates may be cited by the editor's choice, after the matches.
        nearby = records_nearby(candidate, matches, lookups)
        if self.edited:
            nearby += records_nearby(edited, [*matches, *nearby], lookups)
        self.offered: dict[str, Match] = {**self.matches, **{m.target: m for m in nearby}}
        actions = [(ACTION_CREATE, "Create a new event")]
        if self.offered:
            actions.append((ACTION_CITE, "Add this source as a citation to the existing record"))
        actions.append((ACTION_SKIP, "Skip"))
        self.fields["action"].choices = actions
        # (With no match, no record is chosen until the editor picks one.)
        blank = [("", "—")] if nearby and not matches else []
        self.fields["target"].choices = blank + [(m.target, m.label) for m in self.offered.values()]
        self.fields["track"].choices = track_choices
        self.fields["round"].choices = [
            ("", "—"),
            *(
                (str(r.pk), f"{r.title} ({r.start_date:%Y-%m-%d})")
                for r in rounds_offered(candidate, matches, lookups)
            ),
        ]
        # The sentence's people (ticked), then the article's other known people.
        offered = dict.fromkeys(sentence_participants(candidate, lookups))
        offered.update(
            dict.fromkeys(s for s in lookups.article_people if s in lookups.participants)
        )
        self.fields["participants"].choices = [
            (slug, participant_label(lookups.participants[slug].name, self.already.get(slug)))
            for slug in offered
        ]
        self.fields["new_names"].choices = new_name_choices(candidate.get("new_names") or ())
        self.spelling = add_spelling_fields(self, candidate.get("new_names") or ())

    def already_there(self, round_roles: dict[int, dict[str, list[str]]]) -> dict[str, str]:
        """{slug: why} of the people not ticked: on the record the candidate proposes to
        cite, those it has already and the sentence's people the sentence does not tell
        took part in it (review.attending); on a gathering it proposes to create, those the
        sentence tells only reported it (review.reporters)."""
        target = self.default.target
        if dated_in_purpose(self.candidate, self.lookups.language):
            why = "not ticked: the date is of what their meeting came ahead of"
            return dict.fromkeys(sentence_people(self.candidate), why)
        if self.default.action == ACTION_CREATE:
            why = "not ticked: the sentence tells they reported it, not that they took part"
            return dict.fromkeys(reporters(self.candidate, self.lookups.language), why)
        if self.default.action != ACTION_CITE or target is None:
            return {}
        if not isinstance(record := target.record, Event | Round):
            return {}
        people = self.lookups.people_of.get(("Event", record.pk), frozenset())
        said = recorded.already_there(record, roles=round_roles, event_people=people)
        attendees = attending(self.candidate, record, self.lookups.language)
        # Not that happening's own people: offered, not ticked.
        why = f"not ticked: the sentence does not tell they took part in {record}"
        return {
            **{
                s: why
                for s in sentence_participants(self.candidate, self.lookups)
                if s not in attendees
            },
            **said,
        }

    # The hidden input listing the matches the page showed (review.html), which the accept
    # checks again (rematch.check_creates).
    SHOWN = "shown"

    @property
    def shown_value(self) -> str:
        """The targets of the matches this page shows, as its hidden input holds them."""
        return " ".join(self.matches)

    def shown_targets(self) -> frozenset[str]:
        """The matches the page the editor sent showed: its hidden input's, with those of
        the editor's own reading (an edited date is matched when sent: this form's own
        checks say what it repeats). A page drawn without the input: this form's matches."""
        sent = self.data.get(self.add_prefix(self.SHOWN))
        if sent is None:
            return frozenset(self.matches)
        return frozenset(sent.split()) | (frozenset(self.matches) if self.edited else frozenset())

    def edited_candidate(self) -> dict | None:
        """The candidate as the editor's POST reads it, when they changed what matching
        looks at (date, end, precision, track, round, kind); None when unchanged or not
        readable (the field's own validation says why)."""
        posted = {name: self.data.get(self.add_prefix(name), "") for name in EDITED_FIELDS}
        initial = {
            name: "" if (value := self.initial.get(name)) is None else str(value)
            for name in EDITED_FIELDS
        }
        if posted == initial:
            return None
        tracks = {str(t.pk): t.slug for t in self.lookups.tracks.values()}
        rounds = {str(r.pk): r.slug for r in self.lookups.rounds.values()}
        try:
            start, end = parse_date(posted["date"]), parse_date(posted["end_date"])
        except ValueError:
            return None
        if start is None or not FIRST_DATE <= start <= LAST_DATE:
            return None
        if posted["precision"] not in Precision.values:
            return None
        return {
            **self.candidate,
            "date": start.isoformat(),
            "end_date": end.isoformat() if end and end >= start else None,
            "precision": posted["precision"],
            "track": tracks.get(posted["track"]),
            "round_slug": rounds.get(posted["round"]),
            "kind": posted["kind"],
        }

    @property
    def is_duplicate(self) -> bool:
        """Some record may be the one it repeats (the citing choice is offered)."""
        return bool(self.matches)

    @property
    def is_likely_duplicate(self) -> bool:
        """A record matches strongly enough to propose citing it."""
        return any(m.strong for m in self.matches.values())

    def proposal(self) -> dict:
        """The pipeline's reading as initial values; a likely duplicate (a strong match)
        proposes citing the best match, a weak match is only offered."""
        c = self.candidate
        round_ = self.lookups.rounds.get(c.get("round_slug") or "")
        track = self.lookups.track(c.get("track")) or (round_.track if round_ else None)
        default = self.default
        # (A possible match, skipped by default, lends the candidate nothing of its own.)
        best = default.target.record if default.target and default.target.strong else None
        if track is None and best is not None:
            # The record the sentence repeats says which track it belongs to.
            track = getattr(best, "track", None)
            round_ = round_ or (best if isinstance(best, Round) else getattr(best, "round", None))
        # What a meeting came ahead of is proposed as itself, should the editor create it.
        seen = as_ahead_of(c, self.lookups.language)
        return {
            "action": default.action,
            # (None preselected for what a meeting came ahead of: default_for.)
            "target": default.target.target
            if default.target
            else ""
            if default.reason in AHEAD_REASONS
            else next(iter(self.matches), ""),
            "quote": c.get("quote") or "",
            # A happening added by hand keeps the editor's title and chosen new names.
            "title": c.get("title") or suggest_title(seen, self.lookups, repeats=best),
            "new_names": list(c.get("new_names") or ()) if c.get("by_hand") else [],
            "kind": event_kind(seen.get("kind") or ""),
            "date": parse_date(c["date"]),
            "precision": c["precision"],
            "end_date": parse_date(c.get("end_date")),
            "track": str(track.pk) if track else "",
            "round": str(round_.pk) if round_ else "",
            "participants": [
                s for s in sentence_participants(c, self.lookups) if s not in self.already
            ],
            # A happening added by hand keeps the editor's place, as its title.
            "place": (c.get("place") if c.get("by_hand") else "")
            or candidate_place(c, self.lookups.language)
            or (getattr(best, "place", "") or getattr(best, "city", ""))[:100],
            "confidence": confidence_label(c.get("confidence"), attributed=self.lookups.attributed),
        }

    def quote_edited(self) -> bool:
        sent = self.cleaned_data.get("quote") or ""
        return normalised(sent) != normalised(self.candidate.get("quote") or "")

    def clean_quote(self):
        """The pipeline's sentence as it was; one the editor changed must be the
        article's."""
        quote = self.cleaned_data["quote"]
        proposed = self.candidate.get("quote") or ""
        if self.add_prefix("quote") not in self.data or normalised(quote) == normalised(proposed):
            return proposed  # (a page drawn before quotes were editable sends none)
        if self.cleaned_data.get("action") == ACTION_SKIP:
            return proposed  # nothing cites a skipped candidate's quote
        if not normalised(quote):
            raise ValidationError("Give the sentence of the article that the record cites.")
        if not self.quotes.contains(quote):
            raise ValidationError(
                "This quote is not text of the article: copy the sentence from the article's "
                "text (at the foot of the page); spaces and line breaks may differ."
            )
        return quote

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action in (ACTION_CITE, ACTION_CREATE):
            clean_spelt_names(self, data)
        if action == ACTION_CITE:
            clean_added_participants(self, data)
            if data.get("target") not in self.offered:
                self.add_error("target", "Choose the existing record to cite.")
            elif isinstance(record := self.offered[data["target"]].record, FIXED_PEOPLE):
                # Names given are never dropped unsaid (outside tester t9b, 7).
                who = (
                    "An agreement's signatories are added with their role in the admin"
                    if isinstance(record, Agreement)
                    else "A tenure's envoy is its own: no one is added to it"
                )
                why = who + ", not from a review: {} them, or cite or create an event instead."
                if data.get("new_names"):
                    self.add_error("new_names", why.format("untick"))
                if data.get("added_participants"):
                    self.add_error("add_participants", why.format("clear"))
            return data
        if action != ACTION_CREATE:
            return data
        if self.repeats and not data.get("confirm_create"):
            # Whatever the page sent (a likely duplicate set to Create, a hand-made POST):
            # a second record of one happening is created only when the editor says so.
            records = "; ".join(f"{m.label}" for m in self.repeats)
            self.add_error(
                "confirm_create",
                f"{'As you edited it, this' if self.edited else 'This'} candidate repeats a "
                f"stored record: {records}. Cite that record instead (“Add this source as a "
                "citation”), or tick “Create it all the same” if it is another happening.",
            )
        if not (data.get("title") or "").strip() and "title" not in self.errors:
            # (A title refused already, too long, has its own message.)
            self.add_error("title", "Give the new event a title.")
        clean_span(self, data)
        self.check_quote_states_date(data)
        clean_added_participants(self, data)
        return data

    def check_quote_states_date(self, data: dict) -> None:
        """An event created with a date or a quote the editor changed: the quote states the
        date, as the pipeline reads dates, or the editor is asked for the sentence that
        does (a record citing a sentence that does not state its fact is no record). The
        pipeline's own reading is not checked again: it may take its date from the
        article's dateline or the sentence before."""
        edited = {"date", "precision", "end_date"} & set(self.changed_data) or self.quote_edited()
        if not edited or {"date", "precision", "end_date", "quote"} & set(self.errors):
            return
        start, precision = data.get("date"), data.get("precision")
        if start is None or not precision:
            return
        quote = data.get("quote") or ""
        if message := self.quotes.date_error(
            quote, start=truncate(start, precision), precision=precision, end=data.get("end_date")
        ):
            self.add_error("quote", message)

    def decision(self) -> Decision | None:
        data = self.cleaned_data
        quote = citation_quote(self.candidate)
        if self.quote_edited():
            quote = normalised(data["quote"])
        if data["action"] == ACTION_SKIP:
            return None
        participants = [self.participant_index.by_slug[s] for s in data["participants"]]
        if data["action"] == ACTION_CITE:
            record = self.offered[data["target"]].record
            if isinstance(record, FIXED_PEOPLE):
                # (An agreement's signatories are set with their role in the admin, a
                # tenure has its envoy: clean() refuses names typed or ticked new.)
                return Decision(quote=quote, cite=record)
            # The ticked found participants join the record cited as the typed ones do
            # (outside tester t9r, 2): an event's participants, a round's attendees.
            people = {p.pk: p for p in (*participants, *data["added_participants"])}
            return Decision(
                quote=quote,
                cite=record,
                new_participant_names=tuple(data["stored_new_names"]),
                added_participants=tuple(people.values()),
            )
        rounds_by_pk = {str(r.pk): r for r in self.lookups.rounds.values()}
        tracks_by_pk = {str(t.pk): t for t in self.lookups.tracks.values()}
        return Decision(
            quote=quote,
            create=NewEvent(
                title=data["title"].strip(),
                kind=data["kind"],
                start_date=data["date"],
                precision=data["precision"],
                end_date=data.get("end_date"),
                track=tracks_by_pk.get(data.get("track") or ""),
                round=rounds_by_pk.get(data.get("round") or ""),
                participants=tuple(participants + data["added_participants"]),
                new_participant_names=tuple(data["stored_new_names"]),
                place=data.get("place", "").strip(),
                confidence=data["confidence"],
            ),
        )


class HappeningForm(forms.Form):
    """The review page's "Add a happening by hand": a dated happening the pipeline did
    not propose, with the sentence of the article that states its date. Valid, it becomes
    one more candidate of the article (by_hand.add_happening)."""

    prefix = "hand"

    date = SupportedDateField(widget=widgets.DateInput(attrs={"type": "date"}, format=ISO_DATE))
    precision = ChoiceField(choices=Precision.choices, initial=Precision.DAY, widget=widgets.Select)
    end_date = SupportedDateField(
        label="End date",
        required=False,
        widget=widgets.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    title = TitleField(
        max_length=300, widget=widgets.TextInput, validators=[no_invisible_inside_word]
    )
    kind = ChoiceField(
        choices=Event.Kind.choices, initial=Event.Kind.MEETING, widget=widgets.Select
    )
    track = ChoiceField(required=False, widget=widgets.Select)
    round = ChoiceField(required=False, widget=widgets.Select)
    quote = forms.CharField(
        max_length=MAX_QUOTE_CHARS,
        widget=widgets.Textarea(attrs={"rows": 3}),
        help_text="Copy the sentence from the article's text (at the foot of the page); "
        "it must state the date.",
    )
    participants = MultipleChoiceField(
        required=False, widget=widgets.CheckboxSelectMultiple, label="Participants found"
    )
    new_names = MultipleChoiceField(
        required=False,
        widget=widgets.CheckboxSelectMultiple,
        label="Add as new participants",
        help_text="Names the record does not know yet; ticked ones are created as people.",
    )
    add_participants = forms.CharField(
        label="Add participants",
        required=False,
        max_length=1000,
        help_text="Known names, aliases or slugs, separated by commas.",
        widget=widgets.TextInput,
    )
    place = place_field()

    # The fields an editor fills in; the others start with a value.
    TYPED = ("date", "end_date", "title", "quote", "track", "round", "participants",
             "new_names", "add_participants", "place")  # fmt: skip

    def __init__(self, *args, lookups: Lookups, people: list[dict], quotes: QuoteChecker,
                 participant_index: ParticipantIndex, **kwargs):  # fmt: skip
        super().__init__(*args, **kwargs)
        self.lookups = lookups
        self.quotes = quotes
        self.participant_index = participant_index
        self.fields["track"].choices = [
            ("", NO_TRACK_LABEL),
            *((t.slug, t.name) for t in lookups.tracks.values()),
        ]
        self.fields["round"].choices = [
            ("", "—"),
            *(
                (r.slug, f"{r.title} ({r.start_date:%Y-%m-%d})")
                for r in sorted(lookups.rounds.values(), key=lambda r: r.start_date)
            ),
        ]
        self.fields["participants"].choices = [
            (slug, lookups.participants[slug].name)
            for slug in lookups.article_people
            if slug in lookups.participants
        ]
        self.fields["new_names"].choices = new_name_choices(
            p["name"] for p in people if "name" in p
        )

    @classmethod
    def started(cls, data) -> bool:
        """Whether a review's POST carries a happening typed in but not added."""
        return any(
            value.strip() for name in cls.TYPED for value in data.getlist(f"{cls.prefix}-{name}")
        )

    def clean_quote(self):
        quote = self.cleaned_data["quote"]
        if not self.quotes.contains(quote):
            raise ValidationError(
                "This quote is not text of the article: copy the sentence from the article's "
                "text (at the foot of the page); spaces and line breaks may differ."
            )
        return normalised(quote)

    def clean(self):
        data = super().clean()
        if (
            clean_span(self, data)
            and data.get("quote")
            and (
                message := self.quotes.date_error(
                    data["quote"],
                    start=data["date"],
                    precision=data["precision"],
                    end=data.get("end_date"),
                )
            )
        ):
            self.add_error("quote", message)
        round_ = self.lookups.rounds.get(data.get("round") or "")
        track = self.lookups.tracks.get(data.get("track") or "")
        if round_ and track and round_.track_id != track.pk:
            self.add_error("round", f"{round_.title} is a round of {round_.track.name}.")
        clean_added_participants(self, data)
        return data

    def happening(self) -> Happening:
        data = self.cleaned_data
        known = [self.participant_index.by_slug[s] for s in data["participants"]]
        people = {p.pk: p for p in (*known, *data["added_participants"])}
        return Happening(
            title=data["title"].strip(),
            kind=data["kind"],
            start_date=data["date"],
            precision=data["precision"],
            end_date=data.get("end_date"),
            quote=data["quote"],
            track=self.lookups.tracks.get(data.get("track") or ""),
            round=self.lookups.rounds.get(data.get("round") or ""),
            participants=tuple(people.values()),
            new_names=tuple(data["new_names"]),
            place=(data.get("place") or "").strip(),
        )


class BaseCandidateFormSet(CountCheckedFormSet, forms.BaseFormSet):
    def __init__(self, *args, candidates, matches, lookups, quotes: QuoteChecker, **kwargs):
        self.candidates = candidates
        self.candidate_matches = matches
        self.lookups = lookups
        # (Extends a candidate's matches with the record an earlier one of the same
        # happening cites.)
        self.defaults = article_defaults(candidates, matches, lookups)
        # The roles of the article's people on the rounds proposed to cite (one query).
        self.round_roles = recorded.round_roles(
            {d.target.record for d in self.defaults
             if d.action == ACTION_CITE and isinstance(d.target.record, Round)},
            lookups.participants,
        )  # fmt: skip
        self.quotes = quotes
        self.participant_index = ParticipantIndex()
        self.track_choices = [
            ("", NO_TRACK_LABEL),
            *((str(t.pk), t.name) for t in lookups.tracks.values()),
        ]
        super().__init__(*args, **kwargs)

    # One form per candidate, whatever the POST's management form claims; all count as
    # initial forms, so that one left as proposed is validated and accepted, not taken
    # for an untouched blank "extra" form and dropped.
    def total_form_count(self) -> int:
        return len(self.candidates)

    def initial_form_count(self) -> int:
        return len(self.candidates)

    def get_form_kwargs(self, index):
        return {
            "candidate": self.candidates[index],
            "matches": self.candidate_matches[index],
            "lookups": self.lookups,
            "track_choices": self.track_choices,
            "participant_index": self.participant_index,
            "quotes": self.quotes,
            "default": self.defaults[index],
            "round_roles": self.round_roles,
        }

    def count_refusal(self, total, initial) -> ValidationError | None:
        """The page sent one form per candidate, as it was drawn; a management form that
        claims another number (a damaged or stale page, a hand-made POST with -1 or a
        billion) is refused whole, in words an editor can act on, rather than read as the
        proposals of forms it never sent."""
        expected = len(self.candidates)
        if (total, initial) == (expected, expected):
            return None
        return ValidationError(
            "This review page does not match the article: its form counts (%(total)s "
            "forms in all, %(initial)s of them proposed) should both be %(expected)s, "
            "the article's candidates. Nothing was stored; reload the page and review "
            "again.",
            code="form_count",
            params={"total": total, "initial": initial, "expected": expected},
        )

    def decisions(self) -> list[Decision]:
        return [d for form in self.forms if (d := form.decision()) is not None]


# A review holds at most REVIEW_CANDIDATE_CAP candidates (intake.max_review_candidates),
# which the page's MAX_NUM_FORMS says.
CandidateFormSet = forms.formset_factory(
    CandidateForm,
    formset=BaseCandidateFormSet,
    extra=0,
    max_num=REVIEW_CANDIDATE_CAP,
    absolute_max=REVIEW_CANDIDATE_CAP,
)
