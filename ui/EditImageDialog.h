#pragma once

#include <QDialog>
#include <memory>

namespace cvm::ui {

class Console;

// Edit the name and description of an image (M1–M3), with the limits shown as counters.
class EditImageDialog final : public QDialog
{
    Q_OBJECT

public:
    EditImageDialog(Console &console, const QString &imageId, QWidget *parent = nullptr);
    ~EditImageDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void save();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
