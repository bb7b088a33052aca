// sitrep/status.h — errors as values.
//
// Every library call that can fail returns a Status (or a Result<T>, which is
// a value or a Status). The library never throws across its boundary and
// never prints: the CLI and the server turn a Status into a message, an exit
// code or an HTTP status.
//
//   sitrep::Status s = sitrep::ReadInput(path, options, sink);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
#ifndef SITREP_STATUS_H_
#define SITREP_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sitrep {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIOError, kCorruption, kTooLarge, kUnsupported };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string_view m) { return Status(Code::kInvalidArgument, m); }
  static Status NotFound(std::string_view m) { return Status(Code::kNotFound, m); }
  static Status IOError(std::string_view m) { return Status(Code::kIOError, m); }
  static Status Corruption(std::string_view m) { return Status(Code::kCorruption, m); }
  static Status TooLarge(std::string_view m) { return Status(Code::kTooLarge, m); }
  static Status Unsupported(std::string_view m) { return Status(Code::kUnsupported, m); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>", or "OK".
  std::string ToString() const;
  // The same status with "<context>: " put before its message.
  Status WithContext(std::string_view context) const;

 private:
  Status(Code code, std::string_view message) : code_(code), message_(message) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that says why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace sitrep

#endif  // SITREP_STATUS_H_
