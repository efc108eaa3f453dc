# generated - do not edit: compiled from ui/welcome_page.ui by scripts/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)
class Ui_WelcomeForm(object):
    def setupUi(self, WelcomeForm):
        if not WelcomeForm.objectName():
            WelcomeForm.setObjectName(u"WelcomeForm")
        self.layout = QVBoxLayout(WelcomeForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(60, -1, 60, -1)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.topSpacer)

        self.title = QLabel(WelcomeForm)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.intro = QLabel(WelcomeForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.setupButton = QCommandLinkButton(WelcomeForm)
        self.setupButton.setObjectName(u"setupButton")

        self.layout.addWidget(self.setupButton)

        self.demoButton = QCommandLinkButton(WelcomeForm)
        self.demoButton.setObjectName(u"demoButton")

        self.layout.addWidget(self.demoButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomeForm)

        QMetaObject.connectSlotsByName(WelcomeForm)
    # setupUi

    def retranslateUi(self, WelcomeForm):
        self.title.setText(QCoreApplication.translate("WelcomeForm", u"Welcome to Liaison Desktop", None))
        self.intro.setText(QCoreApplication.translate("WelcomeForm", u"Record police\u2013public liaison meetings, follow every decision until it is done, and print minutes for signature. How would you like to begin?", None))
        self.setupButton.setText(QCoreApplication.translate("WelcomeForm", u"Set up my office", None))
        self.setupButton.setDescription(QCoreApplication.translate("WelcomeForm", u"Enter the office name, letterhead details and your police stations. Meeting series are created for you.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeForm", u"Open demo data", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeForm", u"Try the program with a sample Kanpur office: stations, people, six months of meetings and action items. Kept in a separate file; your own data is not touched.", None))
        pass
    # retranslateUi

