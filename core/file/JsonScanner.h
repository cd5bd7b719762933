#pragma once

// The JSON primitives of the quick workspace reader (WorkspaceFastReader.cpp): one pass over
// a text, strings decoded as they are met. A reader that meets anything it does not read with
// certainty gives up (throws GiveUp) and leaves the text to a validating reader.
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringDecoder>
#include <cstring>
#include <optional>
#include <string_view>

namespace cvm::fastjson {

struct GiveUp
{
};

[[noreturn]] inline void giveUp()
{
    throw GiveUp{};
}

// One pass over the text, with the primitives of JSON.
class Scanner
{
public:
    Scanner(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        space();
        return m_p < m_end ? *m_p : '\0';
    }
    void expect(char c)
    {
        if (peek() != c)
            giveUp();
        ++m_p;
    }
    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    // A key: plain ASCII without escapes (every key of the format is).
    QByteArrayView key()
    {
        expect('"');
        const char *from = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || uchar(*m_p) < 0x20 || uchar(*m_p) >= 0x80)
                giveUp();
            ++m_p;
        }
        if (m_p == m_end)
            giveUp();
        const QByteArrayView k(from, m_p - from);
        ++m_p;
        return k;
    }

    QString string()
    {
        expect('"');
        const char *from = m_p;
        bool ascii = true;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            const uchar c = uchar(*m_p);
            if (c < 0x20)
                giveUp();
            if (c >= 0x80)
                ascii = false;
            ++m_p;
        }
        if (m_p == m_end)
            giveUp();
        if (*m_p == '"') {
            const QByteArrayView text(from, m_p - from);
            ++m_p;
            return ascii ? QString::fromLatin1(text) : utf8(text);
        }
        // With escapes: the pieces between them decoded as they come.
        QString out = ascii ? QString::fromLatin1(QByteArrayView(from, m_p - from))
                            : utf8(QByteArrayView(from, m_p - from));
        while (true) {
            if (m_p == m_end)
                giveUp();
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return out;
            }
            if (c == '\\') {
                if (++m_p == m_end)
                    giveUp();
                const char e = *m_p++;
                switch (e) {
                case '"':
                    out += QLatin1Char('"');
                    break;
                case '\\':
                    out += QLatin1Char('\\');
                    break;
                case '/':
                    out += QLatin1Char('/');
                    break;
                case 'b':
                    out += QLatin1Char('\b');
                    break;
                case 'f':
                    out += QLatin1Char('\f');
                    break;
                case 'n':
                    out += QLatin1Char('\n');
                    break;
                case 'r':
                    out += QLatin1Char('\r');
                    break;
                case 't':
                    out += QLatin1Char('\t');
                    break;
                case 'u': {
                    const char16_t u = hex4();
                    if (QChar::isSurrogate(u))
                        giveUp(); // pairs and lone halves: left to Qt's reading of them
                    out += QChar(u);
                    break;
                }
                default:
                    giveUp();
                }
                continue;
            }
            const char *piece = m_p;
            bool pieceAscii = true;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
                const uchar b = uchar(*m_p);
                if (b < 0x20)
                    giveUp();
                if (b >= 0x80)
                    pieceAscii = false;
                ++m_p;
            }
            const QByteArrayView text(piece, m_p - piece);
            out += pieceAscii ? QString::fromLatin1(text) : utf8(text);
        }
    }

    // A string's bytes when it is plain ASCII without escapes (IDs, regions, names of
    // systems); otherwise nothing is read and the caller reads it with string().
    std::optional<std::string_view> plain()
    {
        if (peek() != '"')
            giveUp();
        const char *from = m_p + 1;
        const char *q = from;
        while (q < m_end && *q != '"') {
            const uchar c = uchar(*q);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return std::nullopt;
            ++q;
        }
        if (q == m_end)
            giveUp();
        m_p = q + 1;
        return std::string_view(from, size_t(q - from));
    }

    // A whole number as the format writes it: no fraction, no exponent, at most 15 digits.
    qint64 integer()
    {
        space();
        bool negative = false;
        if (m_p < m_end && *m_p == '-') {
            negative = true;
            ++m_p;
        }
        const char *from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const qsizetype digits = m_p - from;
        if (digits == 0 || digits > 15 || (digits > 1 && *from == '0'))
            giveUp();
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            giveUp();
        // Counted before adding up: 15 digits cannot overflow, more would.
        qint64 n = 0;
        for (const char *d = from; d < m_p; ++d)
            n = n * 10 + (*d - '0');
        return negative ? -n : n;
    }

    bool boolean()
    {
        space();
        if (literal("true"))
            return true;
        if (literal("false"))
            return false;
        giveUp();
    }

    // Calls `each(key)` for every member of an object; `each` reads the value.
    template <typename Each> void object(Each &&each)
    {
        expect('{');
        if (peek() == '}') {
            ++m_p;
            return;
        }
        while (true) {
            const QByteArrayView k = key();
            expect(':');
            space();
            each(k);
            const char c = peek();
            ++m_p;
            if (c == '}')
                return;
            if (c != ',')
                giveUp();
        }
    }

    // Calls `each()` for every element of an array; `each` reads the element.
    template <typename Each> void array(Each &&each)
    {
        expect('[');
        if (peek() == ']') {
            ++m_p;
            return;
        }
        while (true) {
            space();
            each();
            const char c = peek();
            ++m_p;
            if (c == ']')
                return;
            if (c != ',')
                giveUp();
        }
    }

    // A value whose content does not matter (an unknown key's), checked for syntax.
    void skip()
    {
        switch (peek()) {
        case '{':
            object([this](QByteArrayView) { skip(); });
            return;
        case '[':
            array([this] { skip(); });
            return;
        case '"':
            string();
            return;
        case 't':
        case 'f':
            boolean();
            return;
        case 'n':
            if (!literal("null"))
                giveUp();
            return;
        default:
            number();
            return;
        }
    }

    // Any JSON object (a journal entry's parameters), as Qt reads it.
    QJsonObject jsonObject()
    {
        if (peek() != '{')
            giveUp();
        const char *from = m_p;
        skip();
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromRawData(from, m_p - from), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            giveUp();
        return doc.object();
    }

private:
    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    // Any number, for skipping: the JSON grammar, checked.
    void number()
    {
        const char *from = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        auto digits = [this] {
            const char *d = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p - d;
        };
        if (digits() == 0)
            giveUp();
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (digits() == 0)
                giveUp();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (digits() == 0)
                giveUp();
        }
        if (m_p == from)
            giveUp();
    }

    char16_t hex4()
    {
        if (m_end - m_p < 4)
            giveUp();
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
                giveUp();
        }
        return v;
    }

    static QString utf8(QByteArrayView text)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = decoder(text);
        if (decoder.hasError())
            giveUp();
        return s;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace cvm::fastjson
