#include "WorkspaceDelta.h"

#include <algorithm>

namespace cvm {
namespace {

template <typename T> QList<RecordChange<T>> invert(const QList<RecordChange<T>> &changes)
{
    QList<RecordChange<T>> out;
    out.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        out.append(RecordChange<T>{it->id, it->after, it->before});
    return out;
}

} // namespace

WorkspaceDelta WorkspaceDelta::inverted() const
{
    WorkspaceDelta d;
    d.images = invert(images);
    d.instances = invert(instances);
    d.snapshots = invert(snapshots);
    d.accounts = invert(accounts);
    d.tasks = invert(tasks);
    d.pending = invert(pending);
    return d;
}

QStringList WorkspaceDelta::addedImageIds() const
{
    QStringList out;
    for (const auto &c : images) {
        if (!c.before && c.after)
            out.append(c.id);
    }
    return out;
}

QStringList WorkspaceDelta::removedImageIds() const
{
    QStringList out;
    for (const auto &c : images) {
        if (c.before && !c.after)
            out.append(c.id);
    }
    return out;
}

QStringList WorkspaceDelta::changedImageIds() const
{
    QStringList out;
    for (const auto &c : images) {
        if (c.before && c.after)
            out.append(c.id);
    }
    return out;
}

} // namespace cvm
