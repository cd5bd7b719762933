#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

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

    // The texts of a row's time, channel, action, parameters and outcome cells and its raw
    // account ID, case-folded, joined, in UTF-8: what a text search looks in (account names
    // are matched separately, as they can change). Made once per entry and language, so that a
    // keystroke of search formats nothing; UTF-8 so that it is searched with memmem.
    const QByteArray &searchText(int row) const;
    // Whether row's search text holds `folded` (case-folded, in UTF-8).
    bool searchTextContains(int row, const QByteArray &folded) const;
    // The entry's time in milliseconds since the epoch, for sorting without a QVariant.
    qint64 timeKey(int row) const;

private:
    void append(int index);
    // Makes the search texts not made yet, a slice at a time while the console is idle, so
    // that not even the first keystroke of a search waits for them.
    void prepareSearchText();

    const Workspace &m_ws;
    int m_rows = 0;
    int m_trimming = 0;
    mutable std::vector<QByteArray> m_searchText; // by row; empty until first asked
    mutable std::vector<qint64> m_timeKey;     // by row; filled with the search text
    int m_prepared = 0; // rows before this one have their search text (unless retranslated)
    QTimer *m_prepare = nullptr;
};

} // namespace cvm::ui
