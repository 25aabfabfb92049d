#pragma once

#include <QColor>
#include <QString>

#include <initializer_list>

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
    // Tab moves through `fields` in this order: the order they are laid out in, which is not
    // always the order they were created in.
    static void setTabOrder(std::initializer_list<QWidget *> fields);
    // A red that reads on both light and dark palettes.
    static QColor errorColor(const QPalette &palette);
};
