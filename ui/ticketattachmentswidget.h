#pragma once

// The attachments tab of a ticket: evidence files kept encrypted inside the database
// (SHA-256 checked by the service). Adding, opening and saving run off the GUI thread
// (up to the size limit, 20 MB by default); Open and Save As… are StoredFileActions
// (shared with the after-sales evidence list).

#include "services/actor.h"
#include "services/tickettypes.h"
#include "storedfileactions.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class TicketAttachmentsWidget : public QWidget
{
    Q_OBJECT
public:
    TicketAttachmentsWidget(storage::Database& db, const services::Actor& actor, const Clock* clock,
                            QWidget* parent = nullptr);
    ~TicketAttachmentsWidget() override;

    // Lists the attachments of a ticket (an indexed read of their metadata only).
    void showTicket(const QString& ticketId);
    void setEditable(bool editable);

    // Adds a file (the Add… button asks for it first).
    void addFile(const QString& path);

    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void changed(const QString& ticketId);
    void statusMessage(const QString& text);
    void busyChanged(bool busy);

private:
    void saveSelected();
    void openSelected();
    StoredFileActions::Fetch fetch(const QString& attachmentId) const;

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    qint64 m_maxBytes;
    QString m_ticketId;
    QList<services::AttachmentInfo> m_infos;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    StoredFileActions* m_files;
};

} // namespace sw::ui
