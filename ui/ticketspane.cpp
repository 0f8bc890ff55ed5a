#include "ticketspane.h"

#include "cannedrepliesdialog.h"
#include "csvexport.h"
#include "detailparts.h"
#include "domain/searchtext.h"
#include "messages.h"
#include "newticketdialog.h"
#include "services/ticketservice.h"
#include "services/userservice.h"
#include "slanotifier.h"
#include "slapolicydialog.h"
#include "ticketdetailwidget.h"
#include "ticketfilterbar.h"
#include "ticketqueuemodel.h"
#include "uisettings.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sw::ui {

using models::TicketQueueModel;
using services::TicketColumn;
using services::TicketView;

namespace {

bool manages(const services::Actor& actor)
{
    return actor.has(domain::Role::Lead) || actor.has(domain::Role::Manager) || actor.has(domain::Role::Admin);
}

} // namespace

bool TicketsPane::isAvailableFor(const services::Actor& actor)
{
    return actor.has(domain::Role::Agent) || manages(actor);
}

TicketsPane::TicketsPane(storage::Database& db, const services::Actor& actor, const Clock* clock, QWidget* parent)
    : Pane(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_model(new TicketQueueModel(db, actor, clock, this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_searchProblem(new QLabel(this))
    , m_filterBar(new TicketFilterBar(this))
    , m_views(new TicketViewList(db, actor, clock, this))
    , m_table(new TicketQueueView(m_model, this))
    , m_detail(new TicketDetailWidget(db, actor, clock, this))
    , m_splitter(new QSplitter(this))
    , m_countLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_notifier(new SlaNotifier(db, actor, clock, this))
    , m_csv(new CsvExport(db, actor, clock, this))
{
    m_search->setPlaceholderText(tr("Search number, subject, customer, phone, order, replies… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_searchProblem->setStyleSheet(QStringLiteral("color: #d96c00;"));
    m_searchProblem->setVisible(false);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_table->setSelectionMode(manages(actor) ? QAbstractItemView::ExtendedSelection
                                             : QAbstractItemView::SingleSelection);

    createActions();

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_toolBar);
    centreLayout->addLayout(top);
    centreLayout->addWidget(m_searchProblem);
    centreLayout->addWidget(makeFilterStrip(m_filterBar, this));
    centreLayout->addWidget(m_table, 1);
    centreLayout->addWidget(m_countLabel);

    m_splitter->addWidget(m_views);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({viewListWidth(m_views), 820, 520});
    m_splitter->restoreState(QSettings().value(settings::ticketsSplitterStateKey()).toByteArray());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    // Owners for the filter: the people the actor may assign to, plus "me".
    if (const auto owners = services::TicketService(db, actor, clock).assignableOwners(); owners.ok())
        m_filterBar->setOwners(actor.userId, *owners);
    else
        m_filterBar->setOwners(actor.userId, {});

    // Teams for managers and administrators (who see every team's tickets); the list
    // stays hidden when the actor may not read it.
    if (actor.has(domain::Role::Manager) || actor.has(domain::Role::Admin)) {
        if (const auto teams = services::UserService(db, actor, clock).teams(); teams.ok()) {
            QList<QPair<QString, QString>> entries;
            for (const services::Team& team : *teams)
                entries.append({team.id, team.name});
            m_filterBar->setTeams(entries);
        }
    }

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TicketsPane::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &TicketsPane::applySearchNow);
    connect(m_filterBar, &TicketFilterBar::changed, this, &TicketsPane::applyFilter);
    connect(m_views, &QListWidget::currentRowChanged, this, &TicketsPane::applyFilter);
    connect(m_model, &TicketQueueModel::countChanged, this, &TicketsPane::updateCountLabel);
    connect(m_model, &TicketQueueModel::loadingChanged, this, &TicketsPane::updateCountLabel);
    connect(m_model, &TicketQueueModel::error, this, [this](const QString& message) {
        m_searchProblem->setText(message);
        m_searchProblem->setVisible(true);
    });
    connect(m_model, &TicketQueueModel::pageLoaded, this, &TicketsPane::pageLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TicketsPane::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_reassign->setEnabled(m_table->selectionModel()->selectedRows().size() > 0);
    });
    connect(m_table, &QTableView::activated, this, [this] { m_detail->focusEditor(); });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(settings::ticketsSplitterStateKey(), m_splitter->saveState());
    });
    connect(m_detail, &TicketDetailWidget::ticketChanged, this, &TicketsPane::ticketChanged);
    connect(m_detail, &TicketDetailWidget::statusMessage, this, &TicketsPane::statusMessage);
    connect(m_csv, &CsvExport::finished, this, [this](const Status& status, qint64 rows) {
        if (status.ok())
            Q_EMIT statusMessage(tr("Exported %1 tickets.").arg(QLocale().toString(rows)));
        else if (status.code() != ErrorCode::Cancelled)
            showError(this, tr("Export CSV"), status.error());
    });

    applyFilter();
    m_views->refreshCounts();
    updateCountLabel();
}

