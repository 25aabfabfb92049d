#include "widgets/session/modeswitchquestion.h"

#include <QPushButton>

ModeSwitchQuestion::ModeSwitchQuestion(const QString &fromName, const QString &toName, const QString &reason,
                                       QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Switch to %1?").arg(toName),
                  tr("The message cannot be converted from %1 to %2 without changing its bytes.").arg(fromName, toName),
                  QMessageBox::NoButton, parent)
{
    setInformativeText(reason);
    m_keep = addButton(tr("Switch and keep the text as typed"), QMessageBox::AcceptRole);
    QPushButton *stay = addButton(tr("Stay in %1").arg(fromName), QMessageBox::RejectRole);
    setDefaultButton(stay);
    setEscapeButton(stay);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
}

bool ModeSwitchQuestion::keepsText() const
{
    return clickedButton() == m_keep;
}
