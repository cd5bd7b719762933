#include "Console.h"
#include "ConsoleFixture.h"
#include "Fixture.h"
#include "ImportDescribeImagesDialog.h"
#include "Language.h"
#include "RuleText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

// The example answer of DescribeImages in Tencent Cloud's API reference.
const char kTencentExample[] =
    R"({"Response":{"TotalCount":1,"ImageSet":[{"OsName":"CentOS 7.4 64-bit","ImageSize":20,)"
    R"("ImageType":"PRIVATE_IMAGE","CreatedTime":"2020-09-22T00:00:00+00:00","ImageDescription":"test-image",)"
    R"("ImageSource":"CREATE_IMAGE","ImageId":"img-qlzp4oea","ImageName":"test-image","ImageCreator":"3205597606",)"
    R"("ImageState":"NORMAL","SyncPercent":null,"SnapshotSet":[{"SnapshotId":"snap-gqa37j2p",)"
    R"("DiskUsage":"SYSTEM_DISK","DiskSize":20}],"Tags":[{"Value":"xx","Key":"xx"}],"Architecture":"x86_64",)"
    R"("Platform":"CentOS","IsSupportCloudinit":true}],"RequestId":"5908394c-5b3f-42e0-a537-8410553890a5"}})";

const QString kImported = QStringLiteral("img-qlzp4oea");

} // namespace

class TestImportDescribeDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    struct View
    {
        QComboBox *account = nullptr;
        QComboBox *region = nullptr;
        QListWidget *problems = nullptr;
        QTableWidget *preview = nullptr;
        QLabel *refusal = nullptr;
        QPushButton *ok = nullptr;
    };

    static View viewOf(const ui::ImportDescribeImagesDialog &dialog)
    {
        View v;
        v.account = dialog.findChild<QComboBox *>(QStringLiteral("accountCombo"));
        v.region = dialog.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        v.problems = dialog.findChild<QListWidget *>(QStringLiteral("problemList"));
        v.preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        v.refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        v.ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        return v;
    }

    static QStringList problemTexts(QListWidget *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out.append(list->item(i)->text());
        return out;
    }

    static void choose(QComboBox *combo, const QString &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        combo->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
    }

    void previewsTheTencentExample()
    {
        auto console = makeConsole();
        ui::ImportDescribeImagesDialog dialog(
            *console, writeFile(QStringLiteral("example.json"), kTencentExample));
        const View v = viewOf(dialog);
        QVERIFY(v.account && v.region && v.problems && v.preview && v.refusal && v.ok);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Import DescribeImages JSON"));
        QCOMPARE(v.account->currentData().toString(), kOwner); // the acting account
        QCOMPARE(v.problems->count(), 0);
        QCOMPARE(v.preview->rowCount(), 1);
        QCOMPARE(v.preview->item(0, 0)->text(), kImported);
        QCOMPARE(v.preview->item(0, 1)->text(), QStringLiteral("test-image"));
        QCOMPARE(v.preview->item(0, 2)->text(), RuleText::imageTypeName(ImageType::Private));
        QCOMPARE(v.preview->item(0, 3)->text(), RuleText::imageStateName(ImageState::Normal));
        QCOMPARE(v.preview->item(0, 4)->text(), QStringLiteral("CentOS 7.4 64-bit"));
        QVERIFY(v.ok->isEnabled());
        QCOMPARE(v.ok->text(), QStringLiteral("Import"));

        // Regions in words.
        const int jakarta = v.region->findData(QStringLiteral("ap-jakarta"));
        QVERIFY(jakarta >= 0);
        QVERIFY(v.region->itemText(jakarta).contains(QStringLiteral("Jakarta")));
        QVERIFY(v.region->itemText(jakarta).contains(
            RuleText::regionName(console->workspace().region(QStringLiteral("ap-jakarta")),
                                 QStringLiteral("ap-jakarta"))));
    }

    void importsForTheChosenAccountAndRegion()
    {
        auto console = makeConsole();
        QVERIFY(!console->workspace().image(kImported));
        ui::ImportDescribeImagesDialog dialog(
            *console, writeFile(QStringLiteral("example.json"), kTencentExample));
        dialog.show();
        const View v = viewOf(dialog);

        // The images become the chosen account's custom images, not the acting account's.
        choose(v.account, kFriend);
        QCOMPARE(v.preview->rowCount(), 1);
        QCOMPARE(v.preview->item(0, 2)->text(), RuleText::imageTypeName(ImageType::Private));
        choose(v.region, QStringLiteral("ap-jakarta"));
        QVERIFY(v.ok->isEnabled());
        const int journal = int(console->workspace().journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        const Image *img = console->workspace().image(kImported);
        QVERIFY(img);
        QCOMPARE(img->ownerAccountId, kFriend);
        QCOMPARE(img->region, QStringLiteral("ap-jakarta"));
        QCOMPARE(img->imageName, QStringLiteral("test-image"));
        QVERIFY(img->state == ImageState::Normal);
        QVERIFY(console->workspace()
                    .customImagesOf(kFriend, QStringLiteral("ap-jakarta"))
                    .contains(kImported));
        QVERIFY(console->workspace().snapshot(QStringLiteral("snap-gqa37j2p")));
        QCOMPARE(int(console->workspace().journal().size()), journal + 1);
        QCOMPARE(console->workspace().journal().last().action,
                 QStringLiteral("ImportDescribeImages"));
        QVERIFY(console->isModified());

        // Undoable, snapshot and all.
        QVERIFY(console->undoStack().canUndo());
        console->undoStack().undo();
        QVERIFY(!console->workspace().image(kImported));
        QVERIFY(!console->workspace().snapshot(QStringLiteral("snap-gqa37j2p")));
        console->undoStack().redo();
        QCOMPARE(console->workspace().image(kImported)->ownerAccountId, kFriend);
    }

    void badImageIdIsListedWithItsPath()
    {
        auto console = makeConsole();
        QByteArray bad(kTencentExample);
        bad.replace("img-qlzp4oea", "img-BAD!");
        ui::ImportDescribeImagesDialog dialog(*console, writeFile(QStringLiteral("bad.json"), bad));
        const View v = viewOf(dialog);
        QVERIFY(!v.ok->isEnabled());
        const QStringList problems = problemTexts(v.problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("Response.ImageSet[0].ImageId")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QStringLiteral("img-BAD!")),
                 qPrintable(problems.first()));
        QCOMPARE(v.preview->rowCount(), 0);

        // Another account does not make a bad file good.
        choose(v.account, kFriend);
        QVERIFY(!v.ok->isEnabled());
        QCOMPARE(v.problems->count(), 1);
    }

    void truncatedFileShowsLineAndColumn()
    {
        auto console = makeConsole();
        const QByteArray pretty =
            QJsonDocument::fromJson(kTencentExample).toJson(QJsonDocument::Indented);
        const QByteArray truncated = pretty.left(pretty.indexOf("\"ImageName\""));
        QJsonParseError error;
        QJsonDocument::fromJson(truncated, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        const auto [line, column] = WorkspaceFile::lineAndColumn(truncated, error.offset);
        QVERIFY(line > 1);

        ui::ImportDescribeImagesDialog dialog(
            *console, writeFile(QStringLiteral("truncated.json"), truncated));
        const View v = viewOf(dialog);
        QVERIFY(!v.ok->isEnabled());
        const QStringList problems = problemTexts(v.problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().contains(QStringLiteral("Line %1, column %2").arg(line).arg(column)),
            qPrintable(problems.first()));
        QCOMPARE(v.preview->rowCount(), 0);
    }

    void unreadableAndEmptyFiles()
    {
        auto console = makeConsole();
        {
            ui::ImportDescribeImagesDialog dialog(*console,
                                                  m_dir.filePath(QStringLiteral("missing.json")));
            const View v = viewOf(dialog);
            QVERIFY(!v.ok->isEnabled());
            QCOMPARE(v.problems->count(), 1);
            QVERIFY(v.problems->item(0)->text().contains(QStringLiteral("missing.json")));
        }
        {
            ui::ImportDescribeImagesDialog dialog(
                *console, writeFile(QStringLiteral("empty.json"),
                                    R"({"Response":{"TotalCount":0,"ImageSet":[]}})"));
            const View v = viewOf(dialog);
            QVERIFY(!v.ok->isEnabled());
            QCOMPARE(v.problems->count(), 1);
            QCOMPARE(v.preview->rowCount(), 0);
        }
    }

    void conflictIsRefusedInline()
    {
        // The image ID already exists, owned by another account.
        QJsonObject root = baseJson();
        putImage(root, image(kImported, kTrusted, QStringLiteral("ap-guangzhou")));
        auto console = makeConsole(root);
        ui::ImportDescribeImagesDialog dialog(
            *console, writeFile(QStringLiteral("example.json"), kTencentExample));
        dialog.show();
        const View v = viewOf(dialog);
        const qsizetype journal = console->workspace().journal().size();
        choose(v.region, QStringLiteral("ap-guangzhou"));
        // Refused as soon as account and region are chosen, before anything is tried: OK is
        // not offered and the refusal says why.
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(!v.refusal->isHidden());
        QVERIFY2(v.refusal->text().contains(QStringLiteral("already exists")),
                 qPrintable(v.refusal->text()));
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(console->workspace().image(kImported)->ownerAccountId, kTrusted);
        QVERIFY(!console->undoStack().canUndo());
        QCOMPARE(console->workspace().journal().size(), journal); // nothing attempted

        // Another region: the same ID would be another image there too.
        choose(v.region, QStringLiteral("ap-jakarta"));
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(!v.refusal->isHidden());

        // Choosing the account that owns it clears the refusal; the same owner and region import.
        choose(v.region, QStringLiteral("ap-guangzhou"));
        choose(v.account, kTrusted);
        QVERIFY(v.refusal->isHidden());
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(console->workspace().image(kImported)->imageName, QStringLiteral("test-image"));
    }

    void followsTheLanguage()
    {
        auto console = makeConsole();
        ui::ImportDescribeImagesDialog dialog(
            *console, writeFile(QStringLiteral("example.json"), kTencentExample));
        const View v = viewOf(dialog);
        choose(v.region, QStringLiteral("ap-jakarta"));
        choose(v.account, kFriend);
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(dialog.windowTitle() != QStringLiteral("Import DescribeImages JSON"));
        // The choices survive the switch; region names are in Indonesian.
        QCOMPARE(v.region->currentData().toString(), QStringLiteral("ap-jakarta"));
        QCOMPARE(v.account->currentData().toString(), kFriend);
        QVERIFY(v.region->currentText().contains(QStringLiteral("Asia Tenggara")));
        QCOMPARE(v.preview->item(0, 2)->text(), RuleText::imageTypeName(ImageType::Private));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Import DescribeImages JSON"));
    }
};

QTEST_MAIN(TestImportDescribeDialog)
#include "tst_importdescribedialog.moc"
