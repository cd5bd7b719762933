#include "Fixture.h"

#include <QTest>

namespace fixture {

QString extra(int n)
{
    return QStringLiteral("2000000000%1").arg(n, 2, 10, QLatin1Char('0'));
}

QJsonObject image(const QString &id, const QString &owner, const QString &region,
                  const QString &state)
{
    QJsonObject o{{QStringLiteral("ImageId"), id},
                  {QStringLiteral("ImageName"), QStringLiteral("name-") + id},
                  {QStringLiteral("ImageDescription"), QStringLiteral("")},
                  {QStringLiteral("ImageType"), owner.isEmpty() ? QStringLiteral("PUBLIC_IMAGE")
                                                                : QStringLiteral("PRIVATE_IMAGE")},
                  {QStringLiteral("ImageState"), state},
                  {QStringLiteral("ImageSource"),
                   owner.isEmpty() ? QStringLiteral("OFFICIAL") : QStringLiteral("CREATE_IMAGE")},
                  {QStringLiteral("OsName"), QStringLiteral("CentOS 7.9 64-bit")},
                  {QStringLiteral("Platform"), QStringLiteral("CentOS")},
                  {QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                  {QStringLiteral("ImageSize"), 50},
                  {QStringLiteral("CreatedTime"), QStringLiteral("2026-01-10T10:00:00Z")},
                  {QStringLiteral("IsSupportCloudinit"), true},
                  {QStringLiteral("LicenseType"), QStringLiteral("TencentCloud")},
                  {QStringLiteral("Region"), region}};
    if (!owner.isEmpty()) {
        o.insert(QStringLiteral("OwnerAccountId"), owner);
        o.insert(QStringLiteral("ImageCreator"), owner);
        o.insert(QStringLiteral("Shares"), QJsonArray());
    }
    return o;
}

static QJsonArray sharesWith(const QStringList &accounts)
{
    QJsonArray a;
    for (const QString &acc : accounts)
        a.append(
            QJsonObject{{QStringLiteral("AccountId"), acc},
                        {QStringLiteral("CreatedTime"), QStringLiteral("2026-02-01T09:00:00Z")}});
    return a;
}

QJsonObject findImage(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &v : root.value(QStringLiteral("images")).toArray()) {
        if (v.toObject().value(QStringLiteral("ImageId")).toString() == id)
            return v.toObject();
    }
    return {};
}

void putImage(QJsonObject &root, const QJsonObject &img)
{
    QJsonArray images = root.value(QStringLiteral("images")).toArray();
    const QString id = img.value(QStringLiteral("ImageId")).toString();
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (images.at(i).toObject().value(QStringLiteral("ImageId")).toString() == id) {
            images[i] = img;
            root.insert(QStringLiteral("images"), images);
            return;
        }
    }
    images.append(img);
    root.insert(QStringLiteral("images"), images);
}

