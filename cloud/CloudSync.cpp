#include "CloudSync.h"

#include "ApiService.h"

namespace cvm::cloud {

RefreshSummary layDown(Operations &operations, const PulledState &pulled)
{
    api::ApiService service(operations, api::ApiCredentials());
    return operations.refresh(
        pulled, [&service](const PendingChange &c) -> std::optional<PendingRefusal> {
            const api::ApiService::Performed out =
                service.perform(c.accountId, c.region, c.action, callParameters(c));
            if (out.ok())
                return std::nullopt;
            PendingRefusal why;
            why.code = out.errorCode;
            why.message = out.errorMessage;
            return why;
        });
}

} // namespace cvm::cloud
