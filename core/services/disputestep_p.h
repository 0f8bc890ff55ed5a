#pragma once

// Private to the DisputeService files (not an API for other areas): the open step of a
// write, the row mapping of `disputes` and the small checks the operations share.
// disputeservice.cpp holds opening and reading, disputeservice_steps.cpp the steps
// (statements, decision, appeal, closing), disputeservice_rows.cpp what is declared here.

#include "domain/disputepolicy.h"
#include "services/disputeservice.h"
#include "services/writetransaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

namespace sw::services {

// One dispute loaded inside an open write transaction (DisputeService::beginStep).
struct DisputeService::Step
{
    QSqlDatabase db;
    WriteTransaction tx;
    QDateTime now;
    Dispute dispute; // as loaded
    domain::DisputePolicy policy;
};

namespace disputes {

QStringList disputeFields(); // the synced columns of `disputes`, without id
QVariantMap toFields(const Dispute& d);
// "SELECT … FROM disputes d LEFT JOIN …" with the names and statement flags; append a
// WHERE on d.
QString selectDisputes();
Dispute readDispute(const QSqlQuery& q);
Result<Dispute> loadDispute(QSqlDatabase db, const QString& id); // NotFound, translated

Error invalid(const QString& message);
Status requireHandler(const Actor& a);  // agents, leads, managers
Status requireMediator(const Actor& a); // leads, managers
Status requireReader(const Actor& a);   // handlers, admins, auditors
bool isHandler(const Actor& a);
bool isMediator(const Actor& a);
// At most DisputeService::kMaxTextChars (InvalidInput naming the length and the limit).
Status checkLength(const QString& text);
// Not blank (blankMessage) and at most DisputeService::kMaxTextChars (a message naming
// the length and the limit).
Status checkText(const QString& text, const QString& blankMessage);

// DP-YYYYMMDD-NNNNNN by the Beijing date of `at`.
Result<QString> allocateNumber(QSqlDatabase db, const QDateTime& at);
// The evidence deadline of a dispute opened at `openedAt`: the policy's period on the SLA
// clock in force (business-day working time when the SLA policy counts business days).
Result<QDateTime> evidenceDeadline(QSqlDatabase db, const domain::DisputePolicy& policy,
                                   const QDateTime& openedAt);

// The linked ticket's timeline note of one step (nothing without a ticket).
Status addTimelineNote(WriteTransaction& tx, QSqlDatabase db, const Dispute& d, const QString& action,
                       const QString& text, const QDateTime& now);

} // namespace disputes

} // namespace sw::services
