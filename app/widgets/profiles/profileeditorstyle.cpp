#include "widgets/profiles/profileeditorstyle.h"

#include <QLabel>
#include <QPalette>

QLabel *ProfileEditorStyle::messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel *ProfileEditorStyle::buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

QLabel *ProfileEditorStyle::noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QColor ProfileEditorStyle::errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

void ProfileEditorStyle::showMessage(QLabel *label, const QString &text)
{
    label->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        label->clear();
        return;
    }
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColor(p));
    label->setPalette(p);
    label->setText(QStringLiteral("⚠ ") + text);
}

void ProfileEditorStyle::setTabOrder(std::initializer_list<QWidget *> fields)
{
    QWidget *previous = nullptr;
    for (QWidget *field : fields) {
        if (previous)
            QWidget::setTabOrder(previous, field);
        previous = field;
    }
}
