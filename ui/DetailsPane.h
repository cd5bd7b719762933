#pragma once

#include <QTabWidget>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace cvm::ui {

class Console;

// What the acting account may know about one image: overview, sharing, copies and lineage,
// instances using it, and its history from the journal.
class DetailsPane final : public QTabWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(Console &console, QWidget *parent = nullptr);

    void showImage(const QString &imageId);
    const QString &imageId() const { return m_imageId; }
    void refresh();

private:
    void retranslate();
    void fillOverview();
    void fillSharing();
    void fillLineage();
    void fillInstances();
    void fillHistory();

    Console &m_console;
    QString m_imageId;
    QTreeWidget *m_overview = nullptr;
    QLabel *m_sharingNote = nullptr;
    QTableWidget *m_shares = nullptr;
    QTreeWidget *m_lineage = nullptr;
    QTableWidget *m_instances = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace cvm::ui
