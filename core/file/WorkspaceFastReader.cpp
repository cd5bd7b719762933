// The quick way into a workspace: the file's text read straight into records.
//
// The validating reader (WorkspaceReader.cpp) goes through a QJsonDocument: the whole file
// becomes a tree of JSON values first, then records, and holds both at once. For a file of a
// hundred thousand images that is most of the time it takes to open and most of the memory.
// This reader reads the same format in one pass, without the tree. It reads only what it
// can read with certainty: at anything else — a syntax error, a null, a value of the wrong
// type or out of range, a repeated key or ID, an older version — it gives up and the caller
// reads the file through the validating reader, which says exactly what is wrong and where.
// So a file is accepted or refused, and read into the same records, whichever reader reads it
// (tests/core/tst_workspacefile.cpp compares the two).
#include "WorkspaceFastReader.h"

#include "Cloud.h"
#include "Ids.h"
#include "JsonScanner.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"
#include "WorkspaceReader.h"
#include "WorkspaceSchema.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QVarLengthArray>
#include <bit>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace cvm {

using fastjson::giveUp;
using fastjson::GiveUp;
using fastjson::Scanner;

namespace {

// Repeated keys in one object: the validating reader would see only one of them.
class Seen
{
public:
    void mark(int bit)
    {
        if (m_bits & (quint64(1) << bit))
            giveUp();
        m_bits |= quint64(1) << bit;
    }
    bool has(int bit) const { return m_bits & (quint64(1) << bit); }

private:
    quint64 m_bits = 0;
};

bool is(QByteArrayView k, QLatin1String name)
{
    return k.size() == name.size() && std::memcmp(k.data(), name.data(), size_t(k.size())) == 0;
}

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

    // Waits for every job; true when all of them went through.
    bool finish()
    {
        if (m_thread.joinable()) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_thread.join();
        }
        return !m_failed;
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
            for (Job &job : jobs) {
                if (m_failed)
                    continue;
                try {
                    job(m_ws);
                } catch (const GiveUp &) {
                    m_failed = true;
                }
            }
        }
    }

    Workspace &m_ws;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Job> m_jobs;
    bool m_done = false;
    bool m_failed = false; // the builder's own; read once it has been joined
    bool m_inline = false; // no thread could be started: jobs run as they are posted
    std::thread m_thread;
};

} // namespace

// Reads the records of each kind; the rules of each field are those of WorkspaceReader.
class WorkspaceFastReader
{
public:
    WorkspaceFastReader(Scanner &in, qsizetype textSize) : m_in(in), m_textSize(textSize) {}

    std::unique_ptr<Workspace> read();

private:
    QString string() { return m_in.string(); }
    QString checked(bool (*valid)(const QString &))
    {
        QString s = m_in.string();
        if (!valid(s))
            giveUp();
        return s;
    }
    // The values that repeat across records (regions, owners, systems, zones): one QString
    // for all the records that hold the same text, checked once. A hundred thousand images
    // in twenty regions then hold twenty region strings, not a hundred thousand.
    QString shared(bool (*valid)(const QString &))
    {
        const std::optional<std::string_view> text = m_in.plain();
        if (!text)
            return checked(valid);
        const auto it = m_pool.find(*text);
        if (it != m_pool.end()) {
            if (!(it->second.validFor & bit(valid))) {
                if (!valid(it->second.text))
                    giveUp();
                it->second.validFor |= bit(valid);
            }
            return it->second.text;
        }
        Pooled entry{QString::fromLatin1(text->data(), qsizetype(text->size())), 0};
        if (!valid(entry.text))
            giveUp();
        entry.validFor = bit(valid);
        return m_pool.emplace(*text, std::move(entry)).first->second.text;
    }
    QString shared() { return shared(anyText); }
    QDateTime time()
    {
        const QDateTime t = parseWorkspaceTime(m_in.string());
        if (!t.isValid())
            giveUp();
        return t;
    }

    // Reads a record as its schema lists it (WorkspaceSchema.cpp), with the rules of
    // WorkspaceReader: anything that reader would report makes this one give up.
    void readRecord(const schema::RecordSchema &s, void *r);
    void readField(const schema::Field &f, void *r);
    template <typename T> T readAs(const schema::RecordSchema &s)
    {
        T record;
        readRecord(s, &record);
        return record;
    }

    static void putImage(Workspace &ws, Image &&img);
    static void putInstance(Workspace &ws, Instance &&i);
    static void putSnapshot(Workspace &ws, Snapshot &&s);

    static bool anyText(const QString &) { return true; }
    // Which checks a pooled text has passed, one bit per check function.
    quint32 bit(bool (*valid)(const QString &))
    {
        for (int i = 0; i < m_checks.size(); ++i) {
            if (m_checks.at(i) == valid)
                return quint32(1) << i;
        }
        m_checks.append(valid);
        return quint32(1) << (m_checks.size() - 1);
    }

