from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core import validators
from django.utils import timezone

from . import lockout


def lockout_message(until) -> str:
    minutes = max(1, round((until - timezone.now()).total_seconds() / 60))
    return (
        f"Too many failed sign-in attempts from your address "
        f"({settings.LOGIN_FAILURE_LIMIT} within {settings.LOGIN_COOLOFF_MINUTES} minutes). "
        f"Sign-in from it is locked for "
        f"{settings.LOGIN_COOLOFF_MINUTES} minutes: try again in {minutes} minute"
        f"{'s' if minutes != 1 else ''}, after {timezone.localtime(until):%H:%M %Z}."
    )


# Longer than any password the validators let an editor choose, and refused before the
# hasher runs (a username is held to its column's length, 150).
MAX_PASSWORD_CHARS = 1024


class LockoutAdminAuthenticationForm(AdminAuthenticationForm):
    """The admin's sign-in form, saying when and for how long sign-in is locked. An
    over-long username or password is refused as the form is read, before any check."""

    password = forms.CharField(
        label="Password",
        strip=False,
        max_length=MAX_PASSWORD_CHARS,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django sets the username's max_length after making the field, so without its
        # validator: a username of a megabyte would still be looked up and hashed for.
        limit = self.fields["username"].max_length
        self.fields["username"].validators.append(validators.MaxLengthValidator(limit))

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "locked_out": "%(message)s",
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        self._refuse_if_locked(username)
        try:
            return super().clean()
        except forms.ValidationError:
            # This failure may have been the one that locked the account.
            self._refuse_if_locked(username)
            raise

    def _refuse_if_locked(self, username):
        if username and (until := lockout.locked_until(self.request)):
            raise forms.ValidationError(
                self.error_messages["locked_out"],
                code="locked_out",
                params={"message": lockout_message(until)},
            )
