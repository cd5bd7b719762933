#pragma once

#include <QMessageBox>
#include <QString>

// Message boxes and file dialogs behind one seam, so that tests can answer them
// (KeePassXC's MessageBox::setNextAnswer, FileDialog::setNextFileName).
namespace cvm::ui::Prompt {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                            QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &filter);

// Test seam: the next prompt answers this without showing anything.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString &fileName);
// How many prompts were answered from the seam or shown since the last call.
int takePromptCount();
// The text of the last message box asked or shown.
QString lastText();

} // namespace cvm::ui::Prompt
