#include "ticketdetailwidget.h"

#include "aftersalesrequestdialog.h"
#include "clock.h"
#include "detailparts.h"
#include "disputeopendialog.h"
#include "domain/slaclock.h"
#include "messages.h"
#include "offthread.h"
#include "satisfactiondialog.h"
#include "services/ticketquery.h"
#include "ticketattachmentswidget.h"
#include "ticketqueuemodel.h"
#include "tickettimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sw::ui {

using domain::TicketStatus;
using services::TicketService;

namespace {

QString statusVerb(TicketStatus from, TicketStatus to)
{
    switch (to) {
    case TicketStatus::Open:
        return from == TicketStatus::Resolved ? TicketDetailWidget::tr("Reopen")
                                              : TicketDetailWidget::tr("Set to %1").arg(domain::displayName(to));
    case TicketStatus::PendingCustomer: return TicketDetailWidget::tr("Wait for Customer");
    case TicketStatus::Resolved: return TicketDetailWidget::tr("Resolve");
    case TicketStatus::Closed: return TicketDetailWidget::tr("Close Ticket");
    case TicketStatus::New: break;
    }
    return TicketDetailWidget::tr("Set to %1").arg(domain::displayName(to));
}

bool canManage(const services::Actor& actor)
{
    return actor.has(domain::Role::Lead) || actor.has(domain::Role::Manager) || actor.has(domain::Role::Admin);
}

} // namespace

TicketDetailWidget::TicketDetailWidget(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                       QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_service(db, actor, clock)
    , m_pages(new QStackedWidget(this))
    , m_header(new QLabel(this))
{
    m_pages->addWidget(makeEmptySelectionHint(tr("Select a ticket in the queue to see it here."), this));

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 0, 0, 0);
    styleDetailHeader(m_header);
    layout->addWidget(m_header);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("status"), tr("Status:")},     {QStringLiteral("kind"), tr("Kind:")},
        {QStringLiteral("channel"), tr("Channel:")},   {QStringLiteral("priority"), tr("Priority:")},
        {QStringLiteral("customer"), tr("Customer:")}, {QStringLiteral("order"), tr("Order No.:")},
        {QStringLiteral("merchant"), tr("Merchant:")}, {QStringLiteral("owner"), tr("Owner:")},
        {QStringLiteral("sla"), tr("SLA:")},           {QStringLiteral("received"), tr("Received:")},
    };
    // Two pairs per line; customer and SLA (long texts) get a line of their own.
    int row = 0;
    int column = 0;
    for (const auto& [name, title] : fields) {
        const bool wide = name == QLatin1String("customer") || name == QLatin1String("sla");
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        auto* key = new QLabel(title, page);
        key->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto* value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
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

    m_statusRow = new QHBoxLayout;
    m_take = new QPushButton(tr("&Take"), page);
    m_take->setToolTip(tr("Make yourself the owner of this unassigned ticket"));
    m_rate = new QPushButton(tr("R&ate…"), page);
    m_rate->setToolTip(tr("Record the customer's satisfaction with the resolution"));
    m_afterSales = new QPushButton(tr("New After-Sales &Request…"), page);
    m_afterSales->setToolTip(tr("Open a refund, exchange or repair request for this ticket's order"));
    m_statusRow->addWidget(m_take);
    m_statusRow->addWidget(m_rate);
    m_openDispute = new QPushButton(tr("Open &Dispute…"), page);
    m_openDispute->setToolTip(tr("Ask the platform to mediate between the buyer and the merchant"));
    m_openDispute->setVisible(false); // until a ticket shows it may have one
    m_statusRow->addWidget(m_afterSales);
    m_statusRow->addWidget(m_openDispute);
    m_statusRow->addStretch(1);
    layout->addLayout(m_statusRow);
    connect(m_take, &QPushButton::clicked, this, &TicketDetailWidget::take);
    connect(m_rate, &QPushButton::clicked, this, [this] { openSatisfactionDialog(); });
    connect(m_afterSales, &QPushButton::clicked, this, [this] { openAfterSalesDialog(); });
    connect(m_openDispute, &QPushButton::clicked, this, [this] { openDisputeDialog(); });

    m_tabs = new QTabWidget(page);
    m_tabs->addTab(createTimelineTab(), tr("Service Timeline"));
    m_tabs->addTab(createHandlingTab(), tr("Handling"));
    m_attachments = new TicketAttachmentsWidget(db, actor, clock, this);
    m_tabs->addTab(m_attachments, tr("Attachments"));
    connect(m_attachments, &TicketAttachmentsWidget::busyChanged, this, &TicketDetailWidget::setBusy);
    connect(m_attachments, &TicketAttachmentsWidget::statusMessage, this, &TicketDetailWidget::statusMessage);
    connect(m_attachments, &TicketAttachmentsWidget::changed, this, [this] {
        applied(Status(), QString());
        m_tabs->setCurrentIndex(2);
    });
    layout->addWidget(m_tabs, 1);
    m_pages->addWidget(page);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    setMinimumWidth(280);
}

