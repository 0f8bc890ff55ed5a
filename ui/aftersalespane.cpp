#include "aftersalespane.h"

#include "aftersalesdetailwidget.h"
#include "aftersalesfilterbar.h"
#include "aftersalesnotifier.h"
#include "aftersalesqueuemodel.h"
#include "aftersalesrequestdialog.h"
#include "aftersalesviewlist.h"
#include "csvexport.h"
#include "detailparts.h"
#include "messages.h"
#include "offthread.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QScrollArea>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>


namespace sw::ui {

using models::AfterSalesQueueModel;
using services::AfterSalesColumn;
using services::AfterSalesView;

namespace {

// The due cell of an overdue request gets a warning icon instead of the model's swatch.
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(AfterSalesQueueModel::OverdueRole).toBool()) {
            const QWidget* widget = option->widget;
            QStyle* style = widget ? widget->style() : QApplication::style();
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

bool AfterSalesPane::isAvailableFor(const services::Actor& actor)
{
    using domain::Role;
    for (Role r : {Role::Agent, Role::Lead, Role::Manager, Role::Admin, Role::Auditor}) {
        if (actor.has(r))
            return true;
    }
    return false;
}

AfterSalesPane::AfterSalesPane(storage::Database& db, const services::Actor& actor, const Clock* clock,
                               QWidget* parent)
    : Pane(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_model(new AfterSalesQueueModel(db, actor, clock, this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_filterBar(new AfterSalesFilterBar(this))
    , m_views(new AfterSalesViewList(db, actor, clock, this))
    , m_table(new QTableView(this))
    , m_detail(new AfterSalesDetailWidget(db, actor, clock, this))
    , m_splitter(new QSplitter(this))
    , m_countLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_notifier(new AfterSalesNotifier(db, actor, clock, this))
{
    m_search->setPlaceholderText(tr("Search number, order no., item, customer… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_newRequest = m_toolBar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Request…"), this,
                                        [this] { openNewRequestDialog(); });
    m_newRequest->setShortcut(QKeySequence::New);
    m_newRequest->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newRequest->setToolTip(tr("Create a refund, exchange or repair request (%1)")
                                 .arg(m_newRequest->shortcut().toString(QKeySequence::NativeText)));
    const bool handles =
        actor.has(domain::Role::Agent) || actor.has(domain::Role::Lead) || actor.has(domain::Role::Manager);
    m_newRequest->setVisible(handles);
    m_newRequest->setEnabled(handles);
    addAction(m_newRequest);
    m_export = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV…"),
                                    this, &AfterSalesPane::exportWithDialog);
    m_export->setToolTip(tr("Write every request of the current view to a CSV file"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(int(AfterSalesColumn::Due), new OverdueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(AfterSalesColumn::Age), Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(false); // the overdue background must stay visible
    m_table->setWordWrap(false);
    const QList<QPair<AfterSalesColumn, int>> widths = {
        {AfterSalesColumn::Number, 140},        {AfterSalesColumn::Kind, 60},
        {AfterSalesColumn::OrderNo, 160},       {AfterSalesColumn::Customer, 70},
        {AfterSalesColumn::Merchant, 100},      {AfterSalesColumn::Amount, 90},
        {AfterSalesColumn::Reason, 100},        {AfterSalesColumn::Status, 90},
        {AfterSalesColumn::ApproverLevel, 110}, {AfterSalesColumn::Age, 70}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(int(column), width);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_toolBar);
    centreLayout->addLayout(top);
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &AfterSalesPane::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &AfterSalesPane::applySearchNow);
    connect(m_filterBar, &AfterSalesFilterBar::changed, this, &AfterSalesPane::applyFilter);
    connect(m_views, &QListWidget::currentRowChanged, this, &AfterSalesPane::applyFilter);
    connect(m_model, &AfterSalesQueueModel::loaded, this, &AfterSalesPane::loaded);
    connect(m_model, &AfterSalesQueueModel::loadingChanged, this, &AfterSalesPane::updateCountLabel);
    connect(m_model, &AfterSalesQueueModel::error, this,
            [this](const QString& message) { m_countLabel->setText(message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AfterSalesPane::currentRowChanged);
    connect(m_detail, &AfterSalesDetailWidget::requestChanged, this, &AfterSalesPane::requestChanged);
    connect(m_detail, &AfterSalesDetailWidget::statusMessage, this, &AfterSalesPane::statusMessage);

    applyFilter();
    m_views->refreshCounts();
    updateCountLabel();
}

AfterSalesPane::~AfterSalesPane() = default;

QString AfterSalesPane::title() const
{
    return tr("After-Sales");
}

QIcon AfterSalesPane::icon() const
{
    return style()->standardIcon(QStyle::SP_BrowserReload);
}

void AfterSalesPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    if (m_shownOnce && !event->spontaneous())
        refresh();
    m_shownOnce = true;
}

AfterSalesView AfterSalesPane::currentView() const
{
    return m_views->currentView();
}

void AfterSalesPane::setCurrentView(AfterSalesView view)
{
    m_views->setCurrentView(view);
}

services::AfterSalesFilter AfterSalesPane::currentFilter() const
{
    services::AfterSalesFilter filter = m_filterBar->applyTo(m_views->currentFilter());
    filter.text = m_appliedSearch;
    return filter;
}

void AfterSalesPane::applySearchNow()
{
    m_searchTimer->stop();
    m_appliedSearch = m_search->text().trimmed();
    applyFilter();
}

void AfterSalesPane::applyFilter()
{
    m_model->setFilter(currentFilter());
    updateCountLabel();
}

void AfterSalesPane::refresh()
{
    m_model->refresh();
    m_detail->reload();
    m_views->refreshCounts();
    m_notifier->check();
}

void AfterSalesPane::requestChanged(const QString& id)
{
    if (!id.isEmpty())
        m_selectAfterLoad = id;
    m_model->refresh();
    m_views->refreshCounts();
    m_notifier->check();
}

void AfterSalesPane::updateCountLabel()
{
    const int rows = m_model->rowCount();
    QString text = tr("%n request(s)", nullptr, rows);
    if (const int overdue = m_model->overdueCount(); overdue > 0)
        text = tr("%1, %n overdue", nullptr, overdue).arg(text);
    if (m_model->isLoading())
        text = tr("%1 — loading…").arg(text);
    m_countLabel->setText(text);
}

void AfterSalesPane::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    if (!id.isEmpty() && id != m_detail->requestId())
        m_detail->showRequest(id);
}

void AfterSalesPane::loaded()
{
    updateCountLabel();
    // The model was reset: select the wanted request, or the one shown before.
    const QString wanted = !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad : m_detail->requestId();
    const int row = m_model->rowOfId(wanted);
    if (row >= 0) {
        m_selectAfterLoad.clear();
        const QModelIndex index = m_model->index(row, int(AfterSalesColumn::Number));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        if (m_detail->requestId() != wanted)
            m_detail->showRequest(wanted);
    }
}

void AfterSalesPane::selectRequest(const QString& id)
{
    m_selectAfterLoad = id;
    if (m_model->rowOfId(id) >= 0)
        loaded();
    else
        m_model->refresh();
}

QString AfterSalesPane::selectedRequestId() const
{
    return m_detail->requestId();
}

AfterSalesRequestDialog* AfterSalesPane::openNewRequestDialog()
{
    if (!m_newRequest->isEnabled())
        return nullptr;
    auto* dialog = new AfterSalesRequestDialog(m_db, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A new request is Submitted: the open requests show it.
        if (m_views->currentView() != AfterSalesView::All)
            setCurrentView(AfterSalesView::AllOpen);
        requestChanged(dialog->createdId());
        Q_EMIT statusMessage(tr("The after-sales request was created."));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void AfterSalesPane::exportWithDialog()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        tr("aftersales-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool AfterSalesPane::exportCsv(const QString& path)
{
    if (m_exporting)
        return false;
    QList<AfterSalesColumn> columns;
    for (int c = 0; c < int(AfterSalesColumn::Count); ++c) {
        if (!m_table->isColumnHidden(c))
            columns << AfterSalesColumn(c);
    }
    m_exporting = true;
    const QList<services::AfterSalesRow> rows = m_model->rows();
    const QDateTime now = Clock::nowOf(m_clock);
    runOffThread(
        this,
        [rows, columns, now, path]() -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(ErrorCode::Io,
                                 tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                                 file.errorString());
            file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 Chinese only with the BOM
            QStringList header;
            for (AfterSalesColumn c : columns)
                header << AfterSalesQueueModel::columnTitle(c);
            file.write(CsvExport::line(header));
            for (const services::AfterSalesRow& row : rows) {
                QStringList fields;
                for (AfterSalesColumn c : columns) {
                    // Plain amounts ("1234.50") so spreadsheets can sum them.
                    fields << (c == AfterSalesColumn::Amount
                                   ? row.amount.toPlainString()
                                   : AfterSalesQueueModel::displayText(row, c, now));
                }
                file.write(CsvExport::line(fields));
            }
            if (!file.commit())
                return makeError(ErrorCode::Io,
                                 tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                                 file.errorString());
            return qint64(rows.size());
        },
        [this](Result<qint64> written) {
            m_exporting = false;
            if (written.ok())
                Q_EMIT statusMessage(tr("Exported %n request(s).", nullptr, int(*written)));
            else
                showError(this, tr("Export CSV"), written.error());
        });
    return true;
}

bool AfterSalesPane::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (m_searchTimer->isActive())
        applySearchNow();
    while (m_views->isCounting() || m_exporting || m_model->isLoading()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        m_views->waitForCountThread();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool AfterSalesPane::copySelection()
{
    return copyCurrentRow(m_table);
}

} // namespace sw::ui
