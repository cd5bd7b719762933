#include "ApiService.h"

#include "ApiCodes.h"
#include "FormParameters.h"
#include "HmacSignature.h"
#include "ImportOsCatalog.h"
#include "InstanceTypeCatalog.h"
#include "Language.h"
#include "RuleText.h"
#include "Rules.h"
#include "Tc3Signature.h"
#include "WorkspaceFile.h"

#include <QCryptographicHash>
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

// The version of the CVM API the endpoint speaks.
constexpr char kApiVersion[] = "2017-03-12";

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
        {codes::AuthFailureInvalidAuthorization, "Authorization in the request header is invalid."},
        {codes::AuthFailureSecretIdNotFound, "Key does not exist."},
        {codes::AuthFailureSignatureExpire,
         "Signature expired. Timestamp and server time cannot differ by more than five minutes."},
        {codes::AuthFailureSignatureFailure, "The provided credentials could not be validated. "
                                             "Please check your signature is correct."},
        {codes::InvalidAction, "The API does not exist."},
        {codes::NoSuchVersion, "The API version does not exist."},
        {codes::RequestSizeLimitExceeded, "The request body exceeds the size limit."},
        {codes::RequestLimitExceeded, "The number of requests exceeds the frequency limit."},
        {codes::UnsupportedProtocol, "Only GET and POST requests are supported."},
        {codes::InvalidRegionNotFound, "The region cannot be found."},
        {codes::InvalidFilter, "Invalid filter."},
        {codes::InvalidFilterValueLimitExceeded,
         "Up to 10 Filters and 5 Filters.Values each are allowed."},
        {codes::InvalidParameterValueLimitExceeded,
         "The number of parameter values exceeds the limit."},
        {codes::InvalidParameterInvalidParameterCoexistImageIdsFilters,
         "ImageIds and Filters cannot be specified at the same time."},
    };
    const auto it = texts.constFind(code);
    QString text = it == texts.cend() ? code : QString::fromLatin1(*it);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return text;
}

ApiError parameterError(QLatin1String code, const QString &field, const QString &what)
{
    return {code, QStringLiteral("%1: %2").arg(field, what)};
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

// One call of an action: who makes it, where, with which parameters, and what it met.
struct Call
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
        ctx.acknowledged = {ruleId(Rule::S6), ruleId(Rule::N4), ruleId(Rule::I2)};
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
                error = parameterError(codes::MissingParameter, QLatin1String(name),
                                       str("the parameter is required."));
            return {};
        }
        if (!v.isString() && !error)
            error = parameterError(codes::InvalidParameter, QLatin1String(name),
                                   str("must be a String."));
        return v.toString();
    }
    // A list of at most `maxItems` strings (Tencent's documented limit where it has one).
    QStringList strings(const char *name, bool required, qsizetype maxItems)
    {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required && !error)
                error = parameterError(codes::MissingParameter, QLatin1String(name),
                                       str("the parameter is required."));
            return {};
        }
        QStringList out;
        if (!v.isArray()) {
            if (!error)
                error = parameterError(codes::InvalidParameter, QLatin1String(name),
                                       str("must be an Array of String."));
            return out;
        }
        const QJsonArray items = v.toArray();
        if (items.size() > maxItems) {
            if (!error)
                error =
                    parameterError(codes::InvalidParameterValueLimitExceeded, QLatin1String(name),
                                   QStringLiteral("at most %1 values in one request, not %2.")
                                       .arg(maxItems)
                                       .arg(items.size()));
            return out;
        }
        for (const QJsonValue &x : items) {
            if (!x.isString() && !error)
                error = parameterError(codes::InvalidParameter, QLatin1String(name),
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
            error = parameterError(codes::InvalidParameter, QLatin1String(name),
                                   str("must be a Boolean."));
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
                error = parameterError(codes::InvalidParameter, QLatin1String(name),
                                       str("must be an Integer."));
            return fallback;
        }
        // Compared as doubles before any conversion: 1e300 does not fit in an integer.
        if (d < double(min) || d > double(max)) {
            if (!error)
                error = parameterError(codes::InvalidParameterValue, QLatin1String(name),
                                       QStringLiteral("must be from %1 to %2.").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }
    // True when the call is answered now: refused, or a DryRun that would pass, which CVM
    // answers with its RequestId only ("if the check passes, the RequestId is returned").
    bool refused(const OperationResult &r)
    {
        if (r.status == OperationResult::Status::DryRunPassed)
            return true;
        if (!r.refused())
            return false;
        const Violation &v = r.verdict.violations.first();
        error = ApiError{v.code, RuleText::message(v)};
        return true;
    }
    bool needRegion()
    {
        if (region.isEmpty() && !error)
            error = parameterError(codes::MissingParameter, str("X-TC-Region"),
                                   str("the header is required."));
        return !region.isEmpty();
    }
    // Tags of a TagSpecification [{ResourceType, Tags: [{Key, Value}]}] for `resourceType`.
    QList<Tag> tagSpecification(const char *resourceType)
    {
        QList<Tag> tags;
        const QJsonValue v = params.value(str("TagSpecification"));
        if (v.isUndefined() || v.isNull() || error)
            return tags;
        for (const QJsonValue &spec : v.toArray()) {
            const QJsonObject o = spec.toObject();
            if (!spec.isObject() ||
                o.value(str("ResourceType")).toString() != QLatin1String(resourceType) ||
                !o.value(str("Tags")).isArray()) {
                error = parameterError(codes::InvalidParameterValue, str("TagSpecification"),
                                       QStringLiteral("ResourceType must be %1, with Tags.")
                                           .arg(QLatin1String(resourceType)));
                return tags;
            }
            for (const QJsonValue &t : o.value(str("Tags")).toArray()) {
                const QString key = t.toObject().value(str("Key")).toString();
                if (key.trimmed().isEmpty() || !t.toObject().value(str("Value")).isString()) {
                    error =
                        parameterError(codes::InvalidParameterValue, str("TagSpecification.Tags"),
                                       str("each tag is {\"Key\": String, \"Value\": String}."));
                    return tags;
                }
                tags.append(Tag{key, t.toObject().value(str("Value")).toString()});
            }
        }
        if (!v.isArray())
            error = parameterError(codes::InvalidParameter, str("TagSpecification"),
                                   str("must be an Array of TagSpecification."));
        return tags;
    }
};

} // namespace

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

