// The writing half of the workspace file: the records written straight to JSON text.
//
// Building a QJsonObject per record and letting QJsonDocument lay it out took six times as
// long as the file takes to read. This writer produces the same bytes directly: keys in
// the order QJsonDocument sorts them, its indentation, its escapes and its number format
// (tests/core/tst_workspacefile.cpp compares the two on whole workspaces).
#include "Cloud.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"
#include "WorkspaceSchema.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QVarLengthArray>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <deque>
#include <future>
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

    Q_ALWAYS_INLINE char *grow(qsizetype n)
    {
        if (Q_UNLIKELY(m_length + n > m_data.size()))
            makeRoom(n);
        char *at = m_base + m_length;
        m_length += n;
        return at;
    }
    // Returns the last `n` bytes of a grow() that were not needed.
    void giveBack(qsizetype n) { m_length -= n; }
    Q_ALWAYS_INLINE void append(const char *s, size_t n) { std::memcpy(grow(qsizetype(n)), s, n); }
    Q_ALWAYS_INLINE Buffer &operator+=(char c)
    {
        *grow(1) = c;
        return *this;
    }
    Q_ALWAYS_INLINE Buffer &operator+=(const char *s)
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
    Q_NEVER_INLINE void makeRoom(qsizetype n)
    {
        if (m_device && m_length >= kPiece)
            flush();
        if (m_length + n > m_data.size()) {
            m_data.resize(qMax(m_data.size() * 2, m_length + n));
            m_base = m_data.data();
        }
    }

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
#ifndef QT_NO_DEBUG
        m_lastKey.resize(depth);
#endif
    }

    int depth() const
    {
        return m_depth;
    }
    // Elements of the current array written apart, by a writer made with the constructor above.
    void elementsWritten(const QByteArray &text)
    {
        if (text.isEmpty())
            return;
        m_out.append(text.constData(), size_t(text.size()));
        m_first.last() = false;
    }

    void beginObject()
    {
        open('{');
    }
    void endObject()
    {
        close('}');
    }
    void beginArray()
    {
        open('[');
    }
    void endArray()
    {
        close(']');
    }

    void key(QLatin1String k)
    {
#ifndef QT_NO_DEBUG
        // Keys go in the order QJsonDocument writes them: byte order for these ASCII keys.
        Q_ASSERT_X(m_lastKey.last().isNull() ||
                       std::lexicographical_compare(m_lastKey.last().begin(),
                                                    m_lastKey.last().end(), k.begin(), k.end()),
                   "JsonWriter::key", "keys out of order");
        m_lastKey.last() = k;
#endif
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
    void value(int n)
    {
        value(qint64(n));
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
    template <typename V> void field(QLatin1String k, const V &v)
    {
        key(k);
        value(v);
    }
    void timeField(QLatin1String k, const QDateTime &t)
    {
        key(k);
        time(t);
    }

    void finish()
    {
        m_out += '\n';
    }

private:
    void open(char c)
    {
        element();
        m_out += c;
        m_first.append(true);
#ifndef QT_NO_DEBUG
        m_lastKey.append(QLatin1String());
#endif
        ++m_depth;
    }
    void close(char c)
    {
        m_first.removeLast();
#ifndef QT_NO_DEBUG
        m_lastKey.removeLast();
#endif
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
        // Plain ASCII, the common case, goes straight in: eight characters at a time where
        // the processor allows, then one at a time up to the first that needs more.
        char *d = m_out.grow(s.size());
        const char16_t *plain = p;
#if defined(__SSE2__)
        const __m128i below = _mm_set1_epi16(0x20), above = _mm_set1_epi16(0x7f);
        const __m128i quote = _mm_set1_epi16('"'), backslash = _mm_set1_epi16('\\');
        for (; end - plain >= 8; plain += 8, d += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(plain));
            // Signed comparisons: a code unit from 0x8000 up reads as negative, so "below".
            const __m128i special = _mm_or_si128(
                _mm_or_si128(_mm_cmplt_epi16(v, below), _mm_cmpgt_epi16(v, above)),
                _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
            if (_mm_movemask_epi8(special) != 0)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(v, v));
        }
#endif
        for (; plain < end && *plain >= 0x20 && *plain < 0x80 && *plain != u'"' && *plain != u'\\';
             ++plain)
            *d++ = char(*plain);
        m_out.giveBack(end - plain);
        if (plain == end) {
            m_out += '"';
            return;
        }
        p = plain;
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
#ifndef QT_NO_DEBUG
    QVarLengthArray<QLatin1String, 8> m_lastKey;
#endif
    int m_depth = 0;
    bool m_afterKey = false;
};

// Work for other threads: on a thread of its own where one can be started, otherwise
// (the system out of threads) where its result is asked for.
constexpr std::launch kElsewhere = std::launch::async | std::launch::deferred;

// IDs are short ASCII strings: compared inline, code unit by code unit, as QString orders them.
bool idLess(const QString &a, const QString &b)
{
    const auto *x = reinterpret_cast<const char16_t *>(a.constData());
    const auto *y = reinterpret_cast<const char16_t *>(b.constData());
    return std::lexicographical_compare(x, x + a.size(), y, y + b.size());
}

// Records in the order of their IDs. An ID of up to 24 ASCII characters is sorted as three
// big-endian words kept beside the record (zero-padded, so a prefix sorts first, as in
// QString's order), so that comparing two is three integer comparisons rather than a walk
// through two strings far apart in memory; an ID that does not fit is compared as the
// string it is.
template <typename T> struct SortItem
{
    std::array<quint64, 3> words;
    bool plain; // false: not plain ASCII or too long, compared through `id`
    const QString *id;
    const T *record;
};

template <typename T> QList<SortItem<T>> sortedById(const QHash<QString, T> &records)
{
    QList<SortItem<T>> sorted;
    sorted.reserve(records.size());
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        SortItem<T> item{{0, 0, 0}, false, &it.key(), &it.value()};
        const QString &id = it.key();
        if (id.size() <= 24) {
            item.plain = true;
            for (qsizetype i = 0; i < id.size() && item.plain; ++i) {
                const char16_t c = id.at(i).unicode();
                item.plain = c != 0 && c < 0x80;
                item.words[size_t(i / 8)] |= quint64(c) << (8 * (7 - i % 8));
            }
        }
        sorted.append(item);
    }
    std::sort(sorted.begin(), sorted.end(), [](const SortItem<T> &a, const SortItem<T> &b) {
        if (!a.plain || !b.plain)
            return idLess(*a.id, *b.id);
        return a.words < b.words;
    });
    return sorted;
}

