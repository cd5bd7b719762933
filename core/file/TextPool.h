#pragma once

#include <QString>
#include <QtGlobal>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cvm {

// Shared strings for values many records repeat (fields marked schema::Pooled: regions,
// owners, systems, zones, share recipients; and enumeration names): one QString for all the
// records that hold the same text, checked once. A hundred thousand images in twenty regions
// then hold twenty region strings, not a hundred thousand. Kept by their bytes in one
// open-addressing table: a file of a hundred thousand images looks up about two million
// values in it, and a node-based map's general hashing and pointer chasing took a tenth of
// the reading thread's time.
class TextPool
{
public:
    struct Slot
    {
        quint64 hash = 0;
        bool used = false;
        std::string key;
        QString value;
        // The check the text passed or failed last (a field's `valid`), so that each text
        // is checked once, not at each of its thousands of records.
        bool (*checkedWith)(const QString &) = nullptr;
        bool valid = false;
    };

    Slot &get(std::string_view text)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const quint64 h = hash(text);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot.used = true;
                slot.hash = h;
                slot.key.assign(text);
                slot.value = QString::fromLatin1(text.data(), qsizetype(text.size()));
                ++m_count;
                return slot;
            }
            if (slot.hash == h && slot.key == text)
                return slot;
        }
    }

private:
    // Eight bytes at a time, each mixed in (the pooled texts are short: IDs, regions, names).
    static quint64 hash(std::string_view text)
    {
        auto mix = [](quint64 h, quint64 w) {
            h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
            return h ^ (h >> 31);
        };
        quint64 h = 0x9e3779b97f4a7c15ULL ^ text.size();
        size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            quint64 w;
            std::memcpy(&w, text.data() + i, 8);
            h = mix(h, w);
        }
        if (i < text.size()) {
            quint64 w = 0;
            std::memcpy(&w, text.data() + i, text.size() - i);
            h = mix(h, w);
        }
        return h ^ (h >> 29);
    }

    void grow()
    {
        std::vector<Slot> old =
            std::exchange(m_slots, std::vector<Slot>(qMax<size_t>(64, m_slots.size() * 2)));
        const size_t mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (m_slots[i].used)
                i = (i + 1) & mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace cvm
