#pragma once

#include "core/profiles/profileloaderror.h"

#include <QFrame>
#include <QList>

class QLabel;
class QToolButton;

// The bar above the profile list naming the files that did not load, one short line each
// (file:line:column: why; the whole text in the tooltip), with Reload for after a fix. Hidden
// while every file loaded.
class ProfileErrorBar : public QFrame
{
    Q_OBJECT

public:
    explicit ProfileErrorBar(QWidget *parent);

    void setErrors(const QList<ProfileLoadError> &errors, const QString &directory);
    QLabel *label() const { return m_label; }

signals:
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QToolButton *m_reload = nullptr;
    QList<ProfileLoadError> m_errors;
    QString m_directory;
};
