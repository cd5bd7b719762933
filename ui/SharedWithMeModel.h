#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace cvm::ui {

// For a recipient: the images other accounts share with it (SPEC 4.1, V1), each with who
// shares it and since when. Follows the workspace's changes; keeps its rows (and the view's
// selection) when only their contents change.
class SharedWithMeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        OwnerColumn,
        SinceColumn,
        RegionColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ImageIdRole,
        OwnerIdRole
    };

    explicit SharedWithMeModel(const Workspace &workspace, QObject *parent = nullptr);

    void setAccount(const QString &accountId);
    const QString &account() const { return m_account; }
    QString imageIdAt(int row) const { return m_ids.value(row); }
    // When the image was shared with the account (invalid when it is not).
    QDateTime sharedSince(const Image &image) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Models receive no LanguageChange: the panel calls this after a switch.
    void retranslate();

private:
    QStringList currentIds() const;
    void rebuild();
    void onChanged(const WorkspaceDelta &delta);

    const Workspace &m_ws;
    bool m_workspaceGone = false;
    QString m_account;
    QStringList m_ids; // sorted
};

} // namespace cvm::ui
