// The generated workspaces are valid, clean, realistic and the same for the same seed.
#include "Fixture.h"
#include "WorkspaceGenerator.h"
#include "WorkspaceLint.h"

#include <QJsonDocument>
#include <QTest>

using namespace cvm;

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedWorkspaceIsValidAndClean()
    {
        const QJsonObject json = WorkspaceGenerator::generate({3000, 60, 20, 5});
        LoadResult r = WorkspaceFile::fromObject(json);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.workspace->imageCount(), 3000);
        QCOMPARE(r.workspace->regions().size(), 20);
        QCOMPARE(r.workspace->accounts().size(), 60);
        const QList<Violation> findings = WorkspaceLint::run(*r.workspace);
        QVERIFY2(findings.isEmpty(),
                 qPrintable(findings.isEmpty() ? QString() : findings.first().code));
        int shared = 0, full = 0, copies = 0, running = 0;
        for (const Image &img : r.workspace->images()) {
            shared += !img.shares.isEmpty();
            full += img.shares.size() == r.workspace->policy().shareLimit;
            copies += !img.sourceImageId.isEmpty();
        }
        running = int(r.workspace->runningTasks().size());
        QVERIFY(shared > 300);
        QVERIFY(full >= 1);
        QVERIFY(copies > 10);
        QVERIFY(running >= 1);
        QVERIFY(r.workspace->instances().size() > 300);
        QVERIFY(!r.workspace->journal().isEmpty());
    }

    void sameSeedSameWorkspace()
    {
        const QJsonObject a = WorkspaceGenerator::generate({500, 10, 5, 9});
        const QJsonObject b = WorkspaceGenerator::generate({500, 10, 5, 9});
        const QJsonObject c = WorkspaceGenerator::generate({500, 10, 5, 10});
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
        QVERIFY(QJsonDocument(a).toJson() != QJsonDocument(c).toJson());
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
