#pragma once

#include "ImageFileInspector.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cvm::net {

// Reads the first and last bytes of an image file over HTTP(S) with Range requests, falling
// back to the first bytes of a full response when the server ignores ranges, and inspects
// them. Timeouts, redirects and HTTP errors end in an Unreadable report saying what happened.
class RemoteImageReader final : public QObject
{
    Q_OBJECT

public:
    explicit RemoteImageReader(QObject *parent = nullptr);
    ~RemoteImageReader() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start(const QUrl &url);
    // Runs start() and waits for the report (for the command line).
    static ImageFileReport readBlocking(const QUrl &url, int timeoutMs = 20000);

Q_SIGNALS:
    void finished(const cvm::ImageFileReport &report);

private:
    struct Part
    {
        QByteArray data;
        qint64 totalSize = -1;
        bool ranged = false;
    };
    QNetworkReply *get(const QUrl &url, const QByteArray &range);
    void headDone(QNetworkReply *reply);
    void tailDone(QNetworkReply *reply);
    void fail(QNetworkReply *reply);
    void finish(const ImageFileReport &report);

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_url;
    Part m_head;
    int m_timeoutMs = 20000;
    bool m_done = false;
};

} // namespace cvm::net