namespace {

// What authenticating a request established, in whichever style it was signed.
struct Authenticated
{
    const ApiCredential *credential = nullptr;
    QString action;
    QByteArray version;
    QString region;
    QString language;
    qint64 timestamp = 0;
    QByteArray signature; // remembered against replay
    bool unsignedPayload = false;
    std::optional<QJsonObject> params; // from a form or a query string; else the JSON body
};

ApiError commonApiError(QLatin1String code, const QString &detail = QString())
{
    return {code, commonMessage(code, detail)};
}

// The host as the request sends it, and without its port: the Go and Python SDKs and tccli sign
// the Host header as they send it (127.0.0.1:9000), the Node SDK signs the host name alone.
QList<QByteArray> signedHostForms(const QByteArray &host)
{
    const qsizetype colon = host.lastIndexOf(':');
    if (colon < 0 || host.indexOf(']', colon) >= 0) // no port ("[::1]" has colons of its own)
        return {host};
    return {host, host.left(colon)};
}

std::optional<ApiError> checkTimestamp(const QByteArray &text, const char *name, qint64 now,
                                       qint64 *timestamp)
{
    bool ok = false;
    *timestamp = text.toLongLong(&ok);
    if (!ok)
        return commonApiError(
            codes::AuthFailureInvalidAuthorization,
            QStringLiteral("%1 is missing or not a number.").arg(QLatin1String(name)));
    // Bounds, not a difference: now - timestamp overflows for a timestamp near -2^63.
    if (*timestamp < now - ApiService::kMaxClockSkew ||
        *timestamp > now + ApiService::kMaxClockSkew)
        return commonApiError(codes::AuthFailureSignatureExpire);
    return std::nullopt;
}

std::optional<QJsonObject> formToJson(const QList<QPair<QByteArray, QByteArray>> &params,
                                      ApiError *error)
{
    QString why;
    const std::optional<QJsonObject> json = FormParameters::toJson(params, &why);
    if (!json)
        *error = {codes::InvalidParameter, why};
    return json;
}

// TC3-HMAC-SHA256, POST with a JSON body or GET with the parameters in the query string.
std::optional<ApiError> authenticateTc3(const ApiRequest &req, const ApiCredentials &credentials,
                                        qint64 now, Authenticated &out)
{
    const std::optional<Tc3Signature::Authorization> auth =
        Tc3Signature::parse(req.headers.value("authorization"));
    if (!auth)
        return commonApiError(codes::AuthFailureInvalidAuthorization);
    out.credential = credentials.find(auth->secretId);
    if (!out.credential)
        return commonApiError(codes::AuthFailureSecretIdNotFound);
    if (const auto e = checkTimestamp(req.headers.value("x-tc-timestamp"), "X-TC-Timestamp", now,
                                      &out.timestamp))
        return e;
    Tc3Signature::Request signedRequest;
    signedRequest.method = req.method;
    // The SDKs sign a GET's query string as they send it (already sorted and encoded).
    signedRequest.canonicalQuery = req.method == "GET" ? req.query : QByteArray();
    signedRequest.payload = req.body;
    signedRequest.timestamp = out.timestamp;
    signedRequest.service = auth->service; // as the SDKs sign: the service of the credential scope
    if (req.headers.contains("x-tc-content-sha256")) {
        // The Go and Python SDKs' unsignedPayload: the body is not signed (TLS protects it).
        if (req.headers.value("x-tc-content-sha256") != "UNSIGNED-PAYLOAD")
            return commonApiError(codes::AuthFailureInvalidAuthorization,
                                  str("X-TC-Content-SHA256 may only be UNSIGNED-PAYLOAD."));
        signedRequest.unsignedPayload = true;
        out.unsignedPayload = true;
    }
    // As Tencent's signature document requires: content-type and host are always signed, and a
    // signed header is one that is sent (an absent one would be signed as empty, covering
    // nothing).
    QList<QByteArray> names;
    qsizetype hostIndex = -1;
    for (const QByteArray &signedName : auth->signedHeaders) {
        const QByteArray name = signedName.trimmed().toLower();
        if (name.isEmpty() || names.contains(name))
            return commonApiError(codes::AuthFailureInvalidAuthorization,
                                  str("SignedHeaders names a header twice or an empty one."));
        if (!req.headers.contains(name))
            return commonApiError(
                codes::AuthFailureInvalidAuthorization,
                QStringLiteral("SignedHeaders names %1, which the request does not send.")
                    .arg(QString::fromLatin1(name)));
        names.append(name);
        if (name == "host")
            hostIndex = signedRequest.headers.size();
        signedRequest.headers.append({name, req.headers.value(name)});
    }
    if (!names.contains("content-type") || hostIndex < 0)
        return commonApiError(codes::AuthFailureInvalidAuthorization,
                              str("SignedHeaders must include content-type and host."));
    bool valid = false;
    if (auth->date == Tc3Signature::date(out.timestamp)) {
        for (const QByteArray &host : signedHostForms(req.headers.value("host"))) {
            signedRequest.headers[hostIndex].second = host;
            valid = sameBytes(Tc3Signature::signature(out.credential->secretKey, signedRequest),
                              auth->signature) ||
                    valid;
        }
    }
    if (!valid)
        return commonApiError(codes::AuthFailureSignatureFailure);
    out.signature = auth->signature;
    out.action = QString::fromLatin1(req.headers.value("x-tc-action"));
    out.version = req.headers.value("x-tc-version");
    out.region = QString::fromLatin1(req.headers.value("x-tc-region"));
    out.language = QString::fromLatin1(req.headers.value("x-tc-language"));
    if (out.unsignedPayload) {
        // Such a signature covers only the time: every request of one second carries the same.
        // The request is remembered by what it asks too, so that an honest client's requests of
        // one second are told apart and the same change still runs once.
        out.signature += ' ' + QCryptographicHash::hash(out.action.toUtf8() + '\n' +
                                                            out.region.toUtf8() + '\n' + req.body,
                                                        QCryptographicHash::Sha256)
                                   .toHex();
    }
    if (req.method == "GET") {
        QString why;
        const auto params = FormParameters::decode(req.query, &why);
        if (!params)
            return ApiError{codes::InvalidParameter, why};
        ApiError error;
        out.params = formToJson(*params, &error);
        if (!out.params)
            return error;
    }
    return std::nullopt;
}

// The older signature (HmacSHA256 or HmacSHA1): every parameter in the form of a POST or the
// query string of a GET.
std::optional<ApiError> authenticateHmac(const ApiRequest &req, const ApiCredentials &credentials,
                                         qint64 now, Authenticated &out)
{
    QString why;
    const auto params = FormParameters::decode(req.method == "GET" ? req.query : req.body, &why);
    if (!params)
        return ApiError{codes::InvalidParameter, why};
    QHash<QByteArray, QByteArray> common;
    QList<QPair<QByteArray, QByteArray>> actionParams;
    static const QList<QByteArray> commonNames = {
        "Action",          "Version",   "Region", "Timestamp", "Nonce",        "SecretId",
        "SignatureMethod", "Signature", "Token",  "Language",  "RequestClient"};
    for (const auto &p : *params) {
        if (commonNames.contains(p.first))
            common.insert(p.first, p.second);
        else
            actionParams.append(p);
    }
    if (!common.contains("Signature") || !common.contains("SecretId"))
        return commonApiError(codes::AuthFailureInvalidAuthorization,
                              str("Sign the request: an Authorization header (TC3-HMAC-SHA256), "
                                  "or SecretId and Signature parameters (HmacSHA256, HmacSHA1)."));
    const std::optional<HmacSignature::Method> method =
        HmacSignature::method(common.value("SignatureMethod"));
    if (!method)
        return commonApiError(codes::AuthFailureInvalidAuthorization,
                              str("SignatureMethod must be HmacSHA256 or HmacSHA1."));
    if (common.value("Nonce").isEmpty())
        return commonApiError(codes::AuthFailureInvalidAuthorization, str("Nonce is missing."));
    out.credential = credentials.find(common.value("SecretId"));
    if (!out.credential)
        return commonApiError(codes::AuthFailureSecretIdNotFound);
    if (const auto e = checkTimestamp(common.value("Timestamp"), "Timestamp", now, &out.timestamp))
        return e;
    // The path is "/": the HTTP front refuses any other.
    bool valid = false;
    for (const QByteArray &host : signedHostForms(req.headers.value("host"))) {
        const QByteArray expected =
            HmacSignature::signature(out.credential->secretKey, *method,
                                     HmacSignature::stringToSign(req.method, host, "/", *params));
        valid = sameBytes(expected, common.value("Signature")) || valid;
    }
    if (!valid)
        return commonApiError(codes::AuthFailureSignatureFailure);
    out.signature = common.value("Signature");
    out.action = QString::fromUtf8(common.value("Action"));
    out.version = common.value("Version");
    out.region = QString::fromUtf8(common.value("Region"));
    out.language = QString::fromUtf8(common.value("Language"));
    ApiError error;
    out.params = formToJson(actionParams, &error);
    if (!out.params)
        return error;
    return std::nullopt;
}

ApiError actionError(QLatin1String code, const QString &message)
{
    return ApiError{code, message};
}

// A refusal as the rules word it, in the caller's language.
ApiError ruleError(const Verdict &v)
{
    return ApiError{v.violations.first().code, RuleText::message(v.violations.first())};
}

// Filters{Name, Values[]}: at most 10 filters of 5 values, each a string.
std::optional<ApiError> readFilters(const QJsonValue &value,
                                    QList<std::pair<QString, QStringList>> &out)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return parameterError(codes::InvalidParameter, str("Filters"),
                              str("must be an Array of Filter."));
    const QJsonArray filters = value.toArray();
    if (filters.size() > 10)
        return ApiError{codes::InvalidFilterValueLimitExceeded,
                        commonMessage(codes::InvalidFilterValueLimitExceeded, {})};
    for (const QJsonValue &f : filters) {
        const QJsonObject o = f.toObject();
        const QJsonValue name = o.value(str("Name"));
        const QJsonValue values = o.value(str("Values"));
        if (!f.isObject() || !name.isString() || !values.isArray())
            return parameterError(codes::InvalidParameter, str("Filters"),
                                  str("each filter is {\"Name\": String, \"Values\": [String]}."));
        if (values.toArray().size() > 5)
            return ApiError{codes::InvalidFilterValueLimitExceeded,
                            commonMessage(codes::InvalidFilterValueLimitExceeded, {})};
        QStringList strings;
        for (const QJsonValue &x : values.toArray()) {
            if (!x.isString())
                return parameterError(codes::InvalidParameter, str("Filters.Values"),
                                      str("must be an Array of String."));
            strings.append(x.toString());
        }
        out.append({name.toString(), strings});
    }
    return std::nullopt;
}

