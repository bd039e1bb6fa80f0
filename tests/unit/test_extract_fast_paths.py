"""Fast paths of the extractor give the answers of the slower patterns they stand in for."""

import re

import pytest

from credence.extract import measures


def test_the_lowered_disease_pattern_has_no_capital_letter():
    # It is searched in lowered text, where a capital letter never matches.
    assert not re.search(r"(?<!\\)[A-Z]", measures._DISEASE_LOWER.pattern)


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 spread",
        "The OUTBREAK grew",
        "MIS-C in children",
        "Flu season",
        "fluid markets",
        "tax cuts",
        "ſymptoms",
        "İnfected",
        "PATIENTS",
        "patiently",
    ],
)
def test_mentions_disease_agrees_with_the_case_blind_pattern(text):
    measures._mentions_disease.cache_clear()
    assert measures._mentions_disease(text) is bool(measures._DISEASE.search(text))
