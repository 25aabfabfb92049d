#include "widgets/session/scenariojsondialog.h"

#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariowriter.h"
#include "widgets/detail/statuscolors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

constexpr int DefaultWidth = 640;
constexpr int DefaultHeight = 420;

} // namespace

ScenarioJsonDialog::ScenarioJsonDialog(const QList<ScenarioStep> &steps, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_steps(steps)
{
    setWindowTitle(tr("Edit Scenario as JSON"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(QString::fromUtf8(ScenarioWriter::toFile(steps)));
    m_editor->setAccessibleName(tr("Scenario JSON"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    StatusColors::setColor(m_errorLabel, QPalette::WindowText, StatusColors::bad(palette()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(DefaultWidth, DefaultHeight);
}

bool ScenarioJsonDialog::apply()
{
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> parsed = ScenarioParser::parse(m_editor->toPlainText().toUtf8(), &error);
    if (!parsed) {
        m_error = error.message; // names the line and column (JSON) or the line and step
        m_errorLabel->setText(m_error);
        m_errorLabel->setVisible(true);
        // The cursor goes where the problem is.
        const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, error.line - 1));
        if (block.isValid()) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, error.column - 1));
            m_editor->setTextCursor(cursor);
        }
        return false;
    }
    m_error.clear();
    m_errorLabel->setVisible(false);
    m_steps = *parsed;
    return true;
}
