// The image table's filters beside the search: region (one choice with the region pane), type,
// state, platform, owner and tag; what the lists offer, how filters combine, and that a chosen
// value no image holds any longer stays chosen rather than silently letting everything through.
#include "ConsoleFixture.h"
#include "ImageFilterProxy.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "RegionList.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

QJsonArray tags(const QList<std::pair<QString, QString>> &pairs)
{
    QJsonArray out;
    for (const auto &[key, value] : pairs)
        out.append(QJsonObject{{QStringLiteral("Key"), key}, {QStringLiteral("Value"), value}});
    return out;
}

// The fixture with tags: env=prod on img-owner001 and img-winsrv01, env=test on img-shared01,
// team=web on img-strange1 (kStranger's, shared with kOwner).
QJsonObject taggedJson()
{
    QJsonObject root = baseJson();
    const auto tag = [&root](const char *id, const QList<std::pair<QString, QString>> &pairs) {
        QJsonObject img = findImage(root, QString::fromLatin1(id));
        img.insert(QStringLiteral("Tags"), tags(pairs));
        putImage(root, img);
    };
    tag("img-owner001", {{QStringLiteral("env"), QStringLiteral("prod")}});
    tag("img-winsrv01", {{QStringLiteral("env"), QStringLiteral("prod")}});
    tag("img-shared01", {{QStringLiteral("env"), QStringLiteral("test")}});
    tag("img-strange1", {{QStringLiteral("team"), QStringLiteral("web")}});
    return root;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, ui::ImageTableModel::IdColumn).data().toString());
    out.sort();
    return out;
}

std::unique_ptr<ui::MainWindow> makeWindow()
{
    LoadResult r = WorkspaceFile::fromObject(taggedJson());
    auto session = std::make_unique<ui::Session>(std::move(r.workspace), QString(),
                                                 std::make_unique<ManualClock>(kStart));
    session->setTicking(false);
    auto w = std::make_unique<ui::MainWindow>(std::move(session));
    w->setActingAccount(kOwner);
    w->show();
    return w;
}

void choose(QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    QVERIFY2(i > 0, qPrintable(text));
    combo->setCurrentIndex(i);
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i > 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

QStringList items(const QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out.append(combo->itemText(i));
    return out;
}

} // namespace

class TestImageFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void proxyFiltersByPlatformOwnerAndTag()
    {
        auto console = makeConsole(taggedJson());
        ui::ImageTableModel model(console->workspace());
        model.setActingAccount(kOwner);
        ui::ImageFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList all = ids(proxy);
        QVERIFY(all.contains(QStringLiteral("img-strange1")));
        QVERIFY(all.contains(QStringLiteral("img-public01")));

        proxy.setPlatformFilter(QStringLiteral("Windows"));
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("img-winsrv01")});
        proxy.setPlatformFilter(std::nullopt);
        QCOMPARE(ids(proxy), all);

        proxy.setOwnerFilter(kStranger);
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("img-strange1")});
        // No owner: Tencent Cloud's own images.
        proxy.setOwnerFilter(QString());
        QCOMPARE(ids(proxy),
                 (QStringList{QStringLiteral("img-market01"), QStringLiteral("img-public01")}));
        proxy.setOwnerFilter(std::nullopt);

        proxy.setTagFilter(Tag{QStringLiteral("env"), QStringLiteral("prod")});
        QCOMPARE(ids(proxy),
                 (QStringList{QStringLiteral("img-owner001"), QStringLiteral("img-winsrv01")}));
        // Filters combine: the tag and the platform, then the search text too.
        proxy.setPlatformFilter(QStringLiteral("CentOS"));
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("img-owner001")});
        proxy.setSearchText(QStringLiteral("WINSRV"));
        QCOMPARE(ids(proxy), QStringList());
        proxy.setPlatformFilter(std::nullopt);
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("img-winsrv01")});
        // The same key with another value is another tag.
        proxy.setSearchText(QString());
        proxy.setTagFilter(Tag{QStringLiteral("env"), QStringLiteral("test")});
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("img-shared01")});
        proxy.setTagFilter(std::nullopt);
        QCOMPARE(ids(proxy), all);
    }

    void choicesAreWhatTheRowsHold()
    {
        auto console = makeConsole(taggedJson());
        ui::ImageTableModel model(console->workspace());
        model.setActingAccount(kOwner);
        ui::ImageFilterChoices c = model.filterChoices();
        QCOMPARE(c.owners, (QStringList{QString(), kOwner, kStranger}));
        QVERIFY(c.platforms.contains(QStringLiteral("CentOS")));
        QVERIFY(c.platforms.contains(QStringLiteral("Windows")));
        QStringList sorted = c.platforms;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(c.platforms, sorted);
        QCOMPARE(c.tags, (QList<Tag>{{QStringLiteral("env"), QStringLiteral("prod")},
                                     {QStringLiteral("env"), QStringLiteral("test")},
                                     {QStringLiteral("team"), QStringLiteral("web")}}));
        // In one region: only what its rows hold.
        model.setRegion(QStringLiteral("ap-shanghai"));
        c = model.filterChoices();
        QCOMPARE(c.platforms, QStringList{QStringLiteral("Windows")});
        QCOMPARE(c.owners, QStringList{kOwner});
        QCOMPARE(c.tags, (QList<Tag>{{QStringLiteral("env"), QStringLiteral("prod")}}));
        // Another account sees other images and so other owners.
        model.setRegion(QString());
        model.setActingAccount(kFriend);
        QVERIFY(!model.filterChoices().owners.contains(kStranger));
        QVERIFY(model.filterChoices().owners.contains(kTrusted));
    }

    void theBarFiltersTheTable()
    {
        auto w = makeWindow();
        auto *table = w->findChild<QTableView *>(QStringLiteral("imageTable"));
        auto *count = w->findChild<QLabel *>(QStringLiteral("matchCount"));
        auto *region = w->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        auto *platform = w->findChild<QComboBox *>(QStringLiteral("platformFilter"));
        auto *owner = w->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        auto *tag = w->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        auto *regions = w->findChild<ui::RegionList *>(QStringLiteral("regionList"));
        QVERIFY(table && count && region && platform && owner && tag && regions);
        const int all = table->model()->rowCount();

        QTRY_VERIFY(platform->findText(QStringLiteral("Windows")) > 0);
        QCOMPARE(platform->itemText(0), QStringLiteral("All platforms"));
        QCOMPARE(items(owner), (QStringList{QStringLiteral("All owners"),
                                            QStringLiteral("Tencent Cloud"),
                                            QStringLiteral("Owner (%1)").arg(kOwner),
                                            QStringLiteral("Stranger (%1)").arg(kStranger)}));
        QCOMPARE(items(tag), (QStringList{QStringLiteral("All tags"),
                                          QStringLiteral("env: prod"), QStringLiteral("env: test"),
                                          QStringLiteral("team: web")}));

        choose(platform, QStringLiteral("Windows"));
        QCOMPARE(ids(*table->model()), QStringList{QStringLiteral("img-winsrv01")});
        QCOMPARE(count->text(), QStringLiteral("1 of %1 images").arg(all));
        platform->setCurrentIndex(0);
        choose(owner, QStringLiteral("Stranger (%1)").arg(kStranger));
        QCOMPARE(ids(*table->model()), QStringList{QStringLiteral("img-strange1")});
        owner->setCurrentIndex(0);
        choose(tag, QStringLiteral("env: prod"));
        QCOMPARE(ids(*table->model()),
                 (QStringList{QStringLiteral("img-owner001"), QStringLiteral("img-winsrv01")}));

        // The region list of the bar and the region pane are one choice.
        chooseData(region, QStringLiteral("ap-shanghai"));
        QCOMPARE(regions->currentRegion(), QStringLiteral("ap-shanghai"));
        QCOMPARE(ids(*table->model()), QStringList{QStringLiteral("img-winsrv01")});
        regions->selectRegion(QString());
        QCOMPARE(region->currentIndex(), 0);
        QCOMPARE(ids(*table->model()),
                 (QStringList{QStringLiteral("img-owner001"), QStringLiteral("img-winsrv01")}));
        regions->selectRegion(QStringLiteral("ap-guangzhou"));
        QCOMPARE(region->currentData().toString(), QStringLiteral("ap-guangzhou"));
        QCOMPARE(ids(*table->model()), QStringList{QStringLiteral("img-owner001")});

        // A chosen tag no image of the region holds stays chosen, and shows nothing.
        choose(tag, QStringLiteral("team: web"));
        QCOMPARE(ids(*table->model()), QStringList{QStringLiteral("img-strange1")});
        chooseData(region, QStringLiteral("ap-shanghai"));
        QTRY_VERIFY(tag->findText(QStringLiteral("env: test")) < 0); // the lists follow the region
        QCOMPARE(tag->currentText(), QStringLiteral("team: web"));
        QCOMPARE(table->model()->rowCount(), 0);
        tag->setCurrentIndex(0);
        QCOMPARE(ids(*table->model()), QStringList{QStringLiteral("img-winsrv01")});
    }

    void theBarSpeaksTheLanguage()
    {
        auto w = makeWindow();
        auto *platform = w->findChild<QComboBox *>(QStringLiteral("platformFilter"));
        auto *owner = w->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        auto *region = w->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        QTRY_VERIFY(platform->findText(QStringLiteral("Windows")) > 0);
        choose(platform, QStringLiteral("Windows"));
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(platform->itemText(0) != QStringLiteral("All platforms"));
        QCOMPARE(platform->itemText(0), QStringLiteral("Semua platform"));
        QCOMPARE(owner->itemText(0), QStringLiteral("Semua pemilik"));
        QCOMPARE(region->itemText(0), QStringLiteral("Semua wilayah"));
        // The choice survives the switch.
        QCOMPARE(platform->currentText(), QStringLiteral("Windows"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(platform->itemText(0), QStringLiteral("All platforms"));
    }
};

QTEST_MAIN(TestImageFilters)
#include "tst_imagefilters.moc"
