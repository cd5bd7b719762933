// The workspace file: round trip, validation with paths, syntax errors with line and column,
// migration, atomic saving with a backup, and the DescribeImages import.
#include "Fixture.h"
#include "WorkspaceReader.h"
#include "WorkspaceGenerator.h"
#include "WorkspaceLint.h"
#include "WorkspaceSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace cvm;
using namespace fixture;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

LoadResult loadWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = baseJson();
    change(root);
    return WorkspaceFile::fromObject(root);
}

int indexOf(const QJsonObject &root, const QString &id)
{
    const QJsonArray images = root.value(QStringLiteral("images")).toArray();
    for (int i = 0; i < images.size(); ++i) {
        if (images.at(i).toObject().value(QStringLiteral("ImageId")).toString() == id)
            return i;
    }
    return -1;
}

// Sets (or, with an undefined value, removes) one key of the record `index` of the array `array`.
void setField(QJsonObject &root, const QString &array, int index, const QString &key,
              const QJsonValue &value)
{
    QJsonArray a = root.value(array).toArray();
    QJsonObject o = a.at(index).toObject();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    a[index] = o;
    root.insert(array, a);
}

// Changes one field of one image in place (its position in the list stays).
void setImageField(QJsonObject &root, const QString &id, const QString &key,
                   const QJsonValue &value)
{
    setField(root, QStringLiteral("images"), indexOf(root, id), key, value);
}

bool writeFile(const QString &name, const QByteArray &data)
{
    QFile f(name);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &name)
{
    QFile f(name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString &dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

QString describe(const QList<LoadProblem> &problems)
{
    QStringList out;
    for (const LoadProblem &p : problems)
        out.append(QStringLiteral("[%1] %2").arg(int(p.kind)).arg(p.text()));
    return out.join(QLatin1Char('\n'));
}

const char *kTencentExample =
    R"({"Response":{"TotalCount":1,"ImageSet":[{"OsName":"CentOS 7.4 64-bit","ImageSize":20,"ImageType":"PRIVATE_IMAGE",)"
    R"("CreatedTime":"2020-09-22T00:00:00+00:00","ImageDescription":"test-image","ImageSource":"CREATE_IMAGE","ImageId":"img-qlzp4oea",)"
    R"("ImageName":"test-image","ImageCreator":"3205597606","ImageState":"NORMAL","SyncPercent":null,)"
    R"("SnapshotSet":[{"SnapshotId":"snap-gqa37j2p","DiskUsage":"SYSTEM_DISK","DiskSize":20}],"Tags":[{"Value":"xx","Key":"xx"}],)"
    R"("Architecture":"x86_64","Platform":"CentOS","IsSupportCloudinit":true}],"RequestId":"5908394c-5b3f-42e0-a537-8410553890a5"}})";

// Gives a field of a record a value it does not have, valid for the file; false when there is
// none that leaves the record's other fields meaning what they did (an image's type that
// would make its owner unread).
bool changeField(const schema::RecordSchema &s, const schema::Field &f, void *r)
{
    using schema::Type;
    auto sample = [](Expect e) {
        switch (e) {
        case Expect::ImageId:
            return QStringLiteral("img-zzzz9999");
        case Expect::InstanceId:
            return QStringLiteral("ins-zzzz9999");
        case Expect::SnapshotId:
            return QStringLiteral("snap-zzzz9999");
        case Expect::TaskId:
            return QStringLiteral("task-zzzz9999");
        case Expect::AccountId:
            return kFriend;
        case Expect::RegionId:
            return QStringLiteral("ap-tokyo");
        default:
            return QStringLiteral("Changed \u00ab\u00e9\u00bb \"quoted\"");
        }
    };
    switch (f.type) {
    case Type::Text:
        f.setText(r, sample(f.expect));
        return true;
    case Type::Integer:
        f.setInteger(r, f.expect == Expect::Percent ? 42 : 4242);
        return true;
    case Type::Boolean:
        f.setBoolean(r, !f.boolean(r));
        return true;
    case Type::Time:
        f.setTime(r, QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6), Qt::UTC));
        return true;
    case Type::Enum: {
        auto readable = [&s, r] {
            QList<bool> out;
            for (const schema::Field &other : s.fields)
                out.append(!other.readIf || other.readIf(r));
            return out;
        };
        const QList<bool> before = readable();
        const int current = f.enumValue(r);
        for (const QString &name : f.allowed) {
            const int v = f.parse(name);
            if (v < 0 || v == current || v == f.notInFile)
                continue;
            f.setEnum(r, v);
            if (readable() == before && f.enumValue(r) == v)
                return true;
            f.setEnum(r, current);
        }
        return false;
    }
    case Type::TextList: {
        const QString element = f.element == Expect::OneOf ? f.allowed.last()
                                : f.element == Expect::NonEmptyString
                                    ? QStringLiteral("zone-9")
                                    : sample(f.element);
        QStringList list = f.list(r);
        list.append(element);
        f.setList(r, std::move(list));
        return true;
    }
    case Type::Records: {
        void *child = f.append(r);
        for (const schema::Field &c : f.child->fields)
            changeField(*f.child, c, child);
        return true;
    }
    case Type::Record: {
        void *child = f.mutableRecord(r);
        for (const schema::Field &c : f.child->fields)
            changeField(*f.child, c, child);
        return true;
    }
    case Type::Object:
        f.setObject(r, QJsonObject{{QStringLiteral("Changed"), 1}});
        return true;
    }
    return false;
}

// A busy workspace: shares, copies mid-way and finished, failed images, instances, journal
// entries of every kind (refused, dry run, undo, redo).
void makeBusy(Fixture &f)
{
    const QSet<QString> ack{QStringLiteral("S6"), QStringLiteral("N4"), QStringLiteral("I2")};
    f.ops().modifySharePermission(f.as(kOwner, ack),
                                  {QStringLiteral("img-owner001"), {kFriend, kTrusted}});
    f.ops().modifySharePermission(
        f.as(kOwner), {QStringLiteral("img-full0050"), {extra(3)}, SharePermission::Cancel});
    f.ops().modifySharePermission(
        f.as(kOwner, ack), {QStringLiteral("img-full0050"), {extra(3), extra(55)}}); // refused
    const OperationResult sync = f.ops().syncImages(
        f.as(kOwner), {{QStringLiteral("img-winsrv01")},
                       {QStringLiteral("ap-beijing"), QStringLiteral("ap-jakarta")},
                       std::nullopt,
                       {kFriend}}); // a give: the share step stays on the task
    f.ops().createImage(f.as(kOwner, ack),
                        {QStringLiteral("ins-winbad01"), QStringLiteral("will fail"),
                         QStringLiteral("d"), true, true});
    ImportRequest imp;
    imp.region = QStringLiteral("ap-guangzhou");
    imp.imageName = QStringLiteral("no partitions");
    imp.osType = QStringLiteral("Debian");
    imp.osVersion = QStringLiteral("12");
    imp.architecture = QStringLiteral("x86_64");
    imp.imageUrl = QStringLiteral("https://b-1250000001.cos.ap-guangzhou.myqcloud.com/d.raw");
    imp.file.format = QStringLiteral("RAW");
    imp.file.virtualSizeBytes = qint64(8) << 30;
    imp.file.partitionTable = QStringLiteral("NONE");
    f.ops().importImage(f.as(kOwner), imp);
    f.ops().runInstances(f.as(kOwner, ack), {QStringLiteral("img-strange1"),
                                             QStringLiteral("ap-guangzhou"),
                                             {},
                                             2,
                                             QStringLiteral("web")});
    // The Instance fields of the API: type, CPU and memory, charge type, address, disk, UUID.
    RunInstancesRequest typed{QStringLiteral("img-public01"),
                              QStringLiteral("ap-guangzhou"),
                              {},
                              1,
                              QStringLiteral("typed")};
    typed.instanceType = QStringLiteral("SA5.MEDIUM4");
    typed.instanceChargeType = QStringLiteral("POSTPAID_BY_HOUR");
    typed.systemDisk = SystemDisk{QStringLiteral("CLOUD_BSSD"), {}, 60};
    f.ops().runInstances(f.as(kOwner, ack), typed);
    ModifyAttributeRequest family{QStringLiteral("img-owner001"), std::nullopt, std::nullopt};
    family.imageFamily = QStringLiteral("business-daily");
    family.imageDeprecated = true;
    f.ops().modifyImageAttribute(f.as(kOwner), family);
    f.ops().exportImages(f.as(kOwner),
                         {{QStringLiteral("img-byol0001")}, QStringLiteral("images-1250000001")});
    f.ops().setTrustedAccounts(f.as(kFriend), {{kOwner, kTrusted}});
    const OperationResult rename = f.ops().modifyImageAttribute(
        f.as(kOwner), {QStringLiteral("img-byol0001"), QStringLiteral("byol é ünïcode ✓"),
                       QStringLiteral("line one\nline \"two\"")});
    f.ops().undo(f.as(kOwner), rename);
    f.ops().redo(f.as(kOwner), rename);
    OperationContext dry = f.as(kOwner);
    dry.dryRun = true;
    dry.channel = QStringLiteral("API");
    f.ops().deleteImages(dry, {{QStringLiteral("img-encr0001")}, true});
    QList<LoadProblem> problems;
    f.ops().importDescribeImages(
        f.as(kFriend), WorkspaceFile::parseDescribeImages(kTencentExample, kFriend, &problems),
        kFriend, QStringLiteral("ap-jakarta"));
    f.clock().advance(f.ws().policy().createDurationSeconds);
    f.ops().advanceTasks(); // creation failed, import failed, fixture's task done; the copy is
                            // still running
    Q_UNUSED(sync);
}

struct Records
{
    QList<Account> accounts;
    QList<Region> regions;
    QHash<QString, Image> images;
    QHash<QString, Instance> instances;
    QHash<QString, Snapshot> snapshots;
    QHash<QString, Task> tasks;
    QList<JournalEntry> journal;
    Policy policy;
    QString name;
    bool operator==(const Records &) const = default;
};

Records records(const Workspace &ws)
{
    return Records{ws.accounts(), ws.regions(), ws.images(), ws.instances(), ws.snapshots(),
                   ws.tasks(),    ws.journal(), ws.policy(), ws.name()};
}

} // namespace

// The "cloud" section of a workspace connected to Tencent Cloud, for the file `root`: a change
// pending with provisional IDs, one the rules refuse (with arguments), one the cloud refused
// and one applied, with its effect. `text` goes where an operator's text can go.
QJsonObject sampleCloud(const QJsonObject &root, const QString &text)
{
    const QJsonObject account = root.value(s("accounts")).toArray().first().toObject();
    QJsonObject renamed = account;
    renamed.insert(s("Name"), text);
    const QJsonObject effect{
        {s("Accounts"),
         QJsonArray{QJsonObject{{s("Id"), account.value(s("AccountId"))},
                                {s("Before"), account},
                                {s("After"), renamed}}}}};
    auto change = [](int sequence, const char *action, const char *state) {
        return QJsonObject{{s("Sequence"), sequence},
                           {s("Time"), s("2026-11-20T08:00:00Z")},
                           {s("AccountId"), kOwner},
                           {s("Action"), s(action)},
                           {s("Region"), s("ap-guangzhou")},
                           {s("Parameters"), QJsonObject{{s("ImageIds"), QJsonArray{s("img-owner001")}}}},
                           {s("State"), s(state)}};
    };
    QJsonObject pending = change(1, "ModifyImageAttribute", "PENDING");
    pending.insert(s("Parameters"), QJsonObject{{s("ImageId"), s("img-owner001")},
                                                {s("ImageName"), text}});
    QJsonObject copy = change(2, "SyncImages", "CONFLICT");
    copy.insert(s("ProvisionalIds"), QJsonArray{s("img-prov0001"), s("img-prov0002")});
    copy.insert(s("Refusal"),
                QJsonObject{{s("Rule"), s("S2")},
                            {s("Code"), s("LimitExceeded")},
                            {s("Arguments"), QJsonObject{{s("limit"), 10},
                                                         {s("name"), text},
                                                         {s("share"), 2.5},
                                                         {s("ids"), QJsonArray{s("a"), s("b")}}}},
                            {s("Items"), QJsonArray{s("img-owner001")}}});
    QJsonObject gone = change(3, "DeleteImages", "CONFLICT");
    gone.insert(s("Refusal"), QJsonObject{{s("Code"), s("InvalidImageId.NotFound")},
                                          {s("Message"), text},
                                          {s("RequestId"), s("5908394c-5b3f-42e0")}});
    QJsonObject applied = change(5, "ModifyImageSharePermission", "APPLIED");
    applied.insert(s("RequestId"), s("a537-8410553890a5"));
    applied.insert(s("AppliedTime"), s("2026-11-20T09:30:00Z"));
    applied.insert(s("Effect"), effect);
    return QJsonObject{{s("Endpoint"), s("https://cvm.tencentcloudapi.com")},
                       {s("PulledTime"), s("2026-11-20T07:00:00Z")},
                       {s("AccountIds"), QJsonArray{kOwner}},
                       {s("Regions"), QJsonArray{s("ap-guangzhou"), s("ap-beijing")}},
                       {s("Pending"), QJsonArray{pending, copy, gone, applied}}};
}

