#include "ApiService.h"

#include "ImportOsCatalog.h"
#include "Language.h"
#include "RuleText.h"
#include "Rules.h"
#include "Tc3Signature.h"
#include "WorkspaceFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace cvm::api {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// An API error: Tencent's code, and a message in the caller's language.
struct ApiError
{
    QString code;
    QString message;
};

// English texts of the common API 3.0 errors (Tencent's own words).
QString commonMessage(const QString &code, const QString &detail)
{
    static const QHash<QString, const char *> texts = {
        {str("AuthFailure.InvalidAuthorization"),
         "Authorization in the request header is invalid."},
        {str("AuthFailure.SecretIdNotFound"), "Key does not exist."},
        {str("AuthFailure.SignatureExpire"),
         "Signature expired. Timestamp and server time cannot differ by more than five minutes."},
        {str("AuthFailure.SignatureFailure"), "The provided credentials could not be validated. "
                                              "Please check your signature is correct."},
        {str("InvalidAction"), "The API does not exist."},
        {str("NoSuchVersion"), "The API version does not exist."},
        {str("RequestSizeLimitExceeded"), "The request body exceeds the size limit."},
        {str("RequestLimitExceeded"), "The number of requests exceeds the frequency limit."},
        {str("UnsupportedProtocol"), "Only POST requests with a JSON body are supported."},
        {str("InvalidRegion.NotFound"), "The region cannot be found."},
        {str("InvalidFilter"), "Invalid filter."},
        {str("InvalidFilterValue.LimitExceeded"),
         "Up to 10 Filters and 5 Filters.Values each are allowed."},
        {str("InvalidParameterValue.LimitExceeded"),
         "The number of parameter values exceeds the limit."},
        {str("InvalidParameter.InvalidParameterCoexistImageIdsFilters"),
         "ImageIds and Filters cannot be specified at the same time."},
    };
    const auto it = texts.constFind(code);
    QString text = it == texts.cend() ? code : QString::fromLatin1(*it);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return text;
}

ApiError parameterError(const char *code, const QString &field, const QString &what)
{
    return {str(code), QStringLiteral("%1: %2").arg(field, what)};
}

QByteArray errorBody(const ApiError &e, const QString &requestId)
{
    const QJsonObject response{
        {str("Error"), QJsonObject{{str("Code"), e.code}, {str("Message"), e.message}}},
        {str("RequestId"), requestId}};
    return QJsonDocument(QJsonObject{{str("Response"), response}}).toJson(QJsonDocument::Compact);
}

// Equal or not, in a time that does not tell how many leading bytes matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false; // the length is no secret: a signature is 64 hex digits
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i));
    return diff == 0;
}

// Reads change nothing: the same signed read may be answered again.
bool isRead(const QString &action)
{
    return action.startsWith(QLatin1String("Describe"));
}

} // namespace

struct ApiService::Call
{
    QString action;
    QString region;
    QString account;
    QJsonObject params;
    QString language;
    std::optional<ApiError> error;
    bool changed = false;