QJsonObject baseJson()
{
    auto account = [](const QString &id, const QString &name, bool import,
                      const QStringList &trusted) {
        QJsonObject o{{QStringLiteral("AccountId"), id},
                      {QStringLiteral("Name"), name},
                      {QStringLiteral("CanImportImages"), import}};
        if (!trusted.isEmpty())
            o.insert(QStringLiteral("TrustedAccountIds"), QJsonArray::fromStringList(trusted));
        return o;
    };
    QJsonArray accounts{account(kOwner, QStringLiteral("Owner"), true, {kTrusted}),
                        account(kFriend, QStringLiteral("Friend"), false, {kOwner}),
                        account(kTrusted, QStringLiteral("Trusted"), true, {}),
                        account(kStranger, QStringLiteral("Stranger"), false, {})};
    for (int n = 0; n < 60; ++n)
        accounts.append(account(extra(n), QStringLiteral("Extra %1").arg(n), false, {}));

    auto region = [](const char *id, const char *en, const char *idn, bool available, bool copy,
                     bool import, const QStringList &zones) {
        return QJsonObject{{QStringLiteral("Region"), QString::fromLatin1(id)},
                           {QStringLiteral("RegionName"), QString::fromLatin1(en)},
                           {QStringLiteral("RegionNameId"), QString::fromLatin1(idn)},
                           {QStringLiteral("RegionState"), available
                                                               ? QStringLiteral("AVAILABLE")
                                                               : QStringLiteral("UNAVAILABLE")},
                           {QStringLiteral("SupportsImageCopy"), copy},
                           {QStringLiteral("SupportsImageImport"), import},
                           {QStringLiteral("Zones"), QJsonArray::fromStringList(zones)}};
    };
    QJsonArray regions{
        region("ap-guangzhou", "South China (Guangzhou)", "Tiongkok Selatan (Guangzhou)", true,
               true, true,
               {QStringLiteral("ap-guangzhou-3"), QStringLiteral("ap-guangzhou-4"),
                QStringLiteral("ap-guangzhou-6")}),
        region("ap-shanghai", "East China (Shanghai)", "Tiongkok Timur (Shanghai)", true, true,
               true, {QStringLiteral("ap-shanghai-2")}),
        region("ap-beijing", "North China (Beijing)", "Tiongkok Utara (Beijing)", true, true, true,
               {QStringLiteral("ap-beijing-3")}),
        region("ap-jakarta", "Southeast Asia (Jakarta)", "Asia Tenggara (Jakarta)", true, true,
               true, {QStringLiteral("ap-jakarta-1")}),
        region("eu-moscow", "Europe (Moscow)", "Eropa (Moskow)", false, true, true,
               {QStringLiteral("eu-moscow-1")}),
        region("ap-chongqing", "Southwest China (Chongqing)", "Tiongkok Barat Daya (Chongqing)",
               true, false, false, {QStringLiteral("ap-chongqing-1")}),
    };

    const QString gz = QStringLiteral("ap-guangzhou");
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("cvm-image-console-workspace")},
                     {QStringLiteral("version"), 2},
                     {QStringLiteral("name"), QStringLiteral("Test fixture")},
                     {QStringLiteral("accounts"), accounts},
                     {QStringLiteral("regions"), regions},
                     {QStringLiteral("images"), QJsonArray()},
                     {QStringLiteral("instances"), QJsonArray()},
                     {QStringLiteral("snapshots"), QJsonArray()},
                     {QStringLiteral("tasks"), QJsonArray()},
                     {QStringLiteral("journal"), QJsonArray()}};

    putImage(root, image(QStringLiteral("img-public01"), QString(), gz));
    QJsonObject market = image(QStringLiteral("img-market01"), QString(), gz);
    market.insert(QStringLiteral("ImageType"), QStringLiteral("MARKET_IMAGE"));
    putImage(root, market);

    QJsonObject own = image(QStringLiteral("img-owner001"), kOwner, gz);
    own.insert(
        QStringLiteral("SnapshotSet"),
        QJsonArray{QJsonObject{{QStringLiteral("SnapshotId"), QStringLiteral("snap-owner001")},
                               {QStringLiteral("DiskUsage"), QStringLiteral("SYSTEM_DISK")},
                               {QStringLiteral("DiskSize"), 50}}});
    putImage(root, own);
    root.insert(QStringLiteral("snapshots"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("SnapshotId"), QStringLiteral("snap-owner001")},
                    {QStringLiteral("OwnerAccountId"), kOwner},
                    {QStringLiteral("Region"), gz},
                    {QStringLiteral("DiskUsage"), QStringLiteral("SYSTEM_DISK")},
                    {QStringLiteral("DiskSize"), 50},
                    {QStringLiteral("CreatedTime"), QStringLiteral("2026-01-10T10:00:00Z")}}});

    QJsonObject shared = image(QStringLiteral("img-shared01"), kOwner, gz);
    shared.insert(QStringLiteral("Shares"), sharesWith({kFriend}));
    putImage(root, shared);

    QJsonObject full = image(QStringLiteral("img-full0050"), kOwner, gz);
    QStringList fifty;
    for (int n = 0; n < 50; ++n)
        fifty.append(extra(n));
    full.insert(QStringLiteral("Shares"), sharesWith(fifty));
    putImage(root, full);

    QJsonObject byol = image(QStringLiteral("img-byol0001"), kOwner, gz);
    byol.insert(QStringLiteral("LicenseType"), QStringLiteral("BYOL"));
    putImage(root, byol);
    QJsonObject enc = image(QStringLiteral("img-encr0001"), kOwner, gz);
    enc.insert(QStringLiteral("Encrypted"), true);
    putImage(root, enc);

    putImage(root, image(QStringLiteral("img-creating"), kOwner, gz, QStringLiteral("CREATING")));
    root.insert(QStringLiteral("tasks"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("TaskId"), QStringLiteral("task-create01")},
                    {QStringLiteral("Action"), QStringLiteral("CreateImage")},
                    {QStringLiteral("AccountId"), kOwner},
                    {QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-creating")}},
                    {QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                    {QStringLiteral("StartedTime"), QStringLiteral("2026-03-21T07:55:00Z")},
                    {QStringLiteral("DurationSeconds"), 600},
                    {QStringLiteral("State"), QStringLiteral("RUNNING")}}});

    QJsonObject strange = image(QStringLiteral("img-strange1"), kStranger, gz);
    strange.insert(QStringLiteral("Shares"), sharesWith({kOwner}));
    putImage(root, strange);
    QJsonObject trusted = image(QStringLiteral("img-trusted1"), kTrusted, gz);
    trusted.insert(QStringLiteral("Shares"), sharesWith({kFriend}));
    putImage(root, trusted);

    QJsonObject win = image(QStringLiteral("img-winsrv01"), kOwner, QStringLiteral("ap-shanghai"));
    win.insert(QStringLiteral("OsName"), QStringLiteral("Windows Server 2019 DataCenter 64-bit"));
    win.insert(QStringLiteral("Platform"), QStringLiteral("Windows"));
    win.insert(QStringLiteral("IsSupportCloudinit"), false);
    putImage(root, win);

    auto instance = [](const char *id, const QString &owner, const char *regionId, const char *zone,
                       const char *imageId, bool windows, bool modulesOk) {
        QJsonObject o{{QStringLiteral("InstanceId"), QString::fromLatin1(id)},
                      {QStringLiteral("InstanceName"), QString::fromLatin1(id)},
                      {QStringLiteral("OwnerAccountId"), owner},
                      {QStringLiteral("Region"), QString::fromLatin1(regionId)},
                      {QStringLiteral("Zone"), QString::fromLatin1(zone)},
                      {QStringLiteral("ImageId"), QString::fromLatin1(imageId)},
                      {QStringLiteral("OsName"),
                       windows ? QStringLiteral("Windows Server 2019 DataCenter 64-bit")
                               : QStringLiteral("CentOS 7.9 64-bit")},
                      {QStringLiteral("Platform"),
                       windows ? QStringLiteral("Windows") : QStringLiteral("CentOS")},
                      {QStringLiteral("InstanceState"), QStringLiteral("RUNNING")},
                      {QStringLiteral("CreatedTime"), QStringLiteral("2026-02-01T00:00:00Z")}};
        if (windows)
            o.insert(QStringLiteral("WindowsChecks"),
                     QJsonObject{{QStringLiteral("AgentServices"), true},
                                 {QStringLiteral("ModulesInstaller"), modulesOk},
                                 {QStringLiteral("SecuritySoftware"), true},
                                 {QStringLiteral("SystemPopups"), true}});
        return o;
    };
    root.insert(QStringLiteral("instances"),
                QJsonArray{instance("ins-linux001", kOwner, "ap-guangzhou", "ap-guangzhou-3",
                                    "img-owner001", false, true),
                           instance("ins-win00001", kOwner, "ap-shanghai", "ap-shanghai-2",
                                    "img-winsrv01", true, true),
                           instance("ins-winbad01", kOwner, "ap-shanghai", "ap-shanghai-2",
                                    "img-winsrv01", true, false),
                           instance("ins-friend01", kFriend, "ap-guangzhou", "ap-guangzhou-3",
                                    "img-public01", false, true)});
    return root;
}

Fixture::Fixture(const QJsonObject &json)
{
    cvm::LoadResult r = cvm::WorkspaceFile::fromObject(json);
    if (!r.ok())
        qFatal("fixture does not load: %s", qPrintable(r.errorText()));
    m_ws = std::move(r.workspace);
    m_ops = std::make_unique<cvm::Operations>(*m_ws, m_clock, m_ids);
}

cvm::OperationContext Fixture::as(const QString &account, const QSet<QString> &acknowledged) const
{
    cvm::OperationContext ctx;
    ctx.accountId = account;
    ctx.acknowledged = acknowledged;
    return ctx;
}

} // namespace fixture
