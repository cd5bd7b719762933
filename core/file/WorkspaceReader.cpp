#include "WorkspaceReader.h"

#include "Cloud.h"
#include "WorkspaceDelta.h"

#include "Ids.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"
#include "WorkspaceSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace cvm {

namespace {

QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double: {
        // Whole numbers as integers while they have an exact integer form; the others (1e+300)
        // as doubles: converting those to an integer would be undefined.
        const double d = v.toDouble();
        return std::abs(d) < 0x1p53 && d == std::trunc(d) ? QString::number(qint64(d))
                                                          : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// Where a value sits in the file ("images[42].Shares[3]"), put into words only when a
// problem is reported: writing the text for every value read would cost more than reading it.
class Where
{
public:
    Where() = default;
    explicit Where(const QString &root) : m_root(root) {}
    Where(const Where &parent, QLatin1String key) : m_parent(&parent), m_key(key) {}
    Where(const Where &parent, qsizetype index) : m_parent(&parent), m_index(index) {}

    QString text() const
    {
        if (!m_parent)
            return m_root;
        const QString base = m_parent->text();
        if (m_index >= 0)
            return base + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return base.isEmpty() ? QString(m_key) : base + QLatin1Char('.') + m_key;
    }

private:
    const Where *m_parent = nullptr;
    QString m_root;
    QLatin1String m_key;
    qsizetype m_index = -1;
};

} // namespace

// The times the console writes ("2026-11-23T07:25:27Z") read without Qt's general ISO
// parser, which takes most of the time of a large file; anything else goes to that parser.
QDateTime parseWorkspaceTime(const QString &s)
{
    if (s.size() == 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
        s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'Z') {
        auto number = [&](int from, int length, bool &ok) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = s.at(i).unicode();
                if (c < u'0' || c > u'9') {
                    ok = false;
                    return 0;
                }
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        bool ok = true;
        const QDate date(number(0, 4, ok), number(5, 2, ok), number(8, 2, ok));
        const int h = number(11, 2, ok), m = number(14, 2, ok), sec = number(17, 2, ok);
        if (ok && date.isValid() && QTime::isValid(h, m, sec)) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromSecsSinceEpoch(days * 86400 + h * 3600 + m * 60 + sec, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a time without a zone is UTC, whatever the machine's zone
    return t.isValid() ? t.toUTC() : t;
}

// Reads a workspace object into a Workspace, collecting every problem with its path.
class WorkspaceReader
{
public:
    explicit WorkspaceReader(QList<LoadProblem> &problems) : m_problems(problems) {}

    std::unique_ptr<Workspace> read(QJsonObject root, int &migratedFrom);
    Image readImage(const QJsonObject &o, const Where &path, bool describeImages)
    {
        return readAs<Image>(schema::image(), o, path, describeImages);
    }
    std::optional<WorkspaceDelta> readEffect(const QJsonObject &o);

private:
    void invalid(const QString &path, const QJsonValue &v, Expect e,
                 const QStringList &allowed = {})
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Invalid;
        p.path = path;
        p.value = shown(v);
        p.expect = e;
        p.allowed = allowed;
        m_problems.append(p);
    }
    void missing(const QString &path, Expect e, const QStringList &allowed = {})
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Missing;
        p.path = path;
        p.expect = e;
        p.allowed = allowed;
        m_problems.append(p);
    }
    static QString at(const Where &path, QLatin1String k) { return Where(path, k).text(); }

    QJsonValue get(const QJsonObject &o, QLatin1String k, const Where &path, bool required,
                   Expect e)
    {
        const auto it = o.constFind(k);
        if (it == o.constEnd() || (it->isNull() && required)) {
            if (required)
                missing(at(path, k), e);
            return QJsonValue(QJsonValue::Undefined);
        }
        return *it;
    }

    QString string(const QJsonObject &o, QLatin1String k, const Where &path, bool required,
                   Expect e, bool (*valid)(const QString &))
    {
        const QJsonValue v = get(o, k, path, required, e);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || (valid && !valid(v.toString()))) {
            invalid(at(path, k), v, e);
            return {};
        }
        return v.toString();
    }

