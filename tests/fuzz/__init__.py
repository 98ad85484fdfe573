"""Helpers shared by tests/test_hostile.py and scripts/fuzz.py: outcome checks and the regex sweep."""
