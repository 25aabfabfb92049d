#include "widgets/welcomepage.h"

#include "widgets/mainwindow.h"
#include "widgets/mainwindowactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr qreal TitleScale = 1.6;
constexpr int ButtonGap = 12;

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_newTab(new QToolButton(this))
    , m_echo(new QToolButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * TitleScale);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    for (QToolButton *b : {m_newTab, m_echo})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newTab);
    buttons->addWidget(m_echo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addSpacing(ButtonGap);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void WelcomePage::setActions(QAction *newTab, QAction *echo)
{
    m_newTab->setDefaultAction(newTab);
    m_echo->setDefaultAction(echo);
}

void WelcomePage::retranslateUi()
{
    QAction *newTab = m_newTab->defaultAction();
    QAction *echo = m_echo->defaultAction();
    if (newTab)
        m_newTab->setAccessibleName(MainWindowActions::plain(newTab->text()));
    if (echo)
        m_echo->setAccessibleName(MainWindowActions::plain(echo->text()));
    m_title->setText(MainWindow::tr("WsScope"));
    m_text->setText(MainWindow::tr("Double-click a profile to open a session, or start a new one with %1.")
                            .arg(newTab ? newTab->shortcut().toString(QKeySequence::NativeText) : QString()));
}
