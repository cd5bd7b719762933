#pragma once

#include "Records.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace cvm::ui {

// Help → Image FAQ: the seed questions and answers in the current language.
class FaqDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FaqDialog(QWidget *parent = nullptr);
    void showEntry(const QString &id);
    QString currentEntry() const;
    // The workspace's share limit, for the rule that follows from "how many users" (S3).
    void setShareLimit(int limit);

    // Opens (or raises) the FAQ of `parent`'s window at the answer that explains `ruleId`.
    static void showForRule(QWidget *parent, const QString &ruleId);

private:
    void retranslate();
    void showCurrent();

    QListWidget *m_questions = nullptr;
    QTextBrowser *m_answer = nullptr;
    int m_shareLimit = Policy().shareLimit;
};

} // namespace cvm::ui
