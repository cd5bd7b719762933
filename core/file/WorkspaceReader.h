#pragma once

#include "WorkspaceFile.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

// The one reader of the workspace file (WorkspaceReader.cpp): the text read in one pass
// straight into records, as the schema (WorkspaceSchema.cpp) lists their fields. Every value
// is checked; a problem is recorded with its path (images[42].ImageId), the value is passed
// over and reading goes on, so one pass reports every problem. A syntax error is reported
// with its line and column; nothing after it can be read with certainty.
namespace cvm {

// The workspace in `json`, or every problem with it. An older version of the format is
// migrated first. `release(offset)`, when given, is called now and then with the offset up to
// which the text has been read and will not be looked at again (the file's pages can go):
// with offsets that only grow, one call at a time, from the thread that indexes the records
// (so it must not touch what the reader's caller is using meanwhile, and must not throw).
LoadResult readWorkspace(const QByteArray &json,
                         const std::function<void(qsizetype)> &release = {});

// One image of a DescribeImages answer (Tencent's Image structure, no workspace fields).
Image readDescribeImagesRecord(const QJsonObject &record, const QString &path,
                               QList<LoadProblem> &problems);

// Any JSON text as a value, read by the same scanner as the workspace; nullopt, with the
// syntax error in `problem`, when it is not JSON.
std::optional<QJsonValue> readJsonText(const QByteArray &json, LoadProblem *problem);

// A time of the file: ISO 8601, UTC when it names no zone; invalid when it is not one.
QDateTime parseWorkspaceTime(const QString &text);
// Its quick path alone, for tests: the console's own form ("2026-11-23T07:25:27Z") as seconds
// since 1970; nullopt for a text it leaves to Qt's parser.
std::optional<qint64> quickWorkspaceTime(const QString &text);
// A JSON value as the file spells it, for messages.
QString shownJsonValue(const QJsonValue &value);

} // namespace cvm
