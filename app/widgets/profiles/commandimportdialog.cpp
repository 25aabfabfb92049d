#include "widgets/profiles/commandimportdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kMinimumWidth = 640;

} // namespace

CommandImportDialog::CommandImportDialog(QWidget *parent)
    : QDialog(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_command = new QPlainTextEdit(this);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTabChangesFocus(true);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_command, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    connect(m_command, &QPlainTextEdit::textChanged, this, &CommandImportDialog::reparse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_result.ok)
            return;
        emit profileChosen(m_result.profile);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    reparse();
    setMinimumWidth(kMinimumWidth);
}

QPushButton *CommandImportDialog::continueButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CommandImportDialog::reparse()
{
    const QString text = m_command->toPlainText();
    m_result = CommandLineImporter::parse(text);
    continueButton()->setEnabled(m_result.ok);
    if (text.trimmed().isEmpty()) {
        m_preview->setText(QString());
        return;
    }
    QStringList lines;
    if (!m_result.ok) {
        lines.append(tr("Cannot import: %1").arg(m_result.error));
    } else {
        const ConnectionSettings &c = m_result.profile.connection;
        lines.append(tr("URL: %1").arg(c.url));
        if (!c.headers.isEmpty()) {
            QStringList names;
            for (const HeaderEntry &h : c.headers)
                names.append(h.name);
            lines.append(tr("Headers: %1").arg(names.join(QStringLiteral(", "))));
        }
        if (!c.subprotocols.isEmpty())
            lines.append(tr("Subprotocols: %1").arg(c.subprotocols.join(QStringLiteral(", "))));
        if (!c.origin.isEmpty())
            lines.append(tr("Origin: %1").arg(c.origin));
        if (!c.proxy.isEmpty())
            lines.append(tr("Proxy: %1").arg(c.parsedProxy().toString(QUrl::RemovePassword)));
        if (c.tls.ignoreErrors)
            lines.append(tr("TLS errors: ignored (as the command asked)"));
        if (!m_result.profile.savedMessages.isEmpty())
            lines.append(tr("Saved messages: %n", nullptr, int(m_result.profile.savedMessages.size())));
    }
    for (const QString &left : std::as_const(m_result.notMapped))
        lines.append(tr("Not imported: %1").arg(left));
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

void CommandImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CommandImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import from Command Line"));
    m_intro->setText(tr("Paste a wscat, websocat or curl command (for example from “Copy as cURL” in the browser's "
                        "developer tools). Nothing is run; the profile editor opens with what it holds."));
    m_command->setPlaceholderText(tr("wscat -c wss://example.com/live -H 'Authorization: Bearer …'"));
    m_command->setAccessibleName(tr("Command line"));
    continueButton()->setText(tr("&Continue in Editor…"));
    reparse();
}
