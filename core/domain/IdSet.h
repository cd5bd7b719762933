#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <algorithm>
#include <cstring>

namespace cvm {

// A set of IDs that holds a few most of the time: the copies of one image, an owner's images
// in one region, the instances of one image. Up to kSmall IDs are kept in a list and looked
// through; beyond that, in a hash set. A QSet<QString> takes about 1.4 KB as soon as it
// holds one ID (a whole bucket span); the list, about a hundred bytes. A workspace of a
// hundred thousand images has tens of thousands of such sets.
class IdSet
{
public:
    static constexpr qsizetype kSmall = 16;

    void insert(const QString &id)
    {
        if (m_set.isEmpty()) {
            if (inList(id))
                return;
            if (m_list.size() < kSmall) {
                m_list.append(id);
                return;
            }
            m_set = QSet<QString>(m_list.cbegin(), m_list.cend());
            m_list = {};
        }
        m_set.insert(id);
    }
    void remove(const QString &id)
    {
        if (m_set.isEmpty())
            m_list.removeOne(id);
        else
            m_set.remove(id);
    }
    bool contains(const QString &id) const
    {
        return m_set.isEmpty() ? inList(id) : m_set.contains(id);
    }
    bool isEmpty() const { return m_list.isEmpty() && m_set.isEmpty(); }
    qsizetype size() const { return m_set.isEmpty() ? m_list.size() : m_set.size(); }
    QSet<QString> toSet() const
    {
        return m_set.isEmpty() ? QSet<QString>(m_list.cbegin(), m_list.cend()) : m_set;
    }

private:
    // Equality by bytes, not QStringList::contains or ==, which order the strings they
    // compare (Qt 6.4) and cost several times more; a file's worth of inserts looks through
    // every list.
    bool inList(const QString &id) const
    {
        const qsizetype n = id.size();
        return std::any_of(m_list.cbegin(), m_list.cend(), [&id, n](const QString &x) {
            return x.size() == n &&
                   std::memcmp(x.constData(), id.constData(), size_t(n) * sizeof(QChar)) == 0;
        });
    }

    QList<QString> m_list; // while the set is small
    QSet<QString> m_set;   // once it has grown past kSmall
};

} // namespace cvm