    struct Pooled
    {
        QString text;
        quint32 validFor = 0;
    };
    Scanner &m_in;
    qsizetype m_textSize;
    // Views into the file's text, which outlives the reading.
    std::unordered_map<std::string_view, Pooled> m_pool;
    QVarLengthArray<bool (*)(const QString &), 8> m_checks;
};

void WorkspaceFastReader::readRecord(const schema::RecordSchema &s, void *r)
{
    quint64 seen = 0;
    int hint = 0;
    m_in.object([&](QByteArrayView k) {
        const int i = s.find(k.data(), k.size(), hint);
        if (i < 0) {
            m_in.skip();
            return;
        }
        const quint64 bit = quint64(1) << i;
        if (seen & bit)
            giveUp(); // a repeated key: the validating reader would see only one of them
        seen |= bit;
        readField(s.fields.at(i), r);
    });
    if ((seen & s.requiredMask) != s.requiredMask) {
        // A field required only when another says so (a custom image's owner) may be absent.
        for (int i = 0; i < s.fields.size(); ++i) {
            const schema::Field &f = s.fields.at(i);
            if ((s.requiredMask & (quint64(1) << i)) && !(seen & (quint64(1) << i)) &&
                !(f.readIf && !f.readIf(r)))
                giveUp();
        }
    }
    for (quint64 hooks = s.hookMask; hooks != 0; hooks &= hooks - 1) {
        const int i = std::countr_zero(hooks);
        const schema::Field &f = s.fields.at(i);
        if (f.readIf) {
            // Read as any text; it counts only when the record says so, and is checked then.
            if (!f.readIf(r))
                f.setText(r, QString());
            else if (!(seen & (quint64(1) << i)) || (f.valid && !f.valid(f.text(r))))
                giveUp();
        }
        if (f.whenAbsent && !(seen & (quint64(1) << i)))
            f.whenAbsent(r);
    }
    if (s.finish)
        s.finish(r);
}

void WorkspaceFastReader::readField(const schema::Field &f, void *r)
{
    using schema::Type;
    switch (f.type) {
    case Type::Text: {
        bool (*valid)(const QString &) = f.readIf ? nullptr : f.valid;
        QString text = f.has(schema::Pooled) ? shared(valid ? valid : anyText)
                       : valid               ? checked(valid)
                                             : string();
        if (!text.isEmpty()) // an empty text leaves the field as it was (its default)
            f.setText(r, std::move(text));
        return;
    }
    case Type::Integer: {
        const qint64 n = m_in.integer();
        const qint64 max = f.expect == Expect::Percent ? 100 : std::numeric_limits<int>::max();
        if (n < 0 || n > max)
            giveUp();
        f.setInteger(r, int(n));
        return;
    }
    case Type::Boolean:
        f.setBoolean(r, m_in.boolean());
        return;
    case Type::Time:
        f.setTime(r, time());
        return;
    case Type::Enum: {
        const int e = f.parse(m_in.string());
        if (e < 0 || e == f.notInFile)
            giveUp();
        f.setEnum(r, e);
        return;
    }
    case Type::TextList: {
        QStringList out;
        m_in.array([&] {
            QString text = string();
            if (f.elementValid && !f.elementValid(text))
                giveUp();
            out.append(std::move(text));
        });
        if (!out.isEmpty())
            f.setList(r, std::move(out));
        return;
    }
    case Type::Records:
        m_in.array([&] { readRecord(*f.child, f.append(r)); });
        return;
    case Type::Record:
        readRecord(*f.child, f.mutableRecord(r));
        return;
    case Type::Object:
        f.setObject(r, m_in.jsonObject());
        return;
    }
}

namespace {

// Records of one kind, put into the workspace by the builder in batches.
template <typename Record> class Batches
{
public:
    using Put = void (*)(Workspace &, Record &&);

    Batches(Builder &builder, Put put) : m_builder(builder), m_put(put) { m_batch.reserve(kSize); }
    ~Batches() { flush(); }

    void add(Record &&record)
    {
        m_batch.append(std::move(record));
        if (m_batch.size() == kSize)
            flush();
    }
    void flush()
    {
        if (m_batch.isEmpty())
            return;
        m_builder.post([batch = std::move(m_batch), put = m_put](Workspace &ws) mutable {
            for (Record &r : batch)
                put(ws, std::move(r));
        });
        m_batch = {};
        m_batch.reserve(kSize);
    }

private:
    static constexpr qsizetype kSize = 512;
    Builder &m_builder;
    Put m_put;
    QList<Record> m_batch;
};

} // namespace

// A repeated ID is a finding of the validating reader, so it makes this one give up.
void WorkspaceFastReader::putImage(Workspace &ws, Image &&img)
{
    if (ws.image(img.imageId))
        giveUp();
    const QString id = img.imageId;
    ws.putImage(id, std::move(img));
}

