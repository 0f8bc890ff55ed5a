// UsersPane with a real encrypted database and a real UserService: every action is
// driven through the real widgets (toolbar actions, UserEditDialog, ResetPasswordDialog)
// and its effect is checked through the service, not through the widgets alone.

#include "mainwindow.h"
#include "resetpassworddialog.h"
#include "services/authservice.h"
#include "support/servicefixture.h"
#include "uitestsupport.h"
#include "usereditdialog.h"
#include "userspane.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using sw::domain::Role;
using sw::models::UserTableModel;
using sw::ui::UserEditDialog;
using sw::ui::UsersPane;

class TestUsersPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsUsersWithReadableColumns();
    void createUserThroughDialog();
    void separationOfDutyWarning();
    void serviceRefusalStaysInDialog();
    void editRoles();
    void enterOpensEditor();
    void deactivateAndActivate();
    void cannotDeactivateYourself();
    void resetPasswordThenSignIn();
    void filterMatchesLoginAndName();
    void copyPutsSelectedRowsOnClipboard();
    void nonAdminHasNoUsersPane();

private:
    void createUser(const QString& login, const QString& name, const QList<Role>& roles,
                    const QString& password);
    int proxyRowOf(const QString& login) const;
    bool select(const QString& login);
    sw::services::UserInfo userByLogin(const QString& login);
    static void tick(QCheckBox* box, bool on);

    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
    UsersPane* m_pane = nullptr;
};

void TestUsersPane::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
}

void TestUsersPane::init()
{
    m_pane = new UsersPane(m_fixture.db(), m_admin);
    m_pane->resize(1000, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestUsersPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
}

void TestUsersPane::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestUsersPane::tick(QCheckBox* box, bool on)
{
    QVERIFY(box);
    if (box->isChecked() != on)
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QCOMPARE(box->isChecked(), on);
}

int TestUsersPane::proxyRowOf(const QString& login) const
{
    QSortFilterProxyModel* proxy = m_pane->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, UserTableModel::Login).data().toString() == login)
            return row;
    }
    return -1;
}

bool TestUsersPane::select(const QString& login)
{
    const int row = proxyRowOf(login);
    if (row < 0)
        return false;
    QTableView* view = m_pane->tableView();
    const QRect rect = view->visualRect(view->model()->index(row, UserTableModel::DisplayName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return m_pane->selectedUser() && m_pane->selectedUser()->login == login;
}

sw::services::UserInfo TestUsersPane::userByLogin(const QString& login)
{
    auto users = sw::services::UserService(m_fixture.db(), m_admin).list();
    if (users.ok()) {
        for (const auto& user : users.value()) {
            if (user.login == login)
                return user;
        }
    }
    return {};
}

void TestUsersPane::createUser(const QString& login, const QString& name, const QList<Role>& roles,
                               const QString& password)
{
    QSignalSpy saved(m_pane, &UsersPane::userSaved);
    m_pane->newUserAction()->trigger();
    auto* dialog = qobject_cast<UserEditDialog*>(m_pane->activeDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->okButton()->isEnabled());

    QTest::keyClicks(dialog->loginEdit(), login);
    QTest::keyClicks(dialog->displayNameEdit(), name);
    for (Role role : roles)
        tick(dialog->roleCheckBox(role), true);
    QTest::keyClicks(dialog->passwordEdit(), password);
    QVERIFY(!dialog->okButton()->isEnabled()); // confirmation still missing
    QTest::keyClicks(dialog->passwordConfirmEdit(), password);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->hintLabel()->text()));

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy()); // hashing the password runs off the GUI thread
    QVERIFY(saved.wait(swtest::kSlowWorkTimeoutMs));
}

void TestUsersPane::listsUsersWithReadableColumns()
{
    QTableView* view = m_pane->tableView();
    QCOMPARE(view->model()->columnCount(), int(UserTableModel::ColumnCount));
    QVERIFY(view->alternatingRowColors());
    QVERIFY(view->isSortingEnabled());
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(proxyRowOf(QStringLiteral("admin")) >= 0);
    for (int column = 0; column < UserTableModel::ColumnCount - 1; ++column)
        QVERIFY2(view->columnWidth(column) > 20, qPrintable(QString::number(column)));

    // Nothing selected: only New and Refresh make sense.
    m_pane->tableView()->clearSelection();
    QVERIFY(m_pane->newUserAction()->isEnabled());
    QVERIFY(m_pane->refreshAction()->isEnabled());
    QVERIFY(!m_pane->editAction()->isEnabled());
    QVERIFY(!m_pane->resetPasswordAction()->isEnabled());
    QVERIFY(!m_pane->toggleActiveAction()->isEnabled());
    QVERIFY(!m_pane->unlockAction()->isEnabled());
}

