#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Create a custom image from one of the acting account's instances (I1, I2). For a Windows
// instance the four checks of the seed FAQ are listed with what to do about each failing one;
// going ahead despite failures needs a confirmation and ends CREATEFAILED.
class CreateImageDialog final : public OperationDialog
{
    Q_OBJECT

public:
    CreateImageDialog(Console &console, const QString &instanceId = QString(),
                      QWidget *parent = nullptr);
    ~CreateImageDialog() override;

private:
    void retranslate() override;
    void refresh() override;
    void create();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
