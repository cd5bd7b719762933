// The writing half of the workspace file: the records written straight to JSON text.
//
// Building a QJsonObject per record and letting QJsonDocument lay it out took six times as
// long as the file takes to read. This writer produces the same bytes directly: keys in
// the order QJsonDocument sorts them, its indentation, its escapes and its number format
// (tests/core/tst_workspacefile.cpp compares the two on whole workspaces).
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <numeric>
#include <string>

namespace cvm {
namespace {

// The file's bytes, appended through a plain pointer: QByteArray's own appends are out of
// line, and building in another container would hold the file twice at the end.
// With a device, the bytes go out in pieces as they are written, so that writing the file
// overlaps with producing it and the whole text is never held.
class Buffer
{
public:
    explicit Buffer(qsizetype expected, QIODevice *device = nullptr)
        : m_data(qMax<qsizetype>(device ? kPiece + kPiece / 4 : expected, 4096), Qt::Uninitialized),
          m_base(m_data.data()), m_device(device)
    {}

    char *grow(qsizetype n)
    {
        if (m_length + n > m_data.size()) {
            if (m_device && m_length >= kPiece)
                flush();
            if (m_length + n > m_data.size()) {
                m_data.resize(qMax(m_data.size() * 2, m_length + n));
                m_base = m_data.data();
            }
        }
        char *at = m_base + m_length;
        m_length += n;
        return at;
    }
    void append(const char *s, size_t n) { std::memcpy(grow(qsizetype(n)), s, n); }
    Buffer &operator+=(char c)
    {
        *grow(1) = c;
        return *this;
    }
    Buffer &operator+=(const char *s)
    {
        append(s, std::strlen(s));
        return *this;
    }
    Buffer &operator+=(const std::string &s)
    {
        append(s.data(), s.size());
        return *this;
    }
    QByteArray take()
    {
        m_data.truncate(m_length);
        return std::move(m_data);
    }
    // Writes what is pending to the device; false once a write has failed.
    bool flush()
    {
        if (m_ok && m_length > 0)
            m_ok = m_device->write(m_base, m_length) == m_length;
        m_length = 0;
        return m_ok;
    }

private:
    static constexpr qsizetype kPiece = qsizetype(1) << 20;
    QByteArray m_data;
    char *m_base;
    qsizetype m_length = 0;
    QIODevice *m_device = nullptr;
    bool m_ok = true;
};

class JsonWriter
{
public:
    explicit JsonWriter(Buffer &out) : m_out(out) {}
    // A writer that continues inside an array `depth` levels deep (for elements written apart).
    JsonWriter(Buffer &out, int depth, bool firstInArray) : m_out(out), m_depth(depth)
    {
        for (int i = 1; i < depth; ++i)
            m_first.append(false);
        m_first.append(firstInArray);
    }

    int depth() const { return m_depth; }
    // Elements of the current array written apart, by a writer made with the constructor above.
    void elementsWritten(const QByteArray &text)
    {
        if (text.isEmpty())
            return;
        m_out.append(text.constData(), size_t(text.size()));
        m_first.last() = false;
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(QLatin1String k)
    {
        separate();
        m_out += '"';
        m_out.append(k.data(), size_t(k.size()));
        m_out += "\": ";
        m_afterKey = true;
    }

    void value(const QString &s)
    {
        element();
        string(s);
    }
    void value(qint64 n)
    {
        element();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        m_out.append(digits, size_t(end - digits));
    }
    void value(bool b)
    {
        element();
        m_out += b ? "true" : "false";
    }
    // Any JSON object (a journal entry's parameters), laid out by QJsonDocument and indented
    // to where it sits.
    void value(const QJsonObject &o)
    {
        element();
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
        const std::string indent(size_t(m_depth) * 4, ' ');
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype to = text.indexOf('\n', from);
            if (to < 0)
                to = text.size();
            if (from > 0) {
                m_out += '\n';
                m_out += indent;
            }
            m_out.append(text.constData() + from, size_t(to - from));
            from = to + 1;
        }
    }
    void time(const QDateTime &t)
    {
        element();
        writeTime(t);
    }

