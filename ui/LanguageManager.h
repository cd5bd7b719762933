#pragma once

#include <QObject>

namespace cvm::ui {

// Switches the language of the running console and remembers the choice.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    static LanguageManager &instance();

    static QString savedLanguage(); // the remembered choice, else the system's
    QString language() const;
    bool setLanguage(const QString &code); // en or id

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    LanguageManager() = default;
};

} // namespace cvm::ui
