#include "core/dns/nametable.h"

uint64_t NameTable::hash(std::string_view s)
{
    // FNV-1a, then a final mix so that the low bits used for the slot index are well spread.
    uint64_t h = 1469598103934665603ull;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
}

uint32_t NameTable::find(std::string_view wire) const
{
    if (m_slots.empty())
        return None;
    const size_t mask = m_slots.size() - 1;
    size_t i = hash(wire) & mask;
    while (const uint32_t s = m_slots[i]) {
        if (name(s - 1) == wire)
            return s - 1;
        i = (i + 1) & mask;
    }
    return None;
}

uint32_t NameTable::intern(std::string_view wire)
{
    if ((size() + 1) * 2 >= m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = hash(wire) & mask;
    while (const uint32_t s = m_slots[i]) {
        if (name(s - 1) == wire)
            return s - 1;
        i = (i + 1) & mask;
    }
    const uint32_t id = size();
    m_arena.append(wire);
    m_offsets.push_back(static_cast<uint32_t>(m_arena.size()));
    m_slots[i] = id + 1;
    return id;
}

void NameTable::grow()
{
    const size_t cap = m_slots.empty() ? 1024 : m_slots.size() * 2;
    std::vector<uint32_t> slots(cap, 0);
    const size_t mask = cap - 1;
    for (uint32_t id = 0; id < size(); ++id) {
        size_t i = hash(name(id)) & mask;
        while (slots[i])
            i = (i + 1) & mask;
        slots[i] = id + 1;
    }
    m_slots.swap(slots);
}

void NameTable::clear()
{
    m_arena.clear();
    m_offsets.assign(1, 0);
    m_slots.clear();
}

size_t NameTable::memoryBytes() const
{
    return m_arena.capacity() + m_offsets.capacity() * 4 + m_slots.capacity() * 4;
}
