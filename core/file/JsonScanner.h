#pragma once

// The JSON primitives of the workspace reader (WorkspaceReader.cpp): one pass over a text,
// strings decoded as they are met, no tree of values in between. The grammar is the one
// QJsonDocument reads, quirks included (a byte-order mark, control characters in texts, "1.",
// an unknown escape standing for its letter, nesting up to 1,024 levels), so that the console
// accepts exactly the texts Qt accepts; the tests hold the two to each other. A syntax error
// throws SyntaxError with Qt's code for it and the offset where the text goes wrong: nothing
// after a syntax error can be read with certainty.
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringDecoder>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cvm::jsonscan {

struct SyntaxError
{
    QJsonParseError::ParseError error;
    qsizetype offset;
};

// One pass over the text, with the primitives of JSON.
class Scanner
{
public:
    static constexpr int kNestingLimit = 1024; // QJsonDocument's

    Scanner(const char *begin, const char *end) : m_begin(begin), m_p(begin), m_end(end)
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xef\xbb\xbf", 3) == 0)
            m_p += 3; // a byte-order mark, as Qt reads it
    }

    [[noreturn]] void fail(QJsonParseError::ParseError error) const
    {
        throw SyntaxError{error, qsizetype(m_p - m_begin)};
    }
    qsizetype offset() const { return m_p - m_begin; }

    void space()
    {
        if (m_p < m_end && uchar(*m_p) > ' ')
            return; // no space at all: the most common case
#ifdef __SSE2__
        // Sixteen bytes at a time: a file written with indentation is about half space.
        while (m_end - m_p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            const __m128i blank =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                             _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
            const unsigned other = ~unsigned(_mm_movemask_epi8(blank)) & 0xffffu;
            if (other != 0) {
                m_p += std::countr_zero(other);
                return;
            }
            m_p += 16;
        }
#endif
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        space();
        return m_p < m_end ? *m_p : '\0';
    }
    bool atEnd()
    {
        space();
        return m_p == m_end;
    }
    // After the document: nothing but space.
    void end()
    {
        if (!atEnd())
            fail(QJsonParseError::GarbageAtEnd);
    }

    // What the next value is, without reading it.
    enum class Kind
    {
        String,
        Number,
        Boolean,
        Null,
        Array,
        Object,
        End // the text ends where a value should be
    };
    Kind kind()
    {
        switch (peek()) {
        case '"':
            return Kind::String;
        case 't':
        case 'f':
            return Kind::Boolean;
        case 'n':
            return Kind::Null;
        case '[':
            return Kind::Array;
        case '{':
            return Kind::Object;
        default:
            // Anything else is read as a number and refused if it is none, as Qt reads it.
            return m_p < m_end ? Kind::Number : Kind::End;
        }
    }

    // A string; the next value must be one (kind() == Kind::String).
    QString string()
    {
        ++m_p; // the opening quote
        const char *from = m_p;
        m_p = special(m_p);
        bool ascii = true;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (uchar(*m_p) >= 0x80)
                ascii = false;
            ++m_p;
        }
        if (m_p == m_end)
            fail(QJsonParseError::UnterminatedString);
        if (*m_p == '"') {
            const QByteArrayView text(from, m_p - from);
            ++m_p;
            return ascii ? QString::fromLatin1(text) : utf8(text, from);
        }
        // With escapes: the pieces between them decoded as they come.
        QString out = ascii ? QString::fromLatin1(QByteArrayView(from, m_p - from))
                            : utf8(QByteArrayView(from, m_p - from), from);
        while (true) {
            if (m_p == m_end)
                fail(QJsonParseError::UnterminatedString);
            if (*m_p == '"') {
                ++m_p;
                return out;
            }
            if (*m_p == '\\') {
                escape(out);
                continue;
            }
            const char *piece = m_p;
            bool pieceAscii = true;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
                if (uchar(*m_p) >= 0x80)
                    pieceAscii = false;
                ++m_p;
            }
            const QByteArrayView text(piece, m_p - piece);
            out += pieceAscii ? QString::fromLatin1(text) : utf8(text, piece);
        }
    }

    // A string's bytes when it is plain ASCII without escapes (IDs, regions, names of
    // systems, every key of the format); otherwise nothing is read and the caller reads it
    // with string(). The next value must be a string.
    std::optional<std::string_view> plain()
    {
        const char *from = m_p + 1;
        const char *q = special(from);
        while (q < m_end && *q != '"') {
            const uchar c = uchar(*q);
            if (c == '\\' || c >= 0x80)
                return std::nullopt;
            ++q;
        }
        if (q == m_end) {
            m_p = q;
            fail(QJsonParseError::UnterminatedString);
        }
        m_p = q + 1;
        return std::string_view(from, size_t(q - from));
    }

    // A whole number as the format writes it (no fraction, no exponent, at most 15 digits,
    // which cannot overflow); nothing, and nothing read, for any other number.
    std::optional<qint64> integer()
    {
        const char *p = m_p;
        bool negative = false;
        if (p < m_end && *p == '-') {
            negative = true;
            ++p;
        }
        const char *from = p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        const qsizetype digits = p - from;
        if (digits == 0 || digits > 15 || (digits > 1 && *from == '0') ||
            (p < m_end && (*p == '.' || *p == 'e' || *p == 'E')) || p == m_end)
            return std::nullopt;
        qint64 n = 0;
        for (const char *d = from; d < p; ++d)
            n = n * 10 + (*d - '0');
        m_p = p;
        return negative ? -n : n;
    }

    // true or false; the next value must be one of them (kind() == Kind::Boolean).
    bool boolean()
    {
        if (literal("true"))
            return true;
        if (literal("false"))
            return false;
        fail(QJsonParseError::IllegalValue);
    }
    void null()
    {
        if (!literal("null"))
            fail(QJsonParseError::IllegalValue);
    }

    // Calls `each(key)` for every member of an object; `each` reads the value. The key is
    // valid until the next one is read.
    template <typename Each> void object(Each &&each)
    {
        ++m_p; // {
        if (++m_depth > kNestingLimit)
            fail(QJsonParseError::DeepNesting);
        if (peek() == '}') {
            ++m_p;
            --m_depth;
            return;
        }
        while (true) {
            if (peek() != '"')
                fail(m_p == m_end ? QJsonParseError::UnterminatedObject
                                  : QJsonParseError::MissingObject);
            const QByteArrayView k = key();
            if (peek() != ':')
                fail(QJsonParseError::MissingNameSeparator);
            ++m_p;
            if (kind() == Kind::End)
                fail(QJsonParseError::UnterminatedObject);
            each(k);
            const char c = peek();
            if (c == '}') {
                ++m_p;
                --m_depth;
                return;
            }
            if (c != ',')
                fail(QJsonParseError::UnterminatedObject);
            ++m_p;
        }
    }

    // Calls `each(index)` for every element of an array; `each` reads the element.
    template <typename Each> void array(Each &&each)
    {
        ++m_p; // [
        if (++m_depth > kNestingLimit)
            fail(QJsonParseError::DeepNesting);
        if (peek() == ']') {
            ++m_p;
            --m_depth;
            return;
        }
        for (qsizetype i = 0;; ++i) {
            if (kind() == Kind::End)
                fail(QJsonParseError::UnterminatedArray);
            if (i > 0 && *m_p == ']')
                fail(QJsonParseError::MissingObject);
            each(i);
            const char c = peek();
            if (c == ']') {
                ++m_p;
                --m_depth;
                return;
            }
            if (c != ',')
                fail(m_p == m_end ? QJsonParseError::UnterminatedArray
                                  : QJsonParseError::MissingValueSeparator);
            ++m_p;
        }
    }

    // A value whose content does not matter (an unknown key's), checked for syntax.
    void skip()
    {
        switch (kind()) {
        case Kind::Object:
            object([this](QByteArrayView) { skip(); });
            return;
        case Kind::Array:
            array([this](qsizetype) { skip(); });
            return;
        case Kind::String:
            if (!plain())
                string();
            return;
        case Kind::Boolean:
            boolean();
            return;
        case Kind::Null:
            null();
            return;
        case Kind::Number:
            number();
            return;
        case Kind::End:
            break;
        }
        fail(QJsonParseError::IllegalValue);
    }

    // Any value, as Qt reads it: what a value of the wrong kind is shown as in a message, a
    // journal entry's parameters, the cloud section.
    QJsonValue value()
    {
        switch (kind()) {
        case Kind::Object: {
            QJsonObject o;
            object([&](QByteArrayView k) {
                const QString name = QString::fromUtf8(k);
                o.insert(name, value()); // a repeated name: the last one, as Qt keeps it
            });
            return o;
        }
        case Kind::Array: {
            QJsonArray a;
            array([&](qsizetype) { a.append(value()); });
            return a;
        }
        case Kind::String:
            return string();
        case Kind::Boolean:
            return boolean();
        case Kind::Null:
            null();
            return QJsonValue(QJsonValue::Null);
        case Kind::Number: {
            const char *from = m_p;
            const double d = number();
            // Written without a point or an exponent and within 64 bits: an integer, as Qt
            // keeps it.
            qint64 n = 0;
            const auto [ptr, ec] = std::from_chars(from, m_p, n);
            if (ec == std::errc() && ptr == m_p)
                return QJsonValue(n);
            return d;
        }
        case Kind::End:
            break;
        }
        fail(QJsonParseError::IllegalValue);
    }

