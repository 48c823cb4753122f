"""The store's tables as typed SQLAlchemy mappings, a module per feature.

The schema is owned by the Alembic revisions in ``hearth_desk.storage.migrations``;
a test compares the two so that they never drift apart. Everything is re-exported
here so that Alembic sees every table through ``Base.metadata`` and callers need
not know which module a table lives in. A new feature adds its module and lists
it below.
"""

from hearth_desk.domain.models.audit import ChangeRecord
from hearth_desk.domain.models.base import NAMING_CONVENTION, Base
from hearth_desk.domain.models.certificates import (
    Certificate,
    CertificateKind,
    CertificatePrint,
    CertificateSettings,
)
from hearth_desk.domain.models.community import Community, GridLevel, GridNode
from hearth_desk.domain.models.events import (
    Event,
    EventHelper,
    EventKind,
    EventStall,
    EventStatus,
    Signup,
    SignupStatus,
    StallService,
)
from hearth_desk.domain.models.ledger import (
    HEAD_RELATION,
    SEED_CARE_TAGS,
    CareTag,
    Gender,
    Household,
    Resident,
    ResidentStatus,
    resident_care_tag,
)
from hearth_desk.domain.models.tree import (
    Member,
    Organisation,
    OrganisationKind,
    PartnerKind,
    PartnerUnit,
    PoliticalStatus,
    ServiceTeam,
    TeamMembership,
    TeamRole,
)
from hearth_desk.domain.models.volunteering import ServiceRecord

__all__ = [
    "HEAD_RELATION",
    "NAMING_CONVENTION",
    "SEED_CARE_TAGS",
    "Base",
    "CareTag",
    "Certificate",
    "CertificateKind",
    "CertificatePrint",
    "CertificateSettings",
    "ChangeRecord",
    "Community",
    "Event",
    "EventHelper",
    "EventKind",
    "EventStall",
    "EventStatus",
    "Gender",
    "GridLevel",
    "GridNode",
    "Household",
    "Member",
    "Organisation",
    "OrganisationKind",
    "PartnerKind",
    "PartnerUnit",
    "PoliticalStatus",
    "Resident",
    "ResidentStatus",
    "ServiceRecord",
    "ServiceTeam",
    "Signup",
    "SignupStatus",
    "StallService",
    "TeamMembership",
    "TeamRole",
    "resident_care_tag",
]
