#include "CloudPull.h"

#include "Clock.h"
#include "ImportOsCatalog.h"
#include "WorkspaceFile.h"
#include "WorkspaceReader.h"

#include <QJsonArray>

namespace cvm::cloud {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

constexpr int kPage = 100;

} // namespace

CloudPull::CloudPull(CloudClient &client, const QStringList &regions, QObject *parent)
    : QObject(parent), m_client(client), m_wanted(regions)
{}

void CloudPull::start()
{
    m_state.endpoint = m_client.endpoint().toString();
    m_state.time = SystemClock().now(); // whole seconds, as the file keeps times
    QStringList accounts = m_client.accountIds();
    std::sort(accounts.begin(), accounts.end());
    for (const QString &a : std::as_const(accounts)) {
        m_state.accounts.append(Account{a, a, false, {}});
        const CloudCredential *c = m_client.credential(a);
        const QString region = m_wanted.value(0, c->defaultRegion);
        call(a, region, str("DescribeRegions"), {},
             [this, a](const QJsonObject &r) { regionsRead(a, r); });
    }
    if (accounts.isEmpty())
        finish();
}

void CloudPull::cancel()
{
    if (m_finished)
        return;
    m_error = tr("The pull was cancelled; the workspace is unchanged.");
    m_finished = true;
    m_client.cancel();
    Q_EMIT finished(false);
}

void CloudPull::call(const QString &account, const QString &region, const QString &action,
                     const QJsonObject &parameters, std::function<void(const QJsonObject &)> then)
{
    ++m_outstanding;
    m_client.send(CloudCall{account, region, action, parameters},
                  [this, account, region, action, then](const CloudAnswer &answer) {
                      --m_outstanding;
                      ++m_done;
                      if (m_finished)
                          return;
                      if (!answer.ok()) {
                          fail(account, region, action, answer);
                          return;
                      }
                      then(answer.response);
                      Q_EMIT progress(m_done, m_done + m_outstanding);
                      if (m_outstanding == 0 && !m_finished)
                          finish();
                  });
}

void CloudPull::fail(const QString &account, const QString &region, const QString &action,
                     const CloudAnswer &answer)
{
    if (m_finished)
        return;
    m_error = (region.isEmpty()
                   ? tr("%1 failed for account %2 after %3 attempt(s): %4 (%5). The workspace is "
                        "unchanged.")
                         .arg(action, account)
                         .arg(answer.attempts)
                         .arg(answer.message, answer.code)
                   : tr("%1 failed for account %2 in %3 after %4 attempt(s): %5 (%6). The "
                        "workspace is unchanged.")
                         .arg(action, account, region)
                         .arg(answer.attempts)
                         .arg(answer.message, answer.code));
    m_finished = true;
    m_client.cancel();
    Q_EMIT finished(false);
}

void CloudPull::regionsRead(const QString &account, const QJsonObject &response)
{
    QStringList available;
    for (const QJsonValue &v : response.value(str("RegionSet")).toArray()) {
        const QJsonObject o = v.toObject();
        Region r;
        r.regionId = o.value(str("Region")).toString();
        r.nameEn = o.value(str("RegionName")).toString();
        r.nameId = r.nameEn;
        r.state = o.value(str("RegionState")).toString() == QLatin1String("AVAILABLE")
                      ? RegionState::Available
                      : RegionState::Unavailable;
        if (r.regionId.isEmpty() || (!m_wanted.isEmpty() && !m_wanted.contains(r.regionId)))
            continue;
        if (!m_regions.contains(r.regionId))
            m_regions.insert(r.regionId, r);
        if (r.isAvailable())
            available.append(r.regionId);
    }
    for (const QString &wanted : std::as_const(m_wanted)) {
        if (!m_regions.contains(wanted)) {
            CloudAnswer a;
            a.code = cvm::codes::InvalidRegionNotFound;
            a.message = tr("the region %1 is not among the account's regions").arg(wanted);
            a.attempts = 1;
            fail(account, QString(), str("DescribeRegions"), a);
            return;
        }
    }
    // The import OS list, once: it is the same for every account and region.
    if (!m_importOsAsked && !available.isEmpty()) {
        m_importOsAsked = true;
        call(account, available.first(), str("DescribeImportImageOs"), {},
             [this](const QJsonObject &r) {
                 for (const QJsonValue &v : r.value(str("ImportImageOsVersionSet")).toArray()) {
                     const QJsonObject os = v.toObject();
                     const QString name = os.value(str("OsName")).toString();
                     const ImportOsVersion *known = ImportOsCatalog::find(name);
                     for (const QJsonValue &version : os.value(str("OsVersions")).toArray()) {
                         if (!known || !known->osVersions.contains(version.toString()))
                             m_state.importOsUnknown.append(name + QLatin1Char(' ') +
                                                            version.toString());
                     }
                 }
             });
    }
    for (const QString &region : std::as_const(available))
        pullRegion(account, region);
}

