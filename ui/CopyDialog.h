#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Copy an image to other regions (C1–C6): a checklist of regions, each unavailable one with
// the rules' reason, the quota left per destination, the name of the copies.
// In guided mode (C7: give an image to another account in another region) the operator
// picks the account and one region; after the copy starts, guidedCopyStarted() tells the
// window which copy to share with whom once it is Normal.
class CopyDialog final : public OperationDialog
{
    Q_OBJECT

public:
    CopyDialog(Console &console, const QString &imageId, bool guided = false,
               QWidget *parent = nullptr);
    ~CopyDialog() override;

    bool isGuided() const;

Q_SIGNALS:
    void guidedCopyStarted(const QString &copyImageId, const QString &accountId);

private:
    void retranslate() override;
    void refresh() override;
    void rebuildAccounts();
    void copy();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
