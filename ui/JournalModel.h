#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>

namespace cvm::ui {

// The journal of the workspace, one row per entry in the order they were appended, growing
// as entries are appended. Texts are made at display time, in the current language.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        AccountColumn,
        ChannelColumn,
        ActionColumn,
        ParametersColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw values: the time, the texts otherwise
        EntryRole,                   // the entry's index in Workspace::journal()
        AccountIdRole,
        SuccessRole
    };

    explicit JournalModel(const Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const JournalEntry &entry(int row) const { return m_ws.journal().at(row); }
    const Workspace &workspace() const { return m_ws; }

    // The texts of the cells, shared with the details and the export.
    static QString parametersText(const JournalEntry &e);
    static QString channelName(const QString &channel);
    static QString timeText(const QDateTime &time);
    QString accountText(const QString &accountId) const;
    static QString outcomeText(const JournalEntry &e);

    // Re-words headers and cells after a language change (models get no LanguageChange).
    void retranslate();

private:
    void append(int index);

    const Workspace &m_ws;
    int m_rows = 0;
    int m_trimming = 0;
};

} // namespace cvm::ui
