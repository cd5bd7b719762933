#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Work on many images at once: share them with the same accounts, cancel some accounts'
// access to all of them, or copy them to the same regions in one request. Each image's
// verdict shows before the operator confirms, and the change is made for all of them or for
// none, as core decides (Operations::modifySharePermissions, Operations::syncImages); one
// undo takes it back.
class BulkDialog final : public OperationDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Share,
        Cancel,
        Copy
    };

    BulkDialog(Console &console, Mode mode, const QStringList &imageIds,
               QWidget *parent = nullptr);
    ~BulkDialog() override;

    Mode mode() const;
    // The accounts to share with or cancel, and the regions to copy to, as the operator would
    // enter or tick them.
    void setAccounts(const QStringList &accountIds);
    void setRegions(const QStringList &regionIds);

private:
    void retranslate() override;
    void rebuildChoices();
    // Ticks these accounts (cancel) or regions (copy) in the check list, and no others.
    void tick(const QStringList &ids);
    void refresh() override;
    void apply();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