// Tags match `tag-key`, `tag-value` and `tag:KEY` filters as the cloud matches them: exactly.
bool tagsMatch(const QList<Tag> &tags, const QString &filter, const QStringList &values)
{
    for (const Tag &t : tags) {
        for (const QString &v : values) {
            if (filter == QLatin1String("tag-key")     ? t.key == v
                : filter == QLatin1String("tag-value") ? t.value == v
                                                       : t.key == filter.mid(4) && t.value == v)
                return true;
        }
    }
    return false;
}

bool isTagFilter(const QString &name)
{
    return name == QLatin1String("tag-key") || name == QLatin1String("tag-value") ||
           (name.startsWith(QLatin1String("tag:")) && name.size() > 4);
}

QJsonObject instanceToApi(const Instance &i)
{
    QJsonObject disk{{str("DiskType"), i.systemDisk.diskType},
                     {str("DiskId"), i.systemDisk.diskId},
                     {str("DiskSize"), i.systemDisk.diskSize}};
    return QJsonObject{
        {str("InstanceId"), i.instanceId},
        {str("InstanceName"), i.instanceName},
        {str("Placement"), QJsonObject{{str("Zone"), i.zone}, {str("ProjectId"), 0}}},
        {str("InstanceType"), i.instanceType},
        {str("CPU"), i.cpu},
        {str("Memory"), i.memory},
        {str("InstanceChargeType"), i.instanceChargeType},
        {str("PrivateIpAddresses"), QJsonArray::fromStringList(i.privateIpAddresses)},
        {str("SystemDisk"), disk},
        {str("Uuid"), i.uuid},
        {str("ImageId"), i.imageId},
        {str("OsName"), i.osName},
        {str("InstanceState"), i.instanceState},
        {str("CreatedTime"), WorkspaceFile::timeToString(i.createdTime)}};
}

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
    if (!o.contains(str("ImageFamily")))
        o.insert(str("ImageFamily"), QString());
    if (!o.contains(str("ImageDeprecated")))
        o.insert(str("ImageDeprecated"), false);
    return o;
}

// The actions, one function each.

