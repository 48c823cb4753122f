"""Importing the office's Excel and CSV ledgers: read, plan with a preview, apply all or nothing.

``plan_import`` reads and checks a whole file against the store and writes nothing;
``apply_import`` writes the plan in the caller's transaction; ``write_rejects`` saves
the rows that were left out, with the reason, for correction and re-import;
``group_problems`` shows a warning repeated in many rows once.
"""

from hearth_desk.services.ledger.importing.apply import ImportSummary, apply_import
from hearth_desk.services.ledger.importing.grouping import ProblemGroup, group_problems
from hearth_desk.services.ledger.importing.plan import HouseholdGroup, ImportPlan, plan_import
from hearth_desk.services.ledger.importing.problems import RowProblem
from hearth_desk.services.ledger.importing.rejects import write_rejects

__all__ = [
    "HouseholdGroup",
    "ImportPlan",
    "ImportSummary",
    "ProblemGroup",
    "RowProblem",
    "apply_import",
    "group_problems",
    "plan_import",
    "write_rejects",
]
