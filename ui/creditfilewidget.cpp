#include "creditfilewidget.h"

#include "creditdialogs.h"
#include "domain/merchantcatalogue.h"
#include "detailparts.h"
#include "messages.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace sw::ui {

namespace {


void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        t->setItem(row, c, item);
    }
}

QString levelColor(domain::CreditLevel level)
{
    switch (level) {
    case domain::CreditLevel::A:
        return QStringLiteral("#2e7d32");
    case domain::CreditLevel::B:
        return QStringLiteral("#1565c0");
    case domain::CreditLevel::C:
        return QStringLiteral("#ef6c00");
    case domain::CreditLevel::D:
        return QStringLiteral("#c62828");
    }
    return {};
}

} // namespace

CreditFileWidget::CreditFileWidget(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                   QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_score(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_series(new QLineSeries)
    , m_events(makeDetailTable({tr("Date"), tr("Event"), tr("Points"), tr("Rules"), tr("Score"), tr("Recorded by"),
                      tr("Explanation")},
                     this))
    , m_actions(makeDetailTable({tr("Measure"), tr("From"), tr("Until"), tr("In force"), tr("Recorded by"), tr("Reason")}, this))
    , m_record(new QPushButton(tr("Record Event…"), this))
    , m_measure(new QPushButton(tr("Add Measure…"), this))
    , m_import(new QPushButton(this))
{
    m_score->setTextFormat(Qt::RichText);
    auto* chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    m_series->setPointsVisible(true);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);

    const bool records = m_actor.has(domain::Role::Auditor) || m_actor.has(domain::Role::Manager);
    m_record->setVisible(records);
    m_measure->setVisible(records);
    m_import->setVisible(false);
    connect(m_record, &QPushButton::clicked, this, [this] { openEventDialog(); });
    connect(m_measure, &QPushButton::clicked, this, [this] { openActionDialog(); });
    connect(m_import, &QPushButton::clicked, this, &CreditFileWidget::importDisputes);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_score, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_record);
    buttons->addWidget(m_measure);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 2);
    layout->addWidget(new QLabel(tr("Events"), this));
    layout->addWidget(m_events, 2);
    layout->addWidget(new QLabel(tr("Measures"), this));
    layout->addWidget(m_actions, 1);
}

void CreditFileWidget::showMerchant(const QString& merchantId)
{
    auto f = services::CreditFileService(m_db, m_actor, m_clock).file(merchantId);
    if (!f) {
        m_file.reset();
        m_score->setText(f.message());
        m_events->setRowCount(0);
        m_actions->setRowCount(0);
        m_series->clear();
        return;
    }
    fill(*f);
}

void CreditFileWidget::reload()
{
    if (m_file)
        showMerchant(m_file->merchantId);
}

void CreditFileWidget::fill(const services::CreditFile& f)
{
    m_file = f;
    m_score->setText(tr("<b>%1</b> — credit score <span style=\"font-size:16pt; color:%2\"><b>%3</b></span> "
                        "level <span style=\"font-size:16pt; color:%2\"><b>%4</b></span>")
                         .arg(f.merchantName.toHtmlEscaped(), levelColor(f.level))
                         .arg(f.score)
                         .arg(domain::code(f.level)));
    m_events->setRowCount(int(f.events.size()));
    for (int i = 0; i < f.events.size(); ++i) {
        const services::CreditEventRow& e = f.events.at(i);
        setRow(m_events, i,
               {e.occurredOn.toString(Qt::ISODate), domain::displayName(e.kind),
                e.delta > 0 ? QStringLiteral("+%1").arg(e.delta) : QString::number(e.delta),
                tr("v%1").arg(e.rulesVersion), QString::number(e.scoreAfter), e.recordedByName, e.explanation});
    }
    m_events->resizeColumnsToContents();
    m_actions->setRowCount(int(f.actions.size()));
    for (int i = 0; i < f.actions.size(); ++i) {
        const services::CreditActionRow& a = f.actions.at(i);
        setRow(m_actions, i,
               {domain::displayName(a.kind), a.startsOn.toString(Qt::ISODate),
                a.endsOn.isValid() ? a.endsOn.toString(Qt::ISODate) : QString(), a.inForce ? tr("Yes") : tr("No"),
                a.recordedByName, a.reason});
    }
    m_actions->resizeColumnsToContents();
    const bool records = m_actor.has(domain::Role::Auditor) || m_actor.has(domain::Role::Manager);
    m_import->setVisible(records && f.pendingDisputeOutcomes > 0);
    m_import->setText(tr("Take In %n Dispute Outcome(s)", nullptr, f.pendingDisputeOutcomes));
    fillChart(f);
}

void CreditFileWidget::fillChart(const services::CreditFile& f)
{
    QList<QPointF> points;
    const auto msecs = [](QDate d) { return double(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()); };
    QDate first = f.events.isEmpty() ? QDate::currentDate() : f.events.first().occurredOn;
    points << QPointF(msecs(first.addDays(-1)), domain::CreditRules::kStartScore);
    for (const services::CreditEventRow& e : f.events)
        points << QPointF(msecs(e.occurredOn), e.scoreAfter);
    m_series->replace(points);
    const auto axes = m_chart->chart()->axes(Qt::Horizontal);
    if (!axes.isEmpty()) {
        const QDate last = f.events.isEmpty() ? first : f.events.last().occurredOn;
        axes.first()->setRange(QDateTime(first.addDays(-2), QTime(0, 0), Qt::UTC),
                               QDateTime(last.addDays(2), QTime(0, 0), Qt::UTC));
    }
}

CreditEventDialog* CreditFileWidget::openEventDialog()
{
    if (!m_file)
        return nullptr;
    auto* dialog = new CreditEventDialog(m_db, m_actor, m_file->merchantId, m_file->merchantName, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT statusMessage(tr("The credit event was recorded."));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

CreditActionDialog* CreditFileWidget::openActionDialog()
{
    if (!m_file)
        return nullptr;
    auto* dialog = new CreditActionDialog(m_db, m_actor, m_file->merchantId, m_file->merchantName, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT statusMessage(tr("The measure was added to the credit file."));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void CreditFileWidget::importDisputes()
{
    if (!m_file)
        return;
    auto n = services::CreditFileService(m_db, m_actor, m_clock).importDisputeOutcomes(m_file->merchantId);
    if (!n) {
        showError(this, tr("Dispute Outcomes"), n.error());
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("%n dispute outcome(s) taken into the credit file.", nullptr, *n));
}

} // namespace sw::ui
