#pragma once

// The small vocabularies of merchant review that are not rules of their own (issue 6):
// the merchant categories an application names (the keys of the required-documents table,
// merchantdocuments.h), the kinds of review, and the measures a credit file records
// against a merchant (DOMAIN.md: warning 警告, listing restriction 限制上架, suspension
// 暂停, revocation 取消入驻资格).
//
// Measures: a listing restriction and a suspension run until an end date that is on or
// after their start; a warning has no end, and a revocation is permanent. Every measure
// needs a reason.

#include "domain/ticketenums.h" // the fromCode<> primary template
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw::domain {

// Category codes ("food", "cosmetics", …) in display order.
QStringList merchantCategories();
QString merchantCategoryName(const QString& code); // the code itself when unknown

enum class ReviewKind { Application, Rereview };
QString code(ReviewKind value);
template <> ReviewKind fromCode<ReviewKind>(QStringView code, bool* ok);
QString displayName(ReviewKind value);

enum class CreditActionKind { Warning, ListingRestriction, Suspension, Revocation };
QString code(CreditActionKind value);
template <> CreditActionKind fromCode<CreditActionKind>(QStringView code, bool* ok);
QString displayName(CreditActionKind value);
QList<CreditActionKind> allCreditActionKinds();

class CreditActions
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::CreditActions)

public:
    static bool hasEndDate(CreditActionKind kind);
    // InvalidInput when the reason is empty, the start is missing, an end date is missing
    // or before the start for a measure that has one, or given for one that has none.
    static Status validate(CreditActionKind kind, const QString& reason, QDate startsOn, QDate endsOn);
    // Whether the measure is in force on `day`.
    static bool inForce(CreditActionKind kind, QDate startsOn, QDate endsOn, QDate day);
};

} // namespace sw::domain
