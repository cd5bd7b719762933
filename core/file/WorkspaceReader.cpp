// The one reader of the workspace file.
//
// The text is read in one pass straight into records, as the schema lists their fields
// (WorkspaceSchema.cpp), without a tree of JSON values in between: for a file of a hundred
// thousand images a tree would take most of the time of opening it and most of the memory.
// Every value is checked as it is met. A value that is not what its field allows is recorded
// as a problem with its path and is passed over, and reading goes on, so every problem of a
// file is reported in one pass. Within a record, problems are reported in the order of the
// record's fields in the schema; records in the order of the file; the sections of the file in
// a fixed order (the one of kSections below). A syntax error ends the reading: it is reported
// with its line and column, alone.
//
// QJsonDocument has two parts left: an older version of the format is migrated as a JSON
// object (migrateFromVersion1) and then read as text again, and the tests hold this reader
// to it.
#include "WorkspaceReader.h"

#include "Cloud.h"
#include "Ids.h"
#include "JsonScanner.h"
#include "TextPool.h"
#include "WorkspaceDelta.h"
#include "WorkspaceKeys.h"
#include "WorkspaceSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <numeric>
#include <string_view>
#include <system_error>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace cvm {

using jsonscan::Scanner;
using jsonscan::SyntaxError;

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

// Puts records into the workspace on a second thread while the text is still being read:
// indexing a hundred thousand images costs about as much as reading them, and the two
// overlap on two cores. The jobs run in the order they were posted.
class Builder
{
public:
    using Job = std::function<void(Workspace &)>;

    explicit Builder(Workspace &ws) : m_ws(ws) {}
    ~Builder() { finish(); }
    Builder(const Builder &) = delete;
    Builder &operator=(const Builder &) = delete;

    void post(Job job)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_ready.notify_one();
        if (m_inline) {
            run();
        } else if (!m_thread.joinable()) {
            try {
                m_thread = std::thread([this] { run(); });
            } catch (const std::system_error &) {
                // No second thread to be had: the jobs run here, as they are posted.
                m_inline = true;
                m_done = true;
                run();
            }
        }
    }

    // Waits for every job.
    void finish()
    {
        if (m_thread.joinable()) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_thread.join();
        }
    }

private:
    void run()
    {
        while (true) {
            std::deque<Job> jobs;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_jobs.empty() || m_done; });
                if (m_jobs.empty())
                    return;
                jobs.swap(m_jobs);
            }
            for (Job &job : jobs)
                job(m_ws);
        }
    }

    Workspace &m_ws;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Job> m_jobs;
    bool m_done = false;
    bool m_inline = false; // no thread could be started: jobs run as they are posted
    std::thread m_thread;
};

Violation duplicateFinding(const QString &id, const QString &path)
{
    return Violation{ruleId(Rule::F1),
                     QString(codes::DuplicateId),
                     QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("path"), path}},
                     {id}};
}

// The top level of the file, in the order their problems are reported.
enum Section : int
{
    FormatSection,
    VersionSection,
    NameSection,
    PolicySection,
    AccountsSection,
    RegionsSection,
    ImagesSection,
    InstancesSection,
    SnapshotsSection,
    TasksSection,
    JournalSection,
    CloudSection,
    SectionCount
};
constexpr QLatin1String kSections[SectionCount] = {
    key::Format,    key::Version,   key::Name,      key::Policy,    key::Accounts, key::Regions,
    key::Images,    key::Instances, key::Snapshots, key::Tasks,     key::Journal,  key::Cloud};

bool is(QByteArrayView k, QLatin1String name)
{
    return k.size() == name.size() && std::memcmp(k.data(), name.data(), size_t(k.size())) == 0;
}

// The times the console writes ("2026-11-23T07:25:27Z"), as seconds since 1970, read without
// Qt's general ISO parser, which takes most of the time of a large file; false for anything
// else. `Text` is a QString or the bytes of the file.
template <typename Text> bool zuluSeconds(const Text &s, qint64 &seconds)
{
    auto at = [&s](qsizetype i) -> char16_t {
        if constexpr (std::is_same_v<Text, QString>)
            return s.at(i).unicode();
        else
            return char16_t(uchar(s[size_t(i)]));
    };
    if (qsizetype(s.size()) != 20 || at(4) != u'-' || at(7) != u'-' || at(10) != u'T' ||
        at(13) != u':' || at(16) != u':' || at(19) != u'Z')
        return false;
    bool ok = true;
    auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9') {
                ok = false;
                return 0;
            }
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    using namespace std::chrono;
    const int y = number(0, 4);
    const year_month_day date{year(y), month(unsigned(number(5, 2))),
                              day(unsigned(number(8, 2)))};
    const int h = number(11, 2), m = number(14, 2), sec = number(17, 2);
    // The year 0 is no year to QDate (1 BC comes before 1 AD): left to Qt's parser.
    if (!ok || y == 0 || !date.ok() || !QTime::isValid(h, m, sec))
        return false;
    seconds = qint64(sys_days(date).time_since_epoch().count()) * 86400 + h * 3600 + m * 60 + sec;
    return true;
}

} // namespace

