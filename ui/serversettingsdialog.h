#pragma once

// Settings → Sync Server…: where this workstation syncs to (server URL, optional CA
// certificate, interval) and signing in to / out of that server with the current
// user's own account. The settings are workstation-local (SyncClient::saveSettings,
// local_state) and hold nothing secret; the password is used for one sign-in request
// and cleared from the form at once. Signing in stores the form's settings first. Only
// administrators (ManageSettings) may change the server; everyone may sign in and out.

#include "services/actor.h"
#include "sync/syncclient.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sw::storage {
class Database;
}

namespace sw::ui {

class ServerSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class UrlCheck { Empty, Invalid, Https, Http };
    Q_ENUM(UrlCheck)

    // `client` may be nullptr (then signing in is not offered).
    ServerSettingsDialog(storage::Database& db, sync::SyncClient* client, const services::Actor& actor,
                         QWidget* parent = nullptr);

    // Empty is allowed (sync off); scheme://host[:port] only; http only with the explicit
    // "unencrypted" tick.
    static UrlCheck checkUrl(const QString& text);
    // The CA file's subject and expiry for display, or why it cannot be used.
    static QString describeCertificate(const QString& path, bool* usable = nullptr);

    sync::SyncClient::Settings settings() const;

    // Test-facing accessors.
    QLineEdit* urlEdit() const { return m_url; }
    QLabel* urlProblemLabel() const { return m_urlProblem; }
    QCheckBox* allowHttpBox() const { return m_allowHttp; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QLabel* caInfoLabel() const { return m_caInfo; }
    QSpinBox* intervalMinutesBox() const { return m_interval; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* signOutButton() const { return m_signOut; }
    QLabel* accountLabel() const { return m_account; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* okButton() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    // After the settings were stored (OK or Sign In); `ok` false if storing failed (shown inline).
    void saved(bool ok);

private:
    void validate();
    void updateCertificate();
    void browseCertificate();
    void signIn();
    void updateAccount();
    void fitHeight();
    // Stores settings() off the GUI thread, configures the client, then calls `then`.
    void store(std::function<void(bool ok)> then);

    storage::Database& m_db;
    QPointer<sync::SyncClient> m_client;
    services::Actor m_actor;
    bool m_canEdit; // the server part; signing in and out is for everyone
    QLineEdit* m_url;
    QLabel* m_urlProblem;
    QCheckBox* m_allowHttp;
    QLineEdit* m_caFile;
    QLabel* m_caInfo;
    QSpinBox* m_interval;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QPushButton* m_signOut;
    QLabel* m_account;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QTimer* m_fitTimer;
    bool m_busy = false;
    int m_fittedHeight = -1;
};

} // namespace sw::ui
