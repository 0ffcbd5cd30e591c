"""The base of every input model (pack files, submissions, waivers, example cases)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

# A model is built (its schema generated, its validator compiled) when it is first used,
# not when its class is made: most models only ever appear inside another, whose validator
# holds theirs, and building each of them on its own as well cost a check's start-up about
# 4 ms. The models a check validates directly are built with their class all the same
# (``BUILT``), so that a worker forked from a warm process has them ready.
BUILT = ConfigDict(defer_build=False)


class Strict(BaseModel):
    """Base for every input model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False,
                              defer_build=True)
