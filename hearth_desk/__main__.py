"""``python -m hearth_desk`` behaves exactly like the ``hearth-desk`` command."""

from hearth_desk.cli.main import main

raise SystemExit(main())
