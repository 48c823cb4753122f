"""The 连心树 area: the member directory, printing the tree's printouts (and, drawn,
the tree itself)."""
