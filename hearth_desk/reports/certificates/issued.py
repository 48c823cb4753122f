"""A batch of issued certificates on paper: records in portrait, honours in landscape."""

from __future__ import annotations

from pathlib import Path

from hearth_desk.domain.messages import Translate
from hearth_desk.domain.models import CertificateKind
from hearth_desk.reports.certificates.honour import render_honours
from hearth_desk.reports.certificates.record import render_records
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.services.certificates.issuing import IssuedBatch
from hearth_desk.services.progress import Progress


def render_issued(
    out: Path, batch: IssuedBatch, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """The batch's certificates, one per page, in the layout of their kind."""
    if batch.kind == CertificateKind.HONOUR.value:
        return render_honours(out, batch, translate, progress)
    return render_records(out, batch, translate, progress)
