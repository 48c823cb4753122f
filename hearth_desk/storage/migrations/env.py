"""Alembic environment: always driven from ``hearth_desk.storage.migrate`` with a live
connection, never from a repository-level ``alembic.ini``."""

from __future__ import annotations

from alembic import context

from hearth_desk.domain.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
