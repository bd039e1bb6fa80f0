"""Ingest: turning input files into Articles (pure parsing; reading files is the caller's job)."""

from credence.ingest.copies import article_bands, copy_groups, copy_pairs
from credence.ingest.parse import (
    InputError,
    ManifestEntry,
    ParsedInput,
    manifest_from_csv,
    parsed_input,
)

__all__ = [
    "InputError",
    "ManifestEntry",
    "ParsedInput",
    "article_bands",
    "copy_groups",
    "copy_pairs",
    "manifest_from_csv",
    "parsed_input",
]
