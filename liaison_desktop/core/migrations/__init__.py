"""The schema migrations, oldest first, listed here rather than found by looking for files.

Peewee's runner globs ``[0-9]*.py`` in a folder; an installed zip, a PyInstaller bundle (modules
inside its archive, no ``.py`` files) or a wheel compiled to ``.pyc`` has no such files, and the
application would open every database as empty. Each migration is imported as a module of this
package instead, so it is found wherever the package itself is. Add a new migration's name here;
``tests/core/test_schema.py`` fails when a file in this folder is missing from the list.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import peewee
    from playhouse.migrations import Runner

MIGRATIONS = (
    "0001_initial",
    "0002_lifecycle",
    "0003_search_index",
    "0004_ledger",
)


def migration_module(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def packaged_runner(database: peewee.Database, table_name: str) -> Runner:
    """Peewee's migration runner over the migrations listed above."""
    from playhouse.migrations import Migration, Runner, _index

    class PackagedMigration(Migration):
        __slots__ = ()

        def load(self) -> ModuleType:
            return migration_module(self.name)

    class PackagedRunner(Runner):
        def migrations(self) -> list[Migration]:
            # ``path`` only has to be set (a row without one is a migration this version lacks)
            return [PackagedMigration(_index(n), n, f"{__name__}.{n}", None) for n in MIGRATIONS]

    return PackagedRunner(database, table_name=table_name)
