#include "storage/secret.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace sw::storage {

namespace {

// sodium_init() must run once before sodium_malloc; it is itself thread-safe, the
// once_flag only saves the repeated calls.
void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            std::abort(); // no usable random source: refusing is the only safe choice
    });
}

} // namespace

Secret::Secret(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    // sodium_malloc puts guard pages around the block and locks it in RAM where allowed.
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        std::abort(); // out of memory for a few bytes: nothing sensible left to do
    sodium_memzero(m_data, size);
    m_size = size;
}

Secret Secret::fromBytes(const char* data, std::size_t size)
{
    Secret secret(size);
    if (size > 0)
        std::memcpy(secret.m_data, data, size);
    return secret;
}

Secret Secret::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

Secret Secret::takeFrom(QByteArray& bytes)
{
    Secret secret = fromBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
    return secret;
}

Secret::~Secret()
{
    release();
}

Secret::Secret(Secret&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void Secret::release()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data); // also wipes, but the explicit memzero documents the intent
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace sw::storage
