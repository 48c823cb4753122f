"""What a store holds, as row counts and content hashes: to show a failed command
changed nothing."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text

TABLES = ("community", "grid_node", "household", "resident", "resident_care_tag", "change_record")


def table_state(connection: Connection) -> dict[str, str]:
    """Row counts and a content hash of every table of the store."""
    result = {}
    for table in TABLES:
        rows = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
        result[table] = f"{len(rows)}:{hashlib.sha256(repr(rows).encode()).hexdigest()}"
    return result
