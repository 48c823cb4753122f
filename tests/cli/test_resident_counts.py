"""The command line counts residents as the home page does (those living there) and
labels the all-records figure as records, moved-out and deceased included."""

from __future__ import annotations

import pytest

from hearth_desk.cli.main import main
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.services.population import population
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store

RECORDS = "residents {n} (every record, moved out and deceased too)"
LIVING = "  of which residents living here: {living}"


def said(source: str, **values: object) -> str:
    """The line as the command line prints it (zh_CN; English until translated)."""
    return load_catalogue("zh_CN").translate("Cli", source).format(**values)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_check_and_demo_say_residents_living_there_and_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo = run(capsys, "demo", "--households", "200", "--seed", "3")
    with open_store(resolve_location(None)) as store, store.session() as session:
        people = population(session)
    # The demo marks some residents moved out or deceased: the two figures differ.
    assert people.resident_records > people.residents > 0

    # Both figures, each named (the words are checked in the catalogue's language).
    assert f"{people.residents} " in demo and f"{people.resident_records} " in demo
    assert demo.index(f"{people.residents} ") < demo.index(f"{people.resident_records} ")

    check = run(capsys, "check").splitlines()
    records = "  " + load_catalogue("zh_CN").translate("Backup", RECORDS).format(
        n=people.resident_records
    )
    living = said(LIVING, living=people.residents)
    # Both, one after the other; not the bare "居民：7515 行", which read as 7,515 residents.
    assert check.index(living) == check.index(records) + 1
