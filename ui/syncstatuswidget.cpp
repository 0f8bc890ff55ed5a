#include "syncstatuswidget.h"

#include "clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <climits>

namespace sw::ui {

using State = sync::SyncClient::State;

SyncStatusWidget::SyncStatusWidget(QWidget* parent, const Clock* clock)
    : QWidget(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_icon(new QLabel(this))
    , m_stateText(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_syncNow(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    m_conflicts->setAutoRaise(true);
    m_conflicts->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflicts->setToolTip(tr("Changes the server refused; click to review them"));
    m_conflicts->hide();
    m_syncNow->setAutoRaise(true);
    m_syncNow->setText(tr("Sync Now"));
    m_syncNow->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->hide();
    m_cancel->setAutoRaise(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop downloading; what was already downloaded is kept"));
    m_cancel->hide();
    m_pending->setToolTip(tr("Changes made on this computer that the server has not received yet"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(14); // the parts read as separate items, not one sentence
    auto* state = new QHBoxLayout;
    state->setSpacing(4);
    state->addWidget(m_icon);
    state->addWidget(m_stateText);
    layout->addLayout(state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_syncNow);

    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsClicked);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNow);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_client)
            m_client->cancel();
        m_cancel->setEnabled(false); // the pull stops after the current page
    });
    // "5 minutes ago" has to move on by itself.
    m_tick->setInterval(30000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusWidget::updateLastSync);
    m_tick->start();

    setState(State::NotConfigured);
    setPending(0);
}

void SyncStatusWidget::setClient(sync::SyncClient* client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (!client) {
        setState(State::NotConfigured);
        setPending(0);
        setConflicts(0);
        return;
    }
    connect(client, &sync::SyncClient::stateChanged, this, &SyncStatusWidget::setState);
    connect(client, &sync::SyncClient::pendingChangesChanged, this, &SyncStatusWidget::setPending);
    connect(client, &sync::SyncClient::conflictsChanged, this, &SyncStatusWidget::setConflicts);
    connect(client, &sync::SyncClient::progress, this, &SyncStatusWidget::setProgress);
    connect(client, &sync::SyncClient::indexing, this, &SyncStatusWidget::showIndexing);
    connect(client, &sync::SyncClient::syncFinished, this, &SyncStatusWidget::finished);
    connect(client, &sync::SyncClient::signInFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("Signing in to the sync server failed: %1").arg(message));
    });
    m_lastSyncAt = client->lastSyncAt();
    setPending(client->pendingChanges());
    setState(client->state());
}

QString SyncStatusWidget::stateText(State state)
{
    switch (state) {
    case State::NotConfigured:
        return tr("Not configured", "sync state");
    case State::SignedOut:
        return tr("Not signed in", "sync state");
    case State::SigningIn:
        return tr("Signing in…", "sync state");
    case State::Pushing:
    case State::Pulling:
        return tr("Syncing…", "sync state");
    case State::Offline:
        return tr("Offline", "sync state");
    case State::Failed:
        return tr("Sync failed", "sync state");
    case State::Idle:
        break;
    }
    return tr("Synced", "sync state");
}

QString SyncStatusWidget::relativeTime(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return QString();
    const qint64 secs = qMax<qint64>(0, at.secsTo(now));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(secs / 3600));
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

bool SyncStatusWidget::canSyncNow() const
{
    return m_client && m_state != State::NotConfigured && m_state != State::SignedOut;
}

QString SyncStatusWidget::whyNoSync() const
{
    if (!m_client || m_state == State::NotConfigured)
        return tr("No sync server is set up for this workstation (Settings → Sync Server…).");
    if (m_state == State::SignedOut)
        return tr("Not signed in to the sync server: sign in under Settings → Sync Server….");
    return QString();
}

void SyncStatusWidget::syncNow()
{
    // View → Sync Now (F9) stays enabled so that it can say why nothing happens.
    if (!canSyncNow()) {
        Q_EMIT statusMessage(whyNoSync());
        return;
    }
    Q_EMIT syncNowRequested();
    m_client->syncNow();
}