    void finish() { m_out += '\n'; }

private:
    void open(char c)
    {
        element();
        m_out += c;
        m_first.append(true);
        ++m_depth;
    }
    void close(char c)
    {
        m_first.removeLast();
        --m_depth;
        newline();
        m_out += c;
    }
    void newline()
    {
        static const char spaces[] =
            "                                                                ";
        m_out += '\n';
        for (int left = m_depth * 4; left > 0; left -= 64)
            m_out.append(spaces, size_t(qMin(left, 64)));
    }
    void separate()
    {
        if (!m_first.isEmpty()) {
            if (!m_first.last())
                m_out += ',';
            m_first.last() = false;
        }
        newline();
    }
    // Before a value: inside an array it is an element of its own line; after a key it
    // follows on the key's line.
    void element()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.isEmpty())
            separate();
    }

    void string(const QString &s)
    {
        m_out += '"';
        const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *end = p + s.size();
        // Plain ASCII, the common case, goes straight in.
        const char16_t *plain = p;
        while (plain < end && *plain >= 0x20 && *plain < 0x80 && *plain != u'"' && *plain != u'\\')
            ++plain;
        if (plain == end) {
            char *d = m_out.grow(s.size());
            for (const char16_t *q = p; q < end; ++q)
                *d++ = char(*q);
            m_out += '"';
            return;
        }
        static const char hex[] = "0123456789abcdef";
        auto escape = [&](char16_t c) {
            m_out += "\\u";
            m_out += hex[(c >> 12) & 0xf];
            m_out += hex[(c >> 8) & 0xf];
            m_out += hex[(c >> 4) & 0xf];
            m_out += hex[c & 0xf];
        };
        for (; p < end; ++p) {
            const char16_t c = *p;
            switch (c) {
            case u'"':
                m_out += "\\\"";
                continue;
            case u'\\':
                m_out += "\\\\";
                continue;
            case u'\b':
                m_out += "\\b";
                continue;
            case u'\f':
                m_out += "\\f";
                continue;
            case u'\n':
                m_out += "\\n";
                continue;
            case u'\r':
                m_out += "\\r";
                continue;
            case u'\t':
                m_out += "\\t";
                continue;
            default:
                break;
            }
            if (c < 0x20) {
                escape(c);
            } else if (c < 0x80) {
                m_out += char(c);
            } else if (c < 0x800) {
                m_out += char(0xc0 | (c >> 6));
                m_out += char(0x80 | (c & 0x3f));
            } else if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
                const char32_t u = QChar::surrogateToUcs4(c, p[1]);
                ++p;
                m_out += char(0xf0 | (u >> 18));
                m_out += char(0x80 | ((u >> 12) & 0x3f));
                m_out += char(0x80 | ((u >> 6) & 0x3f));
                m_out += char(0x80 | (u & 0x3f));
            } else if (QChar::isSurrogate(c)) {
                escape(c); // a lone surrogate has no UTF-8 form
            } else {
                m_out += char(0xe0 | (c >> 12));
                m_out += char(0x80 | ((c >> 6) & 0x3f));
                m_out += char(0x80 | (c & 0x3f));
            }
        }
        m_out += '"';
    }

    // WorkspaceFile::timeToString (ISO 8601, UTC, whole seconds) without the general
    // formatter: the date from the day number by Howard Hinnant's civil-from-days.
    void writeTime(const QDateTime &t)
    {
        if (!t.isValid()) {
            m_out += "\"\"";
            return;
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        const qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
        qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
        const qint64 second = secs - days * 86400;
        days += 719468;
        const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
        const qint64 doe = days - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 day = doy - (153 * mp + 2) / 5 + 1;
        const qint64 month = mp < 10 ? mp + 3 : mp - 9;
        const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            string(WorkspaceFile::timeToString(t));
            return;
        }
        char buf[22];
        auto put = [&buf](int at, qint64 n, int digits) {
            for (int i = digits - 1; i >= 0; --i, n /= 10)
                buf[at + i] = char('0' + n % 10);
        };
        buf[0] = '"';
        put(1, year, 4);
        buf[5] = '-';
        put(6, month, 2);
        buf[8] = '-';
        put(9, day, 2);
        buf[11] = 'T';
        put(12, second / 3600, 2);
        buf[14] = ':';
        put(15, second / 60 % 60, 2);
        buf[17] = ':';
        put(18, second % 60, 2);
        buf[20] = 'Z';
        buf[21] = '"';
        m_out.append(buf, sizeof buf);
    }

    Buffer &m_out;
    QVarLengthArray<bool, 8> m_first;
    int m_depth = 0;
    bool m_afterKey = false;
};

