#include "aftersalesevidencebox.h"

#include "messages.h"
#include "services/attachmentfile.h"
#include "storedfileactions.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

using domain::AfterSalesStatus;

namespace {

bool handles(const services::Actor& a)
{
    return a.has(domain::Role::Agent) || a.has(domain::Role::Lead) || a.has(domain::Role::Manager);
}

} // namespace

AfterSalesEvidenceBox::AfterSalesEvidenceBox(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                             QWidget* parent)
    : QGroupBox(tr("Evidence Files"), parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_evidenceList(new QListWidget(this))
    , m_openEvidence(new QPushButton(tr("&Open"), this))
    , m_saveEvidence(new QPushButton(tr("Save &As…"), this))
    , m_addEvidence(new QPushButton(tr("A&dd…"), this))
    , m_removeEvidence(new QPushButton(tr("Re&move…"), this))
    , m_maxEvidenceBytes(services::maxAttachmentBytes(db, actor, clock))
    , m_files(new StoredFileActions(db, this))
{
    connect(m_files, &StoredFileActions::statusMessage, this, &AfterSalesEvidenceBox::statusMessage);
    connect(m_openEvidence, &QPushButton::clicked, this, [this] { openEvidence(false); });
    connect(m_saveEvidence, &QPushButton::clicked, this, [this] { openEvidence(true); });
    connect(m_evidenceList, &QListWidget::itemDoubleClicked, this, [this] { openEvidence(false); });
    connect(m_addEvidence, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Evidence"));
        if (!paths.isEmpty())
            addEvidenceFiles(paths);
    });
    connect(m_removeEvidence, &QPushButton::clicked, this, &AfterSalesEvidenceBox::removeSelectedEvidence);

    auto* layout = new QVBoxLayout(this);
    m_evidenceList->setMaximumHeight(90);
    layout->addWidget(m_evidenceList);
    // Two by two: reading a file on the left, changing the list on the right; a row of four
    // would be wider than a narrow detail panel.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_openEvidence, 0, 0);
    buttons->addWidget(m_saveEvidence, 1, 0);
    buttons->addWidget(m_addEvidence, 0, 1);
    buttons->addWidget(m_removeEvidence, 1, 1);
    layout->addLayout(buttons);
}

void AfterSalesEvidenceBox::showRequest(const std::optional<services::AfterSalesRequest>& request)
{
    m_request = request;
    m_evidenceList->clear();
    m_evidence.clear();
    if (m_request) {
        const auto list = services::AfterSalesService(m_db, m_actor, m_clock).evidence(m_request->id);
        if (list.ok())
            m_evidence = *list;
    }
    const QLocale locale;
    for (const auto& e : std::as_const(m_evidence))
        m_evidenceList->addItem(tr("%1 (%2, %3, %4)")
                                    .arg(e.fileName, locale.formattedDataSize(e.size), e.addedByName,
                                         locale.toString(e.addedAt.toLocalTime(), QLocale::ShortFormat)));
    if (!m_evidence.isEmpty())
        m_evidenceList->setCurrentRow(0);
    m_openEvidence->setEnabled(!m_evidence.isEmpty());
    m_saveEvidence->setEnabled(!m_evidence.isEmpty());
    // Files change only while the request waits for its first decision or for information.
    const bool editable = m_request && handles(m_actor)
                          && (m_request->status == AfterSalesStatus::Submitted
                              || m_request->status == AfterSalesStatus::ReturnedForInfo);
    m_addEvidence->setEnabled(editable);
    m_removeEvidence->setEnabled(editable && !m_evidence.isEmpty());
}

void AfterSalesEvidenceBox::addEvidenceFiles(const QStringList& paths)
{
    if (!m_request)
        return;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const QString requestId = m_request->id;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.size() > m_maxEvidenceBytes) {
            showWarning(this, tr("Add Evidence"),
                        tr("The file %1 is too large: evidence files may be at most %2.")
                            .arg(info.fileName(), QLocale().formattedDataSize(m_maxEvidenceBytes)));
            continue;
        }
        m_files->addFile(
            path, tr("Add Evidence"),
            [actor, clock, requestId](storage::Database& db, const QString& fileName, const QByteArray& content) -> Status {
                const auto added = services::AfterSalesService(db, actor, clock).addEvidence(requestId, fileName, content);
                if (!added.ok())
                    return added.error();
                return {};
            },
            [this, requestId, name = info.fileName()] {
                Q_EMIT changed(requestId);
                Q_EMIT statusMessage(tr("Evidence “%1” added.").arg(name));
            });
    }
}

QMessageBox* AfterSalesEvidenceBox::removeSelectedEvidence()
{
    const int row = m_evidenceList->currentRow();
    if (!m_request || row < 0 || row >= m_evidence.size() || !m_removeEvidence->isEnabled())
        return nullptr;
    const services::AfterSalesEvidence e = m_evidence.at(row);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Evidence"),
                                tr("Remove the evidence file “%1” from request %2? The file is deleted from "
                                   "this request on every workstation.")
                                    .arg(e.fileName, m_request->number),
                                QMessageBox::Cancel, this);
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString requestId = m_request->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, e, requestId](QAbstractButton* clicked) {
        if (clicked != remove)
            return;
        const Status status = services::AfterSalesService(m_db, m_actor, m_clock).removeEvidence(e.id);
        if (!status.ok()) {
            showError(this, tr("Remove Evidence"), status.error());
            return;
        }
        Q_EMIT changed(requestId);
        Q_EMIT statusMessage(tr("Evidence “%1” removed.").arg(e.fileName));
    });
    box->open();
    return box;
}

void AfterSalesEvidenceBox::openEvidence(bool saveAs)
{
    const int row = m_evidenceList->currentRow();
    if (row < 0 || row >= m_evidence.size())
        return;
    const services::AfterSalesEvidence e = m_evidence.at(row);
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const QString id = e.id;
    StoredFileActions::Fetch fetch = [actor, clock, id](storage::Database& db) {
        return services::AfterSalesService(db, actor, clock).evidenceContent(id);
    };
    if (saveAs)
        m_files->saveAs(e.fileName, fetch);
    else
        m_files->open(e.id, e.fileName, fetch);
}

} // namespace sw::ui
