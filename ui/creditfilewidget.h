#pragma once

// One merchant's credit file 信用档案: the score and level, the score's history as a chart
// (Qt Charts; one point per event on the day it occurred, from the start score of 80),
// the events with their explanations and the measures with their dates, and the buttons
// to record an event (with its what-if), add a measure and take in the dispute outcomes
// decided against the merchant that are not in the file yet.
//
// A credit file is a few dozen rows: read on the GUI thread like the other details.

#include "services/actor.h"
#include "services/creditfileservice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

class QChartView;
class QLineSeries;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class CreditActionDialog;
class CreditEventDialog;

class CreditFileWidget : public QWidget
{
    Q_OBJECT
public:
    CreditFileWidget(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                     QWidget* parent = nullptr);

    void showMerchant(const QString& merchantId);
    void reload();
    QString merchantId() const { return m_file ? m_file->merchantId : QString(); }
    std::optional<services::CreditFile> file() const { return m_file; }

    // The dialogs the buttons open (window-modal); nullptr without a merchant.
    CreditEventDialog* openEventDialog();
    CreditActionDialog* openActionDialog();
    void importDisputes();

    QLabel* scoreLabel() const { return m_score; }
    QTableWidget* eventsTable() const { return m_events; }
    QTableWidget* actionsTable() const { return m_actions; }
    QLineSeries* historySeries() const { return m_series; }
    QPushButton* importButton() const { return m_import; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void fill(const services::CreditFile& f);
    void fillChart(const services::CreditFile& f);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    std::optional<services::CreditFile> m_file;
    QLabel* m_score;
    QChartView* m_chart;
    QLineSeries* m_series;
    QTableWidget* m_events;
    QTableWidget* m_actions;
    QPushButton* m_record;
    QPushButton* m_measure;
    QPushButton* m_import;
    QPointer<QDialog> m_dialog;
};

} // namespace sw::ui
