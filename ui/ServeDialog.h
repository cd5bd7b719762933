#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// File → Serve over API…: the address, port and credentials file of the Tencent Cloud API 3.0
// endpoint over the open workspace; the console's views follow what its clients change.
class ServeDialog final : public OperationDialog
{
    Q_OBJECT

public:
    explicit ServeDialog(Console &console, QWidget *parent = nullptr);
    ~ServeDialog() override;

private:
    void retranslate() override;
    void refresh() override;
    void start();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
