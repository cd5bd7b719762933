#pragma once

#include <QLatin1String>

// Codes the console meets only as a client of the real cloud, spelled once: those the cloud
// answers and the endpoint (`imageconsole serve`, whose codes are in api/ApiCodes.h) never
// does, and the client's own codes for a call that got no answer from the cloud.
namespace cvm::cloud::codes {

// The cloud is too busy to answer: retried, as RequestLimitExceeded and InternalError are.
inline constexpr QLatin1String ServiceUnavailable("ServiceUnavailable");
// A DryRun call that would have passed (some actions answer so, others with a plain success).
inline constexpr QLatin1String DryRunOperation("DryRunOperation");

// Every code of a call that got no answer begins with this: the cloud gave no verdict.
inline constexpr QLatin1String ClientErrorPrefix("ClientError.");
inline constexpr QLatin1String ClientErrorNetwork("ClientError.NetworkError");
inline constexpr QLatin1String ClientErrorCertificate("ClientError.CertificateError");
inline constexpr QLatin1String ClientErrorCancelled("ClientError.Cancelled");

} // namespace cvm::cloud::codes
