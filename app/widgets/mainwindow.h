#pragma once

#include <QMainWindow>

// The WsScope main window: profiles dock, session tabs, status line.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};
