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
        // Changes that are not operations (tasks moving on) still need saving.
        if (!m_inOperation) {
            m_changedOutsideUndo = true;
            setModified();
        }
    });
    connect(&m_undo, &QUndoStack::cleanChanged, this, &Console::setModified);
    connect(&m_undo, &QUndoStack::indexChanged, this, &Console::setModified);
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

bool Console::startServing(const QHostAddress &address, quint16 port,
                           api::ApiCredentials credentials, QString *error)
{
    stopServing();
    if (!api::HttpEndpoint::isLoopback(address)) {
        if (error)
            *error = tr("Not listening on %1: the endpoint speaks plain HTTP, so signed requests "
                        "and answers would cross the network unencrypted. Listen on 127.0.0.1.")
                         .arg(address.toString());
        return false;
    }
    auto endpoint = std::make_unique<api::HttpEndpoint>(
        m_session->operations(), std::move(credentials), m_session->fileName());
    const quint16 bound = endpoint->listen(address, port);
    if (!bound) {
        if (error)
            *error = tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port);
        return false;
    }
    connect(endpoint.get(), &api::HttpEndpoint::requestHandled, this, &Console::servingChanged);
    m_endpoint = std::move(endpoint);
    m_servingAddress = QStringLiteral("http://%1:%2/").arg(address.toString()).arg(bound);
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
    if (action == QLatin1String("ImportDescribeImages"))
        return tr("Import %Ln image(s) from DescribeImages", nullptr, count("ImageIds"));
    return action;
}

OperationCommand::OperationCommand(Console &console, const OperationResult &result)
    : m_console(console), m_result(result), m_context(console.context())
{
    setText(result.action);
}

QString OperationCommand::describe() const
{
    return Console::describe(m_result);
}

void OperationCommand::undo()
{
    m_console.m_inOperation = true;
    m_console.session().operations().undo(m_context, m_result);
    m_console.m_inOperation = false;
}

void OperationCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied already when it was run
        return;
    }
    m_console.m_inOperation = true;
    m_console.session().operations().redo(m_context, m_result);
    m_console.m_inOperation = false;
}

} // namespace cvm::ui
