#include "ticketattachmentswidget.h"

#include "messages.h"
#include "offthread.h"
#include "services/ticketservice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

using services::TicketService;

TicketAttachmentsWidget::TicketAttachmentsWidget(storage::Database& db, const services::Actor& actor,
                                                 const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_maxBytes(TicketService(db, actor, clock).maxAttachmentBytes())
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_save(new QPushButton(tr("Save &As…"), this))
    , m_files(new StoredFileActions(db, this))
{
    connect(m_files, &StoredFileActions::busyChanged, this, &TicketAttachmentsWidget::busyChanged);
    connect(m_files, &StoredFileActions::statusMessage, this, &TicketAttachmentsWidget::statusMessage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    auto* note = new QLabel(tr("Attachments are stored encrypted in the database (at most %1 each). "
                               "Opening one writes a decrypted temporary copy to this computer, which "
                               "is deleted when Shopwarden exits; Save As keeps a copy where you choose.")
                                .arg(QLocale().formattedDataSize(m_maxBytes)),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add Attachment"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_open, &QPushButton::clicked, this, &TicketAttachmentsWidget::openSelected);
    connect(m_save, &QPushButton::clicked, this, &TicketAttachmentsWidget::saveSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TicketAttachmentsWidget::openSelected);
}

TicketAttachmentsWidget::~TicketAttachmentsWidget() = default;

void TicketAttachmentsWidget::showTicket(const QString& ticketId)
{
    m_ticketId = ticketId;
    m_list->clear();
    m_infos.clear();
    if (ticketId.isEmpty())
        return;
    const auto list = TicketService(m_db, m_actor, m_clock).attachments(ticketId);
    if (!list.ok())
        return;
    m_infos = *list;
    const QLocale locale;
    for (const auto& info : std::as_const(m_infos)) {
        m_list->addItem(tr("%1 (%2, %3, %4)")
                            .arg(info.fileName, locale.formattedDataSize(info.size), info.addedByName,
                                 locale.toString(info.addedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void TicketAttachmentsWidget::setEditable(bool editable)
{
    m_add->setEnabled(editable);
}

void TicketAttachmentsWidget::addFile(const QString& path)
{
    if (m_ticketId.isEmpty())
        return;
    if (QFileInfo(path).size() > m_maxBytes) {
        showWarning(this, tr("Add Attachment"),
                    tr("The file is too large: attachments may be at most %1.")
                        .arg(QLocale().formattedDataSize(m_maxBytes)));
        return;
    }
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const QString ticketId = m_ticketId;
    m_files->addFile(
        path, tr("Add Attachment"),
        [actor, clock, ticketId](storage::Database& db, const QString& fileName, const QByteArray& content) -> Status {
            const auto added = TicketService(db, actor, clock).addAttachment(ticketId, fileName, content);
            if (!added.ok())
                return added.error();
            return {};
        },
        [this, ticketId] { Q_EMIT changed(ticketId); });
}

StoredFileActions::Fetch TicketAttachmentsWidget::fetch(const QString& attachmentId) const
{
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    return [actor, clock, attachmentId](storage::Database& db) {
        return TicketService(db, actor, clock).attachmentContent(attachmentId);
    };
}

void TicketAttachmentsWidget::saveSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_infos.size())
        return;
    const services::AttachmentInfo& info = m_infos.at(row);
    m_files->saveAs(info.fileName, fetch(info.id));
}

void TicketAttachmentsWidget::openSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_infos.size())
        return;
    const services::AttachmentInfo& info = m_infos.at(row);
    m_files->open(info.id, info.fileName, fetch(info.id));
}

} // namespace sw::ui
