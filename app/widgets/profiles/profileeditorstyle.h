#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

// The look the profile editor's pages share: the inline message under a field (hidden while
// empty, in an error colour and with a sign, so the meaning does not depend on colour) and
// labels tied to their field.
class ProfileEditorStyle
{
public:
    static QLabel *messageLabel(QWidget *parent);
    static QLabel *buddyLabel(QWidget *parent, QWidget *buddy);
    static QLabel *noteLabel(QWidget *parent);
    static void showMessage(QLabel *label, const QString &text);
    // A red that reads on both light and dark palettes.
    static QColor errorColor(const QPalette &palette);
};
