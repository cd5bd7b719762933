#pragma once

#include <QDialog>
#include <memory>

namespace cvm::ui {

class Console;

// The workspace check as a dialog: every rule the workspace breaks, computed when opened and
// on "Check again"; activating a finding selects the images involved in the main window.
class CheckDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CheckDialog(Console &console, QWidget *parent = nullptr);
    ~CheckDialog() override;

Q_SIGNALS:
    // The image IDs of the activated finding.
    void itemsActivated(const QStringList &ids);

private:
    void retranslate();
    void runCheck();
    void fill();
    void updateShowButton();
    QStringList currentImages() const;
    void activateCurrent();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
