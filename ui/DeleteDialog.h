#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Delete one or many images (D1–D5): per image its blockers and the way out, "cancel all
// sharing first" as an explicit confirmed step, the delete-snapshots option, and a typed
// confirmation when deleting several images or one that was shared.
class DeleteDialog final : public OperationDialog
{
    Q_OBJECT

public:
    DeleteDialog(Console &console, const QStringList &imageIds, QWidget *parent = nullptr);
    ~DeleteDialog() override;

private:
    void retranslate() override;
    void refresh() override;
    void cancelSharingFirst();
    void deleteImages();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
