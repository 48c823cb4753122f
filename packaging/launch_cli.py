"""The console program of the bundle (``hearth-desk``/``hearth-desk.exe``): the same
command line as ``pip install`` gives."""

from hearth_desk.cli.main import main

raise SystemExit(main())
