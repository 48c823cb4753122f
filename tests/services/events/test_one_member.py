"""A typed query that must name one member of the tree (helpers, service records): by
name, pinyin or phone tail; a full name wins over longer ones; anything else is refused
with the candidates."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services.events.people import one_member
from tests.support.tree_factories import member


def test_one_member_or_the_candidates(session: Session) -> None:
    wang = member(session, "王芳", phone="13911112222", work_unit="和平里医院").id
    member(session, "王芳芳", phone="13800003333")
    li = member(session, "李强").id
    assert one_member(session, "王芳").member_id == wang  # typed in full
    assert one_member(session, "liqiang").member_id == li
    assert one_member(session, "2222").member_id == wang
    with pytest.raises(UserError, match="No member matches “赵六”"):
        one_member(session, "赵六")
    with pytest.raises(UserError, match="several members") as several:
        one_member(session, "wf")
    assert "王芳 和平里医院 139****2222" in str(several.value)
    assert "13911112222" not in str(several.value)
