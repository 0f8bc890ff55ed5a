#pragma once

// Delegates of the ticket queue:
// - HighlightDelegate draws the search terms inside subject and customer cells bold on
//   a yellow background, so people see why a row matched;
// - SlaDelegate draws the SLA cell with a state icon and its colour (warning orange,
//   breached red, paused grey); the tooltip (remaining time) comes from the model.

#include <QStringList>
#include <QStyledItemDelegate>

namespace sw::ui {

class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Normalised terms (SearchText::searchTerms); empty = no highlighting.
    void setTerms(const QStringList& terms) { m_terms = terms; }
    QStringList terms() const { return m_terms; }

    // [start, length) ranges of `text` that match a term, case-insensitive, merged and
    // sorted (exposed for tests).
    static QList<QPair<int, int>> matches(const QString& text, const QStringList& terms);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QStringList m_terms;
};

class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace sw::ui
