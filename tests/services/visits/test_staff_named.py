"""Staff are found by name; a wrong name is told which names there are."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Staff
from hearth_desk.services.visits.staff import staff_named


def test_a_name_finds_its_staff_member_and_a_wrong_one_lists_the_others(session: Session) -> None:
    with pytest.raises(UserError, match="list is empty"):
        staff_named(session, "王芳")
    session.add_all([Staff(name="王芳", role="grid_worker"), Staff(name="李强", role="director")])
    session.flush()
    assert staff_named(session, " 王芳 ").role == "grid_worker"
    with pytest.raises(UserError, match="王芳、李强"):
        staff_named(session, "赵六")
