#pragma once

#include "OperationDialog.h"

#include <memory>

namespace cvm::ui {

class Console;

// The acting account's list of trusted accounts (N4): check accounts of the workspace, or type
// an account ID to add; core's verdict on what is typed and on the list is shown inline.
class TrustedAccountsDialog final : public OperationDialog
{
    Q_OBJECT

public:
    explicit TrustedAccountsDialog(Console &console, QWidget *parent = nullptr);
    ~TrustedAccountsDialog() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate() override;
    void refresh() override;
    void addAccount();
    void save();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
