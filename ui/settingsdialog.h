#pragma once

// Settings → Language… Workstation preferences, one page per topic (a list on the
// left) so later pages slot in without growing one form. Stored in QSettings.

#include <QDialog>

class QButtonGroup;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace sw::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QRadioButton* systemLanguageButton() const { return m_system; }
    QRadioButton* chineseButton() const { return m_chinese; }
    QRadioButton* englishButton() const { return m_english; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget* createLanguagePage();

    QListWidget* m_pages;
    QStackedWidget* m_stack;
    QRadioButton* m_system = nullptr;
    QRadioButton* m_chinese = nullptr;
    QRadioButton* m_english = nullptr;
};

} // namespace sw::ui
