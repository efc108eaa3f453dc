# generated - do not edit: compiled from ui/new_meeting_dialog.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_meeting_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from liaison_desktop.gui.widgets.combos import ValueCombo
from liaison_desktop.gui.widgets.datefield import DateField
class Ui_NewMeetingDialog(object):
    def setupUi(self, NewMeetingDialog):
        if not NewMeetingDialog.objectName():
            NewMeetingDialog.setObjectName(u"NewMeetingDialog")
        NewMeetingDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(NewMeetingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.seriesLabel = QLabel(NewMeetingDialog)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.series = ValueCombo(NewMeetingDialog)
        self.series.setObjectName(u"series")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.series)

        self.dateLabel = QLabel(NewMeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateField(NewMeetingDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.includeStation = QCheckBox(NewMeetingDialog)
        self.includeStation.setObjectName(u"includeStation")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.includeStation)


        self.layout.addLayout(self.form)

        self.hint = QLabel(NewMeetingDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(NewMeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.seriesLabel.setBuddy(self.series)
        self.dateLabel.setBuddy(self.date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.series, self.date)
        QWidget.setTabOrder(self.date, self.includeStation)
        QWidget.setTabOrder(self.includeStation, self.buttons)

        self.retranslateUi(NewMeetingDialog)
        self.buttons.accepted.connect(NewMeetingDialog.accept)
        self.buttons.rejected.connect(NewMeetingDialog.reject)

        QMetaObject.connectSlotsByName(NewMeetingDialog)
    # setupUi

    def retranslateUi(self, NewMeetingDialog):
        NewMeetingDialog.setWindowTitle(QCoreApplication.translate("NewMeetingDialog", u"New meeting", None))
        self.seriesLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"&Series", None))
        self.dateLabel.setText(QCoreApplication.translate("NewMeetingDialog", u"Meeting &date", None))
        self.includeStation.setText(QCoreApplication.translate("NewMeetingDialog", u"Also review open items about this station from other series", None))
        self.hint.setText(QCoreApplication.translate("NewMeetingDialog", u"The invitees of the series and every open action item from its earlier meetings are filled in; you can change everything before saving.", None))
    # retranslateUi

