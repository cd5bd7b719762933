#include "WorkspaceFile.h"
#include "Cloud.h"

#include "Ids.h"
#include "WorkspaceKeys.h"
#include "WorkspaceReader.h"
#include "WorkspaceSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/mman.h>
#include <unistd.h>

namespace cvm {

namespace {

// While a large file is read, the heap is reserved 64 MiB at a time rather than a few pages at
// a time. Reading 100k images makes about 200 MB of small records on two threads, and glibc
// grew the indexing thread's heap only as far as each allocation needed: about 7,000 mprotect
// calls, each holding the memory map while the reading thread faulted pages in. A page still
// takes memory only when first used. Afterwards glibc's default pad (128 KiB) is back, so
// memory freed later is given back to the system as before. (Setting a pad also fixes glibc's
// mmap threshold at its default, 128 KiB, for the rest of the process: larger blocks are then
// always mapped, and given back as soon as they are freed.) Nothing on a C library other than
// glibc.
class LargeHeapSteps
{
public:
    LargeHeapSteps()
    {
#ifdef __GLIBC__
        ::mallopt(M_TOP_PAD, 64 << 20);
#endif
    }
    ~LargeHeapSteps()
    {
#ifdef __GLIBC__
        ::mallopt(M_TOP_PAD, 128 << 10);
#endif
    }
    LargeHeapSteps(const LargeHeapSteps &) = delete;
    LargeHeapSteps &operator=(const LargeHeapSteps &) = delete;
};

} // namespace

LoadResult WorkspaceFile::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        LoadProblem p;
        p.kind = LoadProblem::Kind::Unreadable;
        p.path = QFileInfo(fileName).fileName();
        p.detail = file.errorString();
        result.problems.append(p);
        return result;
    }
    // The reader reads the file where the system maps it, without a copy (a tenth of the time
    // of a large file); records keep no pointer into it. The pages already read are given back
    // as reading goes on, so a large file is not held whole beside its records. The console
    // and the server replace the file by renaming, never by truncating it under a reader.
    if (const qint64 size = file.size(); size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            std::optional<LargeHeapSteps> steps;
            if (size >= (qint64(16) << 20))
                steps.emplace();
            // Called in the order of the file, each time from where the last call ended.
            const std::function<void(qsizetype)> release =
                [mapped, page = qsizetype(::sysconf(_SC_PAGESIZE)),
                 given = qsizetype(0)](qsizetype upTo) mutable {
                    if (const qsizetype whole = upTo / page * page; whole > given) {
                        ::madvise(mapped + given, size_t(whole - given), MADV_DONTNEED);
                        given = whole;
                    }
                };
            LoadResult result = readWorkspace(
                QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size), release);
            file.unmap(mapped);
            return result;
        }
    }
    return readWorkspace(file.readAll());
}