// The fields of one object, written in the order QJsonDocument gives its keys (by UTF-16
// code unit, which for these ASCII keys is byte order).
class Fields
{
public:
    // A string of a record is referred to (the record outlives the writing); a temporary
    // one is kept.
    void add(QLatin1String k, const QString &s) { push(k, Text).textOf = &s; }
    void add(QLatin1String k, QString &&s)
    {
        Field &f = push(k, Text);
        f.text = std::move(s);
        f.textOf = &f.text;
    }
    void add(QLatin1String k, qint64 n) { push(k, Number).number = n; }
    void add(QLatin1String k, int n) { add(k, qint64(n)); }
    void add(QLatin1String k, bool b) { push(k, Boolean).number = b ? 1 : 0; }
    void addTime(QLatin1String k, const QDateTime &t) { push(k, Time).time = t; }
    void add(QLatin1String k, const QStringList &list) { push(k, List).list = &list; }
    void add(QLatin1String k, const QJsonObject &o) { push(k, Object).object = &o; }
    void add(QLatin1String k, std::function<void(JsonWriter &)> write)
    {
        push(k, Nested).nested = std::move(write);
    }

    void write(JsonWriter &w)
    {
        QVarLengthArray<quint8, 32> order(m_fields.size());
        std::iota(order.begin(), order.end(), quint8(0));
        std::sort(order.begin(), order.end(), [this](quint8 a, quint8 b) {
            const QLatin1String x = m_fields[a].key, y = m_fields[b].key;
            return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
        });
        w.beginObject();
        for (quint8 i : std::as_const(order)) {
            const Field &f = m_fields[i];
            w.key(f.key);
            switch (f.kind) {
            case Text:
                w.value(*f.textOf);
                break;
            case Number:
                w.value(f.number);
                break;
            case Boolean:
                w.value(f.number != 0);
                break;
            case Time:
                w.time(f.time);
                break;
            case List:
                w.beginArray();
                for (const QString &s : *f.list)
                    w.value(s);
                w.endArray();
                break;
            case Object:
                w.value(*f.object);
                break;
            case Nested:
                f.nested(w);
                break;
            }
        }
        w.endObject();
    }

private:
    enum Kind
    {
        Text,
        Number,
        Boolean,
        Time,
        List,
        Object,
        Nested
    };
    struct Field
    {
        QLatin1String key;
        Kind kind = Text;
        QString text;
        const QString *textOf = nullptr;
        qint64 number = 0;
        QDateTime time;
        const QStringList *list = nullptr;
        const QJsonObject *object = nullptr;
        std::function<void(JsonWriter &)> nested;
    };
    Field &push(QLatin1String k, Kind kind)
    {
        m_fields.append(Field{});
        Field &f = m_fields.last();
        f.key = k;
        f.kind = kind;
        return f;
    }

    QVarLengthArray<Field, 32> m_fields;
};

// IDs are short ASCII strings: compared inline, code unit by code unit, as QString orders them.
bool idLess(const QString &a, const QString &b)
{
    const auto *x = reinterpret_cast<const char16_t *>(a.constData());
    const auto *y = reinterpret_cast<const char16_t *>(b.constData());
    return std::lexicographical_compare(x, x + a.size(), y, y + b.size());
}