std::optional<qint64> quickWorkspaceTime(const QString &text)
{
    if (qint64 seconds = 0; zuluSeconds(text, seconds))
        return seconds;
    return std::nullopt;
}

// The console's own form quickly; anything else goes to Qt's ISO parser.
QDateTime parseWorkspaceTime(const QString &s)
{
    if (qint64 seconds = 0; zuluSeconds(s, seconds))
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a time without a zone is UTC, whatever the machine's zone
    return t.isValid() ? t.toUTC() : t;
}

QString shownJsonValue(const QJsonValue &value)
{
    return shown(value);
}

// Reads a text into records, collecting every problem with its path.
class WorkspaceReader
{
public:
    WorkspaceReader(Scanner &in, bool describeImages = false)
        : m_in(in), m_describeImages(describeImages)
    {}

    // The whole file; its problems are collected below, its findings go to the workspace.
    std::unique_ptr<Workspace> read(qsizetype textSize,
                                    const std::function<void(qsizetype)> &release, int &version);
    // One record (the next value, which must be an object) as `s` lists it.
    void readRecord(const schema::RecordSchema &s, void *r, const Where &path);

    QList<LoadProblem> takeProblems() { return std::move(m_problems); }
    // A problem of the version, which decides before anything else is reported.
    std::optional<LoadProblem> versionProblem() const { return m_versionProblem; }

private:
    void add(LoadProblem p)
    {
        m_problems.append(std::move(p));
        m_tags.push_back(0);
    }
    void invalid(const QString &path, const QJsonValue &v, Expect e,
                 const QStringList &allowed = {})
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Invalid;
        p.path = path;
        p.value = shown(v);
        p.expect = e;
        p.allowed = allowed;
        add(std::move(p));
    }
    void missing(const QString &path, Expect e, const QStringList &allowed = {})
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Missing;
        p.path = path;
        p.expect = e;
        p.allowed = allowed;
        add(std::move(p));
    }
    void repeated(const QString &path)
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::RepeatedKey;
        p.path = path;
        add(std::move(p));
    }
    // Tags the problems from `from` on with `tag`; sorts those from `from` on by their tags.
    void tag(qsizetype from, int tag)
    {
        for (qsizetype i = from; i < m_problems.size(); ++i)
            m_tags[size_t(i)] = tag;
    }
    void order(qsizetype from)
    {
        const qsizetype n = m_problems.size() - from;
        if (n < 2)
            return;
        std::vector<qsizetype> index;
        index.resize(size_t(n));
        std::iota(index.begin(), index.end(), from);
        std::stable_sort(index.begin(), index.end(), [this](qsizetype a, qsizetype b) {
            return m_tags[size_t(a)] < m_tags[size_t(b)];
        });
        QList<LoadProblem> sorted;
        std::vector<int> tags;
        for (qsizetype i : index) {
            sorted.append(m_problems.at(i));
            tags.push_back(m_tags[size_t(i)]);
        }
        for (qsizetype i = 0; i < n; ++i) {
            m_problems[from + i] = sorted.at(i);
            m_tags[size_t(from + i)] = tags[size_t(i)];
        }
    }

    // The next value, whatever it is, for a message about it.
    QJsonValue anyValue() { return m_in.value(); }

    // A text as a field allows it; nullopt (the problem recorded) when it is not one.
    std::optional<QString> text(const schema::Field &f, const Where &path, bool check);
    // A whole number as a field allows it.
    std::optional<int> integer(Expect e, const QJsonValue &v, const QString &path);
    void readField(const schema::Field &f, void *r, const Where &path);
    // The record's own check (schema::RecordSchema::check), its problems beside those found
    // from `start` on.
    void check(const schema::RecordSchema &s, const void *r, const Where &path, qsizetype start);
    void duplicate(const QString &id, const QString &path, QList<Violation> &into)
    {
        into.append(duplicateFinding(id, path));
    }
    // Calls `each(element path)` for every element of the array that is the next value, or
    // records that it is not an array.
    template <typename Each> void elements(const Where &path, Each &&each)
    {
        if (m_in.kind() != Scanner::Kind::Array) {
            invalid(path.text(), anyValue(), Expect::Array);
            return;
        }
        m_in.array([&](qsizetype i) { each(Where(path, i), i); });
    }
    // Reads the next value as a record when it is an object.
    template <typename T>
    std::optional<T> recordAt(const schema::RecordSchema &s, const Where &path)
    {
        if (m_in.kind() != Scanner::Kind::Object) {
            invalid(path.text(), anyValue(), Expect::Object);
            return std::nullopt;
        }
        T record;
        readRecord(s, &record, path);
        return record;
    }

    // Images, instances and snapshots, read straight into batches that the builder puts into
    // the workspace, 512 at a time; each with its place in the file, for a repeated ID's
    // finding (the builder's own list until it has finished).
    template <typename Record> class Batches
    {
    public:
        using Put = bool (Workspace::*)(Record &&);
        using Id = QString Record::*;

        Batches(Builder &builder, QList<Violation> &findings, QLatin1String section, Put put, Id id)
            : m_builder(builder), m_findings(findings), m_section(section), m_put(put), m_id(id)
        {
            m_batch.reserve(kSize);
        }
        ~Batches() { flush(); }

        // A new record at `index` in the file, to be read into.
        Record &next(qsizetype index)
        {
            m_index.append(index);
            return m_batch.emplace_back();
        }
        void read()
        {
            if (m_batch.size() == kSize)
                flush();
        }
        void flush()
        {
            if (m_batch.isEmpty())
                return;
            m_builder.post([batch = std::move(m_batch), index = std::move(m_index),
                            &findings = m_findings, section = m_section, put = m_put,
                            idOf = m_id](Workspace &ws) mutable {
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    Record &r = batch[i];
                    const QString id = r.*idOf;
                    if (id.isEmpty())
                        continue;
                    if (!(ws.*put)(std::move(r)))
                        findings.append(duplicateFinding(
                            id, QStringLiteral("%1[%2]").arg(section).arg(index.at(i))));
                }
            });
            m_batch = {};
            m_batch.reserve(kSize);
            m_index = {};
        }

    private:
        static constexpr qsizetype kSize = 512;
        Builder &m_builder;
        QList<Violation> &m_findings;
        QLatin1String m_section;
        Put m_put;
        Id m_id;
        QList<Record> m_batch;
        QList<qsizetype> m_index;
    };

    Scanner &m_in;
    bool m_describeImages;
    QList<LoadProblem> m_problems;
    std::vector<int> m_tags; // beside each problem: the field (or section) it belongs to
    TextPool m_pool; // see TextPool
    std::optional<LoadProblem> m_versionProblem;
};

