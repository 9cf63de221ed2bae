"""The records database's schema, as Alembic migrations (tui.exam.database
runs them to head whenever it opens a database)."""
