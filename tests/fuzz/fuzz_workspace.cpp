// The two workspace readers on any bytes, held to each other: whatever the quick reader
// reads, the validating reader reads too, into the same records. Also the DescribeImages
// import, which reads its records through the validating reader.
#include "WorkspaceFastReader.h"
#include "WorkspaceFile.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace cvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::unique_ptr<Workspace> fast = readWorkspaceFast(json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const LoadResult slow = WorkspaceFile::fromObject(doc.object());
        (void)slow.errorText();
        if (fast) {
            if (!slow.ok()) {
                std::fprintf(stderr, "read quickly, refused by the validating reader: %s\n",
                             qPrintable(slow.errorText()));
                std::abort();
            }
            if (WorkspaceFile::toJson(*fast) != WorkspaceFile::toJson(*slow.workspace) ||
                fast->loadFindings().size() != slow.workspace->loadFindings().size()) {
                std::fprintf(stderr, "the readers read different records\n");
                std::abort();
            }
        }
    } else if (fast) {
        std::fprintf(stderr, "read quickly what is not a JSON object\n");
        std::abort();
    }
    QList<LoadProblem> problems;
    (void)WorkspaceFile::parseDescribeImages(json, QStringLiteral("100038472901"), &problems);
    for (const LoadProblem &p : std::as_const(problems))
        (void)p.text();
    return 0;
}
