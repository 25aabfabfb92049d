#pragma once

// Header-only: it drives widgets, and the shared test library links core alone.
#include "core/session/session.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/sessiontab.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

// Connects a session tab as a user does: shows it, types the URL into the connection bar, clicks
// Connect and waits for Open. A failed check ends the calling test (QTest::currentTestFailed()).
namespace TabDriver {

inline void connectByHand(SessionTab *tab, const QString &url)
{
    tab->resize(1100, 760);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab));
    ConnectionBar *bar = tab->connectionBar();
    bar->urlEdit()->clear();
    QTest::keyClicks(bar->urlEdit(), url);
    QVERIFY2(bar->urlError().isEmpty(), qPrintable(bar->urlError()));
    QVERIFY(bar->connectButton()->isVisible());
    QVERIFY(bar->connectButton()->isEnabled());
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), SessionState::Open, 10000);
}

} // namespace TabDriver
