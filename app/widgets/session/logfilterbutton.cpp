#include "widgets/session/logfilterbutton.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace {

constexpr LogFilter::DirectionFlag Directions[] = {LogFilter::Sent, LogFilter::Received, LogFilter::Session};
constexpr LogFilter::KindFlag Kinds[] = {LogFilter::Text,      LogFilter::Binary, LogFilter::PingPong, LogFilter::Close,
                                         LogFilter::Handshake, LogFilter::Errors, LogFilter::Other};

QString kindName(LogFilter::KindFlag flag)
{
    switch (flag) {
    case LogFilter::Text: return LogFilterButton::tr("text");
    case LogFilter::Binary: return LogFilterButton::tr("binary");
    case LogFilter::PingPong: return LogFilterButton::tr("ping/pong");
    case LogFilter::Close: return LogFilterButton::tr("close");
    case LogFilter::Handshake: return LogFilterButton::tr("handshake");
    case LogFilter::Errors: return LogFilterButton::tr("errors");
    case LogFilter::Other: return LogFilterButton::tr("state and notes");
    }
    return QString();
}

QString kindMenuName(LogFilter::KindFlag flag)
{
    switch (flag) {
    case LogFilter::Text: return LogFilterButton::tr("Text");
    case LogFilter::Binary: return LogFilterButton::tr("Binary");
    case LogFilter::PingPong: return LogFilterButton::tr("Ping and Pong");
    case LogFilter::Close: return LogFilterButton::tr("Close");
    case LogFilter::Handshake: return LogFilterButton::tr("Handshake");
    case LogFilter::Errors: return LogFilterButton::tr("Errors");
    case LogFilter::Other: return LogFilterButton::tr("State, TLS and Notes");
    }
    return QString();
}

QString directionName(LogFilter::DirectionFlag flag)
{
    switch (flag) {
    case LogFilter::Sent: return LogFilterButton::tr("↑ Sent");
    case LogFilter::Received: return LogFilterButton::tr("↓ Received");
    case LogFilter::Session: return LogFilterButton::tr("⇄ Session events (no direction)");
    }
    return QString();
}

} // namespace

LogFilterButton::LogFilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    setMenu(menu);
    const auto addToggle = [this, menu](int data) {
        QAction *action = menu->addAction(QString());
        action->setCheckable(true);
        action->setData(data);
        connect(action, &QAction::toggled, this, &LogFilterButton::onToggled);
        return action;
    };
    m_directionSection = menu->addSection(QString());
    for (const LogFilter::DirectionFlag flag : Directions)
        m_directions.append(addToggle(flag));
    m_kindSection = menu->addSection(QString());
    for (const LogFilter::KindFlag flag : Kinds)
        m_kinds.append(addToggle(flag));
    menu->addSeparator();
    m_problems = addToggle(0);
    menu->addSeparator();
    m_showAll = menu->addAction(QString());
    connect(m_showAll, &QAction::triggered, this, [this] {
        if (m_filter.isAll())
            return;
        setLogFilter(LogFilter());
        emit logFilterChanged(m_filter);
    });
    syncActions();
    retranslateUi();
}

QAction *LogFilterButton::directionAction(LogFilter::DirectionFlag flag) const
{
    for (QAction *action : m_directions) {
        if (action->data().toInt() == flag)
            return action;
    }
    return nullptr;
}

QAction *LogFilterButton::kindAction(LogFilter::KindFlag flag) const
{
    for (QAction *action : m_kinds) {
        if (action->data().toInt() == flag)
            return action;
    }
    return nullptr;
}

void LogFilterButton::setLogFilter(const LogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    syncActions();
    retranslateUi();
}

void LogFilterButton::syncActions()
{
    m_syncing = true;
    for (QAction *action : std::as_const(m_directions))
        action->setChecked(m_filter.directions & action->data().toInt());
    for (QAction *action : std::as_const(m_kinds))
        action->setChecked(m_filter.kinds & action->data().toInt());
    m_problems->setChecked(m_filter.problemsOnly);
    m_syncing = false;
}

void LogFilterButton::onToggled()
{
    if (m_syncing)
        return;
    LogFilter filter;
    filter.directions = 0;
    filter.kinds = 0;
    for (QAction *action : std::as_const(m_directions)) {
        if (action->isChecked())
            filter.directions |= quint8(action->data().toInt());
    }
    for (QAction *action : std::as_const(m_kinds)) {
        if (action->isChecked())
            filter.kinds |= quint16(action->data().toInt());
    }
    filter.problemsOnly = m_problems->isChecked();
    if (filter == m_filter)
        return;
    m_filter = filter;
    retranslateUi();
    emit logFilterChanged(m_filter);
}

QString LogFilterButton::describe(const LogFilter &filter)
{
    if (filter.isAll())
        return tr("all");
    QStringList parts;
    if (filter.directions != LogFilter::AllDirections) {
        QString arrows;
        if (filter.directions & LogFilter::Sent)
            arrows += QStringLiteral("↑");
        if (filter.directions & LogFilter::Received)
            arrows += QStringLiteral("↓");
        if (filter.directions & LogFilter::Session)
            arrows += QStringLiteral("⇄");
        parts << (arrows.isEmpty() ? tr("no direction") : arrows);
    }
    if (filter.kinds != LogFilter::AllKinds) {
        QStringList kinds;
        QStringList hidden;
        for (const LogFilter::KindFlag flag : Kinds)
            ((filter.kinds & flag) ? kinds : hidden) << kindName(flag);
        // "no ping/pong" reads better than six kinds in a row.
        parts << (hidden.size() < kinds.size() ? tr("no %1").arg(hidden.join(QStringLiteral(", ")))
                                               : (kinds.isEmpty() ? tr("no kind") : kinds.join(QStringLiteral(", "))));
    }
    if (filter.problemsOnly)
        parts << tr("problems only");
    return parts.join(QStringLiteral(" · "));
}

void LogFilterButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void LogFilterButton::retranslateUi()
{
    m_directionSection->setText(tr("Direction"));
    m_kindSection->setText(tr("Kind"));
    for (QAction *action : std::as_const(m_directions))
        action->setText(directionName(LogFilter::DirectionFlag(action->data().toInt())));
    for (QAction *action : std::as_const(m_kinds))
        action->setText(kindMenuName(LogFilter::KindFlag(action->data().toInt())));
    m_problems->setText(tr("Only problems (errors, refused handshakes, unclean closes)"));
    m_showAll->setText(tr("Show Everything"));
    setText(tr("Show: %1").arg(describe(m_filter)));
    setToolTip(tr("Which rows to show: direction × kind, e.g. received text without pings"));
    setAccessibleName(tr("Row filter"));
}
