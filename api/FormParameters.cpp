#include "FormParameters.h"

#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>
#include <map>

namespace cvm::api {
namespace {

QByteArray urlDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}

// The parameters of the CVM actions that are not strings, by their last name (DataDisks.0.DiskSize
// is a DiskSize). Every other value stays a string, as the form sent it.
bool isBoolean(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("DryRun"),
                                        QStringLiteral("DeleteBindedSnap"),
                                        QStringLiteral("ImageSetRequired"),
                                        QStringLiteral("Force"),
                                        QStringLiteral("Encrypt"),
                                        QStringLiteral("DisableApiTermination"),
                                        QStringLiteral("PublicIpAssigned"),
                                        QStringLiteral("Enabled"),
                                        QStringLiteral("DeleteWithInstance"),
                                        QStringLiteral("ImageDeprecated"),
                                        QStringLiteral("OnlyExportRootDisk")};
    return names.contains(name);
}

bool isInteger(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("Offset"),
                                        QStringLiteral("Limit"),
                                        QStringLiteral("InstanceCount"),
                                        QStringLiteral("DiskSize"),
                                        QStringLiteral("InternetMaxBandwidthOut"),
                                        QStringLiteral("Period")};
    return names.contains(name);
}

QJsonValue typed(const QString &name, const QString &value)
{
    if (isBoolean(name)) {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    } else if (isInteger(name)) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok)
            return n;
        const double d = value.toDouble(&ok);
        if (ok)
            return d; // the action says why it is not an integer
    }
    return value; // the action says what it should have been
}

struct Node
{
    std::optional<QString> value;
    std::map<QString, Node> children;
};

bool isIndex(const QString &s, int *index)
{
    bool ok = false;
    *index = s.toInt(&ok);
    return ok && *index >= 0 && QString::number(*index) == s;
}

std::optional<QJsonValue> toValue(const QString &path, const QString &name, const Node &node,
                                  QString *error)
{
    if (node.value) {
        if (!node.children.empty()) {
            *error =
                QStringLiteral("%1 is sent both as a value and as a list or structure.").arg(path);
            return std::nullopt;
        }
        return typed(name, *node.value);
    }
    // Children named 0, 1, ... make an array (in their order, without gaps).
    std::map<int, const Node *> items;
    bool indexed = true;
    for (const auto &[key, child] : node.children) {
        int i = 0;
        if (!isIndex(key, &i)) {
            indexed = false;
            break;
        }
        items.emplace(i, &child);
    }
    if (indexed) {
        QJsonArray array;
        int expected = 0;
        for (const auto &[i, child] : items) {
            if (i != expected++) {
                *error = QStringLiteral("%1.%2 is missing.").arg(path).arg(expected - 1);
                return std::nullopt;
            }
            const auto v =
                toValue(path + QLatin1Char('.') + QString::number(i), name, *child, error);
            if (!v)
                return std::nullopt;
            array.append(*v);
        }
        return array;
    }
    QJsonObject object;
    for (const auto &[key, child] : node.children) {
        const auto v = toValue(path + QLatin1Char('.') + key, key, child, error);
        if (!v)
            return std::nullopt;
        object.insert(key, *v);
    }
    return object;
}

} // namespace

std::optional<QList<QPair<QByteArray, QByteArray>>>
FormParameters::decode(const QByteArray &encoded, QString *error)
{
    QList<QPair<QByteArray, QByteArray>> out;
    QSet<QByteArray> names;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = urlDecode(eq < 0 ? part : part.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : urlDecode(part.mid(eq + 1));
        for (const QByteArray &text : {name, value}) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            [[maybe_unused]] const QString decoded = utf8(text);
            if (utf8.hasError()) {
                *error = QStringLiteral("A parameter is not valid UTF-8.");
                return std::nullopt;
            }
        }
        if (names.contains(name)) {
            *error = QStringLiteral("The parameter %1 is sent twice.").arg(QString::fromUtf8(name));
            return std::nullopt;
        }
        names.insert(name);
        out.append({name, value});
    }
    return out;
}

std::optional<QJsonObject>
FormParameters::toJson(const QList<QPair<QByteArray, QByteArray>> &params, QString *error)
{
    Node root;
    for (const auto &[name, value] : params) {
        const QStringList parts = QString::fromUtf8(name).split(QLatin1Char('.'));
        Node *node = &root;
        for (const QString &part : parts) {
            if (part.isEmpty()) {
                *error = QStringLiteral("The parameter name %1 is malformed.")
                             .arg(QString::fromUtf8(name));
                return std::nullopt;
            }
            node = &node->children[part];
        }
        node->value = QString::fromUtf8(value);
    }
    if (root.value)
        return QJsonObject();
    QJsonObject out;
    for (const auto &[key, child] : root.children) {
        const auto v = toValue(key, key, child, error);
        if (!v)
            return std::nullopt;
        out.insert(key, *v);
    }
    return out;
}

} // namespace cvm::api