// Records in the order of their IDs. IDs are short ASCII strings: sorted on a copy of their
// bytes kept beside the record, so that comparing two does not reach into two strings far
// apart in memory; an ID that does not fit is compared as the string it is.
template <typename T, typename Write>
void sortedRecords(JsonWriter &w, const QHash<QString, T> &records, Write write)
{
    struct Item
    {
        std::array<char, 22> bytes;
        qint8 length; // -1: not plain ASCII or too long, compared through `id`
        const QString *id;
        const T *record;
    };
    QList<Item> sorted;
    sorted.reserve(records.size());
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        Item item{{}, -1, &it.key(), &it.value()};
        const QString &id = it.key();
        if (id.size() <= qsizetype(item.bytes.size())) {
            bool ascii = true;
            for (qsizetype i = 0; i < id.size() && ascii; ++i) {
                const char16_t c = id.at(i).unicode();
                ascii = c < 0x80;
                item.bytes[size_t(i)] = char(c);
            }
            if (ascii)
                item.length = qint8(id.size());
        }
        sorted.append(item);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Item &a, const Item &b) {
        if (a.length < 0 || b.length < 0)
            return idLess(*a.id, *b.id);
        const int c = std::memcmp(a.bytes.data(), b.bytes.data(), size_t(qMin(a.length, b.length)));
        return c != 0 ? c < 0 : a.length < b.length;
    });
    w.beginArray();
    // Many records are written in pieces on other threads (the save takes about half the
    // time on two cores); the pieces go out in order, a few at a time, so no more than a few
    // pieces are held beside the file.
    constexpr qsizetype kPiece = 2048;
    const qsizetype n = sorted.size();
    if (n < 2 * kPiece) {
        for (const Item &item : std::as_const(sorted))
            write(w, *item.record);
    } else {
        const int depth = w.depth();
        auto render = [&sorted, write, depth](qsizetype from, qsizetype to) {
            Buffer piece((to - from) * 1024);
            JsonWriter pw(piece, depth, from == 0);
            for (qsizetype i = from; i < to; ++i)
                write(pw, *sorted.at(i).record);
            return piece.take();
        };
        std::deque<std::future<QByteArray>> pending;
        qsizetype next = 0;
        while (next < n || !pending.empty()) {
            while (next < n && pending.size() < 3) {
                pending.push_back(
                    std::async(std::launch::async, render, next, qMin(n, next + kPiece)));
                next += kPiece;
            }
            w.elementsWritten(pending.front().get());
            pending.pop_front();
        }
    }
    w.endArray();
}

void writeImage(JsonWriter &w, const Image &img)
{
    Fields f;
    f.add(key::ImageId, img.imageId);
    f.add(key::ImageName, img.imageName);
    f.add(key::ImageDescription, img.imageDescription);
    const ImageType type = img.kind == ImageKind::Public   ? ImageType::Public
                           : img.kind == ImageKind::Market ? ImageType::Market
                                                           : ImageType::Private;
    f.add(key::ImageType, toString(type));
    f.add(key::ImageState, toString(img.state));
    f.add(key::ImageSource, toString(img.source));
    f.add(key::OsName, img.osName);
    f.add(key::Platform, img.platform);
    f.add(key::Architecture, img.architecture);
    f.add(key::ImageSize, img.imageSize);
    f.addTime(key::CreatedTime, img.createdTime);
    if (!img.imageCreator.isEmpty())
        f.add(key::ImageCreator, img.imageCreator);
    if (img.syncPercent)
        f.add(key::SyncPercent, *img.syncPercent);
    f.add(key::IsSupportCloudinit, img.isSupportCloudinit);
    f.add(key::SnapshotSet, [&img](JsonWriter &jw) {
        jw.beginArray();
        for (const SnapshotRef &s : img.snapshots) {
            Fields o;
            o.add(key::SnapshotId, s.snapshotId);
            o.add(key::DiskUsage, toString(s.diskUsage));
            o.add(key::DiskSize, s.diskSize);
            o.write(jw);
        }
        jw.endArray();
    });
    f.add(key::Tags, [&img](JsonWriter &jw) {
        jw.beginArray();
        for (const Tag &t : img.tags) {
            Fields o;
            o.add(key::Key, t.key);
            o.add(key::Value, t.value);
            o.write(jw);
        }
        jw.endArray();
    });
    f.add(key::LicenseType, toString(img.licenseType));
    if (!img.ownerAccountId.isEmpty())
        f.add(key::OwnerAccountId, img.ownerAccountId);
    f.add(key::Region, img.region);
    if (img.isCustom()) {
        f.add(key::Shares, [&img](JsonWriter &jw) {
            jw.beginArray();
            for (const ShareEntry &s : img.shares) {
                Fields o;
                o.add(key::AccountId, s.accountId);
                o.addTime(key::CreatedTime, s.createdTime);
                o.write(jw);
            }
            jw.endArray();
        });
    }
    if (!img.sourceImageId.isEmpty())
        f.add(key::SourceImageId, img.sourceImageId);
    if (!img.sourceRegion.isEmpty())
        f.add(key::SourceRegion, img.sourceRegion);
    if (!img.createdFromInstanceId.isEmpty())
        f.add(key::CreatedFromInstanceId, img.createdFromInstanceId);
    if (img.encrypted)
        f.add(key::Encrypted, true);
    if (!img.failureReason.isEmpty())
        f.add(key::FailureReason, img.failureReason);
    if (!img.failedChecks.isEmpty())
        f.add(key::FailedChecks, img.failedChecks);
    f.write(w);
}

