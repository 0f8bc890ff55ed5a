#include "conflictspane.h"

#include "domain/ticketenums.h"
#include "messages.h"
#include "offthread.h"
#include "services/syncedtables.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

namespace {

enum Column { When, Table, Record, Reason, Author, ColumnCount };

// Columns holding a user's or a team's id (shown as the name when the actor may read it).
const QStringList kUserColumns = {QStringLiteral("owner_id"), QStringLiteral("lead_id"),
                                  QStringLiteral("author_id"), QStringLiteral("added_by"),
                                  QStringLiteral("user_id")};
const QString kTeamColumn = QStringLiteral("team_id");

bool isTimeColumn(const QString& field)
{
    return field.endsWith(QLatin1String("_at")) || field == QLatin1String("at") ||
           field == QLatin1String("paused_since") || field.endsWith(QLatin1String("_due"));
}

bool isFlagColumn(const QString& field)
{
    return field == QLatin1String("active") || field == QLatin1String("special_case");
}

// A ticket's kind, channel, priority or status code in words; empty if not one.
QString ticketCodeName(const QString& field, const QString& code)
{
    bool ok = false;
    QString name;
    if (field == QLatin1String("status"))
        name = domain::displayName(domain::fromCode<domain::TicketStatus>(code, &ok));
    else if (field == QLatin1String("kind"))
        name = domain::displayName(domain::fromCode<domain::TicketKind>(code, &ok));
    else if (field == QLatin1String("channel"))
        name = domain::displayName(domain::fromCode<domain::TicketChannel>(code, &ok));
    else if (field == QLatin1String("priority"))
        name = domain::displayName(domain::fromCode<domain::TicketPriority>(code, &ok));
    return ok ? name : QString();
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

const QString kDeleted = QStringLiteral("deleted");

// Columns never shown (password hashes, personal data kept out of the audit log): the
// detail only says whether they differ.
bool isSecret(const QString& table, const QString& field)
{
    // The registry is filled by whoever syncs first; the pane may come before that.
    static const bool declared = (services::declareAllSyncedTables(), true);
    Q_UNUSED(declared);
    const services::SyncedTable* t = services::SyncedTables::find(table);
    return t && t->secretFields.contains(field);
}

} // namespace

ConflictsPane::ConflictsPane(storage::Database& db, const services::Actor& actor, QWidget* parent)
    : Pane(parent)
    , m_db(db)
    , m_actor(actor)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QTableWidget(0, 3, this))
    , m_reason(new QLabel(this))
    , m_reapply(new QPushButton(tr("&Re-apply My Change"), this))
    , m_discard(new QPushButton(tr("&Discard My Change…"), this))
{
    m_empty->setText(tr("There are no sync conflicts. Changes the server refuses are listed here "
                        "until you re-apply or discard them."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_table->setHorizontalHeaderLabels({tr("When"), tr("Table"), tr("Record"), tr("Reason"), tr("Author")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The reason takes the room; the others fit their text (fill() sizes them).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);

    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("My change"), tr("Server version")});
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->verticalHeader()->hide();
    m_detail->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reason->setWordWrap(true);
    m_reapply->setToolTip(
        tr("Write your change again on top of the server's version and upload it with the next sync"));
    m_discard->setToolTip(tr("Drop your change and keep the server's version"));

    auto* detailBox = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reapply);
    buttons->addWidget(m_discard);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsPane::showDetail);
    connect(m_reapply, &QPushButton::clicked, this, &ConflictsPane::reapplySelected);
    connect(m_discard, &QPushButton::clicked, this, &ConflictsPane::discardSelected);

    showDetail();
    refresh();
}

QString ConflictsPane::title() const
{
    return tr("Sync Conflicts");
}