void WorkspaceFastReader::putInstance(Workspace &ws, Instance &&i)
{
    if (ws.instance(i.instanceId))
        giveUp();
    const QString id = i.instanceId;
    ws.putInstance(id, std::move(i));
}

void WorkspaceFastReader::putSnapshot(Workspace &ws, Snapshot &&s)
{
    if (ws.snapshot(s.snapshotId))
        giveUp();
    const QString id = s.snapshotId;
    ws.putSnapshot(id, std::move(s));
}

std::unique_ptr<Workspace> WorkspaceFastReader::read()
{
    auto ws = std::make_unique<Workspace>();
    // Room for about as many images and snapshots as the text holds (an image, with its
    // share of instances, snapshots and journal, takes about 1.5 KB of it): growing the tables
    // as they fill moves every record already in them again and again. Much more room than
    // that would cost memory: tables allocate their records in blocks.
    const qsizetype room = m_textSize / 1536;
    ws->m_images.reserve(room);
    ws->m_snapshots.reserve(room);
    Seen seen;
    QString format;
    qint64 version = 0;
    QString name;
    Policy policy;
    QList<Account> accounts;
    QList<Region> regions;
    QList<Task> tasks;
    QList<JournalEntry> journal;
    CloudLink link;
    QList<PendingChange> pending;
    {
        // Declared after the workspace: if reading gives up, the builder stops before the
        // workspace it fills goes away.
        Builder builder(*ws);
        m_in.object([&](QByteArrayView k) {
            if (is(k, key::Format)) {
                seen.mark(0);
                format = string();
            } else if (is(k, key::Version)) {
                seen.mark(1);
                version = m_in.integer();
            } else if (is(k, key::Name)) {
                seen.mark(2);
                name = string();
            } else if (is(k, key::Policy)) {
                seen.mark(3);
                policy = readAs<Policy>(schema::policy());
            } else if (is(k, key::Accounts)) {
                seen.mark(4);
                m_in.array([&] { accounts.append(readAs<Account>(schema::account())); });
            } else if (is(k, key::Regions)) {
                seen.mark(5);
                m_in.array([&] { regions.append(readAs<Region>(schema::region())); });
            } else if (is(k, key::Images)) {
                seen.mark(6);
                Batches<Image> images(builder, putImage);
                m_in.array([&] { images.add(readAs<Image>(schema::image())); });
            } else if (is(k, key::Instances)) {
                // Instances and snapshots are put here, while the builder may still be indexing
                // images: they have tables of their own, which the builder never touches, and
                // the two threads finish closer together.
                seen.mark(7);
                m_in.array([&] { putInstance(*ws, readAs<Instance>(schema::instance())); });
            } else if (is(k, key::Snapshots)) {
                seen.mark(8);
                m_in.array([&] { putSnapshot(*ws, readAs<Snapshot>(schema::snapshot())); });
            } else if (is(k, key::Tasks)) {
                seen.mark(9);
                m_in.array([&] { tasks.append(readAs<Task>(schema::task())); });
            } else if (is(k, key::Journal)) {
                seen.mark(10);
                m_in.array([&] { journal.append(readAs<JournalEntry>(schema::journalEntry())); });
            } else if (is(k, key::Cloud)) {
                // Small, and read as the other reader reads it.
                QList<LoadProblem> problems;
                if (!cloud::fromJson(m_in.jsonObject(), key::Cloud, link, pending, problems))
                    giveUp();
            } else {
                m_in.skip();
            }
        });
        if (!m_in.atEnd())
            giveUp();
        if (!builder.finish())
            giveUp();
    }
    // Only the current version of the format; an older one is migrated by the other reader.
    if (format != WorkspaceFile::formatMarker() || version != WorkspaceFile::kVersion ||
        !seen.has(4) || !seen.has(5) || !seen.has(6))
        giveUp();

    ws->setName(name);
    ws->setPolicy(policy);
    for (Account &a : accounts) {
        if (ws->account(a.accountId))
            giveUp();
        const QString id = a.accountId;
        ws->putAccount(id, std::move(a));
    }
    for (qsizetype i = 0; i < regions.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (regions.at(j).regionId == regions.at(i).regionId)
                giveUp();
        }
    }
    ws->setRegions(regions);
    for (Task &t : tasks) {
        if (ws->task(t.taskId))
            giveUp();
        const QString id = t.taskId;
        ws->putTask(id, std::move(t));
    }
    for (const JournalEntry &e : std::as_const(journal))
        ws->appendJournal(e);
    ws->setCloud(link);
    for (PendingChange &c : pending) {
        const QString id = c.id();
        ws->putPending(id, std::move(c));
    }
    return ws;
}

std::unique_ptr<Workspace> readWorkspaceFast(const QByteArray &json)
{
    try {
        Scanner in(json.constData(), json.constData() + json.size());
        WorkspaceFastReader reader(in, json.size());
        return reader.read();
    } catch (const GiveUp &) {
        return nullptr;
    }
}

} // namespace cvm
