#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace sw::ui {

const char* applicationVersion()
{
    return SHOPWARDEN_VERSION;
}

void setApplicationIdentity(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Shopwarden"));
    QApplication::setApplicationName(QStringLiteral("Shopwarden"));
    QApplication::setApplicationDisplayName(QStringLiteral("店务管家"));
    QApplication::setApplicationVersion(QString::fromLatin1(applicationVersion()));
    Q_UNUSED(app);
}

bool applyApplicationFont(QApplication& app)
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(family))
        return false;
    QFont font = QApplication::font();
    font.setFamilies({family});
    app.setFont(font);
    return true;
}

} // namespace sw::ui
