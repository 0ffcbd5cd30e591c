"""The ``compliance`` command and ``python -m compliance``: how the process starts.

Two things a one-shot process does not need are left out while the command's modules are
imported (``ending.py`` leaves out the interpreter's teardown in the same spirit):

- The cyclic garbage collector. Importing builds some 60 000 objects it tracks (classes,
  pydantic's schemas, dataclasses' generated methods), and the collector would walk them
  again and again while they are all still in use. It is off during the imports; then what
  the imports built is moved out of its sight (``gc.freeze``) and it is on again for the
  command itself, so a long folder run collects its garbage as before.
- pydantic's plugin discovery, which reads every installed package's entry points when
  the first model is built. The command sets ``PYDANTIC_DISABLE_PLUGINS`` (documented by
  pydantic) for itself and its worker processes, unless the user has set it: a user who
  wants a pydantic plugin to observe the validation sets it (to an empty value, or to the
  names of the plugins to leave out).

A program that imports the library (``compliance.evaluate``, the tests) gets neither.
"""

from __future__ import annotations

import gc
import os
from typing import NoReturn


def main() -> NoReturn:
    """Run the command line (``cli.main``) with the start-up above."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    gc.disable()
    from compliance.cli import main as run_command

    gc.freeze()
    gc.enable()
    run_command()


if __name__ == "__main__":
    main()
