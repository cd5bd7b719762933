#include "ImageExport.h"

#include "ImageTableModel.h"
#include "Rules.h"
#include "WorkspaceFile.h"

#include <QAbstractItemModel>

namespace cvm::ui::ImageExport {

QList<QStringList> imageRecords(const QAbstractItemModel &view, const Workspace &ws,
                                const QString &viewer)
{
    QList<QStringList> out{{QStringLiteral("ImageId"), QStringLiteral("ImageName"),
                            QStringLiteral("ImageType"), QStringLiteral("ImageState"),
                            QStringLiteral("OsName"), QStringLiteral("Platform"),
                            QStringLiteral("Architecture"), QStringLiteral("ImageSize"),
                            QStringLiteral("Region"), QStringLiteral("OwnerAccountId"),
                            QStringLiteral("SharedWith"), QStringLiteral("CreatedTime")}};
    for (int r = 0; r < view.rowCount(); ++r) {
        const QString id = view.index(r, 0).data(ImageTableModel::ImageIdRole).toString();
        const Image *img = ws.image(id);
        if (!img)
            continue;
        const auto type = Rules::typeFor(*img, viewer);
        out.append({img->imageId, img->imageName, type ? toString(*type) : QString(),
                    toString(img->state), img->osName, img->platform, img->architecture,
                    QString::number(img->imageSize), img->region, img->ownerAccountId,
                    img->ownerAccountId == viewer ? QString::number(img->shares.size()) : QString(),
                    WorkspaceFile::timeToString(img->createdTime)});
    }
    return out;
}

QList<QStringList> shareRecords(const Workspace &ws, const QString &viewer,
                                const QStringList &imageIds)
{
    QList<QStringList> out{{QStringLiteral("ImageId"), QStringLiteral("ImageName"),
                            QStringLiteral("Region"), QStringLiteral("AccountId"),
                            QStringLiteral("AccountName"), QStringLiteral("SharedSince")}};
    for (const QString &id : imageIds) {
        const Image *img = ws.image(id);
        if (!img || !img->isCustom() || img->ownerAccountId != viewer)
            continue;
        for (const ShareEntry &s : img->shares) {
            out.append({img->imageId, img->imageName, img->region, s.accountId,
                        ws.accountName(s.accountId), WorkspaceFile::timeToString(s.createdTime)});
        }
    }
    return out;
}

} // namespace cvm::ui::ImageExport
