"""The Qt shell: thin widgets and models over the services; nothing here talks SQL.

Importing any part of it first works around PySide6 bugs (see ``qt_fixes``).
"""

from hearth_desk.ui.common import qt_fixes

qt_fixes.install()
