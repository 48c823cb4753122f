"""Importing the office's Excel and CSV ledgers: read, plan with a preview, apply all or nothing."""
