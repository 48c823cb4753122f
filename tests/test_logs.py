"""The log never holds an ID or phone number, not even inside a traceback."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from hearth_desk.logs import configure_logging, redact


def test_id_numbers_and_phones_are_redacted() -> None:
    text = (
        "张三 110101195003041234 老证 110101500304123 "
        "手机 13812345678 +86 138-1234-5678 座机 010-65231234 id=7 code=2026"
    )
    redacted = redact(text)
    for secret in (
        "110101195003041234",
        "110101500304123",
        "13812345678",
        "138-1234-5678",
        "010-65231234",
    ):
        assert secret not in redacted
    assert "id=7 code=2026" in redacted


def test_an_id_number_ending_in_x_is_redacted() -> None:
    assert "52050219801231123X" not in redact("id 52050219801231123X.")


def test_tracebacks_in_the_log_file_are_redacted(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs")
    try:
        raise ValueError("bad resident 110101195003041234 phone 13812345678")
    except ValueError:
        logging.getLogger("test").exception("import failed for 13912345678")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "ValueError" in content and "Traceback" in content
    assert "110101195003041234" not in content
    assert "13812345678" not in content and "13912345678" not in content


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_log_and_its_rotations_are_the_users_alone(tmp_path: Path) -> None:
    """Issue 11: even redacted, the log names residents; it was 0644 under the usual umask."""
    old = os.umask(0o022)
    try:
        path = configure_logging(tmp_path / "logs")
        logger = logging.getLogger("hearth_desk.test_private_log")
        logger.info("张三 checked in")
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_hearth_desk", 0))
        handler.doRollover()  # type: ignore[attr-defined]
        logger.info("李四 checked in")
    finally:
        os.umask(old)
        configure_logging(tmp_path / "other-logs")  # let go of the files
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    for file in (path, path.with_name(path.name + ".1")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
