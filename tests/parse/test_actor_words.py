"""The shared word tests of the actor rules (parse/_actor_words.py)."""

from __future__ import annotations

import pytest

from caucasus_events.models import ActorKind
from caucasus_events.parse._actor_words import (
    anaphor_kinds,
    capword,
    domain_case,
    name_like,
    strip_title,
    trim_name,
)


@pytest.mark.parametrize(("written", "name"), [
    ("MP Iskenderov", "Iskenderov"),
    ("the former Foreign Minister Jeyhun Bayramov", "Jeyhun Bayramov"),
    ("Jeyhun Bayramov", "Jeyhun Bayramov"),
])
def test_strip_title(written: str, name: str) -> None:
    assert strip_title(written) == name


def test_anaphor_kinds() -> None:
    assert anaphor_kinds("he") == (ActorKind.PERSON,)
    assert anaphor_kinds("minister") == (ActorKind.PERSON,)
    assert anaphor_kinds("ministry") == (ActorKind.GOVERNMENT_BODY,)
    assert anaphor_kinds("table") is None


def test_name_shape() -> None:
    assert name_like("Jeyhun Bayramov")
    assert not name_like("The Ministry")
    assert trim_name("Jeyhun Bayramov In") == "Jeyhun Bayramov"
    assert capword("Baku") and not capword("baku") and not capword("B52")


def test_domain_case() -> None:
    assert domain_case("az", "News")
    assert domain_case("AZ", "ABC")
    assert not domain_case("It", "Armenia")