void TestUsersPane::createUserThroughDialog()
{
    createUser(QStringLiteral("agent7"), QStringLiteral("Zhang Wei"), {Role::Agent},
               QStringLiteral("agent7-pass"));

    // In the table, and selected.
    QVERIFY(proxyRowOf(QStringLiteral("agent7")) >= 0);
    QVERIFY(m_pane->selectedUser());
    QCOMPARE(m_pane->selectedUser()->login, QStringLiteral("agent7"));
    const int row = proxyRowOf(QStringLiteral("agent7"));
    QCOMPARE(m_pane->proxyModel()->index(row, UserTableModel::DisplayName).data().toString(),
             QStringLiteral("Zhang Wei"));
    QCOMPARE(m_pane->proxyModel()->index(row, UserTableModel::Roles).data().toString(),
             sw::domain::roleDisplayName(Role::Agent));

    // And in the database, with the password typed in the dialog.
    const auto user = userByLogin(QStringLiteral("agent7"));
    QCOMPARE(user.roles, QList<Role>{Role::Agent});
    QVERIFY(user.active);
    auto actor = sw::services::AuthService(m_fixture.db())
                     .login(QStringLiteral("agent7"), QStringLiteral("agent7-pass"));
    QVERIFY2(actor.ok(), qPrintable(actor.message()));
}

void TestUsersPane::separationOfDutyWarning()
{
    m_pane->newUserAction()->trigger();
    auto* dialog = qobject_cast<UserEditDialog*>(m_pane->activeDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->loginEdit(), QStringLiteral("boss2"));
    QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Chen Lihua"));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("boss2-pass"));
    QTest::keyClicks(dialog->passwordConfirmEdit(), QStringLiteral("boss2-pass"));

    QLabel* warning = dialog->separationOfDutyWarning();
    QVERIFY(!warning->isVisible());
    tick(dialog->roleCheckBox(Role::Admin), true);
    QVERIFY(!warning->isVisible());
    tick(dialog->roleCheckBox(Role::Manager), true);
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->text().isEmpty());
    QVERIFY(dialog->okButton()->isEnabled()); // a warning, not a block
    tick(dialog->roleCheckBox(Role::Admin), false);
    QVERIFY(!warning->isVisible());
    dialog->reject();
}

void TestUsersPane::serviceRefusalStaysInDialog()
{
    // "admin" is taken: the form is valid, the service refuses, the dialog stays open
    // and shows why.
    QSignalSpy saved(m_pane, &UsersPane::userSaved);
    m_pane->newUserAction()->trigger();
    auto* dialog = qobject_cast<UserEditDialog*>(m_pane->activeDialog());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->loginEdit(), QStringLiteral("ADMIN"));
    QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Second Admin"));
    tick(dialog->roleCheckBox(Role::Agent), true);
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("admin2-pass"));
    QTest::keyClicks(dialog->passwordConfirmEdit(), QStringLiteral("admin2-pass"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), swtest::kSlowWorkTimeoutMs);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY(!dialog->errorLabel()->text().isEmpty());
    QCOMPARE(saved.count(), 0);
    dialog->reject();
}

