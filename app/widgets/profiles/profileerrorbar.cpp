#include "widgets/profiles/profileerrorbar.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxErrorChars = 90;

} // namespace

ProfileErrorBar::ProfileErrorBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    hide();
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reload = new QToolButton(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    layout->addLayout(buttons);
    connect(m_reload, &QToolButton::clicked, this, &ProfileErrorBar::reloadRequested);
    retranslateUi();
}

void ProfileErrorBar::setErrors(const QList<ProfileLoadError> &errors, const QString &directory)
{
    m_errors = errors;
    m_directory = directory;
    retranslateUi();
}

void ProfileErrorBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ProfileErrorBar::retranslateUi()
{
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Read the profile files again after fixing them"));
    if (m_errors.isEmpty()) {
        hide();
        return;
    }
    QStringList lines;
    lines.append(QStringLiteral("⚠ ")
                 + tr("%n profile file(s) could not be loaded and were left as they are:", nullptr,
                      int(m_errors.size())));
    QStringList full = lines;
    for (const ProfileLoadError &e : std::as_const(m_errors)) {
        // One short line per file in the bar; the whole story in the tooltip.
        const QString text = e.toString();
        lines.append(QStringLiteral("• ")
                     + (text.size() > kMaxErrorChars ? text.left(kMaxErrorChars) + QStringLiteral("…") : text));
        full.append(QStringLiteral("• ") + text);
    }
    full.append(tr("Folder: %1").arg(QDir::toNativeSeparators(m_directory)));
    m_label->setText(lines.join(QLatin1Char('\n')));
    setToolTip(full.join(QLatin1Char('\n')));
    show();
}
