"""The windowed program of the bundle (``连心台.exe``; ``hearth-desk-window`` on Linux).

``hearth_desk.cli.windowed`` shows every error in a box and logs crashes. Only a
bundle too broken to import that module is handled here, with the operating system's
own message box, so that even then the program does not vanish without a word.
"""

import sys
import traceback

try:
    from hearth_desk.cli.windowed import run_windowed
except Exception:  # the bundle itself is damaged: nothing of ours can be trusted
    details = traceback.format_exc()
    text = "连心台无法启动，安装可能已损坏，请重新安装。\n\n" + details[-1500:]
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "连心台", 0x10)
    elif sys.stderr is not None:
        sys.stderr.write(text + "\n")
    raise SystemExit(1) from None

raise SystemExit(run_windowed())