    // Every whole number of the format is held in an int. A number is compared with the
    // bounds as a double, before any conversion: converting one out of range is undefined.
    std::optional<int> integer(const QJsonObject &o, QLatin1String k, const Where &path,
                               bool required, Expect e = Expect::NonNegativeInteger)
    {
        const QJsonValue v = get(o, k, path, required, e);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1.5);
        const double min = e == Expect::Integer ? double(std::numeric_limits<int>::min()) : 0;
        const double max = e == Expect::Percent ? 100 : double(std::numeric_limits<int>::max());
        if (!v.isDouble() || d != std::trunc(d) || (e == Expect::Percent && (d < min || d > max)) ||
            (e == Expect::NonNegativeInteger && d < 0)) {
            invalid(at(path, k), v, e);
            return std::nullopt;
        }
        if (d < min || d > max) {
            invalid(at(path, k), v, Expect::IntegerInRange,
                    {QString::number(qint64(min)), QString::number(qint64(max))});
            return std::nullopt;
        }
        return int(d);
    }

    QDateTime time(const QJsonObject &o, QLatin1String k, const Where &path, bool required = true)
    {
        const QJsonValue v = get(o, k, path, required, Expect::Time);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDateTime t = v.isString() ? parseWorkspaceTime(v.toString()) : QDateTime();
        if (!t.isValid()) {
            invalid(at(path, k), v, Expect::Time);
            return {};
        }
        return t;
    }

    QJsonArray array(const QJsonObject &o, QLatin1String k, const Where &path, bool required)
    {
        const QJsonValue v = get(o, k, path, required, Expect::Array);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            invalid(at(path, k), v, Expect::Array);
            return {};
        }
        return v.toArray();
    }

    // Calls `each` for every object of the array, with its path.
    void objects(const QJsonArray &a, const Where &path,
                 const std::function<void(const QJsonObject &, const Where &)> &each)
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Where p(path, i);
            if (!a.at(i).isObject()) {
                invalid(p.text(), a.at(i), Expect::Object);
                continue;
            }
            each(a.at(i).toObject(), p);
        }
    }

    void duplicate(const QString &id, const QString &path)
    {
        m_findings.append(
            Violation{ruleId(Rule::F1),
                      QString(codes::DuplicateId),
                      QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("path"), path}},
                      {id}});
    }

    // Reads the fields of a record as its schema lists them, in that order.
    void readRecord(const schema::RecordSchema &s, void *r, const QJsonObject &o,
                    const Where &path, bool describeImages);
    void readField(const schema::Field &f, void *r, const QJsonObject &o, const Where &path,
                   bool describeImages);
    template <typename T>
    T readAs(const schema::RecordSchema &s, const QJsonObject &o, const Where &path,
             bool describeImages = false)
    {
        T record;
        readRecord(s, &record, o, path, describeImages);
        return record;
    }
    Policy readPolicy(const QJsonObject &o)
    {
        const Where root;
        return readAs<Policy>(schema::policy(), o, Where(root, key::Policy));
    }
    Account readAccount(const QJsonObject &o, const Where &path)
    {
        return readAs<Account>(schema::account(), o, path);
    }
    Region readRegion(const QJsonObject &o, const Where &path)
    {
        return readAs<Region>(schema::region(), o, path);
    }
    Instance readInstance(const QJsonObject &o, const Where &path)
    {
        return readAs<Instance>(schema::instance(), o, path);
    }
    Snapshot readSnapshot(const QJsonObject &o, const Where &path)
    {
        return readAs<Snapshot>(schema::snapshot(), o, path);
    }
    Task readTask(const QJsonObject &o, const Where &path)
    {
        return readAs<Task>(schema::task(), o, path);
    }
    JournalEntry readJournal(const QJsonObject &o, const Where &path)
    {
        return readAs<JournalEntry>(schema::journalEntry(), o, path);
    }
    void migrateFromVersion1(QJsonObject &root);

    QList<LoadProblem> &m_problems;
    QList<Violation> m_findings;
};

