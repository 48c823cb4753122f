"""Volunteer service: records outside events, hours at events, and the figures offices report."""
