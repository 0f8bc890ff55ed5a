#include "satisfactiondialog.h"

#include "services/ticketservice.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sw::ui {

SatisfactionDialog::SatisfactionDialog(storage::Database& db, const services::Actor& actor,
                                       const QString& ticketId, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_ticketId(ticketId)
    , m_clock(clock)
    , m_comment(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Customer Satisfaction"));
    auto* grid = new QGridLayout;
    const QString titles[ScaleCount] = {tr("Attitude"), tr("Efficiency"), tr("Result")};
    grid->addWidget(new QLabel(tr("1 = very dissatisfied, 5 = very satisfied"), this), 0, 0, 1, 6);
    for (int scale = 0; scale < ScaleCount; ++scale) {
        grid->addWidget(new QLabel(titles[scale], this), scale + 1, 0);
        m_groups[scale] = new QButtonGroup(this);
        for (int score = 1; score <= 5; ++score) {
            auto* button = new QRadioButton(QLocale().toString(score), this);
            button->setAccessibleName(tr("%1: %2 of 5").arg(titles[scale]).arg(score));
            m_groups[scale]->addButton(button, score);
            grid->addWidget(button, scale + 1, score);
        }
        connect(m_groups[scale], &QButtonGroup::idToggled, this, &SatisfactionDialog::validate);
    }
    m_comment->setPlaceholderText(tr("What the customer said about the service (optional)"));
    m_comment->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Comment:"), this));
    layout->addWidget(m_comment);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SatisfactionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton* SatisfactionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SatisfactionDialog::setScore(Scale scale, int score)
{
    if (QAbstractButton* button = m_groups[scale]->button(score))
        button->click();
}

int SatisfactionDialog::score(Scale scale) const
{
    return qMax(0, m_groups[scale]->checkedId());
}

void SatisfactionDialog::validate()
{
    bool complete = true;
    for (int scale = 0; scale < ScaleCount; ++scale)
        complete = complete && score(Scale(scale)) > 0;
    m_message->setText(complete ? QString() : tr("Choose a score on each of the three scales."));
    okButton()->setEnabled(complete);
}

void SatisfactionDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    services::TicketService service(m_db, m_actor, m_clock);
    const Status status = service.rate(m_ticketId, score(Attitude), score(Efficiency), score(Outcome),
                                       m_comment->toPlainText().trimmed());
    if (!status.ok()) {
        m_message->setText(status.message());
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
