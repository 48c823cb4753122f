"""Files the program ships: translations, fonts, icons (installed as hearth_desk.resources)."""
