"""Visits, requests and joint meetings on paper: the visit round sheet, the problem
ledger, the figures page, the minutes and the meeting sign-in sheet."""
