"""The community's names: set once, trimmed, required, and changeable."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services.community import get_community, set_community


def test_a_new_store_has_no_community(session: Session) -> None:
    assert get_community(session) is None


def test_names_are_trimmed_and_head_printouts(session: Session) -> None:
    set_community(session, " 和平里社区 ", "和平里街道\t", "北京市东城区")
    info = get_community(session)
    assert info is not None
    assert (info.name, info.street) == ("和平里社区", "和平里街道")
    assert info.heading == "北京市东城区和平里街道和平里社区"


def test_setting_again_renames_the_one_community(session: Session) -> None:
    set_community(session, "和平里社区", "和平里街道")
    set_community(session, "安定门社区", "安定门街道", "东城区")
    info = get_community(session)
    assert info is not None and info.name == "安定门社区"


@pytest.mark.parametrize(("name", "street"), [("", "和平里街道"), ("和平里社区", "  ")])
def test_community_and_street_are_required(session: Session, name: str, street: str) -> None:
    with pytest.raises(UserError) as refused:
        set_community(session, name, street)
    assert "is empty" in str(refused.value)
    assert get_community(session) is None


def test_overlong_names_are_refused(session: Session) -> None:
    with pytest.raises(UserError):
        set_community(session, "社" * 51, "和平里街道")


@pytest.mark.parametrize(
    ("name", "street", "district"),
    [("和平里\x1b[2J社区", "和平里街道", ""), ("和平里社区", "和平里\x00街道", ""),
     ("和平里社区", "和平里街道", "东城区\x07")],
)  # fmt: skip
def test_control_characters_are_refused_and_shown_as_symbols(
    session: Session, name: str, street: str, district: str
) -> None:
    """Before, they were stored: `find` then wrote raw escapes to the terminal, and
    PostgreSQL refused NUL at commit."""
    with pytest.raises(UserError) as refused:
        set_community(session, name, street, district)
    assert "invisible control character" in str(refused.value)
    assert not any(c < " " for c in str(refused.value))
    assert get_community(session) is None
