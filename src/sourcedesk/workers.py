"""Worker process pools that do not outlive the process that started them.

`add` and the research views prepare pages in a `ProcessPoolExecutor`. If that process is
killed outright (SIGKILL, the out-of-memory killer), its forked workers hold their own copies
of the task pipe, never see it close and would sleep forever. Each worker therefore asks the
kernel to end it when its parent dies (Linux `PR_SET_PDEATHSIG`); elsewhere nothing is set
and the platform's own clean-up applies.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers end when this process does, however it ends."""
    return ProcessPoolExecutor(
        max_workers=workers, initializer=_exit_with_parent, initargs=(os.getpid(),)
    )


def _exit_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies (and end now if it already has)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
