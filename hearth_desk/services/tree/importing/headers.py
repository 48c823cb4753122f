"""The columns of a 党员花名册 as offices head them, and the words the export writes.

The header search itself is the residents import's (``services.ledger.importing.
headers``): the first row, below title rows, that names at least two known columns.
Only the words differ. ``EXPORT_WORDS`` are among them, so an exported roster imports
back; they are the sheet's data format, like the printed labels of a paper form.
"""

from __future__ import annotations

from hearth_desk.services.ledger.importing.headers import Header, names_of, refuse_no_names
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    ID_NUMBER,
    NAME,
    NOTES,
    PHONE,
    WORK_UNIT,
)
from hearth_desk.services.tree.members import (
    BRANCH,
    DUAL_ORGANISATION,
    JOIN_DATE,
    POLITICAL_STATUS,
    SKILLS,
)

RETIRED, DUAL, TEAMS, ROLES = "retired", "dual_registered", "teams", "roles"

SYNONYMS: dict[str, tuple[str, ...]] = {
    NAME: ("姓名", "名字", "党员姓名", "人员姓名"),
    GENDER: ("性别",),
    BIRTH_DATE: ("出生日期", "出生年月", "出生年月日", "生日"),
    ID_NUMBER: ("公民身份号码", "身份证号", "身份证号码", "证件号码", "身份证", "居民身份证号码"),
    PHONE: ("联系电话", "手机", "电话", "手机号码", "手机号", "联系方式", "电话号码"),
    POLITICAL_STATUS: ("政治面貌",),
    JOIN_DATE: ("入党时间", "入党日期", "入党年月", "入党时间年月"),
    BRANCH: ("所属支部", "所在支部", "党支部", "支部", "所属党支部"),
    WORK_UNIT: ("工作单位", "单位", "工作单位及职务"),
    RETIRED: ("在职/退休", "在职退休", "在职或退休", "在职情况", "在职状态"),
    DUAL: ("双报到", "是否双报到", "双报到党员"),
    DUAL_ORGANISATION: (
        "双报到单位",
        "单位党组织",
        "双报到单位党组织",
        "报到单位",
        "所在单位党组织",
    ),
    SKILLS: ("特长", "个人特长", "专长", "技能"),
    TEAMS: ("所属服务队", "服务队", "参加服务队", "所在服务队", "服务队名称"),
    ROLES: ("队内职务", "服务队职务", "队内角色"),
    NOTES: ("备注", "说明"),
}
NAMES = names_of(SYNONYMS)

# What the export writes, in order: the first word of each column above.
EXPORT_WORDS = (
    "姓名", "性别", "出生日期", "公民身份号码", "联系电话", "政治面貌", "入党时间", "所属支部",
    "工作单位", "在职/退休", "双报到", "双报到单位", "特长", "所属服务队", "队内职务", "备注",
)  # fmt: skip


def check_header(header: Header, sheet: str) -> None:
    """A roster needs its names; every other column may be missing."""
    refuse_no_names(header, sheet)
