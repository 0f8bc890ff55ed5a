#pragma once

// The timeline of a ticket (服务跟踪) as HTML for a QTextBrowser: every event with its
// author and time; customer messages, public replies and internal notes as differently
// coloured blocks with a label (not colour alone), other events as one line. All text
// from the database is HTML-escaped: a customer's message is never markup.

#include "services/tickettypes.h"

#include <QCoreApplication>
#include <QString>

namespace sw::ui {

class TicketTimeline
{
    Q_DECLARE_TR_FUNCTIONS(sw::ui::TicketTimeline)

public:
    static QString toHtml(const QList<services::TicketEvent>& events);
    // One line saying what a non-text event did ("Status changed from 新建 to 处理中").
    static QString describe(const services::TicketEvent& event);
};

} // namespace sw::ui
