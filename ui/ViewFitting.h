#pragma once

#include <initializer_list>

class QListView;
class QTableView;
class QTreeView;

namespace cvm::ui {

// Views whose texts fit the room they have, at any window size and in either language.

// The items of a list wrap at the list's width instead of running past its edge: each item is
// as tall as its text needs at the width the list has, again whenever that width changes.
void wrapItems(QListView *list);

// The texts of these columns of a tree wrap at the column's width, and their rows take their
// height again when a column or the tree changes width (a tree keeps the row heights of its first
// layout otherwise). The other columns keep their texts on one line.
void keepRowsFitting(QTreeView *tree, std::initializer_list<int> wrappedColumns);

// Every column as wide as its widest text and its header, the last one stretching into the room
// left if any; the view scrolls sideways when they are wider than it. Call it again when the texts
// change.
void fitColumns(QTableView *table);
void fitColumns(QTreeView *tree);

} // namespace cvm::ui
