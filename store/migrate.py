"""Every store carries its schema revision (Alembic's ``alembic_version`` table).

``Store.open`` calls ``prepare``: a new store gets the whole schema and the newest
revision; a store from an earlier release is migrated (the revisions in
``store/migrations/versions/``); a store written before revisions existed (0.1.0) gets
the tables and nullable columns it lacks, as that release did itself, and is stamped;
a store from a newer release is refused with one line, never misread.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from store.tables import metadata

HEAD = "0007"  # the newest revision in store/migrations/versions/: a test keeps them equal
MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


class SchemaError(Exception):
    """The store's schema is one this release cannot read."""


def revision_of(engine: Engine) -> str | None:
    """The store's schema revision; None for a new store or one from before revisions.

    Read with a plain query: Alembic itself (0.2 s to import) loads only when a store
    needs stamping or migrating, not on every command."""
    if not inspect(engine).has_table(VERSION_TABLE):
        return None
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def prepare(engine: Engine) -> None:
    """Make the store at ``engine`` one this release reads and writes (see the module)."""
    current = revision_of(engine)
    if current == HEAD:
        return
    if current is None:
        existing = set(inspect(engine).get_table_names())
        metadata.create_all(engine)
        if existing & set(metadata.tables):
            add_missing_columns(engine)
        _run(engine, "stamp")
        return
    if not _known(current):
        raise SchemaError(
            f"its schema revision {current} is newer than this touchpoint knows ({HEAD}): "
            "upgrade touchpoint (pip install -U touchpoint) to open it"
        ) from None
    _run(engine, "upgrade")


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory(str(MIGRATIONS)).get_revision(revision) is not None
    except CommandError:
        return False


def _run(engine: Engine, what: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        if what == "stamp":
            command.stamp(config, "head")
        else:
            command.upgrade(config, "head")


def add_missing_columns(engine: Engine) -> None:
    """Give a store written before schema revisions the nullable columns added since.

    Only additive changes were ever made this way (a new column is NULL in old rows,
    which every reader takes as "not recorded"); revisions do everything after it.
    """
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.execute(
                        text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}')
                    )
