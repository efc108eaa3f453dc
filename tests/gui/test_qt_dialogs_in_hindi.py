"""Qt's own dialogs speak Hindi too (issue 14, item 9): Qt ships no Hindi catalogue, so the
interface catalogue carries the texts of the message box, file and print dialogs and the text
fields' menus; file dialogs start in Documents or the folder last used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.folders import ATTACHMENTS_FOLDER, documents_folder, start_folder
from liaison_desktop.gui.i18n import set_language


def texts(widget) -> set[str]:
    found = {w.text() for w in widget.findChildren(QLabel)}
    return found | {w.text() for w in widget.findChildren(QPushButton)}


def test_message_box_file_and_print_dialogs_and_menus_are_hindi(qapp) -> None:
    set_language("hi")
    box = QMessageBox(QMessageBox.Icon.Critical, "त्रुटि", "कुछ गलत हुआ")
    box.setDetailedText("Traceback …")
    box.show()
    assert "विवरण दिखाएँ..." in texts(box)
    box.close()

    dialog = QFileDialog(None, "खोलें")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    shown = texts(dialog)
    assert "फ़ाइल का नाम (&N):" in shown and "फ़ाइल का प्रकार (&T):" in shown
    dialog.close()

    printer = QPrinter()  # outlives its dialog, which keeps a pointer to it
    printing = QPrintDialog(printer)
    printing.show()
    assert {"मुद्रित करें (&P)", "प्रतियाँ:", "नाम (&N):", "विकल्प (&O) >>"} <= texts(printing)
    printing.close()

    field = QLineEdit()  # owns its menu
    menu = field.createStandardContextMenu()
    labels = {action.text().split("\t")[0] for action in menu.actions()}  # "\tCtrl+C" after it
    assert {"कॉपी करें (&C)", "चिपकाएँ (&P)", "सब चुनें"} <= labels


def test_attachments_open_in_documents_then_the_folder_last_used(
    demo_ctx, open_window, monkeypatch, tmp_path: Path
) -> None:
    state: QSettings = demo_ctx.ui_state
    assert start_folder(state, ATTACHMENTS_FOLDER) == documents_folder()
    assert documents_folder() != Path(__file__).resolve().parents[2]

    scan = tmp_path / "scans" / "signed.pdf"
    scan.parent.mkdir()
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    opened_in: list[str] = []

    def choose(parent, caption, folder="", *rest):
        opened_in.append(folder)
        return str(scan), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window = open_window(demo_ctx)
    editor = window.open_meeting(Meeting.select().where(Meeting.status == "draft").first().id)
    editor.attachments.choose_file("other")
    editor.attachments.choose_file("other")
    assert opened_in == [str(documents_folder()), str(scan.parent)]
    editor.close()