QIcon ConflictsPane::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QString ConflictsPane::tableTitle(const QString& table)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("tickets"), QT_TR_NOOP("Tickets")},
        {QStringLiteral("ticket_events"), QT_TR_NOOP("Ticket events")},
        {QStringLiteral("ticket_attachments"), QT_TR_NOOP("Ticket attachments")},
        {QStringLiteral("customers"), QT_TR_NOOP("Customers")},
        {QStringLiteral("merchants"), QT_TR_NOOP("Merchants")},
        {QStringLiteral("canned_replies"), QT_TR_NOOP("Canned replies")},
        {QStringLiteral("calendar_days"), QT_TR_NOOP("Business-day calendar")},
        {QStringLiteral("users"), QT_TR_NOOP("Users")},
        {QStringLiteral("roles"), QT_TR_NOOP("Roles")},
        {QStringLiteral("user_roles"), QT_TR_NOOP("User roles")},
        {QStringLiteral("teams"), QT_TR_NOOP("Teams")},
        {QStringLiteral("settings"), QT_TR_NOOP("Shared settings")},
    };
    const auto it = titles.constFind(table);
    return it == titles.constEnd() ? table : tr(it.value());
}

QString ConflictsPane::fieldTitle(const QString& field)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("kind"), QT_TR_NOOP("Type")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team")},
        {QStringLiteral("lead_id"), QT_TR_NOOP("Team lead")},
        {QStringLiteral("customer_name"), QT_TR_NOOP("Customer")},
        {QStringLiteral("customer_phone"), QT_TR_NOOP("Customer phone")},
        {QStringLiteral("customer_email"), QT_TR_NOOP("Customer e-mail")},
        {QStringLiteral("merchant_name"), QT_TR_NOOP("Merchant")},
        {QStringLiteral("order_no"), QT_TR_NOOP("Order number")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Display name")},
        {QStringLiteral("password_hash"), QT_TR_NOOP("Password")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("day"), QT_TR_NOOP("Date")},
        {QStringLiteral("key"), QT_TR_NOOP("Setting")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("merged_into"), QT_TR_NOOP("Merged into")},
        {QStringLiteral("special_case"), QT_TR_NOOP("Special case")},
        {QStringLiteral("special_reason"), QT_TR_NOOP("Special-case reason")},
        {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
        {QStringLiteral("resolved_at"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Updated")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File name")},
    };
    const auto it = titles.constFind(field);
    return it == titles.constEnd() ? field : tr(it.value());
}

QString ConflictsPane::recordTitle(const sync::Conflict& conflict)
{
    // What people call the record, from the server's version (the current one) or else
    // the change; the row id when there is nothing better.
    const auto value = [&](const QString& field) {
        const QJsonValue server = conflict.serverFields.value(field);
        const QJsonValue mine = conflict.fields.value(field);
        return (server.isString() && !server.toString().isEmpty() ? server : mine).toString();
    };
    QStringList parts;
    if (conflict.table == QLatin1String("tickets")) {
        parts << value(QStringLiteral("number")) << value(QStringLiteral("subject"));
    } else if (conflict.table == QLatin1String("users")) {
        parts << value(QStringLiteral("display_name")) << value(QStringLiteral("login"));
    } else {
        for (const char* field : {"name", "title", "file_name", "day", "key"}) {
            const QString text = value(QString::fromLatin1(field));
            if (!text.isEmpty()) {
                parts << text;
                break;
            }
        }
    }
    parts.removeAll(QString());
    return parts.isEmpty() ? conflict.rowId : parts.join(QStringLiteral(" · "));
}

