"""Great Expectations suites for credence's tables and the code that runs them; imports the pure core, never flows."""

from expectations.suites import (
    DEFAULT_VALUE_BOUNDS,
    TABLES,
    ExpectationSpec,
    PreviousRun,
    SuiteSpec,
    ValidationParams,
    table_suite,
)
from expectations.validate import ValidationOutcome, render_run_docs, validate_tables

__all__ = [
    "DEFAULT_VALUE_BOUNDS",
    "TABLES",
    "ExpectationSpec",
    "PreviousRun",
    "SuiteSpec",
    "ValidationOutcome",
    "ValidationParams",
    "render_run_docs",
    "table_suite",
    "validate_tables",
]
