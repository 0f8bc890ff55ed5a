#pragma once

// The sync corner of the main window's status bar: state icon and text, last sync time
// (relative; the tooltip has the exact time), changes waiting to be uploaded, open
// conflicts (a link to the conflicts pane), "Sync now", and during a long pull a
// progress bar with Cancel. It only listens to SyncClient's signals and calls its
// slots, so nothing here waits on the network or the database.

#include "sync/syncclient.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace sw {
class Clock;
}

namespace sw::ui {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr, const Clock* clock = nullptr);

    // nullptr: sync is not available (shown as "Not configured").
    void setClient(sync::SyncClient* client);
    sync::SyncClient* client() const { return m_client; }

    // The short state text shown beside the icon (未配置 / 未登录 / 同步中 / 离线 / 已同步 …).
    static QString stateText(sync::SyncClient::State state);
    // "just now", "5 minutes ago", … relative to `now`; empty for an invalid time.
    static QString relativeTime(const QDateTime& at, const QDateTime& now);

    sync::SyncClient::State state() const { return m_state; }

    // Test-facing accessors.
    QLabel* stateLabel() const { return m_stateText; }
    QLabel* lastSyncLabel() const { return m_lastSync; }
    QLabel* pendingLabel() const { return m_pending; }
    QToolButton* conflictsButton() const { return m_conflicts; }
    QToolButton* syncNowButton() const { return m_syncNow; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolButton* cancelButton() const { return m_cancel; }

public Q_SLOTS:
    // Asks the client to sync at once (also the View → Sync Now action); without a
    // server or a server sign-in, says so in the status bar instead.
    void syncNow();
    // The open-conflicts count from elsewhere too (the conflicts pane counts at start;
    // the client only reports changes).
    void setConflicts(int open);

Q_SIGNALS:
    void conflictsClicked();
    void syncNowRequested();
    // A translated line for the status bar (sync errors, "Sync finished").
    void statusMessage(const QString& text);

private:
    bool canSyncNow() const;
    QString whyNoSync() const;
    void setState(sync::SyncClient::State state);
    void showState();
    void setPending(qint64 count);
    void setProgress(qint64 done, qint64 estimated);
    // The last step of a large pull: a busy bar saying what happens, no Cancel.
    void showIndexing();
    void finished(bool ok, const QString& message);
    void updateLastSync();

    const Clock* m_clock;
    QPointer<sync::SyncClient> m_client;
    sync::SyncClient::State m_state = sync::SyncClient::State::NotConfigured;
    QDateTime m_lastSyncAt;
    QString m_lastError;
    QLabel* m_icon;
    QLabel* m_stateText;
    QLabel* m_lastSync;
    QLabel* m_pending;
    QToolButton* m_conflicts;
    QToolButton* m_syncNow;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QTimer* m_tick;
};

} // namespace sw::ui
