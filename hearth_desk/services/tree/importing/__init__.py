"""Importing a 党员花名册 (the office's roster of party members) into the tree.

The residents import's machinery reads the file and finds the sheet and its header
(``services.ledger.importing``); this package knows the roster's columns, reads a row
into a member with teams and roles, matches it against the stored members and writes
it all or nothing. ``write_rejects`` and ``group_problems`` work on its plan as on the
residents'.
"""

from hearth_desk.services.tree.importing.apply import MemberImportSummary, apply_member_import
from hearth_desk.services.tree.importing.plan import MemberPlan, plan_member_import

__all__ = ["MemberImportSummary", "MemberPlan", "apply_member_import", "plan_member_import"]