void CloudPull::pullRegion(const QString &account, const QString &region)
{
    call(account, region, str("DescribeZones"), {}, [this, region](const QJsonObject &r) {
        QStringList zones;
        for (const QJsonValue &z : r.value(str("ZoneSet")).toArray()) {
            if (z.toObject().value(str("ZoneState")).toString() != QLatin1String("UNAVAILABLE"))
                zones.append(z.toObject().value(str("Zone")).toString());
        }
        m_regions[region].zones = zones;
    });
    call(account, region, str("DescribeImageQuota"), {}, [this](const QJsonObject &r) {
        const QJsonValue quota = r.value(str("ImageNumQuota"));
        if (quota.isDouble())
            m_quota = qMax(m_quota.value_or(0), quota.toInt());
    });
    const QJsonObject first{{str("Offset"), 0}, {str("Limit"), kPage}};
    call(account, region, str("DescribeImages"), first,
         [this, account, region](const QJsonObject &r) {
             imagesRead(account, region, r);
             // The other pages, all at once, once the total is known.
             const int total = r.value(str("TotalCount")).toInt();
             for (int offset = kPage; offset < total; offset += kPage)
                 call(account, region, str("DescribeImages"),
                      {{str("Offset"), offset}, {str("Limit"), kPage}},
                      [this, account, region](const QJsonObject &page) {
                          imagesRead(account, region, page);
                      });
         });
    call(account, region, str("DescribeInstances"), first,
         [this, account, region](const QJsonObject &r) {
             instancesRead(account, region, r);
             const int total = r.value(str("TotalCount")).toInt();
             for (int offset = kPage; offset < total; offset += kPage)
                 call(account, region, str("DescribeInstances"),
                      {{str("Offset"), offset}, {str("Limit"), kPage}},
                      [this, account, region](const QJsonObject &page) {
                          instancesRead(account, region, page);
                      });
         });
}

void CloudPull::imagesRead(const QString &account, const QString &region,
                           const QJsonObject &response)
{
    const QJsonArray set = response.value(str("ImageSet")).toArray();
    for (qsizetype i = 0; i < set.size(); ++i) {
        const QJsonObject o = set.at(i).toObject();
        QList<LoadProblem> problems;
        std::optional<Image> img = WorkspaceFile::describedImage(
            o, account, QStringLiteral("ImageSet[%1]").arg(i), problems);
        if (!img) {
            CloudAnswer a;
            a.code = cvm::codes::InvalidParameterValue;
            a.message =
                tr("an image of the answer cannot be read: %1").arg(problems.value(0).text());
            a.attempts = 1;
            fail(account, region, str("DescribeImages"), a);
            return;
        }
        img->region = region;
        const QString type = o.value(str("ImageType")).toString();
        if (type == QLatin1String("PRIVATE_IMAGE")) {
            const QString id = img->imageId;
            m_own.insert(id, *img);
            call(account, region, str("DescribeImageSharePermission"), {{str("ImageId"), id}},
                 [this, id](const QJsonObject &r) {
                     QList<ShareEntry> shares;
                     for (const QJsonValue &v : r.value(str("SharePermissionSet")).toArray()) {
                         const QJsonObject s = v.toObject();
                         shares.append(ShareEntry{
                             s.value(str("AccountId")).toString(),
                             parseWorkspaceTime(s.value(str("CreatedTime")).toString())});
                     }
                     m_shares.insert(id, shares);
                 });
        } else {
            if (type == QLatin1String("SHARED_IMAGE"))
                m_sharedWith[img->imageId].append(account);
            if (!m_others.contains(img->imageId))
                m_others.insert(img->imageId, *img);
        }
    }
}

