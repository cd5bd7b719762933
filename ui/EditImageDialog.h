#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Edit the name and description of an image (M1–M3), with the limits shown as counters.
class EditImageDialog final : public OperationDialog
{
    Q_OBJECT

public:
    EditImageDialog(Console &console, const QString &imageId, QWidget *parent = nullptr);
    ~EditImageDialog() override;

private:
    void retranslate() override;
    void refresh() override;
    void save();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