void writeInstance(JsonWriter &w, const Instance &i)
{
    Fields f;
    f.add(key::InstanceId, i.instanceId);
    f.add(key::InstanceName, i.instanceName);
    f.add(key::OwnerAccountId, i.ownerAccountId);
    f.add(key::Region, i.region);
    f.add(key::Zone, i.zone);
    f.add(key::ImageId, i.imageId);
    f.add(key::OsName, i.osName);
    f.add(key::Platform, i.platform);
    f.add(key::InstanceState, i.instanceState);
    if (i.createdTime.isValid())
        f.addTime(key::CreatedTime, i.createdTime);
    if (i.isWindows()) {
        f.add(key::WindowsChecks, [&i](JsonWriter &jw) {
            // Check keys are not constants of WorkspaceKeys.h: put in key order once.
            static const QList<WindowsCheck> checks = [] {
                QList<WindowsCheck> all = allWindowsChecks();
                std::sort(all.begin(), all.end(), [](WindowsCheck a, WindowsCheck b) {
                    return windowsCheckKey(a) < windowsCheckKey(b);
                });
                return all;
            }();
            jw.beginObject();
            for (WindowsCheck c : checks) {
                const QByteArray k = windowsCheckKey(c).toLatin1();
                jw.key(QLatin1String(k));
                jw.value(i.windowsChecks.passes(c));
            }
            jw.endObject();
        });
    }
    f.write(w);
}

void writeSnapshot(JsonWriter &w, const Snapshot &s)
{
    Fields f;
    f.add(key::SnapshotId, s.snapshotId);
    f.add(key::OwnerAccountId, s.ownerAccountId);
    f.add(key::Region, s.region);
    f.add(key::DiskUsage, toString(s.diskUsage));
    f.add(key::DiskSize, s.diskSize);
    if (s.createdTime.isValid())
        f.addTime(key::CreatedTime, s.createdTime);
    f.write(w);
}

void writeTask(JsonWriter &w, const Task &t)
{
    Fields f;
    f.add(key::TaskId, t.taskId);
    f.add(key::Action, toString(t.kind));
    f.add(key::AccountId, t.accountId);
    f.add(key::ImageIds, t.imageIds);
    f.addTime(key::StartedTime, t.startedTime);
    f.add(key::DurationSeconds, t.durationSeconds);
    f.add(key::ElapsedSeconds, t.elapsedSeconds);
    f.add(key::State, toString(t.state));
    if (!t.sourceImageId.isEmpty())
        f.add(key::SourceImageId, t.sourceImageId);
    if (!t.instanceId.isEmpty())
        f.add(key::InstanceId, t.instanceId);
    if (t.finishedTime.isValid())
        f.addTime(key::FinishedTime, t.finishedTime);
    if (t.willFail)
        f.add(key::WillFail, true);
    if (!t.failureReason.isEmpty())
        f.add(key::FailureReason, t.failureReason);
    if (!t.failedChecks.isEmpty())
        f.add(key::FailedChecks, t.failedChecks);
    f.write(w);
}

