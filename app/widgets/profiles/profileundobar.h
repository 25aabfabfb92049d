#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

// The bar under the profile list right after a delete: "Deleted “x”." with Undo and ×. It hides
// itself after ProfileStore::UndoWindow, the time the store keeps the deleted file in its trash.
class ProfileUndoBar : public QFrame
{
    Q_OBJECT

public:
    explicit ProfileUndoBar(QWidget *parent);

    // Shows the bar for the delete of `name`, whose undo step is called `undoText`.
    void showFor(const QString &name, const QString &undoText);
    QString undoText() const { return m_undoText; }

    QLabel *label() const { return m_label; }
    QToolButton *undoButton() const { return m_undo; }

signals:
    void undoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_dismiss = nullptr;
    QTimer *m_timer = nullptr;
    QString m_name;
    QString m_undoText;
};
