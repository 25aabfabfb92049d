#include "widgets/session/closedialog.h"

#include "widgets/detail/statuscolors.h"
#include "core/protocol/closecodes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <limits>

namespace {

constexpr int CustomData = -1;

} // namespace

CloseDialog::CloseDialog(QWidget *parent)
    : QDialog(parent)
    , m_codeCombo(new QComboBox(this))
    , m_customCode(new QLineEdit(this))
    , m_codeLabel(new QLabel(this))
    , m_customLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_counter(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Digits only, up to 5 of them: 99999 is still typed and refused with a reason, not swallowed.
    m_customCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_customCode));
    m_customCode->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    m_meaning->setWordWrap(true);
    QPalette mutedPalette = m_meaning->palette();
    mutedPalette.setColor(QPalette::WindowText, StatusColors::muted(palette()));
    m_meaning->setPalette(mutedPalette);
    m_message->setWordWrap(true);
    QPalette badPalette = m_message->palette();
    badPalette.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_message->setPalette(badPalette);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_codeLabel->setBuddy(m_codeCombo);
    m_customLabel->setBuddy(m_customCode);
    m_reasonLabel->setBuddy(m_reason);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeCombo, 1);
    codeRow->addWidget(m_customLabel);
    codeRow->addWidget(m_customCode);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_counter);

    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, codeRow);
    form->addRow(QString(), m_meaning);
    form->addRow(m_reasonLabel, reasonRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    fillCodes();
    connect(m_codeCombo, &QComboBox::currentIndexChanged, this, &CloseDialog::validate);
    connect(m_customCode, &QLineEdit::textChanged, this, &CloseDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &CloseDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloseDialog::reject);

    retranslateUi();
    setCode(CloseCodes::NormalClosure);
    setMinimumWidth(460);
}

void CloseDialog::fillCodes()
{
    const int current = m_codeCombo->currentIndex();
    const QSignalBlocker blocker(m_codeCombo);
    m_codeCombo->clear();
    const QList<CloseCodes::Entry> entries = CloseCodes::sendableNamed();
    for (const CloseCodes::Entry &entry : entries) {
        m_codeCombo->addItem(CloseCodes::label(entry.code), int(entry.code));
        m_codeCombo->setItemData(m_codeCombo->count() - 1, entry.meaning, Qt::ToolTipRole);
    }
    m_codeCombo->addItem(tr("Custom code…"), CustomData);
    m_codeCombo->setItemData(m_codeCombo->count() - 1, tr("Any code; 3000–4999 are for libraries, frameworks and applications (RFC 6455 §7.4.2)"),
                             Qt::ToolTipRole);
    if (current >= 0)
        m_codeCombo->setCurrentIndex(current);
}

bool CloseDialog::isCustom() const
{
    return m_codeCombo->currentData().toInt() == CustomData;
}

void CloseDialog::setCode(quint16 code)
{
    const int index = m_codeCombo->findData(int(code));
    if (index >= 0) {
        m_codeCombo->setCurrentIndex(index);
        validate();
    } else {
        setCustomCodeText(QString::number(code));
    }
}

void CloseDialog::setCustomCodeText(const QString &text)
{
    m_codeCombo->setCurrentIndex(m_codeCombo->count() - 1);
    m_customCode->setText(text);
    validate();
}

void CloseDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    validate();
}

quint16 CloseDialog::code() const
{
    if (!isCustom())
        return quint16(m_codeCombo->currentData().toInt());
    bool ok = false;
    const uint value = m_customCode->text().toUInt(&ok);
    return ok && value <= std::numeric_limits<quint16>::max() ? quint16(value) : quint16(0);
}

QString CloseDialog::reason() const
{
    return m_reason->text();
}

QString CloseDialog::byteCounterText() const
{
    return tr("%1 / %2 bytes").arg(m_reasonBytes).arg(MaxReasonBytes);
}

QPushButton *CloseDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CloseDialog::validate()
{
    const bool custom = isCustom();
    m_customCode->setEnabled(custom);
    m_customLabel->setEnabled(custom);
    m_reasonBytes = int(m_reason->text().toUtf8().size());
    m_counter->setText(byteCounterText());

    QString error;
    quint16 chosen = 0;
    if (custom) {
        const QString text = m_customCode->text().trimmed();
        bool ok = false;
        const uint value = text.toUInt(&ok);
        if (text.isEmpty())
            error = tr("Enter a close code, e.g. 4000 (3000–4999 are free for applications).");
        else if (!ok || value > std::numeric_limits<quint16>::max())
            error = tr("%1 does not fit in a close code (2 bytes, at most 65535).").arg(text);
        else
            chosen = quint16(value);
    } else {
        chosen = quint16(m_codeCombo->currentData().toInt());
    }
    if (error.isEmpty())
        error = CloseCodes::checkOutgoing(chosen, m_reason->text());
    m_errorText = error;

    m_meaning->setText(chosen != 0 || !custom ? CloseCodes::meaning(chosen) : QString());
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    QPalette counterPalette = m_counter->palette();
    counterPalette.setColor(QPalette::WindowText, m_reasonBytes > MaxReasonBytes ? StatusColors::bad(palette())
                                                                                 : StatusColors::muted(palette()));
    m_counter->setPalette(counterPalette);
    if (QPushButton *ok = okButton()) {
        ok->setEnabled(error.isEmpty());
        ok->setToolTip(error);
    }
    fitHeight();
}

void CloseDialog::fitHeight()
{
    // Word-wrapped labels (the code's meaning, the message) need more height when a message
    // appears or a longer meaning is chosen; a dialog that is already shown does not grow by
    // itself, and its labels would be clipped. Grow to what the layout needs at this width.
    QLayout *box = layout();
    if (!box)
        return;
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void CloseDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Narrower means more lines for the wrapped labels.
    if (event->oldSize().width() != event->size().width())
        fitHeight();
}

void CloseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CloseDialog::retranslateUi()
{
    setWindowTitle(tr("Close the connection"));
    m_codeLabel->setText(tr("&Code:"));
    m_customLabel->setText(tr("C&ustom:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_customCode->setPlaceholderText(tr("4000"));
    m_customCode->setAccessibleName(tr("Custom close code"));
    m_reason->setPlaceholderText(tr("optional, at most %1 bytes").arg(MaxReasonBytes));
    m_reason->setAccessibleName(tr("Close reason"));
    m_counter->setToolTip(tr("UTF-8 bytes of the reason; a Close frame has room for %1").arg(MaxReasonBytes));
    if (QPushButton *ok = okButton())
        ok->setText(tr("Send Close"));
    fillCodes();
    validate();
}
