"""The connected-heart tree in the window."""
