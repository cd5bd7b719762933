#include "CloudCommand.h"

#include "CloudApply.h"
#include "CloudClient.h"
#include "CloudPull.h"
#include "CloudSync.h"
#include "Document.h"
#include "IdGenerator.h"
#include "Operations.h"
#include "RuleText.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <memory>

namespace {

// The workspace of the command; a file that exists but cannot be read is never replaced.
std::unique_ptr<cvm::Workspace> open(const QString &fileName, bool createWhenMissing,
                                     QTextStream &err)
{
    if (createWhenMissing && !QFileInfo::exists(fileName))
        return cvm::WorkspaceFile::blank();
    cvm::LoadResult loaded = cvm::WorkspaceFile::load(fileName);
    if (!loaded.ok()) {
        err << QCoreApplication::translate("CloudCommand", "%1 cannot be opened:").arg(fileName)
            << '\n'
            << loaded.errorText() << '\n';
        return nullptr;
    }
    return std::move(loaded.workspace);
}

// The credentials and the client the options name.
std::unique_ptr<cvm::cloud::CloudClient> client(const CommandLine &cl, QTextStream &err)
{
    using cvm::cloud::CredentialSource;
    CredentialSource source;
    if (!cl.credentials.isEmpty() + !cl.profile.isEmpty() > 1) {
        err << QCoreApplication::translate("CloudCommand",
                                           "Give the keys one way: --credentials FILE, or "
                                           "--profile NAME with --account ID, "
                                           "or --account ID alone for the environment's.")
            << '\n';
        return nullptr;
    }
    if (!cl.credentials.isEmpty()) {
        source.kind = CredentialSource::Kind::File;
        source.file = cl.credentials;
    } else if (!cl.profile.isEmpty()) {
        source.kind = CredentialSource::Kind::Profile;
        source.profile = cl.profile;
        source.accountId = cl.account;
    } else {
        source.kind = CredentialSource::Kind::Environment;
        source.accountId = cl.account;
    }
    QString error;
    const auto credentials = cvm::cloud::CloudCredentials::load(source, &error);
    if (!credentials) {
        err << error << '\n';
        return nullptr;
    }
    const QUrl endpoint = cvm::cloud::CloudClient::endpointFromText(cl.endpoint);
    if (endpoint.isEmpty()) {
        err << QCoreApplication::translate(
                   "CloudCommand", "--endpoint needs default, intl or an http(s) URL, not \"%1\".")
                   .arg(cl.endpoint)
            << '\n';
        return nullptr;
    }
    cvm::cloud::ClientOptions options;
    options.maxInFlight = cl.concurrency;
    options.caFile = cl.caFile;
    for (const QString &part : cl.rate.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double n = part.section(QLatin1Char('='), -1).toDouble(&ok);
        if (!ok || n < 0) {
            err << QCoreApplication::translate(
                       "CloudCommand",
                       "--rate needs N or ACTION=N,… (requests per second), not \"%1\".")
                       .arg(cl.rate)
                << '\n';
            return nullptr;
        }
        if (part.contains(QLatin1Char('=')))
            options.rates.insert(part.section(QLatin1Char('='), 0, 0), n);
        else
            options.setRate(n);
    }
    return std::make_unique<cvm::cloud::CloudClient>(endpoint, *credentials, options);
}

void printPlan(const cvm::Workspace &ws, QTextStream &out)
{
    for (const cvm::PendingChange &c : ws.pendingList()) {
        if (c.state == cvm::PendingState::Applied)
            continue;
        out << QStringLiteral("#%1  %2  %3  %4  %5\n")
                   .arg(c.sequence)
                   .arg(c.action, c.region.isEmpty() ? QStringLiteral("-") : c.region, c.accountId,
                        QString::fromUtf8(QJsonDocument(cvm::cloud::callParameters(c))
                                              .toJson(QJsonDocument::Compact)));
        out << QStringLiteral("    %1\n").arg(cvm::RuleText::pendingVerdict(c));
    }
}

bool save(cvm::Workspace &ws, const QString &fileName, QTextStream &err)
{
    cvm::Document document(ws, fileName);
    QString error;
    if (document.save(&error))
        return true;
    err << QCoreApplication::translate("CloudCommand", "The workspace could not be saved: %1")
               .arg(error)
        << '\n';
    return false;
}

} // namespace

