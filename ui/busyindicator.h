#pragma once

// "Working…" line shown in a dialog while its slow part runs off the GUI thread.

#include <QWidget>

class QLabel;
class QProgressBar;

namespace sw::ui {

class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start(const QString& text);
    void stop();
    bool isBusy() const { return m_busy; }

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    bool m_busy = false;
};

} // namespace sw::ui
