# generated - do not edit: compiled from ui/place_dialog.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'place_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from liaison_desktop.gui.widgets.combos import (ValueCombo, VocabCombo)
class Ui_PlaceDialog(object):
    def setupUi(self, PlaceDialog):
        if not PlaceDialog.objectName():
            PlaceDialog.setObjectName(u"PlaceDialog")
        PlaceDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(PlaceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(PlaceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = VocabCombo(PlaceDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.nameLabel = QLabel(PlaceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PlaceDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.latinLabel = QLabel(PlaceDialog)
        self.latinLabel.setObjectName(u"latinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.latinLabel)

        self.nameLatin = QLineEdit(PlaceDialog)
        self.nameLatin.setObjectName(u"nameLatin")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameLatin)

        self.codeLabel = QLabel(PlaceDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(PlaceDialog)
        self.code.setObjectName(u"code")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.code)

        self.stationLabel = QLabel(PlaceDialog)
        self.stationLabel.setObjectName(u"stationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.station = ValueCombo(PlaceDialog)
        self.station.setObjectName(u"station")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.station)

        self.mandalLabel = QLabel(PlaceDialog)
        self.mandalLabel.setObjectName(u"mandalLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mandalLabel)

        self.mandal = ValueCombo(PlaceDialog)
        self.mandal.setObjectName(u"mandal")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mandal)

        self.monthly = QCheckBox(PlaceDialog)
        self.monthly.setObjectName(u"monthly")
        self.monthly.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.monthly)

        self.active = QCheckBox(PlaceDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.active)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PlaceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.nameLabel.setBuddy(self.name)
        self.latinLabel.setBuddy(self.nameLatin)
        self.codeLabel.setBuddy(self.code)
        self.stationLabel.setBuddy(self.station)
        self.mandalLabel.setBuddy(self.mandal)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlaceDialog)
        self.buttons.rejected.connect(PlaceDialog.reject)

        QMetaObject.connectSlotsByName(PlaceDialog)
    # setupUi

    def retranslateUi(self, PlaceDialog):
        PlaceDialog.setWindowTitle(QCoreApplication.translate("PlaceDialog", u"Place", None))
        self.kindLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Kind", None))
        self.nameLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Name", None))
        self.latinLabel.setText(QCoreApplication.translate("PlaceDialog", u"Name in &Latin letters", None))
        self.codeLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Code", None))
        self.stationLabel.setText(QCoreApplication.translate("PlaceDialog", u"In the area of &station", None))
        self.mandalLabel.setText(QCoreApplication.translate("PlaceDialog", u"In &mandal", None))
        self.monthly.setText(QCoreApplication.translate("PlaceDialog", u"Holds a monthly &meeting (shown on the dashboard and in New meeting)", None))
        self.active.setText(QCoreApplication.translate("PlaceDialog", u"&In use (a place no longer in use keeps its history)", None))
    # retranslateUi

