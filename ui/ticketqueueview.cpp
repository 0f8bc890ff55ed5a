#include "ticketqueueview.h"

#include "ticketdelegates.h"
#include "ticketqueuemodel.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>

#include <algorithm>

namespace sw::ui {

using models::TicketQueueModel;
using services::TicketColumn;

TicketQueueView::TicketQueueView(TicketQueueModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_highlight(new HighlightDelegate(this))
{
    setModel(m_model);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(int(TicketColumn::ReceivedAt), Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    // Uniform rows: the view never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegateForColumn(int(TicketColumn::Subject), m_highlight);
    setItemDelegateForColumn(int(TicketColumn::Customer), m_highlight);
    setItemDelegateForColumn(int(TicketColumn::Number), m_highlight);
    setItemDelegateForColumn(int(TicketColumn::OrderNo), m_highlight);
    setItemDelegateForColumn(int(TicketColumn::SlaState), new SlaDelegate(this));
    const QList<QPair<TicketColumn, int>> widths = {
        {TicketColumn::Number, 165},
        {TicketColumn::Kind, 50},
        {TicketColumn::Channel, 50},
        {TicketColumn::Subject, 240},
        {TicketColumn::Customer, 150},
        {TicketColumn::OrderNo, 140},
        {TicketColumn::Merchant, 130},
        {TicketColumn::Priority, 50},
        {TicketColumn::Status, 70},
        {TicketColumn::Owner, 80},
        {TicketColumn::FirstResponseDue, 130},
        {TicketColumn::ResolutionDue, 130},
        {TicketColumn::SlaState, 170},
        {TicketColumn::ReceivedAt, 130},
    };
    for (const auto& [column, width] : widths)
        setColumnWidth(int(column), width);
    // Less used columns start hidden; the header menu shows them.
    for (TicketColumn column : {TicketColumn::Channel, TicketColumn::Merchant, TicketColumn::FirstResponseDue,
                                TicketColumn::ResolutionDue})
        setColumnHidden(int(column), true);
    // The SLA state is what agents scan for first: right after the number.
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(int(TicketColumn::SlaState)), 1);
    horizontalHeader()->restoreState(QSettings().value(settings::ticketsHeaderStateKey()).toByteArray());

    // Connected after the restore, which must not write the state straight back.
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &TicketQueueView::showColumnMenu);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &TicketQueueView::saveHeader);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &TicketQueueView::saveHeader);
}

void TicketQueueView::setSearchTerms(const QStringList& terms)
{
    m_highlight->setTerms(terms);
}

void TicketQueueView::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < int(TicketColumn::Count); ++column) {
        QAction* action = menu.addAction(TicketQueueModel::columnTitle(TicketColumn(column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnVisible(column, shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void TicketQueueView::setColumnVisible(int column, bool visible)
{
    setColumnHidden(column, !visible);
    saveHeader();
}

void TicketQueueView::saveHeader()
{
    QSettings().setValue(settings::ticketsHeaderStateKey(), horizontalHeader()->saveState());
}

QList<TicketColumn> TicketQueueView::visibleColumns() const
{
    QList<TicketColumn> columns;
    const QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << TicketColumn(logical);
    }
    return columns;
}

QStringList TicketQueueView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : selectionModel()->selectedRows()) {
        const QString id = m_model->idAt(index.row());
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

bool TicketQueueView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return false;
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!isColumnHidden(column))
            header << m_model->headerData(column, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (!isColumnHidden(column))
                cells << m_model->index(row, column).data().toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace sw::ui
