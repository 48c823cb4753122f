"""The certificates on paper: service records, honours, and their public notice."""