// Workspaces the writer is compared on: between them they hold every key of every kind of
// record (writerSamplesHoldEveryKey) and every kind of character.
QList<std::pair<const char *, QByteArray>> writerSamples()
{
    QList<std::pair<const char *, QByteArray>> samples;
    Fixture busy;
    makeBusy(busy);
    samples.append({"busy", WorkspaceFile::toJson(busy.ws())});
    samples.append({"sample", readFile(QStringLiteral(SAMPLE_WORKSPACE))});
    WorkspaceGenerator::Options options;
    options.images = 4500; // over 4,096 images and snapshots: written in pieces on other threads
    options.accounts = 60;
    options.regions = 8;
    options.seed = 3;
    samples.append({"generated", QJsonDocument(WorkspaceGenerator::generate(options)).toJson()});

    // Every kind of character a name or a parameter can hold.
    QString tricky = QStringLiteral("quote \" backslash \\ slash / tab \t nl \n cr \r ff \f bs \b");
    tricky += QChar(0x01);
    tricky += QChar(0x1f);
    tricky += QChar(0x7f);
    tricky += QStringLiteral(" é ✓ ");
    tricky += QString::fromUcs4(U"\U00020000\U0001F600");
    tricky += QChar(0xD800); // a lone surrogate
    tricky += QStringLiteral(" end");
    QJsonObject root = baseJson();
    setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageDescription"), tricky);
    setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageName"),
                  QString::fromUcs4(U"\U00020000 name"));
    // Times with milliseconds (written as whole seconds), before 1970, on a leap day.
    setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("CreatedTime"),
                  QStringLiteral("1969-07-20T20:17:40.750Z"));
    setImageField(root, QStringLiteral("img-byol0001"), QStringLiteral("CreatedTime"),
                  QStringLiteral("2024-02-29T23:59:59.999Z"));
    setImageField(root, QStringLiteral("img-encr0001"), QStringLiteral("CreatedTime"),
                  QStringLiteral("1900-03-01T00:00:00Z"));
    root.insert(QStringLiteral("name"), tricky);
    const QJsonObject parameters{
        {QStringLiteral("ImageName"), tricky},
        {QStringLiteral("Nested"),
         QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2.5, true, QJsonValue()}},
                     {QStringLiteral("empty"), QJsonObject()}}},
        {QStringLiteral("List"), QJsonArray()}};
    QJsonArray journal = root.value(QStringLiteral("journal")).toArray();
    journal.append(
        QJsonObject{{QStringLiteral("Time"), QStringLiteral("2026-02-03T04:05:06Z")},
                    {QStringLiteral("AccountId"), kOwner},
                    {QStringLiteral("Action"), QStringLiteral("ModifyImageAttribute")},
                    {QStringLiteral("Channel"), QStringLiteral("Console")},
                    {QStringLiteral("Parameters"), parameters},
                    {QStringLiteral("Result"), parameters},
                    {QStringLiteral("Outcome"), QStringLiteral("Refused")},
                    {QStringLiteral("Errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("Rule"), QStringLiteral("M2")},
                                            {QStringLiteral("Code"),
                                             QStringLiteral("InvalidParameterValue.TooLarge")}}}}});
    root.insert(QStringLiteral("journal"), journal);
    root.insert(QStringLiteral("cloud"), sampleCloud(root, tricky));
    const LoadResult loaded = WorkspaceFile::fromObject(root);
    if (!loaded.ok() || loaded.workspace->name() != tricky)
        qFatal("the tricky sample does not load: %s", qPrintable(loaded.errorText()));
    samples.append({"tricky", WorkspaceFile::toJson(*loaded.workspace)});
    return samples;
}

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

    // One problem of the given kind at exactly this path, whose text names the path (and the
    // value).
    void checkOneProblem(const LoadResult &r, LoadProblem::Kind kind, const QString &path,
                         const QString &shown = QString())
    {
        QVERIFY2(!r.ok(), "loaded although it should not");
        QVERIFY(!r.workspace); // nothing to save over the file
        QVERIFY2(r.problems.size() == 1, qPrintable(describe(r.problems)));
        const LoadProblem &p = r.problems.first();
        QCOMPARE(int(p.kind), int(kind));
        QCOMPARE(p.path, path);
        const QString text = p.text();
        QVERIFY2(text.startsWith(path + QStringLiteral(": ")), qPrintable(text));
        if (!shown.isEmpty()) {
            QCOMPARE(p.value, shown);
            QVERIFY2(text.contains(shown), qPrintable(text));
        }
        QVERIFY(r.errorText().contains(text));
    }

