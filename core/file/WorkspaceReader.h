#pragma once

#include "WorkspaceFile.h"

#include <QJsonObject>
#include <memory>

// The reading half of the workspace file: every value validated with the path of a bad one.
namespace cvm {

std::unique_ptr<Workspace> readWorkspace(const QJsonObject &root, int &migratedFrom,
                                         QList<LoadProblem> &problems);
// One image of a DescribeImages answer (Tencent's Image structure, no workspace fields).
Image readDescribeImagesRecord(const QJsonObject &record, const QString &path,
                               QList<LoadProblem> &problems);
// A time of the file: ISO 8601, UTC when it names no zone; invalid when it is not one.
QDateTime parseWorkspaceTime(const QString &text);
// A JSON value as the file spells it, for messages.
QString shownJsonValue(const QJsonValue &value);

} // namespace cvm
