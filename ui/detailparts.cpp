#include "detailparts.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>

namespace sw::ui {

QTableWidget* makeDetailTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

bool copyCurrentRow(const QTableView* table)
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return false;
    QStringList fields;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (!table->isColumnHidden(c))
            fields << table->model()->index(current.row(), c).data().toString();
    QApplication::clipboard()->setText(fields.join(QLatin1Char('\t')));
    return true;
}

QLabel* makeEmptySelectionHint(const QString& text, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    return hint;
}

void styleDetailHeader(QLabel* header)
{
    header->setWordWrap(true);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    header->setFont(big);
}

QScrollArea* makeFilterStrip(QWidget* filterBar, QWidget* parent)
{
    auto* strip = new QScrollArea(parent);
    strip->setWidget(filterBar);
    strip->setWidgetResizable(true);
    strip->setFrameShape(QFrame::NoFrame);
    strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    strip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    strip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    strip->setFixedHeight(filterBar->sizeHint().height() + strip->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    return strip;
}

int viewListWidth(const QListWidget* views)
{
    const QFontMetrics metrics = views->fontMetrics();
    int widest = 0;
    for (int row = 0; row < views->count(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(views->item(row)->text()));
    const int count = metrics.horizontalAdvance(QStringLiteral(" (99,999)"));
    return widest + count + 2 * views->frameWidth() + 2 * views->spacing() + 16;
}

} // namespace sw::ui
