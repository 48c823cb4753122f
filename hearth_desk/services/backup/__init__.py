"""Backups a USB stick can carry: one verified, optionally encrypted archive per backup.

``container`` is the file format (chunks authenticated one by one), ``snapshot`` makes
a consistent SQLite copy (or a logical export of a PostgreSQL store), ``writer``
writes and verifies an archive safely, ``reader`` checks one and unpacks it,
``restore`` puts one back, ``auto`` keeps the automatic local copies, ``drives``
lists removable drives and ``secrets`` remembers a passphrase in the OS's store.
``workspace`` is the one private folder for working files, ``parts`` the unfinished
backups on a target, ``held`` tells a live run's files from a killed one's, and
``leftovers`` removes what killed runs left, at every start.
"""