QJsonObject describeImages(Operations &ops, Call &c)
{
    const Workspace &ws = ops.workspace();
    const QStringList ids = c.strings("ImageIds", false, 100);
    const qint64 offset = c.integer("Offset", 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = c.integer("Limit", 20, 0, std::numeric_limits<int>::max());
    const QString instanceType = c.string("InstanceType", false);
    QList<std::pair<QString, QStringList>> wanted;
    if (!c.error) {
        if (const auto e = readFilters(c.params.value(str("Filters")), wanted))
            c.error = e;
    }
    if (c.error || !c.needRegion())
        return {};
    if (limit > 100) {
        c.error = parameterError(codes::InvalidParameterValueLimitExceeded, str("Limit"),
                                 QStringLiteral("at most 100, not %1.").arg(limit));
        return {};
    }
    if (!ids.isEmpty() && !wanted.isEmpty()) {
        c.error =
            ApiError{codes::InvalidParameterInvalidParameterCoexistImageIdsFilters,
                     commonMessage(codes::InvalidParameterInvalidParameterCoexistImageIdsFilters,
                                   QString())};
        return {};
    }
    static const QStringList known = {str("image-id"), str("image-type"), str("image-name"),
                                      str("platform")};
    for (const auto &[name, values] : std::as_const(wanted)) {
        if (!known.contains(name) && !isTagFilter(name)) {
            c.error = ApiError{codes::InvalidFilter, commonMessage(codes::InvalidFilter, name)};
            return {};
        }
    }
    // InstanceType: only the images whose architecture that type runs.
    std::optional<InstanceTypeInfo> type;
    if (!instanceType.isEmpty()) {
        type = InstanceTypeCatalog::find(instanceType);
        if (!InstanceTypeCatalog::isWellFormed(instanceType)) {
            c.error = actionError(codes::InvalidInstanceTypeMalformed,
                                  QStringLiteral("The specified `InstanceType` parameter has "
                                                 "an invalid format: %1.")
                                      .arg(instanceType));
            return {};
        }
        if (!type) {
            c.error = actionError(codes::InvalidParameterValueInstanceTypeNotFound,
                                  QStringLiteral("The specified instance type does not exist: %1.")
                                      .arg(instanceType));
            return {};
        }
    }
    QList<QString> visible = Rules::visibleImageIds(ws, c.account, c.region);
    std::sort(visible.begin(), visible.end());
    QList<const Image *> matched;
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            Verdict v;
            if (!Rules::lookUp(ws, c.account, id, v) &&
                v.hasCode(codes::InvalidImageIdMalformed)) {
                c.error = ruleError(v);
                return {};
            }
        }
    }
    for (const QString &id : visible) {
        const Image *img = ws.image(id);
        if (!ids.isEmpty() && !ids.contains(id))
            continue;
        if (type && !type->runs(img->architecture))
            continue;
        bool ok = true;
        for (const auto &[name, values] : std::as_const(wanted)) {
            bool any = false;
            if (isTagFilter(name)) {
                any = tagsMatch(img->tags, name, values);
            } else {
                for (const QString &v : values) {
                    if (name == QLatin1String("image-id"))
                        any = any || img->imageId == v;
                    else if (name == QLatin1String("image-type"))
                        any = any || toString(*Rules::typeFor(*img, c.account)) == v;
                    else if (name == QLatin1String("image-name"))
                        any = any || img->imageName.contains(v, Qt::CaseInsensitive);
                    else // platform: fuzzy, as the reference documents it
                        any = any || img->platform.contains(v, Qt::CaseInsensitive);
                }
            }
            ok = ok && any;
        }
        if (ok)
            matched.append(img);
    }
    QJsonArray set;
    for (qsizetype i = offset; i < matched.size() && set.size() < limit; ++i)
        set.append(imageToApi(*matched.at(i), c.account));
    return {{str("TotalCount"), int(matched.size())}, {str("ImageSet"), set}};
}

QJsonObject describeImageSharePermission(Operations &ops, Call &c)
{
    const Workspace &ws = ops.workspace();
    const QString id = c.string("ImageId", true);
    if (c.error || !c.needRegion())
        return {};
    const Verdict v = Rules::checkDescribeSharePermission(ws, c.account, id, c.region);
    if (!v.allowed()) {
        c.error = ruleError(v);
        return {};
    }
    QJsonArray set;
    for (const ShareEntry &s : ws.image(id)->shares)
        set.append(QJsonObject{{str("CreatedTime"), WorkspaceFile::timeToString(s.createdTime)},
                               {str("AccountId"), s.accountId}});
    return {{str("SharePermissionSet"), set}};
}

QJsonObject modifyImageSharePermission(Operations &ops, Call &c)
{
    const QString id = c.string("ImageId", true);
    const QStringList accounts = c.strings("AccountIds", true, 500);
    const QString permission = c.string("Permission", true);
    if (c.error || !c.needRegion())
        return {};
    if (permission != QLatin1String("SHARE") && permission != QLatin1String("CANCEL")) {
        c.error = parameterError(codes::InvalidParameterValue, str("Permission"),
                                 str("must be SHARE or CANCEL."));
        return {};
    }
    const OperationResult r = ops.modifySharePermission(
        c.context(false),
        {id, accounts,
         permission == QLatin1String("SHARE") ? SharePermission::Share : SharePermission::Cancel,
         c.region});
    if (c.refused(r))
        return {};
    c.changed = true;
    return {};
}

QJsonObject syncImages(Operations &ops, Call &c)
{
    const QStringList ids = c.strings("ImageIds", true, 100);
    const QStringList regions = c.strings("DestinationRegions", true, 100);
    const bool dryRun = c.boolean("DryRun");
    const bool setRequired = c.boolean("ImageSetRequired");
    const QString name = c.string("ImageName", false);
    const bool encrypt = c.boolean("Encrypt");
    const QString kmsKeyId = c.string("KmsKeyId", false);
    if (c.error || !c.needRegion())
        return {};
    SyncRequest request{ids, regions,
                        c.has("ImageName") ? std::optional<QString>(name) : std::nullopt, {}};
    request.region = c.region;
    request.encrypt = encrypt;
    request.kmsKeyId = kmsKeyId;
    const OperationResult r = ops.syncImages(c.context(dryRun), request);
    if (c.refused(r))
        return {};
    c.changed = true;
    return setRequired ? QJsonObject{{str("ImageSet"), r.result.value(str("ImageSet"))}}
                       : QJsonObject{};
}

QJsonObject deleteImages(Operations &ops, Call &c)
{
    const QStringList ids = c.strings("ImageIds", true, 100);
    const bool dryRun = c.boolean("DryRun");
    const bool snaps = c.boolean("DeleteBindedSnap");
    if (c.error || !c.needRegion())
        return {};
    if (c.refused(ops.deleteImages(c.context(dryRun), {ids, snaps, c.region})))
        return {};
    c.changed = true;
    return {};
}

QJsonObject modifyImageAttribute(Operations &ops, Call &c)
{
    const QString id = c.string("ImageId", true);
    const QString name = c.string("ImageName", false);
    const QString description = c.string("ImageDescription", false);
    const QString family = c.string("ImageFamily", false);
    const bool deprecated = c.boolean("ImageDeprecated");
    if (c.error || !c.needRegion())
        return {};
    ModifyAttributeRequest r{id, std::nullopt, std::nullopt, c.region};
    if (c.has("ImageName"))
        r.imageName = name;
    if (c.has("ImageDescription"))
        r.imageDescription = description;
    if (c.has("ImageFamily"))
        r.imageFamily = family;
    if (c.has("ImageDeprecated"))
        r.imageDeprecated = deprecated;
    if (c.refused(ops.modifyImageAttribute(c.context(false), r)))
        return {};
    c.changed = true;
    return {};
}

