"""`manage.py setuplocked COMMAND [ARGS...]`: run a set-up command (migrate, loadseeds,
ensureadmin) holding the database's set-up lock (peaceproc/setuplock.py), so that two
set-ups started at once run one after the other instead of colliding."""

import argparse

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from peaceproc.setuplock import setup_lock

# The commands that change the database's schema or its shipped contents.
SET_UP = ("migrate", "loadseeds", "ensureadmin")


class Command(BaseCommand):
    help = f"Run one of {', '.join(SET_UP)} while holding the database's set-up lock."

    def add_arguments(self, parser):
        parser.add_argument("name", choices=SET_UP)
        # Everything after the command's name is that command's, options included.
        parser.add_argument("command_args", nargs=argparse.REMAINDER)

    def handle(self, *args, name: str, command_args: list[str], **options):
        with setup_lock(connection):
            call_command(name, *command_args)
