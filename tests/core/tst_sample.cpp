// The sample workspace shipped with the console has everything SPEC section 3 asks of it.
#include "Fixture.h"
#include "Rules.h"
#include "WorkspaceLint.h"

#include <QTest>

using namespace cvm;

class TestSample : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        LoadResult r = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        m_ws = std::move(r.workspace);
    }

    void isClean() { QVERIFY(WorkspaceLint::run(*m_ws).isEmpty()); }

    void accountsAndRegions()
    {
        QVERIFY(m_ws->accounts().size() >= 54);
        int canImport = 0, cannot = 0, trusting = 0;
        for (const Account &a : m_ws->accounts()) {
            (a.canImportImages ? canImport : cannot)++;
            trusting += a.trustedAccountIds.isEmpty() ? 0 : 1;
        }
        QVERIFY(canImport >= 1 && cannot >= 1 && trusting >= 1);
        QVERIFY(m_ws->regions().size() >= 5);
        for (const char *id : {"ap-beijing", "ap-shanghai", "ap-guangzhou", "ap-jakarta"})
            QVERIFY2(m_ws->region(QLatin1String(id)), id);
    }

    void imagesOfEveryTypeAndState()
    {
        QVERIFY(m_ws->imageCount() >= 40);
        QSet<int> kinds, states;
        int byol = 0, encrypted = 0, withLineage = 0, sharedBetweenMain = 0, fullyShared = 0;
        for (const Image &img : m_ws->images()) {
            kinds.insert(int(img.kind));
            states.insert(int(img.state));
            byol += img.licenseType == LicenseType::Byol;
            encrypted += img.encrypted;
            withLineage += !img.sourceImageId.isEmpty() && m_ws->image(img.sourceImageId);
            fullyShared += img.shares.size() == m_ws->policy().shareLimit;
            for (const ShareEntry &s : img.shares)
                sharedBetweenMain += m_ws->customImagesOf(s.accountId).isEmpty() ? 0 : 1;
        }
        QCOMPARE(kinds.size(), 3);  // public, marketplace, custom (shared is derived)
        QCOMPARE(states.size(), 6); // every ImageState
        QVERIFY(byol >= 1 && encrypted >= 1);
        QVERIFY(withLineage >= 2);
        QCOMPARE(fullyShared, 1); // exactly one image shared with exactly 50 accounts
        QVERIFY(sharedBetweenMain >= 2);
    }

    void windowsInstancesPassingAndFailing()
    {
        int passing = 0, failing = 0, linux = 0;
        for (const Instance &i : m_ws->instances()) {
            if (!i.isWindows())
                ++linux;
            else if (i.windowsChecks.failing().isEmpty())
                ++passing;
            else
                ++failing;
        }
        QVERIFY(passing >= 1 && failing >= 1 && linux >= 1);
    }

    void aRunningCopy()
    {
        bool copying = false;
        for (const Task *t : m_ws->runningTasks()) {
            if (t->kind != TaskKind::Sync)
                continue;
            copying = m_ws->image(t->sourceImageId)->state == ImageState::Syncing;
            for (const QString &id : t->imageIds)
                copying = copying && m_ws->image(id)->state == ImageState::Syncing &&
                          m_ws->image(id)->syncPercent;
        }
        QVERIFY(copying);
    }

    void anUntrustedSharer()
    {
        bool untrusted = false;
        for (const Account &a : m_ws->accounts()) {
            for (const QString &id : m_ws->imagesSharedWith(a.accountId)) {
                if (!a.trusts(m_ws->image(id)->ownerAccountId))
                    untrusted = true;
            }
        }
        QVERIFY(untrusted);
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
