#include "disputespane.h"

#include "clock.h"
#include "detailparts.h"
#include "disputenotifier.h"
#include "disputeopendialog.h"
#include "disputestepdialog.h"
#include "messages.h"
#include "offthread.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

using domain::DisputeParty;
using domain::DisputeStatus;
using services::Dispute;
using services::DisputeService;

namespace {

const QColor kOverdue(0xc6, 0x28, 0x28);

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidgetItem* item(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return it;
}

void markOverdue(QTableWidgetItem* it, const QString& tip)
{
    it->setForeground(kOverdue);
    QFont font = it->font();
    font.setBold(true);
    it->setFont(font);
    it->setToolTip(tip);
}


} // namespace

bool DisputesPane::isAvailableFor(const services::Actor& actor)
{
    using domain::Role;
    return actor.has(Role::Agent) || actor.has(Role::Lead) || actor.has(Role::Manager) ||
           actor.has(Role::Admin) || actor.has(Role::Auditor);
}

DisputesPane::DisputesPane(storage::Database& db, const services::Actor& actor, const Clock* clock,
                           QWidget* parent)
    : Pane(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_table(makeDetailTable({tr("Number"), tr("Merchant"), tr("Buyer"), tr("Subject"), tr("Status"),
                               tr("Evidence Until"), tr("Decision"), tr("Appeal Until")},
                              this))
    , m_summary(new QLabel(this))
    , m_statements(makeDetailTable({tr("Party"), tr("Recorded"), tr("Attachments"), tr("Statement")}, this))
    , m_open(new QPushButton(tr("&Open Dispute…"), this))
    , m_statement(new QPushButton(tr("Add &Statement…"), this))
    , m_decide(new QPushButton(tr("&Decide…"), this))
    , m_appeal(new QPushButton(tr("&Appeal…"), this))
    , m_close(new QPushButton(tr("&Close…"), this))
    , m_notifier(new DisputeNotifier(db, actor, clock, this))
{
    // The list can be long: its columns are sized once per load (fill()), rows keep the
    // default height.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Admins and auditors read only (the service refuses anyway).
    m_open->setVisible(actor.has(domain::Role::Agent) || actor.has(domain::Role::Lead) ||
                       actor.has(domain::Role::Manager));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    for (QPushButton* b : {m_statement, m_decide, m_appeal, m_close})
        buttons->addWidget(b);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_statements, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    // The list is what people scan all day; a dispute's statements are a few lines each.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({480, 320});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_open, &QPushButton::clicked, this, &DisputesPane::openDispute);
    connect(m_statement, &QPushButton::clicked, this, &DisputesPane::addStatement);
    connect(m_decide, &QPushButton::clicked, this, &DisputesPane::decide);
    connect(m_appeal, &QPushButton::clicked, this, &DisputesPane::appeal);
    connect(m_close, &QPushButton::clicked, this, &DisputesPane::closeDispute);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DisputesPane::loadDetail);
    clearDetail();
    refresh();
}

QString DisputesPane::title() const
{
    return tr("Disputes");
}

QIcon DisputesPane::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QString DisputesPane::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_disputes.size())
        return {};
    return m_disputes.at(rows.first().row()).id;
}

void DisputesPane::selectDispute(const QString& id)
{
    for (int row = 0; row < m_disputes.size(); ++row) {
        if (m_disputes.at(row).id == id) {
            m_table->selectRow(row);
            return;
        }
    }
    m_wantedId = id; // not loaded yet
}

void DisputesPane::showDispute(const QString& id)
{
    m_wantedId = id;
    refresh();
}

void DisputesPane::refresh()
{
    if (m_wantedId.isEmpty())
        m_wantedId = selectedId();
    ++m_loading;
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    runOffThread(
        this,
        [db, actor, clock]() {
            return withThreadConnection(*db, [&] { return DisputeService(*db, actor, clock).list(); });
        },
        [this](Result<QList<Dispute>> result) {
            --m_loading;
            if (!result.ok()) {
                showError(this, tr("Disputes"), result.error());
                return;
            }
            fill(result.value());
        });
}

