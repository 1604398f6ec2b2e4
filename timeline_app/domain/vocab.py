"""The small controlled vocabularies of a diplomatic chronology."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    TALKS = "talks"
    CALL = "call"
    VISIT = "visit"
    STATEMENT = "statement"
    AGREEMENT = "agreement"
    CEASEFIRE = "ceasefire"
    MILITARY_ACTION = "military_action"
    ELECTION = "election"
    SANCTION = "sanction"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @classmethod
    def parse(cls, text: str) -> EventKind:
        """Read a kind from user or file text, falling back to OTHER rather than failing."""
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        aliases = {
            "meeting": "talks", "military": "military_action", "phone_call": "call", "negotiations": "talks",
            # conflict-data event types
            "battles": "military_action", "explosions/remote_violence": "military_action",
            "violence_against_civilians": "military_action", "riots": "other", "protests": "other",
            "strategic_developments": "other",
        }
        key = aliases.get(key, key)
        try:
            return cls(key)
        except ValueError:
            return cls.OTHER


class EventStatus(StrEnum):
    HAPPENED = "happened"
    SCHEDULED = "scheduled"
    CLAIMED = "claimed"

    @classmethod
    def parse(cls, text: str) -> EventStatus:
        key = text.strip().lower()
        aliases = {"planned": "scheduled", "expected": "scheduled", "reported": "claimed", "reported_claim": "claimed"}
        try:
            return cls(aliases.get(key, key))
        except ValueError:
            return cls.HAPPENED


#: A small integer per kind, for columnar indexes (its order is EventKind's).
KIND_CODES: dict[EventKind, int] = {kind: i for i, kind in enumerate(EventKind)}
KIND_BY_CODE: list[EventKind] = list(EventKind)
STATUS_CODES: dict[EventStatus, int] = {status: i for i, status in enumerate(EventStatus)}
STATUS_BY_CODE: list[EventStatus] = list(EventStatus)
