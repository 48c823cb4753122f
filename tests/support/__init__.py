"""Test helpers that are not tests themselves (kept out of pytest collection by their names)."""