TicketsPane::~TicketsPane() = default;

QString TicketsPane::title() const
{
    return tr("Tickets");
}

QIcon TicketsPane::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

void TicketsPane::createActions()
{
    m_newTicket = m_toolBar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Ticket…"), this,
                                       [this] { openNewTicketDialog(); });
    m_newTicket->setShortcut(QKeySequence::New);
    m_newTicket->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newTicket->setToolTip(
        tr("Create a ticket for a phone, e-mail or online contact (%1)").arg(m_newTicket->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_newTicket);

    m_export = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV…"), this,
                                    &TicketsPane::exportWithDialog);
    m_export->setToolTip(tr("Write every ticket of the current view to a CSV file"));

    m_reassign = m_toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("&Reassign Selected…"), this,
                                      [this] { openReassignDialog(); });
    m_reassign->setVisible(manages(m_actor));
    m_reassign->setEnabled(false);

    m_cannedReplies = m_toolBar->addAction(tr("&Canned Replies…"), this, [this] {
        auto* dialog = new CannedRepliesDialog(m_db, m_actor, m_clock, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, m_detail, &TicketDetailWidget::reload);
        m_dialog = dialog;
        dialog->open();
    });
    m_cannedReplies->setVisible(manages(m_actor));

    m_slaPolicy = m_toolBar->addAction(tr("SLA &Policy…"), this, [this] {
        auto* dialog = new SlaPolicyDialog(m_db, m_actor, m_clock, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // New targets moved the due times of open tickets: counts, SLA cells, detail.
        connect(dialog, &QDialog::accepted, this, [this] {
            refresh();
            m_detail->reload();
        });
        m_dialog = dialog;
        dialog->open();
    });
    m_slaPolicy->setVisible(m_actor.can(domain::Permission::ManageSettings));

    // F5 is View → Refresh of the main window, which calls refresh().

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

TicketView TicketsPane::currentView() const
{
    return m_views->currentView();
}

void TicketsPane::setCurrentView(TicketView view)
{
    m_views->setCurrentView(view);
}

services::TicketFilter TicketsPane::currentFilter() const
{
    services::TicketFilter filter = m_views->currentFilter();
    filter = m_filterBar->applyTo(filter);
    filter.search = m_appliedSearch;
    return filter;
}

void TicketsPane::applySearchNow()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    QString reason;
    bool ok = true;
    if (!text.isEmpty())
        domain::SearchText::matchExpression(text, &ok, &reason);
    m_searchProblem->setText(reason);
    m_searchProblem->setVisible(!reason.isEmpty());
    // An unsearchable text (one Chinese character while typing the second) keeps the
    // previous results instead of flashing the whole queue.
    if (!text.isEmpty() && !ok)
        return;
    m_appliedSearch = text;
    m_table->setSearchTerms(domain::SearchText::searchTerms(text));
    applyFilter();
}

