"""Volunteering on paper: the yearly report with its charts."""
