#pragma once

#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <functional>

namespace cvm {

// Makes new resource IDs in Tencent's form (prefix + 8 of [a-z0-9]). Seedable for tests.
class IdGenerator final
{
public:
    IdGenerator() : m_random(QRandomGenerator::securelySeeded()) {}
    explicit IdGenerator(quint32 seed) : m_random(seed) {}

    // A fresh ID for which `taken` answers false; IDs handed out earlier count as taken too.
    QString next(const QString &prefix, const std::function<bool(const QString &)> &taken)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (;;) {
            QString id = prefix;
            for (int i = 0; i < 8; ++i)
                id.append(QLatin1Char(alphabet[m_random.bounded(36)]));
            if (!m_issued.contains(id) && !taken(id)) {
                m_issued.insert(id);
                return id;
            }
        }
    }

private:
    QRandomGenerator m_random;
    QSet<QString> m_issued;
};

} // namespace cvm
