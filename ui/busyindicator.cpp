#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace sw::ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0); // indeterminate: a key derivation has no progress to report
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    setVisible(false);
}

void BusyIndicator::start(const QString& text)
{
    m_busy = true;
    m_label->setText(text);
    setVisible(true);
}

void BusyIndicator::stop()
{
    m_busy = false;
    setVisible(false);
}

} // namespace sw::ui
