#include "widgets/icons.h"

#include <QFile>

QIcon Icons::load(const QString &name)
{
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}