std::optional<QString> WorkspaceReader::text(const schema::Field &f, const Where &path, bool check)
{
    bool (*valid)(const QString &) = check ? f.valid : nullptr;
    if (f.has(schema::Pooled)) {
        if (const std::optional<std::string_view> plain = m_in.plain()) {
            TextPool::Slot &slot = m_pool.get(*plain);
            if (valid && slot.checkedWith != valid) {
                slot.checkedWith = valid;
                slot.valid = valid(slot.value);
            }
            if (valid && !slot.valid) {
                invalid(Where(path, f.key).text(), slot.value, f.expect);
                return std::nullopt;
            }
            return slot.value;
        }
    }
    const QString s = m_in.string();
    if (valid && !valid(s)) {
        invalid(Where(path, f.key).text(), s, f.expect);
        return std::nullopt;
    }
    return s;
}

// Every whole number of the format is held in an int. A number is compared with the bounds
// as a double, before any conversion: converting one out of range is undefined.
std::optional<int> WorkspaceReader::integer(Expect e, const QJsonValue &v, const QString &path)
{
    const double d = v.toDouble(-1.5);
    const double min = e == Expect::Integer ? double(std::numeric_limits<int>::min()) : 0;
    const double max = e == Expect::Percent ? 100 : double(std::numeric_limits<int>::max());
    if (!v.isDouble() || d != std::trunc(d) || (e == Expect::Percent && (d < min || d > max)) ||
        (e == Expect::NonNegativeInteger && d < 0)) {
        invalid(path, v, e);
        return std::nullopt;
    }
    if (d < min || d > max) {
        invalid(path, v, Expect::IntegerInRange,
                {QString::number(qint64(min)), QString::number(qint64(max))});
        return std::nullopt;
    }
    return int(d);
}

