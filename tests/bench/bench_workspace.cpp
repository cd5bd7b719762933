// Measures the console on one workspace file and prints one line of figures (milliseconds,
// megabytes). Not a test: scripts/bench.sh runs it on generated workspaces of several sizes.
#include "Console.h"
#include "DetailsPane.h"
#include "ImageFilterProxy.h"
#include "ImageTableModel.h"
#include "JournalDialog.h"
#include "Operations.h"
#include "Rules.h"
#include "Session.h"
#include "WorkspaceFile.h"
#include "WorkspaceGenerator.h"
#include "WorkspaceKeys.h"
#include "WorkspaceLint.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <time.h>

using namespace cvm;

namespace {

double ms(QElapsedTimer &t)
{
    const double v = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    return v;
}

long peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The account that owns the most images: it acts in every measurement.
QString busiestAccount(const Workspace &ws)
{
    QString busiest;
    qsizetype most = -1;
    for (const Account &a : ws.accounts()) {
        const qsizetype n = ws.customImagesOf(a.accountId).size();
        if (n > most) {
            most = n;
            busiest = a.accountId;
        }
    }
    return busiest;
}

// A console on the workspace, acting as `acting`, its clock stopped.
std::unique_ptr<ui::Console> consoleOn(std::unique_ptr<Workspace> ws, const QString &acting)
{
    auto clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    auto console = std::make_unique<ui::Console>(
        std::make_unique<ui::Session>(std::move(ws), QString(), std::move(clock)));
    console->session().setTicking(false);
    console->setActingAccount(acting);
    return console;
}

// Deletes as many of the account's unshared images as it has, up to 1,000, in one request.
std::pair<OperationResult, int> deleteUnshared(ui::Console &console, const QString &acting)
{
    const Workspace &ws = console.workspace();
    QStringList doomed;
    for (const QString &id : ws.customImagesOf(acting)) {
        const Image *img = ws.image(id);
        if (img->shares.isEmpty() && img->state == ImageState::Normal && doomed.size() < 1000)
            doomed.append(id);
    }
    const OperationResult r = console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.deleteImages(ctx, DeleteRequest{doomed, false});
    });
    return {r, int(doomed.size())};
}

// A generated workspace whose journal holds `entries` entries of the kinds the console writes:
// shares, refused shares with their errors, copies to several regions, deletes, edits.
std::unique_ptr<Workspace> workspaceWithJournal(int entries)
{
    QJsonObject object = WorkspaceGenerator::generate({10000, 1000, 20, 7});
    QStringList accounts, regions, imageIds;
    for (const QJsonValue &a : object.value(key::Accounts).toArray())
        accounts.append(a.toObject().value(key::AccountId).toString());
    for (const QJsonValue &r : object.value(key::Regions).toArray())
        regions.append(r.toObject().value(key::Region).toString());
    for (const QJsonValue &i : object.value(key::Images).toArray())
        imageIds.append(i.toObject().value(key::ImageId).toString());
    const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    QJsonArray journal;
    for (int i = 0; i < entries; ++i) {
        const QString account = accounts.at(i % accounts.size());
        const QString image = imageIds.at((i * 7919) % imageIds.size());
        QJsonObject e{{key::Time, start.addSecs(i * 37).toString(Qt::ISODate)},
                      {key::AccountId, account},
                      {key::Channel, i % 5 == 0 ? QStringLiteral("API") : QStringLiteral("Console")},
                      {key::Outcome, QStringLiteral("Success")}};
        switch (i % 4) {
        case 0:
            e.insert(key::Action, QStringLiteral("ModifyImageSharePermission"));
            e.insert(key::Parameters,
                     QJsonObject{{QStringLiteral("ImageId"), image},
                                 {QStringLiteral("AccountIds"),
                                  QJsonArray{accounts.at((i + 1) % accounts.size()),
                                             accounts.at((i + 2) % accounts.size())}},
                                 {QStringLiteral("Permission"), QStringLiteral("SHARE")}});
            break;
        case 1:
            e.insert(key::Action, QStringLiteral("ModifyImageSharePermission"));
            e.insert(key::Parameters,
                     QJsonObject{{QStringLiteral("ImageId"), image},
                                 {QStringLiteral("AccountIds"),
                                  QJsonArray{accounts.at((i + 3) % accounts.size())}},
                                 {QStringLiteral("Permission"), QStringLiteral("SHARE")}});
            e.insert(key::Outcome, QStringLiteral("Refused"));
            e.insert(key::Errors,
                     QJsonArray{QJsonObject{{key::Rule, QStringLiteral("S2")},
                                            {QStringLiteral("Code"),
                                             QStringLiteral("UnauthorizedOperation."
                                                            "ImageNotBelongToAccount")}}});
            break;
        case 2:
            e.insert(key::Action, QStringLiteral("SyncImages"));
            e.insert(key::Parameters,
                     QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{image}},
                                 {QStringLiteral("DestinationRegions"),
                                  QJsonArray{regions.at(i % regions.size()),
                                             regions.at((i + 5) % regions.size())}}});
            break;
        default:
            e.insert(key::Action, QStringLiteral("ModifyImageAttribute"));
            e.insert(key::Parameters,
                     QJsonObject{{QStringLiteral("ImageId"), image},
                                 {QStringLiteral("ImageName"),
                                  QStringLiteral("web-server-%1").arg(i)}});
            break;
        }
        journal.append(e);
    }
    object.insert(key::Journal, journal);
    LoadResult loaded = WorkspaceFile::fromObject(object);
    if (!loaded.ok()) {
        QTextStream(stderr) << loaded.errorText() << '\n';
        return {};
    }
    return std::move(loaded.workspace);
}

