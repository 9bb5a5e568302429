from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html

from peaceproc.audit.admin import AuditedAdminMixin

from . import services
from .admin_alike import (
    AgreementAlikeForm,
    AliasAlikeForm,
    EventAlikeForm,
    ParticipantAlikeForm,
    RoundAlikeForm,
    TenureAlikeForm,
)
from .admin_inlines import ROWS_MAX, BoundedRowsFormSet, HeldRowsInline
from .catalogue import catalogue
from .models import (
    Agreement,
    Citation,
    Conflict,
    EnvoyTenure,
    Event,
    FormerSlug,
    Participant,
    ParticipantAlias,
    Participation,
    Round,
    Source,
    Track,
)
from .urlkeys import url_key


class CitationInline(HeldRowsInline, admin.TabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    deferred = ("source__text",)
    fields = ["source", "quote", "note"]


class RoundCitationInline(CitationInline):
    fk_name = "round"


class EventCitationInline(CitationInline):
    fk_name = "event"


class AgreementCitationInline(CitationInline):
    fk_name = "agreement"


class TenureCitationInline(CitationInline):
    fk_name = "tenure"


class ParticipationInline(HeldRowsInline, admin.TabularInline):
    model = Participation
    fk_name = "round"
    extra = 0
    autocomplete_fields = ["participant", "on_behalf_of", "source"]
    deferred = ("source__text",)
    fields = ["participant", "role", "on_behalf_of", "title", "source", "note"]


class EventParticipationInline(ParticipationInline):
    fk_name = "event"


class AgreementParticipationInline(ParticipationInline):
    fk_name = "agreement"


class ConflictInline(HeldRowsInline, admin.StackedInline):
    model = Conflict
    extra = 0
    autocomplete_fields = ["source_a", "source_b"]
    deferred = ("source_a__text", "source_b__text")
    fields = ["field", ("value_a", "source_a"), ("value_b", "source_b"), "choice", "reason"]


class RoundConflictInline(ConflictInline):
    fk_name = "round"


class EventConflictInline(ConflictInline):
    fk_name = "event"


class AgreementConflictInline(ConflictInline):
    fk_name = "agreement"


class TenureConflictInline(ConflictInline):
    fk_name = "tenure"


class AliasInline(admin.TabularInline):
    model = ParticipantAlias
    form = AliasAlikeForm
    formset = BoundedRowsFormSet
    max_num = ROWS_MAX
    extra = 1


class SlugFreeForm(forms.ModelForm):
    """A slugged record's form: its slug is no other record's former slug (whose links
    lead to that record), said on the field with the record named. A slug is kept in lower
    case, as addresses are looked up (`Astana-Five` is saved `astana-five`). A date known
    to a month or a year is saved as the period's first day (services.at_period_starts)."""

    def clean_slug(self):
        return self.cleaned_data["slug"].lower()

    def clean(self):
        cleaned = super().clean()
        cleaned.update(services.at_period_starts(model=self._meta.model, values=cleaned))
        slug = cleaned.get("slug")
        if slug and slug != self.initial.get("slug"):
            # (a slug not in canonical form is refused by its validator, offering the
            # canonical one: that one is checked too, as an address reads the slug as it)
            try:
                services.check_slug_forms_free(
                    model=self._meta.model, slug=slug, pk=self.instance.pk
                )
            except ValidationError as taken:
                self.add_error(None, taken)  # (on the slug field: the error names it)
        return cleaned


class EventForm(EventAlikeForm, SlugFreeForm):
    """An event's form: a free slug, and no copy of a stored event unsaid."""


class RoundForm(RoundAlikeForm, SlugFreeForm):
    """A round's form: a free slug, and no copy of a stored round unsaid."""


class ParticipantForm(ParticipantAlikeForm, SlugFreeForm):
    """A participant's form: a free slug, and no second entry for someone stored."""


class AgreementForm(AgreementAlikeForm, SlugFreeForm):
    """An agreement's form: a free slug, and no copy of a stored agreement unsaid."""


class TenureForm(TenureAlikeForm, SlugFreeForm):
    """An envoy tenure's form: a free slug, and no second tenure of one envoy at once."""


class SlugRenameAdminMixin:
    """A slug edited here is renamed by services.rename_slug, the one way a slug changes:
    the former slug keeps leading to the record. Put it before AuditedAdminMixin: the
    rename is kept in the audit trail as a change of its own, the form's other fields in
    the change after it. A new record's slug, or a new slug, is no other record's former
    slug (SlugFreeForm)."""

    form = SlugFreeForm

    def save_model(self, request, obj, form, change):
        if change and "slug" in form.changed_data:
            stored = type(obj)._default_manager.get(pk=obj.pk)
            services.rename_slug(record=stored, slug=obj.slug, user=request.user, via="admin")
        super().save_model(request, obj, form, change)


@admin.register(Track)
class TrackAdmin(SlugRenameAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    """A track's slug is renamed as a round's is: its former slug is kept (the ingestion
    finds the track by it) and no other track may take it (outside tester t11d, N3)."""

    list_display = ["name", "slug", "colour", "order", "shown_by_default"]
    list_editable = ["order", "shown_by_default"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Round)
class RoundAdmin(SlugRenameAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "track",
        "number",
        "start_date",
        "end_date",
        "city",
        "status",
    ]
    list_filter = ["track", "status", "confidence", "city"]
    list_select_related = ["track"]
    search_fields = ["title", "slug", "city", "summary"]
    date_hierarchy = "start_date"
    ordering = ["start_date"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ParticipationInline, RoundCitationInline, RoundConflictInline]
    form = RoundForm
    fieldsets = [
        (None, {"fields": ["track", "number", "title", "slug", "status", "different"]}),
        ("When and where", {"fields": ["start_date", "end_date", "city"]}),
        ("Outcome", {"fields": ["outcome_kind", "next_date", "next_precision"]}),
        ("Record", {"fields": ["summary", "confidence"]}),
    ]


@admin.register(Participant)
class ParticipantAdmin(SlugRenameAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "represents", "slug", "round_count"]
    ordering = ["name"]
    list_filter = ["kind", "represents"]
    list_select_related = ["represents"]
    # A name's or an alias's start, or the whole slug: Django's search inside words would
    # find 'Donald' and 'International' for 'Onal' (outside tester t14c, 8); the site's
    # search (get_search_results) finds a part inside a word as the API's `q` does.
    search_fields = ["^name", "=slug", "^aliases__name"]
    autocomplete_fields = ["represents"]
    prepopulated_fields = {"slug": ["name"]}
    form = ParticipantForm
    inlines = [AliasInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(round_count=Count("participations__round", distinct=True))
        )

    @admin.display(description="Rounds", ordering="round_count")
    def round_count(self, obj):
        return obj.round_count

    def get_search_results(self, request, queryset, search_term):
        """Django's search of names, slugs and aliases, and the site's own search of people
        (Catalogue.named: folded names and aliases in every script, words as word starts,
        case forms, names that sound alike): the list's search box and every autocomplete
        box that picks a participant (a participation's, a tenure's envoy, an event's
        people) find whom the participants page and the API find ('Lávrov', 'Лаврова')."""
        if not search_term.strip():
            return queryset, False
        matched, _ = super().get_search_results(
            request, self.model._default_manager.all(), search_term
        )
        named = catalogue().named(search_term).found
        return queryset.filter(Q(pk__in=matched.values("pk")) | Q(pk__in=named)), False


@admin.register(Participation)
class ParticipationAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["participant", "role", "title", "round", "event", "agreement", "on_behalf_of"]
    list_filter = ["role", "round__track", "round"]
    list_select_related = ["participant", "round", "event", "agreement", "on_behalf_of"]
    search_fields = ["participant__name", "round__title", "agreement__title", "title", "note"]
    autocomplete_fields = ["round", "event", "agreement", "participant", "on_behalf_of", "source"]


@admin.register(Agreement)
class AgreementAdmin(SlugRenameAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "date", "precision", "track", "round"]
    list_filter = ["kind", "track", "precision", "round", "confidence"]
    list_select_related = ["track", "round"]
    search_fields = ["title", "slug", "summary"]
    date_hierarchy = "date"
    autocomplete_fields = ["round"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [AgreementParticipationInline, AgreementCitationInline, AgreementConflictInline]
    form = AgreementForm


@admin.register(Event)
class EventAdmin(SlugRenameAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "kind",
        "start_date",
        "precision",
        "track",
        "round",
        "place",
    ]
    list_filter = ["track", "kind", "precision", "confidence", "round"]
    list_select_related = ["track", "round"]
    search_fields = ["title", "slug", "summary", "place"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["round", "participants", "agreement"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [EventParticipationInline, EventCitationInline, EventConflictInline]
    form = EventForm
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "track", "round", "agreement", "different"]}),
        ("Outcome", {"fields": ["outcome_kind", "next_date", "next_precision"]}),
        (
            "When and where",
            {
                "fields": ["start_date", "precision", "end_date", "place"],
                "description": "For a month or a year, give its first day and the precision.",
            },
        ),
        ("Who and what", {"fields": ["participants", "summary", "confidence"]}),
    ]


@admin.register(EnvoyTenure)
class EnvoyTenureAdmin(SlugRenameAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["title", "envoy", "start_date", "end_date"]
    list_select_related = ["envoy"]
    search_fields = ["title", "envoy__name"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["envoy"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [TenureCitationInline, TenureConflictInline]
    form = TenureForm


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["url", "publisher", "title", "published_on", "language", "text"]

    def clean_url(self):
        """An address another source holds, under any spelling of it (urlkeys), is refused
        with a link to that source: one page is one source (outside tester t15a, 3). An
        unchanged address is not checked again (the seeds keep a reference beside the
        seed article's text, both of one address)."""
        url = self.cleaned_data["url"]
        if "url" in self.changed_data and (
            existing := services.source_of_url(url, besides=self.instance)
        ):
            link = reverse("admin:chronology_source_change", args=[existing.pk])
            raise ValidationError(
                format_html(
                    'This address is already that of <a href="{}">source #{} ({})</a>: '
                    "cite that source, or correct this address.",
                    link,
                    existing.pk,
                    str(existing),
                ),
                code="duplicate_url",
            )
        return url

    def clean_text(self):
        # A browser sends a textarea's lines ended by CRLF; a stored text's end with LF (as
        # the ingestion reads them): saved as sent, an unchanged text would change, and its
        # hash with it (outside tester t8q).
        text = self.cleaned_data["text"].replace("\r\n", "\n")
        existing = services.find_source_by_text(text)
        if existing and existing.pk != self.instance.pk:
            raise forms.ValidationError(
                f"This text is already stored as source #{existing.pk} ({existing})."
            )
        return text


@admin.register(Source)
class SourceAdmin(AuditedAdminMixin, admin.ModelAdmin):
    form = SourceForm
    list_display = [
        "__str__",
        "publisher",
        "published_on",
        "language",
        "url",
        "citation_count",
    ]
    list_filter = ["language", "publisher"]
    search_fields = ["title", "publisher", "url", "text"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "added_at"]

    def save_model(self, request, obj, form, change):
        # The hash follows the text, the key the address; the form above has already
        # refused a duplicate of either.
        obj.content_hash = services.text_hash(obj.text)
        obj.url_key = url_key(obj.url)
        super().save_model(request, obj, form, change)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(citation_count=Count("citations"))

    @admin.display(description="Citations", ordering="citation_count")
    def citation_count(self, obj):
        return obj.citation_count


@admin.register(Citation)
class CitationAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["source", "round", "event", "agreement", "tenure", "short_quote"]
    list_select_related = ["source", "round", "event", "agreement", "tenure"]
    list_filter = ["round__track"]
    search_fields = ["quote", "source__title", "source__url"]
    autocomplete_fields = ["source", "round", "event", "agreement", "tenure"]

    @admin.display(description="Quote")
    def short_quote(self, obj):
        return obj.quote[:80]


@admin.register(Conflict)
class ConflictAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "field", "value_a", "value_b", "choice"]
    list_select_related = ["round", "event", "agreement", "tenure"]
    list_filter = ["choice"]
    search_fields = ["field", "value_a", "value_b", "reason"]
    autocomplete_fields = ["round", "event", "agreement", "tenure", "source_a", "source_b"]


@admin.register(ParticipantAlias)
class ParticipantAliasAdmin(AuditedAdminMixin, admin.ModelAdmin):
    form = AliasAlikeForm
    list_display = ["name", "participant"]
    list_select_related = ["participant"]
    search_fields = ["name", "participant__name"]
    autocomplete_fields = ["participant"]


class FormerSlugForm(forms.ModelForm):
    """A former slug added or changed by hand passes the checks a rename's does
    (services.check_former_slug): it leads to a record that exists, is no record's slug
    now, and is written in lower case."""

    class Meta:
        model = FormerSlug
        fields = ["kind", "slug", "record_id"]

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                services.check_former_slug(
                    kind=cleaned["kind"], slug=cleaned["slug"], record_id=cleaned["record_id"]
                )
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


@admin.register(FormerSlug)
class FormerSlugAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """The slugs records had before a rename, whose URLs lead to them (rename_slug)."""

    form = FormerSlugForm

    list_display = ["slug", "kind", "record_id", "renamed_at"]
    list_filter = ["kind"]
    search_fields = ["slug"]
