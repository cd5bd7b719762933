#include "Language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QMutex>
#include <QTranslator>
#include <map>
#include <memory>
#include <vector>

namespace cvm {
namespace {

// The language a Scope makes words in, in this thread (empty: the console's).
thread_local QString scopedCode;

QLocale localeOf(const QString &code)
{
    return code == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
}

// The one translator installed in the application: it answers from the catalogues of the
// console's language, or of the scope's in a thread that has one.
class LanguageTranslator final : public QTranslator
{
public:
    // Loads the catalogues of `code` once; false when none could be loaded.
    bool load(const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        if (m_catalogues.count(code))
            return true;
        std::vector<std::unique_ptr<QTranslator>> catalogues;
        for (const QString &name : {QStringLiteral("imageconsole_%1"), QStringLiteral("qt_%1")}) {
            const QString file = QStringLiteral(":/i18n/") + name.arg(code) + QStringLiteral(".qm");
            if (!QFile::exists(file))
                continue;
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(file))
                return false;
            catalogues.push_back(std::move(translator));
        }
        if (catalogues.empty())
            return false;
        m_catalogues.emplace(code, std::move(catalogues));
        return true;
    }
    void setConsoleCode(const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        m_console = code;
    }
    QString consoleCode() const
    {
        QMutexLocker lock(&m_mutex);
        return m_console;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_catalogues.find(scopedCode.isEmpty() ? m_console : scopedCode);
        if (it == m_catalogues.end())
            return {};
        for (const auto &catalogue : it->second) {
            const QString text = catalogue->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    mutable QMutex m_mutex;
    std::map<QString, std::vector<std::unique_ptr<QTranslator>>> m_catalogues;
    QString m_console = QStringLiteral("en");
};

LanguageTranslator &translator()
{
    static LanguageTranslator t;
    return t;
}

// Installs the translator once, when there is an application to install it in; true when this
// call installed it (which tells the application of a language change).
bool installOnce()
{
    static bool installed = false;
    if (installed || !QCoreApplication::instance())
        return false;
    installed = QCoreApplication::installTranslator(&translator());
    return installed;
}

} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    if (!supported().contains(code) || !translator().load(code))
        return false;
    translator().setConsoleCode(code);
    QLocale::setDefault(localeOf(code));
    if (!installOnce() && QCoreApplication::instance()) {
        // As installing a translator does; the widgets follow through the event loop.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    return true;
}

QString Language::current()
{
    return translator().consoleCode();
}

Language::Scope::Scope(const QString &code) : m_previous(scopedCode)
{
    if (supported().contains(code) && translator().load(code)) {
        installOnce();
        scopedCode = code;
    }
}

Language::Scope::~Scope()
{
    scopedCode = m_previous;
}

QLocale Language::locale()
{
    return scopedCode.isEmpty() ? QLocale() : localeOf(scopedCode);
}

} // namespace cvm
