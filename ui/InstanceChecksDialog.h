#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// The Windows checks of the acting account's Windows instances, as the operator finds them
// after logging in to fix them: ticking a check records that it now passes.
class InstanceChecksDialog final : public OperationDialog
{
    Q_OBJECT

public:
    InstanceChecksDialog(Console &console, const QString &instanceId = QString(),
                         QWidget *parent = nullptr);
    ~InstanceChecksDialog() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate() override;
    void refresh() override;
    void record();

    struct Private;
    std::unique_ptr<Private> d;
};

// Why an image failed to be created or imported, and what to do about it.
class DiagnoseDialog final : public QDialog
{
    Q_OBJECT

public:
    DiagnoseDialog(Console &console, const QString &imageId, QWidget *parent = nullptr);
    ~DiagnoseDialog() override;

private:
    void retranslate();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