QString ConflictsPane::displayValue(const QString& field, const QJsonValue& value) const
{
    if (value.isUndefined())
        return QString();
    if (value.isNull())
        return tr("(empty)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (isTimeColumn(field)) {
        // Tickets keep times as epoch seconds, the foundation's tables as ISO text (UTC).
        QDateTime at;
        if (value.isDouble())
            at = QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
        else
            at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    if (isFlagColumn(field) && (value.isBool() || value.isDouble()))
        return value.toBool() || value.toInteger() != 0 ? tr("Yes") : tr("No");
    const QString text =
        value.isDouble() ? QLocale().toString(value.toInteger()) : value.toVariant().toString();
    if (value.isString()) {
        if (const QString name = ticketCodeName(field, text); !name.isEmpty())
            return name;
        if (kUserColumns.contains(field) || field == kTeamColumn)
            return m_names.value(text, text);
    }
    return value.isDouble() && double(value.toInteger()) != value.toDouble()
               ? QLocale().toString(value.toDouble())
               : text;
}

void ConflictsPane::refresh()
{
    if (m_busy) {
        m_reloadPending = true; // a resolve is running; reload when it is done
        return;
    }
    setBusy(true);
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    runOffThread(
        this,
        [db, actor]() -> Result<Loaded> {
            return withThreadConnection(*db, [&]() -> Result<Loaded> {
                auto open = sync::ConflictService(*db, actor).open();
                if (!open.ok())
                    return open.error();
                Loaded loaded{open.value(), {}};
                // Authors, owners, leads and teams by name where the actor may read them
                // (users: their own, or all for admins; teams: everyone).
                QSet<QString> userIds;
                bool teams = false;
                for (const sync::Conflict& conflict : loaded.conflicts) {
                    userIds.insert(conflict.authorId);
                    for (const QJsonObject* fields : {&conflict.fields, &conflict.serverFields}) {
                        for (const QString& column : kUserColumns)
                            userIds.insert(fields->value(column).toString());
                        teams = teams || fields->contains(kTeamColumn);
                    }
                }
                userIds.remove(QString());
                const services::UserService users(*db, actor);
                for (const QString& id : std::as_const(userIds)) {
                    if (auto user = users.get(id); user.ok())
                        loaded.names.insert(id, user.value().displayName);
                }
                if (teams) {
                    if (auto all = users.teams(); all.ok()) {
                        for (const services::Team& team : all.value())
                            loaded.names.insert(team.id, team.name);
                    }
                }
                return loaded;
            });
        },
        [this](Result<Loaded> result) {
            setBusy(false);
            if (!result.ok()) {
                showError(this, tr("Sync Conflicts"), result.error());
                Q_EMIT loaded(int(m_conflicts.size()));
                return;
            }
            fill(result.value());
            if (m_reloadPending) {
                m_reloadPending = false;
                refresh();
            }
        });
}

void ConflictsPane::fill(const Loaded& data)
{
    const QString selectedId = currentIndex() >= 0 ? m_conflicts.at(currentIndex()).id : QString();
    m_conflicts = data.conflicts;
    m_names = data.names;
    m_table->setRowCount(int(m_conflicts.size()));
    int reselect = -1;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const sync::Conflict& c = m_conflicts.at(row);
        auto* when = readOnlyItem(QLocale().toString(c.refusedAt.toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, c.id);
        m_table->setItem(row, When, when);
        auto* table = readOnlyItem(tableTitle(c.table));
        table->setToolTip(c.table);
        m_table->setItem(row, Table, table);
        auto* record = readOnlyItem(recordTitle(c));
        record->setToolTip(tr("Record id: %1").arg(c.rowId));
        m_table->setItem(row, Record, record);
        const QString reason = c.reason.isEmpty() ? sync::ConflictService::reasonFor(c.code) : c.reason;
        m_table->setItem(row, Reason, readOnlyItem(reason));
        m_table->setItem(row, Author, readOnlyItem(m_names.value(c.authorId, c.authorId)));
        if (c.id == selectedId)
            reselect = row;
    }
    for (int column : {When, Table, Record, Author}) {
        m_table->resizeColumnToContents(column);
        // A long ticket subject is elided (its tooltip has the id; the detail the rest).
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 12, 320));
    }
    m_stack->setCurrentIndex(m_conflicts.isEmpty() ? 0 : 1);
    if (!m_conflicts.isEmpty())
        m_table->selectRow(reselect >= 0 ? reselect : 0);
    showDetail();
    Q_EMIT loaded(int(m_conflicts.size()));
}

int ConflictsPane::currentIndex() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return -1;
    const int row = selected.first()->row();
    return row < m_conflicts.size() ? row : -1;
}

