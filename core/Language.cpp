#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cvm {
namespace {

std::unique_ptr<QTranslator> &installed()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    if (!supported().contains(code))
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/imageconsole_%1.qm").arg(code)))
        return false;
    if (installed())
        QCoreApplication::removeTranslator(installed().get());
    installed() = std::move(translator);
    QCoreApplication::installTranslator(installed().get());
    QLocale::setDefault(code == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    currentCode() = code;
    return true;
}

QString Language::current()
{
    return currentCode();
}

} // namespace cvm
