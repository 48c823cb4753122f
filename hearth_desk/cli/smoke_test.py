"""``hearth-desk --smoke-test``: does this installed program have everything it needs?

Run on a build machine against the frozen bundle (``packaging/smoke_test.py``) and by
office IT on a PC after installing, it checks what a bundle most often loses: our
fonts and catalogues, Qt's own Chinese catalogues, the Alembic migrations, the PDF
writer with embedded fonts, QtPdf for the preview, the encryption library, and the
window itself, opened offscreen with every area visited and closed cleanly.

Everything happens in a throwaway folder: the user's data, settings and log are not
touched. Exit code 0 when every check passed, 1 otherwise, each check on one line.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hearth_desk.bundle import is_frozen, resource_dir
from hearth_desk.cli.output import Output
from hearth_desk.domain.messages import Translate
from hearth_desk.i18n.languages import LANGUAGES, catalogue_path
from hearth_desk.logs import configure_logging
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store

log = logging.getLogger(__name__)

FONT_FILES = ("wqy-microhei.ttc", "LXGWWenKai-Regular.ttf", "HearthKai-Bold.ttf")
DEMO_HOUSEHOLDS = 30  # enough for every area and printout to have something to show


class SmokeFailure(Exception):
    """A check found something missing or broken; the message says what."""


def run_smoke_test(out: Output, translate: Translate) -> int:
    started = time.monotonic()
    kind = translate("Cli", "frozen bundle") if is_frozen() else translate("Cli", "Python package")
    out.line(translate("Cli", "Smoke test of this program ({kind}):").format(kind=kind))
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hearth-desk-smoke-") as folder:
        work = Path(folder)
        configure_logging(work / "logs")
        store: Store | None = None

        def open_demo_store() -> str:
            nonlocal store
            store = _demo_store(work)
            return translate("Cli", "migrated to the newest revision and filled with demo data")

        checks: list[tuple[str, Callable[[], str]]] = [
            (translate("Cli", "Fonts and catalogues"), lambda: _resources(translate)),
            (translate("Cli", "Database and migrations"), open_demo_store),
            (
                translate("Cli", "PDF with embedded fonts"),
                lambda: _pdf(_need(store), work / "overview.pdf", translate),
            ),
            (
                translate("Cli", "PDF preview (QtPdf)"),
                lambda: _preview(work / "overview.pdf", translate),
            ),
            (translate("Cli", "Encryption"), lambda: _encryption(translate)),
            (
                translate("Cli", "The window, every area"),
                lambda: _window(_need(store), work, translate),
            ),
        ]
        for name, check in checks:
            try:
                detail = check()
            except Exception as error:  # a smoke test reports, it does not stop
                log.exception("smoke test: %s failed", name)
                failures += 1
                out.line(f"✗ {name}：{error}")
            else:
                out.line(f"✓ {name}：{detail}")
        if store is not None:
            store.close()
    seconds = time.monotonic() - started
    if failures:
        out.error(translate("Cli", "{count} check(s) failed ({seconds:.1f} s).").format(
            count=failures, seconds=seconds))  # fmt: skip
        return 1
    out.line(translate("Cli", "Every check passed ({seconds:.1f} s).").format(seconds=seconds))
    return 0


def _need(store: Store | None) -> Store:
    if store is None:
        raise SmokeFailure("no database (the check before failed)")
    return store


def _resources(translate: Translate) -> str:
    fonts = resource_dir("fonts")
    missing = [name for name in FONT_FILES if not (fonts / name).is_file()]
    missing += [  # the window's catalogues (.qm) and the command line's (.ts)
        catalogue_path(language, suffix).name
        for language in LANGUAGES
        for suffix in ("qm", "ts")
        if not catalogue_path(language, suffix).is_file()
    ]
    if missing:
        raise SmokeFailure(", ".join(missing) + f" @ {fonts.parent}")
    return translate("Cli", "{fonts} fonts and {languages} catalogues in {folder}").format(
        fonts=len(FONT_FILES), languages=len(LANGUAGES), folder=fonts.parent
    )


def _demo_store(work: Path) -> Store:
    from hearth_desk.services.community import set_community
    from hearth_desk.services.demo.ledger import fill_demo

    store = open_store(resolve_location(data_dir=work / "data"))
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")
        fill_demo(session, households=DEMO_HOUSEHOLDS)
    return store


def _pdf(store: Store, out: Path, translate: Translate) -> str:
    from hearth_desk.i18n.catalogue import load_catalogue
    from hearth_desk.reports.catalogue import printout
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.services.progress import Progress

    entry = printout("overview")
    with store.session() as session:
        data = entry.gather(session, LedgerChoice(), Progress.silent())
    result = entry.render(out, data, load_catalogue("zh_CN").translate, Progress.silent())
    content = out.read_bytes()
    embedded = content.count(b"/FontFile2")
    if result.missing or not embedded:
        raise SmokeFailure(f"embedded fonts: {embedded}, missing glyphs: {len(result.missing)}")
    return translate("Cli", "{pages} page(s), {fonts} embedded font(s)").format(
        pages=result.pages, fonts=embedded
    )


def _preview(pdf: Path, translate: Translate) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["hearth-desk"])
    document = QPdfDocument()
    document.load(str(pdf))
    if document.pageCount() < 1:
        raise SmokeFailure(f"QtPdf read {document.pageCount()} pages ({document.error()})")
    image = document.render(0, QSize(400, 566))
    if image.isNull():
        raise SmokeFailure("QtPdf drew nothing")
    document.close()
    return translate("Cli", "{pages} page(s) read and drawn").format(
        pages=document.pageCount() or 1
    )


def _encryption(translate: Translate) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, b"smoke", None)
    if AESGCM(key).decrypt(nonce, sealed, None) != b"smoke":
        raise SmokeFailure("AES-GCM round trip")
    return translate("Cli", "AES-GCM round trip")


def _window(store: Store, work: Path, translate: Translate) -> str:
    from hearth_desk.ui.shell.smoke_window import visit_every_area

    visit = visit_every_area(store, work / "settings.ini")
    problems = []
    if len(visit.areas) < 6:
        problems.append(f"areas shown: {', '.join(visit.areas)}")
    if not visit.font_families:
        problems.append("no bundled font registered")
    elif is_frozen() and visit.window_font not in visit.font_families:
        problems.append(f"the window draws with {visit.window_font}, not a bundled face")
    if len(visit.qt_translations) < 2:
        problems.append(f"Qt catalogues: {', '.join(visit.qt_translations) or 'none'}")
    if not visit.closed_cleanly:
        problems.append("the window refused to close")
    if problems:
        raise SmokeFailure("; ".join(problems))
    return translate(
        "Cli", "{areas} areas visited, fonts {fonts}, Qt catalogues {catalogues}"
    ).format(
        areas=len(visit.areas),
        fonts="、".join(visit.font_families),
        catalogues="、".join(visit.qt_translations),
    )
