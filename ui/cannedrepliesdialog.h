#pragma once

// Canned replies (快捷回复) for leads, managers and administrators: a list of titles and
// an editor for the selected one. The body may use the placeholders {customer_name},
// {order_no}, {ticket_no} and {agent_name}; agents insert them filled in from the
// ticket's editor. Every change goes through TicketService (which checks the role).

#include "services/actor.h"
#include "services/tickettypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class CannedRepliesDialog : public QDialog
{
    Q_OBJECT
public:
    CannedRepliesDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                        QWidget* parent = nullptr);

    bool save();   // saves the editor as the selected (or a new) reply
    bool remove(); // removes the selected reply
    void startNew();

    // Test-facing accessors.
    QListWidget* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* messageLabel() const { return m_message; }

private:
    void reload(const QString& selectId);
    void showSelected();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QList<services::CannedReply> m_replies;
    QListWidget* m_list;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_remove;
    QString m_editingId;
};

} // namespace sw::ui
