#include "widgets/secretsbanner.h"

#include "core/profiles/profilestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

SecretsBanner::SecretsBanner(ProfileStore *store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("secretsBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warm = palette();
    warm.setColor(QPalette::Window, warm.color(QPalette::ToolTipBase));
    warm.setColor(QPalette::WindowText, warm.color(QPalette::ToolTipText));
    setPalette(warm);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepInFile = new QPushButton(this);
    m_dismiss = new QToolButton(this);
    m_dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keepInFile);
    layout->addWidget(m_dismiss);

    connect(m_keepInFile, &QPushButton::clicked, this, &SecretsBanner::keepInFile);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = true; // for this session; it comes back when the availability changes
        hide();
    });
    connect(m_store, &ProfileStore::secretsAvailabilityChanged, this, [this] {
        m_dismissed = false;
        refresh();
    });
    retranslateUi();
}

void SecretsBanner::retranslateUi()
{
    m_keepInFile->setText(tr("Keep in the profile file instead…"));
    m_dismiss->setText(tr("✕"));
    m_dismiss->setToolTip(tr("Hide this message"));
    m_dismiss->setAccessibleName(tr("Hide the message about secrets"));
    refresh();
}

void SecretsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SecretsBanner::refresh()
{
    const bool memoryOnly = m_store->secretsAvailability() == SecretStore::Availability::Unavailable;
    QString reason = m_store->secretsAvailabilityReason();
    if (reason.isEmpty())
        reason = tr("no keychain could be reached");
    m_text->setText(tr("Secrets (headers marked secret, proxy passwords, secret variables) are kept in memory only and "
                       "are lost when WsScope quits: %1")
                            .arg(reason));
    setVisible(memoryOnly && !m_dismissed);
}

void SecretsBanner::keepInFile()
{
    const QString name = m_currentProfile ? m_currentProfile() : QString();
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_store->profile(name);
    if (!profile) {
        QMessageBox::information(this, tr("Keep secrets in the profile file"),
                                 tr("Open a tab of the profile whose secrets should be kept in its file first."));
        return;
    }
    if (profile->secretsInFile) {
        QMessageBox::information(this, tr("Keep secrets in the profile file"),
                                 tr("The profile \"%1\" already keeps its secrets in its file.").arg(name));
        return;
    }
    const QString path = m_store->filePath(name);
    const auto answer = QMessageBox::warning(
            this, tr("Keep secrets in the profile file"),
            tr("The secrets of the profile \"%1\" will be written into its file in plain text:\n%2\n\n"
               "Anyone who can read that file (or a backup of it) can read them. Keep them in the file?")
                    .arg(name, path),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Profile changed = *profile;
    changed.secretsInFile = true;
    QString error;
    if (!m_store->save(changed, &error))
        QMessageBox::warning(this, tr("Keep secrets in the profile file"), error);
}
