#pragma once

// Per-table rules of the server (docs/sync-protocol.md "Push" rules 2–3 and "Pull"
// scope): who may change a table, which tickets a user sees, the workflow check of a
// ticket status change, and masking. All decisions reuse core/domain.

#include "authservice.h"

#include "sync/protocol.h"

#include <QJsonObject>

#include <optional>

namespace sw::server {

struct RuleVerdict
{
    bool ok = true;
    QString code;   // forbidden, illegal_transition, out_of_scope, …
    QString reason; // English
};

// The other rows a per-table rule reads (the request of an approval, the approvals of a
// request, a settings row), as the push has left them so far: rows changed by earlier ops
// of the same push are seen as changed. Only rows named by ServerRules::needs() are there.
class RowLookup
{
public:
    virtual ~RowLookup() = default;
    // The row (deleted ones included), or nullopt when it does not exist.
    virtual std::optional<sync::RowState> row(const QString& table, const QString& rowId) const = 0;
    // The live rows of `table` whose field `column` is `value`; (table, column) must be one
    // of ServerRules::lookupColumns().
    virtual QList<sync::RowState> rowsWhere(const QString& table, const QString& column,
                                            const QString& value) const = 0;
};

// What a push must read before its ops are decided, for the rules of its tables.
struct RowNeeds
{
    QList<std::pair<QString, QString>> rows;            // table, row id
    QList<std::tuple<QString, QString, QString>> where; // table, column, value
};

class ServerRules
{
public:
    // May the user change rows of this table at all?
    static RuleVerdict mayWrite(const UserContext& user, const QString& table);
    // May the user pull rows of this table at all? (The merchant-review tables are for
    // auditors, managers and administrators only; tickets are filtered by ticketInScope.)
    static bool mayRead(const UserContext& user, const QString& table);
    // Managers, administrators and auditors see every ticket.
    static bool seesAllTickets(const UserContext& user);
    // Is a ticket (its merged fields) inside the user's scope?
    static bool ticketInScope(const UserContext& user, const QJsonObject& ticketFields);
    // The same decision from the two fields it reads (a ticket's owner_id and team_id).
    static bool ticketInScope(const UserContext& user, const QString& ownerId, const QString& teamId);
    // Workflow check of a change to an existing ticket: current fields vs. merged fields.
    static RuleVerdict ticketWorkflow(const QJsonObject& current, const QJsonObject& merged);
    // The per-table workflow, role and separation-of-duty checks of a change that passed
    // mayWrite (docs/sync-protocol.md "Push" rule 3): tickets (TicketWorkflow), after-sales
    // requests and approvals (AfterSalesWorkflow, ApprovalLadder), disputes and dispute
    // outcomes (DisputeRules). current: the server's row before the op (nullopt for a new
    // row); merged: its fields after the per-field merge; deleted: the merged flag.
    static RuleVerdict checkRow(const UserContext& user, const QString& table,
                                const std::optional<sync::RowState>& current, const QJsonObject& merged,
                                bool deleted, const RowLookup& rows);
    // The rows checkRow() will look up for an op on (table, rowId) with these fields.
    static void needs(const QString& table, const QString& rowId, const QJsonObject& opFields,
                      const std::optional<sync::RowState>& current, RowNeeds* out);
    // The (table, column) pairs RowLookup::rowsWhere() answers.
    static const QList<std::pair<QString, QString>>& lookupColumns();
    // Tables whose rows follow a ticket (column holding the ticket id), or empty.
    static QString ticketColumn(const QString& table);
    // The fields as this user may see them (customer_phone masked unless allowed).
    static QJsonObject visibleFields(const UserContext& user, const QString& table, const QJsonObject& fields);
};

} // namespace sw::server
