#include "Console.h"

#include "HttpEndpoint.h"
#include "OperationCommand.h"

#include <QJsonArray>

namespace cvm::ui {

Console::Console(std::unique_ptr<Session> session, QObject *parent)
    : QObject(parent), m_session(std::move(session))
{
    m_session->setParent(this);
    if (!workspace().accounts().isEmpty())
        m_acting = workspace().accounts().first().accountId;
    connect(&workspace(), &Workspace::changed, this, [this] {
        // Changes that are not the console's operations (an API client's) still need saving;
        // the passing of task time is not an operator's change: the tasks resume from the file.
        if (!m_inOperation && !m_session->isAdvancingTasks()) {
            m_changedOutsideUndo = true;
            setModified();
        }
    });
    connect(&m_undo, &QUndoStack::cleanChanged, this, &Console::setModified);
    connect(&m_undo, &QUndoStack::indexChanged, this, &Console::setModified);
    // Whoever saved the document (the window or the API endpoint), all of it is on disk now.
    connect(&m_session->document(), &Document::saved, this, &Console::markSaved);
}

Console::~Console()
{
    m_endpoint.reset();
    // Commands refer to this console; drop them first.
    m_undo.clear();
}

void Console::setActingAccount(const QString &accountId)
{
    if (m_acting == accountId || !workspace().account(accountId))
        return;
    m_acting = accountId;
    Q_EMIT actingAccountChanged(accountId);
}

OperationContext Console::context(const QSet<QString> &acknowledged) const
{
    OperationContext ctx;
    ctx.accountId = m_acting;
    ctx.channel = Channel::console();
    ctx.acknowledged = acknowledged;
    return ctx;
}

OperationResult Console::run(const Call &call, const QSet<QString> &acknowledged)
{
    m_inOperation = true;
    const OperationResult result = call(m_session->operations(), context(acknowledged));
    m_inOperation = false;
    if (result.applied()) {
        m_undo.push(new OperationCommand(*this, result));
        Q_EMIT applied(result);
    }
    return result;
}

OperationResult Console::undo()
{
    return step(true);
}

OperationResult Console::redo()
{
    return step(false);
}

OperationResult Console::step(bool undo)
{
    const int index = undo ? m_undo.index() - 1 : m_undo.index();
    if (index < 0 || index >= m_undo.count())
        return {};
    const auto *command = static_cast<const OperationCommand *>(m_undo.command(index));
    if (command->result().accountId != m_acting) {
        // Refused by core (and journaled) without moving the stack: acting as the right
        // account, the operator can still undo it.
        m_inOperation = true;
        Operations &ops = m_session->operations();
        OperationResult refused =
            undo ? ops.undo(context(), command->result()) : ops.redo(context(), command->result());
        m_inOperation = false;
        return refused;
    }
    m_lastStep = {};
    if (undo)
        m_undo.undo();
    else
        m_undo.redo();
    return m_lastStep;
}

bool Console::startServing(const QHostAddress &address, quint16 port,
                           api::ApiCredentials credentials, QString *error,
                           const QString &tlsCertificate, const QString &tlsKey)
{
    stopServing();
    const bool tls = !tlsCertificate.isEmpty() || !tlsKey.isEmpty();
    if (!tls && !api::HttpEndpoint::isLoopback(address)) {
        if (error)
            *error = tr("Not listening on %1: without a certificate the endpoint speaks plain "
                        "HTTP, so signed requests and answers would cross the network "
                        "unencrypted. Listen on 127.0.0.1, or give a certificate and its key.")
                         .arg(address.toString());
        return false;
    }
    auto endpoint = std::make_unique<api::HttpEndpoint>(
        m_session->operations(), std::move(credentials), m_session->document());
    if (tls) {
        if (tlsCertificate.isEmpty() || tlsKey.isEmpty()) {
            if (error)
                *error = tr("HTTPS needs both a certificate and its private key.");
            return false;
        }
        if (!endpoint->setTls(tlsCertificate, tlsKey, error))
            return false;
    }
    const quint16 bound = endpoint->listen(address, port);
    if (!bound) {
        if (error)
            *error = tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port);
        return false;
    }
    connect(endpoint.get(), &api::HttpEndpoint::requestHandled, this, &Console::servingChanged);
    connect(endpoint.get(), &api::HttpEndpoint::saveFailed, this, &Console::saveFailed);
    m_endpoint = std::move(endpoint);
    m_servingAddress =
        QStringLiteral("%1://%2:%3/")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
            .arg(bound);
    Q_EMIT servingChanged();
    return true;
}

void Console::stopServing()
{
    if (!m_endpoint)
        return;
    m_endpoint.reset();
    m_servingAddress.clear();
    Q_EMIT servingChanged();
}

quint64 Console::servedRequests() const
{
    return m_endpoint ? m_endpoint->requestCount() : 0;
}

