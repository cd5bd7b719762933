#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <optional>

namespace cvm::ui {

// The images the acting account can see (SPEC 4.1), in one region or all of them. Updates
// row by row from the workspace's change notifications; never resets on a change.
class ImageTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        TypeColumn,
        StateColumn,
        OsColumn,
        ArchitectureColumn,
        SizeColumn,
        RegionColumn,
        OwnerColumn,
        SharedColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ImageIdRole,
        ProgressRole
    };

    explicit ImageTableModel(const Workspace &workspace, QObject *parent = nullptr);

    void setActingAccount(const QString &accountId);
    const QString &actingAccount() const { return m_acting; }
    void setRegion(const QString &regionId); // empty: all regions
    const QString &region() const { return m_region; }

    QString imageIdAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &imageId) const;

    // Whether a row passes the filters: `foldedText` (case-folded, see foldForSearch) found
    // in the image's ID, name or OS, and the type and state when given. Reads keys kept
    // with the rows, so a keystroke over a hundred thousand rows builds no string.
    bool accepts(int row, QStringView foldedText, std::optional<ImageType> type,
                 std::optional<ImageState> state) const;
    static QString foldForSearch(const QString &text) { return text.toCaseFolded(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Models receive no LanguageChange: the window calls this after a switch.
    void retranslate();

private:
    void rebuild();
    void onChanged(const WorkspaceDelta &delta);
    bool belongs(const Image &image) const;
    static QString searchKey(const Image &image);

    const Workspace &m_ws;
    QString m_acting;
    QString m_region;
    QStringList m_ids;  // sorted: a row is found by binary search
    QStringList m_keys; // per row: ID, name and OS, case-folded, for the search
};

} // namespace cvm::ui
