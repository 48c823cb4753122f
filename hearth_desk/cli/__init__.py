"""The ``hearth-desk`` command line: scripted by office IT helpers and driven by tests.

It never imports Qt unless it opens the window, so subcommands start fast.
Exit codes: 0 success, 1 a user-facing error (one Chinese line on stderr), 2 bad usage.
"""
