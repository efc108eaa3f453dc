# generated - do not edit: compiled from ui/meeting_details.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_details.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

from liaison_desktop.gui.widgets.combos import VocabCombo
from liaison_desktop.gui.widgets.datefield import (DateField, TimeField)
from liaison_desktop.gui.widgets.personfield import PersonField
class Ui_MeetingDetailsForm(object):
    def setupUi(self, MeetingDetailsForm):
        if not MeetingDetailsForm.objectName():
            MeetingDetailsForm.setObjectName(u"MeetingDetailsForm")
        self.columns = QHBoxLayout(MeetingDetailsForm)
        self.columns.setObjectName(u"columns")
        self.left = QFormLayout()
        self.left.setObjectName(u"left")
        self.titleLabel = QLabel(MeetingDetailsForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.left.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(MeetingDetailsForm)
        self.title.setObjectName(u"title")

        self.left.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.seriesLabel = QLabel(MeetingDetailsForm)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.left.setWidget(1, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.series = QLabel(MeetingDetailsForm)
        self.series.setObjectName(u"series")
        self.series.setWordWrap(True)

        self.left.setWidget(1, QFormLayout.ItemRole.FieldRole, self.series)

        self.dateLabel = QLabel(MeetingDetailsForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.left.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateField(MeetingDetailsForm)
        self.date.setObjectName(u"date")

        self.left.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date)

        self.timeLabel = QLabel(MeetingDetailsForm)
        self.timeLabel.setObjectName(u"timeLabel")

        self.left.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.startTime = TimeField(MeetingDetailsForm)
        self.startTime.setObjectName(u"startTime")

        self.timeRow.addWidget(self.startTime)

        self.timeDash = QLabel(MeetingDetailsForm)
        self.timeDash.setObjectName(u"timeDash")
        self.timeDash.setText(u"\u2013")

        self.timeRow.addWidget(self.timeDash)

        self.endTime = TimeField(MeetingDetailsForm)
        self.endTime.setObjectName(u"endTime")

        self.timeRow.addWidget(self.endTime)


        self.left.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.venueLabel = QLabel(MeetingDetailsForm)
        self.venueLabel.setObjectName(u"venueLabel")

        self.left.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(MeetingDetailsForm)
        self.venue.setObjectName(u"venue")

        self.left.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venue)

        self.languageLabel = QLabel(MeetingDetailsForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.left.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = VocabCombo(MeetingDetailsForm)
        self.language.setObjectName(u"language")

        self.left.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language)

        self.referenceLabel = QLabel(MeetingDetailsForm)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.left.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLabel(MeetingDetailsForm)
        self.reference.setObjectName(u"reference")
        self.reference.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.left.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reference)


        self.columns.addLayout(self.left)

        self.right = QFormLayout()
        self.right.setObjectName(u"right")
        self.chairLabel = QLabel(MeetingDetailsForm)
        self.chairLabel.setObjectName(u"chairLabel")

        self.right.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chair = PersonField(MeetingDetailsForm)
        self.chair.setObjectName(u"chair")

        self.right.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chair)

        self.chairDesignationLabel = QLabel(MeetingDetailsForm)
        self.chairDesignationLabel.setObjectName(u"chairDesignationLabel")

        self.right.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairDesignationLabel)

        self.chairDesignation = QLineEdit(MeetingDetailsForm)
        self.chairDesignation.setObjectName(u"chairDesignation")

        self.right.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairDesignation)

        self.recorderLabel = QLabel(MeetingDetailsForm)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.right.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recorderLabel)

        self.recorder = PersonField(MeetingDetailsForm)
        self.recorder.setObjectName(u"recorder")

        self.right.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recorder)

        self.recorderDesignationLabel = QLabel(MeetingDetailsForm)
        self.recorderDesignationLabel.setObjectName(u"recorderDesignationLabel")

        self.right.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recorderDesignationLabel)

        self.recorderDesignation = QLineEdit(MeetingDetailsForm)
        self.recorderDesignation.setObjectName(u"recorderDesignation")

        self.right.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recorderDesignation)

        self.notesLabel = QLabel(MeetingDetailsForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.right.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(MeetingDetailsForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.right.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)


        self.columns.addLayout(self.right)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.dateLabel.setBuddy(self.date)
        self.timeLabel.setBuddy(self.startTime)
        self.venueLabel.setBuddy(self.venue)
        self.languageLabel.setBuddy(self.language)
        self.chairLabel.setBuddy(self.chair)
        self.chairDesignationLabel.setBuddy(self.chairDesignation)
        self.recorderLabel.setBuddy(self.recorder)
        self.recorderDesignationLabel.setBuddy(self.recorderDesignation)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.startTime)
        QWidget.setTabOrder(self.startTime, self.endTime)
        QWidget.setTabOrder(self.endTime, self.venue)
        QWidget.setTabOrder(self.venue, self.language)
        QWidget.setTabOrder(self.language, self.chair)
        QWidget.setTabOrder(self.chair, self.chairDesignation)
        QWidget.setTabOrder(self.chairDesignation, self.recorder)
        QWidget.setTabOrder(self.recorder, self.recorderDesignation)
        QWidget.setTabOrder(self.recorderDesignation, self.notes)

        self.retranslateUi(MeetingDetailsForm)

        QMetaObject.connectSlotsByName(MeetingDetailsForm)
    # setupUi

    def retranslateUi(self, MeetingDetailsForm):
        self.titleLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Title", None))
        self.seriesLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"Series", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Date", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"Ti&me (from \u2013 to)", None))
        self.venueLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Venue", None))
        self.languageLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Language of the minutes", None))
        self.referenceLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"Reference no.", None))
        self.chairLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Chair (presided)", None))
        self.chairDesignationLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"Chair's designation", None))
        self.recorderLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Recorded by", None))
        self.recorderDesignationLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"Recorder's designation", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingDetailsForm", u"&Notes", None))
        pass
    # retranslateUi

