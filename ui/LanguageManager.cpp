#include "LanguageManager.h"

#include "Language.h"

#include <QSettings>

namespace cvm::ui {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return Language::supported().contains(saved) ? saved : Language::systemDefault();
}

QString LanguageManager::language() const
{
    return Language::current();
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!Language::apply(code))
        return false;
    QSettings().setValue(QStringLiteral("language"), code);
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace cvm::ui
