"""Search index for SQLite: the analysed text of every searchable record, in FTS5.

Started with `pwmigrate ... create search_index` (there is no schema diff to generate from: these
tables are derived data owned by liaison_desktop.core.search.fts5, not Peewee models). Runs only
on SQLite; another database brings its own search engine and its own tables.

- search_doc holds what was indexed (needed to remove a document from an external-content FTS5
  table: SQLite 3.40 has no contentless delete). Its id encodes the date, status, record and kind
  (see fts5.py), so a date range and "the most recent matches" are rowid ranges FTS5 answers
  directly; meeting_id and action_id find the documents a change touches.
- search_fts splits only at spaces and ASCII punctuation (tokenize='ascii'), so Devanagari terms
  stay whole; tags holds filter tokens (kind, station, series, status).
- search_meta records which analysis built the index; the version starts at 1. Existing records
  are indexed by the first rebuild (the engine reports the index as not current).
"""

from peewee import SqliteDatabase

TABLES = ("search_fts", "search_doc", "search_meta")


def up(migrator, db):
    if not isinstance(db, SqliteDatabase):
        return
    db.execute_sql(
        "CREATE TABLE search_doc ("
        "id INTEGER PRIMARY KEY, meeting_id INTEGER, action_id INTEGER, "
        "terms TEXT NOT NULL, keys TEXT NOT NULL, tags TEXT NOT NULL)"
    )
    db.execute_sql("CREATE INDEX search_doc_meeting ON search_doc (meeting_id)")
    db.execute_sql("CREATE INDEX search_doc_action ON search_doc (action_id)")
    db.execute_sql(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "terms, keys, tags, content='search_doc', content_rowid='id', tokenize='ascii')"
    )
    db.execute_sql("CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute_sql("INSERT INTO search_meta (key, value) VALUES ('version', '1')")


def down(migrator, db):
    if not isinstance(db, SqliteDatabase):
        return
    for table in TABLES:
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")
