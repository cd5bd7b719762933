#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace cvm::ui {

class ImageFilterProxy;
class ImageTableModel;

// Search as you type (debounced), the number of matching images, and the filters of the image
// table: region, type, state, platform, owner and tag. The platform, owner and tag lists offer
// what the table's images hold (refreshed as images come and go, and when a list opens); a
// chosen value stays offered while no image holds it, so that a filter never silently drops.
// The region is the window's: choosing one here asks for it (regionChosen), and the window
// shows the region it is in with showRegion().
class ImageFilterBar final : public QWidget
{
    Q_OBJECT

public:
    ImageFilterBar(ImageFilterProxy &proxy, QWidget *parent = nullptr);
    void clearSearch();
    // Ctrl+F: the search box, its text selected to type over.
    void focusSearch();
    // The region the table shows (empty: all regions), without asking for it again.
    void showRegion(const QString &regionId);
    // Offers the platforms, owners and tags of the table's images now.
    void refreshChoices();

Q_SIGNALS:
    void regionChosen(const QString &regionId);

private:
    void retranslate();
    void fillRegions();
    void showCount();
    ImageTableModel *images() const;

    ImageFilterProxy &m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QTimer *m_delay = nullptr;
    QTimer *m_choicesDelay = nullptr;
    QLabel *m_count = nullptr;
    QString m_shownRegion;
};

} // namespace cvm::ui
