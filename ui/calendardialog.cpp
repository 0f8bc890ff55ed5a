#include "calendardialog.h"

#include "busyindicator.h"
#include "calendardaydialog.h"
#include "clock.h"
#include "messages.h"
#include "offthread.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

using services::CalendarDay;
using services::CalendarDayType;
using services::CalendarService;

namespace {

// Red for days off, blue for make-up working days, grey for ordinary days: the same
// colours the calendars people know use; the icon repeats it for colour-blind users.
QColor typeColour(CalendarDayType type)
{
    switch (type) {
    case CalendarDayType::Holiday:
        return QColor(0xc6, 0x28, 0x28);
    case CalendarDayType::Workday:
        return QColor(0x15, 0x65, 0xc0);
    case CalendarDayType::Normal:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

// A filled circle (holiday), a filled square (make-up working day), a ring (ordinary).
QIcon typeIcon(CalendarDayType type)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = typeColour(type);
    switch (type) {
    case CalendarDayType::Holiday:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(2, 2, 12, 12));
        break;
    case CalendarDayType::Workday:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(2, 2, 12, 12), 2, 2);
        break;
    case CalendarDayType::Normal:
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(3, 3, 10, 10));
        break;
    }
    return QIcon(pixmap);
}

} // namespace

CalendarDialog::CalendarDialog(storage::Database& db, const services::Actor& actor, const Clock* clock,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_canEdit(actor.can(domain::Permission::ManageSettings))
    , m_year(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_readOnly(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setWindowTitle(tr("Business-Day Calendar"));
    auto* intro = new QLabel(tr("Public holidays and make-up working days decide which days count as business "
                                "days, e.g. for SLA targets measured in business days. The built-in Chinese "
                                "calendar comes with Shopwarden; custom entries made here take its place for "
                                "their day and reach every workstation through sync."),
                             this);
    intro->setWordWrap(true);

    m_year->setRange(CalendarService::kMinYear, CalendarService::kMaxYear);
    m_year->setValue(Clock::chinaToday(m_clock).year());
    m_year->setAccelerated(true);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);

    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Weekday"), tr("Type"), tr("Name"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    for (int c : {int(DateColumn), int(WeekdayColumn), int(TypeColumn), int(SourceColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove})
        side->addWidget(b);
    side->addSpacing(16);
    side->addWidget(m_import);
    side->addWidget(m_export);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    m_readOnly->setText(tr("You can view and export the calendar. Only users who may change settings "
                           "(administrators) can change it."));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(!m_canEdit);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(close);
    // Fits a 1280×800 screen with room for the task bar; the table scrolls.
    resize(960, 620);

    for (QPushButton* b : {m_add, m_edit, m_remove, m_import}) {
        b->setVisible(m_canEdit);
        b->setAutoDefault(false);
    }
    m_export->setAutoDefault(false);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CalendarDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editSelected(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addDay(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(removeKey, &QShortcut::activated, this, [this] { removeSelected(); });
    connect(m_import, &QPushButton::clicked, this, &CalendarDialog::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &CalendarDialog::chooseExportFile);
    reload();
}

int CalendarDialog::year() const
{
    return m_year->value();
}

void CalendarDialog::setYear(int year)
{
    m_year->setValue(year); // reloads through valueChanged when it changes
}

int CalendarDialog::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return -1;
    const int row = ranges.constFirst().topRow();
    return row < m_days.size() ? row : -1;
}

void CalendarDialog::reload()
{
    const QDate keep = selectedRow() >= 0 ? m_days.at(selectedRow()).date : QDate();
    m_table->setRowCount(0);
    m_days.clear();
    const auto days = CalendarService(m_db, m_actor, m_clock).days(year());
    if (!days.ok()) {
        m_summary->clear();
        showProblem(days.message());
        updateButtons();
        return;
    }
    m_days = *days;
    m_table->setRowCount(int(m_days.size()));
    int holidays = 0;
    int workdays = 0;
    int custom = 0;
    for (int row = 0; row < m_days.size(); ++row) {
        const CalendarDay& day = m_days.at(row);
        holidays += day.type == CalendarDayType::Holiday ? 1 : 0;
        workdays += day.type == CalendarDayType::Workday ? 1 : 0;
        custom += day.custom ? 1 : 0;
        const QColor colour = typeColour(day.type);
        auto* date = new QTableWidgetItem(day.date.toString(Qt::ISODate));
        auto* weekday = new QTableWidgetItem(locale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat));
        auto* type = new QTableWidgetItem(typeIcon(day.type), CalendarService::typeDisplayName(day.type));
        type->setForeground(colour);
        date->setForeground(colour);
        auto* name = new QTableWidgetItem(day.name);
        name->setToolTip(day.name);
        QString source = day.custom ? tr("Custom") : tr("Built-in");
        QString sourceTip = day.custom ? tr("Entered on a workstation; syncs to every workstation.")
                                       : tr("Part of the Chinese calendar that comes with Shopwarden.");
        if (day.custom && day.builtIn) {
            source = tr("Custom (replaces built-in)");
            sourceTip = tr("Replaces the built-in entry “%1” (%2). Remove the custom entry to bring it back.")
                            .arg(day.builtIn->name,
                                 CalendarService::typeDisplayName(
                                     day.builtIn->type == domain::BusinessCalendar::DayType::Workday
                                         ? CalendarDayType::Workday
                                         : CalendarDayType::Holiday));
        }
        auto* sourceItem = new QTableWidgetItem(source);
        sourceItem->setToolTip(sourceTip);
        if (day.custom) {
            QFont bold = sourceItem->font();
            bold.setBold(true);
            sourceItem->setFont(bold);
        }
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, WeekdayColumn, weekday);
        m_table->setItem(row, TypeColumn, type);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, SourceColumn, sourceItem);
    }
    m_summary->setText(m_days.isEmpty()
                           ? tr("No holidays or make-up working days are listed for %1: every weekday is a "
                                "working day.")
                                 .arg(year())
                           : tr("%1: %2 public holidays, %3 make-up working days, %4 custom entries.")
                                 .arg(year())
                                 .arg(holidays)
                                 .arg(workdays)
                                 .arg(custom));
    selectDate(keep);
    updateButtons();
}

