"""The words for the visits feature's codes: staff roles, visit kinds, and a request's
source, category, tier, status and satisfaction; a meeting's five parties.

``*_WORDS`` are English sources the edges translate (the window, paper); ``*_CHINESE``
are the office's own words, which the command line reads and the sheets write, so
``--tier 特事`` and ``--status 办结`` mean what the office says.
"""

from __future__ import annotations

from hearth_desk.domain.messages import QT_TRANSLATE_NOOP
from hearth_desk.domain.models import (
    MeetingParty,
    RequestCategory,
    RequestSource,
    RequestStatus,
    RequestTier,
    Satisfaction,
    StaffRole,
    ThanksKind,
    VisitKind,
)

STAFF_ROLE_WORDS = {
    StaffRole.SECRETARY.value: QT_TRANSLATE_NOOP("Vocabulary", "Party secretary"),
    StaffRole.DIRECTOR.value: QT_TRANSLATE_NOOP("Vocabulary", "Director"),
    StaffRole.COMMITTEE.value: QT_TRANSLATE_NOOP("Vocabulary", "Committee member"),
    StaffRole.GRID_WORKER.value: QT_TRANSLATE_NOOP("Vocabulary", "Grid worker"),
    StaffRole.SOCIAL_WORKER.value: QT_TRANSLATE_NOOP("Vocabulary", "Social worker"),
}
STAFF_ROLE_CHINESE = {
    StaffRole.SECRETARY.value: "书记",
    StaffRole.DIRECTOR.value: "主任",
    StaffRole.COMMITTEE.value: "委员",
    StaffRole.GRID_WORKER.value: "网格员",
    StaffRole.SOCIAL_WORKER.value: "社工",
}

VISIT_KIND_WORDS = {
    VisitKind.ROUTINE.value: QT_TRANSLATE_NOOP("Vocabulary", "Routine"),
    VisitKind.CARE.value: QT_TRANSLATE_NOOP("Vocabulary", "Care"),
    VisitKind.RETURN.value: QT_TRANSLATE_NOOP("Vocabulary", "Return visit"),
}
VISIT_KIND_CHINESE = {
    VisitKind.ROUTINE.value: "例行",
    VisitKind.CARE.value: "关爱",
    VisitKind.RETURN.value: "回访",
}

REQUEST_SOURCE_WORDS = {
    RequestSource.VISIT.value: QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
    RequestSource.WALK_IN.value: QT_TRANSLATE_NOOP("Vocabulary", "Walk-in"),
    RequestSource.PHONE.value: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    RequestSource.MEETING.value: QT_TRANSLATE_NOOP("Vocabulary", "Joint meeting"),
}
REQUEST_SOURCE_CHINESE = {
    RequestSource.VISIT.value: "走访",
    RequestSource.WALK_IN.value: "来访",
    RequestSource.PHONE.value: "来电",
    RequestSource.MEETING.value: "联席会议",
}

