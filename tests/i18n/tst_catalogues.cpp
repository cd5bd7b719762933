// The committed catalogues are complete and up to date with the sources.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // unfinished, vanished, obsolete or empty
    QStringList translations;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations = {xml.readElementText()};
                out.append(m);
            }
        } else if (name == QLatin1String("numerusform")) {
            m.translations.append(xml.readElementText());
            // Appended once the translation element ends; numerus forms come in a row.
            if (!out.isEmpty() && out.last().context == m.context && out.last().source == m.source)
                out.last() = m;
            else
                out.append(m);
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> out;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        out.insert(it.next().captured(1));
    return out;
}

const QString kRoot = QStringLiteral(PROJECT_SOURCE_DIR);

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upToDateWithSources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("id") << QStringLiteral("imageconsole_id.ts");
        QTest::newRow("en") << QStringLiteral("imageconsole_en.ts");
    }
    void upToDateWithSources()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        p.start(QStringLiteral("bash"),
                {kRoot + QStringLiteral("/scripts/update-translations.sh"), dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile fresh(dir.filePath(file));
        QFile committed(kRoot + QStringLiteral("/translations/") + file);
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        const QByteArray a = committed.readAll();
        const QByteArray b = fresh.readAll();
        if (a != b)
            QFAIL(qPrintable(
                QStringLiteral("translations/%1 is not up to date with the sources: run "
                               "scripts/update-translations.sh and translate what it adds")
                    .arg(file)));
    }

    void indonesianIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("console") << QStringLiteral("imageconsole_id.ts") << 300;
        QTest::newRow("Qt's own strings") << QStringLiteral("qt_id.ts") << 40;
    }
    void indonesianIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        const QList<Message> messages = readTs(kRoot + QStringLiteral("/translations/") + file);
        QVERIFY(messages.size() >= atLeast);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ: %1 -> %2").arg(where, t)));
            }
        }
    }

    void englishPluralsAreComplete()
    {
        const QList<Message> messages =
            readTs(kRoot + QStringLiteral("/translations/imageconsole_en.ts"));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.numerus, qPrintable(where));
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.translations.at(0).contains(QLatin1String("(s)")), qPrintable(where));
            for (const QString &t : m.translations)
                QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(where));
        }
    }
};

QTEST_APPLESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
