#include "ServeCommand.h"

#include "HttpEndpoint.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int runServe(const CommandLine &cl)
{
    const QString &workspace = cl.workspace;
    const QString &listen = cl.listen;
    const QString &credentialsFile = cl.credentials;
    const bool insecureListen = cl.insecureListen;
    const QString &tlsCertificate = cl.tlsCertificate;
    const QString &tlsKey = cl.tlsKey;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (workspace.isEmpty() || credentialsFile.isEmpty()) {
        err << QCoreApplication::translate("ServeCommand",
                                           "serve needs a workspace file and --credentials FILE.")
            << '\n';
        return 2;
    }
    cvm::LoadResult loaded = cvm::WorkspaceFile::load(workspace);
    if (!loaded.ok()) {
        err << QCoreApplication::translate("ServeCommand", "%1 cannot be opened:").arg(workspace)
            << '\n'
            << loaded.errorText() << '\n';
        return 2;
    }
    QString error;
    std::optional<cvm::api::ApiCredentials> credentials =
        cvm::api::ApiCredentials::load(credentialsFile, &error);
    if (!credentials) {
        err << error << '\n';
        return 2;
    }
    if (cvm::api::ApiCredentials::readableByOthers(credentialsFile))
        err << QCoreApplication::translate("ServeCommand",
                                           "Warning: %1 can be read by other users; its keys act "
                                           "as your accounts (chmod 600 %1).")
                   .arg(credentialsFile)
            << Qt::endl; // now: the endpoint runs until it is stopped
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(colon > 0 ? listen.left(colon) : QStringLiteral("127.0.0.1"));
    bool portOk = false;
    const quint16 port = (colon >= 0 ? listen.mid(colon + 1) : listen).toUShort(&portOk);
    if (address.isNull() || !portOk) {
        err << QCoreApplication::translate(
                   "ServeCommand", "--listen needs HOST:PORT, such as 127.0.0.1:9000, not \"%1\".")
                   .arg(listen)
            << '\n';
        return 2;
    }
    if (tlsCertificate.isEmpty() != tlsKey.isEmpty()) {
        err << QCoreApplication::translate("ServeCommand",
                                           "HTTPS needs both --tls-cert FILE and --tls-key FILE.")
            << '\n';
        return 2;
    }
    const bool tls = !tlsCertificate.isEmpty();
    // Over HTTPS the network sees nothing of the requests: any address will do.
    if (!tls && !cvm::api::HttpEndpoint::isLoopback(address)) {
        if (!insecureListen) {
            err << QCoreApplication::translate(
                       "ServeCommand",
                       "Not listening on %1: without --tls-cert and --tls-key the endpoint speaks "
                       "plain HTTP, so signed requests and answers would cross the network "
                       "unencrypted. Serve HTTPS, listen on 127.0.0.1, or add --insecure-listen to "
                       "accept that.")
                       .arg(address.toString())
                << Qt::endl;
            return 2;
        }
        err << QCoreApplication::translate("ServeCommand",
                                           "Warning: listening on %1 over plain HTTP; anyone on "
                                           "the network can read the requests and answers.")
                   .arg(address.toString())
            << Qt::endl;
    }
    cvm::SystemClock clock;
    cvm::IdGenerator ids;
    cvm::Operations operations(*loaded.workspace, clock, ids);
    operations.setTimeScale(cl.timeScale);
    cvm::Document document(*loaded.workspace, workspace);
    cvm::api::HttpEndpoint endpoint(operations, std::move(*credentials), document);
    endpoint.setInsecureListenAllowed(insecureListen);
    if (!cl.faults.isEmpty()) {
        const std::optional<cvm::api::FaultPlan> faults = cvm::api::FaultPlan::parse(cl.faults);
        if (!faults) {
            err << QCoreApplication::translate(
                       "ServeCommand",
                       "--faults needs ratelimit=P,error=P,slow=P,drop=P,slowms=N,seed=N (P from 0 "
                       "to 1), not \"%1\".")
                       .arg(cl.faults)
                << '\n';
            return 2;
        }
        endpoint.setFaults(*faults);
    }
    if (tls && !endpoint.setTls(tlsCertificate, tlsKey, &error)) {
        err << error << '\n';
        return 2;
    }
    const quint16 bound = endpoint.listen(address, port);
    if (!bound) {
        err << QCoreApplication::translate("ServeCommand", "Cannot listen on %1.").arg(listen)
            << '\n';
        return 2;
    }
    const auto reportSaveFailure = [&err](const QString &e) {
        err << QCoreApplication::translate("ServeCommand", "The workspace could not be saved: %1")
                   .arg(e)
            << '\n';
        err.flush();
    };
    QObject::connect(&endpoint, &cvm::api::HttpEndpoint::saveFailed, reportSaveFailure);
    QObject::connect(&document, &cvm::Document::saveFailed, reportSaveFailure);
    // Tasks move on while the endpoint runs. What a reader of the file relies on (a task that
    // finished, an image that became Normal) is saved, at a bounded rate; a percentage is not.
    document.setSavesTaskChanges(true);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (!loaded.workspace->runningTasks().isEmpty())
            document.tasksAdvanced(operations.advanceTasks());
    });
    ticker.start(cl.timeScale > 1 ? 200 : 1000);
    out << (tls ? QCoreApplication::translate(
                      "ServeCommand",
                      "Serving %1 on https://%2:%3/ (Tencent Cloud API 3.0, CVM 2017-03-12).")
                : QCoreApplication::translate(
                      "ServeCommand",
                      "Serving %1 on http://%2:%3/ (Tencent Cloud API 3.0, CVM 2017-03-12)."))
               .arg(workspace, address.toString())
               .arg(bound)
        << '\n';
    out.flush();
    return QCoreApplication::exec();
}
