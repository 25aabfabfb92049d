// SessionTab: the scenario side panel beside the log, how it is shown and where it is toggled.
#include "widgets/session/sessiontab.h"

#include "widgets/session/composer.h"
#include "widgets/session/scenariopanel.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
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
        if (!on)
            m_scenarioWidth = m_scenarios->width();
        m_scenarios->setVisible(on);
        if (!on)
            return;
        // A panel hidden while the splitter was laid out comes back with no width: give it its
        // last width (or the default), at most half of the log's.
        const int total = m_logSplitter->width();
        const int wanted = qMax(m_scenarioWidth, qMax(DefaultPanelWidth, m_scenarios->minimumSizeHint().width()));
        const int width = qMin(wanted, total / 2);
        if (total > 0 && m_scenarios->width() < width)
            m_logSplitter->setSizes({total - width, width});
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

void SessionTab::restoreScenarioLayout(const QSettings &settings)
{
    m_logSplitter->restoreState(settings.value(kLogSplitterKey).toByteArray());
    m_scenariosAction->setChecked(settings.value(kScenariosVisibleKey, false).toBool());
    m_scenarios->setVisible(m_scenariosAction->isChecked()); // restoreState may have shown it
}

void SessionTab::saveScenarioLayout(QSettings *settings) const
{
    settings->setValue(kLogSplitterKey, m_logSplitter->saveState());
    settings->setValue(kScenariosVisibleKey, m_scenariosAction->isChecked());
}
