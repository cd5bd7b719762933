#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cvm {

// The language of the console: the product's catalogue and Qt's own strings in it, and the
// default locale for numbers and dates. English needs only the plurals catalogue.
//
// Catalogues are loaded once per language and answered through one translator installed in the
// application, so that words can also be made in another language than the console's (an API
// answer in its caller's language, see Scope) without installing anything: the console's widgets
// are not told of a language change that is not theirs.
class Language final
{
public:
    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("id")}; }
    // The language of the system locale if supported, else English.
    static QString systemDefault();
    // Returns false when the catalogue could not be loaded (the language stays as it was).
    static bool apply(const QString &code);
    static QString current();

    // While it lives, tr() and locale() in this thread make words in `code` (a supported
    // language; any other leaves the console's), and the console's language stays as it is.
    class Scope final
    {
    public:
        explicit Scope(const QString &code);
        ~Scope();
        Q_DISABLE_COPY_MOVE(Scope)

    private:
        QString m_previous;
    };
    // The locale for numbers and lists in words being made now: the scope's, else the default.
    static QLocale locale();
};

} // namespace cvm
