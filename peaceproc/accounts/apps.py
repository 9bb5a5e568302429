from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "peaceproc.accounts"
    verbose_name = "Accounts and sign-in"

    def ready(self):
        from django.contrib import admin
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from . import checks, lockout, roles  # noqa: F401 (checks registers itself)
        from .forms import LockoutAdminAuthenticationForm

        user_login_failed.connect(lockout.on_login_failed, dispatch_uid="accounts.failed")
        user_logged_in.connect(lockout.on_logged_in, dispatch_uid="accounts.logged_in")
        # The admin's sign-in is the site's only one; this form states the cool-off.
        admin.site.login_form = LockoutAdminAuthenticationForm
        # The data migration creates the groups; this keeps them whole afterwards, when a
        # later migration adds models (ingestion's) or a flush (TransactionTestCase) empties
        # the tables.
        post_migrate.connect(roles.on_post_migrate, sender=self, dispatch_uid="accounts.roles")
