#include "WorkspaceDelta.h"

#include <QHash>

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

template <typename T>
void appendChanges(QList<RecordChange<T>> &to, const QList<RecordChange<T>> &later)
{
    if (later.isEmpty())
        return;
    QHash<QString, qsizetype> index;
    index.reserve(to.size());
    for (qsizetype i = 0; i < to.size(); ++i)
        index.insert(to.at(i).id, i);
    for (const RecordChange<T> &c : later) {
        if (const auto same = index.constFind(c.id); same != index.cend()) {
            to[*same].after = c.after; // before the first change, after the last
        } else {
            index.insert(c.id, to.size());
            to.append(c);
        }
    }
}

} // namespace

void WorkspaceDelta::append(const WorkspaceDelta &later)
{
    appendChanges(images, later.images);
    appendChanges(instances, later.instances);
    appendChanges(snapshots, later.snapshots);
    appendChanges(accounts, later.accounts);
    appendChanges(tasks, later.tasks);
    appendChanges(pending, later.pending);
}

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