QString DisputesPane::decisionText(const Dispute& d) const
{
    if (!d.outcome)
        return {};
    if (d.refund.isPositive())
        return tr("%1 (%2)").arg(domain::displayName(*d.outcome), d.refund.format());
    return domain::displayName(*d.outcome);
}

void DisputesPane::fill(const QList<Dispute>& disputes)
{
    const QString wanted = m_wantedId;
    m_wantedId.clear();
    const QDateTime now = (m_clock ? *m_clock : Clock::system()).now();
    {
        const QSignalBlocker blocker(m_table);
        m_disputes = disputes;
        m_table->clearContents();
        m_table->setRowCount(int(disputes.size()));
        for (int row = 0; row < disputes.size(); ++row) {
            const Dispute& d = disputes.at(row);
            m_table->setItem(row, Number, item(d.number));
            m_table->setItem(row, Merchant, item(d.merchantName));
            m_table->setItem(row, Buyer, item(d.buyerName));
            m_table->setItem(row, Subject, item(d.subject));
            m_table->setItem(row, Status, item(domain::displayName(d.status)));
            auto* evidence = item(when(d.evidenceDeadline));
            if (d.status == DisputeStatus::Open && now > d.evidenceDeadline)
                markOverdue(evidence, tr("The evidence period is over: the dispute waits for a decision."));
            m_table->setItem(row, EvidenceDue, evidence);
            m_table->setItem(row, Decision, item(decisionText(d)));
            auto* appealDue = item(when(d.appealDeadline));
            if (d.appealDeadline.isValid() && now > d.appealDeadline)
                markOverdue(appealDue, tr("The appeal period is over: the dispute can be closed."));
            m_table->setItem(row, AppealDue, appealDue);
        }
        m_table->resizeColumnsToContents();
    }
    Q_EMIT loaded(int(disputes.size()));
    if (m_notifier->isActive())
        m_notifier->check(); // a step may have settled an overdue dispute
    int select = -1;
    for (int row = 0; row < disputes.size(); ++row) {
        if (disputes.at(row).id == wanted)
            select = row;
    }
    if (select < 0 && m_loading > 0 && m_wantedId.isEmpty())
        m_wantedId = wanted; // an older load finished first: the newer one brings the row
    if (select >= 0)
        m_table->selectRow(select);
    else
        clearDetail();
    if (select >= 0 && m_current.id == wanted)
        loadDetail(); // the same row stays selected: its detail may have changed
}

void DisputesPane::clearDetail()
{
    m_current = Dispute();
    m_actions = services::DisputeActions();
    m_summary->setText(m_disputes.isEmpty() ? tr("No disputes.")
                                            : tr("Select a dispute to see its statements."));
    m_statements->setRowCount(0);
    for (QPushButton* b : {m_statement, m_decide, m_appeal, m_close})
        b->setEnabled(false);
}

void DisputesPane::loadDetail()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        clearDetail();
        return;
    }
    ++m_loading;
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    runOffThread(
        this,
        [db, actor, clock, id]() -> Result<Detail> {
            return withThreadConnection(*db, [&]() -> Result<Detail> {
                const DisputeService service(*db, actor, clock);
                auto dispute = service.get(id);
                if (!dispute)
                    return dispute.error();
                auto statements = service.statements(id);
                if (!statements)
                    return statements.error();
                return Detail{*dispute, *statements, service.actions(*dispute)};
            });
        },
        [this, id](Result<Detail> result) {
            --m_loading;
            if (selectedId() != id)
                return; // the selection moved on meanwhile
            if (!result.ok()) {
                showError(this, tr("Disputes"), result.error());
                return;
            }
            showDetail(result.value());
        });
}

