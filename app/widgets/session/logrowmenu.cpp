#include "widgets/session/logrowmenu.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/export/commandline.h"
#include "core/io/safefilewriter.h"
#include "core/log/replymatcher.h"
#include "core/log/rowpayload.h"
#include "core/protocol/utf8validator.h"

#include <QClipboard>
#include <QGuiApplication>

LogRowMenu::LogRowMenu(const Event &event, const Context &context, QWidget *parent)
    : QMenu(parent)
    , m_event(event)
    , m_context(context)
{
    const RowPayload row = RowPayload::of(event);
    const bool bytes = row.available;
    const bool utf8 = bytes && Utf8Validator::firstInvalidOffset(row.bytes) < 0;
    const bool json = utf8 && !row.bytes.isEmpty() && !JsonCodec::validate(row.bytes).has_value();

    add(Item::CopyText, tr("Copy as Text"), utf8);
    add(Item::CopyHex, tr("Copy as Hex"), bytes);
    add(Item::CopyBase64, tr("Copy as Base64"), bytes);
    add(Item::CopyJson, tr("Copy as JSON (pretty)"), json);
    addSeparator();

    // Commands send a whole data message; credentials only through the item that names them.
    const bool message = row.isMessage;
    const QStringList secrets = CommandLine::secretsIn(context.settings);
    const QString including = tr("(includes %1)").arg(secrets.join(QStringLiteral(", ")));
    add(Item::CopyWebsocat, tr("Copy as websocat Command"), message);
    if (!secrets.isEmpty())
        add(Item::CopyWebsocatWithSecrets, tr("Copy as websocat Command %1").arg(including), message);
    add(Item::CopyWscat, tr("Copy as wscat Command"), message && row.isText);
    if (!secrets.isEmpty())
        add(Item::CopyWscatWithSecrets, tr("Copy as wscat Command %1").arg(including), message && row.isText);
    addSeparator();

    QAction *resend = add(Item::Resend, tr("Resend"), message && context.canSend);
    if (message && !context.canSend)
        resend->setToolTip(tr("Connect first: the message is sent on the open connection."));
    add(Item::LoadIntoComposer, tr("Load into Composer"), message);
    add(Item::SaveToFile, tr("Save Payload to File…"), bytes);
    addSeparator();

    if (context.log) {
        if (const std::optional<quint64> match = ReplyMatcher::match(*context.log, event.seq))
            m_matchSeq = *match;
    }
    add(Item::JumpToMatch, tr("Jump to Matching Request/Reply"), m_matchSeq != 0);
    setToolTipsVisible(true);
}

QAction *LogRowMenu::add(Item item, const QString &text, bool enabled)
{
    QAction *added = addAction(text);
    added->setData(int(item));
    added->setEnabled(enabled);
    m_actions.append(added);
    connect(added, &QAction::triggered, this, [this, item, added] {
        if (item > Item::CopyWscatWithSecrets) {
            emit requested(item);
            return;
        }
        QGuiApplication::clipboard()->setText(clipboardText(item));
        emit copied(added->text());
    });
    return added;
}

QAction *LogRowMenu::action(Item item) const
{
    for (QAction *action : m_actions) {
        if (action->data().toInt() == int(item))
            return action;
    }
    return nullptr;
}

QString LogRowMenu::clipboardText(Item item) const
{
    const RowPayload row = RowPayload::of(m_event);
    if (!row.available)
        return QString();
    const auto command = [this, &row](CommandLine::Tool tool, CommandLine::Secrets secrets) {
        if (!row.isMessage)
            return QString();
        const CommandLine::Result result = CommandLine::build(tool, m_context.settings, row.isText, row.bytes, secrets);
        return result.command.isEmpty() ? QString() : result.command;
    };
    switch (item) {
    case Item::CopyText:
        return QString::fromUtf8(row.bytes);
    case Item::CopyHex:
        return HexCodec::encode(row.bytes);
    case Item::CopyBase64:
        return Base64Codec::encode(row.bytes);
    case Item::CopyJson:
        return QString::fromUtf8(JsonCodec::pretty(row.bytes));
    case Item::CopyWebsocat:
        return command(CommandLine::Tool::Websocat, CommandLine::Secrets::Redact);
    case Item::CopyWebsocatWithSecrets:
        return command(CommandLine::Tool::Websocat, CommandLine::Secrets::Include);
    case Item::CopyWscat:
        return command(CommandLine::Tool::Wscat, CommandLine::Secrets::Redact);
    case Item::CopyWscatWithSecrets:
        return command(CommandLine::Tool::Wscat, CommandLine::Secrets::Include);
    case Item::Resend:
    case Item::LoadIntoComposer:
    case Item::SaveToFile:
    case Item::JumpToMatch:
        break;
    }
    return QString();
}

bool LogRowMenu::savePayload(const QString &path, QString *error) const
{
    const RowPayload row = RowPayload::of(m_event);
    if (!row.available) {
        if (error)
            *error = tr("This row's bytes are not in the log (a file sent in fragments is not kept).");
        return false;
    }
    return SafeFileWriter::writeFile(path, row.bytes, error);
}
