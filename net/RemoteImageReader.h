#pragma once

#include "ImageFileInspector.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cvm::net {

// Reads the first and last bytes of an image file over HTTP(S) with Range requests, falling
// back to the first bytes of a full response when the server ignores ranges, and inspects
// them. Timeouts, redirects and HTTP errors end in an Unreadable report saying what happened.
// It never keeps more than it asked for: a reply that goes on past that is aborted.
class RemoteImageReader final : public QObject
{
    Q_OBJECT

public:
    explicit RemoteImageReader(QObject *parent = nullptr);
    ~RemoteImageReader() override;

    // The whole read, both requests together, ends within this time.
    static constexpr int kDefaultTimeoutMs = 20000;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Starts a read; one still under way is abandoned.
    void start(const QUrl &url);
    // Runs start() and waits for the report (for the command line).
    static ImageFileReport readBlocking(const QUrl &url, int timeoutMs = kDefaultTimeoutMs);

Q_SIGNALS:
    void finished(const cvm::ImageFileReport &report);

private:
    struct Part
    {
        QByteArray data;
        qint64 totalSize = -1;
        bool ranged = false;
    };
    QNetworkReply *get(const QUrl &url, const QByteArray &range, qint64 wanted);
    void headArrived(QNetworkReply *reply);
    void headDone(QNetworkReply *reply);
    void tailArrived(QNetworkReply *reply);
    void tailDone(QNetworkReply *reply);
    void inspectHeadOnly();
    void fail(QNetworkReply *reply);
    void timedOut();
    void finish(const ImageFileReport &report);
    void drop(QNetworkReply *reply);

    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_deadline = nullptr;
    QNetworkReply *m_pending = nullptr;
    QUrl m_url;
    Part m_head;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_done = true;
};

} // namespace cvm::net
