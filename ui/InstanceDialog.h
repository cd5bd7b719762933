#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Launch instances from an image, or reinstall one of the acting account's instances with
// it (N1–N4). An image shared by another account shows the platform's warning; one shared
// by an account that is not trusted needs an explicit confirmation.
class InstanceDialog final : public OperationDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Launch,
        Reinstall
    };

    InstanceDialog(Console &console, Mode mode, const QString &imageId, QWidget *parent = nullptr);
    ~InstanceDialog() override;

private:
    void retranslate() override;
    void refresh() override;
    void run();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
