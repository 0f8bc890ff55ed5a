#include "homepane.h"

#include "rolenames.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace sw::ui {

HomePane::HomePane(const services::Actor& actor, const QString& databasePath, QWidget* parent)
    : Pane(parent)
    , m_summary(new QLabel(this))
{
    auto* heading = new QLabel(tr("Welcome, %1").arg(actor.displayName.toHtmlEscaped()), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        QStringLiteral("<table cellspacing='6'>"
                       "<tr><td><b>%1</b></td><td>%2</td></tr>"
                       "<tr><td><b>%3</b></td><td>%4</td></tr>"
                       "<tr><td><b>%5</b></td><td>%6</td></tr>"
                       "</table>")
            .arg(tr("Signed in as:"),
                 tr("%1 (%2)").arg(actor.displayName.toHtmlEscaped(), actor.login.toHtmlEscaped()),
                 tr("Roles:"), roleList(actor.roles).toHtmlEscaped(), tr("Database file:"),
                 QDir::toNativeSeparators(databasePath).toHtmlEscaped()));

    auto* hint =
        new QLabel(tr("Choose an area on the left. Only the areas your roles may open are listed."), this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(1);
}

QString HomePane::title() const
{
    return tr("Home");
}

QIcon HomePane::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

bool HomePane::copySelection()
{
    if (!m_summary->hasSelectedText())
        return false;
    QApplication::clipboard()->setText(m_summary->selectedText());
    return true;
}

} // namespace sw::ui
