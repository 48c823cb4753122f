"""Use cases: each runs in its own transaction, needs no window, and is called alike
from the command line, the window and the tests."""
