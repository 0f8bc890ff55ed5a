#pragma once

// The main window: a navigation list of the areas the signed-in user's roles may
// open, one Pane per area in a stack, menus with the standard shortcuts, and a
// status bar saying who is signed in, with which roles, on which database.

#include "services/actor.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sw::storage {
class Database;
}
namespace sw::sync {
class SyncClient;
}

namespace sw::ui {

class AfterSalesPane;
class ConflictsPane;
class DisputesPane;
class MerchantsPane;
class Pane;
class SyncStatusWidget;
class TicketsPane;
class UsersPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `syncClient` (owned by the caller, may be nullptr; it may be deleted before the
    // window): adds the sync status, the Sync Now / Sync Server actions and the
    // conflicts pane.
    MainWindow(storage::Database& db, const services::Actor& actor, QWidget* parent = nullptr,
               sync::SyncClient* syncClient = nullptr);
    ~MainWindow() override;

    const services::Actor& actor() const { return m_actor; }
    Pane* currentPane() const;
    void showPane(Pane* pane);
    QList<Pane*> panes() const { return m_panes; }

    // Test-facing accessors.
    QListWidget* navigation() const { return m_navigation; }
    QStackedWidget* stack() const { return m_stack; }
    UsersPane* usersPane() const { return m_usersPane; } // nullptr unless the actor may manage users
    TicketsPane* ticketsPane() const { return m_ticketsPane; } // nullptr unless the actor works with tickets
    AfterSalesPane* afterSalesPane() const { return m_afterSalesPane; } // nullptr unless the actor reads requests
    DisputesPane* disputesPane() const { return m_disputesPane; } // nullptr unless the actor reads disputes
    MerchantsPane* merchantsPane() const { return m_merchantsPane; } // auditors, managers, admins
    QLabel* userStatusLabel() const { return m_userLabel; }
    QLabel* rolesStatusLabel() const { return m_rolesLabel; }
    QLabel* databaseStatusLabel() const { return m_databaseLabel; }
    QAction* changePassphraseAction() const { return m_changePassphrase; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* quitAction() const { return m_quit; }
    QAction* copyAction() const { return m_copy; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* languageAction() const { return m_language; }
    QAction* calendarAction() const { return m_calendar; }
    // Sync (nullptr without a SyncClient).
    ConflictsPane* conflictsPane() const { return m_conflictsPane; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* serverSettingsAction() const { return m_serverSettings; }

    // Geometry and dock/toolbar state to QSettings (also done on close and sign-out).
    void saveWindowState();

Q_SIGNALS:
    // The user chose File → Sign out; the owner shows the login dialog again.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPane(Pane* pane);
    // The pane's navigation entry with what waits there ("Disputes (2)"), or its bare
    // title when nothing does.
    void showCount(Pane* pane, qint64 count);
    void connectTicketAlerts();
    void connectApprovalAlerts();
    void connectDisputes();
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void changePassphrase();
    void showSettings();
    void showCalendar();
    void createSync();
    void showServerSettings();
    void showAbout();

    storage::Database& m_db;
    services::Actor m_actor;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<Pane*> m_panes;
    UsersPane* m_usersPane = nullptr;
    TicketsPane* m_ticketsPane = nullptr;
    AfterSalesPane* m_afterSalesPane = nullptr;
    DisputesPane* m_disputesPane = nullptr;
    MerchantsPane* m_merchantsPane = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_rolesLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QAction* m_changePassphrase = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_language = nullptr;
    QAction* m_calendar = nullptr;
    QPointer<sync::SyncClient> m_syncClient;
    ConflictsPane* m_conflictsPane = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_serverSettings = nullptr;
};

} // namespace sw::ui