// One keystroke of the journal's search, until it has settled: the text changes, the dialog
// filters, the events that follow are handled and the table is painted (offscreen).
// Returns the time it took and the processor time this thread spent on it (which, on a busy
// machine, leaves out the time spent waiting for a processor).
std::pair<double, double> journalKeystroke(QLineEdit *search, QAbstractItemView *table,
                                           const QString &text)
{
    const auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    const double cpu = cpuNow();
    QElapsedTimer t;
    t.start();
    search->setText(text);
    table->model()->rowCount();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
    return {double(t.nsecsElapsed()) / 1e6, cpuNow() - cpu};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_workspace WORKSPACE IMAGECONSOLE\n";
        return 2;
    }
    const QString file = args.at(1);
    QTextStream out(stdout);
    QElapsedTimer t;

    // bench_workspace --journal ENTRIES: the journal window over that many entries, typing a
    // word and deleting it again, then a text found nowhere; prints the entries, the median and
    // the slowest keystroke and the most processor time one took in milliseconds, and the rows
    // the word found.
    if (args.at(1) == QLatin1String("--journal")) {
        std::unique_ptr<Workspace> ws = workspaceWithJournal(args.at(2).toInt());
        if (!ws)
            return 2;
        const int entries = int(ws->journal().size());
        const std::unique_ptr<ui::Console> console = consoleOn(std::move(ws), QString());
        ui::JournalDialog dialog(*console);
        dialog.show();
        // A second for the window to open and settle, as it would before anyone types.
        QEventLoop settle;
        QTimer::singleShot(1000, &settle, &QEventLoop::quit);
        settle.exec();
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("journalSearch"));
        auto *table = dialog.findChild<QAbstractItemView *>(QStringLiteral("journalTable"));
        QList<double> times;
        double slowestCpu = 0;
        int found = -1;
        const auto keystroke = [&](const QString &text) {
            const auto [wall, cpu] = journalKeystroke(search, table, text);
            times.append(wall);
            slowestCpu = qMax(slowestCpu, cpu);
        };
        for (const QString &word : {QStringLiteral("web-server-42"), QStringLiteral("zq")}) {
            for (qsizetype n = 1; n <= word.size(); ++n)
                keystroke(word.left(n));
            if (found < 0)
                found = table->model()->rowCount();
            for (qsizetype n = word.size() - 1; n >= 0; --n)
                keystroke(word.left(n));
        }
        std::sort(times.begin(), times.end());
        out << entries << '\t' << QString::number(times.at(times.size() / 2), 'f', 1) << '\t'
            << QString::number(times.last(), 'f', 1) << '\t' << QString::number(slowestCpu, 'f', 1)
            << '\t' << found << '\n';
        return 0;
    }

    // bench_workspace --search WORKSPACE: the table of the account that sees the most images,
    // and one keystroke of search over all of its rows (prints rows and milliseconds).
    if (args.at(1) == QLatin1String("--search")) {
        LoadResult wide = WorkspaceFile::load(args.at(2));
        if (!wide.ok()) {
            QTextStream(stderr) << wide.errorText() << '\n';
            return 2;
        }
        const QString widest = busiestAccount(*wide.workspace);
        const std::unique_ptr<ui::Console> console = consoleOn(std::move(wide.workspace), widest);
        const Workspace &ws = console->workspace();
        ui::ImageTableModel model(ws);
        model.setActingAccount(widest);
        ui::ImageFilterProxy proxy;
        proxy.setSourceModel(&model);
        // The worst keystroke: a text found nowhere, so every row is looked at and none is kept
        // (then the same with a text most rows contain).
        // (The proxy filters when asked for its rows, as a view does right after a keystroke.)
        proxy.rowCount();
        t.restart();
        proxy.setSearchText(QStringLiteral("zq"));
        const int noneRows = proxy.rowCount();
        const double none = ms(t);
        proxy.setSearchText(QString());
        proxy.rowCount();
        t.restart();
        proxy.setSearchText(QStringLiteral("img"));
        const int allRows = proxy.rowCount();
        const double all = ms(t);
        if (noneRows != 0 || allRows != model.rowCount())
            QTextStream(stderr) << "unexpected search result: " << noneRows << ", " << allRows
                                << '\n';
        // Deleting 1,000 images with that table open and sorted: the table and its filter
        // follow row by row.
        proxy.setSearchText(QString());
        proxy.sort(ui::ImageTableModel::SizeColumn);
        proxy.rowCount();
        t.restart();
        const OperationResult del = deleteUnshared(*console, widest).first;
        proxy.rowCount();
        const double deleteMs = ms(t);
        out << model.rowCount() << '\t' << QString::number(qMax(none, all), 'f', 1) << '\t'
            << QString::number(del.applied() ? deleteMs : -1, 'f', 1) << '\n';
        return 0;
    }

    // Open to a populated window, from process start (offscreen).
    QTemporaryDir dir;
    t.start();
    // Until the console says its window is populated and painted; not its closing, which
    // frees every record and is no part of opening.
    double open = -1;
    {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMAGECONSOLE_REPORT_OPEN"), QStringLiteral("1"));
        console.setProcessEnvironment(env);
        console.start(args.at(2), {QStringLiteral("--screenshot"),
                                   dir.filePath(QStringLiteral("w.png")), file});
        while (console.waitForReadyRead(60000)) {
            if (console.readAllStandardOutput().contains("opened")) {
                open = ms(t);
                break;
            }
        }
        console.waitForFinished(60000);
        t.restart();
    }

    LoadResult loaded = WorkspaceFile::load(file);
    const double load = ms(t);
    if (!loaded.ok()) {
        QTextStream(stderr) << loaded.errorText() << '\n';
        return 2;
    }
    const int images = loaded.workspace->imageCount();
    WorkspaceFile::save(*loaded.workspace, dir.filePath(QStringLiteral("saved.json")));
    const double save = ms(t);
    const int findings = int(WorkspaceLint::run(*loaded.workspace).size());
    const double lint = ms(t);

    const QString acting = busiestAccount(*loaded.workspace);
    const std::unique_ptr<ui::Console> owned = consoleOn(std::move(loaded.workspace), acting);
    ui::Console &console = *owned;
    Workspace &ws = console.workspace();

    ui::ImageTableModel model(ws);
    t.restart();
    model.setActingAccount(acting);
    const double fill = ms(t);
    ui::ImageFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.rowCount();
    t.restart();
    proxy.setSearchText(QStringLiteral("web"));
    proxy.rowCount(); // the proxy filters when asked for its rows, as a view does
    const double search = ms(t);
    proxy.setSearchText(QString());
    proxy.rowCount();
    t.restart();
    proxy.sort(ui::ImageTableModel::SizeColumn);
    proxy.rowCount();
    const double sort = ms(t);

    ui::DetailsPane details(console);
    const QString someImage = model.imageIdAt(0);
    t.restart();
    details.showImage(someImage);
    const double select = ms(t);

    // A verdict: sharing one of its images with 50 accounts.
    QStringList fifty;
    for (const Account &a : ws.accounts()) {
        if (a.accountId != acting && fifty.size() < 50)
            fifty.append(a.accountId);
    }
    QString target;
    for (const QString &id : ws.customImagesOf(acting)) {
        if (ws.image(id)->shares.isEmpty() && ws.image(id)->state == ImageState::Normal) {
            target = id;
            break;
        }
    }
    t.restart();
    const int reps = 100;
    for (int i = 0; i < reps; ++i)
        Rules::checkShare(ws, acting, ShareRequest{target, fifty});
    const double verdict = ms(t) / reps;

    // Copy one image to five regions.
    QStringList five;
    for (const Region &r : ws.regions()) {
        if (r.regionId != ws.image(target)->region && five.size() < 5)
            five.append(r.regionId);
    }
    t.restart();
    const OperationResult copy = console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.syncImages(ctx, SyncRequest{{target}, five, QStringLiteral("bench-copy")});
    });
    const double copyMs = ms(t);

    t.restart();
    const auto [del, deleted] = deleteUnshared(console, acting);
    const double deleteMs = ms(t);

    out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10\t%11\t%12\t%13\t%14\t%15\n")
               .arg(images)
               .arg(open, 0, 'f', 0)
               .arg(load, 0, 'f', 0)
               .arg(save, 0, 'f', 0)
               .arg(lint, 0, 'f', 0)
               .arg(model.rowCount())
               .arg(fill + search, 0, 'f', 1)
               .arg(sort, 0, 'f', 1)
               .arg(select, 0, 'f', 1)
               .arg(verdict, 0, 'f', 3)
               .arg(copy.applied() ? copyMs : -1, 0, 'f', 1)
               .arg(del.applied() ? deleted : -1)
               .arg(deleteMs, 0, 'f', 1)
               .arg(peakMiB())
               .arg(findings);
    return 0;
}
