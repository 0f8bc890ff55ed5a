#pragma once

// One merchant review, right of the queue: the merchant data as submitted with the
// duplicates found on other merchants (each a link to that merchant's review), the
// document checklist against the required set with each scan viewable in the app
// (ScanViewer) and its verified tick, the timeline (who, when, why), and the merchant's
// credit file. The buttons are the workflow steps this auditor may take now
// (MerchantWorkflow::allowed): take, request information, information received, first
// approval, second review, reject. The service checks again; a refusal is shown with its
// translated message and nothing changes.
//
// A review is a handful of indexed rows: read on the GUI thread like the other details.

#include "domain/merchantworkflow.h"
#include "services/actor.h"
#include "services/merchantservice.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace sw {
class Clock;
}

namespace sw::ui {

class CreditFileWidget;
class MerchantStepDialog;
class ScanViewer;

class MerchantReviewDetail : public QWidget
{
    Q_OBJECT
public:
    using Action = domain::MerchantAppAction;

    MerchantReviewDetail(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                         QWidget* parent = nullptr);

    void showReview(const QString& id);
    void reload();
    QString reviewId() const { return m_review ? m_review->id : QString(); }
    std::optional<services::MerchantReview> review() const { return m_review; }
    QList<Action> offeredActions() const { return m_offered; }

    // Runs an action as its button does: Take writes at once (nullptr), the others open
    // their dialog (window-modal, returned).
    MerchantStepDialog* trigger(Action action);
    // Opens the scan of a document row in a ScanViewer: the bytes are read off the GUI
    // thread, then scanShown() (or an error box). False when the row has no document or a
    // scan is being read.
    bool viewScan(int documentRow);
    ScanViewer* lastViewer() const;
    bool isReadingScan() const { return m_readingScan; }
    // Adds or replaces a document from a file (what "Add or Replace…" does after its dialogs).
    bool addDocumentFile(domain::DocumentKind kind, const QString& number, QDate validUntil, const QString& path);
    void toggleVerified(int documentRow);

    QPushButton* actionButton(Action action) const { return m_buttons.value(action); }
    QLabel* headerLabel() const { return m_header; }
    QLabel* fieldLabel(const QString& key) const { return m_fields.value(key); }
    QListWidget* duplicatesList() const { return m_duplicates; }
    QTableWidget* documentsTable() const { return m_documents; }
    QTableWidget* timelineTable() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }
    CreditFileWidget* creditFile() const { return m_credit; }

Q_SIGNALS:
    void reviewChanged(const QString& id);
    void statusMessage(const QString& text);
    // A duplicate's link was followed.
    void openReview(const QString& id);
    void scanShown(ScanViewer* viewer);

private:
    void fill(const services::MerchantReview& r);
    void fillDocuments();
    void fillTimeline(const QList<services::MerchantReviewEvent>& events); // read once by fill()
    void fillDuplicates();
    void updateButtons();
    void chooseDocumentFile();
    bool applied(const Status& status, const QString& title, const QString& done);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    std::optional<services::MerchantReview> m_review;
    QList<services::MerchantDocumentRow> m_docRows; // the rows of m_documents that have a document
    QStackedWidget* m_pages;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QMap<QString, QLabel*> m_fields;
    QListWidget* m_duplicates;
    QTableWidget* m_documents;
    QTableWidget* m_timeline;
    CreditFileWidget* m_credit;
    QMap<Action, QPushButton*> m_buttons;
    QPushButton* m_viewScan;
    QPushButton* m_addDocument;
    QPushButton* m_verify;
    QList<Action> m_offered;
    QPointer<QWidget> m_dialog;
    QPointer<ScanViewer> m_viewer;
    bool m_readingScan = false;
};

} // namespace sw::ui
