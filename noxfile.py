"""Test, lint and type-check sessions; `nox` runs all three. `nox -s fuzz` runs the fuzz
targets alone with ten times the inputs (not a default session: it takes about half an
hour)."""

import os

import nox

nox.options.sessions = ["tests", "lint", "types"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session: nox.Session) -> None:
    """Install the package as a user would (not editable) and run every test (with the
    PDF extra: the PDF/A tests run in CI)."""
    session.install(".[test,pdf]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff on the code, and `compliance lint` on the bundled rule packs."""
    session.install(".", "ruff")
    session.run("ruff", "check", "compliance", "tests", "benchmarks", "fixtures", "noxfile.py")
    session.run("compliance", "lint", "rules")
    session.run("compliance", "test", "rules")


@nox.session
def types(session: nox.Session) -> None:
    session.install(".", "mypy")
    session.run("mypy")


@nox.session
def fuzz(session: nox.Session) -> None:
    """tests/test_fuzz.py with COMPLIANCE_FUZZ_EXAMPLES=2900 per target (seven targets:
    over 20 000 generated inputs); the terminal summary lists the count per target."""
    session.install(".[test]")
    examples = os.environ.get("COMPLIANCE_FUZZ_EXAMPLES", "2900")
    session.run("pytest", "-m", "fuzz", "tests/test_fuzz.py", *session.posargs,
                env={"COMPLIANCE_FUZZ_EXAMPLES": examples})
