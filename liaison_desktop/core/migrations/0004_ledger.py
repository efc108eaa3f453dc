"""The ledger of sealed minutes: an append-only hash chain (see services/ledger.py).

Written after `pwmigrate ... generate ledger`'s schema diff. Meetings already final or signed are
sealed into the chain by ``open_database`` right after this migration ("adopt" entries), once
their pre-ledger content hash is confirmed; the migration itself only creates the table, so it
does not depend on the models of later versions.
"""

import uuid

from peewee import *


def up(migrator, db):
    class LedgerEntry(Model):
        uuid = UUIDField(unique=True, default=uuid.uuid4)
        position = IntegerField(unique=True)
        recorded_at = DateTimeField()
        operator = TextField()
        event = CharField()
        meeting_uuid = CharField(index=True)
        reference_no = CharField(null=True)
        seal_version = IntegerField()
        seal = CharField()
        parts = TextField()
        audit_through = IntegerField()
        previous = CharField()
        entry_hash = CharField(unique=True)

        class Meta:
            database = db
            table_name = "ledger_entry"

    db.create_tables([LedgerEntry])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("ledger_entry"))
