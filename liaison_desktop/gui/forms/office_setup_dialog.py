# generated - do not edit: compiled from ui/office_setup_dialog.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)
class Ui_OfficeSetupDialog(object):
    def setupUi(self, OfficeSetupDialog):
        if not OfficeSetupDialog.objectName():
            OfficeSetupDialog.setObjectName(u"OfficeSetupDialog")
        OfficeSetupDialog.setMinimumSize(QSize(620, 600))
        self.layout = QVBoxLayout(OfficeSetupDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(OfficeSetupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(OfficeSetupDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameEnLabel = QLabel(OfficeSetupDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEn = QLineEdit(OfficeSetupDialog)
        self.nameEn.setObjectName(u"nameEn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEn)

        self.districtLabel = QLabel(OfficeSetupDialog)
        self.districtLabel.setObjectName(u"districtLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.district = QLineEdit(OfficeSetupDialog)
        self.district.setObjectName(u"district")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.district)

        self.letterheadLabel = QLabel(OfficeSetupDialog)
        self.letterheadLabel.setObjectName(u"letterheadLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letterheadLabel)

        self.letterhead = QPlainTextEdit(OfficeSetupDialog)
        self.letterhead.setObjectName(u"letterhead")
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.letterhead)

        self.addressLabel = QLabel(OfficeSetupDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(OfficeSetupDialog)
        self.address.setObjectName(u"address")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(OfficeSetupDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(OfficeSetupDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.prefixLabel = QLabel(OfficeSetupDialog)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefix = QLineEdit(OfficeSetupDialog)
        self.prefix.setObjectName(u"prefix")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.stationsLabel = QLabel(OfficeSetupDialog)
        self.stationsLabel.setObjectName(u"stationsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stationsLabel)

        self.stations = QPlainTextEdit(OfficeSetupDialog)
        self.stations.setObjectName(u"stations")
        self.stations.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stations)


        self.layout.addLayout(self.form)

        self.stationsHint = QLabel(OfficeSetupDialog)
        self.stationsHint.setObjectName(u"stationsHint")
        self.stationsHint.setWordWrap(True)

        self.layout.addWidget(self.stationsHint)

        self.buttons = QDialogButtonBox(OfficeSetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.nameEnLabel.setBuddy(self.nameEn)
        self.districtLabel.setBuddy(self.district)
        self.letterheadLabel.setBuddy(self.letterhead)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.prefixLabel.setBuddy(self.prefix)
        self.stationsLabel.setBuddy(self.stations)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficeSetupDialog)
        self.buttons.rejected.connect(OfficeSetupDialog.reject)

        QMetaObject.connectSlotsByName(OfficeSetupDialog)
    # setupUi

    def retranslateUi(self, OfficeSetupDialog):
        OfficeSetupDialog.setWindowTitle(QCoreApplication.translate("OfficeSetupDialog", u"Set up my office", None))
        self.nameLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Office &name", None))
        self.nameEnLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Name in English", None))
        self.districtLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&District", None))
        self.letterheadLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Letterhead lines", None))
        self.letterhead.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"Printed under the office name, one line each, e.g. \"Police-public liaison cell\"", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Address", None))
        self.phoneLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Phone", None))
        self.prefixLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Reference number prefix", None))
        self.prefix.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"e.g. KNP/LC", None))
        self.stationsLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Police &stations", None))
        self.stationsHint.setText(QCoreApplication.translate("OfficeSetupDialog", u"One station per line: the name as printed, then optionally a comma, its name in English and a comma and a short code, e.g. \u201c\u0915\u094b\u0924\u0935\u093e\u0932\u0940, Kotwali, KTW\u201d. A monthly meeting series is created for each station, and one quarterly review series for the office.", None))
    # retranslateUi

