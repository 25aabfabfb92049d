#include "widgets/profiles/profileundobar.h"

#include "core/profiles/profilestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

ProfileUndoBar::ProfileUndoBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    hide();
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_undo = new QToolButton(this);
    m_dismiss = new QToolButton(this);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(QStringLiteral("×"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_dismiss);
    // The same window the store keeps the file for undo: past it, Undo would find no file.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(ProfileStore::UndoWindow);

    connect(m_undo, &QToolButton::clicked, this, [this] {
        hide();
        emit undoRequested();
    });
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    retranslateUi();
}

void ProfileUndoBar::showFor(const QString &name, const QString &undoText)
{
    m_name = name;
    m_undoText = undoText;
    retranslateUi();
    show();
    m_timer->start();
}

void ProfileUndoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ProfileUndoBar::retranslateUi()
{
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Bring the deleted profile back"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    if (!m_name.isEmpty())
        m_label->setText(tr("Deleted “%1”.").arg(m_name));
}
