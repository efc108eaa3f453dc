# generated - do not edit: compiled from ui/person_dialog.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from liaison_desktop.gui.widgets.combos import VocabCombo
class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PersonDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.latinLabel = QLabel(PersonDialog)
        self.latinLabel.setObjectName(u"latinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.latinLabel)

        self.nameLatin = QLineEdit(PersonDialog)
        self.nameLatin.setObjectName(u"nameLatin")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameLatin)

        self.organisationLabel = QLabel(PersonDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = VocabCombo(PersonDialog)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.mobileLabel = QLabel(PersonDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobile = QLineEdit(PersonDialog)
        self.mobile.setObjectName(u"mobile")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(PersonDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(PersonDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)

        self.active = QCheckBox(PersonDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.latinLabel.setBuddy(self.nameLatin)
        self.organisationLabel.setBuddy(self.organisation)
        self.mobileLabel.setBuddy(self.mobile)
        self.emailLabel.setBuddy(self.email)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
        self.buttons.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name (as printed)", None))
        self.latinLabel.setText(QCoreApplication.translate("PersonDialog", u"Name in &Latin letters", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation", None))
        self.mobileLabel.setText(QCoreApplication.translate("PersonDialog", u"&Mobile", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes", None))
        self.active.setText(QCoreApplication.translate("PersonDialog", u"&Active (offered in lists and invitations)", None))
    # retranslateUi

