"""What the window remembers between runs (QSettings): language, geometry, last area,
the last person at the desk."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from hearth_desk.i18n.languages import normalise

ORGANISATION = "HearthDesk"
APPLICATION = "HearthDesk"

# Many of the office's users are older; the platform's 9-point default is too small.
DEFAULT_FONT_POINTS = 12.0
FONT_SIZES = {  # label (marked for translation where shown) → points
    "Smaller": 11.0,
    "Standard": DEFAULT_FONT_POINTS,
    "Larger": 14.0,
    "Largest": 16.0,
}


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def language(self) -> str:
        return normalise(str(self._settings.value("ui/language", "")) or None)

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", normalise(code))

    @property
    def font_points(self) -> float:
        """The window's base font size; staff with weaker eyes choose a larger one."""
        try:
            points = float(self._settings.value("ui/font_points", DEFAULT_FONT_POINTS))
        except (TypeError, ValueError):
            return DEFAULT_FONT_POINTS
        return points if points in FONT_SIZES.values() else DEFAULT_FONT_POINTS

    @font_points.setter
    def font_points(self, points: float) -> None:
        self._settings.setValue("ui/font_points", float(points))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def last_area(self) -> str:
        return str(self._settings.value("window/last_area", "") or "")

    @last_area.setter
    def last_area(self, area: str) -> None:
        self._settings.setValue("window/last_area", area)

    @property
    def desk_person(self) -> str:
        """The staff member last at the desk: the desk dialog offers them first."""
        return str(self._settings.value("desk/last_person", "") or "")

    @desk_person.setter
    def desk_person(self, name: str) -> None:
        self._settings.setValue("desk/last_person", name)

    def sync(self) -> None:
        self._settings.sync()
