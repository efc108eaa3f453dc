# generated - do not edit: compiled from ui/appointment_dialog.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_dialog.ui'
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
from liaison_desktop.gui.widgets.datefield import DateField
class Ui_AppointmentDialog(object):
    def setupUi(self, AppointmentDialog):
        if not AppointmentDialog.objectName():
            AppointmentDialog.setObjectName(u"AppointmentDialog")
        AppointmentDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(AppointmentDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roleLabel = QLabel(AppointmentDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = VocabCombo(AppointmentDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role)

        self.placeLabel = QLabel(AppointmentDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = ValueCombo(AppointmentDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place)

        self.designationLabel = QLabel(AppointmentDialog)
        self.designationLabel.setObjectName(u"designationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.designationLabel)

        self.designation = QLineEdit(AppointmentDialog)
        self.designation.setObjectName(u"designation")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.designation)

        self.startLabel = QLabel(AppointmentDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = DateField(AppointmentDialog)
        self.start.setObjectName(u"start")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(AppointmentDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = DateField(AppointmentDialog)
        self.end.setObjectName(u"end")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end)

        self.endPrevious = QCheckBox(AppointmentDialog)
        self.endPrevious.setObjectName(u"endPrevious")
        self.endPrevious.setChecked(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endPrevious)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AppointmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.role)
        self.placeLabel.setBuddy(self.place)
        self.designationLabel.setBuddy(self.designation)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppointmentDialog)
        self.buttons.rejected.connect(AppointmentDialog.reject)

        QMetaObject.connectSlotsByName(AppointmentDialog)
    # setupUi

    def retranslateUi(self, AppointmentDialog):
        AppointmentDialog.setWindowTitle(QCoreApplication.translate("AppointmentDialog", u"Appointment", None))
        self.roleLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Role", None))
        self.placeLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Place", None))
        self.designationLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Designation (as printed)", None))
        self.startLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&From", None))
        self.endLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&To (empty while in post)", None))
        self.endPrevious.setText(QCoreApplication.translate("AppointmentDialog", u"The previous holder leaves office the day before (transfer)", None))
    # retranslateUi

