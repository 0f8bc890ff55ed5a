#include "settingsdialog.h"

#include "languages.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace sw::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Settings"));

    m_pages->setMaximumWidth(160);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("Language"), m_pages);
    m_stack->addWidget(createLanguagePage());
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(520, 300);
}

QWidget* SettingsDialog::createLanguagePage()
{
    auto* page = new QWidget(this);
    // Language names are written in their own language so anyone can find theirs.
    m_system = new QRadioButton(tr("Same as the system"), page);
    m_chinese = new QRadioButton(QStringLiteral("简体中文"), page);
    m_english = new QRadioButton(QStringLiteral("English"), page);
    auto* note = new QLabel(tr("The new language takes effect the next time Shopwarden starts."), page);
    note->setWordWrap(true);

    const QString preference = languagePreference();
    if (preference == language::chinese())
        m_chinese->setChecked(true);
    else if (preference == language::english())
        m_english->setChecked(true);
    else
        m_system->setChecked(true);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("User interface language:"), page));
    layout->addWidget(m_system);
    layout->addWidget(m_chinese);
    layout->addWidget(m_english);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::accept()
{
    if (m_chinese->isChecked())
        setLanguagePreference(language::chinese());
    else if (m_english->isChecked())
        setLanguagePreference(language::english());
    else
        setLanguagePreference(language::system());
    QDialog::accept();
}

} // namespace sw::ui
