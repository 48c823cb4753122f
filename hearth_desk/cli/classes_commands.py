"""hearth-desk term and class commands: the elderly university."""
