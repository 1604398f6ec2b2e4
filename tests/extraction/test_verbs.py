"""The one table of irregular verbs every past-tense rule reads."""

import re

import pytest

from timeline_app.extraction.verbs import (
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    past_of_base,
    past_of_participle,
    words_pattern,
)


@pytest.mark.parametrize(
    ("participle", "past"),
    [("leaving", "left"), ("forcing", "forced"), ("trying", "tried"), ("playing", "played"), ("hitting", "hit"),
     ("running", "ran"), ("dying", "died"), ("agreeing", "agreed"), ("fleeing", "fled"), ("killing", "killed"),
     ("stopping", "stopped"), ("beginning", "began"), ("withdrawing", "withdrew"), ("saying", "said")],
)
def test_the_past_of_a_participle(participle, past):
    assert past_of_participle(participle) == past


@pytest.mark.parametrize(
    ("base", "past"),
    [("hold", "held"), ("flee", "fled"), ("vote", "voted"), ("carry", "carried"), ("stop", "stopped"),
     ("open", "opened"), ("convene", "convened"), ("withdraw", "withdrew"), ("delay", "delayed"), ("ban", "banned")],
)
def test_the_past_of_a_bare_verb(base, past):
    assert past_of_base(base) == past


def test_pasts_like_their_present_are_kept_apart():
    assert {"hit", "cut", "set", "put", "spread"} <= PAST_LIKE_PRESENT
    assert not PAST_LIKE_PRESENT & PLAIN_PASTS
    assert {"took", "retook", "withdrew", "fled", "bought"} <= PLAIN_PASTS
    assert "resent" not in PLAIN_PASTS  # a prefix is no licence: "resent" is a present


def test_the_word_pattern_matches_whole_words_of_the_table_only():
    pattern = re.compile(rf"\b{words_pattern(['took', 'told', 'tore', 'met'])}\b")
    assert [m.group() for m in pattern.finditer("He took it, she told them, they met; tor, tol, mett")] \
        == ["took", "told", "met"]
