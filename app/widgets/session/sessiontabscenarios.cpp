// SessionTab: the scenario side panel beside the log, how it is shown and where it is toggled.
#include "widgets/session/sessiontab.h"

#include "widgets/session/composer.h"
#include "widgets/session/logview.h"
#include "widgets/session/scenariopanel.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QLayout>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>

namespace {

const QString kScenariosVisibleKey = QStringLiteral("sessionTab/scenariosVisible");
const QString kLogSplitterKey = QStringLiteral("sessionTab/logSplitter");
// The log keeps most of the width; the panel starts wide enough for a step and its status.
constexpr int LogStretch = 3;
constexpr int PanelStretch = 1;
constexpr int DefaultLogWidth = 700;
constexpr int DefaultPanelWidth = 380;
constexpr int StackedPaneHeight = 480; // the log and the panel under it

} // namespace

void SessionTab::wireScenarios()
{
    m_logSplitter->setStretchFactor(0, LogStretch);
    m_logSplitter->setStretchFactor(1, PanelStretch);
    m_logSplitter->setCollapsible(0, false);
    m_logSplitter->setSizes({DefaultLogWidth, DefaultPanelWidth});
    m_scenarios->setVisible(false);

    m_scenariosAction = new QAction(this);
    m_scenariosAction->setCheckable(true);
    m_scenariosAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_scenariosAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_scenariosAction);
    m_composer->moreMenu()->addSeparator();
    m_composer->moreMenu()->addAction(m_scenariosAction);
    connect(m_scenariosAction, &QAction::toggled, this, [this](bool on) {
        if (!on && m_logSplitter->orientation() == Qt::Horizontal)
            m_scenarioWidth = m_scenarios->width();
        m_scenarios->setVisible(on);
        if (!on)
            return;
        placeScenarioPanel();
        m_scenarios->setFocus(Qt::OtherFocusReason);
    });
    connect(m_scenarios, &ScenarioPanel::saveAsProfileRequested, this, &SessionTab::saveAsProfileRequested);
    retranslateScenarios();
}

void SessionTab::retranslateScenarios()
{
    m_scenariosAction->setText(tr("&Scenarios"));
    m_scenariosAction->setToolTip(tr("Show the scenarios of this tab: saved steps run in order, with pass/fail per step"));
}

void SessionTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateScenarios();
    QWidget::changeEvent(event);
}

void SessionTab::placeScenarioPanel()
{
    if (!m_scenarios->isVisible())
        return;
    // Side by side only when the log keeps its filter bar whole: a narrow window (or long
    // translations) puts the panel under the log rather than making the window wider.
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    const int needed = m_log->minimumSizeHint().width() + m_scenarios->minimumSizeHint().width() + m_logSplitter->handleWidth();
    const Qt::Orientation orientation = available >= needed ? Qt::Horizontal : Qt::Vertical;
    const bool turned = orientation != m_logSplitter->orientation();
    m_logSplitter->setOrientation(orientation);
    // A panel hidden while the splitter was laid out comes back with no room: give it its last
    // width (or the default), at most half.
    if (turned && orientation == Qt::Vertical) {
        // Log and panel share one pane now: it takes room from the detail pane.
        QList<int> outer = m_splitter->sizes();
        const int move = outer.size() > 1 ? qMin(outer.at(1), qMax(0, StackedPaneHeight - outer.at(0))) : 0;
        if (move > 0) {
            outer[0] += move;
            outer[1] -= move;
            m_splitter->setSizes(outer);
        }
        m_logSplitter->setSizes({1, 1}); // shared alike (setSizes weighs them)
        return;
    }
    const int total = orientation == Qt::Horizontal ? m_logSplitter->width() : m_logSplitter->height();
    const int shown = orientation == Qt::Horizontal ? m_scenarios->width() : m_scenarios->height();
    const int wanted = orientation == Qt::Horizontal ? qMax(m_scenarioWidth, DefaultPanelWidth) : total / 2;
    const int size = qMin(wanted, total / 2);
    if (total > 0 && (turned || shown < size))
        m_logSplitter->setSizes({total - size, size});
}

void SessionTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeScenarioPanel();
}

void SessionTab::restoreScenarioLayout(const QSettings &settings)
{
    m_logSplitter->restoreState(settings.value(kLogSplitterKey).toByteArray());
    m_scenariosAction->setChecked(settings.value(kScenariosVisibleKey, false).toBool());
    m_scenarios->setVisible(m_scenariosAction->isChecked()); // restoreState may have shown it
    m_logSplitter->setOrientation(Qt::Horizontal); // placeScenarioPanel() decides once the tab has its size
}

void SessionTab::saveScenarioLayout(QSettings *settings) const
{
    settings->setValue(kLogSplitterKey, m_logSplitter->saveState());
    settings->setValue(kScenariosVisibleKey, m_scenariosAction->isChecked());
}