QJsonObject createImage(Operations &ops, Call &c)
{
    CreateImageRequest r;
    r.instanceId = c.string("InstanceId", false);
    r.snapshotIds = c.strings("SnapshotIds", false, 100);
    r.dataDiskIds = c.strings("DataDiskIds", false, 100);
    r.imageFamily = c.string("ImageFamily", false);
    r.tags = c.tagSpecification("image");
    r.imageName = c.string("ImageName", true);
    r.imageDescription = c.string("ImageDescription", false);
    r.forcePoweroff =
        c.string("ForcePoweroff", false).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    r.sysprep = c.string("Sysprep", false).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const bool dryRun = c.boolean("DryRun");
    r.region = c.region;
    if (c.error || !c.needRegion())
        return {};
    const OperationResult result = ops.createImage(c.context(dryRun), r);
    if (c.refused(result))
        return {};
    c.changed = true;
    return {{str("ImageId"), result.result.value(str("ImageId"))}};
}

QJsonObject importImage(Operations &ops, Call &c)
{
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
    const QString bootMode = c.string("BootMode", false);
    r.imageFamily = c.string("ImageFamily", false);
    r.tags = c.tagSpecification("image");
    const bool dryRun = c.boolean("DryRun");
    if (c.error || !c.needRegion())
        return {};
    const auto licenseType =
        licence.isEmpty() ? LicenseType::TencentCloud : licenseTypeFromString(licence);
    if (!licenseType) {
        c.error = actionError(
            codes::InvalidParameterValueInvalidLicenseType,
            QStringLiteral("Invalid license type: %1 (TencentCloud or BYOL).").arg(licence));
        return {};
    }
    r.licenseType = *licenseType;
    // The boot mode is checked; the workspace's images do not record it (nor does Image).
    if (!bootMode.isEmpty() && bootMode != QLatin1String("Legacy BIOS") &&
        bootMode != QLatin1String("UEFI")) {
        c.error = actionError(
            codes::InvalidParameterValueInvalidBootMode,
            QStringLiteral("Unsupported boot mode: %1 (Legacy BIOS or UEFI).").arg(bootMode));
        return {};
    }
    r.bucketOnly = true;
    // The endpoint does not fetch the file: its format is taken from the name, as the
    // import service would find it; sizes are checked when the task runs.
    const QString path = QUrl(r.imageUrl).path().toLower();
    r.file.format = path.endsWith(QLatin1String(".qcow2"))  ? str("QCOW2")
                    : path.endsWith(QLatin1String(".vhd"))  ? str("VHD")
                    : path.endsWith(QLatin1String(".vmdk")) ? str("VMDK")
                    : path.endsWith(QLatin1String(".iso"))  ? str("ISO")
                                                            : str("RAW");
    const OperationResult result = ops.importImage(c.context(dryRun), r);
    if (c.refused(result))
        return {};
    c.changed = true;
    return {{str("ImageId"), result.result.value(str("ImageId"))}};
}