void SyncStatusWidget::setState(State state)
{
    m_state = state;
    // The client stores the error that came with this state before it signals.
    m_lastError = m_client ? m_client->lastError() : QString();
    showState();
}

void SyncStatusWidget::showState()
{
    const State state = m_state;
    m_stateText->setText(stateText(state));
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (state) {
    case State::Idle:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::SigningIn:
    case State::Pushing:
    case State::Pulling:
        icon = QStyle::SP_BrowserReload;
        break;
    case State::Offline:
    case State::Failed:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::NotConfigured:
    case State::SignedOut:
        break;
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    const bool busy = state == State::SigningIn || state == State::Pushing || state == State::Pulling;
    const bool usable = canSyncNow();
    m_syncNow->setEnabled(usable && !busy);
    m_syncNow->setToolTip(usable ? tr("Upload local changes and download the server's changes now (F9)")
                                 : whyNoSync());
    if (state != State::Pulling) {
        m_progress->hide();
        m_cancel->hide();
    }
    // Why it is offline / failed / signed out (a refused sign-in, an ended session); else
    // what to do next.
    QString tip;
    if ((state == State::Failed || state == State::Offline || state == State::SignedOut) &&
        !m_lastError.isEmpty())
        tip = m_lastError;
    else if (!usable)
        tip = whyNoSync();
    m_stateText->setToolTip(tip);
    m_icon->setToolTip(tip);
    updateLastSync();
}

void SyncStatusWidget::setPending(qint64 count)
{
    m_pending->setText(tr("%n change(s) to upload", nullptr, int(qMin<qint64>(count, INT_MAX))));
    m_pending->setVisible(count > 0);
}

void SyncStatusWidget::setConflicts(int open)
{
    m_conflicts->setText(tr("%n conflict(s)", nullptr, open));
    m_conflicts->setVisible(open > 0);
}

void SyncStatusWidget::setProgress(qint64 done, qint64 estimated)
{
    // Only a pull reports progress; a short one is over before this matters.
    if (estimated > 0) {
        // QProgressBar is int-based; scale to permille so huge pulls fit.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / estimated, qint64(1000))));
        m_progress->setFormat(
            tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(estimated)));
    } else {
        m_progress->setRange(0, 0); // busy indicator: the size is unknown
        m_progress->setFormat(tr("%1 rows").arg(QLocale().toString(done)));
    }
    m_progress->setTextVisible(true);
    m_progress->setToolTip(QString());
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void SyncStatusWidget::showIndexing()
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Building the search index…"));
    m_progress->setTextVisible(true);
    m_progress->setToolTip(tr("The downloaded tickets become searchable and get their due times; this "
                              "last step cannot be cancelled."));
    m_progress->show();
    m_cancel->setEnabled(false);
    m_cancel->show();
}

void SyncStatusWidget::finished(bool ok, const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    if (ok) {
        m_lastError.clear();
        m_lastSyncAt = m_client ? m_client->lastSyncAt() : m_clock->now();
        if (!m_lastSyncAt.isValid())
            m_lastSyncAt = m_clock->now();
    } else {
        m_lastError = message;
        // In the status bar, never a message box: the periodic sync would pop one up
        // every few minutes while the server is down.
        Q_EMIT statusMessage(message.isEmpty() ? tr("Sync failed.") : tr("Sync failed: %1").arg(message));
    }
    showState();
}

void SyncStatusWidget::updateLastSync()
{
    if (!m_lastSyncAt.isValid()) {
        m_lastSync->setText(m_client && m_state != State::NotConfigured ? tr("never synced") : QString());
        m_lastSync->setToolTip(QString());
        return;
    }
    m_lastSync->setText(tr("last sync %1").arg(relativeTime(m_lastSyncAt, m_clock->now())));
    m_lastSync->setToolTip(tr("Last complete sync: %1")
                               .arg(QLocale().toString(m_lastSyncAt.toLocalTime(), QLocale::LongFormat)));
}

} // namespace sw::ui
