#pragma once

// A merchant's credit file 信用档案 (DOMAIN.md "Merchant onboarding review"): a score from
// 0 to 100 that starts at 80 and moves with explained events, and the level it gives.
//
//   upheld complaint −2 · failed spot check −10 · fake reviews −6 · IP infringement −12 ·
//   clean quarter +2 · dispute decided against the merchant −2 (an upheld complaint
//   settled by mediation; issue 5's dispute outcomes)
//   level A ≥ 90, B ≥ 75, C ≥ 60, D < 60
//
// The deltas are an administrator's table with a version: every edit makes a new version,
// and each recorded event keeps the version and delta it was scored with, so later edits
// never rewrite history. The score is clamped to 0…100 after every event (a merchant at 99
// with a clean quarter is at 100, and a later −2 takes it to 98). whatIf() is the effect of
// one proposed event, computed exactly as recording it would.

#include "domain/ticketenums.h" // the fromCode<> primary template
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sw::domain {

enum class CreditEventKind { UpheldComplaint, FailedSpotCheck, FakeReviews, IpInfringement, CleanQuarter, DisputeLost };
enum class CreditLevel { A, B, C, D };

QString code(CreditEventKind value);
QString code(CreditLevel value); // "A" … "D"
template <> CreditEventKind fromCode<CreditEventKind>(QStringView code, bool* ok);
QString displayName(CreditEventKind value);
QList<CreditEventKind> allCreditEventKinds();

struct CreditChange
{
    int before = 0;
    int delta = 0; // as in the rules
    int after = 0; // clamped
    CreditLevel levelBefore = CreditLevel::B;
    CreditLevel levelAfter = CreditLevel::B;
    int rulesVersion = 0;
};

class CreditRules
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::CreditRules)

public:
    static constexpr int kStartScore = 80;
    static constexpr int kMinScore = 0;
    static constexpr int kMaxScore = 100;
    static constexpr int kMaxDelta = 100; // |delta| per event

    // Version 1 with the deltas of DOMAIN.md.
    static CreditRules defaults();

    int version() const { return m_version; }
    int delta(CreditEventKind kind) const;
    // A copy with one delta changed and the next version number; refuses |delta| > 100.
    Result<CreditRules> withDelta(CreditEventKind kind, int delta) const;

    static CreditLevel levelOf(int score);
    static int clamp(int score);
    // The score after events with these deltas, from the start score, clamped each time.
    static int replay(const QList<int>& deltas);

    CreditChange whatIf(int score, CreditEventKind kind) const;

    // {"version": 3, "deltas": {"upheld_complaint": -2, …}}; fromJson refuses unknown
    // kinds, missing kinds, non-integers, |delta| > 100 and versions below 1.
    QJsonObject toJson() const;
    static Result<CreditRules> fromJson(const QJsonObject& json);

    bool operator==(const CreditRules& other) const = default;

private:
    int m_version = 1;
    QMap<CreditEventKind, int> m_deltas;
};

} // namespace sw::domain
