#include "Screenshot.h"

#include "BulkDialog.h"
#include "MainWindow.h"
#include "Rules.h"

#include <QApplication>
#include <QDialog>
#include <QEventLoop>
#include <QPainter>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace {

// The images (by ID) the acting account sees that match.
QStringList matchingImages(const cvm::Workspace &ws, const QString &acting,
                           const std::function<bool(const cvm::Image &)> &match)
{
    QStringList ids = cvm::Rules::visibleImageIds(ws, acting);
    std::sort(ids.begin(), ids.end());
    ids.removeIf([&](const QString &id) { return !match(*ws.image(id)); });
    return ids;
}

QString firstImage(const cvm::Workspace &ws, const QString &acting,
                   const std::function<bool(const cvm::Image &)> &match)
{
    return matchingImages(ws, acting, match).value(0);
}

bool ownNormal(const cvm::Image &i, const QString &acting)
{
    return i.isCustom() && i.ownerAccountId == acting && i.state == cvm::ImageState::Normal;
}

QString sensibleImage(const cvm::ui::MainWindow &window, const QString &dialog)
{
    const cvm::Workspace &ws = window.console().workspace();
    const QString me = window.actingAccount();
    const int limit = ws.policy().shareLimit;
    auto own = [&](const cvm::Image &i) { return ownNormal(i, me); };
    if (dialog == QLatin1String("share"))
        return firstImage(ws, me, [&](const cvm::Image &i) {
            return own(i) && !i.shares.isEmpty() && i.shares.size() < limit && !i.encrypted &&
                   i.licenseType == cvm::LicenseType::TencentCloud;
        });
    if (dialog == QLatin1String("delete"))
        return firstImage(ws, me,
                          [&](const cvm::Image &i) { return own(i) && !i.shares.isEmpty(); });
    if (dialog == QLatin1String("copy") || dialog == QLatin1String("edit") ||
        dialog == QLatin1String("give"))
        return firstImage(ws, me,
                          [&](const cvm::Image &i) { return own(i) && i.shares.isEmpty(); });
    if (dialog == QLatin1String("diagnose"))
        return firstImage(ws, me, [&](const cvm::Image &i) {
            return i.ownerAccountId == me && i.state == cvm::ImageState::CreateFailed;
        });
    if (dialog == QLatin1String("launch")) {
        const QString shared = firstImage(ws, me, [&](const cvm::Image &i) {
            return i.isCustom() && i.ownerAccountId != me && i.state == cvm::ImageState::Normal;
        });
        if (!shared.isEmpty())
            return shared;
    }
    QSet<QString> myRegions;
    for (const QString &id : ws.instancesOf(me))
        myRegions.insert(ws.instance(id)->region);
    return firstImage(ws, me, [&](const cvm::Image &i) {
        return !i.isCustom() && i.state == cvm::ImageState::Normal && myRegions.contains(i.region);
    });
}

// The acting account's own Normal custom images, by ID.
QStringList ownImages(const cvm::ui::MainWindow &window)
{
    const QString me = window.actingAccount();
    return matchingImages(window.console().workspace(), me,
                          [&](const cvm::Image &i) { return ownNormal(i, me); });
}

// Lets the window lay itself out: views wait a moment after a resize before wrapping their items
// at the new width.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(250, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int renderScreenshot(cvm::ui::MainWindow &window, const QString &fileName, const QString &dialog)
{
    window.resize(1280, 800); // a small laptop's screen: what fits there fits anywhere
    if (dialog.isEmpty()) // show the details of an image that has some
        window.selectImages({sensibleImage(window, QStringLiteral("share"))});
    settle();
    QPixmap picture = window.grab();
    if (!dialog.isEmpty()) {
        static const QStringList needsImage = {
            QStringLiteral("share"),     QStringLiteral("copy"),    QStringLiteral("give"),
            QStringLiteral("delete"),    QStringLiteral("edit"),    QStringLiteral("launch"),
            QStringLiteral("reinstall"), QStringLiteral("diagnose")};
        if (needsImage.contains(dialog)) {
            const QString image = sensibleImage(window, dialog);
            window.selectImages({image});
        }
        const bool bulk = dialog.endsWith(QLatin1String("many"));
        if (bulk) // the acting account's own images, a handful of them
            window.selectImages(ownImages(window).mid(0, 5));
        settle();
        picture = window.grab();
        QDialog *d = window.openDialog(dialog);
        if (!d) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "Screenshot", "There is no dialog \"%1\" to show here.")
                                       .arg(dialog)
                                << '\n';
            return 2;
        }
        if (auto *b = qobject_cast<cvm::ui::BulkDialog *>(d)) {
            // Something chosen, so that every image shows its verdict.
            const cvm::Workspace &ws = window.console().workspace();
            QStringList choice;
            if (b->mode() == cvm::ui::BulkDialog::Mode::Copy) {
                QSet<QString> sources;
                for (const QString &id : ownImages(window).mid(0, 5))
                    sources.insert(ws.image(id)->region);
                for (const cvm::Region &r : ws.regions()) {
                    if (r.isAvailable() && r.supportsImageCopy && !sources.contains(r.regionId) &&
                        choice.size() < 2)
                        choice.append(r.regionId);
                }
                b->setRegions(choice);
            } else {
                for (const QString &id : ownImages(window)) {
                    for (const cvm::ShareEntry &share : ws.image(id)->shares) {
                        if (choice.isEmpty())
                            choice.append(share.accountId);
                    }
                }
                b->setAccounts(choice);
            }
        }
        settle();
        const QPixmap over = d->grab();
        QPainter painter(&picture);
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap((picture.width() - over.width()) / 2,
                           (picture.height() - over.height()) / 2, over);
        d->close();
    }
    if (!picture.save(fileName, "PNG")) {
        QTextStream(stderr)
            << QCoreApplication::translate("Screenshot", "Cannot write %1.").arg(fileName) << '\n';
        return 2;
    }
    return 0;
}
