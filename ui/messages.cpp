#include "messages.h"

#include "result.h"

#include <QMessageBox>

namespace sw::ui {

QMessageBox* showWarning(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

QMessageBox* showError(QWidget* parent, const QString& title, const Error& error)
{
    QMessageBox* box = showWarning(parent, title, error.message);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    return box;
}

} // namespace sw::ui
