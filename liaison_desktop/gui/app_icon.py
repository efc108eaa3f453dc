"""The application's icon and the names desktops use to group its windows."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from liaison_desktop import __version__
from liaison_desktop.desktop_entry import APP_ID, GUI_NAME, ICON_SIZES
from liaison_desktop.resources import resource

ORGANISATION = "Liaison Desktop"
ORGANISATION_DOMAIN = "liaisondesktop.in"


def application_icon() -> QIcon:
    """Every shipped size, read as bytes (the package may be zipped or frozen)."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resource("icons", f"{GUI_NAME}-{size}.png").read_bytes()):
            icon.addPixmap(pixmap)
    return icon


def identify_application(app: QGuiApplication, name: str) -> None:
    app.setApplicationName(name)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setDesktopFileName(APP_ID)  # Wayland matches windows to the installed .desktop file by it
    app.setWindowIcon(application_icon())
