#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace cvm {
namespace {

// The product's catalogue, and Qt's own strings where Qt ships none (Indonesian).
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    if (!supported().contains(code))
        return false;
    std::vector<std::unique_ptr<QTranslator>> next;
    for (const QString &catalogue : {QStringLiteral("imageconsole_%1"), QStringLiteral("qt_%1")}) {
        const QString file =
            QStringLiteral(":/i18n/") + catalogue.arg(code) + QStringLiteral(".qm");
        if (!QFile::exists(file))
            continue;
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file))
            return false;
        next.push_back(std::move(translator));
    }
    if (next.empty())
        return false;
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed() = std::move(next);
    for (const auto &t : installed())
        QCoreApplication::installTranslator(t.get());
    QLocale::setDefault(code == QLatin1String("id")
                            ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    currentCode() = code;
    return true;
}

QString Language::current()
{
    return currentCode();
}

} // namespace cvm
