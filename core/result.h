#pragma once

// The one error convention of Shopwarden (ARCHITECTURE.md, "Error handling"):
// a function that can fail returns Result<T>. An Error carries a machine code
// for callers and tests and a translated, user-readable message for people.
// No exceptions cross a library boundary.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sw {

enum class ErrorCode {
    InvalidInput,      // a value the user typed or a file they chose is not acceptable
    WrongPassphrase,   // the passphrase does not open this database
    NotADatabase,      // the file is not a Shopwarden (SQLCipher) database, or is damaged
    SchemaTooNew,      // the database was written by a newer Shopwarden
    PermissionDenied,  // the signed-in user's roles do not allow this
    SeparationOfDuty,  // the rule "nobody approves their own work" refused it
    NotFound,          // the row or file does not exist (any more)
    Conflict,          // unique value already taken, or changed by someone else meanwhile
    IllegalTransition, // workflow status change not allowed from the current status
    AccountLocked,     // too many failed sign-ins
    BadCredentials,    // unknown login or wrong password (never says which)
    Io,                // file system
    Database,          // SQL error not caused by the user
    Network,           // server unreachable, timeout, TLS
    Cancelled,         // the user cancelled a long operation
    Internal,          // a bug: should never reach a user
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, complete sentence, safe to show (never holds secrets)
    QString detail;  // optional technical detail for logs (never secrets, never row data)
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { Q_ASSERT(ok()); return *m_value; }
    T& value() & { Q_ASSERT(ok()); return *m_value; }
    T&& value() && { Q_ASSERT(ok()); return std::move(*m_value); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { Q_ASSERT(!ok()); return *m_error; }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { Q_ASSERT(!ok()); return *m_error; }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace sw

// Propagates a failed Result<...> from the enclosing function.
#define SW_TRY(expr)                                                                              \
    do {                                                                                          \
        auto&& sw_try_result_ = (expr);                                                          \
        if (!sw_try_result_.ok())                                                                 \
            return sw_try_result_.error();                                                        \
    } while (false)
