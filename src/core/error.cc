#include "core/error.h"

namespace qtb {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "INVALID_ARGUMENT";
    case ErrorCode::kOutOfRange:
      return "OUT_OF_RANGE";
    case ErrorCode::kNotFound:
      return "NOT_FOUND";
    case ErrorCode::kAlreadyExists:
      return "ALREADY_EXISTS";
    case ErrorCode::kIoError:
      return "IO_ERROR";
    case ErrorCode::kDatabase:
      return "DATABASE";
    case ErrorCode::kValidation:
      return "VALIDATION";
    case ErrorCode::kConfig:
      return "CONFIG";
    case ErrorCode::kInternal:
      return "INTERNAL";
  }
  return "UNKNOWN";
}

}  // namespace qtb
