#include "widgets/session/scenariostepdialog.h"

#include "core/scenario/scenariocompiler.h"
#include "core/scenario/scenarioparser.h"
#include "widgets/detail/statuscolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int ValueMinimumChars = 60;

bool takesValue(const QString &action)
{
    return action != QLatin1String("drop") && action != QLatin1String("expect-drop");
}

bool takesFragment(const QString &action)
{
    return action == QLatin1String("send") || action == QLatin1String("send-hex") || action == QLatin1String("send-base64");
}

} // namespace

ScenarioStepDialog::ScenarioStepDialog(const ScenarioStep &step, QWidget *parent)
    : QDialog(parent)
    , m_action(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_fragmentLabel(new QLabel(this))
    , m_fragment(new QLineEdit(this))
    , m_withinLabel(new QLabel(this))
    , m_within(new QSpinBox(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Scenario Step"));
    m_action->addItems(ScenarioParser::actionNames());
    m_action->setCurrentText(step.action.isEmpty() ? QStringLiteral("send") : step.action);
    m_value->setText(step.value);
    m_value->setMinimumWidth(m_value->fontMetrics().averageCharWidth() * ValueMinimumChars);
    m_value->setAccessibleName(tr("Value"));
    m_fragment->setText(step.fragment);
    m_fragment->setPlaceholderText(tr("none; e.g. 3, 3,ping or 3+5+2"));
    m_within->setRange(0, ScenarioCompiler::MaxWaitMs);
    m_within->setSpecialValueText(tr("no limit"));
    m_within->setSuffix(tr(" ms"));
    m_within->setValue(step.withinMs);
    m_hint->setWordWrap(true);
    // Wrapped at the field's width, not at a narrower width of its own.
    m_hint->setMinimumWidth(m_value->minimumWidth());
    m_hint->setTextFormat(Qt::PlainText);
    StatusColors::setColor(m_hint, QPalette::WindowText, StatusColors::muted(palette()));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fragmentLabel->setText(tr("&Fragments:"));
    m_fragmentLabel->setBuddy(m_fragment);
    m_withinLabel->setText(tr("&Within:"));
    m_withinLabel->setBuddy(m_within);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(m_valueLabel, m_value);
    form->addRow(QString(), m_hint);
    form->addRow(m_fragmentLabel, m_fragment);
    form->addRow(m_withinLabel, m_within);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_error.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentTextChanged, this, &ScenarioStepDialog::onActionChanged);
    connect(m_value, &QLineEdit::textChanged, this, &ScenarioStepDialog::validate);
    connect(m_fragment, &QLineEdit::textChanged, this, &ScenarioStepDialog::validate);
    connect(m_within, &QSpinBox::valueChanged, this, &ScenarioStepDialog::validate);
    onActionChanged();
    m_value->setFocus(Qt::OtherFocusReason);
}

ScenarioStep ScenarioStepDialog::step() const
{
    ScenarioStep step;
    step.action = m_action->currentText();
    if (takesValue(step.action))
        step.value = m_value->text();
    if (takesFragment(step.action))
        step.fragment = m_fragment->text().trimmed();
    if (step.action == QLatin1String("expect-message"))
        step.withinMs = m_within->value();
    return step;
}

void ScenarioStepDialog::onActionChanged()
{
    const QString action = m_action->currentText();
    m_valueLabel->setText(tr("&Value:"));
    m_valueLabel->setBuddy(m_value);
    m_valueLabel->setVisible(takesValue(action));
    m_value->setVisible(takesValue(action));
    m_hint->setText(hint(action));
    m_fragmentLabel->setVisible(takesFragment(action));
    m_fragment->setVisible(takesFragment(action));
    const bool within = action == QLatin1String("expect-message");
    m_withinLabel->setVisible(within);
    m_within->setVisible(within);
    validate();
}

void ScenarioStepDialog::validate()
{
    m_error.clear();
    m_errorField.clear();
    QString why;
    QString field;
    if (!ScenarioCompiler::compile(step(), &why, &field, FrameSpecParser::Files::Defer)) {
        m_error = why;
        m_errorField = field;
    }
    m_errorLabel->setText(m_error.isEmpty() ? tr("✓ The step is valid.") : m_error);
    StatusColors::setColor(m_errorLabel, QPalette::WindowText,
                           m_error.isEmpty() ? StatusColors::good(palette()) : StatusColors::bad(palette()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error.isEmpty());
    fitHeight();
}

void ScenarioStepDialog::fitHeight()
{
    // A longer message or hint (or translation) wraps onto more lines: the dialog grows with it
    // instead of squeezing the labels over each other.
    QLayout *box = layout();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString ScenarioStepDialog::valueText(const ScenarioStep &step)
{
    const QString &a = step.action;
    if (a == QLatin1String("wait"))
        return tr("%1 ms").arg(step.value);
    if (!takesValue(a))
        return QString();
    if (a == QLatin1String("expect-close"))
        return step.value.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", "));
    QString text = step.value;
    if (step.withinMs > 0)
        text = tr("%1  within %2 ms").arg(text).arg(step.withinMs);
    if (!step.fragment.isEmpty())
        text = tr("%1  fragment=%2").arg(text, step.fragment);
    return text;
}

QString ScenarioStepDialog::hint(const QString &action)
{
    if (action == QLatin1String("send"))
        return tr("A text message.");
    if (action == QLatin1String("send-hex"))
        return tr("A binary message as hex digits, e.g. 00 ff 10.");
    if (action == QLatin1String("send-base64"))
        return tr("A binary message in Base64.");
    if (action == QLatin1String("send-file"))
        return tr("A file sent as one binary message (read when the step runs).");
    if (action == QLatin1String("ping"))
        return tr("A ping with this payload (at most 125 bytes).");
    if (action == QLatin1String("send-frame"))
        return tr("A hand-made frame: fin, rsv1–3, opcode, mask, key, length, payload / payload-hex / "
                  "payload-base64 / payload-file, e.g. fin=0 opcode=text payload=a. Needs the wire tap.");
    if (action == QLatin1String("pong"))
        return tr("auto, off, delay=MS or payload=TEXT. Other than auto needs the wire tap.");
    if (action == QLatin1String("wait"))
        return tr("Milliseconds to pause.");
    if (action == QLatin1String("close"))
        return tr("CODE[:REASON], e.g. 1000:bye.");
    if (action == QLatin1String("drop"))
        return tr("Ends the TCP connection without a Close frame.");
    if (action == QLatin1String("expect-close"))
        return tr("Close codes separated by commas, e.g. 1002,1007: the server closes with one of them.");
    if (action == QLatin1String("expect-message"))
        return tr("A regular expression a message from the server matches.");
    if (action == QLatin1String("expect-drop"))
        return tr("The server ends the TCP connection without a Close frame.");
    return QString();
}
