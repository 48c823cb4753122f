"""The connected-heart tree on paper: contact cards and the roster (and the poster)."""
