"""First run, "Set up my office": the office profile and its police stations, with a monthly
meeting series for each station and one quarterly review series."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from liaison_desktop.core import vocab
from liaison_desktop.core.services import Services
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.forms.office_setup_dialog import Ui_OfficeSetupDialog


@dataclass(frozen=True)
class StationLine:
    name: str
    name_latin: str = ""
    code: str = ""


def monthly_series_name(station: str) -> str:
    """The name a station's monthly meeting series gets, in the interface's language."""
    return QCoreApplication.translate(
        "OfficeSetupDialog", "%1 police station monthly coordination meeting"
    ).replace("%1", station)


def parse_stations(text: str) -> list[StationLine]:
    """``name[, name in English[, code]]`` per line; blank lines skipped."""
    stations = []
    for line in text.splitlines():
        parts = [part.strip() for part in line.split(",")]
        if parts and parts[0]:
            stations.append(StationLine(*([*parts, "", ""])[:3]))
    return stations


class OfficeSetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OfficeSetupDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self._save)

    def _save(self) -> None:
        ui = self.ui
        try:
            set_up_office(
                self.ctx.services,
                {
                    "name": ui.name.text(),
                    "name_en": ui.nameEn.text(),
                    "district": ui.district.text(),
                    "letterhead": ui.letterhead.toPlainText(),
                    "address": ui.address.text(),
                    "phone": ui.phone.text(),
                    "reference_prefix": ui.prefix.text(),
                },
                parse_stations(ui.stations.toPlainText()),
                quarterly_name=self.tr("Quarterly review meeting with the Police Commissioner"),
            )
        except Exception as error:
            show_error(self, error)
            return
        self.accept()


def set_up_office(
    services: Services,
    profile: dict[str, str],
    stations: list[StationLine],
    quarterly_name: str,
) -> None:
    """Everything in one transaction: a refused station name leaves nothing half set up."""
    with services.ctx.atomic():
        services.office.save_profile(**profile)
        for line in stations:
            station = services.directory.create_place(
                vocab.PlaceKind.STATION.value, line.name, name_latin=line.name_latin, code=line.code
            )
            services.series.set_monthly_meeting(station.id, True, monthly_series_name(station.name))
        services.series.create_series(
            vocab.SeriesKind.QUARTERLY.value,
            quarterly_name,
            code="QR",
            start_date=services.ctx.today(),
        )