TicketDetailWidget::~TicketDetailWidget() = default;

QWidget* TicketDetailWidget::createTimelineTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_timeline = new QTextBrowser(tab);
    m_timeline->setOpenLinks(false);
    layout->addWidget(m_timeline, 3);

    auto* modes = new QHBoxLayout;
    m_replyMode = new QRadioButton(tr("&Reply to customer"), tab);
    m_noteMode = new QRadioButton(tr("Internal &note"), tab);
    m_replyMode->setChecked(true);
    m_canned = new QComboBox(tab);
    m_canned->setToolTip(tr("Insert a canned reply, filled in for this ticket"));
    modes->addWidget(m_replyMode);
    modes->addWidget(m_noteMode);
    modes->addStretch(1);
    modes->addWidget(m_canned);
    layout->addLayout(modes);

    m_editor = new QPlainTextEdit(tab);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Type a reply (Ctrl+Enter sends)"));
    layout->addWidget(m_editor, 1);
    auto* bottom = new QHBoxLayout;
    m_counter = new QLabel(tab);
    m_send = new QPushButton(tr("&Send"), tab);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    bottom->addWidget(m_counter, 1);
    bottom->addWidget(m_send);
    layout->addLayout(bottom);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &TicketDetailWidget::updateEditorState);
    connect(m_replyMode, &QRadioButton::toggled, this, &TicketDetailWidget::updateEditorState);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_canned, &QComboBox::activated, this, &TicketDetailWidget::insertCanned);
    return tab;
}

QWidget* TicketDetailWidget::createHandlingTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);

    auto* assignBox = new QGroupBox(tr("Assign"), tab);
    auto* assignLayout = new QHBoxLayout(assignBox);
    m_assignOwner = new QComboBox(assignBox);
    m_assign = new QPushButton(tr("&Assign"), assignBox);
    assignLayout->addWidget(m_assignOwner, 1);
    assignLayout->addWidget(m_assign);
    assignBox->setVisible(canManage(m_actor));
    if (canManage(m_actor)) {
        const auto owners = m_service.assignableOwners();
        if (owners.ok()) {
            for (const auto& [id, name] : *owners)
                m_assignOwner->addItem(name, id);
        }
    }
    connect(m_assign, &QPushButton::clicked, this, &TicketDetailWidget::assign);
    layout->addWidget(assignBox);

    auto* triageBox = new QGroupBox(tr("Triage"), tab);
    auto* form = new QFormLayout(triageBox);
    m_triageKind = new QComboBox(triageBox);
    for (auto kind : domain::allTicketKinds())
        m_triageKind->addItem(domain::displayName(kind), domain::code(kind));
    m_triagePriority = new QComboBox(triageBox);
    for (auto priority : domain::allTicketPriorities())
        m_triagePriority->addItem(domain::displayName(priority), domain::code(priority));
    m_triageSpecial = new QCheckBox(tr("Special case (48 h first-response target)"), triageBox);
    m_triageReason = new QLineEdit(triageBox);
    m_triageReason->setPlaceholderText(tr("Why this is a special case"));
    m_triageApply = new QPushButton(tr("Apply &Triage"), triageBox);
    form->addRow(tr("Kind:"), m_triageKind);
    form->addRow(tr("Priority:"), m_triagePriority);
    form->addRow(QString(), m_triageSpecial);
    form->addRow(tr("Reason:"), m_triageReason);
    form->addRow(QString(), m_triageApply);
    connect(m_triageApply, &QPushButton::clicked, this, &TicketDetailWidget::applyTriage);
    layout->addWidget(triageBox);

    auto* mergeBox = new QGroupBox(tr("Merge"), tab);
    auto* mergeLayout = new QHBoxLayout(mergeBox);
    m_mergeTarget = new QLineEdit(mergeBox);
    m_mergeTarget->setPlaceholderText(tr("Number of the ticket to merge into"));
    m_merge = new QPushButton(tr("&Merge Into"), mergeBox);
    m_merge->setToolTip(tr("Show this ticket's timeline inside the other ticket and close this one for edits"));
    m_unmerge = new QPushButton(tr("&Undo Merge"), mergeBox);
    mergeLayout->addWidget(m_mergeTarget, 1);
    mergeLayout->addWidget(m_merge);
    mergeLayout->addWidget(m_unmerge);
    connect(m_merge, &QPushButton::clicked, this, &TicketDetailWidget::mergeInto);
    connect(m_unmerge, &QPushButton::clicked, this, &TicketDetailWidget::unmerge);
    layout->addWidget(mergeBox);
    layout->addStretch(1);
    return tab;
}

