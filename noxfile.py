"""Test, lowest-versions, lint and type-check sessions; `nox` runs all four. `nox -s fuzz`
runs the fuzz targets alone with ten times the inputs (not a default session: it takes
about half an hour)."""

import os
import tomllib
from pathlib import Path

import nox

AXE_CORE = "axe-core@4.14"  # the accessibility engine of tests/test_web_browser.py

nox.options.sessions = ["tests", "lowest", "lint", "types"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session: nox.Session) -> None:
    """Install the package as a user would (not editable) and run every test (with the
    PDF extra: the PDF/A tests run in CI); axe-core
    (the web page's accessibility test in Chromium) comes from the npm registry into the
    session's folder, never from a CDN at run time."""
    session.install(".[test,pdf]")
    axe = Path(session.virtualenv.location) / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.is_file() and os.environ.get("COMPLIANCE_SKIP_BROWSER") != "1":
        session.run("npm", "install", "--no-save", "--no-package-lock", "--no-audit",
                    "--no-fund", "--prefix", session.virtualenv.location, AXE_CORE,
                    external=True)
    session.run("pytest", *session.posargs, env={"COMPLIANCE_AXE_CORE": str(axe)})


def _lowest(requirements: list[str]) -> list[str]:
    """Each requirement at the lowest version its bound allows: ``x>=1.2,<3`` → ``x==1.2``."""
    pinned = []
    for requirement in requirements:
        name, _, bounds = requirement.partition(">=")
        pinned.append(f"{name}=={bounds.split(',')[0].strip()}" if bounds else requirement)
    return pinned


@nox.session
def lowest(session: nox.Session) -> None:
    """The lowest versions pyproject.toml allows for what the package needs directly (the
    test tools and the PDF extra at their newest), so that a bound that is too low fails
    here, not for a user: the whole suite but the fuzzing and the browser, which the tests
    session runs."""
    with open("pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    extras = project["optional-dependencies"]
    session.install(*_lowest(project["dependencies"]), *extras["test"], *extras["pdf"])
    session.install("--no-deps", ".")
    # the browser tests run in the tests session; regenerating the fixture exports is
    # compared byte for byte with files written by the newest openpyxl
    session.run("pytest", "-q", "-m", "not fuzz", "--ignore", "tests/test_html_browser.py",
                "--ignore", "tests/test_web_browser.py", "--deselect",
                "tests/test_survey_export.py::test_regenerating_the_exports_gives_the_same_bytes",
                *session.posargs)


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
    """The fuzz targets (tests/test_fuzz*.py: the command line, hostile packs, report
    writing, the web page) with COMPLIANCE_FUZZ_EXAMPLES=2900 per target: over 20 000
    generated inputs; the terminal summary lists the count per target."""
    session.install(".[test]")
    examples = os.environ.get("COMPLIANCE_FUZZ_EXAMPLES", "2900")
    session.run("pytest", "-m", "fuzz", "tests", *session.posargs,
                env={"COMPLIANCE_FUZZ_EXAMPLES": examples})
