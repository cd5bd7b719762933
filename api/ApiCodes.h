#pragma once

#include "RuleIds.h"

// The error codes the API endpoint answers, spelled once. `api::codes::X` names every one of
// them: the codes below, which only the endpoint answers (the signature, the request, its
// parameters, the server), and through the using-directive the rules' own codes
// (`cvm::codes`, core/rules/RuleIds.h), which a refusal carries as its data. A code is declared
// in one of the two places, never both. docs/api.md lists them (a test holds it to `kAll`).
namespace cvm::api::codes {

using namespace ::cvm::codes;

inline constexpr QLatin1String AuthFailureInvalidAuthorization("AuthFailure.InvalidAuthorization");
inline constexpr QLatin1String AuthFailureSecretIdNotFound("AuthFailure.SecretIdNotFound");
inline constexpr QLatin1String AuthFailureSignatureExpire("AuthFailure.SignatureExpire");
inline constexpr QLatin1String AuthFailureSignatureFailure("AuthFailure.SignatureFailure");
inline constexpr QLatin1String InternalError("InternalError");
inline constexpr QLatin1String InvalidAction("InvalidAction");
inline constexpr QLatin1String InvalidFilter("InvalidFilter");
inline constexpr QLatin1String InvalidFilterValueLimitExceeded("InvalidFilterValue.LimitExceeded");
inline constexpr QLatin1String InvalidParameter("InvalidParameter");
inline constexpr QLatin1String InvalidParameterInvalidParameterCoexistImageIdsFilters(
    "InvalidParameter.InvalidParameterCoexistImageIdsFilters");
inline constexpr QLatin1String
    InvalidParameterValueInvalidBootMode("InvalidParameterValue.InvalidBootMode");
inline constexpr QLatin1String
    InvalidParameterValueInvalidLicenseType("InvalidParameterValue.InvalidLicenseType");
inline constexpr QLatin1String NoSuchVersion("NoSuchVersion");
inline constexpr QLatin1String RequestLimitExceeded("RequestLimitExceeded");
inline constexpr QLatin1String RequestSizeLimitExceeded("RequestSizeLimitExceeded");
inline constexpr QLatin1String UnknownParameter("UnknownParameter");
inline constexpr QLatin1String UnsupportedProtocol("UnsupportedProtocol");

// Every code above, in their order.
inline constexpr QLatin1String kAll[] = {
    AuthFailureInvalidAuthorization,
    AuthFailureSecretIdNotFound,
    AuthFailureSignatureExpire,
    AuthFailureSignatureFailure,
    InternalError,
    InvalidAction,
    InvalidFilter,
    InvalidFilterValueLimitExceeded,
    InvalidParameter,
    InvalidParameterInvalidParameterCoexistImageIdsFilters,
    InvalidParameterValueInvalidBootMode,
    InvalidParameterValueInvalidLicenseType,
    NoSuchVersion,
    RequestLimitExceeded,
    RequestSizeLimitExceeded,
    UnknownParameter,
    UnsupportedProtocol,
};

} // namespace cvm::api::codes
