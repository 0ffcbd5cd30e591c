"""Run every Swedish Gherkin feature under features/ through the real CLI path."""

from pytest_bdd import scenarios

scenarios(".")
