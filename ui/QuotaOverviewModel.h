#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>

namespace cvm::ui {

// Q1: for one account, in every region of the workspace, how many custom images it owns
// against the per-region quota (Policy::customImageQuotaPerRegion), how many places are
// left, and the images shared with it there, which do not count (S7).
class QuotaOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegionColumn,
        UsedColumn,
        LeftColumn,
        SharedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        RegionIdRole,
        PercentRole // on UsedColumn: the share of the quota in use, for a bar
    };

    explicit QuotaOverviewModel(const Workspace &workspace, QObject *parent = nullptr);

    void setAccount(const QString &accountId);
    const QString &account() const { return m_account; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Models receive no LanguageChange: the panel calls this after a switch.
    void retranslate();

private:
    void recount();
    void onChanged(const WorkspaceDelta &delta);
    void refreshAll();

    const Workspace &m_ws;
    bool m_workspaceGone = false;
    QString m_account;
    QHash<QString, int> m_sharedByRegion; // images shared with the account, per region
};

} // namespace cvm::ui