    OperationContext context(bool dryRun) const
    {
        OperationContext ctx;
        ctx.accountId = account;
        ctx.channel = Channel::api();
        // An API caller has no dialog to confirm in: it has asked for the operation.
        ctx.acknowledged = {str("S6"), str("N4"), str("I2")};
        ctx.dryRun = dryRun;
        return ctx;
    }
    // Parameter readers: they set `error` and return a default when a value is wrong.
    bool has(const char *name) const { return params.contains(QLatin1String(name)); }
    QString string(const char *name, bool required)
    {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required && !error)
                error = parameterError("MissingParameter", QLatin1String(name),
                                       str("the parameter is required."));
            return {};
        }
        if (!v.isString() && !error)
            error =
                parameterError("InvalidParameter", QLatin1String(name), str("must be a String."));
        return v.toString();
    }
    // A list of at most `maxItems` strings (Tencent's documented limit where it has one).
    QStringList strings(const char *name, bool required, qsizetype maxItems)
    {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required && !error)
                error = parameterError("MissingParameter", QLatin1String(name),
                                       str("the parameter is required."));
            return {};
        }
        QStringList out;
        if (!v.isArray()) {
            if (!error)
                error = parameterError("InvalidParameter", QLatin1String(name),
                                       str("must be an Array of String."));
            return out;
        }
        const QJsonArray items = v.toArray();
        if (items.size() > maxItems) {
            if (!error)
                error = parameterError("InvalidParameterValue.LimitExceeded", QLatin1String(name),
                                       QStringLiteral("at most %1 values in one request, not %2.")
                                           .arg(maxItems)
                                           .arg(items.size()));
            return out;
        }
        for (const QJsonValue &x : items) {
            if (!x.isString() && !error)
                error = parameterError("InvalidParameter", QLatin1String(name),
                                       str("must be an Array of String."));
            out.append(x.toString());
        }
        return out;
    }
    bool boolean(const char *name, bool fallback = false)
    {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool() && !error)
            error =
                parameterError("InvalidParameter", QLatin1String(name), str("must be a Boolean."));
        return v.toBool(fallback);
    }
    qint64 integer(const char *name, qint64 fallback, qint64 min, qint64 max)
    {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
            if (!error)
                error = parameterError("InvalidParameter", QLatin1String(name),
                                       str("must be an Integer."));
            return fallback;
        }
        // Compared as doubles before any conversion: 1e300 does not fit in an integer.
        if (d < double(min) || d > double(max)) {
            if (!error)
                error = parameterError("InvalidParameterValue", QLatin1String(name),
                                       QStringLiteral("must be from %1 to %2.").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }
};

ApiService::ApiService(Operations &operations, ApiCredentials credentials)
    : m_ops(operations), m_credentials(std::move(credentials))
{}

ApiReply ApiService::commonError(const QString &code, const QString &detail)
{
    ApiReply r;
    r.body = errorBody({code, commonMessage(code, detail)},
                       QUuid::createUuid().toString(QUuid::WithoutBraces));
    return r;
}

void ApiService::forgetExpiredSignatures(qint64 now)
{
    while (!m_seenUntil.empty() && m_seenUntil.begin()->first < now) {
        m_seen.remove(m_seenUntil.begin()->second);
        m_seenUntil.erase(m_seenUntil.begin());
    }
}

QStringList ApiService::actions()
{
    return {str("DescribeImages"),
            str("DescribeImageSharePermission"),
            str("ModifyImageSharePermission"),
            str("SyncImages"),
            str("DeleteImages"),
            str("ModifyImageAttribute"),
            str("CreateImage"),
            str("ImportImage"),
            str("DescribeImportImageOs"),
            str("DescribeImageQuota"),
            str("DescribeRegions"),
            str("RunInstances"),
            str("ResetInstance"),
            str("DescribeInstances")};
}

