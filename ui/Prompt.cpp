#include "Prompt.h"

#include <QFileDialog>
#include <optional>

namespace cvm::ui::Prompt {
namespace {
std::optional<QMessageBox::StandardButton> s_answer;
std::optional<QString> s_fileName;
int s_count = 0;
QString s_lastText;
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    ++s_count;
    s_lastText = text;
    if (s_answer) {
        const auto a = *s_answer;
        s_answer.reset();
        return a;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    ++s_count;
    s_lastText = text;
    if (s_answer) {
        s_answer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    ++s_count;
    s_lastText = text;
    if (s_answer) {
        s_answer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_fileName) {
        const QString f = *s_fileName;
        s_fileName.reset();
        return f;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_fileName) {
        const QString f = *s_fileName;
        s_fileName.reset();
        return f;
    }
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answer = answer;
}
void setNextFileName(const QString &fileName)
{
    s_fileName = fileName;
}

QString lastText()
{
    return s_lastText;
}

int takePromptCount()
{
    const int c = s_count;
    s_count = 0;
    return c;
}

} // namespace cvm::ui::Prompt