std::pair<int, int> WorkspaceFile::lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    const int end = qMin(offset, int(data.size()));
    for (int i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(data.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

LoadResult WorkspaceFile::fromJson(const QByteArray &json)
{
    return readWorkspace(json);
}

LoadResult WorkspaceFile::fromObject(const QJsonObject &object)
{
    return readWorkspace(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString WorkspaceFile::timeToString(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject WorkspaceFile::imageToJson(const Image &img)
{
    return schema::toJson(schema::image(), &img);
}

QJsonObject WorkspaceFile::instanceToJson(const Instance &i)
{
    return schema::toJson(schema::instance(), &i);
}

QJsonObject WorkspaceFile::taskToJson(const Task &t)
{
    return schema::toJson(schema::task(), &t);
}

QJsonObject WorkspaceFile::journalToJson(const JournalEntry &e)
{
    return schema::toJson(schema::journalEntry(), &e);
}

namespace {

template <typename T, typename ToJson>
QJsonArray sortedArray(const QHash<QString, T> &records, ToJson toJson)
{
    QStringList keys = records.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray a;
    for (const QString &k : std::as_const(keys))
        a.append(toJson(records.value(k)));
    return a;
}

} // namespace

std::unique_ptr<Workspace> WorkspaceFile::blank()
{
    return std::move(fromObject(QJsonObject{{key::Format, formatMarker()},
                                            {key::Version, kVersion},
                                            {key::Accounts, QJsonArray()},
                                            {key::Regions, QJsonArray()},
                                            {key::Images, QJsonArray()}})
                         .workspace);
}

QJsonObject WorkspaceFile::accountToJson(const Account &a)
{
    return schema::toJson(schema::account(), &a);
}

QJsonObject WorkspaceFile::snapshotToJson(const Snapshot &s)
{
    return schema::toJson(schema::snapshot(), &s);
}

QJsonObject WorkspaceFile::toObject(const Workspace &ws)
{
    QJsonObject root;
    root.insert(key::Format, formatMarker());
    root.insert(key::Version, kVersion);
    if (!ws.name().isEmpty())
        root.insert(key::Name, ws.name());
    root.insert(key::Policy, schema::toJson(schema::policy(), &ws.policy()));
    QJsonArray accounts;
    for (const Account &a : ws.accounts())
        accounts.append(accountToJson(a));
    root.insert(key::Accounts, accounts);
    QJsonArray regions;
    for (const Region &r : ws.regions())
        regions.append(schema::toJson(schema::region(), &r));
    root.insert(key::Regions, regions);
    root.insert(key::Images, sortedArray(ws.images(), imageToJson));
    root.insert(key::Instances, sortedArray(ws.instances(), instanceToJson));
    root.insert(key::Snapshots, sortedArray(ws.snapshots(), snapshotToJson));
    root.insert(key::Tasks, sortedArray(ws.tasks(), taskToJson));
    QJsonArray journal;
    for (const JournalEntry &e : ws.journal())
        journal.append(journalToJson(e));
    root.insert(key::Journal, journal);
    if (ws.cloud().isLinked() || !ws.pending().isEmpty()) {
        const CloudRecord cloud{ws.cloud(), ws.pendingList()};
        root.insert(key::Cloud, schema::toJson(schema::cloud(), &cloud));
    }
    return root;
}

LoadResult WorkspaceFile::emptyLike(const Workspace &ws, const QString &accountId)
{
    QJsonObject root = toObject(ws);
    QJsonArray accounts;
    if (const Account *own = ws.account(accountId)) {
        Account account = *own;
        account.trustedAccountIds.clear();
        accounts.append(accountToJson(account));
    }
    root.remove(key::Name);
    root.insert(key::Accounts, accounts);
    for (QLatin1String k : {key::Images, key::Instances, key::Snapshots, key::Tasks, key::Journal})
        root.insert(k, QJsonArray());
    return fromObject(root);
}

namespace {

QString saveProblem(const char *text, const QString &arg)
{
    return QCoreApplication::translate("cvm::LoadProblem", text).arg(arg);
}

// Makes what was renamed in `directory` durable: without it a rename can be lost on power
// failure even though the file's own data was synced.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// The new text of a file, written where nobody sees it and given the file's name in two steps
// of the console's own. It is written to an unnamed file in the file's folder (O_TMPFILE;
// where the file system has none, to `<file>.saving` itself), synced, linked as
// `<file>.saving`, and renamed over the file. A kill leaves nothing, or — between the link
// and the rename — `<file>.saving`, a whole new version under a name that is the console's
// alone, which the next save removes. Saves in one folder take turns (a lock on the folder),
// so that two processes saving one file never write the same name at once.
class NewText final
{
public:
    NewText(const QString &target, const QString &directory)
        : m_target(QFile::encodeName(target)),
          m_saving(QFile::encodeName(target + QStringLiteral(".saving"))),
          m_directory(QFile::encodeName(directory))
    {}
    ~NewText()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (m_named && !m_abandoned)
            ::unlink(m_saving.constData()); // written but not committed: not a version
        if (m_dir >= 0)
            ::close(m_dir); // and the folder's lock with it
    }
    Q_DISABLE_COPY_MOVE(NewText)

    bool open(int mode)
    {
        m_dir = ::open(m_directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_dir < 0 || ::flock(m_dir, LOCK_EX) != 0)
            return false;
        ::unlink(m_saving.constData()); // a leftover of a save that was killed
        m_fd = ::open(m_directory.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
        if (m_fd < 0) {
            m_fd = ::open(m_saving.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
            m_named = m_fd >= 0;
        }
        if (m_fd < 0)
            return false;
        ::fchmod(m_fd, mode); // the umask does not decide the workspace's permissions
        return m_file.open(m_fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    }
    QIODevice &device() { return m_file; }
    bool sync()
    {
        if (!m_file.flush())
            return false;
        m_file.close();
        return ::fsync(m_fd) == 0;
    }
    // Gives the new text the file's name.
    bool commit(const std::function<bool()> &afterLink)
    {
        if (!m_named) {
            const QByteArray proc = "/proc/self/fd/" + QByteArray::number(m_fd);
            if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, m_saving.constData(),
                         AT_SYMLINK_FOLLOW) != 0)
                return false;
            m_named = true;
        }
        if (!afterLink())
            return m_abandoned = true, false;
        if (::rename(m_saving.constData(), m_target.constData()) != 0)
            return false;
        m_named = false;
        return true;
    }
    // As a kill would leave it (tests).
    void abandon() { m_abandoned = true; }
    QString errorString() const { return QString::fromLocal8Bit(::strerror(errno)); }
    int directory() const { return m_dir; }

private:
    QByteArray m_target;
    QByteArray m_saving;
    QByteArray m_directory;
    QFile m_file;
    int m_dir = -1;
    int m_fd = -1;
    bool m_named = false;
    bool m_abandoned = false;
};

std::function<bool(WorkspaceFile::SaveStep)> &saveStepHook()
{
    static std::function<bool(WorkspaceFile::SaveStep)> hook;
    return hook;
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

// A test stands in for a crash here: false stops the save as a kill would.
bool reached(WorkspaceFile::SaveStep step)
{
    const auto &hook = saveStepHook();
    return !hook || hook(step);
}

} // namespace

void WorkspaceFile::setSaveStepHook(std::function<bool(SaveStep)> hook)
{
    saveStepHook() = std::move(hook);
}

bool WorkspaceFile::save(const Workspace &ws, const QString &fileName, QString *error)
{
    // The order keeps the previous version on disk at every instant, under its own name or
    // as the backup's temporary name, and the file itself is always one whole version:
    //   1. the new text goes to an unnamed file in the folder, which is synced (NewText);
    //   2. the current file gets a second name, `<file>.bak.new`;
    //   3. the new text is named `<file>.saving`, then renamed over the file;
    //   4. `<file>.bak.new` replaces `<file>.bak`, and the folder is synced.
    const QFileInfo info(fileName);
    const QString backup = backupFileName(fileName);
    const QString newBackup = backup + QStringLiteral(".new");
    const bool hasPrevious = info.exists();
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // A backup that can never be made is known before anything is written.
    if (hasPrevious && QFileInfo(backup).exists() && !QFileInfo(backup).isFile())
        return fail(saveProblem(
            QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot keep a backup as %1: it is not a file."),
            backup));
    if (QFileInfo(newBackup).exists() && !QFileInfo(newBackup).isFile())
        return fail(saveProblem(
            QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot keep a backup as %1: it is not a file."),
            newBackup));

    // A symbolic link stays one: the new text replaces the file it points to.
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo targetInfo(target);
    // The permissions of the file it replaces; a new file's as the umask says.
    int mode = int(0666 & ~currentUmask());
    struct stat previous;
    if (hasPrevious && ::stat(QFile::encodeName(target).constData(), &previous) == 0)
        mode = int(previous.st_mode & 07777);
    NewText out(target, targetInfo.absolutePath());
    if (!out.open(mode))
        return fail(
            saveProblem(QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot write %1: %2."), fileName)
                .arg(out.errorString()));
    if (!write(ws, out.device()) || !out.sync())
        return fail(
            saveProblem(QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot write %1: %2."), fileName)
                .arg(out.errorString()));
    if (!reached(SaveStep::Written))
        return out.abandon(), false;
    if (hasPrevious) {
        // A leftover of a save that was interrupted holds no version the file does not.
        QFile::remove(newBackup);
        // A second name for the same file where the file system allows it (instant, whatever
        // the size), a copy otherwise (and always for a symbolic link, whose second name would
        // follow it to the new file).
        const bool linked =
            !info.isSymLink() && ::link(QFile::encodeName(fileName).constData(),
                                        QFile::encodeName(newBackup).constData()) == 0;
        if (!linked && !QFile::copy(fileName, newBackup))
            return fail(saveProblem(
                QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot keep a backup as %1."), newBackup));
        if (!reached(SaveStep::BackupLinked))
            return out.abandon(), false;
    }
    bool stopped = false;
    if (!out.commit([&stopped] { return !(stopped = !reached(SaveStep::Named)); })) {
        if (stopped)
            return false;
        return fail(
            saveProblem(QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot write %1: %2."), fileName)
                .arg(out.errorString()));
    }
    if (!reached(SaveStep::Committed))
        return false;
    if (hasPrevious && ::rename(QFile::encodeName(newBackup).constData(),
                                QFile::encodeName(backup).constData()) != 0) {
        // The workspace is saved; the previous version stays as `<file>.bak.new` until the
        // next save replaces the backup.
        qWarning("%s", qPrintable(saveProblem(
                           QT_TRANSLATE_NOOP("cvm::LoadProblem", "Cannot keep a backup as %1."),
                           backup)));
    }
    ::fsync(out.directory());
    if (targetInfo.absolutePath() != info.absolutePath())
        syncDirectory(info.absolutePath());
    return true;
}

std::optional<Image> WorkspaceFile::describedImage(const QJsonObject &o, const QString &accountId,
                                                   const QString &p, QList<LoadProblem> &out)
{
    const int before = int(out.size());
    Image img = readDescribeImagesRecord(o, p, out);
    const QString type = o.value(key::ImageType).toString();
    if (type == QLatin1String("PRIVATE_IMAGE")) {
        img.ownerAccountId = accountId;
    } else if (type == QLatin1String("SHARED_IMAGE")) {
        // The sharer is the creator; the API has no other owner field.
        img.ownerAccountId = img.imageCreator;
        if (!ids::isAccountId(img.ownerAccountId)) {
            LoadProblem lp;
            lp.kind = LoadProblem::Kind::Invalid;
            lp.path = p + QStringLiteral(".ImageCreator");
            lp.value = shownJsonValue(o.value(key::ImageCreator));
            lp.expect = Expect::AccountId;
            out.append(lp);
        }
    }
    if (!img.createdTime.isValid())
        img.createdTime = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    if (int(out.size()) != before)
        return std::nullopt;
    return img;
}

QList<Image> WorkspaceFile::parseDescribeImages(const QByteArray &json, const QString &accountId,
                                                QList<LoadProblem> *problems)
{
    QList<LoadProblem> local;
    QList<LoadProblem> &out = problems ? *problems : local;
    LoadProblem syntax;
    const std::optional<QJsonValue> doc = readJsonText(json, &syntax);
    if (!doc) {
        out.append(syntax);
        return {};
    }
    QJsonArray set;
    QString path = key::ImageSet;
    if (doc->isArray()) {
        set = doc->toArray();
        path = QString();
    } else {
        QJsonObject o = doc->toObject();
        if (o.value(key::Response).isObject()) {
            o = o.value(key::Response).toObject();
            path = key::Response + QLatin1Char('.') + key::ImageSet;
        }
        if (!o.value(key::ImageSet).isArray()) {
            LoadProblem p;
            p.kind = LoadProblem::Kind::Missing;
            p.path = path;
            p.expect = Expect::Array;
            out.append(p);
            return {};
        }
        set = o.value(key::ImageSet).toArray();
    }
    QList<Image> images;
    for (qsizetype i = 0; i < set.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!set.at(i).isObject()) {
            LoadProblem lp;
            lp.kind = LoadProblem::Kind::Invalid;
            lp.path = p;
            lp.value = shownJsonValue(set.at(i));
            lp.expect = Expect::Object;
            out.append(lp);
            continue;
        }
        if (std::optional<Image> img = describedImage(set.at(i).toObject(), accountId, p, out))
            images.append(*img);
    }
    return images;
}

} // namespace cvm
