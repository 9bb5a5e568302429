"""An admin list's filter from the address that the database cannot apply is refused
(400) with a page naming it, on every change list at once (outside tester t9a, finding 3).

The admin reads any field lookup from the query string (`?published_on__year=99999`,
`?id__in=1,99999999999999999999`, `?title__regex=(`). One it cannot read at all (an
unknown field, a date that is no date) it answers itself ("invalid lookup"); these it
reads, and the query then fails as it is built or run: a year outside the calendar, a
number no integer column holds, a regular expression only the database parses, each a
500. Each filter is built here as the admin builds it and compiled, without running it;
what fails to compile, or binds a value no column holds, is refused. Regular
expressions are refused outright: no admin filter makes one and each database reads its
own dialect. Control characters are refused before this (querytext.py).
"""

from functools import cache

from django.contrib import admin
from django.contrib.admin.utils import build_q_object_from_lookup_parameters, prepare_lookup_value
from django.contrib.admin.views.main import ERROR_FLAG, IGNORED_PARAMS, PAGE_VAR
from django.core.exceptions import EmptyResultSet, FieldError, FullResultSet, ValidationError
from django.db.models.constants import LOOKUP_SEP

from peaceproc import adminerrors
from peaceproc.querytext import without_controls

NOT_LOOKUPS = frozenset((*IGNORED_PARAMS, ERROR_FLAG, PAGE_VAR))
REGEX_LOOKUPS = frozenset(("regex", "iregex"))
# The widest integer column (bigint) on both databases holds |n| < 2**63.
BIGINT_LIMIT = 2**63
SHOWN_CHARS = 60


@cache
def _changelists() -> dict[str, type]:
    """The models of the admin's change lists, by the lists' URL names."""
    return {f"{m._meta.app_label}_{m._meta.model_name}_changelist": m for m in admin.site._registry}


def _values(params) -> list:
    out = []
    for value in params:
        out.extend(_values(value) if isinstance(value, list | tuple) else [value])
    return out


def unusable_filter(model: type, name: str, values: list[str]) -> str:
    """Why the filter `name` with `values` cannot be applied to `model`'s list, else ""."""
    if REGEX_LOOKUPS & set(name.split(LOOKUP_SEP)):
        return "a list is not filtered by regular expressions."
    try:
        condition = build_q_object_from_lookup_parameters(
            {name: prepare_lookup_value(name, values)}
        )
        query = model._base_manager.filter(condition).query
    except (FieldError, ValidationError, ValueError, TypeError):
        return ""  # the admin's own "invalid lookup" answers it (or a list filter reads it)
    try:
        _, params = query.get_compiler(using=model._base_manager.db).as_sql()
    except (EmptyResultSet, FullResultSet):
        return ""
    except (ValueError, OverflowError) as exc:
        return f"{exc}."
    if any(isinstance(v, int) and not -BIGINT_LIMIT <= v < BIGINT_LIMIT for v in _values(params)):
        return "the number is out of range."
    return ""


class AdminListFiltersMiddleware(adminerrors.StaffAdminViewMiddleware):
    def refusal(self, request, url_name):
        model = _changelists().get(url_name)
        if model is None:
            return None
        for name, values in request.GET.lists():
            if name in NOT_LOOKUPS or not (reason := unusable_filter(model, name, values)):
                continue
            shown = without_controls(f"{name}={','.join(values)}")
            if len(shown) > SHOWN_CHARS:
                shown = shown[:SHOWN_CHARS] + "…"
            return adminerrors.bad_request(
                request,
                f"The list cannot be filtered by “{shown}”: {reason} "
                "Change or remove that filter in the address.",
            )
        return None
