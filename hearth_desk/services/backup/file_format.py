"""What every backup file of ours starts with.

Kept apart from ``container`` (which needs ``cryptography``) so that telling our
half-written files from others' at every start imports no cryptography.
"""

from __future__ import annotations

MAGIC = b"HDBAK1\r\n"  # \r\n: a copy mangled by a text-mode transfer is caught at once
FORMAT = 1
