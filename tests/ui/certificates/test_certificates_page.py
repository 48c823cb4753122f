"""The 证书 area: whom a batch covers, hand-picking, issuing through the preview (the
register follows), printing again with the same number, voiding, and the settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.services.certificates.settings import read_settings
from hearth_desk.storage.store import Store
from hearth_desk.ui.certificates.certificates_page import CertificatesPage
from hearth_desk.ui.common.worker import BackgroundTask
from tests.support.certificate_factories import YEAR, volunteers
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter

TODAY = dt.date(YEAR, 12, 1)


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> CertificatesPage:
    with store.transaction() as session:
        volunteers(session, ["王芳", "李强", "赵敏"])
    page = CertificatesPage(store, errors, "zh_CN", today=TODAY)
    qtbot.addWidget(
        page,
        before_close_func=lambda _p: qtbot.waitUntil(
            lambda: not BackgroundTask._running, timeout=30_000
        ),
    )
    with qtbot.waitSignal(page.issuing.listed, timeout=20_000):
        page.show()
    return page


def issue_ticked(qtbot: QtBot, page: CertificatesPage) -> None:
    with answering("Issue"):
        preview = page.issuing.issue()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    preview.close()


def test_whom_a_batch_covers_and_issuing_the_ticked_ones(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    issuing = page.issuing
    assert [line.name for line in issuing.lines] == ["李强", "王芳", "赵敏"]  # pinyin order
    assert issuing.table.item(0, issuing.HOURS).text() == "7"
    assert issuing.summary.text() == "3 ticked"
    issuing.table.item(2, issuing.NAME).setCheckState(Qt.CheckState.Unchecked)  # 赵敏
    assert issuing.summary.text() == "2 ticked"
    with qtbot.waitSignal(issuing.listed, timeout=20_000):  # the register follows too
        issue_ticked(qtbot, page)
    register = page.register
    assert sorted(row.person_name for row in register.rows) == ["李强", "王芳"]
    assert all(row.number.startswith(f"和平里志证〔{YEAR}〕第000") for row in register.rows)
    # Issued before: the next batch reprints those numbers.
    assert issuing.table.item(0, issuing.HELD).text() == register.rows[0].number or (
        issuing.table.item(0, issuing.HELD).text() == register.rows[1].number
    )
    assert issuing.summary.text() == "3 ticked, 2 of them printed again with their number (补打)"
    assert errors.shown == []


def test_printing_again_keeps_the_number_and_voiding_asks_why(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    issue_ticked(qtbot, page)
    register = page.register
    qtbot.waitUntil(lambda: len(register.rows) == 3, timeout=10_000)
    register.table.selectRow(0)
    number = register.rows[0].number
    preview = register.reprint_selected()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    preview.close()
    qtbot.waitUntil(lambda: register.rows[0].reprints == 1, timeout=10_000)
    assert register.rows[0].number == number and len(register.rows) == 3
    register.table.selectRow(0)
    register.ask_reason = lambda _number: "打印错误"
    assert register.void_selected()
    assert register.rows[0].voided and register.table.item(0, 8).text() == "Voided: 打印错误"
    register.table.selectRow(0)
    register.reprint_selected()  # a void one is not printed again
    qtbot.waitUntil(lambda: bool(errors.shown), timeout=20_000)
    assert "void" in errors.shown[-1][1]


def test_the_issuers_settings_are_saved_and_shown_as_samples(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    dialog = page.open_settings()
    dialog.short_name.setText("洪山")
    assert dialog.number_sample.text() == "e.g. 洪山志证〔2026〕第0007号"
    dialog.honour_template.setPlainText("授予 {姓名} 同志 {年度} 年度优秀志愿者称号")
    assert "王芳" in dialog.honour_sample.text()
    dialog.person_in_charge.setText("刘书记")
    dialog.accept()
    with store.session() as session:
        settings = read_settings(session)
    assert (settings.short_name, settings.person_in_charge) == ("洪山", "刘书记")