int runPull(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<cvm::Workspace> ws = open(cl.workspace, true, err);
    if (!ws)
        return 2;
    std::unique_ptr<cvm::cloud::CloudClient> cloud = client(cl, err);
    if (!cloud)
        return 2;
    cvm::cloud::CloudPull pull(*cloud, cl.regionList);
    QEventLoop loop;
    int shown = -1;
    QObject::connect(&pull, &cvm::cloud::CloudPull::progress, [&](int done, int known) {
        // A line every hundred requests, and the last.
        if (done / 100 != shown / 100) {
            out << QCoreApplication::translate("CloudCommand", "Pulled %1 of %2 requests…")
                       .arg(done)
                       .arg(known)
                << '\n';
            out.flush();
            shown = done;
        }
    });
    QObject::connect(&pull, &cvm::cloud::CloudPull::finished, &loop, &QEventLoop::quit);
    pull.start();
    if (!pull.isFinished())
        loop.exec();
    if (!pull.succeeded()) {
        err << pull.error() << '\n';
        return 1;
    }
    cvm::SystemClock clock;
    cvm::IdGenerator ids;
    cvm::Operations operations(*ws, clock, ids);
    const cvm::RefreshSummary sum = cvm::cloud::layDown(operations, pull.state());
    if (!save(*ws, cl.workspace, err))
        return 2;
    out << QCoreApplication::translate(
               "CloudCommand",
               "Pulled %1: %2 account(s), %3 region(s), %4 image(s), %5 instance(s) in %6 "
               "request(s) (%7 retried).")
               .arg(cl.workspace)
               .arg(pull.state().accounts.size())
               .arg(pull.state().regions.size())
               .arg(pull.state().images.size())
               .arg(pull.state().instances.size())
               .arg(cloud->requestsSent())
               .arg(cloud->retries())
        << '\n';
    if (cloud->minimumSeconds() > 1)
        out << QCoreApplication::translate(
                   "CloudCommand",
                   "At the request rates set, it could not have taken less than %1 s.")
                   .arg(cloud->minimumSeconds(), 0, 'f', 1)
            << '\n';
    out << QCoreApplication::translate("CloudCommand", "Images: %1 new, %2 changed, %3 gone.")
               .arg(sum.imagesAdded)
               .arg(sum.imagesChanged)
               .arg(sum.imagesRemoved)
        << '\n';
    if (!pull.state().importOsUnknown.isEmpty())
        out << QCoreApplication::translate(
                   "CloudCommand",
                   "The cloud imports systems this console does not list yet (its import checks "
                   "will refuse them): %1.")
                   .arg(pull.state().importOsUnknown.join(QStringLiteral(", ")))
            << '\n';
    const int pending = int(ws->unapplied().size());
    out << QCoreApplication::translate("CloudCommand", "%n change(s) pending", nullptr, pending);
    if (!sum.conflicts.isEmpty())
        out << QCoreApplication::translate("CloudCommand",
                                           ", of which %1 in conflict with the cloud's state:")
                   .arg(sum.conflicts.size());
    out << '\n';
    if (!sum.conflicts.isEmpty())
        printPlan(*ws, out);
    return 0;
}

int runPlan(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<cvm::Workspace> ws = open(cl.workspace, false, err);
    if (!ws)
        return 2;
    const int pending = int(ws->unapplied().size());
    if (!ws->cloud().isLinked())
        out << QCoreApplication::translate("CloudCommand",
                                           "%1 is not connected to the cloud: pull it first.")
                   .arg(cl.workspace)
            << '\n';
    else
        out << QCoreApplication::translate("CloudCommand", "Pulled from %1 at %2.")
                   .arg(ws->cloud().endpoint, cvm::RuleText::timeText(ws->cloud().pulledTime))
            << '\n';
    if (pending == 0) {
        out << QCoreApplication::translate("CloudCommand", "Nothing to apply.") << '\n';
        return 0;
    }
    out << QCoreApplication::translate("CloudCommand",
                                       "%n change(s) to apply, in this order:", nullptr, pending)
        << '\n';
    printPlan(*ws, out);
    return 1;
}

int runApply(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    std::unique_ptr<cvm::Workspace> ws = open(cl.workspace, false, err);
    if (!ws)
        return 2;
    if (!ws->cloud().isLinked()) {
        err << QCoreApplication::translate("CloudCommand",
                                           "%1 is not connected to the cloud: pull it first.")
                   .arg(cl.workspace)
            << '\n';
        return 2;
    }
    const int pending = int(ws->unapplied().size());
    if (pending == 0) {
        out << QCoreApplication::translate("CloudCommand", "Nothing to apply.") << '\n';
        return 0;
    }
    std::unique_ptr<cvm::cloud::CloudClient> cloud = client(cl, err);
    if (!cloud)
        return 2;
    if (cloud->endpoint().toString() != ws->cloud().endpoint)
        out << QCoreApplication::translate(
                   "CloudCommand", "Note: the workspace was pulled from %1; applying to %2.")
                   .arg(ws->cloud().endpoint, cloud->endpoint().toString())
            << '\n';
    for (const cvm::PendingChange &c : ws->unapplied()) {
        if (!cloud->credential(c.accountId)) {
            err << QCoreApplication::translate(
                       "CloudCommand",
                       "Change %1 is account %2's, and the keys given have none for it.")
                       .arg(c.sequence)
                       .arg(c.accountId)
                << '\n';
            return 2;
        }
    }
    out << QCoreApplication::translate("CloudCommand",
                                       "%n change(s) to apply, in this order:", nullptr, pending)
        << '\n';
    printPlan(*ws, out);
    if (!cl.yes) {
        out << QCoreApplication::translate("CloudCommand", "Apply them to %1? [y/N] ")
                   .arg(cloud->endpoint().toString());
        out.flush();
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            out << QCoreApplication::translate("CloudCommand", "Nothing was sent.") << '\n';
            return 1;
        }
    }
    cvm::SystemClock clock;
    cvm::IdGenerator ids;
    cvm::Operations operations(*ws, clock, ids);
    cvm::cloud::CloudApply apply(*cloud, operations, [&](QString *error) {
        cvm::Document document(*ws, cl.workspace);
        return document.save(error);
    });
    QEventLoop loop;
    QObject::connect(&apply, &cvm::cloud::CloudApply::progress,
                     [&](int, int, int, const QString &text) {
                         if (!text.isEmpty()) {
                             out << text << '\n';
                             out.flush();
                         }
                     });
    QObject::connect(&apply, &cvm::cloud::CloudApply::finished, &loop, &QEventLoop::quit);
    apply.start();
    if (!apply.isFinished())
        loop.exec();
    out << QCoreApplication::translate("CloudCommand", "%1 of %2 change(s) applied.")
               .arg(apply.applied())
               .arg(apply.total())
        << '\n';
    if (!apply.succeeded()) {
        err << apply.error() << '\n';
        return 1;
    }
    return 0;
}
