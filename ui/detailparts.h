#pragma once

// Small pieces the panes share: the read-only tables inside a detail, the hint shown while
// nothing is selected, the big header line, and the strip that holds a queue's filters.

#include <QStringList>

class QLabel;
class QListWidget;
class QScrollArea;
class QTableView;
class QTableWidget;
class QWidget;

namespace sw::ui {

// Rows selectable one at a time, not editable, wrapped text; columns fit their contents,
// the last one takes the rest.
QTableWidget* makeDetailTable(const QStringList& headers, QWidget* parent);
// The centred, wrapped hint of an empty detail ("Select … to see it here.").
QLabel* makeEmptySelectionHint(const QString& text, QWidget* parent);
// Bold, 1.2 × the font, wrapped and selectable with the mouse.
void styleDetailHeader(QLabel* header);
// Edit → Copy on a queue: the current row's visible cells as shown, tab-separated, to the
// clipboard; false when no row is current.
bool copyCurrentRow(const QTableView* table);
// A queue's row of filters (filterBar) in a strip that scrolls sideways rather than widen
// the window; its height keeps room for the scroll bar, so no filter is ever covered.
QScrollArea* makeFilterStrip(QWidget* filterBar, QWidget* parent);
// The width a queue's list of saved views needs for its longest name with a count
// (" (99,999)") beside it, without a scroll bar: the first size of the pane's splitter.
int viewListWidth(const QListWidget* views);

} // namespace sw::ui
