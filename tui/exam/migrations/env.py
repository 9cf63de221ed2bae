"""Alembic's entry point: always handed an open connection by
tui.exam.database (which holds a lock so servers starting together migrate
one at a time)."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