void TicketsPane::applyFilter()
{
    const services::TicketFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    m_table->viewport()->update();
    updateCountLabel();
}

void TicketsPane::refresh()
{
    m_model->refresh();
    m_detail->reload();
    m_views->refreshCounts();
}

void TicketsPane::ticketChanged(const QString& id)
{
    m_model->refresh();
    m_views->refreshCounts();
    if (!id.isEmpty())
        m_selectAfterLoad = id;
}

void TicketsPane::updateCountLabel()
{
    const qint64 count = m_model->totalCount();
    QString text = tr("%n ticket(s)", nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max())));
    if (m_model->isLoading())
        text = tr("%1 — loading…").arg(text);
    m_countLabel->setText(text);
}

void TicketsPane::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    if (id.isEmpty()) {
        // The page is on its way; pageLoaded() shows the ticket when it arrives.
        return;
    }
    if (id != m_detail->ticketId())
        m_detail->showTicket(id);
}

void TicketsPane::pageLoaded()
{
    if (!m_selectAfterLoad.isEmpty()) {
        const int row = m_model->rowOfId(m_selectAfterLoad);
        if (row >= 0) {
            const QString id = m_selectAfterLoad;
            m_selectAfterLoad.clear();
            const QModelIndex index = m_model->index(row, m_table->currentIndex().isValid()
                                                              ? m_table->currentIndex().column()
                                                              : int(TicketColumn::Number));
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            if (m_detail->ticketId() != id)
                m_detail->showTicket(id);
            return;
        }
    }
    currentRowChanged();
}

void TicketsPane::selectTicket(const QString& id)
{
    m_selectAfterLoad = id;
    if (m_model->rowOfId(id) >= 0)
        pageLoaded();
    else
        m_model->refresh();
}

QString TicketsPane::selectedTicketId() const
{
    return m_detail->ticketId();
}

NewTicketDialog* TicketsPane::openNewTicketDialog()
{
    auto* dialog = new NewTicketDialog(m_db, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->createdId();
        ticketChanged(id);
        Q_EMIT statusMessage(tr("The ticket was created."));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QInputDialog* TicketsPane::openReassignDialog()
{
    const QStringList ids = m_table->selectedIds();
    if (ids.isEmpty())
        return nullptr;
    const auto owners = services::TicketService(m_db, m_actor, m_clock).assignableOwners();
    if (!owners.ok()) {
        showError(this, tr("Reassign Tickets"), owners.error());
        return nullptr;
    }
    QStringList names;
    for (const auto& owner : *owners)
        names << owner.second;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reassign Tickets"));
    dialog->setLabelText(tr("New owner of the %n selected ticket(s):", nullptr, int(ids.size())));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids, owners = *owners, names](const QString& name) {
        const qsizetype at = names.indexOf(name);
        if (at < 0)
            return;
        const Status status = services::TicketService(m_db, m_actor, m_clock).bulkAssign(ids, owners.at(at).first);
        if (!status.ok()) {
            showError(this, tr("Reassign Tickets"), status.error());
            return;
        }
        ticketChanged(QString());
        m_detail->reload();
        Q_EMIT statusMessage(tr("%n ticket(s) reassigned.", nullptr, int(ids.size())));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void TicketsPane::exportWithDialog()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        tr("tickets-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

CsvExport* TicketsPane::exportCsv(const QString& path)
{
    if (!m_csv->start(m_model->filter(), m_model->sortSpec(), m_table->visibleColumns(), path, this))
        return nullptr;
    return m_csv;
}

bool TicketsPane::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (m_searchTimer->isActive())
        applySearchNow();
    while (m_views->isCounting() || m_csv->isRunning()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        m_views->waitForCountThread();
    }
    return m_model->waitForIdle(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
}

void TicketsPane::setColumnVisible(int column, bool visible)
{
    m_table->setColumnVisible(column, visible);
}

bool TicketsPane::copySelection()
{
    return m_table->copySelection();
}

} // namespace sw::ui
