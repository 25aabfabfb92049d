#include "widgets/detail/acceptformulaview.h"

#include "core/protocol/handshake.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGridLayout>
#include <QLabel>

namespace {

constexpr int ValueRows = 3; // key, expected, received

// The system's fixed-pitch font, with fixed-pitch CJK fonts behind it for translated names.
QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // The family the system font resolves to ("monospace" is an alias that a family list would
    // skip over), then the CJK ones for the characters it lacks.
    font.setFamilies({QFontInfo(font).family(), QStringLiteral("Noto Sans Mono CJK KR"), QStringLiteral("D2Coding"),
                      QStringLiteral("NanumGothicCoding"), QStringLiteral("Noto Sans Mono CJK JP"),
                      QStringLiteral("Noto Sans Mono CJK SC")});
    font.setStyleHint(QFont::Monospace);
    return font;
}

} // namespace

AcceptFormulaView::AcceptFormulaView(QWidget *parent)
    : QWidget(parent)
    , m_formula(new QLabel(this))
{
    setFont(monospaceFont());
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_formula, 0, 0, 1, 3);
    for (int row = 0; row < ValueRows; ++row) {
        auto *name = new QLabel(this);
        auto *equals = new QLabel(QStringLiteral("="), this);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, row + 1, 0);
        grid->addWidget(equals, row + 1, 1);
        grid->addWidget(value, row + 1, 2);
        m_names << name;
        m_values << value;
    }
    grid->setColumnStretch(2, 1);
    render();
}

void AcceptFormulaView::setValues(const QByteArray &key, const QByteArray &expected, const QByteArray &received)
{
    m_key = key;
    m_expected = expected;
    m_received = received;
    render();
}

QString AcceptFormulaView::text() const
{
    QStringList lines{m_formula->text()};
    for (int row = 0; row < ValueRows; ++row)
        lines << m_names.at(row)->text() + QStringLiteral(" = ") + m_values.at(row)->text();
    return lines.join(QLatin1Char('\n'));
}

void AcceptFormulaView::render()
{
    m_formula->setText(tr("Sec-WebSocket-Accept = base64(SHA-1(key + \"%1\"))").arg(QString::fromLatin1(Handshake::Guid)));
    m_names.at(0)->setText(tr("key"));
    m_names.at(1)->setText(tr("expected"));
    m_names.at(2)->setText(tr("received"));
    m_values.at(0)->setText(m_key.isEmpty() ? tr("(key not recorded)") : QString::fromLatin1(m_key));
    m_values.at(1)->setText(m_expected.isEmpty() ? tr("(unknown)") : QString::fromLatin1(m_expected));
    m_values.at(2)->setText(m_received.isEmpty() ? tr("(none)") : QString::fromLatin1(m_received));
    setToolTip(tr("RFC 6455 section 4.2.2: the server appends the GUID to the client's "
                  "Sec-WebSocket-Key, hashes it with SHA-1 and sends the Base64 of the hash."));
}

void AcceptFormulaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}