void TicketDetailWidget::showTicket(const QString& id)
{
    if (id.isEmpty()) {
        m_ticket.reset();
        m_pages->setCurrentIndex(0);
        return;
    }
    const bool sameTicket = m_ticket && m_ticket->id == id;
    const Result<services::Ticket> ticket = m_service.get(id);
    if (!ticket.ok()) {
        m_ticket.reset();
        m_pages->setCurrentIndex(0);
        Q_EMIT statusMessage(ticket.message());
        return;
    }
    m_ticket = *ticket;
    if (!sameTicket)
        m_editor->clear();
    fillHeader();

    const auto events = m_service.timeline(id);
    m_timeline->setHtml(events.ok() ? TicketTimeline::toHtml(*events) : events.message().toHtmlEscaped());
    m_timeline->verticalScrollBar()->setValue(m_timeline->verticalScrollBar()->maximum());

    const auto allowed = m_service.allowedTransitions(id);
    rebuildStatusButtons(allowed.ok() ? *allowed : QList<TicketStatus>());

    m_attachments->showTicket(id);

    m_canned->clear();
    m_canned->addItem(tr("Canned reply…"));
    if (const auto canned = m_service.cannedReplies(); canned.ok()) {
        for (const auto& reply : *canned)
            m_canned->addItem(reply.title, reply.id);
    }
    m_canned->setEnabled(m_canned->count() > 1);

    m_triageKind->setCurrentIndex(m_triageKind->findData(domain::code(m_ticket->kind)));
    m_triagePriority->setCurrentIndex(m_triagePriority->findData(domain::code(m_ticket->priority)));
    m_triageSpecial->setChecked(m_ticket->specialCase);
    m_triageReason->setText(m_ticket->specialReason);
    const int ownerIndex = m_assignOwner->findData(m_ticket->ownerId);
    if (ownerIndex >= 0)
        m_assignOwner->setCurrentIndex(ownerIndex);

    const bool merged = !m_ticket->mergedInto.isEmpty();
    const bool closed = m_ticket->status == TicketStatus::Closed;
    m_take->setVisible(m_ticket->ownerId.isEmpty() && !merged && !closed);
    m_rate->setVisible((m_ticket->status == TicketStatus::Resolved || closed) && !m_ticket->csatAt.isValid());
    // Agents, leads and managers handle after-sales requests (AfterSalesService).
    m_afterSales->setVisible(!merged && (m_actor.has(domain::Role::Agent) || m_actor.has(domain::Role::Lead) ||
                                         m_actor.has(domain::Role::Manager)));
    m_openDispute->setVisible(
        !merged && DisputeOpenDialog::isOfferedFor(m_db, m_actor, m_clock, QString(), m_ticket->id));
    m_merge->setEnabled(!merged && !closed);
    m_mergeTarget->setEnabled(!merged && !closed);
    m_unmerge->setEnabled(merged);
    m_send->setEnabled(!merged);
    m_editor->setReadOnly(merged || closed);
    m_attachments->setEditable(!merged && !closed);
    updateEditorState();
    m_pages->setCurrentIndex(1);
}

void TicketDetailWidget::reload()
{
    if (m_ticket)
        showTicket(m_ticket->id);
}

