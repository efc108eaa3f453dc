# generated - do not edit: compiled from ui/bulk_status_dialog.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulk_status_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from liaison_desktop.gui.widgets.combos import VocabCombo
class Ui_BulkStatusDialog(object):
    def setupUi(self, BulkStatusDialog):
        if not BulkStatusDialog.objectName():
            BulkStatusDialog.setObjectName(u"BulkStatusDialog")
        BulkStatusDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(BulkStatusDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(BulkStatusDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusLabel = QLabel(BulkStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = VocabCombo(BulkStatusDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.remarkLabel = QLabel(BulkStatusDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remark = QPlainTextEdit(BulkStatusDialog)
        self.remark.setObjectName(u"remark")
        self.remark.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remark)


        self.layout.addLayout(self.form)

        self.note = QLabel(BulkStatusDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(BulkStatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.remarkLabel.setBuddy(self.remark)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BulkStatusDialog)
        self.buttons.accepted.connect(BulkStatusDialog.accept)
        self.buttons.rejected.connect(BulkStatusDialog.reject)

        QMetaObject.connectSlotsByName(BulkStatusDialog)
    # setupUi

    def retranslateUi(self, BulkStatusDialog):
        BulkStatusDialog.setWindowTitle(QCoreApplication.translate("BulkStatusDialog", u"Change status", None))
        self.statusLabel.setText(QCoreApplication.translate("BulkStatusDialog", u"New &status", None))
        self.remarkLabel.setText(QCoreApplication.translate("BulkStatusDialog", u"&Remark", None))
        self.note.setText(QCoreApplication.translate("BulkStatusDialog", u"The change is recorded in the audit log. The next meeting that reviews an item sets its status again.", None))
    # retranslateUi

