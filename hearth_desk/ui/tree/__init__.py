"""The 连心树 area: the member directory (and, drawn, the tree itself)."""