ApiReply ApiService::handle(const ApiRequest &req)
{
    ++m_requests;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Call call;
    call.language = QString::fromLatin1(req.headers.value("x-tc-language"));
    auto reply = [&](const QJsonObject &body) {
        QJsonObject response = body;
        response.insert(str("RequestId"), requestId);
        ApiReply r;
        r.body =
            QJsonDocument(QJsonObject{{str("Response"), response}}).toJson(QJsonDocument::Compact);
        r.changed = call.changed;
        return r;
    };
    auto fail = [&](const ApiError &e) {
        ApiReply r;
        r.body = errorBody(e, requestId);
        r.changed = call.changed;
        return r;
    };
    auto common = [&](const char *code, const QString &detail = QString()) {
        return fail({str(code), commonMessage(str(code), detail)});
    };

    if (req.body.size() > kMaxBody)
        return common("RequestSizeLimitExceeded");
    if (req.method != "POST")
        return common("UnsupportedProtocol");
    call.action = QString::fromLatin1(req.headers.value("x-tc-action"));
    const QByteArray version = req.headers.value("x-tc-version");

    // Authentication.
    const std::optional<Tc3Signature::Authorization> auth =
        Tc3Signature::parse(req.headers.value("authorization"));
    if (!auth)
        return common("AuthFailure.InvalidAuthorization");
    const ApiCredential *credential = m_credentials.find(auth->secretId);
    if (!credential)
        return common("AuthFailure.SecretIdNotFound");
    bool tsOk = false;
    const qint64 timestamp = req.headers.value("x-tc-timestamp").toLongLong(&tsOk);
    if (!tsOk)
        return common("AuthFailure.InvalidAuthorization",
                      str("X-TC-Timestamp is missing or not a number."));
    // Bounds, not a difference: now - timestamp overflows for a timestamp near -2^63.
    const qint64 now = m_ops.clock().now().toSecsSinceEpoch();
    if (timestamp < now - kMaxClockSkew || timestamp > now + kMaxClockSkew)
        return common("AuthFailure.SignatureExpire");
    Tc3Signature::Request signedRequest;
    signedRequest.method = req.method;
    signedRequest.payload = req.body;
    signedRequest.timestamp = timestamp;
    signedRequest.service = auth->service; // as the SDKs sign: the service of the credential scope
    // As Tencent's signature document requires: content-type and host are always signed, and a
    // signed header is one that is sent (an absent one would be signed as empty, covering
    // nothing).
    QList<QByteArray> names;
    for (const QByteArray &signedName : auth->signedHeaders) {
        const QByteArray name = signedName.trimmed().toLower();
        if (name.isEmpty() || names.contains(name))
            return common("AuthFailure.InvalidAuthorization",
                          str("SignedHeaders names a header twice or an empty one."));
        if (!req.headers.contains(name))
            return common("AuthFailure.InvalidAuthorization",
                          QStringLiteral("SignedHeaders names %1, which the request does not send.")
                              .arg(QString::fromLatin1(name)));
        names.append(name);
        QByteArray value = req.headers.value(name);
        if (name == "host" && value.contains(':'))
            value = value.left(value.lastIndexOf(':')); // the SDKs sign the host without the port
        signedRequest.headers.append({name, value});
    }
    if (!names.contains("content-type") || !names.contains("host"))
        return common("AuthFailure.InvalidAuthorization",
                      str("SignedHeaders must include content-type and host."));
    if (auth->date != Tc3Signature::date(timestamp) ||
        !sameBytes(Tc3Signature::signature(credential->secretKey, signedRequest), auth->signature))
        return common("AuthFailure.SignatureFailure");
    call.account = credential->accountId;
    call.region = QString::fromLatin1(req.headers.value("x-tc-region"));

    // The SDKs sign neither X-TC-Action nor X-TC-Region, so a captured request could be sent
    // again, as itself or as another action, while its timestamp is in the window. Every
    // signature is remembered until then. A change may use one again only as the same action
    // in the same region, and only until it has been carried out. A read may use any: honest
    // clients send different reads with the same body in the same second (one per region, or
    // a read after a change), which carry the same signature, and a read changes nothing.
    forgetExpiredSignatures(now);
    const auto seen = m_seen.constFind(auth->signature);
    if (seen != m_seen.cend()) {
        if (!isRead(call.action) &&
            (seen->action != call.action || seen->region != call.region || seen->spent))
            return common("AuthFailure.SignatureFailure",
                          str("This signature was already used by an earlier request; a change "
                              "is carried out once per signature. Sign the request again (a new "
                              "X-TC-Timestamp) to send it again."));
    } else {
        if (m_seen.size() >= m_replayCapacity)
            return common("RequestLimitExceeded",
                          str("Too many requests within five minutes; try again later."));
        m_seen.insert(auth->signature, {call.action, call.region, false});
        m_seenUntil.emplace(timestamp + kMaxClockSkew, auth->signature);
    }

    if (!actions().contains(call.action))
        return common("InvalidAction", call.action);
    if (version != "2017-03-12")
        return common("NoSuchVersion", QString::fromLatin1(version));
    if (!call.region.isEmpty() && !m_ops.workspace().region(call.region))
        return common("InvalidRegion.NotFound", call.region);
    QJsonParseError parse;
    const QJsonDocument doc =
        QJsonDocument::fromJson(req.body.isEmpty() ? QByteArray("{}") : req.body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail({str("InvalidParameter"), str("The request body is not a JSON object.")});
    call.params = doc.object();

    // The console's words, in the caller's language; zh-CN is answered in English.
    const QString previous = Language::current();
    const QString wanted = call.language.startsWith(QLatin1String("id")) ? str("id") : str("en");
    if (wanted != previous)
        Language::apply(wanted);
    const QJsonObject out = dispatch(call);
    if (call.changed)
        m_seen[auth->signature].spent = true;
    if (wanted != previous)
        Language::apply(previous);
    if (call.error)
        return fail(*call.error);
    return reply(out);
}

namespace {

QJsonObject imageToApi(const Image &img, const QString &viewer)
{
    QJsonObject o = WorkspaceFile::imageToJson(img);
    for (const char *k : {"OwnerAccountId", "Region", "Shares", "SourceImageId", "SourceRegion",
                          "CreatedFromInstanceId", "Encrypted", "FailureReason", "FailedChecks"})
        o.remove(QLatin1String(k));
    const auto type = Rules::typeFor(img, viewer);
    o.insert(str("ImageType"), type ? toString(*type) : QString());
    if (!img.syncPercent)
        o.insert(str("SyncPercent"), QJsonValue::Null);
    if (img.imageCreator.isEmpty())
        o.insert(str("ImageCreator"), QJsonValue::Null);
    return o;
}

} // namespace

QJsonObject ApiService::dispatch(Call &c)
{
    Workspace &ws = m_ops.workspace();
    const QString &a = c.action;
    // True when the request is answered now: refused, or a DryRun that would pass, which CVM
    // answers with its RequestId only ("if the check passes, the RequestId is returned").
    auto refused = [&c](const OperationResult &r) {
        if (r.status == OperationResult::Status::DryRunPassed)
            return true;
        if (!r.refused())
            return false;
        const Violation &v = r.verdict.violations.first();
        c.error = ApiError{v.code, RuleText::message(v)};
        return true;
    };
    auto needRegion = [&]() {
        if (c.region.isEmpty() && !c.error)
            c.error = parameterError("MissingParameter", str("X-TC-Region"),
                                     str("the header is required."));
        return !c.region.isEmpty();
    };

    if (a == QLatin1String("DescribeImages")) {
        const QStringList ids = c.strings("ImageIds", false, 100);
        const QJsonValue filtersValue = c.params.value(str("Filters"));
        const qint64 offset = c.integer("Offset", 0, 0, std::numeric_limits<int>::max());
        const qint64 limit = c.integer("Limit", 20, 0, 100);
        if (c.error || !needRegion())
            return {};
        if (!ids.isEmpty() && filtersValue.isArray() && !filtersValue.toArray().isEmpty()) {
            c.error = ApiError{
                str("InvalidParameter.InvalidParameterCoexistImageIdsFilters"),
                commonMessage(str("InvalidParameter.InvalidParameterCoexistImageIdsFilters"),
                              QString())};
            return {};
        }
        QList<QString> visible = Rules::visibleImageIds(ws, c.account, c.region);
        std::sort(visible.begin(), visible.end());
        QList<const Image *> matched;
        if (!ids.isEmpty()) {
            for (const QString &id : ids) {
                Verdict v;
                if (!Rules::lookUp(ws, c.account, id, v) &&
                    v.hasCode(str("InvalidImageId.Malformed"))) {
                    c.error = ApiError{str("InvalidImageId.Malformed"),
                                       RuleText::message(v.violations.first())};
                    return {};
                }
            }
            for (const QString &id : visible) {
                if (ids.contains(id))
                    matched.append(ws.image(id));
            }
        } else {
            const QJsonArray filters = filtersValue.toArray();
            if (filters.size() > 10) {
                c.error = ApiError{str("InvalidFilterValue.LimitExceeded"),
                                   commonMessage(str("InvalidFilterValue.LimitExceeded"), {})};
                return {};
            }
            QList<std::pair<QString, QStringList>> wanted;
            for (const QJsonValue &f : filters) {
                const QString name = f.toObject().value(str("Name")).toString();
                const QJsonArray given = f.toObject().value(str("Values")).toArray();
                static const QStringList known = {str("image-id"), str("image-type"),
                                                  str("image-name"), str("platform")};
                if (!known.contains(name)) {
                    c.error =
                        ApiError{str("InvalidFilter"), commonMessage(str("InvalidFilter"), name)};
                    return {};
                }
                if (given.size() > 5) {
                    c.error = ApiError{str("InvalidFilterValue.LimitExceeded"),
                                       commonMessage(str("InvalidFilterValue.LimitExceeded"), {})};
                    return {};
                }
                QStringList values;
                for (const QJsonValue &x : given)
                    values.append(x.toString());
                wanted.append({name, values});
            }
            for (const QString &id : visible) {
                const Image *img = ws.image(id);
                bool ok = true;
                for (const auto &[name, values] : wanted) {
                    bool any = false;
                    for (const QString &v : values) {
                        if (name == QLatin1String("image-id"))
                            any = any || img->imageId == v;
                        else if (name == QLatin1String("image-type"))
                            any = any || toString(*Rules::typeFor(*img, c.account)) == v;
                        else if (name == QLatin1String("image-name"))
                            any = any || img->imageName.contains(v, Qt::CaseInsensitive);
                        else
                            any = any || img->platform.contains(v, Qt::CaseInsensitive);
                    }
                    ok = ok && any;
                }
                if (ok)
                    matched.append(img);
            }
        }
        QJsonArray set;
        for (qsizetype i = offset; i < matched.size() && set.size() < limit; ++i)
            set.append(imageToApi(*matched.at(i), c.account));
        return {{str("TotalCount"), int(matched.size())}, {str("ImageSet"), set}};
    }
    if (a == QLatin1String("DescribeImageSharePermission")) {
        const QString id = c.string("ImageId", true);
        if (c.error || !needRegion())
            return {};
        const Verdict v = Rules::checkCancelShareImage(ws, c.account, id, c.region);
        if (!v.allowed()) {
            c.error = ApiError{v.violations.first().code, RuleText::message(v.violations.first())};
            return {};
        }
        QJsonArray set;
        for (const ShareEntry &s : ws.image(id)->shares)
            set.append(QJsonObject{{str("CreatedTime"), WorkspaceFile::timeToString(s.createdTime)},
                                   {str("AccountId"), s.accountId}});
        return {{str("SharePermissionSet"), set}};
    }
    if (a == QLatin1String("ModifyImageSharePermission")) {
        const QString id = c.string("ImageId", true);
        const QStringList accounts = c.strings("AccountIds", true, 500);
        const QString permission = c.string("Permission", true);
        if (c.error || !needRegion())
            return {};
        if (permission != QLatin1String("SHARE") && permission != QLatin1String("CANCEL")) {
            c.error = parameterError("InvalidParameterValue", str("Permission"),
                                     str("must be SHARE or CANCEL."));
            return {};
        }
        const OperationResult r = m_ops.modifySharePermission(
            c.context(false), {id, accounts,
                               permission == QLatin1String("SHARE") ? SharePermission::Share
                                                                    : SharePermission::Cancel,
                               c.region});
        if (refused(r))
            return {};
        c.changed = true;
        return {};
    }
    if (a == QLatin1String("SyncImages")) {
        const QStringList ids = c.strings("ImageIds", true, 100);
        const QStringList regions = c.strings("DestinationRegions", true, 100);
        const bool dryRun = c.boolean("DryRun");
        const bool setRequired = c.boolean("ImageSetRequired");
        const QString name = c.string("ImageName", false);
        if (c.error || !needRegion())
            return {};
        if (ids.size() != 1) {
            c.error = parameterError("InvalidParameterValue.LimitExceeded", str("ImageIds"),
                                     str("one image per call."));
            return {};
        }
        SyncRequest request{ids.first(), regions,
                            c.has("ImageName") ? std::optional<QString>(name) : std::nullopt};
        request.region = c.region;
        const OperationResult r = m_ops.syncImages(c.context(dryRun), request);
        if (refused(r))
            return {};
        c.changed = true;
        return setRequired ? QJsonObject{{str("ImageSet"), r.result.value(str("ImageSet"))}}
                           : QJsonObject{};
    }
    if (a == QLatin1String("DeleteImages")) {
        const QStringList ids = c.strings("ImageIds", true, 100);
        const bool dryRun = c.boolean("DryRun");
        const bool snaps = c.boolean("DeleteBindedSnap");
        if (c.error || !needRegion())
            return {};
        if (refused(m_ops.deleteImages(c.context(dryRun), {ids, snaps, c.region})))
            return {};
        c.changed = true;
        return {};
    }
    if (a == QLatin1String("ModifyImageAttribute")) {
        const QString id = c.string("ImageId", true);
        const QString name = c.string("ImageName", false);
        const QString description = c.string("ImageDescription", false);
        if (c.error || !needRegion())
            return {};
        ModifyAttributeRequest r{id, std::nullopt, std::nullopt, c.region};
        if (c.has("ImageName"))
            r.imageName = name;
        if (c.has("ImageDescription"))
            r.imageDescription = description;
        if (refused(m_ops.modifyImageAttribute(c.context(false), r)))
            return {};
        c.changed = true;
        return {};
    }
    if (a == QLatin1String("CreateImage")) {
        CreateImageRequest r;
        r.instanceId = c.string("InstanceId", true);
        r.imageName = c.string("ImageName", true);
        r.imageDescription = c.string("ImageDescription", false);
        r.forcePoweroff =
            c.string("ForcePoweroff", false).compare(QLatin1String("true"), Qt::CaseInsensitive) ==
            0;
        r.sysprep =
            c.string("Sysprep", false).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        const bool dryRun = c.boolean("DryRun");
        r.region = c.region;
        if (c.error || !needRegion())
            return {};
        const OperationResult result = m_ops.createImage(c.context(dryRun), r);
        if (refused(result))
            return {};
        c.changed = true;
        return {{str("ImageId"), result.result.value(str("ImageId"))}};
    }
    if (a == QLatin1String("ImportImage")) {
        ImportRequest r;
        r.region = c.region;
        r.architecture = c.string("Architecture", true);
        r.osType = c.string("OsType", true);
        r.osVersion = c.string("OsVersion", true);
        r.imageUrl = c.string("ImageUrl", true);
        r.imageName = c.string("ImageName", true);
        r.imageDescription = c.string("ImageDescription", false);
        r.force = c.boolean("Force");
        const QString licence = c.string("LicenseType", false);
        const bool dryRun = c.boolean("DryRun");
        if (c.error || !needRegion())
            return {};
        r.licenseType =
            licence == QLatin1String("BYOL") ? LicenseType::Byol : LicenseType::TencentCloud;
        // The endpoint does not fetch the file: its format is taken from the name, as the
        // import service would find it; sizes are checked when the task runs.
        const QString path = QUrl(r.imageUrl).path().toLower();
        r.file.format = path.endsWith(QLatin1String(".qcow2"))  ? str("QCOW2")
                        : path.endsWith(QLatin1String(".vhd"))  ? str("VHD")
                        : path.endsWith(QLatin1String(".vmdk")) ? str("VMDK")
                        : path.endsWith(QLatin1String(".iso"))  ? str("ISO")
                                                                : str("RAW");
        const OperationResult result = m_ops.importImage(c.context(dryRun), r);
        if (refused(result))
            return {};
        c.changed = true;
        return {{str("ImageId"), result.result.value(str("ImageId"))}};
    }
    if (a == QLatin1String("DescribeImportImageOs")) {
        QJsonArray windows, linux, versions;
        for (const ImportOsVersion &os : ImportOsCatalog::all()) {
            (os.windows ? windows : linux).append(os.osName);
            versions.append(
                QJsonObject{{str("OsName"), os.osName},
                            {str("OsVersions"), QJsonArray::fromStringList(os.osVersions)},
                            {str("Architecture"), QJsonArray::fromStringList(os.architectures)}});
        }
        return {{str("ImportImageOsListSupported"),
                 QJsonObject{{str("Windows"), windows}, {str("Linux"), linux}}},
                {str("ImportImageOsVersionSet"), versions}};
    }
    if (a == QLatin1String("DescribeImageQuota"))
        return {{str("ImageNumQuota"), ws.policy().customImageQuotaPerRegion}};
    if (a == QLatin1String("DescribeRegions")) {
        QJsonArray set;
        for (const Region &r : ws.regions())
            set.append(QJsonObject{{str("Region"), r.regionId},
                                   {str("RegionName"), r.nameEn},
                                   {str("RegionState"), toString(r.state)}});
        return {{str("TotalCount"), int(set.size())}, {str("RegionSet"), set}};
    }
    if (a == QLatin1String("RunInstances")) {
        RunInstancesRequest r;
        r.imageId = c.string("ImageId", true);
        r.region = c.region;
        r.zone = c.params.value(str("Placement")).toObject().value(str("Zone")).toString();
        r.count = int(c.integer("InstanceCount", 1, 1, 100));
        r.instanceName = c.string("InstanceName", false);
        const bool dryRun = c.boolean("DryRun");
        if (c.error || !needRegion())
            return {};
        const OperationResult result = m_ops.runInstances(c.context(dryRun), r);
        if (refused(result))
            return {};
        c.changed = true;
        return {{str("InstanceIdSet"), result.result.value(str("InstanceIdSet"))}};
    }
    if (a == QLatin1String("ResetInstance")) {
        const ResetInstanceRequest r{c.string("InstanceId", true), c.string("ImageId", false),
                                     c.region};
        if (c.error || !needRegion())
            return {};
        if (refused(m_ops.resetInstance(c.context(false), r)))
            return {};
        c.changed = true;
        return {};
    }
    if (a == QLatin1String("DescribeInstances")) {
        const QStringList ids = c.strings("InstanceIds", false, 100);
        const qint64 offset = c.integer("Offset", 0, 0, std::numeric_limits<int>::max());
        const qint64 limit = c.integer("Limit", 20, 0, 100);
        if (c.error)
            return {};
        QStringList mine = ws.instancesOf(c.account).values();
        std::sort(mine.begin(), mine.end());
        QJsonArray set;
        int total = 0;
        for (const QString &id : std::as_const(mine)) {
            const Instance *i = ws.instance(id);
            if ((!ids.isEmpty() && !ids.contains(id)) ||
                (!c.region.isEmpty() && i->region != c.region))
                continue;
            if (total++ < offset || set.size() >= limit)
                continue;
            set.append(
                QJsonObject{{str("InstanceId"), i->instanceId},
                            {str("InstanceName"), i->instanceName},
                            {str("Placement"), QJsonObject{{str("Zone"), i->zone}}},
                            {str("ImageId"), i->imageId},
                            {str("OsName"), i->osName},
                            {str("InstanceState"), i->instanceState},
                            {str("CreatedTime"), WorkspaceFile::timeToString(i->createdTime)}});
        }
        return {{str("TotalCount"), total}, {str("InstanceSet"), set}};
    }
    c.error = ApiError{str("InvalidAction"), commonMessage(str("InvalidAction"), a)};
    return {};
}

} // namespace cvm::api