void ConflictsPane::showDetail()
{
    const int index = currentIndex();
    m_reapply->setEnabled(index >= 0 && !m_busy);
    m_discard->setEnabled(index >= 0 && !m_busy);
    if (index < 0) {
        m_detail->setRowCount(0);
        m_reason->clear();
        return;
    }
    const sync::Conflict& c = m_conflicts.at(index);
    const QString reason = c.reason.isEmpty() ? sync::ConflictService::reasonFor(c.code) : c.reason;
    m_reason->setText(tr("The server refused this change: %1").arg(reason));
    const bool serverHasRow = !c.serverFields.isEmpty();
    QStringList keys = c.fields.keys();
    // "deleted" is not a field people know: a change that deletes shows as one line
    // first; "deleted": 0 (an ordinary change) shows nothing.
    const QJsonValue deletedFlag = c.fields.value(kDeleted);
    const bool deletes =
        keys.removeAll(kDeleted) > 0 && (deletedFlag.toBool() || deletedFlag.toInteger() != 0);
    if (deletes)
        keys.prepend(kDeleted);
    m_detail->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        const QJsonValue mine = c.fields.value(key);
        const QJsonValue server = c.serverFields.value(key);
        QString mineText = displayValue(key, mine);
        QString serverText = serverHasRow ? displayValue(key, server) : tr("(no server version)");
        bool differs = mine != server;
        auto* field = readOnlyItem(fieldTitle(key));
        field->setData(Qt::UserRole, key);
        field->setToolTip(key);
        if (key == kDeleted) {
            field->setText(tr("Record"));
            mineText = tr("Delete the record");
            serverText = serverHasRow ? tr("Keeps the record") : tr("(no server version)");
            differs = true;
        } else if (isSecret(c.table, key)) {
            mineText = tr("(not shown)");
            if (serverHasRow)
                serverText = tr("(not shown)");
        }
        m_detail->setItem(row, 0, field);
        m_detail->setItem(row, 1, readOnlyItem(mineText));
        m_detail->setItem(row, 2, readOnlyItem(serverText));
        m_detail->item(row, 1)->setToolTip(mineText);
        m_detail->item(row, 2)->setToolTip(serverText);
        if (differs) {
            // Bold rather than a colour: readable in every theme and for colour-blind users.
            for (int column = 0; column < 3; ++column) {
                QFont font = m_detail->item(row, column)->font();
                font.setBold(true);
                m_detail->item(row, column)->setFont(font);
            }
            field->setToolTip(tr("%1: your change differs from the server's version").arg(key));
        }
    }
}

void ConflictsPane::reapplySelected()
{
    const int index = currentIndex();
    if (index < 0 || m_busy)
        return;
    resolve(m_conflicts.at(index).id, true);
}

void ConflictsPane::discardSelected()
{
    const int index = currentIndex();
    if (index < 0 || m_busy || m_question)
        return;
    const sync::Conflict c = m_conflicts.at(index);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard My Change"),
                                tr("Discard your change to %1 “%2”? The server's version is kept and your "
                                   "change cannot be recovered.")
                                    .arg(tableTitle(c.table), recordTitle(c)),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, id = c.id](int) {
        m_question = nullptr;
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            resolve(id, false);
    });
    box->open();
}

void ConflictsPane::resolve(const QString& conflictId, bool reapply)
{
    setBusy(true);
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    runOffThread(
        this,
        [db, actor, conflictId, reapply]() -> Status {
            return withThreadConnection(*db, [&]() -> Status {
                sync::ConflictService service(*db, actor);
                return reapply ? service.reapply(conflictId) : service.discard(conflictId);
            });
        },
        [this, reapply](Status status) {
            setBusy(false);
            if (!status.ok()) {
                showError(this, reapply ? tr("Re-apply My Change") : tr("Discard My Change"), status.error());
            } else {
                Q_EMIT statusMessage(
                    reapply ? tr("Your change was written again; it is uploaded with the next sync.")
                            : tr("Your change was discarded; the server's version is kept."));
            }
            Q_EMIT resolved(status.ok());
            m_reloadPending = false;
            refresh();
        });
}

void ConflictsPane::setBusy(bool busy)
{
    m_busy = busy;
    m_table->setEnabled(!busy);
    showDetail();
}

bool ConflictsPane::copySelection()
{
    const int index = currentIndex();
    if (index < 0)
        return false;
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << m_table->item(index, column)->text();
    QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
    return true;
}

} // namespace sw::ui