void WorkspaceReader::readRecord(const schema::RecordSchema &s, void *r, const QJsonObject &o,
                                 const Where &path, bool describeImages)
{
    for (const schema::Field &f : s.fields) {
        if (describeImages && f.has(schema::FileOnly))
            continue;
        if (f.readIf && !f.readIf(r))
            continue;
        readField(f, r, o, path, describeImages);
    }
    for (const schema::Field &f : s.fields) {
        if (f.whenAbsent && !(describeImages && f.has(schema::FileOnly))) {
            const QJsonValue v = o.value(f.key);
            if (v.isUndefined() || v.isNull())
                f.whenAbsent(r);
        }
    }
    if (s.finish)
        s.finish(r);
}

void WorkspaceReader::readField(const schema::Field &f, void *r, const QJsonObject &o,
                                const Where &path, bool describeImages)
{
    using schema::Type;
    const bool required = f.required(describeImages);
    const QLatin1String k = f.key;
    switch (f.type) {
    case Type::Text: {
        QString text = string(o, k, path, required, f.expect, f.valid);
        if (!text.isEmpty()) // an empty text leaves the field as it was (its default)
            f.setText(r, std::move(text));
        return;
    }
    case Type::Integer:
        if (const auto v = integer(o, k, path, required, f.expect))
            f.setInteger(r, *v);
        return;
    case Type::Boolean: {
        const QJsonValue v = get(o, k, path, required, Expect::Boolean);
        if (v.isUndefined() || (v.isNull() && !f.has(schema::NullInvalid)))
            return;
        if (!v.isBool())
            invalid(at(path, k), v, Expect::Boolean);
        else
            f.setBoolean(r, v.toBool());
        return;
    }
    case Type::Time: {
        QDateTime t = time(o, k, path, required);
        if (t.isValid())
            f.setTime(r, std::move(t));
        return;
    }
    case Type::Enum: {
        const QJsonValue v = get(o, k, path, required, f.expect);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            invalid(at(path, k), v, f.expect, f.expect == Expect::OneOf ? f.allowed : QStringList());
            return;
        }
        const int e = f.parse(v.toString());
        if (e < 0) {
            invalid(at(path, k), v, Expect::OneOf, f.allowed);
            return;
        }
        if (e == f.notInFile && !describeImages) {
            QStringList allowed = f.allowed;
            allowed.removeAll(f.name(f.notInFile));
            invalid(at(path, k), v, Expect::OneOf, allowed);
        }
        f.setEnum(r, e);
        return;
    }
    case Type::TextList: {
        const QJsonArray a = array(o, k, path, required);
        const Where list(path, k);
        QStringList out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue v = a.at(i);
            if (!v.isString()) {
                if (f.has(schema::Lenient))
                    out.append(QString());
                else
                    invalid(Where(list, i).text(), v, f.element,
                            f.element == Expect::OneOf ? f.allowed : QStringList());
                continue;
            }
            const QString text = v.toString();
            if (f.elementValid && !f.elementValid(text))
                invalid(Where(list, i).text(), v, f.element,
                        f.element == Expect::OneOf ? f.allowed : QStringList());
            else
                out.append(text);
        }
        if (!out.isEmpty())
            f.setList(r, std::move(out));
        return;
    }
    case Type::Records:
        objects(array(o, k, path, required), Where(path, k),
                [&](const QJsonObject &child, const Where &p) {
                    readRecord(*f.child, f.append(r), child, p, describeImages);
                });
        return;
    case Type::Record: {
        const QJsonValue v = o.value(k);
        if (v.isObject())
            readRecord(*f.child, f.mutableRecord(r), v.toObject(), Where(path, k), describeImages);
        else if (!v.isUndefined() && !v.isNull())
            invalid(at(path, k), v, Expect::Object);
        return;
    }
    case Type::Object: {
        const QJsonValue v = o.value(k);
        if (v.isObject())
            f.setObject(r, v.toObject());
        else if (!v.isUndefined() && !f.has(schema::Lenient))
            invalid(at(path, k), v, Expect::Object);
        return;
    }
    }
}

