#pragma once

// Private to the AfterSalesService files (not an API for other areas): the open step of
// a write, the row mapping of aftersales_requests and the small checks every operation
// shares. aftersalesservice.cpp holds creation, reading and the plain status steps,
// aftersalesservice_decisions.cpp the decisions (override, approve, reject, return for
// information), aftersalesservice_rows.cpp what is declared here.

#include "services/aftersalesservice.h"
#include "services/writetransaction.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

namespace sw::services {

// One request loaded inside an open write transaction (AfterSalesService::beginStep).
struct AfterSalesService::Step
{
    QSqlDatabase db;
    WriteTransaction tx;
    QDateTime now;
    AfterSalesRequest request; // as loaded
};

namespace aftersales {

// aftersales_approvals.decision
inline const QString kApproved = QStringLiteral("approved");
inline const QString kRejected = QStringLiteral("rejected");
inline const QString kReturned = QStringLiteral("returned");

QStringList requestFields(); // the synced columns of aftersales_requests, without id
QVariantMap toFields(const AfterSalesRequest& r);
Result<AfterSalesRequest> loadRequest(QSqlDatabase db, const QString& id); // NotFound, translated
QString rolesCode(const QList<domain::Role>& roles);                      // "lead,manager"
QList<domain::Role> rolesFromCode(const QString& text);

Error invalid(const QString& message);
Status requireHandler(const Actor& a); // agents, leads, managers
Status requireReader(const Actor& a);  // handlers, admins, auditors
// InvalidInput when `text` is longer than AfterSalesService::kMaxTextChars; the message
// has %1 for the length and %2 for the limit ("The note is %1 characters long; …").
Status checkTextLength(const QString& text, const QString& tooLongMessage);

// Evidence rows (aftersalesservice_evidence.cpp): one checked file inserted beside the
// request with its bytes, and the number of live files of a request.
struct CheckedEvidence
{
    QString name;
    QString mimeType;
    QString sha256;
    QByteArray content;
};
Result<QList<CheckedEvidence>> checkEvidence(storage::Database& db, const Actor& actor, const Clock* clock,
                                             const QList<AfterSalesFile>& files);
Result<AfterSalesEvidence> insertEvidence(WriteTransaction& tx, QSqlDatabase db, const Actor& actor,
                                          const QString& requestId, const CheckedEvidence& file,
                                          const QDateTime& now);
Result<int> liveEvidenceCount(QSqlDatabase db, const QString& requestId);

// The linked ticket's timeline note of one step (nothing for a standalone request).
Status addTimelineNote(WriteTransaction& tx, QSqlDatabase db, const AfterSalesRequest& r,
                       const QString& action, const QString& text, const QDateTime& now);

} // namespace aftersales

} // namespace sw::services
