#include "domain/merchantcatalogue.h"

#include "domain/codetable.h"

namespace sw::domain {

namespace {

using codetable::Entry;

constexpr Entry<ReviewKind> kReviewKinds[] = {{ReviewKind::Application, "application"},
                                              {ReviewKind::Rereview, "rereview"}};
constexpr Entry<CreditActionKind> kActionKinds[] = {
    {CreditActionKind::Warning, "warning"},
    {CreditActionKind::ListingRestriction, "listing_restriction"},
    {CreditActionKind::Suspension, "suspension"},
    {CreditActionKind::Revocation, "revocation"},
};

} // namespace

QStringList merchantCategories()
{
    return {QStringLiteral("general"),         QStringLiteral("apparel"),  QStringLiteral("electronics"),
            QStringLiteral("home"),            QStringLiteral("food"),     QStringLiteral("cosmetics"),
            QStringLiteral("maternal_infant"), QStringLiteral("medical_devices"), QStringLiteral("brand_flagship")};
}

QString merchantCategoryName(const QString& code)
{
    if (code == QLatin1String("general"))
        return QCoreApplication::translate("sw::domain::Merchant", "General merchandise");
    if (code == QLatin1String("apparel"))
        return QCoreApplication::translate("sw::domain::Merchant", "Apparel and shoes");
    if (code == QLatin1String("electronics"))
        return QCoreApplication::translate("sw::domain::Merchant", "Electronics and appliances");
    if (code == QLatin1String("home"))
        return QCoreApplication::translate("sw::domain::Merchant", "Home and furniture");
    if (code == QLatin1String("food"))
        return QCoreApplication::translate("sw::domain::Merchant", "Food");
    if (code == QLatin1String("cosmetics"))
        return QCoreApplication::translate("sw::domain::Merchant", "Cosmetics");
    if (code == QLatin1String("maternal_infant"))
        return QCoreApplication::translate("sw::domain::Merchant", "Maternal and infant products");
    if (code == QLatin1String("medical_devices"))
        return QCoreApplication::translate("sw::domain::Merchant", "Medical devices");
    if (code == QLatin1String("brand_flagship"))
        return QCoreApplication::translate("sw::domain::Merchant", "Brand flagship store");
    return code;
}

QString code(ReviewKind value)
{
    return codetable::codeOf(kReviewKinds, value);
}

template <> ReviewKind fromCode<ReviewKind>(QStringView c, bool* ok)
{
    return codetable::parse(kReviewKinds, c, ok);
}

QString displayName(ReviewKind value)
{
    return value == ReviewKind::Rereview ? QCoreApplication::translate("sw::domain::Merchant", "Periodic re-review") : QCoreApplication::translate("sw::domain::Merchant", "Application");
}

QString code(CreditActionKind value)
{
    return codetable::codeOf(kActionKinds, value);
}

template <> CreditActionKind fromCode<CreditActionKind>(QStringView c, bool* ok)
{
    return codetable::parse(kActionKinds, c, ok);
}

QList<CreditActionKind> allCreditActionKinds()
{
    return codetable::valuesOf(kActionKinds);
}

QString displayName(CreditActionKind value)
{
    switch (value) {
    case CreditActionKind::Warning:
        return QCoreApplication::translate("sw::domain::Merchant", "Warning");
    case CreditActionKind::ListingRestriction:
        return QCoreApplication::translate("sw::domain::Merchant", "Listing restriction");
    case CreditActionKind::Suspension:
        return QCoreApplication::translate("sw::domain::Merchant", "Suspension");
    case CreditActionKind::Revocation:
        return QCoreApplication::translate("sw::domain::Merchant", "Revocation of qualification");
    }
    return {};
}

bool CreditActions::hasEndDate(CreditActionKind kind)
{
    return kind == CreditActionKind::ListingRestriction || kind == CreditActionKind::Suspension;
}

Status CreditActions::validate(CreditActionKind kind, const QString& reason, QDate startsOn, QDate endsOn)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the reason for the %1.").arg(displayName(kind)));
    if (!startsOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Enter the date the %1 starts.").arg(displayName(kind)));
    if (hasEndDate(kind)) {
        if (!endsOn.isValid())
            return makeError(ErrorCode::InvalidInput, tr("Enter the date the %1 ends.").arg(displayName(kind)));
        if (endsOn < startsOn)
            return makeError(ErrorCode::InvalidInput,
                             tr("The %1 cannot end before it starts.").arg(displayName(kind)));
    } else if (endsOn.isValid()) {
        return makeError(ErrorCode::InvalidInput, tr("A %1 has no end date.").arg(displayName(kind)));
    }
    return {};
}

bool CreditActions::inForce(CreditActionKind kind, QDate startsOn, QDate endsOn, QDate day)
{
    if (!startsOn.isValid() || day < startsOn)
        return false;
    return !hasEndDate(kind) || !endsOn.isValid() || day <= endsOn;
}

} // namespace sw::domain