void WorkspaceReader::readRecord(const schema::RecordSchema &s, void *r, const Where &path)
{
    const qsizetype start = m_problems.size();
    quint64 seen = 0;   // keys met (null or not)
    quint64 absent = 0; // keys met with null, which counts as absent
    int hint = 0;
    // Text fields read only when the record says so (a custom image's owner): read as they
    // come, judged once the record is read.
    struct Deferred
    {
        int field;
        std::optional<QString> text; // nullopt: another kind of value, in `value`
        QJsonValue value;
    };
    QVarLengthArray<Deferred, 2> deferred;
    m_in.object([&](QByteArrayView k) {
        const int i = s.find(k.data(), k.size(), hint);
        const schema::Field *f = i < 0 ? nullptr : &s.fields.at(i);
        if (!f || (m_describeImages && f->has(schema::FileOnly))) {
            m_in.skip();
            return;
        }
        const quint64 bit = quint64(1) << i;
        const qsizetype before = m_problems.size();
        if (seen & bit) {
            repeated(Where(path, f->key).text());
            m_in.skip();
        } else if (m_in.kind() == Scanner::Kind::Null) {
            m_in.null();
            absent |= bit;
            if (f->type == schema::Type::Boolean && f->has(schema::NullInvalid) &&
                !f->required(m_describeImages))
                invalid(Where(path, f->key).text(), QJsonValue(QJsonValue::Null), Expect::Boolean);
            else if (f->type == schema::Type::Object && !f->has(schema::Lenient) &&
                     !f->required(m_describeImages))
                invalid(Where(path, f->key).text(), QJsonValue(QJsonValue::Null), Expect::Object);
        } else if (f->readIf) {
            if (m_in.kind() == Scanner::Kind::String)
                deferred.append({i, text(*f, path, false), {}});
            else
                deferred.append({i, std::nullopt, anyValue()});
        } else {
            readField(*f, r, path);
        }
        seen |= bit;
        tag(before, i);
    });
    // What is absent, in the order of the fields (nothing to look for when every field the
    // file requires is there).
    const bool allRequired = ((seen & ~absent) & s.requiredMask) == s.requiredMask;
    for (int i = 0; !allRequired && i < s.fields.size(); ++i) {
        const schema::Field &f = s.fields.at(i);
        const quint64 bit = quint64(1) << i;
        if ((seen & bit) && !(absent & bit))
            continue;
        if (m_describeImages && f.has(schema::FileOnly))
            continue;
        if (f.required(m_describeImages) && !(f.readIf && !f.readIf(r))) {
            const qsizetype before = m_problems.size();
            const Expect e = f.type == schema::Type::Boolean ? Expect::Boolean
                             : f.type == schema::Type::Time  ? Expect::Time
                             : f.type == schema::Type::TextList || f.type == schema::Type::Records
                                 ? Expect::Array
                                 : f.expect;
            missing(Where(path, f.key).text(), e,
                    f.type == schema::Type::Enum && e == Expect::OneOf ? f.allowed : QStringList());
            tag(before, i);
        }
    }
    for (const Deferred &d : deferred) {
        const schema::Field &f = s.fields.at(d.field);
        if (!f.readIf(r))
            continue;
        const qsizetype before = m_problems.size();
        if (!d.text)
            invalid(Where(path, f.key).text(), d.value, f.expect);
        else if (f.valid && !f.valid(*d.text))
            invalid(Where(path, f.key).text(), *d.text, f.expect);
        else if (!d.text->isEmpty())
            f.setText(r, QString(*d.text));
        tag(before, d.field);
    }
    for (quint64 hooks = s.hookMask; hooks != 0; hooks &= hooks - 1) {
        const int i = std::countr_zero(hooks);
        const schema::Field &f = s.fields.at(i);
        const quint64 bit = quint64(1) << i;
        if (f.whenAbsent && (!(seen & bit) || (absent & bit)) &&
            !(m_describeImages && f.has(schema::FileOnly)))
            f.whenAbsent(r);
    }
    if (s.finish)
        s.finish(r);
    if (s.check)
        check(s, r, path, start);
    order(start);
}

void WorkspaceReader::check(const schema::RecordSchema &s, const void *r, const Where &path,
                            qsizetype start)
{
    QList<schema::CheckProblem> found;
    s.check(r, found);
    for (schema::CheckProblem &c : found) {
        const QString at = Where(path, c.key).text() + c.within;
        const auto reported = std::find_if(m_problems.cbegin() + start, m_problems.cend(),
                                           [&at](const LoadProblem &p) { return p.path == at; });
        if (reported != m_problems.cend())
            continue;
        const qsizetype before = m_problems.size();
        invalid(at, c.value, c.expect, c.allowed);
        int hint = 0;
        tag(before, s.find(c.key.data(), c.key.size(), hint));
    }
}

