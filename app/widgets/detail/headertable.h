#pragma once

#include "core/protocol/httpmessage.h"

#include <QTableWidget>

class QAction;

// The headers of one HTTP head (the upgrade request or the server's response) in wire order,
// one line each, as tall as its rows (the Handshake tab scrolls, not each table). Its context
// menu copies one header ("Name: value"), its value, or the whole head as it crossed the wire.
class HeaderTable : public QTableWidget
{
    Q_OBJECT

public:
    // Past this many rows the table scrolls by itself instead of growing.
    static constexpr int MaxFittedRows = 60;

    explicit HeaderTable(QWidget *parent = nullptr);

    void setMessage(const HttpMessage &message);
    // How a header name or value reads: UTF-8 when valid, else ISO-8859-1 (RFC 9110 §5.5).
    static QString headerText(const QByteArray &bytes);
    // The head as text with its CRLF line ends (HttpMessage::head()); empty when there is none.
    QString headText() const { return m_head; }

    // The context menu's actions, for the current row.
    QAction *copyHeaderAction() const { return m_copyHeader; }
    QAction *copyValueAction() const { return m_copyValue; }
    QAction *copyAllAction() const { return m_copyAll; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitToRows();
    void updateActions();
    int fittedHeight() const;

    QString m_head;
    QAction *m_copyHeader = nullptr;
    QAction *m_copyValue = nullptr;
    QAction *m_copyAll = nullptr;
};
