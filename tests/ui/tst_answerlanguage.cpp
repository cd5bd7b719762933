// An API answer in its caller's language leaves the console's language alone: no widget is
// retranslated, and the console's words stay in its own language.
#include "ApiService.h"
#include "Fixture.h"
#include "Language.h"
#include "Tc3Signature.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace cvm;
using namespace fixture;

namespace {

class LanguageChangeCounter final : public QWidget
{
public:
    int count = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        QWidget::changeEvent(event);
    }
};

api::ApiRequest deleteRequest(Fixture &f, const QByteArray &language)
{
    api::ApiRequest r;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("ImageIds"),
                                        QJsonArray{QStringLiteral("img-full0050")}}})
                 .toJson(QJsonDocument::Compact);
    const qint64 now = f.clock().now().toSecsSinceEpoch();
    r.headers = {{"content-type", "application/json"}, {"host", "127.0.0.1:9000"},
                 {"x-tc-action", "DeleteImages"},      {"x-tc-version", "2017-03-12"},
                 {"x-tc-region", "ap-guangzhou"},      {"x-tc-timestamp", QByteArray::number(now)},
                 {"x-tc-language", language}};
    Tc3Signature::Request s;
    s.headers = {{"content-type", "application/json"}, {"host", "127.0.0.1:9000"}};
    s.payload = r.body;
    s.timestamp = now;
    s.service = "cvm";
    r.headers.insert("authorization", Tc3Signature::authorization("AKIDowner", "owner-secret", s));
    return r;
}

QString message(const api::ApiReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QStringLiteral("Response"))
        .toObject()
        .value(QStringLiteral("Error"))
        .toObject()
        .value(QStringLiteral("Message"))
        .toString();
}

} // namespace

class TestAnswerLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void anAnswerInIndonesianLeavesTheConsoleInEnglish()
    {
        LanguageChangeCounter widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTest::qWait(20);
        widget.count = 0;
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::ApiService service(f.ops(), credentials);
        const api::ApiReply indonesian = service.handle(deleteRequest(f, "id-ID"));
        QVERIFY2(message(indonesian).contains(QStringLiteral("dibagikan dengan 50 akun")),
                 qPrintable(message(indonesian)));
        QTest::qWait(50); // a language change would arrive through the event loop
        QCOMPARE(widget.count, 0);
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("cvm::RuleText", "Shared"), QStringLiteral("Shared"));
        f.clock().advance(1);
        QVERIFY(message(service.handle(deleteRequest(f, "en-US")))
                    .contains(QStringLiteral("shared with 50 accounts")));

        // The console's own change of language is the one its widgets hear of.
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(widget.count > 0);
        QVERIFY(QCoreApplication::translate("cvm::RuleText", "Shared") != QStringLiteral("Shared"));
        widget.count = 0;
        f.clock().advance(1);
        QVERIFY(message(service.handle(deleteRequest(f, "en-US")))
                    .contains(QStringLiteral("shared with 50 accounts")));
        QTest::qWait(50);
        QCOMPARE(widget.count, 0);
        QCOMPARE(Language::current(), QStringLiteral("id"));
        QVERIFY(Language::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestAnswerLanguage)
#include "tst_answerlanguage.moc"
