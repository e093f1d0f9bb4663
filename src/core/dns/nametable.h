#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Interns wire-form names: each distinct name gets a small id, stored once in one arena. An open
// addressing table keeps the cost near 12 bytes per name besides the text, which matters at a
// million owners.
class NameTable
{
public:
    static constexpr uint32_t None = 0xffffffffu;

    uint32_t intern(std::string_view wire);
    uint32_t find(std::string_view wire) const;
    std::string_view name(uint32_t id) const
    {
        return std::string_view(m_arena).substr(m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
    }
    uint32_t size() const { return static_cast<uint32_t>(m_offsets.size() - 1); }
    void clear();
    size_t memoryBytes() const;

private:
    static uint64_t hash(std::string_view s);
    void grow();

    std::string m_arena;
    std::vector<uint32_t> m_offsets { 0 };
    std::vector<uint32_t> m_slots; // id + 1, 0 = empty
};
