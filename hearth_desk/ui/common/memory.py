"""Handing freed memory back to the operating system after a large piece of work.

Previewing a whole community's building ledger (thousands of pages) takes hundreds
of megabytes; when the preview closes, Qt and PDFium free it, but the C heap keeps
the pages for reuse, so the window stayed near a gigabyte on a 4 GB office PC.
``release_free_memory`` asks the C library to return what is free: glibc's
``malloc_trim`` on Linux, the CRT's ``_heapmin`` on Windows. It is best effort and
does nothing where neither exists.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)


def release_free_memory() -> bool:
    """Return free heap pages to the OS; whether the platform offered a way."""
    try:
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            libc.malloc_trim(0)
            return True
        if sys.platform == "win32":
            crt = ctypes.CDLL("api-ms-win-crt-heap-l1-1-0.dll")
            crt._heapmin()
            return True
    except (OSError, AttributeError):
        log.debug("no way to return free memory on this platform", exc_info=True)
    return False
