#include "ViewFitting.h"

#include <QHeaderView>
#include <QListView>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <functional>

namespace cvm::ui {
namespace {

// List and tree views ask their delegate for an item's size without telling it the width it has
// (so that wrapped text never wraps, and a wrapped cell is cut to one line); this delegate lays
// the text out at the width of the list, or of the tree's column.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        int width = view ? widthFor(*view, index) : -1;
        if (width <= 0)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QStyle *style = view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        // The style takes the text's margins (and a decoration) from this width, not the check.
        if (o.features & QStyleOptionViewItem::HasCheckIndicator)
            width -= style->pixelMetric(QStyle::PM_IndicatorWidth, &o, view) + 2 * margin;
        width = qMax(width, 40);
        o.rect = QRect(0, 0, width, 1);
        o.features |= QStyleOptionViewItem::WrapText;
        const QSize hint = style->sizeFromContents(QStyle::CT_ItemViewItem, &o, QSize(), view);
        return {qMin(hint.width(), width), hint.height()};
    }

private:
    static int widthFor(const QAbstractItemView &view, const QModelIndex &index)
    {
        if (const auto *list = qobject_cast<const QListView *>(&view))
            return list->viewport()->width() - 2 * list->spacing();
        const auto *tree = qobject_cast<const QTreeView *>(&view);
        // A column sized to its contents asks for the width of its text on one line.
        if (!tree || !tree->wordWrap() ||
            tree->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
            return -1;
        int width = tree->isFirstColumnSpanned(index.row(), index.parent())
                        ? tree->viewport()->width()
                        : tree->columnWidth(index.column());
        if (index.column() == tree->treePosition() ||
            tree->isFirstColumnSpanned(index.row(), index.parent())) {
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            width -= depth * tree->indentation();
        }
        return width;
    }
};

} // namespace

void wrapItems(QListView *list)
{
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setResizeMode(QListView::Adjust); // lays the items out again when the width changes
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setItemDelegate(new WrappingDelegate(list));
}

void keepRowsFitting(QTreeView *tree, std::initializer_list<int> wrappedColumns)
{
    tree->setWordWrap(true);
    auto *wrapping = new WrappingDelegate(tree);
    for (int column : wrappedColumns)
        tree->setItemDelegateForColumn(column, wrapping);
    auto *again = new QTimer(tree);
    again->setSingleShot(true);
    again->setInterval(0);
    QObject::connect(again, &QTimer::timeout, tree, [tree] { tree->doItemsLayout(); });
    QObject::connect(tree->header(), &QHeaderView::sectionResized, again,
                     qOverload<>(&QTimer::start));
}

namespace {

// The last column stretches into the room left, but only while there is room: a stretched last
// column narrower than its texts elides them. Watches the view's width.
class StretchWhenRoom final : public QObject
{
public:
    StretchWhenRoom(QHeaderView *header, QWidget *viewport) : QObject(header), m_header(header)
    {
        setObjectName(QStringLiteral("stretchWhenRoom"));
        viewport->installEventFilter(this);
        m_viewport = viewport;
    }

    static StretchWhenRoom *of(QHeaderView *header, QWidget *viewport)
    {
        auto *found = header->findChild<QObject *>(QStringLiteral("stretchWhenRoom"),
                                                   Qt::FindDirectChildrenOnly);
        return found ? static_cast<StretchWhenRoom *>(found) : new StretchWhenRoom(header, viewport);
    }

    // The columns were just sized to their contents, the last one included.
    void fitted()
    {
        m_natural = m_header->sectionSize(last());
        apply(m_viewport->width());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Resize && m_natural >= 0)
            apply(static_cast<QResizeEvent *>(event)->size().width());
        return QObject::eventFilter(watched, event);
    }

private:
    int last() const { return m_header->logicalIndex(m_header->count() - 1); }

    void apply(int room)
    {
        const int others = m_header->length() - m_header->sectionSize(last());
        const bool stretch = others + m_natural <= room;
        if (stretch == m_header->stretchLastSection())
            return;
        m_header->setStretchLastSection(stretch);
        if (!stretch)
            m_header->resizeSection(last(), m_natural);
    }

    QHeaderView *m_header;
    QWidget *m_viewport = nullptr;
    int m_natural = -1;
};

void fitHeader(QHeaderView *header, QWidget *viewport, const std::function<void()> &resize)
{
    StretchWhenRoom *stretch = StretchWhenRoom::of(header, viewport);
    header->setStretchLastSection(false);
    resize();
    stretch->fitted();
}

} // namespace

void fitColumns(QTableView *table)
{
    fitHeader(table->horizontalHeader(), table->viewport(), [table] {
        table->resizeColumnsToContents();
    });
}

void fitColumns(QTreeView *tree)
{
    fitHeader(tree->header(), tree->viewport(), [tree] {
        for (int c = 0; c < tree->header()->count(); ++c)
            tree->resizeColumnToContents(c);
    });
}

} // namespace cvm::ui
