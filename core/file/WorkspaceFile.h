#pragma once

#include "Records.h"
#include "Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace cvm {

// What a value in the file was expected to be; turned into words at display time.
enum class Expect
{
    Object,
    Array,
    String,
    NonEmptyString,
    Boolean,
    Integer,
    NonNegativeInteger,
    IntegerInRange, // allowed: the lowest and the highest
    Percent,
    Time,
    ImageId,
    InstanceId,
    SnapshotId,
    AccountId,
    RegionId,
    TaskId,
    OneOf,
    Unique // a value no other element of its list has (a pending change's sequence)
};

// One problem found while reading a file: data, made into text in the current language.
struct LoadProblem
{
    Q_DECLARE_TR_FUNCTIONS(cvm::LoadProblem)

public:
    enum class Kind
    {
        Unreadable,
        Syntax,
        NotAWorkspace,
        NewerVersion,
        Missing,
        Invalid,
        RepeatedKey // a key written twice in one object: which one was meant is not known
    };

    Kind kind = Kind::Invalid;
    QString path;  // e.g. images[42].ImageId, or the file name for Unreadable
    QString value; // the offending value as written in the file
    Expect expect = Expect::String;
    QStringList allowed; // for Expect::OneOf and Expect::IntegerInRange
    int line = 0;
    int column = 0;
    QString detail; // parser or system message
    // For Kind::Syntax: the QJsonParseError::ParseError, worded in the current language by
    // text() (Qt's own parser messages are English only).
    int syntaxError = 0;
    int version = 0;

    QString text() const;
    static QString expectation(Expect expect, const QStringList &allowed = {});
    static QString syntaxErrorText(int parseError);
};

struct LoadResult
{
    std::unique_ptr<Workspace> workspace;
    QList<LoadProblem> problems;
    int migratedFrom = 0; // the file's version when it was older than the current one

    bool ok() const { return workspace != nullptr && problems.isEmpty(); }
    QString errorText() const;
};

// The workspace file: JSON with a format marker and a version. Loading validates every
// value and names the path of a bad one; saving is atomic and keeps a backup.
class WorkspaceFile final
{
public:
    static constexpr int kVersion = 2;
    static QString formatMarker() { return QStringLiteral("cvm-image-console-workspace"); }

    static LoadResult load(const QString &fileName);
    static LoadResult fromJson(const QByteArray &json);
    static LoadResult fromObject(const QJsonObject &object);
    // A workspace with nothing in it (what a first pull fills).
    static std::unique_ptr<Workspace> blank();

    // The workspace as a JSON object (for tests, templates and small workspaces).
    static QJsonObject toObject(const Workspace &ws);
    // A new, empty workspace with the regions and policy of `ws` and only `accountId`.
    static LoadResult emptyLike(const Workspace &ws, const QString &accountId);
    // The file's text: the same bytes as QJsonDocument(toObject(ws)).toJson(Indented),
    // written directly (WorkspaceWriter.cpp), which is several times faster.
    static QByteArray toJson(const Workspace &ws);
    // The same text written to `device` piece by piece; false when a write failed.
    static bool write(const Workspace &ws, QIODevice &device);
    // Writes a new file and renames it over the old; the previous file is kept as
    // `<fileName>.bak`. Atomic: the
    // file is always one whole version, and the previous version exists on disk at every
    // instant (as `.bak`, or as `.bak.new` while the backup is being replaced).
    static bool save(const Workspace &ws, const QString &fileName, QString *error = nullptr);
    // The steps of a save after which a crash leaves something to check (tests).
    enum class SaveStep
    {
        Written,      // the new text is in a synced temporary file
        BackupLinked, // the current file also has the name `<fileName>.bak.new`
        Named,        // the new text is `<fileName>.saving`, not yet renamed over the file
        Committed     // the new text is the file; `.bak.new` not yet renamed to `.bak`
    };
    // A test seam: the hook is called at each step; false stops the save there and leaves the
    // files as a kill would.
    static void setSaveStepHook(std::function<bool(SaveStep)> hook);
    static QString backupFileName(const QString &fileName)
    {
        return fileName + QStringLiteral(".bak");
    }

    // The images of a DescribeImages answer ({"Response": {"ImageSet": …}}, {"ImageSet": …} or
    // a bare array), as seen by `accountId`: PRIVATE_IMAGE records become its own.
    // One image of a DescribeImages answer seen by `accountId` (its owner when PRIVATE_IMAGE,
    // the creator when SHARED_IMAGE); nullopt, with the problems at `path`, when it is not one.
    static std::optional<Image> describedImage(const QJsonObject &record, const QString &accountId,
                                               const QString &path, QList<LoadProblem> &problems);
    static QList<Image> parseDescribeImages(const QByteArray &json, const QString &accountId,
                                            QList<LoadProblem> *problems);

    // Line and column (1-based) of a byte offset.
    static std::pair<int, int> lineAndColumn(const QByteArray &data, int offset);

    static QJsonObject imageToJson(const Image &image);
    static QJsonObject instanceToJson(const Instance &instance);
    static QJsonObject taskToJson(const Task &task);
    static QJsonObject accountToJson(const Account &account);
    static QJsonObject snapshotToJson(const Snapshot &snapshot);
    static QJsonObject journalToJson(const JournalEntry &entry);
    static QString timeToString(const QDateTime &t);
};

} // namespace cvm