void TestUsersPane::editRoles()
{
    if (proxyRowOf(QStringLiteral("agent7")) < 0)
        createUser(QStringLiteral("agent7"), QStringLiteral("Zhang Wei"), {Role::Agent},
                   QStringLiteral("agent7-pass"));
    QVERIFY(select(QStringLiteral("agent7")));
    QVERIFY(m_pane->editAction()->isEnabled());

    QSignalSpy saved(m_pane, &UsersPane::userSaved);
    m_pane->editAction()->trigger();
    auto* dialog = qobject_cast<UserEditDialog*>(m_pane->activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    QVERIFY(dialog->loginEdit()->isReadOnly());
    QCOMPARE(dialog->loginEdit()->text(), QStringLiteral("agent7"));
    QVERIFY(!dialog->passwordEdit()->isVisible()); // passwords are reset, not edited
    QVERIFY(dialog->roleCheckBox(Role::Agent)->isChecked());
    tick(dialog->roleCheckBox(Role::Lead), true);
    dialog->displayNameEdit()->clear();
    QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Zhang Wei (lead)"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(swtest::kSlowWorkTimeoutMs));

    const auto user = userByLogin(QStringLiteral("agent7"));
    QCOMPARE(user.roles, (QList<Role>{Role::Agent, Role::Lead}));
    QCOMPARE(user.displayName, QStringLiteral("Zhang Wei (lead)"));
    QCOMPARE(m_pane->selectedUser()->id, user.id); // the edited row stays selected
}

void TestUsersPane::enterOpensEditor()
{
    QVERIFY(select(QStringLiteral("admin")));
    m_pane->tableView()->setFocus();
    QTest::keyClick(m_pane->tableView(), Qt::Key_Return);
    auto* dialog = qobject_cast<UserEditDialog*>(m_pane->activeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->loginEdit()->text(), QStringLiteral("admin"));
    dialog->reject();
}

void TestUsersPane::deactivateAndActivate()
{
    if (proxyRowOf(QStringLiteral("agent8")) < 0)
        createUser(QStringLiteral("agent8"), QStringLiteral("Liu Yang"), {Role::Agent},
                   QStringLiteral("agent8-pass"));
    QVERIFY(select(QStringLiteral("agent8")));
    QVERIFY(m_pane->toggleActiveAction()->isEnabled());
    const QString deactivateText = m_pane->toggleActiveAction()->text();

    m_pane->toggleActiveAction()->trigger();
    QVERIFY(!userByLogin(QStringLiteral("agent8")).active);
    QCOMPARE(m_pane->selectedUser()->login, QStringLiteral("agent8"));
    QVERIFY(m_pane->toggleActiveAction()->text() != deactivateText); // now offers "Activate"
    auto refused = sw::services::AuthService(m_fixture.db())
                       .login(QStringLiteral("agent8"), QStringLiteral("agent8-pass"));
    QVERIFY(!refused.ok());

    m_pane->toggleActiveAction()->trigger();
    QVERIFY(userByLogin(QStringLiteral("agent8")).active);
    QCOMPARE(m_pane->toggleActiveAction()->text(), deactivateText);
}

void TestUsersPane::cannotDeactivateYourself()
{
    QVERIFY(select(QStringLiteral("admin")));
    QVERIFY(!m_pane->toggleActiveAction()->isEnabled());
    QVERIFY(m_pane->editAction()->isEnabled());
    // Even if the action were reachable, the service refuses and the pane says why.
    const auto status = sw::services::UserService(m_fixture.db(), m_admin).setActive(m_admin.userId, false);
    QVERIFY(!status.ok());
    QVERIFY(userByLogin(QStringLiteral("admin")).active);
}

void TestUsersPane::resetPasswordThenSignIn()
{
    if (proxyRowOf(QStringLiteral("agent9")) < 0)
        createUser(QStringLiteral("agent9"), QStringLiteral("Zhao Lei"), {Role::Agent},
                   QStringLiteral("agent9-pass"));
    QVERIFY(select(QStringLiteral("agent9")));

    QSignalSpy saved(m_pane, &UsersPane::userSaved);
    m_pane->resetPasswordAction()->trigger();
    auto* dialog = qobject_cast<sw::ui::ResetPasswordDialog*>(m_pane->activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("fresh-pass-9"));
    QTest::keyClicks(dialog->passwordConfirmEdit(), QStringLiteral("fresh-pass-8"));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->passwordConfirmEdit()->clear();
    QTest::keyClicks(dialog->passwordConfirmEdit(), QStringLiteral("fresh-pass-9"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(saved.wait(swtest::kSlowWorkTimeoutMs));

    sw::services::AuthService auth(m_fixture.db());
    QVERIFY(!auth.login(QStringLiteral("agent9"), QStringLiteral("agent9-pass")).ok());
    auto actor = auth.login(QStringLiteral("agent9"), QStringLiteral("fresh-pass-9"));
    QVERIFY2(actor.ok(), qPrintable(actor.message()));
}

void TestUsersPane::filterMatchesLoginAndName()
{
    if (proxyRowOf(QStringLiteral("agent8")) < 0)
        createUser(QStringLiteral("agent8"), QStringLiteral("Liu Yang"), {Role::Agent},
                   QStringLiteral("agent8-pass"));
    const int all = m_pane->proxyModel()->rowCount();
    QVERIFY(all >= 2);
    QTest::keyClicks(m_pane->filterEdit(), QStringLiteral("agent8"));
    QCOMPARE(m_pane->proxyModel()->rowCount(), 1);
    m_pane->filterEdit()->clear();
    QTest::keyClicks(m_pane->filterEdit(), QStringLiteral("liu y")); // display name, any case
    QCOMPARE(m_pane->proxyModel()->rowCount(), 1);
    QCOMPARE(m_pane->proxyModel()->index(0, UserTableModel::Login).data().toString(),
             QStringLiteral("agent8"));
    m_pane->filterEdit()->clear();
    QCOMPARE(m_pane->proxyModel()->rowCount(), all);
}

void TestUsersPane::copyPutsSelectedRowsOnClipboard()
{
    QVERIFY(select(QStringLiteral("admin")));
    QApplication::clipboard()->clear();
    QVERIFY(m_pane->copySelection());
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("admin\t")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 2); // header and one row
}

void TestUsersPane::nonAdminHasNoUsersPane()
{
    for (const QList<Role>& roles : {QList<Role>{Role::Manager}, QList<Role>{Role::Agent, Role::Lead}}) {
        const sw::services::Actor actor{QStringLiteral("22222222-2222-4222-8222-222222222222"),
                                        QStringLiteral("someone"),
                                        QStringLiteral("Someone"),
                                        {},
                                        roles};
        sw::ui::MainWindow window(m_fixture.db(), actor);
        QVERIFY(!window.usersPane());
        // No Users entry (ui_mainwindow checks the whole list for every role combination).
        QVERIFY(window.navigation()->findItems(QStringLiteral("Users"), Qt::MatchExactly).isEmpty());
    }
    sw::ui::MainWindow adminWindow(m_fixture.db(), m_admin);
    QVERIFY(adminWindow.usersPane());
    QCOMPARE(adminWindow.navigation()->findItems(QStringLiteral("Users"), Qt::MatchExactly).size(), 1);
}

QTEST_MAIN(TestUsersPane)
#include "tst_userspane.moc"