Instance CloudPull::instanceFromApi(const QJsonObject &o, const QString &accountId,
                                    const QString &region)
{
    Instance i;
    i.instanceId = o.value(str("InstanceId")).toString();
    i.instanceName = o.value(str("InstanceName")).toString();
    i.ownerAccountId = accountId;
    i.region = region;
    i.zone = o.value(str("Placement")).toObject().value(str("Zone")).toString();
    i.imageId = o.value(str("ImageId")).toString();
    i.osName = o.value(str("OsName")).toString();
    i.platform = i.osName.contains(QLatin1String("Windows"), Qt::CaseInsensitive)
                     ? str("Windows")
                     : i.osName.section(QLatin1Char(' '), 0, 0);
    i.instanceState = o.value(str("InstanceState")).toString();
    i.createdTime = parseWorkspaceTime(o.value(str("CreatedTime")).toString());
    i.instanceType = o.value(str("InstanceType")).toString();
    i.cpu = o.value(str("CPU")).toInt();
    i.memory = o.value(str("Memory")).toInt();
    i.instanceChargeType = o.value(str("InstanceChargeType")).toString();
    for (const QJsonValue &ip : o.value(str("PrivateIpAddresses")).toArray())
        i.privateIpAddresses.append(ip.toString());
    const QJsonObject disk = o.value(str("SystemDisk")).toObject();
    i.systemDisk.diskType = disk.value(str("DiskType")).toString();
    i.systemDisk.diskId = disk.value(str("DiskId")).toString();
    i.systemDisk.diskSize = disk.value(str("DiskSize")).toInt();
    i.uuid = o.value(str("Uuid")).toString();
    return i;
}

void CloudPull::instancesRead(const QString &account, const QString &region,
                              const QJsonObject &response)
{
    for (const QJsonValue &v : response.value(str("InstanceSet")).toArray())
        m_instances.append(instanceFromApi(v.toObject(), account, region));
}

void CloudPull::finish()
{
    if (m_finished)
        return;
    QSet<QString> pulled;
    for (const Account &a : std::as_const(m_state.accounts))
        pulled.insert(a.accountId);
    for (auto it = m_own.begin(); it != m_own.end(); ++it) {
        it->shares = m_shares.value(it.key());
        m_state.images.append(*it);
    }
    for (auto it = m_others.begin(); it != m_others.end(); ++it) {
        if (m_own.contains(it.key()))
            continue; // its owner was pulled too: the owner's record has the share list
        for (const QString &a : m_sharedWith.value(it.key()))
            it->shares.append(ShareEntry{a, m_state.time});
        m_state.images.append(*it);
    }
    std::sort(m_state.images.begin(), m_state.images.end(),
              [](const Image &a, const Image &b) { return a.imageId < b.imageId; });
    // An instance's platform as its image says, when the image is known.
    QHash<QString, QString> platforms;
    for (const Image &img : std::as_const(m_state.images))
        platforms.insert(img.imageId, img.platform);
    for (Instance &i : m_instances) {
        if (platforms.contains(i.imageId))
            i.platform = platforms.value(i.imageId);
    }
    m_state.instances = m_instances;
    QStringList regionIds = m_regions.keys();
    std::sort(regionIds.begin(), regionIds.end());
    for (const QString &r : std::as_const(regionIds))
        m_state.regions.append(m_regions.value(r));
    m_state.imageQuota = m_quota;
    m_finished = true;
    Q_EMIT finished(true);
}

} // namespace cvm::cloud