QJsonObject describeImportImageOs(Operations &, Call &)
{
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

QJsonObject describeImageQuota(Operations &ops, Call &)
{
    const Workspace &ws = ops.workspace();
    return {{str("ImageNumQuota"), ws.policy().customImageQuotaPerRegion}};
}

QJsonObject describeRegions(Operations &ops, Call &)
{
    const Workspace &ws = ops.workspace();
    QJsonArray set;
    for (const Region &r : ws.regions())
        set.append(QJsonObject{{str("Region"), r.regionId},
                               {str("RegionName"), r.nameEn},
                               {str("RegionState"), toString(r.state)}});
    return {{str("TotalCount"), int(set.size())}, {str("RegionSet"), set}};
}

QJsonObject runInstances(Operations &ops, Call &c)
{
    RunInstancesRequest r;
    r.imageId = c.string("ImageId", true);
    r.region = c.region;
    r.count = int(c.integer("InstanceCount", 1, 1, 100));
    r.instanceName = c.string("InstanceName", false);
    r.instanceType = c.string("InstanceType", false);
    r.instanceChargeType = c.string("InstanceChargeType", false);
    const bool dryRun = c.boolean("DryRun");
    if (c.error || !c.needRegion())
        return {};
    // Placement is required without a launch template (which the endpoint does not hold);
    // of it, the zone is read and the default project accepted.
    const QJsonValue placement = c.params.value(str("Placement"));
    if (!placement.isObject() || !placement.toObject().value(str("Zone")).isString()) {
        c.error = parameterError(placement.isUndefined() ? codes::MissingParameter
                                                         : codes::InvalidParameter,
                                 str("Placement.Zone"), str("the zone to launch in is required."));
        return {};
    }
    for (const QString &k : placement.toObject().keys()) {
        const QJsonValue v = placement.toObject().value(k);
        if (k == QLatin1String("Zone") || (k == QLatin1String("ProjectId") && v.toInt(-1) == 0))
            continue;
        c.error = actionError(codes::UnsupportedOperation,
                              QStringLiteral("The parameter `Placement.%1` is not supported by "
                                             "this endpoint: instances are in the default "
                                             "project of a zone. Leave it out.")
                                  .arg(k));
        return {};
    }
    r.zone = placement.toObject().value(str("Zone")).toString();
    static const QStringList chargeTypes = {str("PREPAID"), str("POSTPAID_BY_HOUR"), str("CDHPAID"),
                                            str("SPOTPAID"), str("CDCPAID")};
    if (!r.instanceChargeType.isEmpty() && !chargeTypes.contains(r.instanceChargeType)) {
        c.error = parameterError(codes::InvalidParameterValue, str("InstanceChargeType"),
                                 QStringLiteral("one of %1.").arg(chargeTypes.join(str(", "))));
        return {};
    }
    const QJsonValue disk = c.params.value(str("SystemDisk"));
    if (!disk.isUndefined() && !disk.isNull()) {
        const QJsonObject d = disk.toObject();
        for (const QString &k : d.keys()) {
            if (k != QLatin1String("DiskType") && k != QLatin1String("DiskSize")) {
                c.error = actionError(codes::UnsupportedOperation,
                                      QStringLiteral("The parameter `SystemDisk.%1` is not "
                                                     "supported by this endpoint. Leave it out.")
                                          .arg(k));
                return {};
            }
        }
        const QJsonValue size = d.value(str("DiskSize"));
        if (!disk.isObject() ||
            (!d.value(str("DiskType")).isUndefined() && !d.value(str("DiskType")).isString()) ||
            (!size.isUndefined() &&
             (!size.isDouble() || size.toDouble() < 20 || size.toDouble() > 32000 ||
              std::trunc(size.toDouble()) != size.toDouble()))) {
            c.error = parameterError(codes::InvalidParameterValue, str("SystemDisk"),
                                     str("{\"DiskType\": String, \"DiskSize\": 20 to 32000}."));
            return {};
        }
        r.systemDisk.diskType = d.value(str("DiskType")).toString();
        r.systemDisk.diskSize = size.toInt();
    }
    const OperationResult result = ops.runInstances(c.context(dryRun), r);
    if (c.refused(result))
        return {};
    c.changed = true;
    return {{str("InstanceIdSet"), result.result.value(str("InstanceIdSet"))}};
}

QJsonObject resetInstance(Operations &ops, Call &c)
{
    const ResetInstanceRequest r{c.string("InstanceId", true), c.string("ImageId", false),
                                 c.region};
    if (c.error || !c.needRegion())
        return {};
    if (c.refused(ops.resetInstance(c.context(false), r)))
        return {};
    c.changed = true;
    return {};
}

QJsonObject describeInstances(Operations &ops, Call &c)
{
    const Workspace &ws = ops.workspace();
    const QStringList ids = c.strings("InstanceIds", false, 100);
    const qint64 offset = c.integer("Offset", 0, 0, std::numeric_limits<int>::max());
    const qint64 limit = c.integer("Limit", 20, 0, std::numeric_limits<int>::max());
    QList<std::pair<QString, QStringList>> wanted;
    if (!c.error) {
        if (const auto e = readFilters(c.params.value(str("Filters")), wanted))
            c.error = e;
    }
    if (c.error || !c.needRegion())
        return {};
    if (limit > 100) {
        c.error = parameterError(codes::InvalidParameterValueLimitExceeded, str("Limit"),
                                 QStringLiteral("at most 100, not %1.").arg(limit));
        return {};
    }
    if (!ids.isEmpty() && !wanted.isEmpty()) {
        c.error = parameterError(codes::InvalidParameter, str("InstanceIds"),
                                 str("InstanceIds and Filters cannot be given together."));
        return {};
    }
    for (const QString &id : ids) {
        Verdict v;
        if (!Rules::lookUpInstance(ws, c.account, id, QString(), Rule::V1, v) &&
            v.hasCode(codes::InvalidInstanceIdMalformed)) {
            c.error = ruleError(v);
            return {};
        }
    }
    // What the workspace can answer. It holds no networks, hosts, projects or public
    // addresses: those filters are answered as the cloud would for such instances.
    static const QStringList known = {str("zone"),
                                      str("instance-id"),
                                      str("instance-name"),
                                      str("instance-state"),
                                      str("image-id"),
                                      str("instance-charge-type"),
                                      str("instance-type"),
                                      str("private-ip-address"),
                                      str("project-id"),
                                      str("host-id"),
                                      str("vpc-id"),
                                      str("subnet-id"),
                                      str("security-group-id"),
                                      str("public-ip-address")};
    for (const auto &[name, values] : std::as_const(wanted)) {
        if (!known.contains(name) && !isTagFilter(name)) {
            c.error = ApiError{codes::InvalidFilter, commonMessage(codes::InvalidFilter, name)};
            return {};
        }
    }
    QStringList mine = ws.instancesOf(c.account).values();
    std::sort(mine.begin(), mine.end());
    QJsonArray set;
    int total = 0;
    for (const QString &id : std::as_const(mine)) {
        const Instance *i = ws.instance(id);
        if ((!ids.isEmpty() && !ids.contains(id)) || i->region != c.region)
            continue;
        bool ok = true;
        for (const auto &[name, values] : std::as_const(wanted)) {
            bool any = false;
            for (const QString &v : values) {
                if (name == QLatin1String("zone"))
                    any = any || i->zone == v;
                else if (name == QLatin1String("instance-id"))
                    any = any || i->instanceId == v;
                else if (name == QLatin1String("instance-name"))
                    any = any || i->instanceName.contains(v, Qt::CaseInsensitive);
                else if (name == QLatin1String("instance-state"))
                    any = any || i->instanceState == v;
                else if (name == QLatin1String("image-id"))
                    any = any || i->imageId == v;
                else if (name == QLatin1String("instance-charge-type"))
                    any = any || i->instanceChargeType == v;
                else if (name == QLatin1String("instance-type"))
                    any = any || i->instanceType == v;
                else if (name == QLatin1String("private-ip-address"))
                    any = any || i->privateIpAddresses.contains(v);
                else if (name == QLatin1String("project-id"))
                    any = any || v == QLatin1String("0"); // the default project
                // host-id, vpc-id, subnet-id, security-group-id, public-ip-address and
                // tags: the workspace's instances have none, so none matches.
            }
            ok = ok && any;
        }
        if (!ok)
            continue;
        if (total++ < offset || set.size() >= limit)
            continue;
        set.append(instanceToApi(*i));
    }
    return {{str("TotalCount"), total}, {str("InstanceSet"), set}};
}

QJsonObject terminateInstances(Operations &ops, Call &c)
{
    const QStringList ids = c.strings("InstanceIds", true, 100);
    for (const char *release : {"ReleaseAddress", "ReleasePrepaidDataDisks"}) {
        // The workspace holds no addresses or prepaid disks: there is nothing to release.
        if (c.boolean(release) && !c.error)
            c.error = actionError(codes::UnsupportedOperation,
                                  QStringLiteral("The parameter `%1` is not supported by this "
                                                 "endpoint: the workspace holds no addresses "
                                                 "or prepaid disks to release.")
                                      .arg(QLatin1String(release)));
    }
    if (c.error || !c.needRegion())
        return {};
    if (c.refused(ops.terminateInstances(c.context(false), {ids, c.region})))
        return {};
    c.changed = true;
    return {};
}

QJsonObject exportImages(Operations &ops, Call &c)
{
    ExportImagesRequest r;
    r.bucketName = c.string("BucketName", true);
    r.imageIds = c.strings("ImageIds", true, 100);
    if (c.has("ExportFormat"))
        r.exportFormat = c.string("ExportFormat", false);
    r.fileNamePrefixList = c.strings("FileNamePrefixList", false, 100);
    r.onlyExportRootDisk = c.boolean("OnlyExportRootDisk");
    r.region = c.region;
    const bool dryRun = c.boolean("DryRun");
    if (c.error || !c.needRegion())
        return {};
    const OperationResult result = ops.exportImages(c.context(dryRun), r);
    if (c.refused(result))
        return {};
    c.changed = true;
    return {{str("TaskId"), result.result.value(str("TaskId"))},
            {str("CosPaths"), result.result.value(str("CosPaths"))}};
}

QJsonObject describeZones(Operations &ops, Call &c)
{
    const Workspace &ws = ops.workspace();
    if (!c.needRegion())
        return {};
    const Region *region = ws.region(c.region);
    const qsizetype regionIndex = ws.regions().indexOf(*region);
    const QString place = region->nameEn.contains(QLatin1Char('('))
                              ? region->nameEn.section(QLatin1Char('('), 1).chopped(1)
                              : region->nameEn;
    QJsonArray set;
    for (const QString &zone : region->zones) {
        const int n = zone.section(QLatin1Char('-'), -1).toInt();
        set.append(QJsonObject{{str("Zone"), zone},
                               {str("ZoneName"), QStringLiteral("%1 Zone %2").arg(place).arg(n)},
                               {str("ZoneId"), QString::number((regionIndex + 1) * 100000 + n)},
                               {str("ZoneState"), toString(region->state)}});
    }
    return {{str("TotalCount"), int(set.size())}, {str("ZoneSet"), set}};
}

QJsonObject describeImageFromFamily(Operations &ops, Call &c)
{
    const Workspace &ws = ops.workspace();
    const QString family = c.string("ImageFamily", true);
    if (c.error || !c.needRegion())
        return {};
    // The newest usable image of the family the caller sees in the region.
    const Image *newest = nullptr;
    for (const QString &id : Rules::visibleImageIds(ws, c.account, c.region)) {
        const Image *img = ws.image(id);
        if (img->imageFamily != family || img->imageDeprecated || img->state != ImageState::Normal)
            continue;
        if (!newest || img->createdTime > newest->createdTime ||
            (img->createdTime == newest->createdTime && img->imageId > newest->imageId))
            newest = img;
    }
    return {{str("Image"),
             newest ? QJsonValue(imageToApi(*newest, c.account)) : QJsonValue(QJsonValue::Null)}};
}

// An action the endpoint speaks, and the parameters CVM 2017-03-12 documents for it (as
// tccli's api.json lists them): those its handler reads, and those that describe what a
// workspace does not hold (networks, passwords, billing terms), which are refused rather than
// silently ignored. Any other parameter is unknown.
struct ApiAction
{
    enum Kind
    {
        Read,  // changes nothing: a signed read may be answered again
        Change // carried out at most once per signature
    };
    QString name;
    Kind kind;
    QJsonObject (*handler)(Operations &, Call &);
    QStringList read;
    QStringList beyond;
};

// The one list of the actions: what the endpoint answers, what it calls InvalidAction, which
// requests the replay guard treats as reads, and which take DryRun all come from it.
const QList<ApiAction> &actionTable()
{
    static const QList<ApiAction> table = [] {
        auto list = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out.append(QString::fromLatin1(n));
            return out;
        };
        using A = ApiAction;
        return QList<ApiAction>{
            {str("DescribeImages"),
             A::Read,
             describeImages,
             list({"ImageIds", "Filters", "Offset", "Limit", "InstanceType"}),
             {}},
            {str("DescribeImageSharePermission"),
             A::Read,
             describeImageSharePermission,
             list({"ImageId"}),
             {}},
            {str("ModifyImageSharePermission"),
             A::Change,
             modifyImageSharePermission,
             list({"ImageId", "AccountIds", "Permission"}),
             {}},
            {str("SyncImages"),
             A::Change,
             syncImages,
             list({"ImageIds", "DestinationRegions", "DryRun", "ImageName", "ImageSetRequired",
                   "Encrypt", "KmsKeyId"}),
             {}},
            {str("DeleteImages"),
             A::Change,
             deleteImages,
             list({"ImageIds", "DeleteBindedSnap", "DryRun"}),
             {}},
            {str("ModifyImageAttribute"),
             A::Change,
             modifyImageAttribute,
             list({"ImageId", "ImageName", "ImageDescription", "ImageFamily", "ImageDeprecated"}),
             {}},
            {str("CreateImage"),
             A::Change,
             createImage,
             list({"ImageName", "InstanceId", "ImageDescription", "ForcePoweroff", "Sysprep",
                   "DataDiskIds", "SnapshotIds", "DryRun", "TagSpecification", "ImageFamily"}),
             {}},
            {str("ImportImage"),
             A::Change,
             importImage,
             list({"Architecture", "OsType", "OsVersion", "ImageUrl", "ImageName",
                   "ImageDescription", "DryRun", "Force", "TagSpecification", "LicenseType",
                   "BootMode", "ImageFamily"}),
             {}},
            {str("DescribeImportImageOs"), A::Read, describeImportImageOs, {}, {}},
            {str("DescribeImageQuota"), A::Read, describeImageQuota, {}, {}},
            {str("DescribeRegions"), A::Read, describeRegions, {}, {}},
            {str("DescribeZones"), A::Read, describeZones, {}, {}},
            {str("RunInstances"), A::Change, runInstances,
             list({"InstanceChargeType", "Placement", "InstanceType", "ImageId", "SystemDisk",
                   "InstanceCount", "InstanceName", "DryRun"}),
             list({"InstanceChargePrepaid",
                   "DataDisks",
                   "VirtualPrivateCloud",
                   "InternetAccessible",
                   "MinCount",
                   "LoginSettings",
                   "SecurityGroupIds",
                   "EnhancedService",
                   "ClientToken",
                   "HostName",
                   "ActionTimer",
                   "DisasterRecoverGroupIds",
                   "TagSpecification",
                   "InstanceMarketOptions",
                   "UserData",
                   "Metadata",
                   "CpuTopology",
                   "CamRoleName",
                   "HpcClusterId",
                   "LaunchTemplate",
                   "DedicatedClusterId",
                   "ChcIds",
                   "DisableApiTermination",
                   "EnableJumboFrame"})},
            {str("ResetInstance"), A::Change, resetInstance, list({"InstanceId", "ImageId"}),
             list({"SystemDisk", "LoginSettings", "EnhancedService", "HostName", "UserData"})},
            {str("DescribeInstances"),
             A::Read,
             describeInstances,
             list({"InstanceIds", "Filters", "Offset", "Limit"}),
             {}},
            {str("TerminateInstances"),
             A::Change,
             terminateInstances,
             list({"InstanceIds", "ReleaseAddress", "ReleasePrepaidDataDisks"}),
             {}},
            {str("DescribeImageFromFamily"),
             A::Read,
             describeImageFromFamily,
             list({"ImageFamily"}),
             {}},
            {str("ExportImages"), A::Change, exportImages,
             list({"BucketName", "ImageIds", "ExportFormat", "FileNamePrefixList",
                   "OnlyExportRootDisk", "DryRun"}),
             list({"RoleName"})},
        };
    }();
    return table;
}

