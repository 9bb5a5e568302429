from django.apps import AppConfig


class ChronologyConfig(AppConfig):
    name = "peaceproc.chronology"
    verbose_name = "Chronology"

    def ready(self):
        from peaceproc.audit.lookalikes import ALIKE_RULES
        from peaceproc.audit.services import REVERT_RULES

        from . import reverted_alike, services
        from .models import SluggedKind

        # A slug the admin's history restores changes as a rename does; a former slug
        # it restores passes the checks one added by hand does.
        for kind in SluggedKind.values:
            REVERT_RULES[self.get_model(kind)._meta.label] = services.slug_reverted
        REVERT_RULES[self.get_model("formerslug")._meta.label] = services.former_slug_reverted
        # A source's restored address gets its key, and is refused where the form would.
        REVERT_RULES[self.get_model("source")._meta.label] = services.source_reverted
        # A revert is refused where an admin save would be, as a copy of a stored record.
        ALIKE_RULES.update(reverted_alike.rules())
