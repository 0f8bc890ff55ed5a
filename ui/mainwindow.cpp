#include "mainwindow.h"

#include "aftersalesdetailwidget.h"
#include "aftersalesnotifier.h"
#include "aftersalespane.h"
#include "aftersalespolicydialog.h"
#include "appearance.h"
#include "calendardialog.h"
#include "changepassphrasedialog.h"
#include "conflictspane.h"
#include "disputenotifier.h"
#include "disputespane.h"
#include "merchantpolicydialog.h"
#include "merchantspane.h"
#include "merchantviewlist.h"
#include "domain/approvalladder.h"
#include "homepane.h"
#include "rolenames.h"
#include "serversettingsdialog.h"
#include "settingsdialog.h"
#include "slanotifier.h"
#include "storage/database.h"
#include "sync/syncclient.h"
#include "syncstatuswidget.h"
#include "ticketdetailwidget.h"
#include "ticketspane.h"
#include "uisettings.h"
#include "userspane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace sw::ui {

MainWindow::MainWindow(storage::Database& db, const services::Actor& actor, QWidget* parent,
                       sync::SyncClient* syncClient)
    : QMainWindow(parent)
    , m_db(db)
    , m_actor(actor)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_syncClient(syncClient)
{
    // The platform appends the application display name (店务管家) to this.
    setWindowTitle(QFileInfo(m_db.path()).fileName());
    setObjectName(QStringLiteral("MainWindow")); // saveState() needs a stable name

    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(160);
    m_navigation->setMaximumWidth(260);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({170, 1200}); // the areas' names are short; the room is the pane's
    setCentralWidget(splitter);

    // The list of areas: each is shown only if the actor's roles may open it (the
    // service refuses anyway; hiding just keeps people out of dead ends).
    addPane(new HomePane(m_actor, m_db.path(), this));
    if (m_actor.can(domain::Permission::ManageUsers)) {
        m_usersPane = new UsersPane(m_db, m_actor, this);
        addPane(m_usersPane);
    }
    if (TicketsPane::isAvailableFor(m_actor)) {
        m_ticketsPane = new TicketsPane(m_db, m_actor, nullptr, this);
        addPane(m_ticketsPane);
    }
    if (AfterSalesPane::isAvailableFor(m_actor)) {
        m_afterSalesPane = new AfterSalesPane(m_db, m_actor, nullptr, this);
        addPane(m_afterSalesPane);
    }
    if (DisputesPane::isAvailableFor(m_actor)) {
        m_disputesPane = new DisputesPane(m_db, m_actor, nullptr, this);
        addPane(m_disputesPane);
    }
    if (MerchantsPane::isAvailableFor(m_actor)) {
        m_merchantsPane = new MerchantsPane(m_db, m_actor, nullptr, this);
        addPane(m_merchantsPane);
        connect(m_merchantsPane, &MerchantsPane::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        // The reviews waiting for this auditor: a count on the navigation entry, kept with
        // the pane's view counts (after every step, every sync, and hourly re-reviews).
        connect(m_merchantsPane->viewList(), &MerchantViewList::countsChanged, this, [this] {
            showCount(m_merchantsPane, m_merchantsPane->viewList()->countOf(services::MerchantView::WaitingForMe));
        });
    }
    // Every signed-in user may see their own refused changes (admins all).
    if (m_syncClient) {
        m_conflictsPane = new ConflictsPane(m_db, m_actor, this);
        addPane(m_conflictsPane);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    createMenus();
    createStatusBar();
    if (m_ticketsPane)
        connectTicketAlerts();
    if (m_afterSalesPane)
        connectApprovalAlerts();
    if (m_disputesPane)
        connectDisputes();
    if (m_syncClient)
        createSync();
    // A first start: nine tenths of the screen, at least 1200×720 where the screen has it
    // (a 1366×768 screen with its panel); restoreWindowState() brings back the user's own.
    const QRect screenRoom = screen()->availableGeometry();
    resize(std::max(std::min(1200, screenRoom.width()), screenRoom.width() * 9 / 10),
           std::max(std::min(720, screenRoom.height()), screenRoom.height() * 9 / 10));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectTicketAlerts()
{
    // SLA alerts: always in the status bar and as a badge on the navigation entry; the
    // notifier adds a desktop notification when the platform has a tray.
    SlaNotifier* notifier = m_ticketsPane->notifier();
    connect(notifier, &SlaNotifier::alert, this,
            [this](const QString& title, const QString& text) { statusBar()->showMessage(tr("%1: %2").arg(title, text), 30000); });
    connect(notifier, &SlaNotifier::badgeChanged, this, [this](int count) { showCount(m_ticketsPane, count); });
    connect(m_ticketsPane, &TicketsPane::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    notifier->setTrayEnabled(true);
    notifier->start();
}

void MainWindow::connectApprovalAlerts()
{
    // Requests waiting for this user's approval: a badge on the navigation entry, the
    // status bar, and a desktop notification when the platform has a tray.
    AfterSalesNotifier* notifier = m_afterSalesPane->notifier();
    connect(notifier, &AfterSalesNotifier::alert, this,
            [this](const QString& title, const QString& text) { statusBar()->showMessage(tr("%1: %2").arg(title, text), 30000); });
    connect(notifier, &AfterSalesNotifier::badgeChanged, this, [this](int count) { showCount(m_afterSalesPane, count); });
    connect(m_afterSalesPane, &AfterSalesPane::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // One tray icon for both kinds of alerts; only people who approve get approval alerts
    // on the desktop (the badge and status bar are there for everyone).
    if (domain::highestApprovalLevel(m_actor.roles)) {
        if (m_ticketsPane && m_ticketsPane->notifier()->trayIcon())
            notifier->useTray(m_ticketsPane->notifier()->trayIcon());
        else
            notifier->setTrayEnabled(true);
    }
    notifier->start();
}

void MainWindow::connectDisputes()
{
    // A dispute opened from a ticket or an after-sales request is shown in Disputes.
    auto show = [this](const QString& id) {
        showPane(m_disputesPane);
        m_disputesPane->showDispute(id);
    };
    if (m_ticketsPane)
        connect(m_ticketsPane->detail(), &TicketDetailWidget::disputeOpened, this, show);
    if (m_afterSalesPane)
        connect(m_afterSalesPane->detail(), &AfterSalesDetailWidget::disputeOpened, this, show);
    connect(m_disputesPane, &DisputesPane::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // Overdue disputes a lead or manager can act on: a count on the navigation entry.
    connect(m_disputesPane->notifier(), &DisputeNotifier::badgeChanged, this,
            [this](int count) { showCount(m_disputesPane, count); });
    m_disputesPane->notifier()->start();
}

void MainWindow::showCount(Pane* pane, qint64 count)
{
    if (QListWidgetItem* item = m_navigation->item(int(m_panes.indexOf(pane))))
        item->setText(count > 0 ? tr("%1 (%2)", "navigation entry (what waits there)").arg(pane->title()).arg(count)
                                : pane->title());
}

void MainWindow::addPane(Pane* pane)
{
    m_panes << pane;
    m_stack->addWidget(pane);
    auto* item = new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
    item->setSizeHint(QSize(0, 36));
}

Pane* MainWindow::currentPane() const
{
    return qobject_cast<Pane*>(m_stack->currentWidget());
}

void MainWindow::showPane(Pane* pane)
{
    const int index = m_panes.indexOf(pane);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_changePassphrase = file->addAction(tr("Change &Passphrase…"), this, &MainWindow::changePassphrase);
    // Re-keying the workstation database is as sensitive as taking a backup of it.
    m_changePassphrase->setVisible(m_actor.can(domain::Permission::BackupRestore));
    m_changePassphrase->setEnabled(m_changePassphrase->isVisible());
    file->addSeparator();
    m_signOut = file->addAction(tr("Sign &Out"), this, [this] {
        saveWindowState();
        Q_EMIT signOutRequested();
    });
    m_quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_copy = edit->addAction(tr("&Copy"), this, [this] {
        if (Pane* pane = currentPane())
            pane->copySelection();
    });
    m_copy->setShortcut(QKeySequence::Copy);
    // Only while the pane has focus: a focused line edit keeps its own Ctrl+C.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stack->addAction(m_copy);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (Pane* pane = currentPane())
            pane->refresh();
    });
    m_refresh->setShortcut(QKeySequence::Refresh);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_language = settingsMenu->addAction(tr("&Language…"), this, &MainWindow::showSettings);
    m_language->setMenuRole(QAction::PreferencesRole);
    // Everyone may look at the calendar; the dialog is read-only without ManageSettings.
    m_calendar = settingsMenu->addAction(tr("Business-Day &Calendar…"), this, &MainWindow::showCalendar);
    if (m_actor.can(domain::Permission::ManageSettings)) {
        settingsMenu->addAction(tr("After-Sales &Policy…"), this, [this] {
            auto* dialog = new AfterSalesPolicyDialog(m_db, m_actor, nullptr, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        })->setObjectName(QStringLiteral("afterSalesPolicyAction"));
        settingsMenu->addAction(tr("&Merchant Review Policy…"), this, [this] {
            auto* dialog = new MerchantPolicyDialog(m_db, m_actor, nullptr, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        })->setObjectName(QStringLiteral("merchantPolicyAction"));
    }
    if (m_syncClient) {
        m_serverSettings =
            settingsMenu->addAction(tr("Sync &Server…"), this, &MainWindow::showServerSettings);
        // F9 like "send/receive" in mail clients: F5 is already View → Refresh.
        m_syncNow = view->addAction(tr("&Sync Now"));
        m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Shopwarden"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(tr("%1 (%2)").arg(m_actor.displayName, m_actor.login), this);
    m_userLabel->setToolTip(tr("Signed-in user"));
    m_rolesLabel = new QLabel(roleList(m_actor.roles), this);
    m_rolesLabel->setToolTip(tr("Roles of the signed-in user"));
    m_databaseLabel = new QLabel(QFileInfo(m_db.path()).fileName(), this);
    m_databaseLabel->setToolTip(tr("Database file: %1").arg(QDir::toNativeSeparators(m_db.path())));
    for (QLabel* label : {m_userLabel, m_rolesLabel, m_databaseLabel})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_rolesLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::createSync()
{
    m_syncStatus = new SyncStatusWidget(this);
    m_syncStatus->setClient(m_syncClient);
    statusBar()->insertPermanentWidget(0, m_syncStatus);
    connect(m_syncNow, &QAction::triggered, m_syncStatus, &SyncStatusWidget::syncNow);
    // The pane counts the conflicts this user may see (admins: everyone's); the client
    // counts by its server account, which may not be signed in yet. One source: the pane.
    disconnect(m_syncClient, &sync::SyncClient::conflictsChanged, m_syncStatus,
               &SyncStatusWidget::setConflicts);
    connect(m_syncStatus, &SyncStatusWidget::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_syncStatus, &SyncStatusWidget::conflictsClicked, this, [this] { showPane(m_conflictsPane); });
    connect(m_conflictsPane, &ConflictsPane::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // The number of open conflicts changed (a push was refused, one was resolved
    // elsewhere): re-read the pane, which then updates the counts.
    connect(m_syncClient, &sync::SyncClient::conflictsChanged, m_conflictsPane, &ConflictsPane::refresh);
    connect(m_conflictsPane, &ConflictsPane::loaded, m_syncStatus, &SyncStatusWidget::setConflicts);
    // Rows from the server: the panes show them without waiting for F5.
    connect(m_syncClient, &sync::SyncClient::rowsArrived, this, [this] {
        for (Pane* pane : std::as_const(m_panes)) {
            if (pane != m_conflictsPane)
                pane->refresh();
        }
    });
    connect(m_conflictsPane, &ConflictsPane::loaded, this, [this](int open) { showCount(m_conflictsPane, open); });
}

void MainWindow::showServerSettings()
{
    auto* dialog = new ServerSettingsDialog(m_db, m_syncClient, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::saveWindowState()
{
    QSettings store;
    store.setValue(settings::mainWindowGeometryKey(), saveGeometry());
    store.setValue(settings::mainWindowStateKey(), saveState());
}

void MainWindow::restoreWindowState()
{
    const QSettings store;
    restoreGeometry(store.value(settings::mainWindowGeometryKey()).toByteArray());
    restoreState(store.value(settings::mainWindowStateKey()).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::changePassphrase()
{
    auto* dialog = new ChangePassphraseDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("The database passphrase was changed."), 8000); });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showCalendar()
{
    auto* dialog = new CalendarDialog(m_db, m_actor, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Working-day SLA due times may have moved with the calendar.
    connect(dialog, &QDialog::finished, m_refresh, &QAction::trigger);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Shopwarden"),
                       tr("<h3>Shopwarden (店务管家) %1</h3>"
                          "<p>Back office for an e-commerce platform's service staff: tickets, after-sales, "
                          "merchant reviews, product audits, training and KPIs.</p>"
                          "<p>Data is kept in an encrypted SQLCipher database on this computer.</p>")
                           .arg(QString::fromLatin1(applicationVersion())));
}

} // namespace sw::ui
