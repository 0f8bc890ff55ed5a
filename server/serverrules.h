#pragma once

// Per-table rules of the server (docs/sync-protocol.md "Push" rules 2–3 and "Pull"
// scope): who may change a table, which tickets a user sees, the workflow check of a
// ticket status change, and masking. All decisions reuse core/domain.

#include "authservice.h"

#include <QJsonObject>

namespace sw::server {

struct RuleVerdict
{
    bool ok = true;
    QString code;   // forbidden, illegal_transition, out_of_scope, …
    QString reason; // English
};

class ServerRules
{
public:
    // May the user change rows of this table at all?
    static RuleVerdict mayWrite(const UserContext& user, const QString& table);
    // Managers, administrators and auditors see every ticket.
    static bool seesAllTickets(const UserContext& user);
    // Is a ticket (its merged fields) inside the user's scope?
    static bool ticketInScope(const UserContext& user, const QJsonObject& ticketFields);
    // Workflow check of a change to an existing ticket: current fields vs. merged fields.
    static RuleVerdict ticketWorkflow(const QJsonObject& current, const QJsonObject& merged);
    // Tables whose rows follow a ticket (column holding the ticket id), or empty.
    static QString ticketColumn(const QString& table);
    // The fields as this user may see them (customer_phone masked unless allowed).
    static QJsonObject visibleFields(const UserContext& user, const QString& table, const QJsonObject& fields);
};

} // namespace sw::server
