#include "aftersalesdetailwidget.h"

#include "aftersalesdecisiondialog.h"
#include "aftersalesevidencebox.h"
#include "detailparts.h"
#include "disputeopendialog.h"
#include "domain/aftersalesworkflow.h"
#include "domain/approvalladder.h"
#include "messages.h"
#include "services/aftersalespolicies.h"
#include "services/aftersalesquery.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sw::ui {

using domain::AfterSalesStatus;
using domain::CheckOutcome;
using Action = AfterSalesDetailWidget::Action;
using Mode = AfterSalesDecisionDialog::Mode;

namespace {

bool handles(const services::Actor& a)
{
    return a.has(domain::Role::Agent) || a.has(domain::Role::Lead) || a.has(domain::Role::Manager);
}

QString actionText(Action action)
{
    switch (action) {
    case Action::Submit:
        return AfterSalesDetailWidget::tr("&Submit for Approval");
    case Action::Override:
        return AfterSalesDetailWidget::tr("&Override Checks…");
    case Action::Approve:
        return AfterSalesDetailWidget::tr("&Approve");
    case Action::Reject:
        return AfterSalesDetailWidget::tr("&Reject…");
    case Action::ReturnForInfo:
        return AfterSalesDetailWidget::tr("Return for &Info…");
    case Action::MarkExecuted:
        return AfterSalesDetailWidget::tr("Mark &Executed");
    case Action::Close:
        return AfterSalesDetailWidget::tr("&Close");
    case Action::Withdraw:
        return AfterSalesDetailWidget::tr("&Withdraw…");
    }
    return {};
}

QString decisionName(const QString& code)
{
    if (code == QLatin1String("approved"))
        return AfterSalesDetailWidget::tr("Approved", "decision");
    if (code == QLatin1String("rejected"))
        return AfterSalesDetailWidget::tr("Rejected", "decision");
    if (code == QLatin1String("returned"))
        return AfterSalesDetailWidget::tr("Returned for information", "decision");
    return code;
}


} // namespace

