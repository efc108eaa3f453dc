# generated - do not edit: compiled from ui/settings_page.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from liaison_desktop.gui.widgets.combos import VocabCombo
class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        self.layout = QVBoxLayout(SettingsForm)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.officeBox = QGroupBox(SettingsForm)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.officeNameLabel = QLabel(self.officeBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(self.officeBox)
        self.officeName.setObjectName(u"officeName")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.officeNameEnLabel = QLabel(self.officeBox)
        self.officeNameEnLabel.setObjectName(u"officeNameEnLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeNameEnLabel)

        self.officeNameEn = QLineEdit(self.officeBox)
        self.officeNameEn.setObjectName(u"officeNameEn")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeNameEn)

        self.districtLabel = QLabel(self.officeBox)
        self.districtLabel.setObjectName(u"districtLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.district = QLineEdit(self.officeBox)
        self.district.setObjectName(u"district")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.district)

        self.letterheadLabel = QLabel(self.officeBox)
        self.letterheadLabel.setObjectName(u"letterheadLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letterheadLabel)

        self.letterhead = QPlainTextEdit(self.officeBox)
        self.letterhead.setObjectName(u"letterhead")
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setMaximumSize(QSize(16777215, 80))

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.letterhead)

        self.addressLabel = QLabel(self.officeBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(self.officeBox)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 64))

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.officeBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.officeBox)
        self.phone.setObjectName(u"phone")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(self.officeBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.officeBox)
        self.email.setObjectName(u"email")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.prefixLabel = QLabel(self.officeBox)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.officeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefix = QLineEdit(self.officeBox)
        self.prefix.setObjectName(u"prefix")

        self.officeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.documentLanguageLabel = QLabel(self.officeBox)
        self.documentLanguageLabel.setObjectName(u"documentLanguageLabel")

        self.officeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.documentLanguageLabel)

        self.documentLanguage = VocabCombo(self.officeBox)
        self.documentLanguage.setObjectName(u"documentLanguage")

        self.officeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.documentLanguage)


        self.columns.addWidget(self.officeBox)

        self.appBox = QGroupBox(SettingsForm)
        self.appBox.setObjectName(u"appBox")
        self.appForm = QFormLayout(self.appBox)
        self.appForm.setObjectName(u"appForm")
        self.languageLabel = QLabel(self.appBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = VocabCombo(self.appBox)
        self.language.setObjectName(u"language")

        self.appForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.operatorLabel = QLabel(self.appBox)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.appForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorName = QLineEdit(self.appBox)
        self.operatorName.setObjectName(u"operatorName")

        self.appForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operatorName)

        self.databaseLabel = QLabel(self.appBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.appForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.database = QLineEdit(self.appBox)
        self.database.setObjectName(u"database")

        self.databaseRow.addWidget(self.database)

        self.databaseBrowse = QPushButton(self.appBox)
        self.databaseBrowse.setObjectName(u"databaseBrowse")

        self.databaseRow.addWidget(self.databaseBrowse)


        self.appForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.databaseRow)

        self.backupLabel = QLabel(self.appBox)
        self.backupLabel.setObjectName(u"backupLabel")

        self.appForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupDir = QLineEdit(self.appBox)
        self.backupDir.setObjectName(u"backupDir")

        self.backupRow.addWidget(self.backupDir)

        self.backupBrowse = QPushButton(self.appBox)
        self.backupBrowse.setObjectName(u"backupBrowse")

        self.backupRow.addWidget(self.backupBrowse)


        self.appForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.backupRow)

        self.backupInUse = QLabel(self.appBox)
        self.backupInUse.setObjectName(u"backupInUse")
        self.backupInUse.setWordWrap(True)
        self.backupInUse.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backupInUse)

        self.restartNote = QLabel(self.appBox)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.appForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.restartNote)


        self.columns.addWidget(self.appBox)


        self.layout.addLayout(self.columns)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.revertButton = QPushButton(SettingsForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.layout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.officeNameEnLabel.setBuddy(self.officeNameEn)
        self.districtLabel.setBuddy(self.district)
        self.letterheadLabel.setBuddy(self.letterhead)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.prefixLabel.setBuddy(self.prefix)
        self.documentLanguageLabel.setBuddy(self.documentLanguage)
        self.languageLabel.setBuddy(self.language)
        self.operatorLabel.setBuddy(self.operatorName)
        self.databaseLabel.setBuddy(self.database)
        self.backupLabel.setBuddy(self.backupDir)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        self.officeBox.setTitle(QCoreApplication.translate("SettingsForm", u"Office profile and letterhead", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsForm", u"Office &name", None))
        self.officeNameEnLabel.setText(QCoreApplication.translate("SettingsForm", u"Name in English", None))
        self.districtLabel.setText(QCoreApplication.translate("SettingsForm", u"&District", None))
        self.letterheadLabel.setText(QCoreApplication.translate("SettingsForm", u"&Letterhead lines", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsForm", u"&Address", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsForm", u"&Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsForm", u"&E-mail", None))
        self.prefixLabel.setText(QCoreApplication.translate("SettingsForm", u"&Reference number prefix", None))
        self.documentLanguageLabel.setText(QCoreApplication.translate("SettingsForm", u"Language of d&ocuments", None))
        self.appBox.setTitle(QCoreApplication.translate("SettingsForm", u"This computer", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsForm", u"&Interface language", None))
        self.operatorLabel.setText(QCoreApplication.translate("SettingsForm", u"Your na&me (for the audit log)", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsForm", u"Data&base file", None))
        self.databaseBrowse.setText(QCoreApplication.translate("SettingsForm", u"Choose\u2026", None))
        self.backupLabel.setText(QCoreApplication.translate("SettingsForm", u"Bac&kup folder", None))
        self.backupBrowse.setText(QCoreApplication.translate("SettingsForm", u"Choose\u2026", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsForm", u"A new database file is used from the next start. The interface language changes when the settings are saved.", None))
        self.revertButton.setText(QCoreApplication.translate("SettingsForm", u"&Undo changes", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsForm", u"&Save settings", None))
        pass
    # retranslateUi

