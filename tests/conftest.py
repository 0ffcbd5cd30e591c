"""Shared test setup. Step definitions live in step modules grouped by domain words."""

from __future__ import annotations

pytest_plugins = ["steps_submission", "steps_report", "steps_packs", "steps_overview",
                  "steps_readiness", "steps_inputs", "steps_outputs", "steps_personal",
                  "steps_cli", "steps_wordform", "steps_formats", "steps_html",
                  "steps_survey", "steps_workspace", "steps_register", "steps_auditor",
                  "steps_trust", "steps_process", "steps_web", "steps_national", "steps_files",
                  "steps_calendar", "steps_workbook", "steps_diff", "steps_text", "steps_pdf",
                  "steps_navigation", "fuzz_fixtures"]

