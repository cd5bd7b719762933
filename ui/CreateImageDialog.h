#pragma once

#include <QDialog>
#include <memory>

namespace cvm::ui {

class Console;

// Create a custom image from one of the acting account's instances (I1, I2). For a Windows
// instance the four checks of the seed FAQ are listed with what to do about each failing one;
// going ahead despite failures needs a confirmation and ends CREATEFAILED.
class CreateImageDialog final : public QDialog
{
    Q_OBJECT

public:
    CreateImageDialog(Console &console, const QString &instanceId = QString(),
                      QWidget *parent = nullptr);
    ~CreateImageDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void create();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
