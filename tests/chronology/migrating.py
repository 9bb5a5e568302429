"""The set-up of the migrations' tests: the database migrated to a given state."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase


class MigrationTestCase(TransactionTestCase):
    def tearDown(self):
        """The database as the other tests find it: every migration applied."""
        self.migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    def migrate(self, targets):
        """The database migrated to `targets`; the apps of that state."""
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(targets)
        return executor.loader.project_state(targets).apps
