#pragma once

// A self-signed certificate and its key, made with the openssl command for a test of HTTPS.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fixture {

// Writes `cert` and `key` (EC P-256, valid for a day) for `host`; an IP address also goes in
// the subject alternative name, so that clients that check it accept the certificate. Returns
// openssl's error output, empty when it worked.
inline QString makeCertificate(const QString &cert, const QString &key,
                               const QString &host = QStringLiteral("localhost"),
                               bool ipSubjectAltName = false)
{
    QStringList args{QStringLiteral("req"),
                     QStringLiteral("-x509"),
                     QStringLiteral("-newkey"),
                     QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"),
                     key,
                     QStringLiteral("-out"),
                     cert,
                     QStringLiteral("-days"),
                     QStringLiteral("1"),
                     QStringLiteral("-subj"),
                     QStringLiteral("/CN=") + host};
    if (ipSubjectAltName)
        args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=IP:") + host;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(openssl.readAllStandardError());
        return why.isEmpty() ? QStringLiteral("openssl failed") : why;
    }
    return {};
}

} // namespace fixture
