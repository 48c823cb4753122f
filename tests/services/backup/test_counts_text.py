"""What a backup holds, in words a user knows: never a table's name (issue 12)."""

from __future__ import annotations

import re

from hearth_desk.domain.models import Base
from hearth_desk.services.backup.reader import COUNT_WORDS, counts_text
from hearth_desk.services.backup.snapshot import describe
from hearth_desk.storage.store import Store


def as_written(_context: str, text: str) -> str:
    return text


def test_every_table_a_manifest_may_count_has_words() -> None:
    tables = [table.name for table in Base.metadata.sorted_tables]
    assert tables and [t for t in tables if t not in COUNT_WORDS] == []
    assert all("{n}" in words for words in COUNT_WORDS.values())


def test_a_stores_counts_read_as_words_with_residents_as_every_record(store: Store) -> None:
    with store.engine.connect() as connection:
        _revision, counts, _community = describe(connection)
    text = counts_text(counts, as_written)
    assert [table for table in counts if re.search(rf"\b{table}\b", text)] == []
    assert "residents 0 (every record, moved out and deceased too)" in text
    assert "care tags given to residents 0" in text and "tag assignments" not in text


def test_a_table_with_no_words_is_counted_among_other_records() -> None:
    """A newer program's backup may count a table this one does not know."""
    text = counts_text({"household": 4, "class_enrolment": 5, "lost_property": 2}, as_written)
    assert text == "households 4，other records 7"
    assert "lost" not in text and "class" not in text


def test_both_sides_read_in_one_order() -> None:
    """A manifest's counts come sorted by name, the store's in table order."""
    by_name = counts_text({"care_tag": 1, "household": 2, "resident": 3}, as_written)
    in_order = counts_text({"household": 2, "resident": 3, "care_tag": 1}, as_written)
    assert by_name == in_order and by_name.startswith("households 2")
