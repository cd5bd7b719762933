// The workspace reader on any bytes, held to QJsonDocument: it accepts exactly the JSON that
// QJsonDocument accepts, reads the same values, and a workspace it reads is written and read
// again unchanged. Also the DescribeImages import, which reads its records the same way.
#include "WorkspaceFile.h"
#include "WorkspaceReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace cvm;

namespace {

// The same JSON value; numbers by their double value, which is all the reader uses of them
// (Qt keeps some whole numbers beyond 2^53 as integers and some as doubles).
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!same(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!same(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    LoadProblem syntax;
    const std::optional<QJsonValue> value = readJsonText(json, &syntax);
    if (value.has_value() != (error.error == QJsonParseError::NoError)) {
        std::fprintf(stderr, "the reader and QJsonDocument disagree on the syntax\n");
        std::abort();
    }
    const QJsonValue expected = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (value && !same(*value, expected)) {
        std::fprintf(stderr, "the reader and QJsonDocument read different values:\n%s\n%s\n",
                     QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact).constData(),
                     QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact).constData());
        std::abort();
    }
    const LoadResult read = WorkspaceFile::fromJson(json);
    (void)read.errorText();
    if (read.ok()) {
        const QByteArray written = WorkspaceFile::toJson(*read.workspace);
        const LoadResult again = WorkspaceFile::fromJson(written);
        if (!again.ok() || WorkspaceFile::toJson(*again.workspace) != written) {
            std::fprintf(stderr, "a workspace read, written and read again changed\n");
            std::abort();
        }
    } else if (read.problems.isEmpty()) {
        std::fprintf(stderr, "a file refused without a problem\n");
        std::abort();
    }
    QList<LoadProblem> problems;
    (void)WorkspaceFile::parseDescribeImages(json, QStringLiteral("100038472901"), &problems);
    for (const LoadProblem &p : std::as_const(problems))
        (void)p.text();
    return 0;
}
