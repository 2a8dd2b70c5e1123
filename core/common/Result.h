#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tessera {

// Machine-readable reason for a failure; the message is what a user reads.
enum class ErrorCode {
    InvalidInput,      // the caller's data is wrong (bad range, empty name, unknown option)
    NotFound,          // a named document, code, theme or coder does not exist
    Conflict,          // would duplicate something that must be unique
    UnsupportedFormat, // a file type the importer does not read
    TooLarge,          // over a documented size limit
    NotAProject,       // an SQLite file (or other file) that is not a Tessera project
    Corrupt,           // a project or input file whose structure is damaged
    NewerVersion,      // a project written by a newer Tessera
    Io,                // the file system refused (missing file, no permission, disk full)
    Database,          // SQLite reported an unexpected error
    Cancelled,         // the user cancelled a long operation
};

QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message; // what failed, where, and what to do
};

// The value of a core call or the reason it failed. Core never throws across its API
// (DESIGN.md, Errors); callers test the result and show error().message.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace tessera
