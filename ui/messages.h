#pragma once

// Error boxes that do not block: QMessageBox::warning() runs a nested event loop,
// which makes panes untestable and re-entrant. These open window-modal and delete
// themselves when closed.

#include <QString>

class QMessageBox;
class QWidget;

namespace sw {
struct Error;
}

namespace sw::ui {

QMessageBox* showWarning(QWidget* parent, const QString& title, const QString& text);
// The Error's translated message, with its technical detail behind "Show Details…".
QMessageBox* showError(QWidget* parent, const QString& title, const Error& error);

} // namespace sw::ui
