#pragma once

// Satisfaction (满意度) after resolution: attitude, efficiency and result on 1–5 scales
// and an optional comment, recorded through TicketService::rate. OK stays disabled until
// all three scales are chosen; a refusal (e.g. already rated) is shown inline.

#include "services/actor.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class SatisfactionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Scale { Attitude, Efficiency, Outcome, ScaleCount };

    SatisfactionDialog(storage::Database& db, const services::Actor& actor, const QString& ticketId,
                       const Clock* clock = nullptr, QWidget* parent = nullptr);

    // Test-facing: selects score 1–5 on a scale (as a click would).
    void setScore(Scale scale, int score);
    int score(Scale scale) const; // 0 = not chosen
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    storage::Database& m_db;
    services::Actor m_actor;
    QString m_ticketId;
    const Clock* m_clock;
    QButtonGroup* m_groups[ScaleCount];
    QPlainTextEdit* m_comment;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