void Console::markSaved()
{
    m_undo.setClean();
    m_changedOutsideUndo = false;
    setModified();
}

void Console::setModified()
{
    const bool now = isModified();
    m_session->document().setModified(now);
    if (now != m_wasModified) {
        m_wasModified = now;
        Q_EMIT modifiedChanged(now);
    }
}

QString Console::describe(const OperationResult &r)
{
    const QJsonObject &p = r.parameters;
    const QString image = p.value(QStringLiteral("ImageId")).toString();
    const auto count = [&p](const char *key) {
        return int(p.value(QLatin1String(key)).toArray().size());
    };
    const QString action = r.action;
    if (action == QLatin1String("ModifyImageSharePermission") &&
        p.contains(QStringLiteral("ImageIds"))) {
        // In bulk: the same accounts on many images.
        if (p.value(QStringLiteral("Permission")).toString() == QLatin1String("CANCEL"))
            return tr("Cancel sharing of %Ln image(s) with %1", nullptr, count("ImageIds"))
                .arg(tr("%Ln account(s)", nullptr, count("AccountIds")));
        return tr("Share %Ln image(s) with %1", nullptr, count("ImageIds"))
            .arg(tr("%Ln account(s)", nullptr, count("AccountIds")));
    }
    if (action == QLatin1String("ModifyImageSharePermission")) {
        if (p.value(QStringLiteral("Permission")).toString() == QLatin1String("CANCEL"))
            return tr("Cancel sharing of %1 with %Ln account(s)", nullptr, count("AccountIds"))
                .arg(image);
        return tr("Share %1 with %Ln account(s)", nullptr, count("AccountIds")).arg(image);
    }
    if (action == QLatin1String("ModifyImageAttribute"))
        return tr("Edit name and description of %1").arg(image);
    if (action == QLatin1String("SyncImages")) {
        QStringList regions;
        for (const QJsonValue &v : p.value(QStringLiteral("DestinationRegions")).toArray())
            regions.append(v.toString());
        if (count("ImageIds") > 1)
            return tr("Copy %Ln image(s) to %1", nullptr, count("ImageIds"))
                .arg(regions.join(QStringLiteral(", ")));
        return tr("Copy %1 to %2")
            .arg(p.value(QStringLiteral("ImageIds")).toArray().first().toString(),
                 regions.join(QStringLiteral(", ")));
    }
    if (action == QLatin1String("DeleteImages"))
        return tr("Delete %Ln image(s)", nullptr, count("ImageIds"));
    if (action == QLatin1String("CreateImage"))
        return tr("Create image from %1").arg(p.value(QStringLiteral("InstanceId")).toString());
    if (action == QLatin1String("ImportImage"))
        return tr("Import image %1").arg(p.value(QStringLiteral("ImageName")).toString());
    if (action == QLatin1String("RunInstances"))
        return tr("Launch %Ln instance(s) from %1", nullptr,
                  p.value(QStringLiteral("InstanceCount")).toInt())
            .arg(image);
    if (action == QLatin1String("ResetInstance"))
        return tr("Reinstall %1").arg(p.value(QStringLiteral("InstanceId")).toString());
    if (action == QLatin1String("ApplyImportPermission"))
        return tr("Apply for import permission");
    if (action == QLatin1String("ModifyTrustedAccounts"))
        return tr("Change trusted accounts");
    if (action == QLatin1String("ModifyInstanceChecks"))
        return tr("Record a Windows check on %1")
            .arg(p.value(QStringLiteral("InstanceId")).toString());
    if (action == QLatin1String("DropShareStep"))
        return tr("Drop the share step of %1").arg(p.value(QStringLiteral("TaskId")).toString());
    if (action == QLatin1String("ImportDescribeImages"))
        return tr("Import %Ln image(s) from DescribeImages", nullptr, count("ImageIds"));
    return action;
}

OperationCommand::OperationCommand(Console &console, const OperationResult &result)
    : m_console(console), m_result(result)
{
    setText(result.action);
}

QString OperationCommand::describe() const
{
    return Console::describe(m_result);
}

void OperationCommand::undo()
{
    step(true);
}

void OperationCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied already when it was run
        return;
    }
    step(false);
}

void OperationCommand::step(bool undo)
{
    // As the account the operator acts as now: core refuses it when that is not the account
    // that did the operation, and journals it to the account that asked.
    const OperationContext ctx = m_console.context();
    Operations &ops = m_console.session().operations();
    m_console.m_inOperation = true;
    OperationResult outcome = undo ? ops.undo(ctx, m_result) : ops.redo(ctx, m_result);
    m_console.m_inOperation = false;
    // What was changed since, or what the rules now refuse, can never be undone or redone
    // again: the command leaves the stack.
    if (outcome.refused())
        setObsolete(true);
    m_console.m_lastStep = std::move(outcome);
}

} // namespace cvm::ui
