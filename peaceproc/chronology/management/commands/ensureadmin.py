import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create an admin account with a random password when no superuser exists, and print "
        "the password once. Does nothing (and says so) when one exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/",
            help="Where the site is served (make run passes its HOST and PORT).",
        )

    def handle(self, *args, username: str, url: str, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"An admin account exists already: sign in at {url.rstrip('/')}/admin/. "
                "Forgot its password? Run: .venv/bin/python manage.py changepassword <username>"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        bar = "=" * 70
        self.stdout.write(
            self.style.SUCCESS(
                f"{bar}\nCreated the admin account (shown only this once):\n"
                f"  user:     {username}\n  password: {password}\n"
                f"Sign in at {url.rstrip('/')}/admin/ and change it there.\n{bar}"
            )
        )
