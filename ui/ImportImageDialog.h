#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm {
struct ImageFileReport;
}

namespace cvm::ui {

class Console;

// Import an image file (P1–P4), as the seed's two preparations: the import permission of the
// acting account, and the image file, whose header the console reads itself (from disk or
// over HTTP) before the rules are asked.
class ImportImageDialog final : public OperationDialog
{
    Q_OBJECT

public:
    explicit ImportImageDialog(Console &console, QWidget *parent = nullptr);
    ~ImportImageDialog() override;

    // Reads the file at the location typed; over HTTP the answer arrives later.
    void readFile();

private:
    void retranslate() override;
    void refresh() override;
    void fillVersions();
    void showReport(const ImageFileReport &report);
    void import();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
