"""A small ledger with the names, numbers and addresses search and edits must handle."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import Gender, Household
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.residents import ResidentInput

ZHANG_SAN_ID = make_id_number("110105", dt.date(1950, 3, 4), 13, Gender.MALE)
SHAN_ID = make_id_number("420106", dt.date(1962, 7, 8), 24, Gender.FEMALE)
ZENG_ID = make_id_number("430102", dt.date(1941, 1, 9), 57, Gender.MALE)


def person(name: str, id_number: str = "", phone: str = "", **more: object) -> ResidentInput:
    return ResidentInput(name=name, id_number=id_number, phone=phone, **more)  # type: ignore[arg-type]


def small_ledger(session: Session) -> dict[str, Household]:
    unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
    other = grid.ensure_unit(session, "青年湖小区", "1栋", "1单元")
    zhang = ledger.add_household(
        session, unit.id, "0401", person("张三", ZHANG_SAN_ID, "13812345678", tags=("高龄",))
    )
    ledger.add_member(session, zhang.id, person("李秀英", gender=Gender.FEMALE, relation="配偶"))
    shan = ledger.add_household(session, unit.id, "0402", person("单丽", SHAN_ID, "010-62345678"))
    zeng = ledger.add_household(session, other.id, "0101", person("曾国藩", ZENG_ID, "13900001111"))
    ledger.add_member(session, zeng.id, person("区伟", gender=Gender.MALE, relation="孙子"))
    return {"zhang": zhang, "shan": shan, "zeng": zeng}
