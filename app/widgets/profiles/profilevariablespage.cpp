#include "widgets/profiles/profilevariablespage.h"

#include "widgets/profiles/profileeditorstyle.h"
#include "widgets/variables/variablestable.h"

#include <QLabel>
#include <QVBoxLayout>

ProfileVariablesPage::ProfileVariablesPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_variables(new VariablesTable(this))
    , m_message(ProfileEditorStyle::messageLabel(this))
{
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_variables, 1);
    layout->addWidget(m_message);
    connect(m_variables, &VariablesTable::edited, this, &ProfileVariablesPage::edited);
    retranslateUi();
}

void ProfileVariablesPage::setProfile(const Profile &profile)
{
    m_variables->setVariables(profile.variables);
    validate();
}

void ProfileVariablesPage::applyTo(Profile &profile) const
{
    profile.variables = m_variables->variables();
}

QString ProfileVariablesPage::validate()
{
    const QString problem = m_variables->check();
    ProfileEditorStyle::showMessage(m_message, problem);
    return problem;
}

void ProfileVariablesPage::retranslateUi()
{
    m_intro->setText(tr("Variables of this profile: `{{name}}` in its URL, headers and messages resolves to them "
                        "first, then to the chosen environment's, then to the globals."));
    m_variables->retranslateUi();
}
