"""Workarounds for reference-counting bugs in PySide6 6.12.0 on Python 3.11.

In 6.12.0, ``SignalInstance.emit()`` and ``SignalInstance.disconnect()`` return
``True``/``False`` without taking a reference to it, so every call from Python
takes one reference from the interpreter's ``True``. After a few thousand
emits (a long import, a busy afternoon) CPython 3.11 frees ``True`` and aborts:
"bool_dealloc: deallocating True or False". We found it when the test suite
crashed at exit; a standalone script crashes after ~600 emits.

The same release also loses a reference to ``None`` on nearly every call into a
Qt method that returns nothing (``setText``, ``setData``, ``hide``…), as if
``None`` were immortal, which it only became in Python 3.12. A window starts
with some 40,000 references to ``None``, so a busy day of clicks ends in
"none_dealloc: deallocating None". There is no method to wrap here (it is every
method), so we do what Python 3.12 does: give ``None`` a reference count so large
that it can never reach zero.

We cannot move off 6.12: the separate ``PySide6-Pdf`` wheel the print preview
needs exists only from 6.12 on. So at start each kind of loss is probed, and
only where it shows is the workaround applied. Once a fixed PySide6 is
installed, the probes find nothing and nothing is patched.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False
# Python 3.12 makes None immortal with a count near 2**32; 2**40 calls are out of reach.
_IMMORTAL = 1 << 40


class _Probe(QObject):
    fired = Signal(int)


def _bool_references() -> int:
    return sys.getrefcount(True) + sys.getrefcount(False)


def _loses_references(call: Callable[[], object], times: int = 16) -> bool:
    before = _bool_references()
    for _ in range(times):
        call()
    return before - _bool_references() >= times


def _give_back(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    return wrapper


def _loses_none(times: int = 16) -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(times):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None) >= times
    probe.deleteLater()
    return lost


def _make_immortal(value: object) -> None:
    counter = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, CPython's first field
    counter.value += _IMMORTAL


def install() -> list[str]:
    """Patch what is broken in the installed PySide6; returns the names patched."""
    global _installed
    if _installed:
        return []
    _installed = True
    probe = _Probe()
    patched = []

    def receiver(_value: int) -> None:
        pass

    probe.fired.connect(receiver)
    if _loses_references(lambda: probe.fired.emit(1)):
        SignalInstance.emit = _give_back(SignalInstance.emit)  # type: ignore[method-assign]
        patched.append("SignalInstance.emit")

    def connect_and_disconnect() -> None:
        probe.fired.connect(receiver)
        probe.fired.disconnect(receiver)

    if _loses_references(connect_and_disconnect):
        SignalInstance.disconnect = _give_back(  # type: ignore[method-assign]
            SignalInstance.disconnect
        )
        patched.append("SignalInstance.disconnect")
    probe.deleteLater()
    if sys.version_info < (3, 12) and _loses_none():
        _make_immortal(None)
        patched.append("None")
    return patched
