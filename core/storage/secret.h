#pragma once

// A passphrase or key in memory that is locked against swapping where the OS
// allows and wiped when it goes out of scope. Move-only so no stray copies exist.

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace sw::storage {

class Secret
{
public:
    Secret() = default;
    explicit Secret(std::size_t size);              // zero-filled
    static Secret fromUtf8(const QString& text);   // caller should clear its QString afterwards
    static Secret fromBytes(const char* data, std::size_t size);
    // Takes the bytes and wipes the source array in place.
    static Secret takeFrom(QByteArray& bytes);
    ~Secret();

    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace sw::storage
