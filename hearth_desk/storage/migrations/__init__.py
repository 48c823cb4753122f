"""Alembic revisions, shipped inside the package so the installed program can migrate."""
