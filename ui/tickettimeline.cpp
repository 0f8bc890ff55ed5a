#include "tickettimeline.h"

#include "domain/ticketenums.h"

#include <QLocale>

namespace sw::ui {

using services::TicketEvent;
using services::TicketEventKind;

namespace {

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString firstOf(const QVariantMap& data, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QString value = data.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString statusName(const QString& code)
{
    bool ok = false;
    const auto status = domain::fromCode<domain::TicketStatus>(code, &ok);
    return ok ? domain::displayName(status) : code;
}

} // namespace

QString TicketTimeline::describe(const TicketEvent& event)
{
    const QVariantMap& data = event.data;
    switch (event.kind) {
    case TicketEventKind::StatusChange:
        return tr("Status changed from %1 to %2.")
            .arg(statusName(firstOf(data, {"from"})), statusName(firstOf(data, {"to"})));
    case TicketEventKind::Assignment: {
        const QString owner = firstOf(data, {"ownerName", "owner_name", "toName", "to_name"});
        return owner.isEmpty() ? tr("Ownership changed.") : tr("Assigned to %1.").arg(owner);
    }
    case TicketEventKind::Triage:
        return tr("Triaged.");
    case TicketEventKind::Attachment: {
        const QString name = firstOf(data, {"fileName", "file_name", "name"});
        return name.isEmpty() ? tr("An attachment was added.") : tr("Attachment added: %1").arg(name);
    }
    case TicketEventKind::Merge: {
        const QString other = firstOf(data, {"targetNumber", "target_number", "sourceNumber", "source_number"});
        return other.isEmpty() ? tr("Tickets were merged.") : tr("Merged with %1.").arg(other);
    }
    case TicketEventKind::Unmerge:
        return tr("The merge was undone.");
    case TicketEventKind::Satisfaction:
        return tr("Satisfaction recorded: attitude %1, efficiency %2, result %3.")
            .arg(firstOf(data, {"attitude"}), firstOf(data, {"efficiency"}), firstOf(data, {"result"}));
    case TicketEventKind::Created:
        return tr("Ticket created.");
    case TicketEventKind::CustomerMessage:
    case TicketEventKind::Reply:
    case TicketEventKind::Note:
        break;
    }
    return services::displayName(event.kind);
}

QString TicketTimeline::toHtml(const QList<TicketEvent>& events)
{
    if (events.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("No events yet.").toHtmlEscaped());
    QString html;
    const QLocale locale;
    for (const TicketEvent& event : events) {
        const QString when = locale.toString(event.at.toLocalTime(), QLocale::ShortFormat);
        const QString author = event.authorName.isEmpty() ? tr("System") : event.authorName;
        QString label;
        QString colour;
        switch (event.kind) {
        case TicketEventKind::CustomerMessage:
            label = tr("Customer message");
            colour = QStringLiteral("#e3f2fd");
            break;
        case TicketEventKind::Reply:
            label = tr("Public reply");
            colour = QStringLiteral("#e8f5e9");
            break;
        case TicketEventKind::Note:
            label = tr("Internal note (not sent to the customer)");
            colour = QStringLiteral("#fff8e1");
            break;
        default:
            break;
        }
        if (!label.isEmpty()) {
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" "
                                   "style=\"background-color:%1; margin-bottom:6px; color:#212121\">"
                                   "<tr><td><b>%2</b> · %3 · <span style=\"color:#616161\">%4</span>"
                                   "<br>%5</td></tr></table>")
                        .arg(colour, escaped(label), escaped(author), escaped(when), escaped(event.body));
        } else {
            QString text = describe(event);
            if (!event.body.isEmpty())
                text = tr("%1 %2", "event description, then its text").arg(text, event.body);
            html += QStringLiteral("<p style=\"margin:2px 6px 8px 6px; color:#616161\">%1 · %2 · %3</p>")
                        .arg(escaped(when), escaped(author), escaped(text));
        }
    }
    return html;
}

} // namespace sw::ui
