#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// Imports the JSON that DescribeImages returned into the workspace, for a chosen account
// and region: the file's problems with their paths, or a preview of the images it holds.
// A refusal of the import (an image ID that exists with another owner or region) is shown
// inline and the dialog stays open.
class ImportDescribeImagesDialog final : public OperationDialog
{
    Q_OBJECT

public:
    ImportDescribeImagesDialog(Console &console, const QString &fileName,
                               QWidget *parent = nullptr);
    ~ImportDescribeImagesDialog() override;

private:
    void retranslate() override;
    void fillAccounts();
    void parse();
    void check();
    void import();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
