#pragma once

// Small pieces the panes' detail views share: the read-only tables inside a detail, the
// hint shown while nothing is selected, and the big header line.

#include <QStringList>

class QLabel;
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

} // namespace sw::ui
