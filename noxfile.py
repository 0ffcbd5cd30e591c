"""Test, lint and type-check sessions; `nox` runs all three."""

import nox

nox.options.sessions = ["tests", "lint", "types"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session: nox.Session) -> None:
    """Install the package as a user would (not editable) and run every test."""
    session.install(".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff on the code, and `compliance lint` on the bundled rule packs."""
    session.install(".", "ruff")
    session.run("ruff", "check", "compliance", "tests", "benchmarks", "noxfile.py")
    session.run("compliance", "lint", "rules")
    session.run("compliance", "test", "rules")


@nox.session
def types(session: nox.Session) -> None:
    session.install(".", "mypy")
    session.run("mypy")
