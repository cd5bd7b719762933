#pragma once

#include "Verdict.h"

#include <QLabel>

namespace cvm::ui {

// Shows refusals in words, each with a "Why?" link to the FAQ answer that explains it.
// Keeps the violations, not the text, so a language switch re-words them.
class RefusalLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit RefusalLabel(QWidget *parent = nullptr);

    void setViolations(const QList<Violation> &violations);
    void setVerdict(const Verdict &verdict) { setViolations(verdict.violations); }
    // A message that is not a rule's (e.g. a file problem); shown as it is.
    void setMessage(const QString &text);
    void clearRefusal() { setViolations({}); }
    const QList<Violation> &violations() const { return m_violations; }

private:
    void render();

    QList<Violation> m_violations;
    QString m_message;
};

} // namespace cvm::ui
