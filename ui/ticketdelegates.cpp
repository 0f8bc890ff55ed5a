#include "ticketdelegates.h"

#include "domain/ticketenums.h"
#include "ticketqueuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>

namespace sw::ui {

QList<QPair<int, int>> HighlightDelegate::matches(const QString& text, const QStringList& terms)
{
    QList<QPair<int, int>> ranges;
    for (const QString& term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(term.size())});
    }
    std::sort(ranges.begin(), ranges.end());
    // Overlapping hits ("服务" and "务态") become one range so the text is drawn once.
    QList<QPair<int, int>> merged;
    for (const auto& range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            const int end = qMax(merged.last().first + merged.last().second, range.first + range.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<QPair<int, int>> ranges = matches(opt.text, m_terms);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QString text = opt.text;
    // Background, selection and focus from the style; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextCharFormat hit;
    hit.setFontWeight(QFont::Bold);
    hit.setBackground(QColor(0xff, 0xeb, 0x3b));
    hit.setForeground(QColor(Qt::black));
    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, length] : ranges)
        formats.append(QTextLayout::FormatRange{start, length, hit});

    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6); // one line; the clip cuts what does not fit
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QPointF origin(textRect.left() + margin, textRect.top() + (textRect.height() - line.height()) / 2.0);
    layout.draw(painter, origin);
    painter->restore();
}

void SlaDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(models::TicketQueueModel::SlaStateRole);
    if (!state.isValid())
        return;
    const QWidget* widget = option->widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // An icon besides the colour: the state must not be told by colour alone.
    switch (domain::SlaState(state.toInt())) {
    case domain::SlaState::Breached:
        option->icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        option->font.setBold(true);
        break;
    case domain::SlaState::Warning:
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case domain::SlaState::Paused:
        option->icon = style->standardIcon(QStyle::SP_MediaPause);
        break;
    default:
        return;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace sw::ui
