#pragma once

#include "Cloud.h"
#include "Records.h"

#include <QList>
#include <optional>

namespace cvm {

// One record before and after a change; a missing side means "absent".
template <typename T> struct RecordChange
{
    QString id;
    std::optional<T> before;
    std::optional<T> after;
    bool operator==(const RecordChange &) const = default;
};

// Everything one operation changed. Applying `inverted()` restores the exact previous state,
// which is how undo and redo work: one mechanism for every operation.
struct WorkspaceDelta
{
    QList<RecordChange<Image>> images;
    QList<RecordChange<Instance>> instances;
    QList<RecordChange<Snapshot>> snapshots;
    QList<RecordChange<Account>> accounts;
    QList<RecordChange<Task>> tasks;
    // Changes waiting to be applied in the cloud (a connected workspace), by sequence.
    QList<RecordChange<PendingChange>> pending;

    bool isEmpty() const
    {
        return images.isEmpty() && instances.isEmpty() && snapshots.isEmpty() &&
               accounts.isEmpty() && tasks.isEmpty() && pending.isEmpty();
    }
    WorkspaceDelta inverted() const;
    // This change followed by `later`, as one: a record both touch goes from its state before
    // this one to its state after `later`.
    void append(const WorkspaceDelta &later);
    QStringList addedImageIds() const;
    QStringList removedImageIds() const;
    QStringList changedImageIds() const;
    bool operator==(const WorkspaceDelta &) const = default;
};

} // namespace cvm
