#include "Dialogs.h"

#include "BulkDialog.h"
#include "CheckDialog.h"
#include "CloudConnectDialog.h"
#include "Console.h"
#include "CopyDialog.h"
#include "CreateImageDialog.h"
#include "DeleteDialog.h"
#include "EditImageDialog.h"
#include "FaqDialog.h"
#include "ImportImageDialog.h"
#include "InstanceChecksDialog.h"
#include "InstanceDialog.h"
#include "JournalDialog.h"
#include "ServeDialog.h"
#include "ShareDialog.h"
#include "TrustedAccountsDialog.h"

#include <QSettings>

namespace cvm::ui {

QStringList dialogNames()
{
    return {
        QStringLiteral("share"),     QStringLiteral("copy"),           QStringLiteral("give"),
        QStringLiteral("delete"),    QStringLiteral("edit"),           QStringLiteral("launch"),
        QStringLiteral("reinstall"), QStringLiteral("diagnose"),       QStringLiteral("create"),
        QStringLiteral("import"),    QStringLiteral("instancechecks"), QStringLiteral("trusted"),
        QStringLiteral("check"),     QStringLiteral("journal"),        QStringLiteral("faq"),
        QStringLiteral("serve"),     QStringLiteral("connect"),        QStringLiteral("sharemany"),
        QStringLiteral("cancelmany"), QStringLiteral("copymany")};
}

QDialog *createDialog(const QString &name, Console &console, const QStringList &ids,
                      QWidget *parent)
{
    const QString one = ids.size() == 1 ? ids.first() : QString();
    auto is = [&name](const char *n) {
        return name == QLatin1String(n);
    };
    if (is("share"))
        return one.isEmpty() ? nullptr : new ShareDialog(console, one, parent);
    if (is("sharemany") || is("cancelmany") || is("copymany"))
        return ids.isEmpty() ? nullptr
                             : new BulkDialog(console,
                                              is("sharemany")    ? BulkDialog::Mode::Share
                                              : is("cancelmany") ? BulkDialog::Mode::Cancel
                                                                 : BulkDialog::Mode::Copy,
                                              ids, parent);
    if (is("copy") || is("give"))
        return one.isEmpty() ? nullptr : new CopyDialog(console, one, is("give"), parent);
    if (is("edit"))
        return one.isEmpty() ? nullptr : new EditImageDialog(console, one, parent);
    if (is("delete"))
        return ids.isEmpty() ? nullptr : new DeleteDialog(console, ids, parent);
    if (is("launch") || is("reinstall"))
        return one.isEmpty() ? nullptr
                             : new InstanceDialog(console,
                                                  is("launch") ? InstanceDialog::Mode::Launch
                                                               : InstanceDialog::Mode::Reinstall,
                                                  one, parent);
    if (is("diagnose"))
        return one.isEmpty() ? nullptr : new DiagnoseDialog(console, one, parent);
    if (is("create"))
        return new CreateImageDialog(console, QString(), parent);
    if (is("import"))
        return new ImportImageDialog(console, parent);
    if (is("instancechecks"))
        return new InstanceChecksDialog(console, QString(), parent);
    if (is("trusted"))
        return new TrustedAccountsDialog(console, parent);
    if (is("journal"))
        return new JournalDialog(console, parent);
    if (is("check"))
        return new CheckDialog(console, parent);
    if (is("serve"))
        return new ServeDialog(console, parent);
    if (is("connect")) {
        QSettings settings;
        return new CloudConnectDialog(CloudConnection::load(settings), parent);
    }
    if (is("faq")) {
        auto *faq = new FaqDialog(parent);
        faq->setShareLimit(console.workspace().policy().shareLimit);
        return faq;
    }
    return nullptr;
}

} // namespace cvm::ui
