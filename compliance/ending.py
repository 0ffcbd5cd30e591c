"""How a command-line process ends: once its report is written and flushed, at once.

The interpreter's own teardown (freeing every module, object and the rule engine's
memory one by one) costs a check as much as judging the submission, and nothing of it
is needed: a report file is written, synced and closed before the command returns
(``output.write_report``), worker processes are joined before their results are used
(``judging.batch``), and the only buffers left are standard output and standard error,
which are flushed here. So the process ends with ``os._exit`` after that flush.

A reader that closes standard output early (``compliance check … | head``) or a full
disk is found when the command's output is flushed (``stdout.py``) and said in one
``fel:`` line with status 2; what is left here only catches a failure that shows at the
very last flush, never with a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

CLOSED_OUTPUT = 1  # click's status when standard output's reader is gone


def exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` gives the process (None is 0; a message is 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    sys.stderr.write(f"{code}\n")
    return 1


def end_process(status: int) -> NoReturn:
    """Flush standard output and standard error, then end the process without the
    interpreter's teardown."""
    try:
        if sys.stdout is not None:  # None: the process was started with it closed
            sys.stdout.flush()
    except BrokenPipeError:
        status = CLOSED_OUTPUT
    except OSError as exc:  # e.g. a full disk behind a redirection: said, never lost
        _say(f"fel: kan inte skriva rapporten till standardutdata ({exc.strerror})\n")
        status = 2
    _say("")
    os._exit(status)


def _say(text: str) -> None:
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except OSError:
        pass  # standard error is gone as well: the status is all that is left to give
