#pragma once

#include <QString>

// `imageconsole serve WORKSPACE --listen HOST:PORT --credentials FILE`: the Tencent Cloud API
// 3.0 endpoint over the workspace, headless, until interrupted.
int runServe(const QString &workspace, const QString &listen, const QString &credentialsFile,
             bool insecureListen, const QString &tlsCertificate = QString(),
             const QString &tlsKey = QString());