AfterSalesDetailWidget::AfterSalesDetailWidget(storage::Database& db, const services::Actor& actor,
                                               const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_header(new QLabel(this))
    , m_checkSummary(new QLabel(this))
    , m_evidence(new AfterSalesEvidenceBox(db, actor, clock, this))
{
    connect(m_evidence, &AfterSalesEvidenceBox::statusMessage, this, &AfterSalesDetailWidget::statusMessage);
    connect(m_evidence, &AfterSalesEvidenceBox::changed, this, [this](const QString& id) {
        if (id == requestId())
            reload();
        Q_EMIT requestChanged(id);
    });
    m_pages->addWidget(makeEmptySelectionHint(tr("Select a request in the queue to see it here."), this));

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(kPageMargin, 0, kPageMargin, 0);
    styleDetailHeader(m_header);
    layout->addWidget(m_header);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("status"), tr("Status:")},
        {QStringLiteral("kind"), tr("Kind:")},
        {QStringLiteral("order"), tr("Order No.:")},
        {QStringLiteral("requester"), tr("Requested by:")},
        {QStringLiteral("amount"), tr("Amount:")},
        {QStringLiteral("orderTotal"), tr("Order total:")},
        {QStringLiteral("refunded"), tr("Already refunded:")},
        {QStringLiteral("compensation"), tr("Compensation:")},
        {QStringLiteral("delivered"), tr("Delivered on:")},
        {QStringLiteral("requested"), tr("Requested on:")},
        {QStringLiteral("evidence"), tr("Evidence items:")},
        {QStringLiteral("ticket"), tr("Ticket:")},
        {QStringLiteral("item"), tr("Item:")},
        {QStringLiteral("reason"), tr("Reason:")},
        {QStringLiteral("ladder"), tr("Approval:")},
        {QStringLiteral("outcome"), tr("Notes:")},
    };
    // Two pairs per line for the short facts; the order number (long, and a label cannot
    // wrap a word without spaces), ticket, item, reason, ladder and notes get a line each.
    const QStringList wideFields{QStringLiteral("order"),  QStringLiteral("ticket"), QStringLiteral("item"),
                                 QStringLiteral("reason"), QStringLiteral("ladder"), QStringLiteral("outcome")};
    int row = 0;
    int column = 0;
    for (const auto& [name, title] : fields) {
        const bool wide = wideFields.contains(name);
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        auto* key = new QLabel(title, page);
        key->setStyleSheet(QStringLiteral("color: palette(mid);"));
        key->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        // Values wrap to the panel's width instead of widening it.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        value->setMinimumWidth(60);
        grid->addWidget(key, row, column);
        grid->addWidget(value, row, column + 1, 1, wide ? 3 : 1);
        m_fields.insert(name, value);
        column = wide ? 4 : column + 2;
        if (column >= 4) {
            ++row;
            column = 0;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    m_buttonGrid = new QGridLayout;
    const QList<Action> actions = {Action::Submit, Action::Override,      Action::Approve,
                                   Action::Reject, Action::ReturnForInfo, Action::MarkExecuted,
                                   Action::Close,  Action::Withdraw};
    for (Action action : actions) {
        auto* button = new QPushButton(actionText(action), page);
        button->setVisible(false);
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_buttons.insert(action, button);
        m_buttonGrid->addWidget(button, 0, 0);
    }
    m_openDispute = new QPushButton(tr("Open &Dispute…"), page);
    m_openDispute->setToolTip(tr("Ask the platform to mediate between the buyer and the merchant"));
    m_openDispute->setVisible(false);
    connect(m_openDispute, &QPushButton::clicked, this, [this] { openDisputeDialog(); });
    layout->addLayout(m_buttonGrid);

    auto* checkBox = new QGroupBox(tr("Eligibility Checklist"), page);
    auto* checkLayout = new QVBoxLayout(checkBox);
    m_checkSummary->setWordWrap(true);
    checkLayout->addWidget(m_checkSummary);
    m_checklist = makeDetailTable({tr("Check"), tr("Result"), tr("Explanation")}, checkBox);
    checkLayout->addWidget(m_checklist);
    layout->addWidget(checkBox, 3);

    layout->addWidget(m_evidence);

    auto* decisionBox = new QGroupBox(tr("Decisions"), page);
    auto* decisionLayout = new QVBoxLayout(decisionBox);
    m_decisions = makeDetailTable({tr("When"), tr("Who"), tr("Decision"), tr("Note")}, decisionBox);
    decisionLayout->addWidget(m_decisions);
    layout->addWidget(decisionBox, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page follows the panel's width; long texts wrap instead of scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(scroll);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    // Never narrower than the facts' two columns of pairs need (the buttons take more rows
    // instead), so nothing is cut off at the right whatever the language.
    setMinimumWidth(std::max(320, page->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
}

void AfterSalesDetailWidget::showRequest(const QString& id)
{
    if (id.isEmpty()) {
        m_request.reset();
        m_pages->setCurrentIndex(0);
        return;
    }
    services::AfterSalesService service(m_db, m_actor, m_clock);
    const auto request = service.get(id);
    if (!request.ok()) {
        m_request.reset();
        m_pages->setCurrentIndex(0);
        Q_EMIT statusMessage(request.message());
        return;
    }
    m_request = *request;
    m_ladder = services::AfterSalesPolicies(m_db, m_actor, m_clock).ladder(); // the one in force
    const auto eligibility = service.eligibility(id);
    m_eligibility.reset();
    if (eligibility.ok())
        m_eligibility = *eligibility;
    else
        m_checkSummary->setText(eligibility.message());
    const auto decisions = service.decisions(id);
    const QList<services::AfterSalesDecision> list =
        decisions.ok() ? *decisions : QList<services::AfterSalesDecision>();

    QStringList ids{m_request->requesterId, m_request->overrideBy};
    for (const auto& d : list)
        ids << d.approverId;
    const services::AfterSalesQuery query(m_db, m_actor, m_clock);
    const auto names = query.userNames(ids);
    const QHash<QString, QString> nameOf = names.ok() ? *names : QHash<QString, QString>();

    fill(*m_request);
    if (const auto ticket = query.ticketNumber(m_request->ticketId); ticket.ok() && !ticket->isEmpty())
        m_fields[QStringLiteral("ticket")]->setText(*ticket);
    m_fields[QStringLiteral("requester")]->setText(
        nameOf.value(m_request->requesterId, m_request->requesterId));
    QStringList notes;
    if (!m_request->overrideBy.isEmpty())
        notes << tr("Checks overridden by %1: %2")
                     .arg(nameOf.value(m_request->overrideBy, m_request->overrideBy),
                          m_request->overrideReason);
    if (m_request->rejectionReason)
        notes << tr("Rejected (%1): %2")
                     .arg(domain::displayName(*m_request->rejectionReason), m_request->rejectionText);
    if (!m_request->infoNote.isEmpty()) {
        // The note says why it was withdrawn, or what information was asked for.
        const bool withdrawn = m_request->status == AfterSalesStatus::Closed &&
                               !m_request->executedAt.isValid() && !m_request->rejectionReason;
        notes << (withdrawn ? tr("Withdrawn: %1") : tr("Information requested: %1")).arg(m_request->infoNote);
    }
    if (m_request->executedAt.isValid())
        notes << tr("%1 on %2")
                     .arg(domain::executedName(m_request->kind),
                          QLocale().toString(m_request->executedAt.toLocalTime(), QLocale::ShortFormat));
    m_fields[QStringLiteral("outcome")]->setText(notes.isEmpty() ? tr("None")
                                                                 : notes.join(QLatin1Char('\n')));
    fillChecklist();
    m_evidence->showRequest(m_request);
    fillDecisions(list, nameOf);
    updateButtons(list);
    m_pages->setCurrentIndex(1);
}

void AfterSalesDetailWidget::reload()
{
    if (m_request)
        showRequest(m_request->id);
}

void AfterSalesDetailWidget::fill(const services::AfterSalesRequest& r)
{
    const QLocale locale;
    m_header->setText(tr("%1 · %2 · %3").arg(r.number, domain::displayName(r.kind), r.amount.format(locale)));
    m_fields[QStringLiteral("status")]->setText(domain::displayName(r.status));
    m_fields[QStringLiteral("kind")]->setText(domain::displayName(r.kind));
    m_fields[QStringLiteral("order")]->setText(r.orderNo);
    m_fields[QStringLiteral("ticket")]->setText(tr("None"));
    m_fields[QStringLiteral("amount")]->setText(r.amount.format(locale));
    m_fields[QStringLiteral("orderTotal")]->setText(r.orderTotal.format(locale));
    m_fields[QStringLiteral("refunded")]->setText(r.refundedBefore.format(locale));
    m_fields[QStringLiteral("compensation")]->setText(
        r.compensation.isZero() ? tr("None") : r.compensation.format(locale));
    m_fields[QStringLiteral("delivered")]->setText(locale.toString(r.deliveredOn, QLocale::ShortFormat));
    m_fields[QStringLiteral("requested")]->setText(locale.toString(r.requestedOn, QLocale::ShortFormat));
    m_fields[QStringLiteral("evidence")]->setText(locale.toString(r.evidenceCount));
    const QStringList flags = domain::displayNames(r.itemFlags);
    m_fields[QStringLiteral("item")]->setText(
        flags.isEmpty() ? r.itemName : tr("%1 (%2)").arg(r.itemName, flags.join(tr(", ", "list separator"))));
    m_fields[QStringLiteral("reason")]->setText(
        r.reasonText.isEmpty() ? domain::displayName(r.reason)
                               : tr("%1: %2").arg(domain::displayName(r.reason), r.reasonText));
    m_fields[QStringLiteral("ladder")]->setText(m_ladder.describeRequirement(r.amount));
}

void AfterSalesDetailWidget::fillChecklist()
{
    m_checklist->setRowCount(0);
    if (!m_eligibility)
        return;
    const QList<domain::EligibilityCheck>& checks = m_eligibility->checks;
    m_checklist->setRowCount(int(checks.size()));
    for (int i = 0; i < checks.size(); ++i) {
        const domain::EligibilityCheck& c = checks.at(i);
        auto* rule = new QTableWidgetItem(domain::displayName(c.rule));
        auto* outcome = new QTableWidgetItem(domain::displayName(c.outcome));
        // Told by the word and an icon, not by colour alone.
        const QStyle::StandardPixmap icon = c.outcome == CheckOutcome::Passed ? QStyle::SP_DialogApplyButton
                                            : c.outcome == CheckOutcome::Failed
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_DialogNoButton;
        outcome->setIcon(style()->standardIcon(icon));
        if (c.outcome == CheckOutcome::Failed)
            outcome->setForeground(QColor(0xc6, 0x28, 0x28));
        else if (c.outcome == CheckOutcome::Passed)
            outcome->setForeground(QColor(0x2e, 0x7d, 0x32));
        auto* why = new QTableWidgetItem(c.explanation);
        why->setToolTip(c.explanation);
        m_checklist->setItem(i, 0, rule);
        m_checklist->setItem(i, 1, outcome);
        m_checklist->setItem(i, 2, why);
    }
    if (m_eligibility->passed())
        m_checkSummary->setText(tr("Every check passed."));
    else if (m_request && !m_request->overrideBy.isEmpty())
        m_checkSummary->setText(tr("A check failed; a manager overrode it."));
    else
        m_checkSummary->setText(tr("A check failed: only a manager can override it, with a reason."));
    m_checkSummary->setStyleSheet(m_eligibility->passed() ? QString() : QStringLiteral("color: #c62828;"));
}

void AfterSalesDetailWidget::fillDecisions(const QList<services::AfterSalesDecision>& decisions,
                                           const QHash<QString, QString>& names)
{
    m_decisions->setRowCount(int(decisions.size()));
    for (int i = 0; i < decisions.size(); ++i) {
        const services::AfterSalesDecision& d = decisions.at(i);
        m_decisions->setItem(
            i, 0, new QTableWidgetItem(QLocale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat)));
        m_decisions->setItem(i, 1, new QTableWidgetItem(names.value(d.approverId, d.approverId)));
        m_decisions->setItem(i, 2, new QTableWidgetItem(decisionName(d.decision)));
        m_decisions->setItem(i, 3, new QTableWidgetItem(d.note));
    }
}

void AfterSalesDetailWidget::updateButtons(const QList<services::AfterSalesDecision>& decisions)
{
    m_offered.clear();
    const services::AfterSalesRequest& r = *m_request;
    const bool handler = handles(m_actor);
    const bool requester = r.requesterId == m_actor.userId;
    const domain::ApprovalLadder& ladder = m_ladder;
    const bool qualifies =
        !requester && domain::ApprovalLadder::qualifies(m_actor.roles, ladder.requiredLevel(r.amount));
    const bool failed = m_eligibility && !m_eligibility->passed();

    if (handler && (r.status == AfterSalesStatus::Submitted || r.status == AfterSalesStatus::ReturnedForInfo))
        m_offered << Action::Submit;
    if (m_actor.has(domain::Role::Manager) && !requester && failed && r.overrideBy.isEmpty() &&
        (r.status == AfterSalesStatus::Submitted || r.status == AfterSalesStatus::Checking))
        m_offered << Action::Override;
    if (r.status == AfterSalesStatus::AwaitingApproval) {
        domain::ApprovalState state{r.amount, r.requesterId, {}};
        for (const auto& d : decisions) {
            if (d.decision == QLatin1String("approved"))
                state.approvals << domain::ApprovalRecord{d.approverId, d.approverRoles};
        }
        if (ladder.canApprove(state, m_actor.userId, m_actor.roles).ok())
            m_offered << Action::Approve;
    }
    if (qualifies &&
        (r.status == AfterSalesStatus::Checking || r.status == AfterSalesStatus::AwaitingApproval))
        m_offered << Action::Reject << Action::ReturnForInfo;
    if (handler && r.status == AfterSalesStatus::Approved)
        m_offered << Action::MarkExecuted;
    if (handler && (r.status == AfterSalesStatus::Executed || r.status == AfterSalesStatus::Rejected))
        m_offered << Action::Close;
    if (handler && domain::AfterSalesWorkflow::isOpen(r.status) && r.status != AfterSalesStatus::Approved)
        m_offered << Action::Withdraw;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setVisible(m_offered.contains(it.key()));
    m_openDispute->setVisible(DisputeOpenDialog::isOfferedFor(m_db, m_actor, m_clock, r.id, r.ticketId));
    layOutButtons();
}

int AfterSalesDetailWidget::buttonColumns() const
{
    int widest = m_openDispute->sizeHint().width();
    for (const QPushButton* button : std::as_const(m_buttons))
        widest = std::max(widest, button->sizeHint().width());
    const int spacing = std::max(0, m_buttonGrid->spacing());
    // What the grid is left with: the panel less the page's margins and the scroll bar.
    const int room = width() - 2 * kPageMargin - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return std::clamp((room + spacing) / std::max(1, widest + spacing), 1, 3);
}

void AfterSalesDetailWidget::layOutButtons()
{
    // Only the offered buttons, without gaps.
    for (QPushButton* button : std::as_const(m_buttons))
        m_buttonGrid->removeWidget(button);
    m_buttonGrid->removeWidget(m_openDispute);
    m_buttonColumns = buttonColumns();
    int at = 0;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (m_offered.contains(it.key())) {
            m_buttonGrid->addWidget(it.value(), at / m_buttonColumns, at % m_buttonColumns);
            ++at;
        }
    }
    if (!m_openDispute->isHidden())
        m_buttonGrid->addWidget(m_openDispute, at / m_buttonColumns, at % m_buttonColumns);
}

void AfterSalesDetailWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_request && buttonColumns() != m_buttonColumns)
        layOutButtons();
}

DisputeOpenDialog* AfterSalesDetailWidget::openDisputeDialog()
{
    if (!m_request || m_openDispute->isHidden())
        return nullptr;
    auto* dialog = DisputeOpenDialog::openFor(m_db, m_actor, m_clock, m_request->number, this);
    if (dialog) {
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const QString id = dialog->openedId();
            reload(); // the button goes while the dispute is unfinished
            Q_EMIT statusMessage(tr("Dispute opened."));
            Q_EMIT disputeOpened(id);
        });
    }
    return dialog;
}

