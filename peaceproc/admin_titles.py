"""A change form returned with errors names the record as it is stored (re-tester t11c,
7c). Django titles the page, its heading, its breadcrumbs and each inline row (a
participation names its round) with the form's instance, which by then holds the values
refused, so an unsaved title read as the record's own."""

from django.core.exceptions import ObjectDoesNotExist


class StoredTitleMixin:
    """For a ModelAdmin: a change form shown again after a POST is drawn with its record
    read again from the database (one query, on refused saves only); its inputs keep the
    values the editor sent."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None and request.method == "POST":
            try:
                obj.refresh_from_db()
            except ObjectDoesNotExist:  # deleted meanwhile: named as sent
                pass
            else:
                context["subtitle"] = str(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)
