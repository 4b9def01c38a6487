"""Alembic's environment for the store: migrations run on the connection ``store.migrate``
hands over (``config.attributes["connection"]``), never on a URL of their own."""

from alembic import context

from store.tables import metadata

connection = context.config.attributes["connection"]
# Batch mode lets SQLite, which cannot alter most of a table in place, take the same
# migrations as PostgreSQL (Alembic copies the table where it must).
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
