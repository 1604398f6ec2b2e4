"""Dataclasses and the date model; standard library only."""
