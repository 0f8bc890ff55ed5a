#pragma once

// The "Evidence Files" box of the after-sales request detail: the request's evidence
// files with Open and Save As… (bytes read off the GUI thread, StoredFileActions), and
// Add… / Remove… while the request is submitted or returned for more information.

#include "services/actor.h"
#include "services/aftersalesservice.h"

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QListWidget;
class QMessageBox;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class StoredFileActions;

class AfterSalesEvidenceBox : public QGroupBox
{
    Q_OBJECT
public:
    AfterSalesEvidenceBox(storage::Database& db, const services::Actor& actor, const Clock* clock,
                          QWidget* parent = nullptr);

    // Lists the request's files (none for nullopt) and enables what may be done.
    void showRequest(const std::optional<services::AfterSalesRequest>& request);
    // What "Add…" does after its file dialog: each file is read and stored off the GUI
    // thread (the service refuses it unless the request is submitted or returned for
    // more information); `changed` follows each stored file.
    void addEvidenceFiles(const QStringList& paths);
    // What "Remove…" does: asks (window-modal box, returned) and removes the selected file.
    QMessageBox* removeSelectedEvidence();

    QListWidget* list() const { return m_evidenceList; }
    QPushButton* openButton() const { return m_openEvidence; }
    QPushButton* saveButton() const { return m_saveEvidence; }
    QPushButton* addButton() const { return m_addEvidence; }
    QPushButton* removeButton() const { return m_removeEvidence; }

Q_SIGNALS:
    // A file was added to or removed from the request.
    void changed(const QString& requestId);
    void statusMessage(const QString& text);

private:
    void openEvidence(bool saveAs);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    std::optional<services::AfterSalesRequest> m_request;
    // The request's evidence files (metadata only; the bytes are read off the GUI thread).
    QList<services::AfterSalesEvidence> m_evidence;
    QListWidget* m_evidenceList;
    QPushButton* m_openEvidence;
    QPushButton* m_saveEvidence;
    QPushButton* m_addEvidence;
    QPushButton* m_removeEvidence;
    qint64 m_maxEvidenceBytes;
    StoredFileActions* m_files;
};

} // namespace sw::ui
