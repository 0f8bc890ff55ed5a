#include "cannedrepliesdialog.h"

#include "services/ticketservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

CannedRepliesDialog::CannedRepliesDialog(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Canned Replies"));
    auto* newButton = new QPushButton(tr("&New"), this);
    auto* hint = new QLabel(tr("Placeholders: {customer_name} {order_no} {ticket_no} {agent_name}"), this);
    hint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_body->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(QString(), hint);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addLayout(buttons);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(680, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &CannedRepliesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedRepliesDialog::showSelected);
    reload(QString());
}

void CannedRepliesDialog::reload(const QString& selectId)
{
    const auto replies = services::TicketService(m_db, m_actor, m_clock).cannedReplies();
    m_list->clear();
    m_replies.clear();
    if (!replies.ok()) {
        m_message->setText(replies.message());
        return;
    }
    m_replies = *replies;
    int select = -1;
    for (int i = 0; i < m_replies.size(); ++i) {
        m_list->addItem(m_replies[i].title);
        if (m_replies[i].id == selectId)
            select = i;
    }
    if (select >= 0)
        m_list->setCurrentRow(select);
    else
        startNew();
}

void CannedRepliesDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_replies.size())
        return;
    m_editingId = m_replies[row].id;
    m_title->setText(m_replies[row].title);
    m_body->setPlainText(m_replies[row].body);
    m_remove->setEnabled(true);
    m_message->clear();
}

void CannedRepliesDialog::startNew()
{
    m_list->setCurrentRow(-1);
    m_editingId.clear();
    m_title->clear();
    m_body->clear();
    m_remove->setEnabled(false);
    m_title->setFocus();
}

bool CannedRepliesDialog::save()
{
    services::CannedReply reply;
    reply.id = m_editingId;
    reply.title = m_title->text().trimmed();
    reply.body = m_body->toPlainText();
    if (reply.title.isEmpty() || reply.body.trimmed().isEmpty()) {
        m_message->setText(tr("Enter a title and a text."));
        return false;
    }
    const auto saved = services::TicketService(m_db, m_actor, m_clock).saveCannedReply(reply);
    if (!saved.ok()) {
        m_message->setText(saved.message());
        return false;
    }
    m_message->clear();
    reload(*saved);
    return true;
}

bool CannedRepliesDialog::remove()
{
    if (m_editingId.isEmpty())
        return false;
    const Status status = services::TicketService(m_db, m_actor, m_clock).removeCannedReply(m_editingId);
    if (!status.ok()) {
        m_message->setText(status.message());
        return false;
    }
    reload(QString());
    return true;
}

} // namespace sw::ui
