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

} // namespace

RemoteImageReader::RemoteImageReader(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

RemoteImageReader::~RemoteImageReader() = default;

QNetworkReply *RemoteImageReader::get(const QUrl &url, const QByteArray &range)
{
    QNetworkRequest request(url);
    request.setRawHeader("Range", range);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("imageconsole"));
    return m_nam->get(request);
}

void RemoteImageReader::start(const QUrl &url)
{
    m_url = url;
    m_done = false;
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        finish(unreadable(tr("%1 is not an http:// or https:// address.").arg(url.toString())));
        return;
    }
    QNetworkReply *reply =
        get(url, "bytes=0-" + QByteArray::number(ImageFileInspector::kHeadBytes - 1));
    // Read the head as it arrives; stop once there is enough even if the server sends the
    // whole file.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply->error() != QNetworkReply::NoError)
            return;
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (code == 200 && reply->bytesAvailable() >= ImageFileInspector::kHeadBytes) {
            m_head.data = reply->read(ImageFileInspector::kHeadBytes);
            m_head.totalSize = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            m_head.ranged = false;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            headDone(nullptr);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { headDone(reply); });
}

void RemoteImageReader::fail(QNetworkReply *reply)
{
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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
    reply->deleteLater();
    finish(unreadable(detail));
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
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_head.data = reply->read(ImageFileInspector::kHeadBytes);
        if (code == 206) {
            m_head.ranged = true;
            m_head.totalSize = totalFromContentRange(reply->rawHeader("Content-Range"));
        } else {
            m_head.ranged = false;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            m_head.totalSize = length.isValid() ? length.toLongLong() : m_head.data.size();
        }
        reply->deleteLater();
    }
    const qint64 total = m_head.totalSize;
    if (total >= 0 && total <= m_head.data.size()) {
        // The whole file is in hand.
        finish(ImageFileInspector::inspect(
            m_head.data, m_head.data.right(int(ImageFileInspector::kTailBytes)), total));
        return;
    }
    if (!m_head.ranged) {
        // The server ignores ranges: the end of the file is out of reach without downloading
        // all of it. Inspect what the head tells.
        ImageFileReport r = ImageFileInspector::inspect(m_head.data, QByteArray(), total);
        finish(r);
        return;
    }
    QNetworkReply *tail =
        get(m_url, "bytes=-" + QByteArray::number(ImageFileInspector::kTailBytes));
    connect(tail, &QNetworkReply::finished, this, [this, tail] { tailDone(tail); });
}

void RemoteImageReader::tailDone(QNetworkReply *reply)
{
    if (m_done)
        return;
    if (reply->error() != QNetworkReply::NoError) {
        fail(reply);
        return;
    }
    const QByteArray tail = reply->readAll().right(int(ImageFileInspector::kTailBytes));
    reply->deleteLater();
    finish(ImageFileInspector::inspect(m_head.data, tail, m_head.totalSize));
}

void RemoteImageReader::finish(const ImageFileReport &report)
{
    if (m_done)
        return;
    m_done = true;
    // A body shorter than the header it promised is a truncated file, not a server problem.
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
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, [&] {
        result = unreadable(tr("no answer within %1 seconds").arg(timeoutMs / 1000.0));
        loop.quit();
    });
    guard.start(timeoutMs * 3);
    QTimer::singleShot(0, &reader, [&] { reader.start(url); });
    loop.exec();
    return result;
}

} // namespace cvm::net
