#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <optional>

namespace cvm::ui {

// What the image table is narrowed to; an empty optional lets everything through.
struct ImageFilter
{
    QString text; // case-folded (ImageTableModel::foldForSearch), in the ID, name or OS
    std::optional<ImageType> type;
    std::optional<ImageState> state;
    std::optional<QString> platform; // Image::platform, e.g. "Ubuntu", "Windows"
    std::optional<QString> owner;    // an account ID; empty: Tencent Cloud's own images
    std::optional<Tag> tag;

    bool needsImage() const { return type || state || platform || owner || tag; }
    bool operator==(const ImageFilter &) const = default;
};

// The values the rows hold, to choose a filter from.
struct ImageFilterChoices
{
    QStringList platforms; // sorted
    QStringList owners;    // account IDs in ID order; an empty one for Tencent Cloud's images
    QList<Tag> tags;       // sorted by key, then value
};

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

    // Whether a row passes the filter. The text is looked for in keys kept with the rows, so
    // a keystroke over a hundred thousand rows builds no string; the image itself is looked
    // up only when another filter is set.
    bool accepts(int row, const ImageFilter &filter) const;
    // The platforms, owners and tags of the rows (the acting account's images in the region).
    ImageFilterChoices filterChoices() const;
    const Workspace &workspace() const { return m_ws; }
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
    bool m_workspaceGone = false;
};

} // namespace cvm::ui
