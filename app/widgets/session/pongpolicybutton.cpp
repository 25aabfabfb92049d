#include "widgets/session/pongpolicybutton.h"

#include "widgets/detail/statuscolors.h"

#include <QActionGroup>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QWidgetAction>

namespace {

constexpr int DefaultDelayMs = 5000;
constexpr int ShownPayloadChars = 12;

} // namespace

PongPolicyButton::PongPolicyButton(QWidget *parent)
    : QToolButton(parent)
{
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(menu);
    m_auto = menu->addAction(QString());
    m_withhold = menu->addAction(QString());
    for (QAction *action : {m_auto, m_withhold}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    m_auto->setChecked(true);

    // The two policies that take a value: a small form inside the menu.
    auto *valuesAction = new QWidgetAction(menu);
    auto *values = new QWidget(menu);
    auto *form = new QFormLayout(values);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_delay = new QSpinBox(values);
    m_delay->setRange(1, PongPolicy::MaxDelayMs);
    m_delay->setValue(DefaultDelayMs);
    m_delay->setSuffix(QStringLiteral(" ms"));
    m_payload = new QLineEdit(values);
    m_delayLabel = new QLabel(values);
    m_payloadLabel = new QLabel(values);
    m_problem = new QLabel(values);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setVisible(false);
    form->addRow(m_delayLabel, m_delay);
    form->addRow(m_payloadLabel, m_payload);
    form->addRow(m_problem);
    valuesAction->setDefaultWidget(values);
    menu->addSeparator();
    menu->addAction(valuesAction);
    m_applyDelay = menu->addAction(QString());
    m_applyPayload = menu->addAction(QString());
    for (QAction *action : {m_applyDelay, m_applyPayload}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    setMenu(menu);

    connect(m_auto, &QAction::triggered, this, [this] { applyText(QStringLiteral("auto")); });
    connect(m_withhold, &QAction::triggered, this, [this] { applyText(QStringLiteral("off")); });
    connect(m_applyDelay, &QAction::triggered, this, [this] { applyText(QStringLiteral("delay=%1").arg(m_delay->value())); });
    connect(m_applyPayload, &QAction::triggered, this, [this] { applyText(QStringLiteral("payload=") + m_payload->text()); });
    connect(m_payload, &QLineEdit::returnPressed, m_applyPayload, &QAction::trigger);
    connect(m_delay, &QSpinBox::editingFinished, this, [this] {
        if (m_policy.mode == PongPolicy::Mode::Delay && m_delay->value() != m_policy.delayMs)
            m_applyDelay->trigger();
    });

    retranslateUi();
}

bool PongPolicyButton::applyText(const QString &text, QString *error)
{
    QString why;
    const std::optional<PongPolicy> policy = PongPolicy::parse(text, &why);
    if (!policy) {
        m_problem->setText(why);
        StatusColors::setColor(m_problem, QPalette::WindowText, StatusColors::bad(palette()));
        m_problem->setVisible(true);
        setPolicy(m_policy); // the checked entry goes back to the one in force
        if (error)
            *error = why;
        return false;
    }
    m_problem->setVisible(false);
    setPolicy(*policy);
    emit policyChosen(*policy);
    return true;
}

void PongPolicyButton::setPolicy(const PongPolicy &policy)
{
    m_policy = policy;
    switch (policy.mode) {
    case PongPolicy::Mode::Auto:
        m_auto->setChecked(true);
        break;
    case PongPolicy::Mode::Withhold:
        m_withhold->setChecked(true);
        break;
    case PongPolicy::Mode::Delay:
        m_delay->setValue(policy.delayMs);
        m_applyDelay->setChecked(true);
        break;
    case PongPolicy::Mode::Replace:
        m_payload->setText(QString::fromUtf8(policy.payload));
        m_applyPayload->setChecked(true);
        break;
    }
    retranslateUi();
}

void PongPolicyButton::setTapAvailable(bool available)
{
    m_tapAvailable = available;
    setEnabled(available);
    retranslateUi();
}

void PongPolicyButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void PongPolicyButton::retranslateUi()
{
    switch (m_policy.mode) {
    case PongPolicy::Mode::Auto:
        setText(tr("Pong: auto"));
        break;
    case PongPolicy::Mode::Withhold:
        setText(tr("Pong: withheld"));
        break;
    case PongPolicy::Mode::Delay:
        setText(tr("Pong: delayed %1 ms").arg(m_policy.delayMs));
        break;
    case PongPolicy::Mode::Replace: {
        QString shown = QString::fromUtf8(m_policy.payload);
        if (shown.size() > ShownPayloadChars)
            shown = shown.left(ShownPayloadChars) + QChar(0x2026);
        setText(tr("Pong: \"%1\"").arg(shown));
        break;
    }
    }
    setAccessibleName(tr("Pong policy"));
    setToolTip(m_tapAvailable ? tr("What the wire tap does with the pongs answering the server's pings (RFC 6455 §5.5.2); kept for this tab's later connections")
                              : tr("The pong policy needs the wire tap: turn the tap on"));
    m_auto->setText(tr("Answer pings automatically"));
    m_withhold->setText(tr("Withhold pongs (test the server's ping timeout)"));
    m_delayLabel->setText(tr("Delay:"));
    m_payloadLabel->setText(tr("Payload:"));
    m_payload->setPlaceholderText(tr("text, at most 125 bytes"));
    m_applyDelay->setText(tr("Delay each pong by the time above"));
    m_applyPayload->setText(tr("Answer with the payload above"));
}
