#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>

namespace cvm::ui {

// The journal of the workspace, one row per entry, growing as entries are appended.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AccountColumn, ChannelColumn, ActionColumn, ParametersColumn, OutcomeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EntryRole, AccountIdRole, SuccessRole };

    explicit JournalModel(const Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const JournalEntry &entry(int row) const { return m_ws.journal().at(row); }
    static QString parametersText(const JournalEntry &e);
    void retranslate();

private:
    const Workspace &m_ws;
    int m_rows = 0;
};

} // namespace cvm::ui
