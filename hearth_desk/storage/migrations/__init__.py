"""Alembic revisions, shipped inside the package so the installed program can migrate."""

# The newest revision in ``versions/``. Opening a store compares its ``alembic_version``
# with this and imports Alembic only when they differ: Alembic costs a read-only
# command (``print``, ``find``) and the window's start a fifth of a second.
# tests/storage/test_migrations.py checks it against Alembic's own view of the folder.
HEAD_REVISION = "0009"
