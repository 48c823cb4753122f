"""Issuing from the window: the certificates are registered in the transaction that
lays their PDF out, which commits only once the PDF is whole (as ``print
certificates`` does), and the preview then shows that PDF to print or save. A preview
that fails registers nothing; closing it unprinted leaves the certificates registered,
and issuing again reprints the same numbers (补打).

What was registered is broadcast once the preview shows it, so the register and the
other pages follow.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.certificates.issued import render_issued
from hearth_desk.reports.kit.document import REPORT_CONTEXT
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.services.backup.workspace import run_folder
from hearth_desk.services.certificates.issuing import IssueChoice, IssuedBatch, issue_certificates
from hearth_desk.services.certificates.reprinting import reprint_certificate
from hearth_desk.services.changes import Changes, commit_tracked
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.operations import change_hub
from hearth_desk.ui.common.print_preview import PrintPreviewDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

Issue = Callable[["Session", Callable[[str], str], Progress], IssuedBatch]


def preview_issuing(
    store: Store,
    errors: ErrorPresenter,
    language: str,
    title: str,
    issue: Issue,
    parent: QWidget,
) -> PrintPreviewDialog:
    """Register what ``issue`` issues and show its PDF; see the module's docstring."""
    translate = load_catalogue(language).translate
    words = partial(translate, REPORT_CONTEXT)
    committed: list[Changes] = []

    def register_and_lay_out(progress: Progress, out: Path) -> RenderResult:
        def in_transaction(session: Session) -> RenderResult:
            batch = issue(session, words, progress)
            return render_issued(out, batch, translate, progress)

        result, changes = commit_tracked(store, in_transaction)
        committed.append(changes)
        return result

    preview = PrintPreviewDialog(
        title, register_and_lay_out, errors, parent,
        work=run_folder(store.location.data_dir, "preview"),
    )  # fmt: skip
    preview.generated.connect(lambda _result: change_hub().broadcast(committed[0], parent))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview


def issuing(choice: IssueChoice) -> Issue:
    return lambda session, words, progress: issue_certificates(
        session, choice, words, progress=progress
    )


def reprinting(number: str) -> Issue:
    return lambda session, _words, _progress: reprint_certificate(session, number)