void TicketDetailWidget::fillHeader()
{
    const services::Ticket& t = *m_ticket;
    const QLocale locale;
    m_header->setText(tr("%1 · %2").arg(t.number, t.subject));
    QString status = domain::displayName(t.status);
    if (!t.mergedInto.isEmpty())
        status = tr("%1, merged into %2").arg(status, t.mergedIntoNumber);
    m_fields[QStringLiteral("status")]->setText(status);
    m_fields[QStringLiteral("kind")]->setText(t.specialCase ? tr("%1 (special case: %2)")
                                                                  .arg(domain::displayName(t.kind), t.specialReason)
                                                            : domain::displayName(t.kind));
    m_fields[QStringLiteral("channel")]->setText(domain::displayName(t.channel));
    m_fields[QStringLiteral("priority")]->setText(domain::displayName(t.priority));
    m_fields[QStringLiteral("customer")]->setText(
        t.customerPhone.isEmpty() ? t.customerName : tr("%1 (%2)").arg(t.customerName, t.customerPhone));
    m_fields[QStringLiteral("order")]->setText(t.orderNo);
    m_fields[QStringLiteral("merchant")]->setText(t.merchantName);
    m_fields[QStringLiteral("owner")]->setText(t.ownerId.isEmpty() ? tr("Unassigned") : t.ownerName);
    const QDateTime now = m_clock ? m_clock->now() : Clock::system().now();
    const domain::SlaState state = models::TicketQueueModel::slaStateOf(t, now);
    QString sla;
    if (state == domain::SlaState::Paused || state == domain::SlaState::None)
        sla = state == domain::SlaState::Paused ? domain::displayName(state) : tr("No running clock");
    else
        sla = tr("%1, %2").arg(domain::displayName(state), domain::SlaClock::formatRemaining(now.secsTo(t.nextDue)));
    QLabel* slaLabel = m_fields[QStringLiteral("sla")];
    slaLabel->setText(sla);
    slaLabel->setStyleSheet(state == domain::SlaState::Breached  ? QStringLiteral("color:#c62828; font-weight:bold")
                            : state == domain::SlaState::Warning ? QStringLiteral("color:#d96c00")
                                                                 : QString());
    m_fields[QStringLiteral("received")]->setText(locale.toString(t.receivedAt.toLocalTime(), QLocale::ShortFormat));
}

void TicketDetailWidget::rebuildStatusButtons(const QList<TicketStatus>& allowed)
{
    qDeleteAll(m_statusButtons);
    m_statusButtons.clear();
    int at = 0;
    for (TicketStatus to : allowed) {
        auto* button = new QPushButton(statusVerb(m_ticket->status, to), this);
        button->setProperty("targetStatus", domain::code(to));
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        m_statusRow->insertWidget(at++, button);
        m_statusButtons << button;
    }
}

QPushButton* TicketDetailWidget::statusButton(TicketStatus to) const
{
    for (QPushButton* button : m_statusButtons) {
        if (button->property("targetStatus").toString() == domain::code(to))
            return button;
    }
    return nullptr;
}

void TicketDetailWidget::updateEditorState()
{
    const int chars = int(m_editor->toPlainText().size());
    const bool tooLong = chars > TicketService::kMaxBodyChars;
    m_counter->setText(tr("%1 of at most %2 characters")
                           .arg(QLocale().toString(chars), QLocale().toString(TicketService::kMaxBodyChars)));
    m_counter->setStyleSheet(tooLong ? QStringLiteral("color:#c62828") : QString());
    m_send->setText(m_replyMode->isChecked() ? tr("&Send Reply") : tr("Add &Note"));
    m_editor->setPlaceholderText(m_replyMode->isChecked() ? tr("Type a reply to the customer (Ctrl+Enter sends)")
                                                          : tr("Type an internal note (Ctrl+Enter adds it)"));
    const bool usable = m_ticket && m_ticket->mergedInto.isEmpty() && !m_editor->isReadOnly();
    m_send->setEnabled(usable && !tooLong && !m_editor->toPlainText().trimmed().isEmpty());
}

void TicketDetailWidget::focusEditor()
{
    if (m_ticket) {
        m_tabs->setCurrentIndex(0);
        m_editor->setFocus();
    }
}

void TicketDetailWidget::insertCanned(int index)
{
    const QString cannedId = m_canned->itemData(index).toString();
    m_canned->setCurrentIndex(0);
    if (cannedId.isEmpty() || !m_ticket)
        return;
    const Result<QString> text = m_service.expandCannedReply(cannedId, m_ticket->id);
    if (!text.ok()) {
        showError(this, tr("Canned Reply"), text.error());
        return;
    }
    m_editor->insertPlainText(*text);
    m_editor->setFocus();
}

bool TicketDetailWidget::applied(const Status& status, const QString& title)
{
    if (!status.ok()) {
        showError(this, title, status.error());
        return false;
    }
    const QString id = m_ticket ? m_ticket->id : QString();
    reload();
    Q_EMIT ticketChanged(id);
    return true;
}

bool TicketDetailWidget::send()
{
    if (!m_ticket || !m_send->isEnabled())
        return false;
    const QString text = m_editor->toPlainText();
    const bool reply = m_replyMode->isChecked();
    const Status status = reply ? m_service.reply(m_ticket->id, text) : m_service.addNote(m_ticket->id, text);
    if (!status.ok()) {
        showError(this, reply ? tr("Send Reply") : tr("Add Note"), status.error());
        return false;
    }
    m_editor->clear();
    applied(status, QString());
    Q_EMIT statusMessage(reply ? tr("The reply was sent.") : tr("The note was added."));
    return true;
}