private:
    // The first quote, backslash or non-ASCII byte from `p` on, or a place before it: all
    // that a string's scan stops at. Sixteen bytes at a time while they last.
    const char *special(const char *p) const
    {
#ifdef __SSE2__
        while (m_end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i quoteOrBackslash = _mm_or_si128(
                _mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
            // A byte of 0x80 or more has its top bit set, as a match has.
            const unsigned stop = unsigned(_mm_movemask_epi8(_mm_or_si128(quoteOrBackslash, v)));
            if (stop != 0)
                return p + std::countr_zero(stop);
            p += 16;
        }
#endif
        return p;
    }

    // A key: plain ASCII without escapes, viewed where it is written; any other is decoded.
    QByteArrayView key()
    {
        if (const std::optional<std::string_view> k = plain())
            return QByteArrayView(k->data(), qsizetype(k->size()));
        m_key = string().toUtf8();
        return m_key;
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    // Any number, read as QJsonDocument reads one: a sign, a zero or digits, a point and
    // digits, an exponent, each optional, and then the whole of it must be a number (".5" and
    // "1." are, "-" and "1e" are not); its value.
    double number()
    {
        const char *from = m_p;
        auto digits = [this] {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p; // a leading zero is a number of its own: "01" is 0, then a stray 1
        else
            digits();
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            digits();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            digits();
        }
        if (m_p == m_end)
            fail(QJsonParseError::TerminationByNumber);
        double d = 0;
        const auto [ptr, ec] = std::from_chars(from, m_p, d);
        if (ec != std::errc() || ptr != m_p || !std::isfinite(d))
            fail(QJsonParseError::IllegalNumber); // not a number, or too large or small for a double
        return d;
    }

    void escape(QString &out)
    {
        if (++m_p == m_end)
            fail(QJsonParseError::UnterminatedString);
        const char e = *m_p++;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            return;
        case 'f':
            out += QLatin1Char('\f');
            return;
        case 'n':
            out += QLatin1Char('\n');
            return;
        case 'r':
            out += QLatin1Char('\r');
            return;
        case 't':
            out += QLatin1Char('\t');
            return;
        case 'u':
            out += QChar(hex4()); // halves of a pair are joined by QString; lone ones kept
            return;
        default:
            if (uchar(e) >= 0x80) {
                --m_p;
                fail(QJsonParseError::IllegalEscapeSequence);
            }
            out += QLatin1Char(e); // \" \\ \/, and any other letter stands for itself
            return;
        }
    }

    char16_t hex4()
    {
        if (m_end - m_p < 4)
            fail(QJsonParseError::IllegalEscapeSequence);
        char16_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v = char16_t(v << 4);
            if (c >= '0' && c <= '9')
                v |= char16_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char16_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char16_t(c - 'A' + 10);
            else
                fail(QJsonParseError::IllegalEscapeSequence);
        }
        return v;
    }

    QString utf8(QByteArrayView text, const char *at)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = decoder(text);
        if (decoder.hasError()) {
            m_p = at;
            fail(QJsonParseError::IllegalUTF8String);
        }
        return s;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    QByteArray m_key; // the last key that had to be decoded
};

} // namespace cvm::jsonscan