void writeJournalEntry(JsonWriter &w, const JournalEntry &e)
{
    Fields f;
    f.addTime(key::Time, e.time);
    f.add(key::AccountId, e.accountId);
    f.add(key::Action, e.action);
    f.add(key::Channel, e.channel);
    f.add(key::Parameters, e.parameters);
    f.add(key::Outcome, e.success ? QStringLiteral("Success") : QStringLiteral("Refused"));
    if (!e.errors.isEmpty()) {
        f.add(key::Errors, [&e](JsonWriter &jw) {
            jw.beginArray();
            for (const JournalError &x : e.errors) {
                Fields o;
                o.add(key::Rule, x.rule);
                o.add(key::Code, x.code);
                o.write(jw);
            }
            jw.endArray();
        });
    }
    if (!e.result.isEmpty())
        f.add(key::Result, e.result);
    f.write(w);
}

void writeWorkspace(JsonWriter &w, const Workspace &ws)
{
    Fields root;
    root.add(key::Format, WorkspaceFile::formatMarker());
    root.add(key::Version, WorkspaceFile::kVersion);
    if (!ws.name().isEmpty())
        root.add(key::Name, ws.name());
    root.add(key::Policy, [&ws](JsonWriter &jw) {
        const Policy &p = ws.policy();
        Fields o;
        o.add(key::ShareLimit, p.shareLimit);
        o.add(key::CustomImageQuotaPerRegion, p.customImageQuotaPerRegion);
        o.add(key::ImageNameMaxLength, p.imageNameMaxLength);
        o.add(key::ImageDescriptionMaxLength, p.imageDescriptionMaxLength);
        o.add(key::ImportMaxFileSizeGiB, p.importMaxFileSizeGiB);
        o.add(key::ImportMaxVirtualSizeGiB, p.importMaxVirtualSizeGiB);
        o.add(key::CopyDurationSeconds, p.copyDurationSeconds);
        o.add(key::CreateDurationSeconds, p.createDurationSeconds);
        o.add(key::ImportDurationSeconds, p.importDurationSeconds);
        o.write(jw);
    });
    root.add(key::Accounts, [&ws](JsonWriter &jw) {
        jw.beginArray();
        for (const Account &a : ws.accounts()) {
            Fields o;
            o.add(key::AccountId, a.accountId);
            o.add(key::AccountName, a.name);
            o.add(key::CanImportImages, a.canImportImages);
            if (!a.trustedAccountIds.isEmpty())
                o.add(key::TrustedAccountIds, a.trustedAccountIds);
            o.write(jw);
        }
        jw.endArray();
    });
    root.add(key::Regions, [&ws](JsonWriter &jw) {
        jw.beginArray();
        for (const Region &r : ws.regions()) {
            Fields o;
            o.add(key::Region, r.regionId);
            o.add(key::RegionName, r.nameEn);
            o.add(key::RegionNameId, r.nameId);
            o.add(key::RegionState, toString(r.state));
            o.add(key::SupportsImageCopy, r.supportsImageCopy);
            o.add(key::SupportsImageImport, r.supportsImageImport);
            o.add(key::Zones, r.zones);
            o.write(jw);
        }
        jw.endArray();
    });
    root.add(key::Images, [&ws](JsonWriter &jw) { sortedRecords(jw, ws.images(), writeImage); });
    root.add(key::Instances,
             [&ws](JsonWriter &jw) { sortedRecords(jw, ws.instances(), writeInstance); });
    root.add(key::Snapshots,
             [&ws](JsonWriter &jw) { sortedRecords(jw, ws.snapshots(), writeSnapshot); });
    root.add(key::Tasks, [&ws](JsonWriter &jw) { sortedRecords(jw, ws.tasks(), writeTask); });
    root.add(key::Journal, [&ws](JsonWriter &jw) {
        jw.beginArray();
        for (const JournalEntry &e : ws.journal())
            writeJournalEntry(jw, e);
        jw.endArray();
    });
    root.write(w);
    w.finish();
}

} // namespace

QByteArray WorkspaceFile::toJson(const Workspace &ws)
{
    Buffer out(qsizetype(ws.imageCount()) * 1700 + 65536); // about what a generated image takes
    JsonWriter w(out);
    writeWorkspace(w, ws);
    return out.take();
}

bool WorkspaceFile::write(const Workspace &ws, QIODevice &device)
{
    Buffer out(0, &device);
    JsonWriter w(out);
    writeWorkspace(w, ws);
    return out.flush();
}

} // namespace cvm