REQUEST_CATEGORY_WORDS = {
    RequestCategory.LIVELIHOOD.value: QT_TRANSLATE_NOOP("Vocabulary", "Livelihood"),
    RequestCategory.WORKS.value: QT_TRANSLATE_NOOP("Vocabulary", "Works"),
    RequestCategory.SAFETY.value: QT_TRANSLATE_NOOP("Vocabulary", "Safety"),
    RequestCategory.ENVIRONMENT.value: QT_TRANSLATE_NOOP("Vocabulary", "Environment"),
    RequestCategory.DISPUTE.value: QT_TRANSLATE_NOOP("Vocabulary", "Disputes"),
    RequestCategory.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
REQUEST_CATEGORY_CHINESE = {
    RequestCategory.LIVELIHOOD.value: "民生",
    RequestCategory.WORKS.value: "工程",
    RequestCategory.SAFETY.value: "安全",
    RequestCategory.ENVIRONMENT.value: "环境",
    RequestCategory.DISPUTE.value: "矛盾纠纷",
    RequestCategory.OTHER.value: "其他",
}

REQUEST_TIER_WORDS = {
    RequestTier.SMALL.value: QT_TRANSLATE_NOOP("Vocabulary", "Small matter"),
    RequestTier.LARGE.value: QT_TRANSLATE_NOOP("Vocabulary", "Large matter"),
    RequestTier.SPECIAL.value: QT_TRANSLATE_NOOP("Vocabulary", "Special matter"),
}
REQUEST_TIER_CHINESE = {
    RequestTier.SMALL.value: "小事",
    RequestTier.LARGE.value: "大事",
    RequestTier.SPECIAL.value: "特事",
}

REQUEST_STATUS_WORDS = {
    RequestStatus.REGISTERED.value: QT_TRANSLATE_NOOP("Vocabulary", "Registered"),
    RequestStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("Vocabulary", "In hand"),
    RequestStatus.ESCALATED.value: QT_TRANSLATE_NOOP("Vocabulary", "Reported to the street"),
    RequestStatus.CLOSED.value: QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    RequestStatus.FOLLOWED_UP.value: QT_TRANSLATE_NOOP("Vocabulary", "Followed up"),
}
REQUEST_STATUS_CHINESE = {
    RequestStatus.REGISTERED.value: "登记",
    RequestStatus.IN_PROGRESS.value: "办理中",
    RequestStatus.ESCALATED.value: "上报街道",
    RequestStatus.CLOSED.value: "办结",
    RequestStatus.FOLLOWED_UP.value: "回访",
}

SATISFACTION_WORDS = {
    Satisfaction.SATISFIED.value: QT_TRANSLATE_NOOP("Vocabulary", "Satisfied"),
    Satisfaction.FAIRLY.value: QT_TRANSLATE_NOOP("Vocabulary", "Fairly satisfied"),
    Satisfaction.DISSATISFIED.value: QT_TRANSLATE_NOOP("Vocabulary", "Dissatisfied"),
}
SATISFACTION_CHINESE = {
    Satisfaction.SATISFIED.value: "满意",
    Satisfaction.FAIRLY.value: "基本满意",
    Satisfaction.DISSATISFIED.value: "不满意",
}

THANKS_KIND_WORDS = {
    ThanksKind.BANNER.value: QT_TRANSLATE_NOOP("Vocabulary", "Silk banner"),
    ThanksKind.LETTER.value: QT_TRANSLATE_NOOP("Vocabulary", "Letter of praise"),
    ThanksKind.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
THANKS_KIND_CHINESE = {
    ThanksKind.BANNER.value: "锦旗",
    ThanksKind.LETTER.value: "表扬信",
    ThanksKind.OTHER.value: "其他",
}

MEETING_PARTY_WORDS = {
    MeetingParty.PARTY_BRANCH.value: QT_TRANSLATE_NOOP("Vocabulary", "Community party branch"),
    MeetingParty.RESIDENTS_COMMITTEE.value: QT_TRANSLATE_NOOP("Vocabulary", "Residents' committee"),
    MeetingParty.OWNERS_COMMITTEE.value: QT_TRANSLATE_NOOP("Vocabulary", "Owners' committee"),
    MeetingParty.PROPERTY_COMPANY.value: QT_TRANSLATE_NOOP("Vocabulary", "Property company"),
    MeetingParty.RESIDENT_REPRESENTATIVES.value: QT_TRANSLATE_NOOP(
        "Vocabulary", "Resident representatives"
    ),
}
MEETING_PARTY_CHINESE = {
    MeetingParty.PARTY_BRANCH.value: "社区党组织",
    MeetingParty.RESIDENTS_COMMITTEE.value: "居委会",
    MeetingParty.OWNERS_COMMITTEE.value: "业委会",
    MeetingParty.PROPERTY_COMPANY.value: "物业公司",
    MeetingParty.RESIDENT_REPRESENTATIVES.value: "居民代表",
}


def code_for(chinese: dict[str, str], word: str) -> str | None:
    """The code a word names: the office's word (特事) or the code itself (special)."""
    word = word.strip()
    if word in chinese:
        return word
    return next((code for code, said in chinese.items() if said == word), None)
