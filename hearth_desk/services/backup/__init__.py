"""Backups a USB stick can carry: one verified, optionally encrypted archive per backup.

``container`` is the file format (chunks authenticated one by one), ``snapshot`` makes
a consistent SQLite copy (or a logical export of a PostgreSQL store), ``writer``
writes and verifies an archive safely, ``reader`` checks one and unpacks it,
``restore`` puts one back, ``rotation`` keeps the automatic local copies, ``drives``
lists removable drives and ``secrets`` remembers a passphrase in the OS's store.
"""
