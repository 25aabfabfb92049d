#include "widgets/session/scenariopanel.h"

#include "core/profiles/profilestore.h"
#include "core/scenario/scenarioparser.h"
#include "core/session/session.h"
#include "widgets/detail/statuscolors.h"
#include "widgets/session/scenariostepdialog.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int ComboMinimumChars = 10;
constexpr int StatusColumnChars = 9;
constexpr int ActionColumnChars = 13;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long (translated) sentences wrap in the narrow panel instead of widening it.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

ScenarioPanel::ScenarioPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_menu(new QMenu(m_menuButton))
    , m_storage(wrappingLabel(this))
    , m_saveAsProfile(new QPushButton(this))
    , m_steps(new QTreeWidget(this))
    , m_add(new QToolButton(this))
    , m_addMenu(new QMenu(m_add))
    , m_edit(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_run(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_runReason(wrappingLabel(this))
    , m_summary(wrappingLabel(this))
    , m_verdict(wrappingLabel(this))
    , m_message(wrappingLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(ComboMinimumChars);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_title->setBuddy(m_combo);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setMenu(m_menu);
    m_new = m_menu->addAction(QString(), this, &ScenarioPanel::askNew);
    m_rename = m_menu->addAction(QString(), this, &ScenarioPanel::askRename);
    m_duplicate = m_menu->addAction(QString(), this, [this] { duplicateScenario(); });
    m_delete = m_menu->addAction(QString(), this, &ScenarioPanel::askDelete);
    m_menu->addSeparator();
    m_editJson = m_menu->addAction(QString(), this, &ScenarioPanel::editAsJson);
    m_import = m_menu->addAction(QString(), this, &ScenarioPanel::chooseImportFile);
    m_export = m_menu->addAction(QString(), this, &ScenarioPanel::chooseExportFile);

    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_steps->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(StatusColumn, charWidth * StatusColumnChars + 24);
    header->resizeSection(ActionColumn, charWidth * ActionColumnChars);

    for (const QString &action : ScenarioParser::actionNames())
        m_addMenu->addAction(action, this, [this, action] { addStepOfAction(action); });
    m_add->setMenu(m_addMenu);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    m_stop->setVisible(false);
    m_verdict->setVisible(false);
    m_message->setVisible(false);

    auto *picker = new QHBoxLayout;
    picker->setContentsMargins(0, 0, 0, 0);
    picker->addWidget(m_title);
    picker->addWidget(m_combo, 1);
    picker->addWidget(m_menuButton);
    auto *storage = new QHBoxLayout;
    storage->setContentsMargins(0, 0, 0, 0);
    storage->addWidget(m_storage, 1);
    storage->addWidget(m_saveAsProfile, 0, Qt::AlignTop);
    auto *edit = new QHBoxLayout;
    edit->setContentsMargins(0, 0, 0, 0);
    edit->setSpacing(2);
    edit->addWidget(m_add);
    edit->addWidget(m_edit);
    edit->addWidget(m_remove);
    edit->addWidget(m_up);
    edit->addWidget(m_down);
    edit->addStretch(1);
    edit->addWidget(m_stop);
    edit->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(picker);
    layout->addLayout(storage);
    layout->addWidget(m_steps, 1);
    layout->addLayout(edit);
    // The last run's result first, then why Run is disabled now, then what an edit said.
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);
    layout->addWidget(m_runReason);
    layout->addWidget(m_message);

    connect(m_combo, &QComboBox::activated, this, [this](int index) { selectScenario(m_combo->itemData(index).toString()); });
    connect(m_steps, &QTreeWidget::itemActivated, this, [this] { editSelectedStep(); });
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &ScenarioPanel::updateActions);
    connect(m_edit, &QToolButton::clicked, this, &ScenarioPanel::editSelectedStep);
    connect(m_remove, &QToolButton::clicked, this, [this] { removeStep(selectedRow()); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveStep(selectedRow(), -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveStep(selectedRow(), 1); });
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stop, &QPushButton::clicked, this, &ScenarioPanel::stop);
    connect(m_saveAsProfile, &QPushButton::clicked, this, &ScenarioPanel::saveAsProfileRequested);
    if (m_session)
        connect(m_session, &Session::stateChanged, this, &ScenarioPanel::updateActions);

    retranslateUi();
}

ScenarioPanel::~ScenarioPanel()
{
    // A run ends with its panel; the runner must not report to a half-destroyed widget.
    if (m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->stop();
    }
}

void ScenarioPanel::setProfile(ProfileStore *store, const QString &profileName)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    const bool hadMemory = !m_library.hasProfile() && !m_library.memoryScenarios().isEmpty();
    m_library.setProfile(store, profileName);
    m_store = store;
    if (store)
        connect(store, &ProfileStore::profilesChanged, this, [this] {
            if (!isRunning())
                refresh();
        });
    // Saved as a profile: what the tab kept goes with it.
    QString error;
    if (hadMemory && !m_library.adoptMemory(&error))
        showMessage(error, true);
    refresh();
}

bool ScenarioPanel::selectScenario(const QString &name)
{
    if (isRunning() || !m_library.scenario(name))
        return false;
    if (name != m_current)
        clearStatuses();
    m_current = name;
    refresh();
    return true;
}

QList<ScenarioStep> ScenarioPanel::steps() const
{
    const std::optional<SavedScenario> scenario = m_library.scenario(m_current);
    return scenario ? scenario->steps : QList<ScenarioStep>();
}

