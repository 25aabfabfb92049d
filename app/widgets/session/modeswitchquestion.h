#pragma once

#include <QMessageBox>

class QPushButton;

// What the composer asks when its message cannot be converted to the mode the user chose
// without changing its bytes: switch anyway and keep the text as typed, or stay (the default,
// and Escape). Opened window-modal by the caller; deletes itself when closed.
class ModeSwitchQuestion : public QMessageBox
{
    Q_OBJECT

public:
    // fromName, toName: the mode buttons' texts; reason: PayloadConverter's explanation.
    ModeSwitchQuestion(const QString &fromName, const QString &toName, const QString &reason, QWidget *parent);

    // After finished(): the user chose to switch and keep the text.
    bool keepsText() const;

private:
    QPushButton *m_keep = nullptr;
};
