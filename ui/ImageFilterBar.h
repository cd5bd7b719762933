#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace cvm::ui {

class ImageFilterProxy;

// Search as you type (debounced) and the type and state filters of the image table.
class ImageFilterBar final : public QWidget
{
    Q_OBJECT

public:
    ImageFilterBar(ImageFilterProxy &proxy, QWidget *parent = nullptr);
    void clearSearch();
    // Ctrl+F: the search box, its text selected to type over.
    void focusSearch();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ImageFilterProxy &m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_state = nullptr;
    QTimer *m_delay = nullptr;
    QLabel *m_count = nullptr;
    void showCount();
};

} // namespace cvm::ui
