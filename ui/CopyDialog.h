#pragma once

#include <QDialog>
#include <memory>

namespace cvm::ui {

class Console;

// Copy an image to other regions (C1–C6): a checklist of regions, each unavailable one with
// the rules' reason, the quota left per destination, the name of the copies.
// In guided mode (C7: give an image to another account in another region) the operator
// picks the account and one region; after the copy starts, guidedCopyStarted() tells the
// window which copy to share with whom once it is Normal.
class CopyDialog final : public QDialog
{
    Q_OBJECT

public:
    CopyDialog(Console &console, const QString &imageId, bool guided = false,
               QWidget *parent = nullptr);
    ~CopyDialog() override;

    bool isGuided() const;

Q_SIGNALS:
    void guidedCopyStarted(const QString &copyImageId, const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void rebuildAccounts();
    void copy();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
