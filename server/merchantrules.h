#pragma once

// The server's checks of the merchant-review tables (issue 6; docs/sync-protocol.md "Push"
// rule 3), called through ServerRules: the same core/domain rules as the desktop's
// MerchantService and CreditFileService.
//
//   merchant_reviews        created as "submitted"; status changes only along
//                           MerchantWorkflow with the pushing auditor as the actor — taking
//                           makes them the first reviewer, the second review is refused to
//                           the first reviewer (four-eyes), a rejection needs a catalogue
//                           reason and a text; the reviewers never change otherwise.
//   merchant_documents      added, replaced (removed) or ticked verified only while the
//                           review is open and not in second review; the ticks by its first
//                           reviewer; a document is never rewritten.
//   merchant_review_events  new rows by their own actor; never changed.
//   credit_events           new rows with a known kind, a delta within ±100 and an
//                           explanation; never changed (a tombstone is allowed).
//   credit_actions          CreditActions::validate; never changed but removed.
//
// Who: auditors write the review tables; auditors and managers the credit file. Reading
// every one of them is for auditors, managers and administrators (mayRead).

#include "serverrules.h"

namespace sw::server {

class MerchantRules
{
public:
    static bool isMerchantTable(const QString& table);
    static RuleVerdict mayWrite(const UserContext& user, const QString& table);
    static bool mayRead(const UserContext& user);
    static RuleVerdict check(const UserContext& user, const QString& table,
                             const std::optional<sync::RowState>& current, const QJsonObject& merged, bool deleted,
                             const RowLookup& rows);
    static void needs(const QString& table, const QJsonObject& opFields, const std::optional<sync::RowState>& current,
                      RowNeeds* out);
};

} // namespace sw::server
