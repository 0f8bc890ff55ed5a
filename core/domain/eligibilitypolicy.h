#pragma once

// The configurable numbers of the after-sales eligibility checklist (DOMAIN.md "After-sales
// requests"; defaults after the Consumer Rights Protection Law and the 三包 rules):
//
//   no-reason return (and exchange)        7 days after delivery
//   quality problem — return               7 days
//   quality problem — exchange            15 days
//   repair                                 within the item's warranty; 365 days when the
//                                          item does not say
//   excluded from no-reason returns        customised, perishable, opened digital goods,
//                                          final sale (all four flags)
//   evidence for a quality claim           at least 1 attachment
//
// An administrator edits them; they are stored as JSON (settings, synced). The policy may
// be more generous than the law but never stricter: the no-reason and quality-return
// windows cannot go below 7 days nor the quality-exchange window below 15 (validate()
// refuses it). Windows are at most 365 days, warranties 1 … 3650 days, the evidence
// minimum 0 (not required) … 20.

#include "domain/aftersalesenums.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sw::domain {

class EligibilityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::EligibilityPolicy)

public:
    static constexpr int kLegalNoReasonDays = 7;
    static constexpr int kLegalQualityReturnDays = 7;
    static constexpr int kLegalQualityExchangeDays = 15;
    static constexpr int kMaxWindowDays = 365;
    static constexpr int kMaxWarrantyDays = 3650;
    static constexpr int kMaxEvidence = 20;
    static constexpr int kJsonVersion = 1;

    EligibilityPolicy() = default; // the defaults above

    int noReasonReturnDays() const { return m_noReasonReturnDays; }
    void setNoReasonReturnDays(int days) { m_noReasonReturnDays = days; }
    int qualityReturnDays() const { return m_qualityReturnDays; }
    void setQualityReturnDays(int days) { m_qualityReturnDays = days; }
    int qualityExchangeDays() const { return m_qualityExchangeDays; }
    void setQualityExchangeDays(int days) { m_qualityExchangeDays = days; }
    int defaultWarrantyDays() const { return m_defaultWarrantyDays; }
    void setDefaultWarrantyDays(int days) { m_defaultWarrantyDays = days; }
    ItemFlags excludedItemFlags() const { return m_excludedItemFlags; }
    void setExcludedItemFlags(ItemFlags flags) { m_excludedItemFlags = flags; }
    int minimumQualityEvidence() const { return m_minimumQualityEvidence; }
    void setMinimumQualityEvidence(int count) { m_minimumQualityEvidence = count; }

    // InvalidInput with a translated message naming the setting, its limits and its value.
    Status validate() const;

    // {"version":1,"noReasonReturnDays":7,"qualityReturnDays":7,"qualityExchangeDays":15,
    //  "defaultWarrantyDays":365,"minimumQualityEvidence":1,
    //  "excludedItemFlags":["customised","perishable","opened_digital","final_sale"]}
    QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types, unknown flags and out-of-range values
    // are refused.
    static Result<EligibilityPolicy> fromJson(const QJsonObject& json);

    bool operator==(const EligibilityPolicy&) const = default;

private:
    int m_noReasonReturnDays = kLegalNoReasonDays;
    int m_qualityReturnDays = kLegalQualityReturnDays;
    int m_qualityExchangeDays = kLegalQualityExchangeDays;
    int m_defaultWarrantyDays = 365;
    ItemFlags m_excludedItemFlags =
        ItemFlag::Customised | ItemFlag::Perishable | ItemFlag::OpenedDigital | ItemFlag::FinalSale;
    int m_minimumQualityEvidence = 1;
};

} // namespace sw::domain