const ApiAction *findAction(const QString &name)
{
    const QList<ApiAction> &table = actionTable();
    const auto it = std::find_if(table.cbegin(), table.cend(),
                                 [&name](const ApiAction &a) { return a.name == name; });
    return it == table.cend() ? nullptr : &*it;
}

// Reads change nothing: the same signed read may be answered again. An action the endpoint
// does not speak is answered InvalidAction only after the replay guard; until then it is told
// by its name, as Tencent names its reads (Describe*).
bool isRead(const QString &action)
{
    const ApiAction *known = findAction(action);
    return known ? known->kind == ApiAction::Read : action.startsWith(QLatin1String("Describe"));
}

// Every call, signed or made again by ApiService::perform: the action, the version and the
// region are checked in this order, then an error already met reading the parameters (a body
// that is not JSON) is answered, then every parameter must be one the action documents, and
// the action runs in the caller's language (zh-CN is answered in English), set without
// changing the console's own.
QJsonObject run(Operations &ops, Call &c, const QByteArray &version)
{
    const ApiAction *action = findAction(c.action);
    if (!action) {
        c.error = commonApiError(codes::InvalidAction, c.action);
        return {};
    }
    if (version != kApiVersion) {
        c.error = commonApiError(codes::NoSuchVersion, QString::fromLatin1(version));
        return {};
    }
    if (!c.region.isEmpty() && !ops.workspace().region(c.region)) {
        c.error = commonApiError(codes::InvalidRegionNotFound, c.region);
        return {};
    }
    if (c.error)
        return {};
    const Language::Scope language(c.language.startsWith(QLatin1String("id")) ? str("id")
                                                                              : str("en"));
    // Every parameter is one the action documents; one the workspace cannot hold is refused.
    for (auto it = c.params.constBegin(); it != c.params.constEnd(); ++it) {
        if (action->read.contains(it.key()))
            continue;
        if (action->beyond.contains(it.key()))
            c.error = actionError(
                codes::UnsupportedOperation,
                QStringLiteral("The parameter `%1` is not supported by this endpoint: the "
                               "workspace holds no %2 settings. Leave it out.")
                    .arg(it.key(), it.key()));
        else
            c.error =
                actionError(codes::UnknownParameter,
                            QStringLiteral("The parameter `%1` is not recognized.").arg(it.key()));
        return {};
    }
    return action->handler(ops, c);
}

} // namespace

