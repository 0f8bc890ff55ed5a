#pragma once

// The table of the ticket queue in the Tickets pane: uniform rows (it never measures a
// million of them), the starting column layout, the column chooser and header state kept
// in QSettings, search-hit highlighting and the SLA cell, and copying rows as text.
// What happens when the selection changes is the pane's business.

#include "services/ticketquery.h"

#include <QStringList>
#include <QTableView>

namespace sw::models {
class TicketQueueModel;
}

namespace sw::ui {

class HighlightDelegate;

class TicketQueueView : public QTableView
{
    Q_OBJECT
public:
    explicit TicketQueueView(models::TicketQueueModel* model, QWidget* parent = nullptr);

    // Normalised search terms drawn highlighted (SearchText::searchTerms).
    void setSearchTerms(const QStringList& terms);
    // What the header menu's checkbox does; the choice is kept in QSettings.
    void setColumnVisible(int column, bool visible);
    // Visible columns in the order the user arranged them.
    QList<services::TicketColumn> visibleColumns() const;
    // Ids of the selected rows whose page is loaded.
    QStringList selectedIds() const;
    // Puts the selected rows (visible columns, with a header line) on the clipboard as
    // tab-separated text; false when nothing is selected.
    bool copySelection();

private:
    void showColumnMenu(const QPoint& pos);
    void saveHeader();

    models::TicketQueueModel* m_model;
    HighlightDelegate* m_highlight;
};

} // namespace sw::ui