void CalendarDialog::selectDate(QDate date)
{
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).date == date) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, DateColumn));
            return;
        }
    }
}

void CalendarDialog::updateButtons()
{
    const int row = selectedRow();
    const bool idle = !m_importing;
    m_add->setEnabled(m_canEdit && idle);
    m_edit->setEnabled(m_canEdit && idle && row >= 0);
    m_remove->setEnabled(m_canEdit && idle && row >= 0 && m_days.at(row).custom);
    m_import->setEnabled(m_canEdit && idle);
    m_export->setEnabled(idle);
    m_year->setEnabled(idle);
}

void CalendarDialog::showProblem(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(text);
}

void CalendarDialog::showInfo(const QString& text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

CalendarDayDialog* CalendarDialog::addDay()
{
    if (!m_canEdit || m_importing)
        return nullptr;
    auto* editor = new CalendarDayDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Add Calendar Day"));
    const QDate today = Clock::chinaToday(m_clock);
    editor->setDate(today.year() == year() ? today : QDate(year(), 1, 1));
    connect(editor, &QDialog::accepted, this,
            [this, editor] { saveDay(editor->date(), editor->type(), editor->name()); });
    editor->open();
    return editor;
}

CalendarDayDialog* CalendarDialog::editSelected()
{
    const int row = selectedRow();
    if (!m_canEdit || m_importing || row < 0)
        return nullptr;
    auto* editor = new CalendarDayDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Edit Calendar Day"));
    editor->setDay(m_days.at(row));
    connect(editor, &QDialog::accepted, this,
            [this, editor] { saveDay(editor->date(), editor->type(), editor->name()); });
    editor->open();
    return editor;
}

bool CalendarDialog::saveDay(QDate date, CalendarDayType type, const QString& name)
{
    const Status saved = CalendarService(m_db, m_actor, m_clock).setDay(date, type, name);
    if (!saved.ok()) {
        showProblem(saved.message());
        return false;
    }
    showInfo(tr("Saved %1 as a custom entry.").arg(date.toString(Qt::ISODate)));
    if (date.year() != year())
        setYear(date.year());
    reload();
    selectDate(date);
    return true;
}

bool CalendarDialog::removeSelected()
{
    const int row = selectedRow();
    if (!m_canEdit || m_importing || row < 0 || !m_days.at(row).custom)
        return false;
    const QDate date = m_days.at(row).date;
    const Status removed = CalendarService(m_db, m_actor, m_clock).removeDay(date);
    if (!removed.ok()) {
        showProblem(removed.message());
        return false;
    }
    showInfo(tr("Removed the custom entry of %1; the built-in calendar applies to that day again.")
                 .arg(date.toString(Qt::ISODate)));
    reload();
    return true;
}

void CalendarDialog::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Calendar"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CalendarDialog::chooseExportFile()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("business-days-%1.csv").arg(year()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportFile(path);
}

void CalendarDialog::importFile(const QString& path)
{
    if (!m_canEdit || m_importing)
        return;
    m_importing = true;
    updateButtons();
    m_message->clear();
    m_busy->start(tr("Importing the calendar…"));
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    using Outcome = Result<services::CalendarImportSummary>;
    runOffThread(
        this,
        [db, actor, clock, path]() -> Outcome {
            return withThreadConnection(*db, [&]() -> Outcome {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    return makeError(ErrorCode::Io,
                                     tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                                     file.errorString());
                }
                // One byte over the service's limit is enough for it to refuse the file.
                const QByteArray content = file.read(1024 * 1024 + 1);
                return CalendarService(*db, actor, clock).importCsv(content);
            });
        },
        [this](Outcome outcome) {
            m_importing = false;
            m_busy->stop();
            if (!outcome.ok()) {
                showProblem(outcome.message());
                showError(this, tr("Import Calendar"), outcome.error());
                updateButtons();
                Q_EMIT importFinished(false);
                return;
            }
            showInfo(tr("Imported %1 days: %2 added, %3 changed, %4 already up to date.")
                         .arg(outcome->entries)
                         .arg(outcome->added)
                         .arg(outcome->changed)
                         .arg(outcome->unchanged));
            reload();
            Q_EMIT importFinished(true);
        });
}

bool CalendarDialog::exportFile(const QString& path)
{
    const auto csv = CalendarService(m_db, m_actor, m_clock).exportCsv(year());
    if (!csv.ok()) {
        showProblem(csv.message());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        const Error error = makeError(
            ErrorCode::Io, tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)), file.errorString());
        showProblem(error.message);
        showError(this, tr("Export Calendar"), error);
        return false;
    }
    showInfo(tr("Exported the calendar of %1 to %2.").arg(year()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sw::ui
