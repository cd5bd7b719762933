#include "RemoteImageReader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace cvm::net {
namespace {

// "bytes 0-65535/1234567" -> 1234567
qint64 totalFromContentRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("/(\\d+)\\s*$"));
    const auto m = re.match(QString::fromLatin1(value));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

ImageFileReport unreadable(const QString &detail)
{
    ImageFileReport r;
    r.status = ImageFileReport::Status::Unreadable;
    r.detail = detail;
    return r;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

RemoteImageReader::RemoteImageReader(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_deadline(new QTimer(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &RemoteImageReader::timedOut);
}

RemoteImageReader::~RemoteImageReader()
{
    drop(m_pending);
}

QNetworkReply *RemoteImageReader::get(const QUrl &url, const QByteArray &range, qint64 wanted)
{
    QNetworkRequest request(url);
    request.setRawHeader("Range", range);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("imageconsole"));
    QNetworkReply *reply = m_nam->get(request);
    // Qt stops reading the socket once this much waits to be read: a server that sends more
    // than was asked fills no more memory than that before the reply is aborted.
    reply->setReadBufferSize(wanted);
    m_pending = reply;
    return reply;
}

// Abandons a reply: nothing more of it is read or reported.
void RemoteImageReader::drop(QNetworkReply *reply)
{
    if (!reply)
        return;
    if (reply == m_pending)
        m_pending = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void RemoteImageReader::start(const QUrl &url)
{
    drop(m_pending);
    m_url = url;
    m_head = Part();
    m_done = false;
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        finish(unreadable(tr("%1 is not an http:// or https:// address.").arg(url.toString())));
        return;
    }
    m_deadline->start(m_timeoutMs);
    QNetworkReply *reply =
        get(url, "bytes=0-" + QByteArray::number(ImageFileInspector::kHeadBytes - 1),
            ImageFileInspector::kHeadBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { headArrived(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { headDone(reply); });
}

// Reads the head as it arrives; stops once there is enough, whatever the server goes on sending.
void RemoteImageReader::headArrived(QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError || statusOf(reply) >= 300 ||
        reply->bytesAvailable() < ImageFileInspector::kHeadBytes)
        return;
    m_head.data = reply->read(ImageFileInspector::kHeadBytes);
    if (statusOf(reply) == 206) {
        m_head.ranged = true;
        m_head.totalSize = totalFromContentRange(reply->rawHeader("Content-Range"));
    } else {
        m_head.ranged = false;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        m_head.totalSize = length.isValid() ? length.toLongLong() : -1;
    }
    drop(reply);
    headDone(nullptr);
}

void RemoteImageReader::fail(QNetworkReply *reply)
{
    const int code = statusOf(reply);
    QString detail;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        detail = tr("the connection to %1 was refused").arg(m_url.host());
        break;
    case QNetworkReply::HostNotFoundError:
        detail = tr("the host %1 was not found").arg(m_url.host());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        detail = tr("no answer within %1 seconds").arg(m_timeoutMs / 1000.0);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        detail = tr("the TLS handshake failed: %1").arg(reply->errorString());
        break;
    case QNetworkReply::TooManyRedirectsError:
        detail = tr("too many redirects");
        break;
    case QNetworkReply::InsecureRedirectError:
        detail = tr("the server redirected from HTTPS to plain HTTP");
        break;
    default:
        detail =
            code >= 400
                ? tr("the server answered HTTP %1 %2")
                      .arg(code)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
    }
    drop(reply);
    finish(unreadable(detail));
}

void RemoteImageReader::timedOut()
{
    drop(m_pending);
    finish(unreadable(tr("no answer within %1 seconds").arg(m_timeoutMs / 1000.0)));
}

void RemoteImageReader::headDone(QNetworkReply *reply)
{
    if (m_done)
        return;
    if (reply) {
        if (reply->error() != QNetworkReply::NoError) {
            fail(reply);
            return;
        }
        const int code = statusOf(reply);
        m_head.data = reply->read(ImageFileInspector::kHeadBytes);
        if (code == 206) {
            m_head.ranged = true;
            m_head.totalSize = totalFromContentRange(reply->rawHeader("Content-Range"));
        } else {
            m_head.ranged = false;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            m_head.totalSize = length.isValid() ? length.toLongLong() : m_head.data.size();
        }
        drop(reply);
    }
    const qint64 total = m_head.totalSize;
    if (total >= 0 && total <= m_head.data.size()) {
        // The whole file is in hand.
        finish(ImageFileInspector::inspect(
            m_head.data, m_head.data.right(int(ImageFileInspector::kTailBytes)), total));
        return;
    }
    if (!m_head.ranged) {
        inspectHeadOnly();
        return;
    }
    QNetworkReply *tail = get(m_url, "bytes=-" + QByteArray::number(ImageFileInspector::kTailBytes),
                              ImageFileInspector::kTailBytes);
    connect(tail, &QNetworkReply::readyRead, this, [this, tail] { tailArrived(tail); });
    connect(tail, &QNetworkReply::finished, this, [this, tail] { tailDone(tail); });
}

// A server that answers the request for the last bytes with anything but those bytes (the
// whole file, or more than was asked) is not read further.
void RemoteImageReader::tailArrived(QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError || statusOf(reply) >= 300)
        return;
    // The read buffer holds no more than was asked: a longer partial answer shows in its
    // announced length, and would otherwise stall until the deadline.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (statusOf(reply) == 206 &&
        (!length.isValid() || length.toLongLong() <= ImageFileInspector::kTailBytes))
        return;
    drop(reply);
    inspectHeadOnly();
}

void RemoteImageReader::tailDone(QNetworkReply *reply)
{
    if (m_done)
        return;
    if (reply->error() != QNetworkReply::NoError) {
        fail(reply);
        return;
    }
    if (statusOf(reply) != 206) {
        drop(reply);
        inspectHeadOnly();
        return;
    }
    const QByteArray tail = reply->read(ImageFileInspector::kTailBytes);
    drop(reply);
    finish(ImageFileInspector::inspect(m_head.data, tail, m_head.totalSize));
}

// The end of the file is out of reach without downloading all of it: inspect what the head
// tells.
void RemoteImageReader::inspectHeadOnly()
{
    finish(ImageFileInspector::inspect(m_head.data, QByteArray(), m_head.totalSize));
}

void RemoteImageReader::finish(const ImageFileReport &report)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    Q_EMIT finished(report);
}

ImageFileReport RemoteImageReader::readBlocking(const QUrl &url, int timeoutMs)
{
    RemoteImageReader reader;
    reader.setTimeout(timeoutMs);
    ImageFileReport result;
    QEventLoop loop;
    connect(&reader, &RemoteImageReader::finished, &loop, [&](const ImageFileReport &r) {
        result = r;
        loop.quit();
    });
    // The reader's own deadline ends the wait: it reports within timeoutMs.
    QTimer::singleShot(0, &reader, [&] { reader.start(url); });
    loop.exec();
    return result;
}

} // namespace cvm::net