void WorkspaceReader::migrateFromVersion1(QJsonObject &root)
{
    // Version 1 kept a bare list of account IDs per image; version 2 records when each
    // share was made. The image's own creation time is the best known share time.
    QJsonArray images = root.value(key::Images).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject img = images.at(i).toObject();
        if (img.contains(key::SharedAccountIds)) {
            if (!img.value(key::SharedAccountIds).isArray()) {
                // Not silently dropped: the shares would be lost when the file is saved.
                invalid(QStringLiteral("%1[%2].%3").arg(key::Images).arg(i).arg(key::SharedAccountIds),
                        img.value(key::SharedAccountIds), Expect::Array);
                continue;
            }
            QJsonArray shares;
            for (const QJsonValue &a : img.value(key::SharedAccountIds).toArray())
                shares.append(QJsonObject{{key::AccountId, a},
                                          {key::CreatedTime, img.value(key::CreatedTime)}});
            img.remove(key::SharedAccountIds);
            img.insert(key::Shares, shares);
            images[i] = img;
        }
    }
    root.insert(key::Images, images);
    root.insert(key::Version, WorkspaceFile::kVersion);
}

std::unique_ptr<Workspace> WorkspaceReader::read(QJsonObject root, int &migratedFrom)
{
    const QJsonValue format = root.value(key::Format);
    if (format.toString() != WorkspaceFile::formatMarker()) {
        LoadProblem p;
        p.kind = LoadProblem::Kind::NotAWorkspace;
        p.value = format.isUndefined() ? QStringLiteral("—") : shown(format);
        m_problems.append(p);
        return nullptr;
    }
    const Where top;
    const auto version = integer(root, key::Version, top, true, Expect::Integer);
    if (!version)
        return nullptr;
    if (*version > WorkspaceFile::kVersion) {
        LoadProblem p;
        p.kind = LoadProblem::Kind::NewerVersion;
        p.version = int(*version);
        m_problems.append(p);
        return nullptr;
    }
    if (*version < 1) {
        invalid(QString(key::Version), root.value(key::Version), Expect::OneOf,
                {QStringLiteral("1"), QStringLiteral("2")});
        return nullptr;
    }
    if (*version == 1) {
        migratedFrom = 1;
        migrateFromVersion1(root);
    }

    auto ws = std::make_unique<Workspace>();
    ws->setName(string(root, key::Name, top, false, Expect::String, nullptr));
    const QJsonValue policy = root.value(key::Policy);
    if (policy.isObject())
        ws->setPolicy(readPolicy(policy.toObject()));
    else if (!policy.isUndefined())
        invalid(QString(key::Policy), policy, Expect::Object);

    // A record is kept the first time its ID appears; IDs of different kinds never look
    // alike (img-, ins-, snap-, …), so each kind is checked against what was read of it.
    auto firstTime = [&](const QString &id, bool seen, const Where &path) {
        if (id.isEmpty())
            return false;
        if (seen) {
            duplicate(id, path.text());
            return false;
        }
        return true;
    };
    QSet<QString> regionIds;

    objects(array(root, key::Accounts, top, true), Where(top, key::Accounts),
            [&](const QJsonObject &o, const Where &p) {
                Account a = readAccount(o, p);
                if (firstTime(a.accountId, ws->account(a.accountId) != nullptr, p)) {
                    const QString id = a.accountId; // the record is moved from below
                    ws->putAccount(id, std::move(a));
                }
            });
    QList<Region> regions;
    objects(array(root, key::Regions, top, true), Where(top, key::Regions),
            [&](const QJsonObject &o, const Where &p) {
                Region r = readRegion(o, p);
                if (firstTime(r.regionId, regionIds.contains(r.regionId), p)) {
                    regionIds.insert(r.regionId);
                    regions.append(r);
                }
            });
    ws->setRegions(regions);
    objects(array(root, key::Images, top, true), Where(top, key::Images),
            [&](const QJsonObject &o, const Where &p) {
                Image img = readImage(o, p, false);
                if (firstTime(img.imageId, ws->image(img.imageId) != nullptr, p)) {
                    const QString id = img.imageId; // the record is moved from below
                    ws->putImage(id, std::move(img));
                }
            });
    objects(array(root, key::Instances, top, false), Where(top, key::Instances),
            [&](const QJsonObject &o, const Where &p) {
                Instance i = readInstance(o, p);
                if (firstTime(i.instanceId, ws->instance(i.instanceId) != nullptr, p)) {
                    const QString id = i.instanceId; // the record is moved from below
                    ws->putInstance(id, std::move(i));
                }
            });
    objects(array(root, key::Snapshots, top, false), Where(top, key::Snapshots),
            [&](const QJsonObject &o, const Where &p) {
                Snapshot s = readSnapshot(o, p);
                if (firstTime(s.snapshotId, ws->snapshot(s.snapshotId) != nullptr, p)) {
                    const QString id = s.snapshotId; // the record is moved from below
                    ws->putSnapshot(id, std::move(s));
                }
            });
    objects(array(root, key::Tasks, top, false), Where(top, key::Tasks),
            [&](const QJsonObject &o, const Where &p) {
                Task t = readTask(o, p);
                if (firstTime(t.taskId, ws->task(t.taskId) != nullptr, p)) {
                    const QString id = t.taskId; // the record is moved from below
                    ws->putTask(id, std::move(t));
                }
            });
    QList<JournalEntry> journal;
    objects(array(root, key::Journal, top, false), Where(top, key::Journal),
            [&](const QJsonObject &o, const Where &p) { journal.append(readJournal(o, p)); });
    if (root.contains(key::Cloud)) {
        CloudLink link;
        QList<PendingChange> pending;
        if (!root.value(key::Cloud).isObject()) {
            LoadProblem p;
            p.path = key::Cloud;
            p.value = shown(root.value(key::Cloud));
            p.expect = Expect::Object;
            m_problems.append(p);
        } else if (cloud::fromJson(root.value(key::Cloud).toObject(), key::Cloud, link, pending,
                                   m_problems)) {
            ws->setCloud(link);
            for (PendingChange &c : pending) {
                const QString id = c.id();
                ws->putPending(id, std::move(c));
            }
        }
    }
    if (!m_problems.isEmpty())
        return nullptr;
    for (const JournalEntry &e : std::as_const(journal))
        ws->appendJournal(e);
    for (const Violation &f : std::as_const(m_findings))
        ws->addLoadFinding(f);
    return ws;
}

