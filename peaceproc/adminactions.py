"""The items an admin list's action is asked to act on are the list's own ids, as the list
writes them, or the action is refused (400) with a page that says so, on every change list
at once.

A change list's action reads the ticked rows from `_selected_action` and filters the list
by them. A value that is no id of the model (`abc`, `1.5`, an empty string, a NUL) is only
found out when the database is asked, a ValueError and a 500; a value that Python reads as
an id but the list never writes (`٤`, ` 4`, `04`) would act on a row nobody ticked. Only a
hand-made request sends either, so it is answered before the action runs.
"""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError

from peaceproc import adminerrors


def is_written_id(field, value: str) -> bool:
    """Whether `value` is an id of `field` in the form the admin writes it (the id read
    back and written again gives the same text)."""
    try:
        read = field.to_python(value)
    except ValidationError:
        return False
    return read is not None and str(read) == value


class AdminSelectedIdsMiddleware(adminerrors.StaffAdminViewMiddleware):
    def refusal(self, request, url_name):
        if request.method != "POST" or not url_name.endswith("_changelist"):
            return None
        opts = adminerrors.model_opts(request)
        selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
        if opts is None or all(is_written_id(opts.pk, value) for value in selected):
            return None
        return adminerrors.bad_request(
            request,
            f"The action names items that are not {opts.verbose_name_plural} of this list. "
            "Tick the rows in the list and run the action again.",
        )
