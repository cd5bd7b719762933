#pragma once

#include <QString>
#include <QStringList>

namespace cvm {

// Installs the catalogues of one language (the product's and Qt's own strings in it) and
// makes it the default locale for numbers and dates. English needs only the plurals catalogue.
class Language final
{
public:
    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("id")}; }
    // The language of the system locale if supported, else English.
    static QString systemDefault();
    // Returns false when the catalogue could not be loaded (the language stays as it was).
    static bool apply(const QString &code);
    static QString current();
};

} // namespace cvm
