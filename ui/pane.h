#pragma once

// One area of the main window (a "room", ARCHITECTURE.md): it owns its widgets and
// asks its own service for data. The main window only knows this interface, so a new
// area is one new Pane subclass plus one line where the navigation is built.

#include <QIcon>
#include <QWidget>

namespace sw::ui {

class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // View → Refresh (F5): re-read the data from the database.
    virtual void refresh() {}
    // Edit → Copy on the pane's current view; false when there is nothing to copy.
    virtual bool copySelection() { return false; }
};

} // namespace sw::ui
