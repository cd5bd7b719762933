// The API endpoint's request handling (ApiService::handle) on any request, against the sample
// workspace, fresh for every input. The input is a request as data:
//   byte 0: bit 0 — sign it with the credential chosen by bits 2-3, as an SDK would;
//           bit 1 — method GET instead of POST
//   then header lines "name: value\n" up to an empty line, then the body.
// A signed request gets the usual headers unless it gives its own, so that most inputs get
// past authentication into the actions.
#include "ApiService.h"
#include "Clock.h"
#include "IdGenerator.h"
#include "Operations.h"
#include "Tc3Signature.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace cvm;

namespace {

struct Credential
{
    QByteArray id;
    QByteArray key;
    const char *account;
};
const Credential kCredentials[] = {
    {"AKIDfuzzOwner", "owner-secret", "100038472901"},
    {"AKIDfuzzPartner", "partner-secret", "100038472902"},
    {"AKIDfuzzJakarta", "jakarta-secret", "100038472903"},
    {"AKIDfuzzStranger", "stranger-secret", "200010000001"},
};

QByteArray g_sample;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QFile f(QStringLiteral(SAMPLE_WORKSPACE));
    if (!f.open(QIODevice::ReadOnly))
        std::abort();
    g_sample = f.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uchar flags = data[0];
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    api::ApiRequest request;
    request.method = (flags & 2) ? "GET" : "POST";
    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype end = input.indexOf('\n', at);
        const QByteArray line = input.mid(at, end < 0 ? -1 : end - at);
        at = end < 0 ? input.size() : end + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    request.body = input.mid(at);

    LoadResult loaded = WorkspaceFile::fromJson(g_sample);
    if (!loaded.ok())
        std::abort();
    const ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC));
    IdGenerator ids(7);
    Operations ops(*loaded.workspace, clock, ids);
    api::ApiCredentials credentials;
    for (const Credential &c : kCredentials)
        credentials.add({c.id, c.key, QString::fromLatin1(c.account)});

    if (flags & 1) {
        const Credential &c = kCredentials[(flags >> 2) & 3];
        const qint64 now = clock.now().toSecsSinceEpoch();
        auto fill = [&](const QByteArray &name, const QByteArray &value) {
            if (!request.headers.contains(name))
                request.headers.insert(name, value);
        };
        fill("content-type", "application/json");
        fill("host", "127.0.0.1:9000");
        fill("x-tc-version", "2017-03-12");
        fill("x-tc-region", "ap-guangzhou");
        fill("x-tc-timestamp", QByteArray::number(now));
        if (!request.headers.contains("authorization")) {
            Tc3Signature::Request s;
            s.method = request.method;
            QByteArray host = request.headers.value("host");
            if (host.contains(':'))
                host = host.left(host.lastIndexOf(':'));
            s.headers = {{"content-type", request.headers.value("content-type")}, {"host", host}};
            s.payload = request.body;
            bool ok = false;
            s.timestamp = request.headers.value("x-tc-timestamp").toLongLong(&ok);
            s.service = "cvm";
            request.headers.insert("authorization", Tc3Signature::authorization(c.id, c.key, s));
        }
    }

    api::ApiService service(ops, credentials);
    const api::ApiReply reply = service.handle(request);
    QJsonParseError error;
    const QJsonDocument answer = QJsonDocument::fromJson(reply.body, &error);
    // Every answer is a JSON object with a Response, errors too.
    if (error.error != QJsonParseError::NoError ||
        !answer.object().value(QStringLiteral("Response")).isObject())
        std::abort();
    return 0;
}
