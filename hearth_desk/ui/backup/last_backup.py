"""When the data last left the PC, in a line for the home page and the Backup page.

Its own module so that the home page, shown first at every start, does not import
the Backup page and what that brings (the keyring, the backup writer).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hearth_desk.services.backup import auto
from hearth_desk.ui.common.errors import translate


def last_backup_text(data_dir: Path, now: dt.datetime | None = None) -> tuple[str, bool]:
    """The line the home page and this page show, and whether it is overdue."""
    now = now or dt.datetime.now()
    last = auto.last_external_backup(data_dir)
    if last is None:
        return translate("BackupPage", "No backup has been made to a USB stick yet."), True
    days = (now.date() - last.at.date()).days
    if days <= 0:  # "0 天前" reads oddly; a clock set back gives a negative count
        line = translate("BackupPage", "Last backup to a USB stick: {date} (today).")
    elif days == 1:
        line = translate("BackupPage", "Last backup to a USB stick: {date} (yesterday).")
    else:
        line = translate("BackupPage", "Last backup to a USB stick: {date} ({days} days ago).")
    text = line.format(date=last.at.strftime("%Y-%m-%d %H:%M"), days=days)
    return text, days >= auto.NAG_AFTER_DAYS