bool TicketDetailWidget::changeStatus(TicketStatus to)
{
    if (!m_ticket)
        return false;
    return applied(m_service.changeStatus(m_ticket->id, to), tr("Change Status"));
}

void TicketDetailWidget::take()
{
    if (m_ticket)
        applied(m_service.take(m_ticket->id), tr("Take Ticket"));
}

void TicketDetailWidget::assign()
{
    if (m_ticket && m_assignOwner->currentIndex() >= 0)
        applied(m_service.assign(m_ticket->id, m_assignOwner->currentData().toString()), tr("Assign Ticket"));
}

void TicketDetailWidget::applyTriage()
{
    if (!m_ticket)
        return;
    applied(m_service.triage(m_ticket->id, domain::fromCode<domain::TicketKind>(m_triageKind->currentData().toString()),
                             domain::fromCode<domain::TicketPriority>(m_triagePriority->currentData().toString()),
                             m_triageSpecial->isChecked(), m_triageReason->text().trimmed()),
            tr("Triage"));
}

SatisfactionDialog* TicketDetailWidget::openSatisfactionDialog()
{
    if (!m_ticket)
        return nullptr;
    auto* dialog = new SatisfactionDialog(m_db, m_actor, m_ticket->id, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applied(Status(), QString());
        Q_EMIT statusMessage(tr("The satisfaction rating was recorded."));
    });
    m_ratingDialog = dialog;
    dialog->open();
    return dialog;
}

AfterSalesRequestDialog* TicketDetailWidget::openAfterSalesDialog()
{
    if (!m_ticket || m_afterSales->isHidden())
        return nullptr;
    auto* dialog = new AfterSalesRequestDialog(m_db, m_actor, m_clock, this);
    dialog->setTicket(m_ticket->id, m_ticket->number, m_ticket->orderNo);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applied(Status(), QString()); // the timeline shows the request
        Q_EMIT statusMessage(tr("The after-sales request was created."));
    });
    dialog->open();
    return dialog;
}

DisputeOpenDialog* TicketDetailWidget::openDisputeDialog()
{
    if (!m_ticket || m_openDispute->isHidden())
        return nullptr;
    auto* dialog = DisputeOpenDialog::openFor(m_db, m_actor, m_clock, m_ticket->number, this);
    if (dialog) {
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const QString id = dialog->openedId();
            applied(Status(), QString()); // the timeline shows the dispute
            Q_EMIT statusMessage(tr("Dispute opened."));
            Q_EMIT disputeOpened(id);
        });
    }
    return dialog;
}

void TicketDetailWidget::setBusy(bool busy)
{
    m_pages->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Working…"));
}

void TicketDetailWidget::mergeInto()
{
    const QString number = m_mergeTarget->text().trimmed();
    if (!m_ticket || number.isEmpty())
        return;
    // Looking the number up searches the index, and a merge rewrites two timelines:
    // both off the GUI thread.
    setBusy(true);
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const QString sourceId = m_ticket->id;
    runOffThread(
        this,
        [db, actor, clock, sourceId, number]() -> Status {
            return withThreadConnection(*db, [&]() -> Status {
                services::TicketQuery query(*db, actor, clock);
                services::TicketFilter filter;
                filter.search = number;
                const auto rows = query.page(filter, services::TicketSort(), 0, 20);
                if (!rows.ok())
                    return rows.error();
                for (const services::TicketRow& row : *rows) {
                    if (row.number.compare(number, Qt::CaseInsensitive) == 0)
                        return TicketService(*db, actor, clock).merge(sourceId, row.id);
                }
                return makeError(ErrorCode::NotFound, tr("There is no ticket with the number %1.").arg(number));
            });
        },
        [this](Status status) {
            setBusy(false);
            if (applied(status, tr("Merge Tickets"))) {
                m_mergeTarget->clear();
                Q_EMIT statusMessage(tr("The tickets were merged."));
            }
        });
}

void TicketDetailWidget::unmerge()
{
    if (!m_ticket)
        return;
    setBusy(true);
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const QString sourceId = m_ticket->id;
    runOffThread(
        this,
        [db, actor, clock, sourceId]() -> Status {
            return withThreadConnection(*db, [&] { return TicketService(*db, actor, clock).unmerge(sourceId); });
        },
        [this](Status status) {
            setBusy(false);
            if (applied(status, tr("Undo Merge")))
                Q_EMIT statusMessage(tr("The merge was undone."));
        });
}

} // namespace sw::ui
