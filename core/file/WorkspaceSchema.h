#pragma once

#include "Cloud.h"
#include "Records.h"
#include "WorkspaceFile.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <cstring>
#include <optional>

// The records of the workspace file, each field listed once: its key, where it sits in the
// record, what kind of value it is, whether it is required, and when it is left out. The
// writer (WorkspaceWriter.cpp), the JSON objects of WorkspaceFile, the reader
// (WorkspaceReader.cpp), the DescribeImages import and the generator are all driven by these
// lists (WorkspaceSchema.cpp), the "cloud" section's as much as the others; a field's key is
// written nowhere else.
namespace cvm::schema {

enum class Type : quint8
{
    Text,     // QString; `expect` says what text is allowed (an ID, not empty, …)
    Integer,  // int, or std::optional<int>; `expect`: NonNegativeInteger or Percent
    Boolean,  // bool
    Time,     // QDateTime, written as ISO 8601 UTC ("" when invalid)
    Enum,     // one of a list of names
    TextList, // QStringList; `element` checks each
    Records,  // a list of nested records (`child`)
    Record,   // one nested record (`child`), or an optional one (absent: not written)
    Object    // any JSON object, kept as it is or converted (a map of arguments)
};

enum Flag : quint16
{
    Required = 1,       // a record without it is refused
    RequiredInFile = 2, // required in the workspace file, optional in a DescribeImages answer
    FileOnly = 4,       // a workspace field, not one of Tencent's: not read from DescribeImages
    OmitEmpty = 8,      // not written when empty (text, list, object), false, 0 or an invalid time
    Pooled = 16,        // a value many records repeat (regions, owners): read into one string
    Lenient = 32,       // a value of another kind is read as empty rather than refused
    NullInvalid = 64    // null is a value of the wrong kind, not an absent one
};

struct RecordSchema;

// One field of a record. The record is passed as an untyped pointer; the functions below
// were made for its type (WorkspaceSchema.cpp), and only those of the field's type are set.
struct Field
{
    QLatin1String key;
    Type type = Type::Text;
    Expect expect = Expect::String; // what a value must be (for Enum: OneOf, or String)
    quint16 flags = 0;
    // Text: whether a text is allowed (nullptr: any); derived from `expect`.
    bool (*valid)(const QString &) = nullptr;

    const QString &(*text)(const void *) = nullptr;
    void (*setText)(void *, QString &&) = nullptr;
    std::optional<int> (*integer)(const void *) = nullptr;
    void (*setInteger)(void *, int) = nullptr;
    bool (*boolean)(const void *) = nullptr;
    void (*setBoolean)(void *, bool) = nullptr;
    const QDateTime &(*time)(const void *) = nullptr;
    void (*setTime)(void *, QDateTime &&) = nullptr;
    // Enum: the value as an index into `names`; parse gives -1 for a name it does not know.
    int (*enumValue)(const void *) = nullptr;
    void (*setEnum)(void *, int) = nullptr;
    int (*parse)(const QString &) = nullptr;
    QString (*name)(int) = nullptr;
    QStringList allowed; // the names a message lists
    int notInFile = -1;  // a value only a DescribeImages answer may hold
    // TextList
    const QStringList &(*list)(const void *) = nullptr;
    void (*setList)(void *, QStringList &&) = nullptr;
    Expect element = Expect::String;
    bool (*elementValid)(const QString &) = nullptr;
    // Records and Record
    const RecordSchema *child = nullptr;
    qsizetype (*count)(const void *) = nullptr;
    const void *(*at)(const void *, qsizetype) = nullptr;
    void *(*append)(void *) = nullptr;
    // An optional record: `record` gives nullptr while it is absent, `mutableRecord` makes it.
    const void *(*record)(const void *) = nullptr;
    void *(*mutableRecord)(void *) = nullptr;
    bool (*isDefault)(const void *) = nullptr;
    // Object
    QJsonObject (*object)(const void *) = nullptr;
    void (*setObject)(void *, QJsonObject &&) = nullptr;

    // Written only when this holds (nullptr: always, as OmitEmpty allows).
    bool (*writtenIf)(const void *) = nullptr;
    // Read only when this holds of what was read before it (nullptr: always).
    bool (*readIf)(const void *) = nullptr;
    // Called when the file has no value for the field (or null).
    void (*whenAbsent)(void *) = nullptr;

    bool required(bool describeImages) const
    {
        return (flags & Required) || ((flags & RequiredInFile) && !describeImages);
    }
    bool has(Flag f) const { return flags & f; }
};

// A problem a record's own check finds once it has been read: at the field `key`, or inside
// it (`within`, e.g. "[2].Sequence"); the reader reports it as it reports the others.
struct CheckProblem
{
    QLatin1String key;
    QString within;
    QJsonValue value;
    Expect expect = Expect::String;
    QStringList allowed;
};

struct RecordSchema
{
    QList<Field> fields;    // in the order they are read and their problems reported
    QList<int> writeOrder;  // indexes of `fields` in the order of their keys (the file's order)
    void (*finish)(void *) = nullptr; // after every field has been read
    // What the fields cannot say one by one (numbers that must differ along a list, a value
    // that must make sense as a whole), checked after `finish`. A problem at a path that
    // already has one is not reported twice.
    void (*check)(const void *, QList<CheckProblem> &) = nullptr;
    quint64 requiredMask = 0;         // bit i: fields[i] is required in the workspace file
    quint64 hookMask = 0;             // bit i: fields[i] has readIf or whenAbsent

    // The index in `fields` of a key, or -1; `hint` is the index in writeOrder where the key
    // is likely to be (the one after the previous key of a file written in order).
    int find(const char *key, qsizetype size, int &hint) const
    {
        const int n = int(writeOrder.size());
        for (int tried = 0; tried < n; ++tried) {
            int w = hint + tried;
            if (w >= n)
                w -= n;
            const Field &f = fields.at(writeOrder.at(w));
            if (f.key.size() == size && std::memcmp(f.key.data(), key, size_t(size)) == 0) {
                hint = w + 1;
                return writeOrder.at(w);
            }
        }
        return -1;
    }
};

const RecordSchema &account();
const RecordSchema &region();
const RecordSchema &image();
const RecordSchema &instance();
const RecordSchema &snapshot();
const RecordSchema &task();
const RecordSchema &journalEntry();
const RecordSchema &policy();
const RecordSchema &cloud(); // a CloudRecord (core/cloud/Cloud.h)

// Whether a field is written for a record (the same for the file and for a JSON object).
bool isWritten(const Field &f, const void *record);
// A record as a JSON object (the values the file holds, in any order).
QJsonObject toJson(const RecordSchema &s, const void *record);

} // namespace cvm::schema
