"""Languages: the catalogues live in ``resources/i18n`` as Qt ``.ts``/``.qm`` files."""