std::unique_ptr<Workspace> readWorkspace(const QJsonObject &root, int &migratedFrom,
                                         QList<LoadProblem> &problems)
{
    WorkspaceReader reader(problems);
    return reader.read(root, migratedFrom);
}

Image readDescribeImagesRecord(const QJsonObject &record, const QString &path,
                               QList<LoadProblem> &problems)
{
    WorkspaceReader reader(problems);
    return reader.readImage(record, Where(path), true);
}

QString shownJsonValue(const QJsonValue &value)
{
    return shown(value);
}

std::optional<WorkspaceDelta> WorkspaceReader::readEffect(const QJsonObject &o)
{
    WorkspaceDelta d;
    const qsizetype before = m_problems.size();
    auto changes = [&](const char *key, auto &out, auto read) {
        const QJsonArray list = o.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            const Where base(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i));
            typename std::remove_reference_t<decltype(out)>::value_type change;
            change.id = c.value(QLatin1String("Id")).toString();
            if (change.id.isEmpty())
                return false;
            for (const char *side : {"Before", "After"}) {
                const QJsonValue v = c.value(QLatin1String(side));
                if (v.isObject()) {
                    auto record = read(v.toObject(), Where(base, QLatin1String(side)));
                    (side[0] == 'B' ? change.before : change.after) = record;
                } else if (!v.isNull() && !v.isUndefined()) {
                    return false;
                }
            }
            out.append(change);
        }
        return true;
    };
    const bool ok =
        changes("Accounts", d.accounts,
                [this](const QJsonObject &r, const Where &w) { return readAccount(r, w); }) &&
        changes("Images", d.images,
                [this](const QJsonObject &r, const Where &w) { return readImage(r, w, false); }) &&
        changes("Instances", d.instances,
                [this](const QJsonObject &r, const Where &w) { return readInstance(r, w); }) &&
        changes("Snapshots", d.snapshots,
                [this](const QJsonObject &r, const Where &w) { return readSnapshot(r, w); }) &&
        changes("Tasks", d.tasks,
                [this](const QJsonObject &r, const Where &w) { return readTask(r, w); });
    if (!ok || m_problems.size() != before)
        return std::nullopt;
    return d;
}

namespace cloud {

std::optional<WorkspaceDelta> effectFromJson(const QJsonObject &effect)
{
    QList<LoadProblem> problems;
    WorkspaceReader reader(problems);
    return reader.readEffect(effect);
}

} // namespace cloud

} // namespace cvm
