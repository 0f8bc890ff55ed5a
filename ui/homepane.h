#pragma once

// The workbench (工作台): who is signed in, with which roles, on which database.
// Every signed-in user may open it.

#include "pane.h"
#include "services/actor.h"

class QLabel;

namespace sw::ui {

class HomePane : public Pane
{
    Q_OBJECT
public:
    HomePane(const services::Actor& actor, const QString& databasePath, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    bool copySelection() override;

    QLabel* summaryLabel() const { return m_summary; }

private:
    QLabel* m_summary;
};

} // namespace sw::ui