void DisputesPane::showDetail(const Detail& detail)
{
    m_current = detail.dispute;
    m_actions = detail.actions;
    const Dispute& d = m_current;
    QStringList lines;
    lines << tr("<b>%1</b> — %2").arg(d.number.toHtmlEscaped(), d.subject.toHtmlEscaped());
    lines << tr("Buyer %1 against merchant %2; %3 claimed.")
                 .arg(d.buyerName.toHtmlEscaped(), d.merchantName.toHtmlEscaped(), d.claim.format());
    if (!d.ticketNumber.isEmpty() || !d.aftersalesNumber.isEmpty())
        lines << tr("Ticket %1, after-sales request %2.")
                     .arg(d.ticketNumber.isEmpty() ? tr("none") : d.ticketNumber,
                          d.aftersalesNumber.isEmpty() ? tr("none") : d.aftersalesNumber);
    lines << tr("Status: %1. Evidence from buyer and merchant until %2 (buyer: %3, merchant: %4).")
                 .arg(domain::displayName(d.status), when(d.evidenceDeadline),
                      d.buyerSubmitted ? tr("submitted") : tr("nothing yet"),
                      d.merchantSubmitted ? tr("submitted") : tr("nothing yet"));
    if (d.outcome)
        lines << tr("Decision by %1 on %2: %3. Reasoning: %4")
                     .arg(d.decidedByName.toHtmlEscaped(), when(d.decidedAt), decisionText(d),
                          d.reasoning.toHtmlEscaped());
    if (d.appealParty)
        lines << tr("Appealed by the %1 on %2: %3")
                     .arg(domain::displayName(*d.appealParty), when(d.appealedAt),
                          d.appealReason.toHtmlEscaped());
    if (d.closedAt.isValid())
        lines << tr("Closed on %1. %2").arg(when(d.closedAt), d.closeNote.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    m_statements->setRowCount(int(detail.statements.size()));
    for (int row = 0; row < detail.statements.size(); ++row) {
        const services::DisputeStatement& s = detail.statements.at(row);
        m_statements->setItem(row, 0, item(domain::displayName(s.party)));
        m_statements->setItem(row, 1, item(tr("%1, %2").arg(when(s.recordedAt), s.recordedByName)));
        m_statements->setItem(row, 2, item(QLocale().toString(s.attachmentCount)));
        m_statements->setItem(row, 3, item(s.body));
    }
    m_statements->resizeRowsToContents();
    m_statement->setEnabled(m_actions.buyerStatement || m_actions.merchantStatement ||
                            m_actions.platformStatement);
    m_decide->setEnabled(m_actions.decide);
    m_appeal->setEnabled(m_actions.appeal);
    m_close->setEnabled(m_actions.close);
    Q_EMIT detailLoaded();
}

void DisputesPane::runStep(QDialog* dialog, const QString& done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, done] {
        Q_EMIT statusMessage(done);
        refresh();
    });
    dialog->open();
}

void DisputesPane::openDispute()
{
    auto* dialog = new DisputeOpenDialog(m_db, m_actor, m_clock, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_wantedId = dialog->openedId(); });
    runStep(dialog, tr("Dispute opened."));
}

void DisputesPane::addStatement()
{
    if (m_current.id.isEmpty())
        return;
    QList<DisputeParty> parties;
    if (m_actions.buyerStatement)
        parties << DisputeParty::Buyer;
    if (m_actions.merchantStatement)
        parties << DisputeParty::Merchant;
    if (m_actions.platformStatement)
        parties << DisputeParty::Platform;
    runStep(new DisputeStepDialog(DisputeStepDialog::Mode::Statement, m_db, m_actor, m_current.id,
                                  m_current.number, m_clock, parties, this),
            tr("Statement recorded."));
}

void DisputesPane::decide()
{
    if (m_current.id.isEmpty())
        return;
    runStep(new DisputeStepDialog(DisputeStepDialog::Mode::Decision, m_db, m_actor, m_current.id,
                                  m_current.number, m_clock, {}, this),
            tr("Decision recorded."));
}

void DisputesPane::appeal()
{
    if (m_current.id.isEmpty())
        return;
    runStep(new DisputeStepDialog(DisputeStepDialog::Mode::Appeal, m_db, m_actor, m_current.id,
                                  m_current.number, m_clock, {DisputeParty::Buyer, DisputeParty::Merchant},
                                  this),
            tr("Appeal recorded."));
}

void DisputesPane::closeDispute()
{
    if (m_current.id.isEmpty())
        return;
    runStep(new DisputeStepDialog(DisputeStepDialog::Mode::Close, m_db, m_actor, m_current.id,
                                  m_current.number, m_clock, {}, this),
            tr("Dispute closed."));
}

bool DisputesPane::copySelection()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << (m_table->item(row, c) ? m_table->item(row, c)->text() : QString());
    QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
    return true;
}

} // namespace sw::ui
