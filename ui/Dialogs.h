#pragma once

#include <QStringList>

class QDialog;
class QWidget;

namespace cvm::ui {

class Console;

// Makes the console's dialogs by name, for the window, the screenshot option and the tests:
// share, copy, give, edit, delete, launch, reinstall, diagnose (on the selected images);
// create, import, instancechecks, trusted, journal, check, faq. Returns nullptr when the
// dialog needs a selection it does not have.
QDialog *createDialog(const QString &name, Console &console, const QStringList &selectedImageIds,
                      QWidget *parent);
QStringList dialogNames();

} // namespace cvm::ui