QStringList ApiService::actions()
{
    QStringList names;
    for (const ApiAction &a : actionTable())
        names.append(a.name);
    return names;
}

bool ApiService::changes(const QString &action)
{
    const ApiAction *known = findAction(action);
    return known && known->kind == ApiAction::Change;
}

QStringList ApiService::parameters(const QString &action)
{
    const ApiAction *known = findAction(action);
    return known ? known->read : QStringList();
}

bool ApiService::takesDryRun(const QString &action)
{
    return parameters(action).contains(QLatin1String("DryRun"));
}

ApiReply ApiService::handle(const ApiRequest &req)
{
    ++m_requests;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Call call;
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
    auto common = [&](QLatin1String code, const QString &detail = QString()) {
        return fail({code, commonMessage(code, detail)});
    };

    if (req.method != "POST" && req.method != "GET")
        return common(codes::UnsupportedProtocol);
    // TC3-HMAC-SHA256 signs in the Authorization header; the older signature in the parameters,
    // sent as a form (POST) or a query string (GET).
    const bool form =
        req.headers.value("content-type").startsWith("application/x-www-form-urlencoded");
    const bool tc3 = req.headers.contains("authorization") || (req.method == "POST" && !form);
    if (req.body.size() > (tc3 ? kMaxBody : kMaxFormBody))
        return common(codes::RequestSizeLimitExceeded);

    // Authentication.
    const qint64 now = m_ops.clock().now().toSecsSinceEpoch();
    Authenticated a;
    if (const std::optional<ApiError> e = tc3 ? authenticateTc3(req, m_credentials, now, a)
                                              : authenticateHmac(req, m_credentials, now, a))
        return fail(*e);
    const qint64 timestamp = a.timestamp;
    call.action = a.action;
    call.language = a.language;
    call.account = a.credential->accountId;
    call.region = a.region;

    // The SDKs sign neither X-TC-Action nor X-TC-Region, so a captured request could be sent
    // again, as itself or as another action, while its timestamp is in the window. Every
    // signature is remembered until then. A change may use one again only as the same action
    // in the same region, and only until it has been carried out. A read may use any: honest
    // clients send different reads with the same body in the same second (one per region, or
    // a read after a change), which carry the same signature, and a read changes nothing.
    forgetExpiredSignatures(now);
    const auto seen = m_seen.constFind(a.signature);
    if (seen != m_seen.cend()) {
        if (!isRead(call.action) &&
            (seen->action != call.action || seen->region != call.region || seen->spent))
            return common(codes::AuthFailureSignatureFailure,
                          str("This signature was already used by an earlier request; a change "
                              "is carried out once per signature. Sign the request again (a new "
                              "X-TC-Timestamp) to send it again."));
    } else {
        if (m_seen.size() >= m_replayCapacity)
            return common(codes::RequestLimitExceeded,
                          str("Too many requests within five minutes; try again later."));
        m_seen.insert(a.signature, {call.action, call.region, false});
        m_seenUntil.emplace(timestamp + kMaxClockSkew, a.signature);
    }

    if (a.params) {
        call.params = *a.params;
    } else {
        QJsonParseError parse;
        const QJsonDocument doc =
            QJsonDocument::fromJson(req.body.isEmpty() ? QByteArray("{}") : req.body, &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject())
            call.error = // answered after the checks of the action, version and region
                ApiError{codes::InvalidParameter, str("The request body is not a JSON object.")};
        else
            call.params = doc.object();
    }
    const QJsonObject out = run(m_ops, call, a.version);
    if (call.changed)
        m_seen[a.signature].spent = true;
    if (call.error)
        return fail(*call.error);
    return reply(out);
}

ApiService::Performed ApiService::perform(const QString &accountId, const QString &region,
                                          const QString &action, const QJsonObject &parameters)
{
    Call call;
    call.action = action;
    call.account = accountId;
    call.region = region;
    call.params = parameters;
    call.language = str("en-US");
    Performed out;
    out.result = run(m_ops, call, kApiVersion);
    if (call.error) {
        out.errorCode = call.error->code;
        out.errorMessage = call.error->message;
        out.result = {};
    }
    return out;
}

} // namespace cvm::api
