#pragma once

class QListView;
class QTableView;
class QTreeView;

namespace cvm::ui {

// Views whose texts fit the room they have, at any window size and in either language.

// The items of a list wrap at the list's width instead of running past its edge: each item is
// as tall as its text needs at the width the list has, again whenever that width changes.
void wrapItems(QListView *list);

// A tree's word-wrapped rows take their height again when a column or the tree changes width
// (a tree keeps the row heights of its first layout otherwise).
void keepRowsFitting(QTreeView *tree);

// Every column as wide as its widest text and its header, the last one stretching into the rest;
// the view scrolls sideways when they are wider than it. Call it again when the texts change.
void fitColumns(QTableView *table);
void fitColumns(QTreeView *tree);

} // namespace cvm::ui