void WorkspaceReader::readField(const schema::Field &f, void *r, const Where &path)
{
    using schema::Type;
    using K = Scanner::Kind;
    const QLatin1String k = f.key;
    const K kind = m_in.kind();
    switch (f.type) {
    case Type::Text: {
        if (kind != K::String) {
            invalid(Where(path, k).text(), anyValue(), f.expect);
            return;
        }
        if (std::optional<QString> s = text(f, path, true); s && !s->isEmpty())
            f.setText(r, std::move(*s)); // an empty text leaves the field as it was (its default)
        return;
    }
    case Type::Integer: {
        if (kind == K::Number) {
            if (const std::optional<qint64> n = m_in.integer()) {
                const qint64 max =
                    f.expect == Expect::Percent ? 100 : std::numeric_limits<int>::max();
                if (*n >= 0 && *n <= max) {
                    f.setInteger(r, int(*n));
                    return;
                }
                if (const auto v = integer(f.expect, QJsonValue(*n), Where(path, k).text()))
                    f.setInteger(r, *v);
                return;
            }
        }
        if (const auto v = integer(f.expect, anyValue(), Where(path, k).text()))
            f.setInteger(r, *v);
        return;
    }
    case Type::Boolean:
        if (kind == K::Boolean)
            f.setBoolean(r, m_in.boolean());
        else
            invalid(Where(path, k).text(), anyValue(), Expect::Boolean);
        return;
    case Type::Time: {
        if (kind != K::String) {
            invalid(Where(path, k).text(), anyValue(), Expect::Time);
            return;
        }
        // Straight from the file's bytes when it is the console's own form: no text to make
        // for each of the half a million times of a large file.
        QString s;
        if (const std::optional<std::string_view> plain = m_in.plain()) {
            if (qint64 seconds = 0; zuluSeconds(*plain, seconds)) {
                f.setTime(r, QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
                return;
            }
            s = QString::fromLatin1(plain->data(), qsizetype(plain->size()));
        } else {
            s = m_in.string();
        }
        QDateTime t = parseWorkspaceTime(s);
        if (!t.isValid())
            invalid(Where(path, k).text(), s, Expect::Time);
        else
            f.setTime(r, std::move(t));
        return;
    }
    case Type::Enum: {
        if (kind != K::String) {
            invalid(Where(path, k).text(), anyValue(), f.expect,
                    f.expect == Expect::OneOf ? f.allowed : QStringList());
            return;
        }
        // Looked up like a pooled text: an enumeration has a few names, met in every record.
        QString read;
        const std::optional<std::string_view> plain = m_in.plain();
        if (!plain)
            read = m_in.string();
        const QString &s = plain ? m_pool.get(*plain).value : read;
        const int e = f.parse(s);
        if (e < 0) {
            invalid(Where(path, k).text(), s, Expect::OneOf, f.allowed);
            return;
        }
        if (e == f.notInFile && !m_describeImages) {
            QStringList allowed = f.allowed;
            allowed.removeAll(f.name(f.notInFile));
            invalid(Where(path, k).text(), s, Expect::OneOf, allowed);
        }
        f.setEnum(r, e);
        return;
    }
    case Type::TextList: {
        const Where list(path, k);
        QStringList out;
        elements(list, [&](const Where &at, qsizetype) {
            const QStringList allowed = f.element == Expect::OneOf ? f.allowed : QStringList();
            if (m_in.kind() != K::String) {
                if (f.has(schema::Lenient)) {
                    m_in.skip();
                    out.append(QString());
                } else {
                    invalid(at.text(), anyValue(), f.element, allowed);
                }
                return;
            }
            QString s = m_in.string();
            if (f.elementValid && !f.elementValid(s))
                invalid(at.text(), s, f.element, allowed);
            else
                out.append(std::move(s));
        });
        if (!out.isEmpty())
            f.setList(r, std::move(out));
        return;
    }
    case Type::Records:
        elements(Where(path, k), [&](const Where &at, qsizetype) {
            if (m_in.kind() != K::Object)
                invalid(at.text(), anyValue(), Expect::Object);
            else
                readRecord(*f.child, f.append(r), at);
        });
        return;
    case Type::Record:
        if (kind == K::Object)
            readRecord(*f.child, f.mutableRecord(r), Where(path, k));
        else
            invalid(Where(path, k).text(), anyValue(), Expect::Object);
        return;
    case Type::Object:
        if (kind == K::Object) {
            f.setObject(r, anyValue().toObject());
        } else {
            const QJsonValue v = anyValue();
            if (!f.has(schema::Lenient))
                invalid(Where(path, k).text(), v, Expect::Object);
        }
        return;
    }
}

std::unique_ptr<Workspace> WorkspaceReader::read(qsizetype textSize,
                                                 const std::function<void(qsizetype)> &release,
                                                 int &version)
{
    auto ws = std::make_unique<Workspace>();
    // Room for about as many images and snapshots as the text holds (an image, with its
    // share of instances, snapshots and journal, takes about 1.5 KB of it): growing the tables
    // as they fill moves every record already in them again and again. Much more room than
    // that would cost memory: tables allocate their records in blocks.
    const qsizetype room = textSize / 1536;
    ws->m_images.reserve(room);
    ws->m_snapshots.reserve(room);

    const Where top;
    QJsonValue format(QJsonValue::Undefined);
    QJsonValue versionValue(QJsonValue::Undefined);
    QList<Account> accounts;
    QList<Region> regions;
    QList<Task> tasks;
    QSet<QString> regionIds;
    QSet<QString> taskIds;
    QList<JournalEntry> journal;
    QList<Violation> builderFindings[SectionCount]; // the builder's own until it has finished
    QList<Violation> findings[SectionCount];
    std::optional<CloudRecord> cloud;
    quint32 seen = 0;
    qsizetype released = 0;
    // A record with an ID not met before in its section is kept in `into`; a repeated ID is
    // a finding at its path (the first record is kept), an empty one was reported already.
    auto keepFirst = [&](auto &record, const QString &id, QSet<QString> &ids, auto &into,
                         const Where &p, int section) {
        if (id.isEmpty())
            return;
        if (ids.contains(id))
            return duplicate(id, p.text(), findings[section]);
        ids.insert(id);
        into.append(std::move(record));
    };
    {
        // Declared after the workspace: the builder stops before the workspace it fills goes.
        Builder builder(*ws);
        // The pages read are given back by the builder, between its jobs: giving them back
        // costs the system about as much as a tenth of reading them, and reading is the
        // longer part.
        auto releaseRead = [&] {
            if (release && m_in.offset() - released >= (qsizetype(8) << 20)) {
                released = m_in.offset();
                builder.post([&release, upTo = released](Workspace &) { release(upTo); });
            }
        };
        // The records of a list read straight into the builder's batches.
        auto readBatched = [&](const schema::RecordSchema &s, auto &batches, const Where &at) {
            elements(at, [&](const Where &p, qsizetype i) {
                if (m_in.kind() != Scanner::Kind::Object) {
                    invalid(p.text(), anyValue(), Expect::Object);
                } else {
                    readRecord(s, &batches.next(i), p);
                    batches.read();
                }
                releaseRead();
            });
        };
        m_in.object([&](QByteArrayView k) {
            int section = -1;
            for (int i = 0; i < SectionCount; ++i) {
                if (is(k, kSections[i])) {
                    section = i;
                    break;
                }
            }
            if (section < 0) {
                m_in.skip();
                return;
            }
            const qsizetype before = m_problems.size();
            const Where at(top, kSections[section]);
            if (seen & (1u << section)) {
                repeated(at.text());
                m_in.skip();
                tag(before, section);
                return;
            }
            seen |= 1u << section;
            const bool isNull = m_in.kind() == Scanner::Kind::Null;
            switch (Section(section)) {
            case FormatSection:
                format = anyValue();
                break;
            case VersionSection:
                versionValue = anyValue();
                break;
            case NameSection:
                if (m_in.kind() == Scanner::Kind::String)
                    ws->setName(m_in.string());
                else if (const QJsonValue v = anyValue(); !v.isNull())
                    invalid(at.text(), v, Expect::String);
                break;
            case PolicySection:
                if (const auto policy = recordAt<Policy>(schema::policy(), at))
                    ws->setPolicy(*policy);
                break;
            case AccountsSection:
            case RegionsSection:
            case ImagesSection:
                if (isNull) {
                    m_in.null();
                    seen &= ~(1u << section); // null is no list: reported as missing below
                    break;
                }
                if (section == AccountsSection) {
                    elements(at, [&](const Where &p, qsizetype) {
                        if (auto a = recordAt<Account>(schema::account(), p)) {
                            if (a->accountId.isEmpty())
                                return;
                            if (ws->account(a->accountId)) {
                                duplicate(a->accountId, p.text(), findings[section]);
                                return;
                            }
                            const QString id = a->accountId;
                            ws->putAccount(id, std::move(*a));
                        }
                    });
                } else if (section == RegionsSection) {
                    elements(at, [&](const Where &p, qsizetype) {
                        if (auto r = recordAt<Region>(schema::region(), p))
                            keepFirst(*r, r->regionId, regionIds, regions, p, section);
                    });
                } else {
                    // Images are indexed by the builder while the next ones are read. Their
                    // paths are kept beside them for a repeated ID's finding.
                    {
                        Batches<Image> images(builder, builderFindings[ImagesSection],
                                              key::Images, &Workspace::putNewImage,
                                              &Image::imageId);
                        readBatched(schema::image(), images, at);
                    }
                    builder.post([](Workspace &w) { w.finishNewImages(); });
                }
                break;
            case InstancesSection:
            case SnapshotsSection:
            case TasksSection:
            case JournalSection:
                if (isNull) {
                    m_in.null();
                    break;
                }
                if (section == SnapshotsSection) {
                    // Tables of their own: put by the builder, as images are.
                    Batches<Snapshot> snapshots(builder, builderFindings[section], key::Snapshots,
                                                &Workspace::putNewSnapshot, &Snapshot::snapshotId);
                    readBatched(schema::snapshot(), snapshots, at);
                    break;
                }
                if (section == InstancesSection) {
                    Batches<Instance> instances(builder, builderFindings[section], key::Instances,
                                                &Workspace::putNewInstance, &Instance::instanceId);
                    readBatched(schema::instance(), instances, at);
                    break;
                }
                elements(at, [&](const Where &p, qsizetype) {
                    if (section == TasksSection) {
                        if (auto t = recordAt<Task>(schema::task(), p))
                            keepFirst(*t, t->taskId, taskIds, tasks, p, section);
                    } else if (auto e = recordAt<JournalEntry>(schema::journalEntry(), p)) {
                        journal.append(std::move(*e));
                    }
                    releaseRead();
                });
                if (section == JournalSection) {
                    // Indexed by the builder, while the sections after it are read. (A file
                    // with problems is not opened: what was put then goes with it. Nothing is
                    // connected to the workspace yet, so its journal signal, sent from the
                    // builder's thread, reaches no one.)
                    builder.post([entries = std::move(journal)](Workspace &w) {
                        for (const JournalEntry &e : entries)
                            w.appendJournal(e);
                    });
                }
                break;
            case CloudSection:
                cloud = recordAt<CloudRecord>(schema::cloud(), at);
                break;
            case SectionCount:
                break;
            }
            tag(before, section);
        });
        m_in.end();
        builder.finish();
    }
    for (int section : {AccountsSection, RegionsSection, ImagesSection}) {
        if (!(seen & (1u << section))) {
            const qsizetype before = m_problems.size();
            missing(QString(kSections[section]), Expect::Array);
            tag(before, section);
        }
    }
    if (cloud) {
        ws->setCloud(*cloud);
        for (PendingChange &c : cloud->pending) {
            const QString id = c.id();
            ws->putPending(id, std::move(c));
        }
    }
    order(0);

    // The format and the version decide before anything else.
    if (format.toString() != WorkspaceFile::formatMarker()) {
        LoadProblem p;
        p.kind = LoadProblem::Kind::NotAWorkspace;
        p.value = format.isUndefined() ? QStringLiteral("—") : shown(format);
        m_versionProblem = p;
        return nullptr;
    }
    const qsizetype beforeVersion = m_problems.size();
    std::optional<int> v;
    if (versionValue.isUndefined() || versionValue.isNull())
        missing(QString(key::Version), Expect::Integer);
    else
        v = integer(Expect::Integer, versionValue, QString(key::Version));
    if (v && *v > WorkspaceFile::kVersion) {
        LoadProblem p;
        p.kind = LoadProblem::Kind::NewerVersion;
        p.version = *v;
        m_versionProblem = p;
        return nullptr;
    }
    if (v && *v < 1)
        invalid(QString(key::Version), versionValue, Expect::OneOf,
                {QStringLiteral("1"), QString::number(WorkspaceFile::kVersion)});
    if (m_problems.size() > beforeVersion) {
        m_versionProblem = m_problems.at(beforeVersion);
        return nullptr;
    }
    version = *v;
    if (version != WorkspaceFile::kVersion || !m_problems.isEmpty())
        return nullptr;

    ws->setRegions(regions);
    for (Task &t : tasks) {
        const QString id = t.taskId;
        ws->putTask(id, std::move(t));
    }
    for (int section : {ImagesSection, InstancesSection, SnapshotsSection})
        findings[section] = std::move(builderFindings[section]);
    for (const QList<Violation> &list : findings) {
        for (const Violation &f : list)
            ws->addLoadFinding(f);
    }
    return ws;
}

namespace {

// Version 1 kept a bare list of account IDs per image; version 2 records when each share was
// made. The image's own creation time is the best known share time.
void migrateFromVersion1(QJsonObject &root, QList<LoadProblem> &problems)
{
    QJsonArray images = root.value(key::Images).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject img = images.at(i).toObject();
        if (img.contains(key::SharedAccountIds)) {
            if (!img.value(key::SharedAccountIds).isArray()) {
                // Not silently dropped: the shares would be lost when the file is saved.
                LoadProblem p;
                p.kind = LoadProblem::Kind::Invalid;
                p.path =
                    QStringLiteral("%1[%2].%3").arg(key::Images).arg(i).arg(key::SharedAccountIds);
                p.value = shown(img.value(key::SharedAccountIds));
                p.expect = Expect::Array;
                problems.append(p);
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

LoadProblem syntaxProblem(const QByteArray &json, const SyntaxError &e)
{
    LoadProblem p;
    p.kind = LoadProblem::Kind::Syntax;
    const auto [line, column] = WorkspaceFile::lineAndColumn(json, int(e.offset));
    p.line = line;
    p.column = column;
    p.syntaxError = int(e.error);
    QJsonParseError error;
    error.error = e.error;
    p.detail = error.errorString(); // Qt's words, English only; the text is worded by syntaxError
    return p;
}

// One pass over `json`; `version` is the file's version when its format and version were
// read without a problem.
LoadResult readOnce(const QByteArray &json, const std::function<void(qsizetype)> &release,
                    int &version)
{
    LoadResult result;
    Scanner in(json.constData(), json.constData() + json.size());
    try {
        switch (in.kind()) {
        case Scanner::Kind::Object: {
            WorkspaceReader reader(in);
            result.workspace = reader.read(json.size(), release, version);
            if (const auto p = reader.versionProblem()) {
                result.problems = {*p};
                result.workspace.reset();
                return result;
            }
            result.problems = reader.takeProblems();
            return result;
        }
        case Scanner::Kind::Array: {
            in.skip();
            in.end();
            LoadProblem p;
            p.kind = LoadProblem::Kind::NotAWorkspace;
            p.value = QStringLiteral("[…]");
            result.problems.append(p);
            return result;
        }
        default:
            in.fail(QJsonParseError::IllegalValue); // Qt reads an object or an array only
        }
    } catch (const SyntaxError &e) {
        result.workspace.reset();
        result.problems = {syntaxProblem(json, e)};
    }
    return result;
}

} // namespace

LoadResult readWorkspace(const QByteArray &json, const std::function<void(qsizetype)> &release)
{
    int version = 0;
    LoadResult result = readOnce(json, release, version);
    if (version == 0 || version == WorkspaceFile::kVersion)
        return result;
    // An older version: migrated as a JSON object, then read as the current one.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    LoadResult migrated;
    migrateFromVersion1(root, migrated.problems);
    if (!migrated.problems.isEmpty())
        return migrated;
    migrated = readOnce(QJsonDocument(root).toJson(QJsonDocument::Compact), {}, version);
    migrated.migratedFrom = 1;
    return migrated;
}

std::optional<QJsonValue> readJsonText(const QByteArray &json, LoadProblem *problem)
{
    Scanner in(json.constData(), json.constData() + json.size());
    try {
        const Scanner::Kind kind = in.kind();
        if (kind != Scanner::Kind::Object && kind != Scanner::Kind::Array)
            in.fail(QJsonParseError::IllegalValue);
        QJsonValue v = in.value();
        in.end();
        return v;
    } catch (const SyntaxError &e) {
        if (problem)
            *problem = syntaxProblem(json, e);
        return std::nullopt;
    }
}

namespace {

// A record given as a JSON object (a DescribeImages answer's, a pending change's effect),
// read as the file's records are.
template <typename T>
T readObject(const schema::RecordSchema &s, const QJsonObject &o, const Where &path,
             bool describeImages, QList<LoadProblem> &problems)
{
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    Scanner in(text.constData(), text.constData() + text.size());
    WorkspaceReader reader(in, describeImages);
    T record;
    try {
        reader.readRecord(s, &record, path);
    } catch (const SyntaxError &) {
        // Written by QJsonDocument a moment ago: cannot happen.
    }
    problems.append(reader.takeProblems());
    return record;
}

} // namespace

Image readDescribeImagesRecord(const QJsonObject &record, const QString &path,
                               QList<LoadProblem> &problems)
{
    return readObject<Image>(schema::image(), record, Where(path), true, problems);
}

namespace cloud {

std::optional<WorkspaceDelta> effectFromJson(const QJsonObject &o)
{
    WorkspaceDelta d;
    QList<LoadProblem> problems;
    auto changes = [&](const char *key, auto &out, const schema::RecordSchema &s) {
        using Change = typename std::remove_reference_t<decltype(out)>::value_type;
        using Record = typename decltype(Change::before)::value_type;
        const QJsonArray list = o.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            const Where base(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i));
            Change change;
            change.id = c.value(QLatin1String("Id")).toString();
            if (change.id.isEmpty())
                return false;
            for (const char *side : {"Before", "After"}) {
                const QJsonValue v = c.value(QLatin1String(side));
                if (v.isObject()) {
                    Record record = readObject<Record>(
                        s, v.toObject(), Where(base, QLatin1String(side)), false, problems);
                    (side[0] == 'B' ? change.before : change.after) = std::move(record);
                } else if (!v.isNull() && !v.isUndefined()) {
                    return false;
                }
            }
            out.append(change);
        }
        return true;
    };
    const bool ok = changes("Accounts", d.accounts, schema::account()) &&
                    changes("Images", d.images, schema::image()) &&
                    changes("Instances", d.instances, schema::instance()) &&
                    changes("Snapshots", d.snapshots, schema::snapshot()) &&
                    changes("Tasks", d.tasks, schema::task());
    if (!ok || !problems.isEmpty())
        return std::nullopt;
    return d;
}

} // namespace cloud

} // namespace cvm
