"""Pauses that let the fault tests kill the program at an exact step.

``HEARTH_DESK_FAULT_PAUSE=<step>`` makes the step print ``paused at <step>`` on
stderr and sleep, so a test can SIGKILL the process there and check that the store
is whole. Unset (always, outside tests) it costs one dictionary lookup.
"""

from __future__ import annotations

import os
import sys
import time

PAUSE_ENV = "HEARTH_DESK_FAULT_PAUSE"


def pause_for_fault(step: str) -> None:
    if os.environ.get(PAUSE_ENV) == step:
        print(f"paused at {step}", file=sys.stderr, flush=True)
        time.sleep(60)
