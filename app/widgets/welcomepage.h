#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

// What the main window shows while no session tab is open: a title, a hint, and buttons for a
// new session and the built-in echo session.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setActions(QAction *newTab, QAction *echo);
    // The hint names the New Session Tab shortcut; call after a language change.
    void retranslateUi();
    // Where keyboard focus goes when the page is the current pane.
    QToolButton *newTabButton() const { return m_newTab; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_newTab = nullptr;
    QToolButton *m_echo = nullptr;
};