private Q_SLOTS:
    // ---- Round trip ----------------------------------------------------------------------

    void roundTripOfTheFixture()
    {
        const LoadResult first = WorkspaceFile::fromObject(baseJson());
        QVERIFY2(first.ok(), qPrintable(first.errorText()));
        QCOMPARE(first.migratedFrom, 0);
        QVERIFY(first.workspace->loadFindings().isEmpty());
        const QByteArray saved = WorkspaceFile::toJson(*first.workspace);
        const LoadResult second = WorkspaceFile::fromJson(saved);
        QVERIFY2(second.ok(), qPrintable(second.errorText()));
        QVERIFY(records(*second.workspace) == records(*first.workspace));
        QCOMPARE(WorkspaceFile::toJson(*second.workspace), saved);
        QCOMPARE(second.workspace->imageCount(), 11);
        QCOMPARE(second.workspace->accounts().size(), 64);
        QCOMPARE(second.workspace->regions().size(), 6);
        QCOMPARE(second.workspace->instances().size(), 4);
        QCOMPARE(second.workspace->snapshots().size(), 1);
        QCOMPARE(second.workspace->tasks().size(), 1);
        QCOMPARE(second.workspace->name(), QStringLiteral("Test fixture"));

        // Every value of the fixture's images is kept as written.
        const QJsonArray source = baseJson().value(QStringLiteral("images")).toArray();
        for (const QJsonValue &v : source) {
            const QJsonObject in = v.toObject();
            const QJsonObject out = WorkspaceFile::imageToJson(
                *second.workspace->image(in.value(QStringLiteral("ImageId")).toString()));
            for (auto it = in.begin(); it != in.end(); ++it)
                QVERIFY2(out.value(it.key()) == it.value(),
                         qPrintable(in.value(QStringLiteral("ImageId")).toString() +
                                    QLatin1Char('.') + it.key()));
        }
    }

    void roundTripAfterOperations()
    {
        Fixture f;
        makeBusy(f);
        QVERIFY(f.ws().journal().size() >= 12);
        QVERIFY(!f.ws().runningTasks().isEmpty());
        const QByteArray first = WorkspaceFile::toJson(f.ws());
        LoadResult again = WorkspaceFile::fromJson(first);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(again.workspace->loadFindings().isEmpty());
        QCOMPARE(WorkspaceFile::toJson(*again.workspace), first);
        QCOMPARE(again.workspace->journal(), f.ws().journal());
        QCOMPARE(again.workspace->images(), f.ws().images());
        QCOMPARE(again.workspace->tasks(), f.ws().tasks());
        QCOMPARE(again.workspace->instances(), f.ws().instances());
        QCOMPARE(again.workspace->snapshots(), f.ws().snapshots());
        QCOMPARE(again.workspace->accounts(), f.ws().accounts());
        QVERIFY(records(*again.workspace) == records(f.ws()));
        // And a third time, through a file.
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("busy.json"));
        QVERIFY(WorkspaceFile::save(*again.workspace, name));
        const LoadResult third = WorkspaceFile::load(name);
        QVERIFY2(third.ok(), qPrintable(third.errorText()));
        QVERIFY(records(*third.workspace) == records(f.ws()));
        QCOMPARE(readFile(name), first);
    }

    void sampleRoundTrips()
    {
        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        QVERIFY2(sample.ok(), qPrintable(sample.errorText()));
        const QByteArray saved = WorkspaceFile::toJson(*sample.workspace);
        QCOMPARE(saved, readFile(QStringLiteral(
                            SAMPLE_WORKSPACE))); // the sample is stored in the canonical form
        const LoadResult again = WorkspaceFile::fromJson(saved);
        QVERIFY(records(*again.workspace) == records(*sample.workspace));
    }

    // The file is written directly, not through QJsonDocument; the bytes must be those
    // QJsonDocument would write, whatever the workspace holds.
    void writerMatchesQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        for (const auto &[name, json] : writerSamples())
            QTest::newRow(name) << json;
    }

    void writerMatchesQJsonDocument()
    {
        QFETCH(QByteArray, json);
        const LoadResult r = WorkspaceFile::fromJson(json);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QByteArray direct = WorkspaceFile::toJson(*r.workspace);
        const QByteArray reference =
            QJsonDocument(WorkspaceFile::toObject(*r.workspace)).toJson(QJsonDocument::Indented);
        if (direct != reference) {
            qsizetype at = 0;
            while (at < direct.size() && at < reference.size() && direct.at(at) == reference.at(at))
                ++at;
            QFAIL(qPrintable(
                QStringLiteral("differs at byte %1:\n%2\n-- expected --\n%3")
                    .arg(at)
                    .arg(QString::fromUtf8(direct.mid(qMax<qsizetype>(0, at - 80), 160)),
                         QString::fromUtf8(reference.mid(qMax<qsizetype>(0, at - 80), 160)))));
        }
    }

    // Each record kind lists a key once, and writes its keys in the order QJsonDocument
    // sorts them (byte order for these ASCII keys), nested records included.
    void schemaListsEachKeyOnceInOrder()
    {
        QList<const schema::RecordSchema *> pending{
            &schema::account(), &schema::region(),   &schema::image(),        &schema::instance(),
            &schema::snapshot(), &schema::task(),     &schema::journalEntry(), &schema::policy(),
            &schema::cloud()};
        int checked = 0;
        while (!pending.isEmpty()) {
            const schema::RecordSchema *s = pending.takeFirst();
            ++checked;
            QSet<QString> keys;
            QByteArray previous;
            QCOMPARE(s->writeOrder.size(), s->fields.size());
            for (const int i : s->writeOrder) {
                const schema::Field &f = s->fields.at(i);
                const QByteArray key(f.key.data(), f.key.size());
                QVERIFY2(!keys.contains(QString::fromLatin1(key)), key.constData());
                keys.insert(QString::fromLatin1(key));
                QVERIFY2(previous < key, key.constData());
                previous = key;
                if (f.child)
                    pending.append(f.child);
            }
        }
        QVERIFY(checked >= 17); // the nine kinds and their nested records
    }

    // Every field of every record kind, given a value other than the one it has, is written
    // and read back as it was set, by both readers: a field added to the schema is held to it
    // without a test of its own.
    void everySchemaFieldSurvivesARoundTrip()
    {
        Fixture busy;
        makeBusy(busy);
        QJsonObject busyRoot = WorkspaceFile::toObject(busy.ws());
        busyRoot.insert(s("cloud"), sampleCloud(busyRoot, s("text")));
        const QByteArray base = QJsonDocument(busyRoot).toJson();
        auto fresh = [&base] { return std::move(WorkspaceFile::fromJson(base).workspace); };
        const QString imageId = QStringLiteral("img-owner001");
        QString windowsInstance;
        for (auto it = busy.ws().instances().cbegin(); it != busy.ws().instances().cend(); ++it)
            if (it->isWindows() && (windowsInstance.isEmpty() || it.key() < windowsInstance))
                windowsInstance = it.key();
        QVERIFY(!windowsInstance.isEmpty());
        QVERIFY(!busy.ws().tasks().isEmpty() && !busy.ws().snapshots().isEmpty());
        const QString taskId = busy.ws().tasks().cbegin().key();
        const QString snapshotId = busy.ws().snapshots().cbegin().key();

        // One kind of record: how to take it from a workspace, and where it sits in the file.
        struct Kind
        {
            const char *name;
            const schema::RecordSchema *schema;
            std::function<std::shared_ptr<void>(const Workspace &)> take;
            std::function<bool(const Workspace &, const void *)> holds;
            const char *array; // the top-level key; the record is its element with `id`
            QString id;        // empty: the first element (a region), or the only one (policy)
            int firstField;    // the ID a record is kept under is not changed
        };
        const QList<Kind> kinds{
            {"image", &schema::image(),
             [&](const Workspace &ws) { return std::shared_ptr<void>(new Image(*ws.image(imageId))); },
             [&](const Workspace &ws, const void *r) { return *ws.image(imageId) == *static_cast<const Image *>(r); },
             "images", imageId, 1},
            {"instance", &schema::instance(),
             [&](const Workspace &ws) { return std::shared_ptr<void>(new Instance(*ws.instance(windowsInstance))); },
             [&](const Workspace &ws, const void *r) { return *ws.instance(windowsInstance) == *static_cast<const Instance *>(r); },
             "instances", windowsInstance, 1},
            {"snapshot", &schema::snapshot(),
             [&](const Workspace &ws) { return std::shared_ptr<void>(new Snapshot(*ws.snapshot(snapshotId))); },
             [&](const Workspace &ws, const void *r) { return *ws.snapshot(snapshotId) == *static_cast<const Snapshot *>(r); },
             "snapshots", snapshotId, 1},
            {"task", &schema::task(),
             [&](const Workspace &ws) { return std::shared_ptr<void>(new Task(*ws.task(taskId))); },
             [&](const Workspace &ws, const void *r) { return *ws.task(taskId) == *static_cast<const Task *>(r); },
             "tasks", taskId, 1},
            {"account", &schema::account(),
             [&](const Workspace &ws) { return std::shared_ptr<void>(new Account(*ws.account(kOwner))); },
             [&](const Workspace &ws, const void *r) { return *ws.account(kOwner) == *static_cast<const Account *>(r); },
             "accounts", kOwner, 1},
            {"region", &schema::region(),
             [](const Workspace &ws) { return std::shared_ptr<void>(new Region(ws.regions().first())); },
             [](const Workspace &ws, const void *r) { return ws.regions().first() == *static_cast<const Region *>(r); },
             "regions", QString(), 1},
            {"journal", &schema::journalEntry(),
             [](const Workspace &ws) { return std::shared_ptr<void>(new JournalEntry(ws.journal().first())); },
             [](const Workspace &ws, const void *r) { return ws.journal().first() == *static_cast<const JournalEntry *>(r); },
             "journal", QString(), 0},
            {"policy", &schema::policy(),
             [](const Workspace &ws) { return std::shared_ptr<void>(new Policy(ws.policy())); },
             [](const Workspace &ws, const void *r) { return ws.policy() == *static_cast<const Policy *>(r); },
             "policy", QString(), 0},
            {"cloud", &schema::cloud(),
             [](const Workspace &ws) {
                 return std::shared_ptr<void>(new CloudRecord{ws.cloud(), ws.pendingList()});
             },
             [](const Workspace &ws, const void *r) {
                 return CloudRecord{ws.cloud(), ws.pendingList()} ==
                        *static_cast<const CloudRecord *>(r);
             },
             "cloud", QString(), 0},
        };
        // The file of `ws` with the record of `kind` replaced by `record`, as the schema has it.
        auto withRecord = [](const Workspace &ws, const Kind &kind, const void *record) {
            QJsonObject root = WorkspaceFile::toObject(ws);
            const QString array = QString::fromLatin1(kind.array);
            const QJsonObject changed = schema::toJson(*kind.schema, record);
            if (!root.value(array).isArray()) {
                root.insert(array, changed);
                return root;
            }
            QJsonArray list = root.value(array).toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject o = list.at(i).toObject();
                if (kind.id.isEmpty() || o.value(kind.schema->fields.first().key).toString() == kind.id) {
                    list[i] = changed;
                    break;
                }
            }
            root.insert(array, list);
            return root;
        };

        int changed = 0;
        for (const Kind &kind : kinds) {
            for (int i = kind.firstField; i < kind.schema->fields.size(); ++i) {
                const schema::Field &f = kind.schema->fields.at(i);
                std::unique_ptr<Workspace> ws = fresh();
                QVERIFY(ws);
                const std::shared_ptr<void> record = kind.take(*ws);
                // A value that changes whether other fields are written (a platform that is
                // no longer Windows drops the Windows checks) is not this field's round trip.
                auto written = [&kind, &record] {
                    QList<bool> out;
                    for (const schema::Field &other : kind.schema->fields)
                        out.append(schema::isWritten(other, record.get()));
                    return out;
                };
                QList<bool> before = written();
                if (!changeField(*kind.schema, f, record.get()) || !schema::isWritten(f, record.get()))
                    continue;
                QList<bool> after = written();
                before.removeAt(i);
                after.removeAt(i);
                if (before != after)
                    continue;
                ++changed;
                const QString what = QString::fromLatin1(kind.name) + u'.' + f.key;
                const LoadResult put = WorkspaceFile::fromObject(withRecord(*ws, kind, record.get()));
                QVERIFY2(put.ok(), qPrintable(what + u' ' + put.errorText()));
                // Read back from the file's text, as written (keys in the file's order,
                // indented) and as QJsonDocument writes it (compact).
                const QByteArray json = WorkspaceFile::toJson(*put.workspace);
                for (const QByteArray &text :
                     {json, QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact)}) {
                    const LoadResult read = WorkspaceFile::fromJson(text);
                    QVERIFY2(read.ok(), qPrintable(what + u' ' + read.errorText()));
                    QVERIFY2(kind.holds(*read.workspace, record.get()), qPrintable(what));
                }
            }
        }
        QVERIFY2(changed >= 80, qPrintable(QString::number(changed)));
    }

    // The writer writes what the schema lists, leaving out what is empty where the schema
    // says so; the comparison above holds it to QJsonDocument only for the keys its samples
    // hold. Together they hold every key of every kind of record.
    void writerSamplesHoldEveryKey()
    {
        QHash<QString, QSet<QString>> seen;
        for (const auto &[name, json] : writerSamples()) {
            const QJsonObject root = QJsonDocument::fromJson(json).object();
            for (auto it = root.begin(); it != root.end(); ++it) {
                seen[QStringLiteral("root")].insert(it.key());
                const QJsonValue v = it.value();
                const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
                for (const QJsonValue &record : list) {
                    const QJsonObject o = record.toObject();
                    for (auto f = o.begin(); f != o.end(); ++f) {
                        seen[it.key()].insert(f.key());
                        const QJsonArray inner = f.value().toArray();
                        for (const QJsonValue &x : inner) {
                            const QJsonObject element = x.toObject();
                            const QString at = it.key() + u'.' + f.key();
                            for (auto e = element.begin(); e != element.end(); ++e) {
                                seen[at].insert(e.key());
                                for (const QString &k : e.value().toObject().keys())
                                    seen[at + u'.' + e.key()].insert(k);
                            }
                        }
                    }
                }
            }
        }
        auto set = [](const char *keys) {
            const QStringList list = QString::fromLatin1(keys).split(u' ');
            return QSet<QString>(list.begin(), list.end());
        };
        const QHash<QString, QSet<QString>> expected{
            {QStringLiteral("root"), set("accounts cloud format images instances journal name "
                                         "policy regions snapshots tasks version")},
            {QStringLiteral("accounts"), set("AccountId CanImportImages Name TrustedAccountIds")},
            {QStringLiteral("policy"),
             set("copyDurationSeconds createDurationSeconds customImageQuotaPerRegion "
                 "imageDescriptionMaxLength imageNameMaxLength importDurationSeconds "
                 "importMaxFileSizeGiB importMaxVirtualSizeGiB journalLimit shareLimit")},
            {QStringLiteral("regions"), set("Region RegionName RegionNameId RegionState "
                                            "SupportsImageCopy SupportsImageImport Zones")},
            {QStringLiteral("images"),
             set("Architecture CreatedFromInstanceId CreatedTime Encrypted FailedChecks "
                 "FailureReason ImageCreator ImageDeprecated ImageDescription ImageFamily ImageId "
                 "ImageName ImageSize ImageSource ImageState ImageType IsSupportCloudinit "
                 "LicenseType OsName "
                 "OwnerAccountId Platform Region Shares SnapshotSet SourceImageId SourceRegion "
                 "SyncPercent Tags")},
            {QStringLiteral("images.Shares"), set("AccountId CreatedTime")},
            {QStringLiteral("images.SnapshotSet"), set("DiskSize DiskUsage SnapshotId")},
            {QStringLiteral("images.Tags"), set("Key Value")},
            {QStringLiteral("instances"),
             set("CPU CreatedTime ImageId InstanceChargeType InstanceId InstanceName "
                 "InstanceState InstanceType Memory OsName OwnerAccountId Platform "
                 "PrivateIpAddresses Region SystemDisk Uuid WindowsChecks Zone")},
            {QStringLiteral("snapshots"),
             set("CreatedTime DiskSize DiskUsage OwnerAccountId Region SnapshotId")},
            {QStringLiteral("tasks"),
             set("AccountId Action DurationSeconds ElapsedSeconds FailedChecks FailureReason "
                 "FinishedTime ImageIds InstanceId ShareWithAccountIds SourceImageId StartedTime "
                 "State TaskId WillFail")},
            {QStringLiteral("journal"),
             set("AccountId Action Channel Errors Outcome Parameters Result Time")},
            {QStringLiteral("journal.Errors"), set("Code Rule")},
            {QStringLiteral("cloud"), set("AccountIds Endpoint Pending PulledTime Regions")},
            {QStringLiteral("cloud.Pending"),
             set("AccountId Action AppliedTime Effect Parameters ProvisionalIds Refusal Region "
                 "RequestId Sequence State Time")},
            {QStringLiteral("cloud.Pending.Refusal"),
             set("Arguments Code Items Message RequestId Rule")},
        };
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(
                seen.value(it.key()) == it.value(),
                qPrintable(it.key() + QStringLiteral(" misses ") +
                           QStringList((it.value() - seen.value(it.key())).values()).join(u' ')));
    }

    // The reader reads what QJsonDocument reads: every canonical file, read and written as
    // a JSON object, is the object QJsonDocument makes of the same text.
    void readerReadsWhatQJsonDocumentReads()
    {
        Fixture busy;
        makeBusy(busy);
        WorkspaceGenerator::Options options;
        options.images = 1500;
        options.accounts = 40;
        options.regions = 6;
        const QList<QByteArray> files{WorkspaceFile::toJson(busy.ws()),
                                      readFile(QStringLiteral(SAMPLE_WORKSPACE)),
                                      QJsonDocument(WorkspaceGenerator::generate(options)).toJson(),
                                      QJsonDocument(baseJson()).toJson(QJsonDocument::Compact)};
        for (const QByteArray &file : files) {
            // Once through the writer, the file holds every field as the writer writes it.
            const LoadResult first = WorkspaceFile::fromJson(file);
            QVERIFY2(first.ok(), qPrintable(first.errorText()));
            const QByteArray json = WorkspaceFile::toJson(*first.workspace);
            const LoadResult read = WorkspaceFile::fromJson(json);
            QVERIFY2(read.ok(), qPrintable(read.errorText()));
            QCOMPARE(WorkspaceFile::toObject(*read.workspace), QJsonDocument::fromJson(json).object());
            QCOMPARE(WorkspaceFile::toJson(*read.workspace), json);
        }
    }

    // A large text is given back as it is read: in the order of the text, each part once,
    // and what is read is what is read without giving anything back.
    void readTextIsReleasedInOrder()
    {
        WorkspaceGenerator::Options options;
        options.images = 12000;
        options.accounts = 60;
        const QByteArray json = WorkspaceFile::toJson(
            *WorkspaceFile::fromObject(WorkspaceGenerator::generate(options)).workspace);
        QVERIFY(json.size() > (qsizetype(16) << 20));
        QList<qsizetype> released;
        const LoadResult read =
            readWorkspace(json, [&released](qsizetype upTo) { released.append(upTo); });
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        QVERIFY(released.size() >= 2);
        for (qsizetype i = 0; i < released.size(); ++i) {
            QVERIFY(released.at(i) > (i == 0 ? 0 : released.at(i - 1)));
            QVERIFY(released.at(i) <= json.size());
        }
        QCOMPARE(WorkspaceFile::toJson(*read.workspace), json);
    }

    // The JSON the reader accepts is exactly the JSON QJsonDocument accepts, quirks included,
    // and it reads the same values: the texts below, and a small file broken a byte at a time.
    void syntaxIsWhatQJsonDocumentAccepts()
    {
        QList<QByteArray> texts{
            "", " ", "2", "\"x\"", "null", "[1,2]", "[]", "{}", "{\"a\":\"x\ty\"}",
            "{\"a\":\"\\ud800\"}", "{\"a\":\"\\ud83d\\ude00\"}", "{\"a\":01}", "{\"a\":-}",
            "{\"a\":1.}", "{\"a\":1e}", "{\"a\":1}x", "\xef\xbb\xbf{\"a\":1}", "\xff\xfe{}",
            "{\"a\":1,}", "[1,]", "{,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[1 2]",
            "{\"a\":\"\xc3\x28\"}", "{\"a\":\"\xed\xa0\x80\"}", "{\"\xc3\xa9\":1}", "{\"a\":1}\x0c",
            "{\"a\":tru}", "{\"a\":1,\"a\":2}", "{\"a\":\"\\x\"}", "{\"a\":\"abc", "{\"a\":12",
            "{\"a\":1e400}", "{\"a\":1e-400}", "{\"a\":-0}", "{\"a\":9223372036854775808}",
            "{\"a\":\"\\u00\"}", "{\"a\":\"\\u0000\"}", "{\"a\":1.e5}", "{\"a\":-01}",
            "{\"a\":123456789012345678901234567890}", "{\"a\":[{\"b\":[null,true,false]}]}",
            "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", "{\"a\":1.5E+3,\"b\":-2e-2}",
            QByteArray(1024, '[') + QByteArray(1024, ']'),
            QByteArray(1025, '[') + QByteArray(1025, ']')};
        // Texts, keys and runs of space of every length up to 40, with a byte that matters at
        // every place in them: the scanner looks at sixteen bytes at a time, and what ends a
        // stretch must be found wherever it falls.
        const QList<QByteArray> specials{"\"", "\\", "\\n", "\\u00e9", "\x01", "\xc3\xa9",
                                         "\xff"};
        const QList<QByteArray> spaces{" ", "\n", "\t", "\r", "\x0b", QByteArray(1, '\0'), "x"};
        for (int n = 0; n <= 40; ++n) {
            for (int at = 0; at <= n; ++at) {
                for (const QByteArray &c : specials) {
                    const QByteArray text = QByteArray(at, 'a') + c + QByteArray(n - at, 'b');
                    texts.append("{\"k\":\"" + text + "\"}");
                    texts.append("{\"" + text + "\":1}");
                }
                for (const QByteArray &c : spaces) {
                    const QByteArray run = QByteArray(at, ' ') + c + QByteArray(n - at, '\n');
                    texts.append("{\"k\":" + run + "1" + run + "}");
                }
            }
        }
        // A small file, broken: each of a few thousand edits of one byte.
        const QByteArray small = json(QJsonObject{
            {s("format"), s("x")},
            {s("images"), QJsonArray{QJsonObject{{s("ImageId"), s("img-é1")}, {s("ImageSize"), 50}},
                                     QJsonArray{true, false, QJsonValue()}, 1.5}}});
        const QByteArray alphabet = "{}[]\",:\\ 0a1-e.+tfnu\xc3\xa9";
        std::srand(7);
        for (int i = 0; i < 3000; ++i) {
            QByteArray t = small;
            const int at = std::rand() % int(t.size());
            switch (i % 3) {
            case 0:
                t.remove(at, 1);
                break;
            case 1:
                t.insert(at, alphabet.at(std::rand() % int(alphabet.size())));
                break;
            default:
                t[at] = alphabet.at(std::rand() % int(alphabet.size()));
            }
            texts.append(t);
        }
        int accepted = 0;
        for (const QByteArray &text : std::as_const(texts)) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            LoadProblem problem;
            const std::optional<QJsonValue> value = readJsonText(text, &problem);
            const QString what = QString::fromUtf8(text);
            QVERIFY2(value.has_value() == (error.error == QJsonParseError::NoError),
                     qPrintable(what + u' ' + error.errorString()));
            if (!value) {
                QCOMPARE(int(problem.kind), int(LoadProblem::Kind::Syntax));
                QVERIFY(problem.line >= 1 && problem.column >= 1);
                continue;
            }
            ++accepted;
            QVERIFY2((doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())) == *value,
                     qPrintable(what));
        }
        QVERIFY2(accepted > 100 && accepted < texts.size() - 1000, qPrintable(QString::number(accepted)));
    }

    // Every field of every kind of record removed, emptied, nulled or given a value of
    // another type: the file is read, or every problem reported is at the changed record, and a
    // problem later in the file is reported too (reading goes on past a bad value).
    void aBadValueIsReportedWhereItIs()
    {
        Fixture busy;
        makeBusy(busy);
        const QJsonObject base = QJsonDocument::fromJson(WorkspaceFile::toJson(busy.ws())).object();
        const QList<QJsonValue> replacements{QJsonValue(),
                                             QJsonValue(QJsonValue::Undefined), // removed
                                             QJsonValue(QString()),
                                             QJsonValue(QStringLiteral("  ")),
                                             QJsonValue(QStringLiteral("x")),
                                             QJsonValue(QStringLiteral("SUCCESS")),
                                             QJsonValue(QStringLiteral("2026-01-02T03:04:05")),
                                             QJsonValue(-1),
                                             QJsonValue(0),
                                             QJsonValue(1.5),
                                             QJsonValue(101),
                                             QJsonValue(3000000000.0),
                                             QJsonValue(true),
                                             QJsonValue(QJsonArray{}),
                                             QJsonValue(QJsonArray{QStringLiteral("x")}),
                                             QJsonValue(QJsonObject{})};
        // A bad value in the last region, read after every other record but the journal's.
        QJsonArray regions = base.value(s("regions")).toArray();
        QJsonObject lastRegion = regions.last().toObject();
        lastRegion.insert(s("RegionState"), s("GONE"));
        regions[regions.size() - 1] = lastRegion;
        const QString lateProblem = QStringLiteral("regions[%1].RegionState").arg(regions.size() - 1);
        int read = 0;
        int reported = 0;
        auto check = [&](const QJsonObject &root, const QString &where, const QString &what) {
            const QByteArray text = QJsonDocument(root).toJson();
            const LoadResult r = WorkspaceFile::fromJson(text);
            if (r.ok()) {
                ++read;
                // What was read is written as it reads: one more round changes nothing.
                const QByteArray again = WorkspaceFile::toJson(*r.workspace);
                const LoadResult second = WorkspaceFile::fromJson(again);
                QVERIFY2(second.ok() && WorkspaceFile::toJson(*second.workspace) == again,
                         qPrintable(what));
                // With the late problem too, that problem alone is reported.
                QJsonObject both = root;
                both.insert(s("regions"), regions);
                const LoadResult late = WorkspaceFile::fromJson(QJsonDocument(both).toJson());
                QVERIFY2(late.problems.size() == 1 && late.problems.first().path == lateProblem,
                         qPrintable(what + u' ' + late.errorText()));
                return;
            }
            ++reported;
            QVERIFY2(r.workspace == nullptr && !r.problems.isEmpty(), qPrintable(what));
            for (const LoadProblem &p : r.problems) {
                QVERIFY2(p.kind != LoadProblem::Kind::Syntax, qPrintable(what));
                if (p.kind == LoadProblem::Kind::NotAWorkspace ||
                    p.kind == LoadProblem::Kind::NewerVersion) {
                    QVERIFY2(where == QLatin1String("format") || where == QLatin1String("version"),
                             qPrintable(what));
                    continue;
                }
                QVERIFY2(p.path == where || p.path.startsWith(where + u'.') ||
                             p.path.startsWith(where + u'['),
                         qPrintable(what + QStringLiteral(": ") + r.errorText()));
            }
            if (where == QLatin1String("format") || where == QLatin1String("version") ||
                where.startsWith(QLatin1String("regions")))
                return; // the format and the version decide alone
            QJsonObject both = root;
            both.insert(s("regions"), regions);
            const LoadResult late = WorkspaceFile::fromJson(QJsonDocument(both).toJson());
            bool hasLate = false;
            for (const LoadProblem &p : late.problems)
                hasLate = hasLate || p.path == lateProblem;
            QVERIFY2(late.problems.size() == r.problems.size() + 1 && hasLate,
                     qPrintable(what + QStringLiteral(": ") + late.errorText()));
        };
        for (const QString &list :
             {QStringLiteral("accounts"), QStringLiteral("regions"), QStringLiteral("images"),
              QStringLiteral("instances"), QStringLiteral("snapshots"), QStringLiteral("tasks"),
              QStringLiteral("journal")}) {
            const QJsonArray records = base.value(list).toArray();
            const qsizetype count =
                (list == QLatin1String("images") || list == QLatin1String("journal") ||
                 list == QLatin1String("instances"))
                    ? records.size()
                    : qMin<qsizetype>(records.size(), 2);
            for (qsizetype i = 0; i < count; ++i) {
                const QJsonObject record = records.at(i).toObject();
                const QString where = QStringLiteral("%1[%2]").arg(list).arg(i);
                for (auto field = record.begin(); field != record.end(); ++field) {
                    for (const QJsonValue &value : replacements) {
                        QJsonObject changed = record;
                        if (value.isUndefined())
                            changed.remove(field.key());
                        else
                            changed.insert(field.key(), value);
                        QJsonArray list2 = records;
                        list2[i] = changed;
                        QJsonObject root = base;
                        root.insert(list, list2);
                        check(root, where,
                              QStringLiteral("%1.%2 = %3")
                                  .arg(where, field.key(),
                                       QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                             .toJson(QJsonDocument::Compact))));
                        if (QTest::currentTestFailed())
                            return;
                    }
                    // Nested records: the first element of an array of objects, each of its fields.
                    const QJsonArray nested = field.value().toArray();
                    if (nested.isEmpty() || !nested.first().isObject())
                        continue;
                    const QJsonObject inner = nested.first().toObject();
                    for (auto f = inner.begin(); f != inner.end(); ++f) {
                        for (const QJsonValue &value : replacements) {
                            QJsonObject changedInner = inner;
                            if (value.isUndefined())
                                changedInner.remove(f.key());
                            else
                                changedInner.insert(f.key(), value);
                            QJsonArray nested2 = nested;
                            nested2[0] = changedInner;
                            QJsonObject changed = record;
                            changed.insert(field.key(), nested2);
                            QJsonArray list2 = records;
                            list2[i] = changed;
                            QJsonObject root = base;
                            root.insert(list, list2);
                            check(root, where,
                                  QStringLiteral("%1.%2[0].%3").arg(where, field.key(), f.key()));
                            if (QTest::currentTestFailed())
                                return;
                        }
                    }
                }
            }
        }
        // The top level too.
        for (auto field = base.begin(); field != base.end(); ++field) {
            if (field.key() == QLatin1String("regions"))
                continue;
            for (const QJsonValue &value : replacements) {
                QJsonObject root = base;
                if (value.isUndefined())
                    root.remove(field.key());
                else
                    root.insert(field.key(), value);
                check(root, field.key(), field.key());
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // Both outcomes happened many times: the checks above checked something.
        QVERIFY2(read > 200, qPrintable(QString::number(read)));
        QVERIFY2(reported > 1000, qPrintable(QString::number(reported)));
    }

    // A key written twice in one record is reported at its path: which value was meant is
    // not known. Reading goes on.
    void aRepeatedKeyIsReported()
    {
        QByteArray text = json(baseJson());
        const int index = indexOf(baseJson(), s("img-owner001"));
        const QByteArray from = "\"ImageId\": \"img-owner001\",";
        QVERIFY(text.contains(from));
        // The file already holds both keys once.
        text.replace(from, from + " \"ImageName\": \"again\",");
        text.replace("\"version\": 2", "\"name\": \"again\", \"version\": 2");
        const LoadResult r = WorkspaceFile::fromJson(text);
        QVERIFY(!r.workspace);
        QVERIFY2(r.problems.size() == 2, qPrintable(r.errorText()));
        QCOMPARE(int(r.problems.at(0).kind), int(LoadProblem::Kind::RepeatedKey));
        QCOMPARE(r.problems.at(0).path, s("name"));
        QCOMPARE(r.problems.at(1).path, QStringLiteral("images[%1].ImageName").arg(index));
        QCOMPARE(r.problems.at(1).text(),
                 QStringLiteral("images[%1].ImageName: the key is written more than once; keep "
                                "the one that is meant.")
                     .arg(index));
    }

    // Numbers no field can hold: too large for any integer, negative where sizes and counts
    // are, fractional. Converting them would be undefined; both readers refuse them, the
    // validating one with the value's path. Every number of a busy file, in turn.
    void numbersOutOfRangeAreRefused()
    {
        Fixture busy;
        makeBusy(busy);
        const QJsonObject base = QJsonDocument::fromJson(WorkspaceFile::toJson(busy.ws())).object();
        // The path of every number in the file, except inside journal parameters and results,
        // which are kept as they are and never converted.
        QList<QPair<QString, QStringList>> numbers; // path as shown, keys and indexes to it
        std::function<void(const QJsonValue &, const QString &, const QStringList &)> walk =
            [&](const QJsonValue &v, const QString &path, const QStringList &steps) {
                if (v.isDouble()) {
                    numbers.append({path, steps});
                } else if (v.isObject()) {
                    const QJsonObject o = v.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        if (it.key() == QLatin1String("Parameters") ||
                            it.key() == QLatin1String("Result"))
                            continue;
                        walk(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(),
                             steps + QStringList{it.key()});
                    }
                } else if (v.isArray()) {
                    const QJsonArray a = v.toArray();
                    for (qsizetype i = 0; i < qMin<qsizetype>(a.size(), 3); ++i)
                        walk(a.at(i), path + QStringLiteral("[%1]").arg(i),
                             steps + QStringList{QString::number(i)});
                }
            };
        walk(base, QString(), {});
        std::function<QJsonValue(const QJsonValue &, QStringList, const QJsonValue &)> replaced =
            [&](const QJsonValue &v, QStringList steps, const QJsonValue &with) -> QJsonValue {
            if (steps.isEmpty())
                return with;
            const QString step = steps.takeFirst();
            if (v.isArray()) {
                QJsonArray a = v.toArray();
                a[step.toInt()] = replaced(a.at(step.toInt()), steps, with);
                return a;
            }
            QJsonObject o = v.toObject();
            o.insert(step, replaced(o.value(step), steps, with));
            return o;
        };
        QVERIFY2(numbers.size() > 20, qPrintable(QString::number(numbers.size())));
        const QList<QByteArray> values{"1e300",      "-1e300", "3000000000", "9223372036854775808",
                                       "1e19",       "1.5",    "-0.5",       "2147483648",
                                       "-2147483649"};
        for (const auto &[path, steps] : std::as_const(numbers)) {
            for (const QByteArray &value : values) {
                const QString marker = QStringLiteral("\"@@number@@\"");
                QByteArray text =
                    QJsonDocument(replaced(base, steps, marker.mid(1).chopped(1)).toObject())
                        .toJson();
                text.replace(marker.toUtf8(), value);
                const QString what = path + QStringLiteral(" = ") + QString::fromLatin1(value);
                const LoadResult r = WorkspaceFile::fromJson(text);
                QVERIFY2(!r.workspace, qPrintable(what));
                QVERIFY2(r.problems.size() == 1,
                         qPrintable(what + QStringLiteral(": ") + describe(r.problems)));
                const LoadProblem &p = r.problems.first();
                QVERIFY2(p.kind == LoadProblem::Kind::Invalid, qPrintable(what));
                QCOMPARE(p.path, path);
                QVERIFY2(p.text().startsWith(path + QStringLiteral(": ")), qPrintable(p.text()));
            }
        }
    }

    void anOutOfRangeNumberIsNamed()
    {
        QJsonObject root = baseJson();
        const int index = indexOf(root, QStringLiteral("img-owner001"));
        QByteArray text = json(root);
        const QByteArray from = "\"ImageId\": \"img-owner001\",";
        QVERIFY(text.contains(from));
        setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageSize"),
                      QStringLiteral("@@"));
        text = json(root).replace("\"@@\"", "1e300");
        const LoadResult r = WorkspaceFile::fromJson(text);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().text(),
                 QStringLiteral("images[%1].ImageSize: 1e+300 is not a whole number from 0 to "
                                "2147483647.")
                     .arg(index));
        // The DescribeImages import reads records the same way.
        QList<LoadProblem> problems;
        const QList<Image> images = WorkspaceFile::parseDescribeImages(
            R"({"Response":{"ImageSet":[{"ImageId":"img-aaaaaaaa","ImageName":"a","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true,"ImageSize":1e300,)"
            R"("SnapshotSet":[{"SnapshotId":"snap-gqa37j2p","DiskSize":-1e300}]}]}})",
            kFriend, &problems);
        QVERIFY(images.isEmpty());
        QVERIFY2(problems.size() == 2, qPrintable(describe(problems)));
        QCOMPARE(problems.at(0).path, s("Response.ImageSet[0].ImageSize"));
        QCOMPARE(problems.at(1).path, s("Response.ImageSet[0].SnapshotSet[0].DiskSize"));
    }

    // The quick path for the times the console writes, and the general one for the rest.
    void timesAreRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("canonical")
            << QStringLiteral("2026-11-23T07:25:27Z") << utc(2026, 11, 23, 7, 25, 27);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z")
                                  << utc(2024, 2, 29, 23, 59, 59);
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z")
                               << utc(1970, 1, 1, 0, 0, 0);
        QTest::newRow("before epoch")
            << QStringLiteral("1969-12-31T23:59:59Z") << utc(1969, 12, 31, 23, 59, 59);
        QTest::newRow("milliseconds")
            << QStringLiteral("2026-01-02T03:04:05.250Z") << utc(2026, 1, 2, 3, 4, 5, 250);
        QTest::newRow("offset") << QStringLiteral("2026-01-02T11:04:05+08:00")
                                << utc(2026, 1, 2, 3, 4, 5);
        QTest::newRow("no zone") << QStringLiteral("2026-01-02T03:04:05")
                                 << utc(2026, 1, 2, 3, 4, 5);
        QTest::newRow("not a date") << QStringLiteral("2026-02-30T03:04:05Z") << QDateTime();
        QTest::newRow("not a leap year")
            << QStringLiteral("1900-02-29T03:04:05Z") << QDateTime();
        QTest::newRow("leap century") << QStringLiteral("2000-02-29T03:04:05Z")
                                      << utc(2000, 2, 29, 3, 4, 5);
        QTest::newRow("year 0") << QStringLiteral("0000-01-01T00:00:00Z") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z") << QDateTime();
        QTest::newRow("day 0") << QStringLiteral("2026-01-00T00:00:00Z") << QDateTime();
        QTest::newRow("last second") << QStringLiteral("9999-12-31T23:59:59Z")
                                     << utc(9999, 12, 31, 23, 59, 59);
        QTest::newRow("hour 24") << QStringLiteral("2026-01-02T24:04:05Z") << QDateTime();
        QTest::newRow("letters") << QStringLiteral("2026-0a-02T03:04:05Z") << QDateTime();
        QTest::newRow("sign") << QStringLiteral("2026--1-02T03:04:05Z") << QDateTime();
    }

    // The quick path gives what Qt's ISO parser gives, for every day of years around the
    // turns of the calendar's rules, and for days that do not exist.
    void quickTimesAgreeWithQtsParser()
    {
        for (const int y : {0, 1, 4, 99, 100, 400, 1600, 1700, 1899, 1900, 1901, 1969, 1970,
                            1999, 2000, 2001, 2024, 2026, 2100, 2400, 9999}) {
            for (int m = 0; m <= 13; ++m) {
                for (int d = 0; d <= 32; ++d) {
                    const QString text = QStringLiteral("%1-%2-%3T23:59:58Z")
                                             .arg(y, 4, 10, QLatin1Char('0'))
                                             .arg(m, 2, 10, QLatin1Char('0'))
                                             .arg(d, 2, 10, QLatin1Char('0'));
                    QDateTime expected = QDateTime::fromString(text, Qt::ISODate);
                    if (expected.isValid())
                        expected = expected.toUTC();
                    QCOMPARE(parseWorkspaceTime(text), expected);
                    // Every real day of the console's form by the quick path itself.
                    const std::optional<qint64> quick = quickWorkspaceTime(text);
                    QCOMPARE(quick.has_value(), expected.isValid());
                    if (quick)
                        QCOMPARE(*quick, expected.toSecsSinceEpoch());
                }
            }
        }
    }

    void timesAreRead()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QJsonObject root = baseJson();
        setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("CreatedTime"), text);
        const LoadResult r = WorkspaceFile::fromObject(root);
        if (!expected.isValid()) {
            checkOneProblem(r, LoadProblem::Kind::Invalid, QStringLiteral("images[2].CreatedTime"),
                            QLatin1Char('"') + text + QLatin1Char('"'));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QDateTime t = r.workspace->image(QStringLiteral("img-owner001"))->createdTime;
        QCOMPARE(t, expected);
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void timesWithAnOffsetAreConvertedToUtc()
    {
        QJsonObject root = baseJson();
        setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("CreatedTime"),
                      QStringLiteral("2026-01-10T18:00:00+08:00"));
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.workspace->image(QStringLiteral("img-owner001"))->createdTime,
                 QDateTime(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC));
        QCOMPARE(WorkspaceFile::imageToJson(*r.workspace->image(QStringLiteral("img-owner001")))
                     .value(QStringLiteral("CreatedTime"))
                     .toString(),
                 QStringLiteral("2026-01-10T10:00:00Z"));
    }

    // SPEC: times in the file are UTC. A time without a zone must not be read in the zone of
    // the machine that opens the file (the same file would mean different instants on
    // different machines, and saving would shift it): refused, or read as UTC.
    void aTimeWithoutAZoneDoesNotDependOnTheMachine()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "WIB-7"); // UTC+7, as in Jakarta
        tzset();
        QJsonObject root = baseJson();
        const int index = indexOf(root, QStringLiteral("img-owner001"));
        setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("CreatedTime"),
                      QStringLiteral("2026-01-10T10:00:00"));
        const LoadResult r = WorkspaceFile::fromObject(root);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
        if (r.ok()) {
            QCOMPARE(r.workspace->image(QStringLiteral("img-owner001"))->createdTime,
                     QDateTime(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC));
        } else {
            QCOMPARE(r.problems.size(), 1);
            QCOMPARE(r.problems.first().path, QStringLiteral("images[%1].CreatedTime").arg(index));
        }
    }

    // ---- Validation: every problem with its path -----------------------------------------

    void invalidImageValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("pathSuffix");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected"); // a word of what was expected
        QTest::newRow("short image ID") << s("ImageId") << QJsonValue(s("img-12")) << s(".ImageId")
                                        << s("\"img-12\"") << s("image ID");
        QTest::newRow("upper-case ID") << s("ImageId") << QJsonValue(s("img-ABCDEFGH"))
                                       << s(".ImageId") << s("\"img-ABCDEFGH\"") << s("image ID");
        QTest::newRow("ID as number") << s("ImageId") << QJsonValue(12345678) << s(".ImageId")
                                      << s("12345678") << s("image ID");
        QTest::newRow("name as number")
            << s("ImageName") << QJsonValue(7) << s(".ImageName") << s("7") << s("text");
        QTest::newRow("state") << s("ImageState") << QJsonValue(s("BROKEN")) << s(".ImageState")
                               << s("\"BROKEN\"") << s("NORMAL");
        QTest::newRow("state lower case")
            << s("ImageState") << QJsonValue(s("normal")) << s(".ImageState") << s("\"normal\"")
            << s("CREATEFAILED");
        QTest::newRow("type") << s("ImageType") << QJsonValue(s("CUSTOM_IMAGE")) << s(".ImageType")
                              << s("\"CUSTOM_IMAGE\"") << s("PRIVATE_IMAGE");
        QTest::newRow("type stored as shared")
            << s("ImageType") << QJsonValue(s("SHARED_IMAGE")) << s(".ImageType")
            << s("\"SHARED_IMAGE\"") << s("PRIVATE_IMAGE");
        QTest::newRow("source") << s("ImageSource") << QJsonValue(s("UPLOAD")) << s(".ImageSource")
                                << s("\"UPLOAD\"") << s("EXTERNAL_IMPORT");
        QTest::newRow("size as text") << s("ImageSize") << QJsonValue(s("50")) << s(".ImageSize")
                                      << s("\"50\"") << s("whole number");
        QTest::newRow("negative size")
            << s("ImageSize") << QJsonValue(-1) << s(".ImageSize") << s("-1") << s("0 or more");
        QTest::newRow("fractional size") << s("ImageSize") << QJsonValue(1.5) << s(".ImageSize")
                                         << s("1.5") << s("whole number");
        QTest::newRow("time") << s("CreatedTime") << QJsonValue(s("yesterday")) << s(".CreatedTime")
                              << s("\"yesterday\"") << s("ISO-8601");
        QTest::newRow("impossible date")
            << s("CreatedTime") << QJsonValue(s("2026-02-30T00:00:00Z")) << s(".CreatedTime")
            << s("\"2026-02-30T00:00:00Z\"") << s("ISO-8601");
        QTest::newRow("time as number") << s("CreatedTime") << QJsonValue(1767225600)
                                        << s(".CreatedTime") << s("1767225600") << s("ISO-8601");
        QTest::newRow("empty time") << s("CreatedTime") << QJsonValue(s("")) << s(".CreatedTime")
                                    << s("\"\"") << s("ISO-8601");
        QTest::newRow("percent") << s("SyncPercent") << QJsonValue(150) << s(".SyncPercent")
                                 << s("150") << s("percentage");
        QTest::newRow("negative percent") << s("SyncPercent") << QJsonValue(-5) << s(".SyncPercent")
                                          << s("-5") << s("percentage");
        QTest::newRow("owner") << s("OwnerAccountId") << QJsonValue(s("QQ12345"))
                               << s(".OwnerAccountId") << s("\"QQ12345\"") << s("account ID");
        QTest::newRow("region") << s("Region") << QJsonValue(s("Guangzhou")) << s(".Region")
                                << s("\"Guangzhou\"") << s("region ID");
        QTest::newRow("cloudinit")
            << s("IsSupportCloudinit") << QJsonValue(s("yes")) << s(".IsSupportCloudinit")
            << s("\"yes\"") << s("true or false");
        QTest::newRow("licence") << s("LicenseType") << QJsonValue(s("GPL")) << s(".LicenseType")
                                 << s("\"GPL\"") << s("BYOL");
        QTest::newRow("encrypted") << s("Encrypted") << QJsonValue(s("no")) << s(".Encrypted")
                                   << s("\"no\"") << s("true or false");
        QTest::newRow("lineage") << s("SourceImageId") << QJsonValue(s("img-x"))
                                 << s(".SourceImageId") << s("\"img-x\"") << s("image ID");
        QTest::newRow("source region") << s("SourceRegion") << QJsonValue(s("Beijing"))
                                       << s(".SourceRegion") << s("\"Beijing\"") << s("region ID");
        QTest::newRow("created from")
            << s("CreatedFromInstanceId") << QJsonValue(s("i-1")) << s(".CreatedFromInstanceId")
            << s("\"i-1\"") << s("instance ID");
        QTest::newRow("snapshot set not a list")
            << s("SnapshotSet") << QJsonValue(s("snap-owner001")) << s(".SnapshotSet")
            << s("\"snap-owner001\"") << s("list");
        QTest::newRow("tags not a list") << s("Tags") << QJsonValue(QJsonObject{{s("Key"), s("k")}})
                                         << s(".Tags") << s("{…}") << s("list");
        QTest::newRow("shares not a list")
            << s("Shares") << QJsonValue(kFriend) << s(".Shares")
            << QString(QLatin1Char('"') + kFriend + QLatin1Char('"')) << s("list");
        QTest::newRow("failed check")
            << s("FailedChecks") << QJsonValue(QJsonArray{s("Antivirus")}) << s(".FailedChecks[0]")
            << s("\"Antivirus\"") << s("ModulesInstaller");
        QTest::newRow("share account")
            << s("Shares")
            << QJsonValue(QJsonArray{QJsonObject{{s("AccountId"), s("friend")},
                                                 {s("CreatedTime"), s("2026-02-01T09:00:00Z")}}})
            << s(".Shares[0].AccountId") << s("\"friend\"") << s("account ID");
        QTest::newRow("share time")
            << s("Shares")
            << QJsonValue(QJsonArray{
                   QJsonObject{{s("AccountId"), kFriend}, {s("CreatedTime"), s("soon")}}})
            << s(".Shares[0].CreatedTime") << s("\"soon\"") << s("ISO-8601");
        QTest::newRow("share not an object")
            << s("Shares") << QJsonValue(QJsonArray{kFriend}) << s(".Shares[0]")
            << QString(QLatin1Char('"') + kFriend + QLatin1Char('"')) << s("object");
        QTest::newRow("snapshot ID")
            << s("SnapshotSet")
            << QJsonValue(QJsonArray{QJsonObject{{s("SnapshotId"), s("snap-1")}}})
            << s(".SnapshotSet[0].SnapshotId") << s("\"snap-1\"") << s("snapshot ID");
        QTest::newRow("disk usage")
            << s("SnapshotSet")
            << QJsonValue(QJsonArray{QJsonObject{{s("SnapshotId"), s("snap-owner001")},
                                                 {s("DiskUsage"), s("ROOT_DISK")}}})
            << s(".SnapshotSet[0].DiskUsage") << s("\"ROOT_DISK\"") << s("SYSTEM_DISK");
    }
    void invalidImageValues()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, pathSuffix);
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        QJsonObject root = baseJson();
        const int index = indexOf(root, QStringLiteral("img-owner001"));
        QVERIFY(index >= 0);
        setImageField(root, QStringLiteral("img-owner001"), key, value);
        const LoadResult r = WorkspaceFile::fromObject(root);
        checkOneProblem(r, LoadProblem::Kind::Invalid,
                        QStringLiteral("images[%1]").arg(index) + pathSuffix, shown);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(r.problems.first().text().contains(expected),
                 qPrintable(r.problems.first().text()));
        // Through text, too: the same problem.
        const LoadResult viaText = WorkspaceFile::fromJson(json(root));
        QCOMPARE(viaText.problems.size(), 1);
        QCOMPARE(viaText.problems.first().path, r.problems.first().path);
    }

    // The example of the documentation, word for word.
    void imageIdMessageReadsWell()
    {
        QJsonObject root = baseJson();
        const int index = indexOf(root, QStringLiteral("img-owner001"));
        setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageId"),
                      QStringLiteral("img-12"));
        const LoadResult r = WorkspaceFile::fromObject(root);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().text(),
                 QStringLiteral("images[%1].ImageId: \"img-12\" is not a valid image ID (img- and "
                                "8 lower-case letters or digits).")
                     .arg(index));
    }

    void invalidValuesElsewhere_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("account ID") << s("accounts") << 1 << s("AccountId")
                                    << QJsonValue(s("not-digits")) << s("accounts[1].AccountId");
        QTest::newRow("account ID too short")
            << s("accounts") << 1 << s("AccountId") << QJsonValue(s("1234"))
            << s("accounts[1].AccountId");
        QTest::newRow("import permission") << s("accounts") << 0 << s("CanImportImages")
                                           << QJsonValue(1) << s("accounts[0].CanImportImages");
        QTest::newRow("trusted account")
            << s("accounts") << 0 << s("TrustedAccountIds")
            << QJsonValue(QJsonArray{kTrusted, s("x")}) << s("accounts[0].TrustedAccountIds[1]");
        QTest::newRow("region ID") << s("regions") << 2 << s("Region") << QJsonValue(s("Beijing"))
                                   << s("regions[2].Region");
        QTest::newRow("region state") << s("regions") << 0 << s("RegionState")
                                      << QJsonValue(s("MAYBE")) << s("regions[0].RegionState");
        QTest::newRow("region name empty") << s("regions") << 0 << s("RegionName")
                                           << QJsonValue(s(" ")) << s("regions[0].RegionName");
        QTest::newRow("copy support") << s("regions") << 0 << s("SupportsImageCopy")
                                      << QJsonValue(s("yes")) << s("regions[0].SupportsImageCopy");
        QTest::newRow("zones") << s("regions") << 0 << s("Zones") << QJsonValue(QJsonArray{7})
                               << s("regions[0].Zones[0]");
        QTest::newRow("instance ID") << s("instances") << 0 << s("InstanceId")
                                     << QJsonValue(s("i-1")) << s("instances[0].InstanceId");
        QTest::newRow("instance image") << s("instances") << 0 << s("ImageId")
                                        << QJsonValue(s("centos")) << s("instances[0].ImageId");
        QTest::newRow("instance owner")
            << s("instances") << 3 << s("OwnerAccountId") << QJsonValue(s("friend"))
            << s("instances[3].OwnerAccountId");
        QTest::newRow("instance time")
            << s("instances") << 0 << s("CreatedTime") << QJsonValue(s("01/02/2026 00:00"))
            << s("instances[0].CreatedTime");
        QTest::newRow("windows checks")
            << s("instances") << 1 << s("WindowsChecks") << QJsonValue(s("all fine"))
            << s("instances[1].WindowsChecks");
        QTest::newRow("one windows check")
            << s("instances") << 1 << s("WindowsChecks")
            << QJsonValue(QJsonObject{{s("ModulesInstaller"), s("no")}})
            << s("instances[1].WindowsChecks.ModulesInstaller");
        QTest::newRow("snapshot ID") << s("snapshots") << 0 << s("SnapshotId")
                                     << QJsonValue(s("snapshot-1")) << s("snapshots[0].SnapshotId");
        QTest::newRow("snapshot size") << s("snapshots") << 0 << s("DiskSize") << QJsonValue(-50)
                                       << s("snapshots[0].DiskSize");
        QTest::newRow("task ID") << s("tasks") << 0 << s("TaskId") << QJsonValue(s("task-1"))
                                 << s("tasks[0].TaskId");
        QTest::newRow("task action")
            << s("tasks") << 0 << s("Action") << QJsonValue(s("Teleport")) << s("tasks[0].Action");
        QTest::newRow("task state")
            << s("tasks") << 0 << s("State") << QJsonValue(s("PAUSED")) << s("tasks[0].State");
        QTest::newRow("task start") << s("tasks") << 0 << s("StartedTime") << QJsonValue(s("07:55"))
                                    << s("tasks[0].StartedTime");
        QTest::newRow("task duration") << s("tasks") << 0 << s("DurationSeconds")
                                       << QJsonValue(s("600")) << s("tasks[0].DurationSeconds");
        QTest::newRow("task elapsed") << s("tasks") << 0 << s("ElapsedSeconds") << QJsonValue(-1)
                                      << s("tasks[0].ElapsedSeconds");
        QTest::newRow("task images")
            << s("tasks") << 0 << s("ImageIds") << QJsonValue(QJsonArray{s("creating")})
            << s("tasks[0].ImageIds[0]");
    }
    void invalidValuesElsewhere()
    {
        QFETCH(QString, array);
        QFETCH(int, index);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QJsonObject root = baseJson();
        setField(root, array, index, key, value);
        checkOneProblem(WorkspaceFile::fromObject(root), LoadProblem::Kind::Invalid, path);
    }

    void invalidJournalAndPolicy()
    {
        QJsonObject journalEntry{
            {s("Time"), s("2026-03-21T08:00:00Z")}, {s("AccountId"), kOwner},
            {s("Action"), s("DeleteImages")},       {s("Channel"), s("Console")},
            {s("Parameters"), QJsonObject()},       {s("Outcome"), s("Success")}};
        auto withEntry = [&](const QString &key, const QJsonValue &value) {
            QJsonObject root = baseJson();
            QJsonObject e = journalEntry;
            if (value.isUndefined())
                e.remove(key);
            else
                e.insert(key, value);
            root.insert(s("journal"), QJsonArray{journalEntry, e});
            return WorkspaceFile::fromObject(root);
        };
        QVERIFY2(withEntry(s("Channel"), s("API")).ok(),
                 qPrintable(withEntry(s("Channel"), s("API")).errorText()));
        checkOneProblem(withEntry(s("Outcome"), s("Maybe")), LoadProblem::Kind::Invalid,
                        s("journal[1].Outcome"), s("\"Maybe\""));
        checkOneProblem(withEntry(s("Time"), s("then")), LoadProblem::Kind::Invalid,
                        s("journal[1].Time"), s("\"then\""));
        checkOneProblem(withEntry(s("Parameters"), s("x")), LoadProblem::Kind::Invalid,
                        s("journal[1].Parameters"), s("\"x\""));
        checkOneProblem(withEntry(s("Action"), s("")), LoadProblem::Kind::Invalid,
                        s("journal[1].Action"), s("\"\""));
        checkOneProblem(withEntry(s("Time"), QJsonValue::Undefined), LoadProblem::Kind::Missing,
                        s("journal[1].Time"));
        checkOneProblem(withEntry(s("Outcome"), QJsonValue::Undefined), LoadProblem::Kind::Missing,
                        s("journal[1].Outcome"));
        checkOneProblem(withEntry(s("Errors"), QJsonArray{QJsonObject{{s("Rule"), s("S3")}}}),
                        LoadProblem::Kind::Missing, s("journal[1].Errors[0].Code"));

        for (const char *k :
             {"shareLimit", "customImageQuotaPerRegion", "imageNameMaxLength",
              "imageDescriptionMaxLength", "importMaxFileSizeGiB", "importMaxVirtualSizeGiB",
              "copyDurationSeconds", "createDurationSeconds", "importDurationSeconds",
              "journalLimit"}) {
            QJsonObject root = baseJson();
            root.insert(s("policy"), QJsonObject{{s(k), s("fifty")}});
            checkOneProblem(WorkspaceFile::fromObject(root), LoadProblem::Kind::Invalid,
                            s("policy.") + s(k), s("\"fifty\""));
            root.insert(s("policy"), QJsonObject{{s(k), -3}});
            checkOneProblem(WorkspaceFile::fromObject(root), LoadProblem::Kind::Invalid,
                            s("policy.") + s(k), s("-3"));
        }
    }

    void missingRequiredValues_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("id"); // an image ID, or the index in `array`
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("pathSuffix");
        const QStringList imageKeys{s("ImageId"),        s("ImageName"),   s("ImageType"),
                                    s("ImageState"),     s("CreatedTime"), s("IsSupportCloudinit"),
                                    s("OwnerAccountId"), s("Region")};
        for (const QString &k : imageKeys)
            QTest::newRow(qPrintable(s("image ") + k))
                << s("images") << s("img-owner001") << k << (QLatin1Char('.') + k);
        QTest::newRow("public image region")
            << s("images") << s("img-public01") << s("Region") << s(".Region");
        QTest::newRow("account ID") << s("accounts") << s("2") << s("AccountId") << s(".AccountId");
        QTest::newRow("region ID") << s("regions") << s("1") << s("Region") << s(".Region");
        QTest::newRow("region name")
            << s("regions") << s("1") << s("RegionName") << s(".RegionName");
        for (const char *k : {"InstanceId", "OwnerAccountId", "Region", "ImageId"})
            QTest::newRow(qPrintable(s("instance ") + s(k)))
                << s("instances") << s("2") << s(k) << (QLatin1Char('.') + s(k));
        for (const char *k : {"SnapshotId", "OwnerAccountId", "Region"})
            QTest::newRow(qPrintable(s("snapshot ") + s(k)))
                << s("snapshots") << s("0") << s(k) << (QLatin1Char('.') + s(k));
        for (const char *k :
             {"TaskId", "Action", "AccountId", "StartedTime", "DurationSeconds", "State"})
            QTest::newRow(qPrintable(s("task ") + s(k)))
                << s("tasks") << s("0") << s(k) << (QLatin1Char('.') + s(k));
    }
    void missingRequiredValues()
    {
        QFETCH(QString, array);
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(QString, pathSuffix);
        QJsonObject root = baseJson();
        const int index = array == QLatin1String("images") ? indexOf(root, id) : id.toInt();
        setField(root, array, index, key, QJsonValue::Undefined);
        const QString path = QStringLiteral("%1[%2]").arg(array).arg(index) + pathSuffix;
        const LoadResult r = WorkspaceFile::fromObject(root);
        checkOneProblem(r, LoadProblem::Kind::Missing, path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(r.problems.first().text().contains(QStringLiteral("missing")));
        // null counts as missing for a required value.
        setField(root, array, index, key, QJsonValue(QJsonValue::Null));
        checkOneProblem(WorkspaceFile::fromObject(root), LoadProblem::Kind::Missing, path);
    }

    // The optional values may be left out: defaults apply.
    void optionalValuesMayBeLeftOut()
    {
        QJsonObject root = baseJson();
        for (const char *k :
             {"ImageDescription", "ImageSource", "OsName", "Platform", "Architecture", "ImageSize",
              "ImageCreator", "LicenseType", "Shares", "SnapshotSet"})
            setImageField(root, QStringLiteral("img-byol0001"), s(k), QJsonValue::Undefined);
        for (const char *k :
             {"RegionNameId", "RegionState", "SupportsImageCopy", "SupportsImageImport", "Zones"})
            setField(root, s("regions"), 3, s(k), QJsonValue::Undefined);
        for (const char *k : {"instances", "snapshots", "tasks", "journal", "name", "policy"})
            root.remove(s(k));
        setImageField(root, QStringLiteral("img-owner001"), s("SnapshotSet"),
                      QJsonValue::Undefined);
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Image *img = r.workspace->image(QStringLiteral("img-byol0001"));
        QCOMPARE(img->architecture, QStringLiteral("x86_64"));
        QCOMPARE(toString(img->licenseType), QStringLiteral("TencentCloud"));
        QCOMPARE(toString(img->source), QStringLiteral("CREATE_IMAGE"));
        const Region *jakarta = r.workspace->region(QStringLiteral("ap-jakarta"));
        QVERIFY(jakarta->isAvailable() && jakarta->supportsImageCopy &&
                jakarta->supportsImageImport);
        QCOMPARE(jakarta->nameId, jakarta->nameEn);
        QCOMPARE(r.workspace->policy(), Policy{});
        QVERIFY(r.workspace->instances().isEmpty());
        // OwnerAccountId is not needed for a public image.
        QVERIFY(!findImage(baseJson(), QStringLiteral("img-public01"))
                     .contains(QStringLiteral("OwnerAccountId")));
    }

    // Top-level values are named by their key alone, like "policy" and "version".
    void missingOrWrongTopLevelValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        const int missing = int(LoadProblem::Kind::Missing);
        const int invalid = int(LoadProblem::Kind::Invalid);
        QTest::newRow("no accounts")
            << s("accounts") << QJsonValue(QJsonValue::Undefined) << missing << s("accounts");
        QTest::newRow("no regions")
            << s("regions") << QJsonValue(QJsonValue::Undefined) << missing << s("regions");
        QTest::newRow("no images")
            << s("images") << QJsonValue(QJsonValue::Undefined) << missing << s("images");
        QTest::newRow("no version")
            << s("version") << QJsonValue(QJsonValue::Undefined) << missing << s("version");
        QTest::newRow("images an object")
            << s("images") << QJsonValue(QJsonObject()) << invalid << s("images");
        QTest::newRow("instances text")
            << s("instances") << QJsonValue(s("none")) << invalid << s("instances");
        QTest::newRow("version as text")
            << s("version") << QJsonValue(s("2")) << invalid << s("version");
        QTest::newRow("version 0") << s("version") << QJsonValue(0) << invalid << s("version");
        QTest::newRow("policy a list")
            << s("policy") << QJsonValue(QJsonArray()) << invalid << s("policy");
        QTest::newRow("name a number") << s("name") << QJsonValue(5) << invalid << s("name");
        QTest::newRow("cloud a list")
            << s("cloud") << QJsonValue(QJsonArray()) << invalid << s("cloud");
    }
    void missingOrWrongTopLevelValues()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(int, kind);
        QFETCH(QString, path);
        QJsonObject root = baseJson();
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        checkOneProblem(WorkspaceFile::fromObject(root), LoadProblem::Kind(kind), path);
    }

    void aRecordThatIsNotAnObject()
    {
        const LoadResult r = loadWith([](QJsonObject &root) {
            QJsonArray a = root.value(s("accounts")).toArray();
            a[5] = s("100000000099");
            root.insert(s("accounts"), a);
        });
        checkOneProblem(r, LoadProblem::Kind::Invalid, s("accounts[5]"), s("\"100000000099\""));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(r.problems.first().text().contains(s("object")));
    }

    // "Loading reports every problem": three problems in three records, in file order.
    void everyProblemIsReported()
    {
        const LoadResult r = loadWith([](QJsonObject &root) {
            setImageField(root, s("img-owner001"), s("ImageState"), s("BROKEN"));
            setImageField(root, s("img-shared01"), s("ImageSize"), s("big"));
            setImageField(root, s("img-shared01"), s("Region"), QJsonValue::Undefined);
            setField(root, s("accounts"), 1, s("AccountId"), s("not-digits"));
            setField(root, s("tasks"), 0, s("State"), s("PAUSED"));
        });
        QVERIFY(!r.workspace);
        QStringList paths;
        for (const LoadProblem &p : r.problems)
            paths.append(p.path);
        const QJsonObject root = baseJson();
        const int own = indexOf(root, s("img-owner001"));
        const int shared = indexOf(root, s("img-shared01"));
        QVERIFY(own < shared);
        QCOMPARE(paths, (QStringList{s("accounts[1].AccountId"),
                                     QStringLiteral("images[%1].ImageState").arg(own),
                                     QStringLiteral("images[%1].ImageSize").arg(shared),
                                     QStringLiteral("images[%1].Region").arg(shared),
                                     s("tasks[0].State")}));
        QCOMPARE(r.errorText().count(QLatin1Char('\n')), 4);
    }

    // The cloud section is read as the other records are: each problem at its path, a record's
    // in the order of its fields; what concerns the list as a whole (two changes with one
    // sequence) after the list.
    void cloudSectionProblemsHavePaths()
    {
        QJsonObject root = baseJson();
        const QJsonObject good = sampleCloud(root, s("text"));
        {
            QJsonObject linked = root;
            linked.insert(s("cloud"), good);
            const LoadResult r = WorkspaceFile::fromObject(linked);
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
            QCOMPARE(r.workspace->pendingList().size(), 4);
            QVERIFY(r.workspace->pendingList().at(1).refusal);
            QCOMPARE(r.workspace->pendingList().at(1).refusal->args.value(s("limit")).toInt(), 10);
            // Written back as it was: the same keys, each left out when it was.
            const QJsonObject written = QJsonDocument::fromJson(WorkspaceFile::toJson(*r.workspace))
                                            .object()
                                            .value(s("cloud"))
                                            .toObject();
            QCOMPARE(written, good);
        }
        QJsonObject cloud = good;
        QJsonArray pending = cloud.value(s("Pending")).toArray();
        QJsonObject copy = pending.at(1).toObject();
        copy.insert(s("State"), s("DONE"));
        QJsonObject refusal = copy.value(s("Refusal")).toObject();
        refusal.remove(s("Code"));
        refusal.insert(s("Items"), QJsonArray{s("img-owner001"), 7});
        copy.insert(s("Refusal"), refusal);
        pending[1] = copy;
        QJsonObject gone = pending.at(2).toObject();
        gone.insert(s("Sequence"), 1);
        gone.insert(s("Effect"), QJsonObject{{s("Images"), QJsonArray{QJsonObject{{s("Id"), s("")}}}}});
        pending[2] = gone;
        QJsonObject applied = pending.at(3).toObject();
        applied.remove(s("Parameters"));
        applied.insert(s("Action"), s("Teleport"));
        applied.insert(s("Sequence"), 0);
        pending[3] = applied;
        pending.append(s("not a change"));
        cloud.insert(s("Pending"), pending);
        cloud.insert(s("PulledTime"), s("yesterday"));
        root.insert(s("cloud"), cloud);
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY(!r.workspace);
        QStringList paths;
        for (const LoadProblem &p : r.problems)
            paths.append(p.path);
        QCOMPARE(paths, (QStringList{s("cloud.PulledTime"), s("cloud.Pending[1].State"),
                                     s("cloud.Pending[1].Refusal.Code"),
                                     s("cloud.Pending[1].Refusal.Items[1]"),
                                     s("cloud.Pending[2].Effect"), s("cloud.Pending[3].Sequence"),
                                     s("cloud.Pending[3].Action"),
                                     s("cloud.Pending[3].Parameters"), s("cloud.Pending[4]"),
                                     s("cloud.Pending[2].Sequence")}));
        const QList<LoadProblem::Kind> kinds{
            LoadProblem::Kind::Invalid, LoadProblem::Kind::Invalid, LoadProblem::Kind::Missing,
            LoadProblem::Kind::Invalid, LoadProblem::Kind::Invalid, LoadProblem::Kind::Invalid,
            LoadProblem::Kind::Invalid, LoadProblem::Kind::Missing, LoadProblem::Kind::Invalid,
            LoadProblem::Kind::Invalid};
        for (qsizetype i = 0; i < kinds.size(); ++i)
            QCOMPARE(int(r.problems.at(i).kind), int(kinds.at(i)));
        // The words name the path and what was expected.
        QVERIFY2(r.problems.at(1).text().contains(s("cloud.Pending[1].State")) &&
                     r.problems.at(1).text().contains(s("CONFLICT")),
                 qPrintable(r.problems.at(1).text()));
        QVERIFY2(r.problems.at(6).text().contains(s("ModifyImageSharePermission")),
                 qPrintable(r.problems.at(6).text()));
        QVERIFY2(r.problems.at(5).text().contains(s("1000000000")),
                 qPrintable(r.problems.at(5).text()));
        QVERIFY2(r.problems.at(9).text().contains(s("unique within its list")),
                 qPrintable(r.problems.at(9).text()));
    }

    void policyIsRead()
    {
        const LoadResult r = loadWith([](QJsonObject &root) {
            root.insert(s("policy"),
                        QJsonObject{{s("shareLimit"), 500}, {s("customImageQuotaPerRegion"), 10}});
        });
        QVERIFY(r.ok());
        QCOMPARE(r.workspace->policy().shareLimit, 500);
        QCOMPARE(r.workspace->policy().customImageQuotaPerRegion, 10);
        QCOMPARE(r.workspace->policy().imageNameMaxLength, 60); // defaults for the rest
        QCOMPARE(r.workspace->policy().importMaxVirtualSizeGiB, 500);
        QCOMPARE(WorkspaceFile::toObject(*r.workspace)
                     .value(s("policy"))
                     .toObject()
                     .value(s("shareLimit"))
                     .toInt(),
                 500);
    }

    // SPEC: SHARED_IMAGE is what a recipient sees; the file stores what the image is.
    void sharedImageTypeIsRejected()
    {
        QJsonObject root = baseJson();
        const int index = indexOf(root, s("img-strange1"));
        setImageField(root, s("img-strange1"), s("ImageType"), s("SHARED_IMAGE"));
        const LoadResult r = WorkspaceFile::fromObject(root);
        checkOneProblem(r, LoadProblem::Kind::Invalid,
                        QStringLiteral("images[%1].ImageType").arg(index), s("\"SHARED_IMAGE\""));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!r.problems.first().allowed.contains(s("SHARED_IMAGE")));
        QVERIFY(r.problems.first().allowed.contains(s("PRIVATE_IMAGE")));
        // And nothing saves it that way.
        Fixture f;
        QVERIFY(!WorkspaceFile::toJson(f.ws()).contains("SHARED_IMAGE"));
    }

    // ---- Syntax errors, not a workspace, newer versions ----------------------------------

    void syntaxErrorsHaveLineAndColumn()
    {
        const QByteArray full = json(baseJson());
        const QByteArray truncated = full.left(full.size() / 2);
        const LoadResult r = WorkspaceFile::fromJson(truncated);
        QVERIFY(!r.workspace);
        QCOMPARE(r.problems.size(), 1);
        const LoadProblem &p = r.problems.first();
        QCOMPARE(int(p.kind), int(LoadProblem::Kind::Syntax));
        // A truncated file is wrong where it ends.
        const auto [endLine, endColumn] =
            WorkspaceFile::lineAndColumn(truncated, int(truncated.size()));
        QCOMPARE(p.line, endLine);
        QVERIFY2(p.column >= endColumn - 1 && p.column <= endColumn,
                 qPrintable(QString::number(p.column)));
        QVERIFY(p.line > 100);
        QVERIFY(!p.detail.isEmpty());
        QVERIFY(
            p.text().startsWith(QStringLiteral("Line %1, column %2").arg(p.line).arg(p.column)));

        // A doubled comma on line 3, after column 15.
        const LoadResult comma =
            WorkspaceFile::fromJson("{\n  \"format\": \"x\",\n  \"version\": 2,,\n}");
        QCOMPARE(comma.problems.size(), 1);
        QCOMPARE(int(comma.problems.first().kind), int(LoadProblem::Kind::Syntax));
        QCOMPARE(comma.problems.first().line, 3);
        QVERIFY2(comma.problems.first().column >= 16 && comma.problems.first().column <= 17,
                 qPrintable(QString::number(comma.problems.first().column)));
        // Multi-byte characters before the error count as one column each.
        const LoadResult utf8 = WorkspaceFile::fromJson("{\"name\": \"ééé\" x}");
        QCOMPARE(utf8.problems.first().line, 1);
        QVERIFY2(utf8.problems.first().column >= 16 && utf8.problems.first().column <= 17,
                 qPrintable(QString::number(utf8.problems.first().column)));

        for (const QByteArray &bad : {QByteArray(), QByteArray("not json"),
                                      QByteArray("{\"format\": }"), QByteArray("\xff\xfe{}")}) {
            const LoadResult b = WorkspaceFile::fromJson(bad);
            QVERIFY(!b.workspace);
            QCOMPARE(b.problems.size(), 1);
            QCOMPARE(int(b.problems.first().kind), int(LoadProblem::Kind::Syntax));
            QVERIFY(b.problems.first().line >= 1 && b.problems.first().column >= 1);
        }
    }

    void lineAndColumn()
    {
        const QByteArray text = "ab\ncdé\nf";
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 1), std::make_pair(1, 2));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 2), std::make_pair(1, 3)); // the newline itself
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 3), std::make_pair(2, 1));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 4), std::make_pair(2, 2));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, int(text.indexOf('f'))), std::make_pair(3, 1));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, int(text.indexOf('\n', 4))),
                 std::make_pair(2, 4)); // é is one character
        QCOMPARE(WorkspaceFile::lineAndColumn(text, int(text.size())), std::make_pair(3, 2));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 1000),
                 std::make_pair(3, 2)); // past the end: the end
        QCOMPARE(WorkspaceFile::lineAndColumn(QByteArray(), 0), std::make_pair(1, 1));
        const QByteArray wide = "\xf0\x9f\x98\x80x\r\ny"; // an emoji (4 bytes), then CRLF
        QCOMPARE(WorkspaceFile::lineAndColumn(wide, 4), std::make_pair(1, 2));
        QCOMPARE(WorkspaceFile::lineAndColumn(wide, int(wide.indexOf('y'))), std::make_pair(2, 1));
    }

    void notAWorkspace()
    {
        const LoadResult arr = WorkspaceFile::fromJson("[1, 2]");
        QCOMPARE(arr.problems.size(), 1);
        QCOMPARE(int(arr.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
        QVERIFY(!arr.workspace);

        const LoadResult marker =
            loadWith([](QJsonObject &root) { root.insert(s("format"), s("something-else")); });
        QCOMPARE(marker.problems.size(), 1);
        QCOMPARE(int(marker.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
        QVERIFY(marker.problems.first().text().contains(s("something-else")));
        QVERIFY(marker.problems.first().text().contains(WorkspaceFile::formatMarker()));
        QVERIFY(!marker.workspace);

        const LoadResult none = loadWith([](QJsonObject &root) { root.remove(s("format")); });
        QCOMPARE(int(none.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
        const LoadResult number = loadWith([](QJsonObject &root) { root.insert(s("format"), 2); });
        QCOMPARE(int(number.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
        // A DescribeImages answer is not a workspace either.
        const LoadResult describe = WorkspaceFile::fromJson(kTencentExample);
        QCOMPARE(describe.problems.size(), 1);
        QCOMPARE(int(describe.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
    }

    void newerVersionIsRefused()
    {
        for (const int version : {3, 99}) {
            const LoadResult newer =
                loadWith([version](QJsonObject &root) { root.insert(s("version"), version); });
            QVERIFY(!newer.workspace);
            QCOMPARE(newer.problems.size(), 1);
            QCOMPARE(int(newer.problems.first().kind), int(LoadProblem::Kind::NewerVersion));
            QCOMPARE(newer.problems.first().version, version);
            QVERIFY(newer.problems.first().text().contains(QString::number(version)));
            QVERIFY(
                newer.problems.first().text().contains(QString::number(WorkspaceFile::kVersion)));
        }
        // Even when the rest would not load: the version decides first.
        const LoadResult newerAndBroken = loadWith([](QJsonObject &root) {
            root.insert(s("version"), 3);
            root.insert(s("images"), s("whatever"));
        });
        QCOMPARE(newerAndBroken.problems.size(), 1);
        QCOMPARE(int(newerAndBroken.problems.first().kind), int(LoadProblem::Kind::NewerVersion));
    }

    // ---- Migration -----------------------------------------------------------------------

    void migratesVersion1()
    {
        QJsonObject root = baseJson();
        root.insert(s("version"), 1);
        QJsonObject shared = findImage(root, s("img-shared01"));
        shared.remove(s("Shares"));
        shared.insert(s("SharedAccountIds"), QJsonArray{kFriend, kTrusted});
        shared.insert(s("CreatedTime"), s("2025-12-24T18:30:00Z"));
        putImage(root, shared);
        QJsonObject strange = findImage(root, s("img-strange1"));
        strange.remove(s("Shares"));
        strange.insert(s("SharedAccountIds"), QJsonArray{kOwner});
        putImage(root, strange);
        QJsonObject own = findImage(root, s("img-owner001"));
        own.remove(s("Shares")); // version 1 without any share list
        putImage(root, own);

        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.migratedFrom, 1);
        const Image *m = r.workspace->image(s("img-shared01"));
        QCOMPARE(m->shares.size(), 2);
        QCOMPARE(m->shares.at(0).accountId, kFriend);
        QCOMPARE(m->shares.at(1).accountId, kTrusted);
        const QDateTime created(QDate(2025, 12, 24), QTime(18, 30), Qt::UTC);
        QCOMPARE(m->createdTime, created);
        QCOMPARE(m->shares.at(0).createdTime, created);
        QCOMPARE(m->shares.at(1).createdTime, created);
        QVERIFY(r.workspace->imagesSharedWith(kTrusted).contains(s("img-shared01")));
        QCOMPARE(r.workspace->image(s("img-strange1"))->shares.size(), 1);
        QVERIFY(r.workspace->image(s("img-owner001"))->shares.isEmpty());
        // Saved as the current version, with Shares and without SharedAccountIds.
        const QJsonObject saved = WorkspaceFile::toObject(*r.workspace);
        QCOMPARE(saved.value(s("version")).toInt(), WorkspaceFile::kVersion);
        const QByteArray text = WorkspaceFile::toJson(*r.workspace);
        QVERIFY(!text.contains("SharedAccountIds"));
        const QJsonObject savedImage = findImage(saved, s("img-shared01"));
        QCOMPARE(savedImage.value(s("Shares")).toArray().size(), 2);
        QCOMPARE(savedImage.value(s("Shares"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(s("CreatedTime"))
                     .toString(),
                 s("2025-12-24T18:30:00Z"));
        const LoadResult again = WorkspaceFile::fromJson(text);
        QVERIFY(again.ok());
        QCOMPARE(again.migratedFrom, 0);
        QCOMPARE(again.workspace->images(), r.workspace->images());
        // A current file is not migrated.
        QCOMPARE(WorkspaceFile::fromObject(baseJson()).migratedFrom, 0);
    }

    // A version 1 file is validated like any other: a bad account in the old list is reported.
    void migrationValidatesTheOldShareList()
    {
        QJsonObject root = baseJson();
        root.insert(s("version"), 1);
        const int index = indexOf(root, s("img-shared01"));
        setImageField(root, s("img-shared01"), s("Shares"), QJsonValue::Undefined);
        setImageField(root, s("img-shared01"), s("SharedAccountIds"),
                      QJsonArray{kFriend, s("QQ-user")});
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY(!r.workspace);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().path.startsWith(QStringLiteral("images[%1].").arg(index)),
                 qPrintable(r.problems.first().path));
        QVERIFY(r.problems.first().text().contains(s("QQ-user")));
    }

    // A share list that is not a list must not silently disappear (the shares would be lost
    // when the file is saved): the loader reports it, with the key the file uses.
    void migrationDoesNotDropAMalformedShareList()
    {
        QJsonObject root = baseJson();
        root.insert(s("version"), 1);
        const int index = indexOf(root, s("img-shared01"));
        setImageField(root, s("img-shared01"), s("Shares"), QJsonValue::Undefined);
        setImageField(root, s("img-shared01"), s("SharedAccountIds"),
                      kFriend); // a bare string, not a list
        const LoadResult r = WorkspaceFile::fromObject(root);
        if (r.ok()) {
            QVERIFY2(
                r.workspace->image(s("img-shared01"))->isSharedWith(kFriend),
                "version 1 SharedAccountIds given as a string: the share was silently dropped");
            return;
        }
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().path, QStringLiteral("images[%1].SharedAccountIds").arg(index));
    }

    // ---- Saving --------------------------------------------------------------------------

    void saveIsAtomicWithABackup()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QString error;
        QVERIFY2(WorkspaceFile::save(f.ws(), name, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(filesIn(dir.path()),
                 QStringList{s("ws.json")}); // no backup of nothing, no temporary file
        const QByteArray first = readFile(name);
        QCOMPARE(first, WorkspaceFile::toJson(f.ws()));

        f.ops().modifyImageAttribute(f.as(kOwner), {s("img-owner001"), s("renamed"), std::nullopt});
        QVERIFY2(WorkspaceFile::save(f.ws(), name, &error), qPrintable(error));
        const QByteArray second = readFile(name);
        QCOMPARE(second, WorkspaceFile::toJson(f.ws()));
        QCOMPARE(readFile(WorkspaceFile::backupFileName(name)), first);
        QCOMPARE(WorkspaceFile::backupFileName(name), name + s(".bak"));
        QCOMPARE(filesIn(dir.path()), (QStringList{s("ws.json"), s("ws.json.bak")}));
        const LoadResult back = WorkspaceFile::load(name);
        QVERIFY(back.ok());
        QCOMPARE(back.workspace->image(s("img-owner001"))->imageName, s("renamed"));
        const LoadResult previous = WorkspaceFile::load(WorkspaceFile::backupFileName(name));
        QVERIFY(previous.ok());
        QCOMPARE(previous.workspace->image(s("img-owner001"))->imageName, s("name-img-owner001"));

        // The backup always holds the version before the last save.
        f.ops().modifyImageAttribute(f.as(kOwner),
                                     {s("img-owner001"), s("renamed again"), std::nullopt});
        QVERIFY(WorkspaceFile::save(f.ws(), name, &error));
        QCOMPARE(readFile(WorkspaceFile::backupFileName(name)), second);
        QCOMPARE(filesIn(dir.path()), (QStringList{s("ws.json"), s("ws.json.bak")}));
    }

    // The backup is a second name of the previous file where the file system allows (not a
    // copy): the previous file keeps its content while the saved one replaces it under its name.
    void backupKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(s("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), name));
        const QByteArray first = readFile(name);
        f.ops().modifyImageAttribute(f.as(kOwner), {s("img-owner001"), s("renamed"), std::nullopt});
        QVERIFY(WorkspaceFile::save(f.ws(), name));
        QCOMPARE(readFile(WorkspaceFile::backupFileName(name)), first);
        QVERIFY(readFile(name) != first);
    }

    // Saved through a symbolic link, the link's target gets the new text and the backup the
    // old one (a second name of the link would follow it to the new text).
    void saveThroughASymbolicLink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(s("real.json"));
        const QString link = dir.filePath(s("link.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), target));
        const QByteArray first = readFile(target);
        QVERIFY(QFile::link(target, link));
        f.ops().modifyImageAttribute(f.as(kOwner), {s("img-owner001"), s("renamed"), std::nullopt});
        QVERIFY(WorkspaceFile::save(f.ws(), link));
        QCOMPARE(readFile(link), WorkspaceFile::toJson(f.ws()));
        QCOMPARE(readFile(WorkspaceFile::backupFileName(link)), first);
    }

    void saveToAnUnwritablePlaceFails()
    {
        Fixture f;
        QTemporaryDir dir;
        QString error;
        const QString inMissingDir = dir.filePath(s("no/such/dir/ws.json"));
        QVERIFY(!WorkspaceFile::save(f.ws(), inMissingDir, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(inMissingDir));
        error.clear();
        QVERIFY(!WorkspaceFile::save(f.ws(), dir.path(), &error)); // a directory
        QVERIFY(!error.isEmpty());
        QVERIFY(!WorkspaceFile::save(f.ws(), s("/proc/cvm-image-console-test.json"),
                                     nullptr)); // no error wanted: no crash
        QCOMPARE(filesIn(dir.path()), QStringList{});
    }

    // When the backup cannot be kept, the save fails and the file keeps its content.
    void aFailedSaveLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(s("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), name));
        const QByteArray before = readFile(name);
        // The backup's name is taken by a non-empty directory.
        QVERIFY(QDir(dir.path()).mkpath(s("ws.json.bak/keep")));
        f.ops().modifyImageAttribute(f.as(kOwner), {s("img-owner001"), s("renamed"), std::nullopt});
        QString error;
        QVERIFY(!WorkspaceFile::save(f.ws(), name, &error));
        QVERIFY(error.contains(s("ws.json.bak")));
        QCOMPARE(readFile(name), before);
        QCOMPARE(filesIn(dir.path()),
                 (QStringList{s("ws.json"), s("ws.json.bak")})); // no temporary file left
    }

    // A file that failed to load is never written: nothing of this API writes on load, and a
    // failed load yields no workspace that could be saved over it.
    void aFileThatFailsToLoadIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QJsonObject invalid = baseJson();
        setImageField(invalid, s("img-owner001"), s("ImageId"), s("img-12"));
        QJsonObject newer = baseJson();
        newer.insert(s("version"), 3);
        QJsonObject other = baseJson();
        other.insert(s("format"), s("other"));
        QJsonObject missing = baseJson();
        missing.remove(s("regions"));
        QTest::newRow("truncated") << json(baseJson()).left(500) << int(LoadProblem::Kind::Syntax);
        QTest::newRow("invalid value") << json(invalid) << int(LoadProblem::Kind::Invalid);
        QTest::newRow("missing value") << json(missing) << int(LoadProblem::Kind::Missing);
        QTest::newRow("newer version") << json(newer) << int(LoadProblem::Kind::NewerVersion);
        QTest::newRow("not a workspace") << json(other) << int(LoadProblem::Kind::NotAWorkspace);
    }
    void aFileThatFailsToLoadIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString name = dir.filePath(s("broken.json"));
        QVERIFY(writeFile(name, content));
        const QDateTime modified = QFileInfo(name).lastModified();
        const LoadResult r = WorkspaceFile::load(name);
        QVERIFY(!r.ok());
        QVERIFY(!r.workspace);
        QCOMPARE(int(r.problems.first().kind), kind);
        QCOMPARE(readFile(name), content);
        QCOMPARE(QFileInfo(name).lastModified(), modified);
        QCOMPARE(filesIn(dir.path()),
                 QStringList{s("broken.json")}); // no backup, no temporary file
    }

    void anUnreadableFile()
    {
        QTemporaryDir dir;
        const LoadResult missing = WorkspaceFile::load(dir.filePath(s("absent.json")));
        QCOMPARE(missing.problems.size(), 1);
        QCOMPARE(int(missing.problems.first().kind), int(LoadProblem::Kind::Unreadable));
        QVERIFY(missing.problems.first().text().contains(s("absent.json")));
        QVERIFY(!missing.workspace);
        QVERIFY(!QFile::exists(dir.filePath(s("absent.json"))));
        const LoadResult directory = WorkspaceFile::load(dir.path());
        QVERIFY(!directory.ok());
    }

    void duplicateIdsKeepTheFirstAndAreReported()
    {
        QJsonObject root = baseJson();
        QJsonArray images = root.value(s("images")).toArray();
        QJsonObject dup = findImage(root, s("img-owner001"));
        dup.insert(s("ImageName"), s("the second one"));
        images.append(dup);
        root.insert(s("images"), images);
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY(r.ok());
        QCOMPARE(r.workspace->image(s("img-owner001"))->imageName, s("name-img-owner001"));
        QCOMPARE(r.workspace->imageCount(), 11);
        QCOMPARE(r.workspace->loadFindings().size(), 1);
        const Violation &v = r.workspace->loadFindings().first();
        QCOMPARE(v.rule, s("F1"));
        QCOMPARE(v.code, s("DuplicateId"));
        QCOMPARE(v.items, QStringList{s("img-owner001")});
        QCOMPARE(v.args.value(s("path")).toString(),
                 QStringLiteral("images[%1]").arg(images.size() - 1));

        // Every kind of record with an ID: the first is kept, each repeat is a finding with
        // its path, in the order of the sections (the snapshots are put by the reader's second
        // thread, as images are).
        Fixture busy;
        makeBusy(busy);
        QJsonObject all = QJsonDocument::fromJson(WorkspaceFile::toJson(busy.ws())).object();
        QStringList expected;
        for (const char *section : {"accounts", "regions", "images", "instances", "snapshots", "tasks"}) {
            QJsonArray list = all.value(s(section)).toArray();
            QVERIFY2(!list.isEmpty(), section);
            list.append(list.first());
            expected.append(QStringLiteral("%1[%2]").arg(s(section)).arg(list.size() - 1));
            all.insert(s(section), list);
        }
        const LoadResult repeated = WorkspaceFile::fromObject(all);
        QVERIFY2(repeated.ok(), qPrintable(repeated.errorText()));
        QStringList paths;
        for (const Violation &f : repeated.workspace->loadFindings())
            paths.append(f.args.value(s("path")).toString());
        QCOMPARE(paths, expected);
        QCOMPARE(repeated.workspace->snapshots().size(), busy.ws().snapshots().size());
    }

    // ---- DescribeImages ------------------------------------------------------------------

    void describeImagesTencentExample()
    {
        QList<LoadProblem> problems;
        const QList<Image> images =
            WorkspaceFile::parseDescribeImages(kTencentExample, kFriend, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QCOMPARE(images.size(), 1);
        const Image &img = images.first();
        QCOMPARE(img.imageId, s("img-qlzp4oea"));
        QCOMPARE(img.imageName, s("test-image"));
        QCOMPARE(img.imageDescription, s("test-image"));
        QVERIFY(img.kind == ImageKind::Custom);
        QCOMPARE(img.ownerAccountId, kFriend); // PRIVATE_IMAGE: the asking account's own
        QCOMPARE(img.imageCreator, s("3205597606"));
        QCOMPARE(toString(img.state), s("NORMAL"));
        QCOMPARE(toString(img.source), s("CREATE_IMAGE"));
        QCOMPARE(img.osName, s("CentOS 7.4 64-bit"));
        QCOMPARE(img.platform, s("CentOS"));
        QCOMPARE(img.architecture, s("x86_64"));
        QCOMPARE(img.imageSize, 20);
        QCOMPARE(img.createdTime, QDateTime(QDate(2020, 9, 22), QTime(0, 0), Qt::UTC));
        QVERIFY(!img.syncPercent);
        QVERIFY(img.isSupportCloudinit);
        QCOMPARE(img.snapshots.size(), 1);
        QCOMPARE(img.snapshots.first().snapshotId, s("snap-gqa37j2p"));
        QCOMPARE(toString(img.snapshots.first().diskUsage), s("SYSTEM_DISK"));
        QCOMPARE(img.snapshots.first().diskSize, 20);
        QCOMPARE(img.tags, (QList<Tag>{Tag{s("xx"), s("xx")}}));
        QVERIFY(img.shares.isEmpty());
        // Works without a problem list as well.
        QCOMPARE(WorkspaceFile::parseDescribeImages(kTencentExample, kFriend, nullptr).size(), 1);
    }

    void describeImagesShapes()
    {
        const QByteArray record =
            R"({"ImageId":"img-9qabwvbn","ImageName":"CentOS 7.6","ImageType":"PUBLIC_IMAGE","ImageState":"NORMAL","ImageCreator":null,"IsSupportCloudinit":true,"CreatedTime":"2020-01-01T00:00:00Z"})";
        QList<LoadProblem> problems;
        const QList<QByteArray> shapes{QByteArray("{\"ImageSet\":[") + record + QByteArray("]}"),
                                       QByteArray("[") + record + QByteArray("]"),
                                       QByteArray("{\"Response\":{\"ImageSet\":[") + record +
                                           QByteArray("],\"RequestId\":\"x\"}}")};
        for (const QByteArray &shape : shapes) {
            const QList<Image> images =
                WorkspaceFile::parseDescribeImages(shape, kFriend, &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
            QCOMPARE(images.size(), 1);
            QVERIFY(images.first().kind == ImageKind::Public); // public, creator null
            QVERIFY(images.first().ownerAccountId.isEmpty());
            QVERIFY(images.first().imageCreator.isEmpty());
            QCOMPARE(images.first().imageId, s("img-9qabwvbn"));
        }
        const QByteArray shared =
            R"([{"ImageId":"img-abcdefgh","ImageName":"s","ImageType":"SHARED_IMAGE","ImageState":"NORMAL","ImageCreator":"3205597606","IsSupportCloudinit":false},)"
            R"({"ImageId":"img-market77","ImageName":"m","ImageType":"MARKET_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true}])";
        const QList<Image> images = WorkspaceFile::parseDescribeImages(shared, kFriend, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QCOMPARE(images.size(), 2);
        QVERIFY(images.first().kind == ImageKind::Custom);
        QCOMPARE(images.first().ownerAccountId, s("3205597606")); // the sharer
        QVERIFY(!images.first().isSupportCloudinit);
        QVERIFY(images.last().kind == ImageKind::Market);
        QVERIFY(images.last().ownerAccountId.isEmpty());
        // An empty answer is no problem.
        QVERIFY(WorkspaceFile::parseDescribeImages(R"({"Response":{"TotalCount":0,"ImageSet":[]}})",
                                                   kFriend, &problems)
                    .isEmpty());
        QVERIFY(problems.isEmpty());
    }

    void describeImagesProblemsHavePaths_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("good"); // records that still come through
        const int invalid = int(LoadProblem::Kind::Invalid);
        const int missing = int(LoadProblem::Kind::Missing);
        QTest::newRow("bad ID")
            << QByteArray(
                   R"({"Response":{"ImageSet":[{"ImageId":"img-1","ImageName":"x","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true}]}})")
            << invalid << s("Response.ImageSet[0].ImageId") << 0;
        QTest::newRow("second of two")
            << QByteArray(
                   R"({"Response":{"ImageSet":[{"ImageId":"img-aaaaaaaa","ImageName":"a","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true},)"
                   R"({"ImageId":"img-bbbbbbbb","ImageName":"b","ImageType":"PRIVATE_IMAGE","ImageState":"BROKEN","IsSupportCloudinit":true}]}})")
            << invalid << s("Response.ImageSet[1].ImageState") << 1;
        QTest::newRow("bare set, missing name")
            << QByteArray(
                   R"({"ImageSet":[{"ImageId":"img-aaaaaaaa","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true}]})")
            << missing << s("ImageSet[0].ImageName") << 0;
        QTest::newRow("bare array, bad type")
            << QByteArray(
                   R"([{"ImageId":"img-aaaaaaaa","ImageName":"a","ImageType":"OWN_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true}])")
            << invalid << s("[0].ImageType") << 0;
        QTest::newRow("shared without creator")
            << QByteArray(
                   R"({"Response":{"ImageSet":[{"ImageId":"img-aaaaaaaa","ImageName":"a","ImageType":"SHARED_IMAGE","ImageCreator":null,"ImageState":"NORMAL","IsSupportCloudinit":true}]}})")
            << invalid << s("Response.ImageSet[0].ImageCreator") << 0;
        QTest::newRow("not an object")
            << QByteArray(R"({"Response":{"ImageSet":["img-aaaaaaaa"]}})") << invalid
            << s("Response.ImageSet[0]") << 0;
        QTest::newRow("no image set") << QByteArray(R"({"Response":{"TotalCount":0}})") << missing
                                      << s("Response.ImageSet") << 0;
        QTest::newRow("bad snapshot")
            << QByteArray(
                   R"({"Response":{"ImageSet":[{"ImageId":"img-aaaaaaaa","ImageName":"a","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true,"SnapshotSet":[{"SnapshotId":"snap-x"}]}]}})")
            << invalid << s("Response.ImageSet[0].SnapshotSet[0].SnapshotId") << 0;
        QTest::newRow("syntax") << QByteArray(kTencentExample).left(100)
                                << int(LoadProblem::Kind::Syntax) << QString() << 0;
    }
    void describeImagesProblemsHavePaths()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(int, good);
        QList<LoadProblem> problems;
        const QList<Image> images = WorkspaceFile::parseDescribeImages(answer, kFriend, &problems);
        QCOMPARE(images.size(), good);
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        QCOMPARE(int(problems.first().kind), kind);
        QCOMPARE(problems.first().path, path);
        if (!path.isEmpty())
            QVERIFY2(problems.first().text().startsWith(path + s(": ")),
                     qPrintable(problems.first().text()));
    }

    // Then the operation puts them in the workspace, undoably, and the file keeps them.
    void describeImagesIntoTheWorkspace()
    {
        Fixture f;
        const QByteArray before = WorkspaceFile::toJson(f.ws());
        QList<LoadProblem> problems;
        QList<Image> images =
            WorkspaceFile::parseDescribeImages(kTencentExample, kFriend, &problems);
        images += WorkspaceFile::parseDescribeImages(
            R"([{"ImageId":"img-abcdefgh","ImageName":"s","ImageType":"SHARED_IMAGE","ImageState":"NORMAL","ImageCreator":"3205597606","IsSupportCloudinit":false,"CreatedTime":"2021-05-05T05:05:05Z"},)"
            R"({"ImageId":"img-9qabwvbn","ImageName":"CentOS 7.6","ImageType":"PUBLIC_IMAGE","ImageState":"NORMAL","ImageCreator":null,"IsSupportCloudinit":true,"CreatedTime":"2020-01-01T00:00:00Z"}])",
            kFriend, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(images.size(), 3);
        const OperationResult r =
            f.ops().importDescribeImages(f.as(kFriend), images, kFriend, s("ap-jakarta"));
        QVERIFY(r.applied());
        const Image *own = f.ws().image(s("img-qlzp4oea"));
        QVERIFY(own);
        QCOMPARE(own->region, s("ap-jakarta"));
        QCOMPARE(own->ownerAccountId, kFriend);
        QVERIFY(f.ws().customImagesOf(kFriend, s("ap-jakarta")).contains(s("img-qlzp4oea")));
        const Image *shared = f.ws().image(s("img-abcdefgh"));
        QCOMPARE(shared->ownerAccountId, s("3205597606"));
        QVERIFY(shared->isSharedWith(kFriend));
        QVERIFY(f.ws().account(s("3205597606")));
        QVERIFY(f.ws().publicImageIds().contains(s("img-9qabwvbn")));
        QCOMPARE(f.ws().journal().last().action, s("ImportDescribeImages"));

        // Saved and loaded back, identical.
        const QByteArray saved = WorkspaceFile::toJson(f.ws());
        const LoadResult again = WorkspaceFile::fromJson(saved);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(again.workspace->images(), f.ws().images());
        QCOMPARE(WorkspaceFile::toJson(*again.workspace), saved);

        // Undone: the file is as before (but for the journal).
        f.ops().undo(f.as(kFriend), r);
        QJsonObject now = QJsonDocument::fromJson(WorkspaceFile::toJson(f.ws())).object();
        QJsonObject then = QJsonDocument::fromJson(before).object();
        now.remove(s("journal"));
        then.remove(s("journal"));
        QCOMPARE(now, then);
        f.ops().redo(f.as(kFriend), r);
        QCOMPARE(f.ws().images(), again.workspace->images());
    }

    void emptyLikeKeepsRegionsAndPolicy()
    {
        QJsonObject root = baseJson();
        root.insert(s("policy"), QJsonObject{{s("shareLimit"), 7}});
        Fixture f(root);
        const LoadResult r = WorkspaceFile::emptyLike(f.ws(), kOwner);
        QVERIFY(r.ok());
        QCOMPARE(r.workspace->accounts().size(), 1);
        QCOMPARE(r.workspace->accounts().first().accountId, kOwner);
        QVERIFY(r.workspace->accounts().first().trustedAccountIds.isEmpty());
        QCOMPARE(r.workspace->regions(), f.ws().regions());
        QCOMPARE(r.workspace->policy().shareLimit, 7);
        QCOMPARE(r.workspace->imageCount(), 0);
        QVERIFY(r.workspace->journal().isEmpty());
        QVERIFY(r.workspace->tasks().isEmpty());
    }

    void theDocumentedExampleIsAValidWorkspace()
    {
        const QString doc = QFileInfo(QStringLiteral(SAMPLE_WORKSPACE))
                                .dir()
                                .filePath(QStringLiteral("../docs/workspace-format.md"));
        const QString text = QString::fromUtf8(readFile(doc));
        const qsizetype start = text.indexOf(QStringLiteral("```json\n{\n    \"format\""));
        QVERIFY(start >= 0);
        const qsizetype from = start + 8;
        const QString example = text.mid(from, text.indexOf(QStringLiteral("\n```"), from) - from);
        const LoadResult r = WorkspaceFile::fromJson(example.toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.workspace->imageCount(), 3);
        QVERIFY(WorkspaceLint::run(*r.workspace).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
