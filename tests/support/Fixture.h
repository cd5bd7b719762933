#pragma once

#include "Clock.h"
#include "IdGenerator.h"
#include "Operations.h"
#include "Workspace.h"
#include "WorkspaceFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

// A small, fully known workspace for tests, built from JSON so that each test can change a
// value before loading. Accounts:
//   kOwner   100000000001 "Owner"      can import; trusts kTrusted
//   kFriend  100000000002 "Friend"     receives shares; trusts kOwner
//   kTrusted 100000000003 "Trusted"    owns an image shared with kFriend
//   kStranger 100000000004 "Stranger"  no import permission; owns an image shared with kOwner
//   kExtra + n 2000000000nn            50 recipient accounts (n = 0..59)
// Regions: ap-guangzhou (3 zones), ap-shanghai, ap-beijing, ap-jakarta — all available with
// copy and import; eu-moscow UNAVAILABLE; ap-chongqing available without copy or import.
// Images (all in ap-guangzhou unless said):
//   img-public01 public CentOS           img-market01 marketplace
//   img-owner001 kOwner NORMAL, snapshot snap-owner001, no shares
//   img-shared01 kOwner NORMAL shared with kFriend
//   img-full0050 kOwner NORMAL shared with kExtra+0..49 (exactly the limit)
//   img-byol0001 kOwner BYOL             img-encr0001 kOwner encrypted
//   img-creating kOwner CREATING (task-create01 running)
//   img-strange1 kStranger NORMAL shared with kOwner
//   img-trusted1 kTrusted NORMAL shared with kFriend
//   img-winsrv01 kOwner Windows, in ap-shanghai
// Instances: ins-linux001 (kOwner, guangzhou, CentOS), ins-win00001 (kOwner, shanghai, Windows,
// all checks pass), ins-winbad01 (kOwner, shanghai, Windows, ModulesInstaller failing),
// ins-friend01 (kFriend, guangzhou).
namespace fixture {

inline const QString kOwner = QStringLiteral("100000000001");
inline const QString kFriend = QStringLiteral("100000000002");
inline const QString kTrusted = QStringLiteral("100000000003");
inline const QString kStranger = QStringLiteral("100000000004");
QString extra(int n); // 2000000000nn
inline const QDateTime kStart = QDateTime(QDate(2026, 3, 21), QTime(8, 0, 0), Qt::UTC);

QJsonObject baseJson();
QJsonObject image(const QString &id, const QString &owner, const QString &region,
                  const QString &state = QStringLiteral("NORMAL"));
// Replaces (or adds) the image with the same ImageId in the workspace JSON.
void putImage(QJsonObject &root, const QJsonObject &image);
QJsonObject findImage(const QJsonObject &root, const QString &id);

class Fixture
{
public:
    explicit Fixture(const QJsonObject &json = baseJson());

    cvm::Workspace &ws() { return *m_ws; }
    cvm::Operations &ops() { return *m_ops; }
    cvm::ManualClock &clock() { return m_clock; }
    cvm::OperationContext as(const QString &account, const QSet<QString> &acknowledged = {}) const;

private:
    cvm::ManualClock m_clock{kStart};
    cvm::IdGenerator m_ids{42};
    std::unique_ptr<cvm::Workspace> m_ws;
    std::unique_ptr<cvm::Operations> m_ops;
};

} // namespace fixture
