#include "widgets/detail/payloadactions.h"

#include "widgets/detail/payloadview.h"
#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/io/safefilewriter.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QToolButton>

namespace {

QToolButton *makeButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

PayloadActions::PayloadActions(QWidget *bar)
    : QObject(bar)
    , m_bar(bar)
    , m_copy(makeButton(bar))
    , m_save(makeButton(bar))
{
    auto *menu = new QMenu(m_copy);
    m_copyText = menu->addAction(QString());
    m_copyHex = menu->addAction(QString());
    m_copyBase64 = menu->addAction(QString());
    m_copy->setMenu(menu);
    m_copy->setPopupMode(QToolButton::InstantPopup);
    connect(m_copyText, &QAction::triggered, this, &PayloadActions::copyAsText);
    connect(m_copyHex, &QAction::triggered, this, &PayloadActions::copyAsHex);
    connect(m_copyBase64, &QAction::triggered, this, &PayloadActions::copyAsBase64);
    connect(m_save, &QToolButton::clicked, this, &PayloadActions::onSaveClicked);
    retranslateUi();
}

void PayloadActions::setPayload(const QByteArray &payload, quint64 seq)
{
    m_payload = payload;
    m_seq = seq;
}

void PayloadActions::setEnabled(bool enabled)
{
    m_copy->setEnabled(enabled);
    m_save->setEnabled(enabled);
}

void PayloadActions::copyAsText() const
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_payload));
}

void PayloadActions::copyAsHex() const
{
    QGuiApplication::clipboard()->setText(HexCodec::encode(m_payload));
}

void PayloadActions::copyAsBase64() const
{
    QGuiApplication::clipboard()->setText(Base64Codec::encode(m_payload));
}

bool PayloadActions::saveToFile(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        emit statusChanged(message, true);
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(PayloadView::tr("No file name was given."));
    // SafeFileWriter: a full disk is reported here and never leaves a truncated file behind.
    SafeFileWriter file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_payload) != m_payload.size() || !file.commit())
        return fail(PayloadView::tr("Could not save to %1: %2").arg(QDir::toNativeSeparators(path), file.failureReason()));
    emit statusChanged(PayloadView::tr("Saved %1 to %2.")
                               .arg(PayloadView::dataSize(m_payload.size()), QDir::toNativeSeparators(path)),
                       false);
    return true;
}

void PayloadActions::onSaveClicked()
{
    const QString suggested = m_seq > 0 ? PayloadView::tr("payload-%1.bin").arg(m_seq) : PayloadView::tr("payload.bin");
    const QString path = QFileDialog::getSaveFileName(m_bar, PayloadView::tr("Save payload"), suggested);
    if (!path.isEmpty())
        saveToFile(path);
}

void PayloadActions::retranslateUi()
{
    m_copy->setText(PayloadView::tr("Copy"));
    m_copy->setToolTip(PayloadView::tr("Copy the whole payload as text, hex or Base64"));
    m_copy->setAccessibleName(PayloadView::tr("Copy payload"));
    m_copyText->setText(PayloadView::tr("Copy as text"));
    m_copyHex->setText(PayloadView::tr("Copy as hex"));
    m_copyBase64->setText(PayloadView::tr("Copy as Base64"));
    m_save->setText(PayloadView::tr("Save…"));
    m_save->setToolTip(PayloadView::tr("Save the raw payload bytes to a file"));
    m_save->setAccessibleName(PayloadView::tr("Save payload to file"));
}
