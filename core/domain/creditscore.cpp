#include "domain/creditscore.h"

#include "domain/codetable.h"
#include "domain/jsonvalues.h"

#include <QJsonValue>

#include <algorithm>
#include <cstdlib>

namespace sw::domain {

namespace {

using codetable::Entry;

constexpr Entry<CreditEventKind> kEventCodes[] = {
    {CreditEventKind::UpheldComplaint, "upheld_complaint"}, {CreditEventKind::FailedSpotCheck, "failed_spot_check"},
    {CreditEventKind::FakeReviews, "fake_reviews"},         {CreditEventKind::IpInfringement, "ip_infringement"},
    {CreditEventKind::CleanQuarter, "clean_quarter"},       {CreditEventKind::DisputeLost, "dispute_lost"},
};
constexpr Entry<CreditLevel> kLevelCodes[] = {
    {CreditLevel::A, "A"}, {CreditLevel::B, "B"}, {CreditLevel::C, "C"}, {CreditLevel::D, "D"}};

} // namespace

QString code(CreditEventKind value)
{
    return codetable::codeOf(kEventCodes, value);
}

QString code(CreditLevel value)
{
    return codetable::codeOf(kLevelCodes, value);
}

template <> CreditEventKind fromCode<CreditEventKind>(QStringView c, bool* ok)
{
    return codetable::parse(kEventCodes, c, ok);
}

QList<CreditEventKind> allCreditEventKinds()
{
    return codetable::valuesOf(kEventCodes);
}

QString displayName(CreditEventKind value)
{
    switch (value) {
    case CreditEventKind::UpheldComplaint:
        return QCoreApplication::translate("sw::domain::Credit", "Upheld complaint");
    case CreditEventKind::FailedSpotCheck:
        return QCoreApplication::translate("sw::domain::Credit", "Failed spot check");
    case CreditEventKind::FakeReviews:
        return QCoreApplication::translate("sw::domain::Credit", "Fake reviews");
    case CreditEventKind::IpInfringement:
        return QCoreApplication::translate("sw::domain::Credit", "IP infringement");
    case CreditEventKind::CleanQuarter:
        return QCoreApplication::translate("sw::domain::Credit", "Clean quarter");
    case CreditEventKind::DisputeLost:
        return QCoreApplication::translate("sw::domain::Credit", "Dispute decided against the merchant");
    }
    return {};
}

CreditRules CreditRules::defaults()
{
    CreditRules r;
    r.m_version = 1;
    r.m_deltas = {{CreditEventKind::UpheldComplaint, -2}, {CreditEventKind::FailedSpotCheck, -10},
                  {CreditEventKind::FakeReviews, -6},     {CreditEventKind::IpInfringement, -12},
                  {CreditEventKind::CleanQuarter, 2},     {CreditEventKind::DisputeLost, -2}};
    return r;
}

int CreditRules::delta(CreditEventKind kind) const
{
    return m_deltas.value(kind, 0);
}

Result<CreditRules> CreditRules::withDelta(CreditEventKind kind, int delta) const
{
    if (delta < -kMaxDelta || delta > kMaxDelta)
        return makeError(ErrorCode::InvalidInput,
                         tr("The points of “%1” must be between −%2 and +%2.").arg(displayName(kind)).arg(kMaxDelta));
    CreditRules next = *this;
    next.m_deltas[kind] = delta;
    next.m_version = m_version + 1;
    return next;
}

CreditLevel CreditRules::levelOf(int score)
{
    if (score >= 90)
        return CreditLevel::A;
    if (score >= 75)
        return CreditLevel::B;
    if (score >= 60)
        return CreditLevel::C;
    return CreditLevel::D;
}

int CreditRules::clamp(int score)
{
    return std::clamp(score, kMinScore, kMaxScore);
}

int CreditRules::replay(const QList<int>& deltas)
{
    int score = kStartScore;
    for (int d : deltas)
        score = clamp(score + d);
    return score;
}

CreditChange CreditRules::whatIf(int score, CreditEventKind kind) const
{
    CreditChange c;
    c.before = clamp(score);
    c.delta = delta(kind);
    c.after = clamp(c.before + c.delta);
    c.levelBefore = levelOf(c.before);
    c.levelAfter = levelOf(c.after);
    c.rulesVersion = m_version;
    return c;
}

QJsonObject CreditRules::toJson() const
{
    QJsonObject deltas;
    for (auto it = m_deltas.cbegin(); it != m_deltas.cend(); ++it)
        deltas.insert(code(it.key()), it.value());
    return {{QStringLiteral("version"), m_version}, {QStringLiteral("deltas"), deltas}};
}

Result<CreditRules> CreditRules::fromJson(const QJsonObject& json)
{
    const auto bad = [](const QString& why) {
        return makeError(ErrorCode::InvalidInput, tr("The credit scoring rules cannot be used: %1").arg(why));
    };
    // The version numbers the edits of this table (a rules version, not a format version).
    const std::optional<int> version = jsonWholeNumber(json.value(QStringLiteral("version")));
    if (!version || *version < 1)
        return bad(tr("the version must be a whole number from 1."));
    const QJsonObject deltas = json.value(QStringLiteral("deltas")).toObject();
    CreditRules r;
    r.m_version = *version;
    for (auto it = deltas.begin(); it != deltas.end(); ++it) {
        bool ok = false;
        const CreditEventKind kind = fromCode<CreditEventKind>(it.key(), &ok);
        if (!ok)
            return bad(tr("“%1” is not an event of the credit file.").arg(it.key()));
        const std::optional<int> points = jsonWholeNumber(it.value());
        if (!points || std::abs(*points) > kMaxDelta)
            return bad(tr("the points of “%1” must be a whole number between −%2 and +%2.")
                           .arg(displayName(kind))
                           .arg(kMaxDelta));
        r.m_deltas.insert(kind, *points);
    }
    for (CreditEventKind kind : allCreditEventKinds()) {
        if (!r.m_deltas.contains(kind))
            return bad(tr("the points of “%1” are missing.").arg(displayName(kind)));
    }
    return r;
}

} // namespace sw::domain
