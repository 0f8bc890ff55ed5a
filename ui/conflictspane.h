#pragma once

// 同步冲突: the changes the server refused (ConflictService), newest first, until a
// person resolves them. The detail compares "my change" with the server's version
// field by field; Re-apply writes the change again on top of the current row,
// Discard (after a confirmation) drops it. Loading and resolving run off the GUI
// thread: a re-apply goes through WriteTransaction and may touch many rows.

#include "pane.h"
#include "services/actor.h"
#include "sync/conflictservice.h"

#include <QHash>
#include <QList>

class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sw::storage {
class Database;
}

namespace sw::ui {

class ConflictsPane : public Pane
{
    Q_OBJECT
public:
    ConflictsPane(storage::Database& db, const services::Actor& actor, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool copySelection() override;

    // "工单" for "tickets": the synced table's name in words (the raw name if unknown).
    static QString tableTitle(const QString& table);
    // "状态" for "status": a synced column's name in words (the raw name if unknown).
    static QString fieldTitle(const QString& field);
    // How people name the record: ticket number and subject, a user's name and login,
    // a team's name …; the row id when nothing better is known.
    static QString recordTitle(const sync::Conflict& conflict);

    const QList<sync::Conflict>& conflicts() const { return m_conflicts; }
    bool isBusy() const { return m_busy; }

    // Test-facing accessors.
    QTableWidget* table() const { return m_table; }
    QTableWidget* detail() const { return m_detail; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* reapplyButton() const { return m_reapply; }
    QPushButton* discardButton() const { return m_discard; }
    // The open "Discard this change?" question, if any.
    QMessageBox* discardQuestion() const { return m_question; }

public Q_SLOTS:
    void reapplySelected();
    void discardSelected(); // asks first

Q_SIGNALS:
    // After every (re)load, with the number of open conflicts.
    void loaded(int open);
    // After a re-apply or discard finished (ok or not).
    void resolved(bool ok);
    void statusMessage(const QString& text);

private:
    struct Loaded
    {
        QList<sync::Conflict> conflicts;
        QHash<QString, QString> names; // user and team ids → names, where readable
    };
    void fill(const Loaded& data);
    // A value in words: times in the locale, ticket codes by name, user and team ids
    // by name, flags as Yes/No.
    QString displayValue(const QString& field, const QJsonValue& value) const;
    void showDetail();
    void resolve(const QString& conflictId, bool reapply);
    void setBusy(bool busy);
    int currentIndex() const;

    storage::Database& m_db;
    services::Actor m_actor;
    QList<sync::Conflict> m_conflicts;
    QHash<QString, QString> m_names;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableWidget* m_table;
    QTableWidget* m_detail;
    QLabel* m_reason;
    QPushButton* m_reapply;
    QPushButton* m_discard;
    QMessageBox* m_question = nullptr;
    bool m_busy = false;
    bool m_reloadPending = false;
};

} // namespace sw::ui