QList<Action> AfterSalesDetailWidget::offeredActions() const
{
    return m_request ? m_offered : QList<Action>();
}

bool AfterSalesDetailWidget::applied(const Status& status, const QString& title, const QString& done)
{
    if (!status.ok()) {
        showError(this, title, status.error());
        return false;
    }
    const QString id = requestId();
    reload();
    Q_EMIT requestChanged(id);
    Q_EMIT statusMessage(done);
    return true;
}

AfterSalesDecisionDialog* AfterSalesDetailWidget::trigger(Action action)
{
    if (!m_request)
        return nullptr;
    services::AfterSalesService service(m_db, m_actor, m_clock);
    const QString id = m_request->id;
    const QString number = m_request->number;
    switch (action) {
    case Action::Submit: {
        const auto status = service.submitForApproval(id);
        if (status.ok() && *status == AfterSalesStatus::Checking) {
            applied(Status(), QString(),
                    tr("%1 failed the eligibility check; a manager may override it.").arg(number));
            return nullptr;
        }
        applied(status.ok() ? Status() : Status(status.error()), tr("Submit for Approval"),
                tr("%1 was submitted for approval.").arg(number));
        return nullptr;
    }
    case Action::Approve:
        applied(service.approve(id), tr("Approve"), tr("You approved %1.").arg(number));
        return nullptr;
    case Action::MarkExecuted:
        applied(service.markExecuted(id), tr("Mark Executed"),
                tr("%1: %2.").arg(number, domain::executedName(m_request->kind)));
        return nullptr;
    case Action::Close:
        applied(service.close(id), tr("Close"), tr("%1 was closed.").arg(number));
        return nullptr;
    case Action::Override:
    case Action::Reject:
    case Action::ReturnForInfo:
    case Action::Withdraw:
        break;
    }
    const Mode mode = action == Action::Override   ? Mode::Override
                      : action == Action::Reject   ? Mode::Reject
                      : action == Action::Withdraw ? Mode::Withdraw
                                                   : Mode::ReturnForInfo;
    auto* dialog = new AfterSalesDecisionDialog(m_db, m_actor, id, number, mode, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, number] { applied(Status(), QString(), tr("%1 was updated.").arg(number)); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace sw::ui