template <typename T, typename Write>
void writeSorted(JsonWriter &w, const QList<SortItem<T>> &sorted, Write write)
{
    w.beginArray();
    // Many records are written in pieces on other threads (the save takes about half the
    // time on two cores); the pieces go out in order, a few at a time, so no more than a few
    // pieces are held beside the file.
    constexpr qsizetype kPiece = 2048;
    const qsizetype n = sorted.size();
    if (n < 2 * kPiece) {
        for (const SortItem<T> &item : sorted)
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
                pending.push_back(std::async(kElsewhere, render, next, qMin(n, next + kPiece)));
                next += kPiece;
            }
            w.elementsWritten(pending.front().get());
            pending.pop_front();
        }
    }
    w.endArray();
}

// Each record is written as its schema lists it (WorkspaceSchema.cpp), its keys in the order
// QJsonDocument sorts them (by UTF-16 code unit, which for these ASCII keys is byte order);
// JsonWriter::key asserts it in debug builds, and tests/core/tst_workspacefile.cpp compares
// whole files with QJsonDocument's.
void writeRecord(JsonWriter &w, const schema::RecordSchema &s, const void *r)
{
    using schema::Type;
    w.beginObject();
    for (const int index : s.writeOrder) {
        const schema::Field &f = s.fields.at(index);
        if (!schema::isWritten(f, r))
            continue;
        w.key(f.key);
        switch (f.type) {
        case Type::Text:
            w.value(f.text(r));
            break;
        case Type::Integer:
            w.value(*f.integer(r));
            break;
        case Type::Boolean:
            w.value(f.boolean(r));
            break;
        case Type::Time:
            w.time(f.time(r));
            break;
        case Type::Enum:
            w.value(f.name(f.enumValue(r)));
            break;
        case Type::TextList:
            w.beginArray();
            for (const QString &text : f.list(r))
                w.value(text);
            w.endArray();
            break;
        case Type::Records:
            w.beginArray();
            for (qsizetype i = 0, n = f.count(r); i < n; ++i)
                writeRecord(w, *f.child, f.at(r, i));
            w.endArray();
            break;
        case Type::Record:
            writeRecord(w, *f.child, f.record(r));
            break;
        case Type::Object:
            w.value(f.object(r));
            break;
        }
    }
    w.endObject();
}

// A writer of records of one kind, for writeSorted and writeList.
template <typename T> auto recordWriter(const schema::RecordSchema &s)
{
    return [&s](JsonWriter &w, const T &record) { writeRecord(w, s, &record); };
}

template <typename List, typename Write>
void writeList(JsonWriter &w, QLatin1String k, const List &list, Write write)
{
    w.key(k);
    w.beginArray();
    for (const auto &item : list)
        write(w, item);
    w.endArray();
}

void writeWorkspace(JsonWriter &w, const Workspace &ws)
{
    // The big collections are put in order on other threads while the small ones are written.
    auto images = std::async(kElsewhere, [&ws] { return sortedById(ws.images()); });
    auto snapshots = std::async(kElsewhere, [&ws] { return sortedById(ws.snapshots()); });
    w.beginObject();
    writeList(w, key::Accounts, ws.accounts(), recordWriter<Account>(schema::account()));
    if (ws.cloud().isLinked() || !ws.pending().isEmpty()) {
        w.key(key::Cloud);
        const CloudRecord cloud{ws.cloud(), ws.pendingList()};
        writeRecord(w, schema::cloud(), &cloud);
    }
    w.field(key::Format, WorkspaceFile::formatMarker());
    w.key(key::Images);
    writeSorted(w, images.get(), recordWriter<Image>(schema::image()));
    w.key(key::Instances);
    writeSorted(w, sortedById(ws.instances()), recordWriter<Instance>(schema::instance()));
    writeList(w, key::Journal, ws.journal(), recordWriter<JournalEntry>(schema::journalEntry()));
    if (!ws.name().isEmpty())
        w.field(key::Name, ws.name());
    w.key(key::Policy);
    writeRecord(w, schema::policy(), &ws.policy());
    writeList(w, key::Regions, ws.regions(), recordWriter<Region>(schema::region()));
    w.key(key::Snapshots);
    writeSorted(w, snapshots.get(), recordWriter<Snapshot>(schema::snapshot()));
    w.key(key::Tasks);
    writeSorted(w, sortedById(ws.tasks()), recordWriter<Task>(schema::task()));
    w.field(key::Version, WorkspaceFile::kVersion);
    w.endObject();
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
