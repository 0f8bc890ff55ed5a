#include "userspane.h"

#include "clock.h"
#include "messages.h"
#include "resetpassworddialog.h"
#include "usereditdialog.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sw::ui {

using models::UserTableModel;

namespace {

// The filter box matches login and display name only: matching "经理" against the
// roles column would list every manager, which is what sorting is for.
class UserFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int column : {int(UserTableModel::Login), int(UserTableModel::DisplayName)}) {
            const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
            if (index.data(Qt::DisplayRole).toString().contains(re))
                return true;
        }
        return false;
    }
};

} // namespace

UsersPane::UsersPane(storage::Database& db, const services::Actor& actor, QWidget* parent)
    : Pane(parent)
    , m_db(db)
    , m_actor(actor)
    , m_service(db, actor)
    , m_model(new UserTableModel(m_service, this))
    , m_proxy(new UserFilterProxy(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserTableModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by login or name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString& text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(text.trimmed()),
                                                               QRegularExpression::CaseInsensitiveOption));
    });

    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::Login, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);

    createActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);
    m_filter->setMinimumWidth(220);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPane::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPane::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditDialog(); });

    refresh();
}

UsersPane::~UsersPane() = default;

QString UsersPane::title() const
{
    return tr("Users");
}

QIcon UsersPane::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void UsersPane::createActions()
{
    m_newUser = m_toolBar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New User…"), this,
                                     [this] { openNewUserDialog(); });
    m_newUser->setShortcut(QKeySequence::New);
    m_newUser->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newUser->setToolTip(
        tr("Create a user (%1)").arg(m_newUser->shortcut().toString(QKeySequence::NativeText)));

    m_edit = m_toolBar->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Edit…"),
                                  this, [this] { openEditDialog(); });
    // Enter on the table; the view itself would otherwise swallow it.
    m_edit->setShortcut(QKeySequence(Qt::Key_Return));
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_edit);
    m_edit->setToolTip(tr("Edit the selected user (Enter or double-click)"));

    m_toggleActive = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogNoButton), tr("&Deactivate"),
                                          this, &UsersPane::toggleActive);
    m_resetPassword =
        m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogResetButton), tr("&Reset Password…"),
                             this, [this] { openResetPasswordDialog(); });
    m_unlock = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Unlock"), this,
                                    &UsersPane::unlockSelected);
    m_unlock->setToolTip(tr("Lift the sign-in lock after too many failed attempts"));
    m_toolBar->addSeparator();
    m_refresh = m_toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this,
                                     &UsersPane::refresh);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Ctrl+N works anywhere in the pane, not only when the toolbar has focus.
    addAction(m_newUser);
}

void UsersPane::refresh()
{
    const auto current = selectedUser();
    reloadAndSelect(current ? current->id : QString());
}

void UsersPane::reloadAndSelect(const QString& userId)
{
    const Status status = m_model->reload();
    if (!status.ok())
        showError(this, tr("Users"), status.error());
    m_table->resizeColumnsToContents();
    // Contents-tight columns read as one block of text; give each a little air.
    for (int column = 0; column + 1 < m_proxy->columnCount(); ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 16);
    if (!userId.isEmpty())
        selectUser(userId);
    updateActions();
}

std::optional<services::UserInfo> UsersPane::selectedUser() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return std::nullopt;
    return m_model->userAt(m_proxy->mapToSource(current).row());
}

bool UsersPane::selectUser(const QString& userId)
{
    const int sourceRow = m_model->rowOfUser(userId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (sourceRow < 0 || !index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void UsersPane::updateActions()
{
    const auto user = selectedUser();
    const bool one = user.has_value();
    m_edit->setEnabled(one);
    m_resetPassword->setEnabled(one);
    // Deactivating yourself would lock the last administrator out; the service
    // refuses it too.
    m_toggleActive->setEnabled(one && user->id != m_actor.userId);
    m_toggleActive->setText(one && !user->active ? tr("&Activate") : tr("&Deactivate"));
    m_toggleActive->setIcon(
        style()->standardIcon(one && !user->active ? QStyle::SP_DialogYesButton : QStyle::SP_DialogNoButton));
    const QDateTime now = Clock::system().now();
    m_unlock->setEnabled(one && user->lockedUntil.isValid() && user->lockedUntil > now);
}

UserEditDialog* UsersPane::openNewUserDialog()
{
    auto* dialog = new UserEditDialog(m_db, m_actor, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedUserId();
        m_filter->clear(); // the new user must be visible to be selected
        reloadAndSelect(id);
        Q_EMIT userSaved(id);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

UserEditDialog* UsersPane::openEditDialog()
{
    const auto user = selectedUser();
    if (!user)
        return nullptr;
    auto* dialog = new UserEditDialog(m_db, m_actor, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedUserId();
        reloadAndSelect(id);
        Q_EMIT userSaved(id);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

ResetPasswordDialog* UsersPane::openResetPasswordDialog()
{
    const auto user = selectedUser();
    if (!user)
        return nullptr;
    auto* dialog = new ResetPasswordDialog(m_db, m_actor, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = user->id] {
        reloadAndSelect(id);
        Q_EMIT userSaved(id);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void UsersPane::toggleActive()
{
    const auto user = selectedUser();
    if (!user)
        return;
    const Status status = m_service.setActive(user->id, !user->active);
    if (!status.ok()) {
        showError(this, user->active ? tr("Deactivate User") : tr("Activate User"), status.error());
        return;
    }
    reloadAndSelect(user->id);
    Q_EMIT userSaved(user->id);
}

void UsersPane::unlockSelected()
{
    const auto user = selectedUser();
    if (!user)
        return;
    const Status status = m_service.unlock(user->id);
    if (!status.ok()) {
        showError(this, tr("Unlock User"), status.error());
        return;
    }
    reloadAndSelect(user->id);
    Q_EMIT userSaved(user->id);
}

bool UsersPane::copySelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    QList<int> order;
    for (const QModelIndex& index : rows)
        order << index.row();
    std::sort(order.begin(), order.end());
    // Tab-separated with a header line: pastes straight into a spreadsheet.
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : order) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells << m_proxy->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return true;
}

} // namespace sw::ui