void ScenarioPanel::refresh()
{
    const QList<SavedScenario> list = m_library.scenarios();
    if (!m_library.scenario(m_current))
        m_current = list.isEmpty() ? QString() : list.first().name;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (list.isEmpty())
        m_combo->addItem(tr("(no scenarios)"));
    for (const SavedScenario &scenario : list)
        m_combo->addItem(scenario.name, scenario.name);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_current)));
    const bool memory = !m_library.hasProfile();
    m_storage->setText(memory ? tr("This tab has no profile: its scenarios are kept only while the tab is open.")
                              : tr("Saved with the profile \"%1\".").arg(m_library.profileName()));
    m_saveAsProfile->setVisible(memory);
    refreshRows();
}

void ScenarioPanel::refreshRows()
{
    const QList<ScenarioStep> list = steps();
    const int selected = selectedRow();
    m_rows.resize(list.size());
    m_steps->clear();
    for (int i = 0; i < list.size(); ++i) {
        const ScenarioStep &step = list.at(i);
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(ActionColumn, step.action);
        const QString value = ScenarioStepDialog::valueText(step);
        item->setText(ValueColumn, value);
        item->setToolTip(ValueColumn, value);
        item->setToolTip(ActionColumn, ScenarioStepDialog::hint(step.action));
        paintRow(i);
    }
    if (selected >= 0 && selected < list.size())
        m_steps->setCurrentItem(m_steps->topLevelItem(selected));
    // The action names are short and fixed: never elided (the value takes the rest).
    m_steps->resizeColumnToContents(ActionColumn);
    updateActions();
}

void ScenarioPanel::paintRow(int row)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(row);
    if (!item)
        return;
    const Row &status = m_rows.at(row);
    QString text;
    QColor color;
    switch (status.state) {
    case RowState::None:
        break;
    case RowState::Running:
        // An expectation, once reached, waits for the server while the next steps run.
        text = item->text(ActionColumn).startsWith(QLatin1String("expect-")) ? tr("… waiting") : tr("▶ running");
        break;
    case RowState::Done:
        text = tr("✓ Done");
        break;
    case RowState::Passed:
        text = tr("✓ Passed");
        color = StatusColors::good(palette());
        break;
    case RowState::Failed:
        text = tr("✗ Failed");
        color = StatusColors::bad(palette());
        break;
    case RowState::Error:
        text = tr("✗ Error");
        color = StatusColors::bad(palette());
        break;
    case RowState::NotRun:
        text = tr("– Not run");
        color = StatusColors::muted(palette());
        break;
    }
    item->setText(StatusColumn, text);
    item->setToolTip(StatusColumn, status.text);
    for (int column = StatusColumn; column <= ValueColumn; ++column)
        item->setForeground(column, color.isValid() ? QBrush(color) : QBrush());
    QFont font = item->font(ActionColumn);
    font.setBold(status.state == RowState::Running);
    for (int column = StatusColumn; column <= ValueColumn; ++column)
        item->setFont(column, font);
}

int ScenarioPanel::selectedRow() const
{
    QTreeWidgetItem *item = m_steps->currentItem();
    return item ? m_steps->indexOfTopLevelItem(item) : -1;
}

void ScenarioPanel::updateActions()
{
    const bool running = isRunning();
    const bool hasScenario = !m_current.isEmpty();
    const int row = selectedRow();
    const int count = m_steps->topLevelItemCount();
    m_combo->setEnabled(!running && m_combo->count() > 0 && hasScenario);
    m_new->setEnabled(!running);
    m_rename->setEnabled(!running && hasScenario);
    m_duplicate->setEnabled(!running && hasScenario);
    m_delete->setEnabled(!running && hasScenario);
    m_editJson->setEnabled(!running && hasScenario);
    m_import->setEnabled(!running);
    m_export->setEnabled(hasScenario);
    m_add->setEnabled(!running);
    m_edit->setEnabled(!running && row >= 0);
    m_remove->setEnabled(!running && row >= 0);
    m_up->setEnabled(!running && row > 0);
    m_down->setEnabled(!running && row >= 0 && row + 1 < count);
    m_stop->setVisible(running);
    m_run->setVisible(!running);
    const QString blocked = runBlockedReason();
    m_run->setEnabled(blocked.isEmpty());
    m_run->setToolTip(blocked.isEmpty() ? tr("Run the steps in order on this connection") : blocked);
    m_runReason->setText(blocked);
    m_runReason->setVisible(!running && !blocked.isEmpty());
}

void ScenarioPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    StatusColors::setColor(m_message, QPalette::WindowText, error ? StatusColors::bad(palette()) : QColor());
}

QString ScenarioPanel::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ScenarioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScenarioPanel::retranslateUi()
{
    m_title->setText(tr("S&cenario:"));
    m_combo->setAccessibleName(tr("Scenario"));
    m_combo->setToolTip(tr("The scenarios of this tab's profile; pick one to show its steps"));
    m_menuButton->setToolTip(tr("New, rename, duplicate or delete scenarios; edit as JSON, import or export"));
    m_menuButton->setAccessibleName(tr("More scenario actions"));
    m_new->setText(tr("&New Scenario…"));
    m_rename->setText(tr("&Rename…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete…"));
    m_editJson->setText(tr("Edit as &JSON…"));
    m_import->setText(tr("&Import from File…"));
    m_export->setText(tr("E&xport to File…"));
    m_saveAsProfile->setText(tr("Save Tab as Profile…"));
    m_steps->setHeaderLabels({tr("Status"), tr("Step"), tr("Value")});
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a step after the selected one"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected step (or double-click it)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected step"));
    m_up->setToolTip(tr("Move the selected step up"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setToolTip(tr("Move the selected step down"));
    m_down->setAccessibleName(tr("Move down"));
    m_run->setText(tr("▶ Run"));
    m_stop->setText(tr("■ Stop"));
    m_stop->setToolTip(tr("Stop the scenario: the steps not reached are not run"));
    refresh();
}
