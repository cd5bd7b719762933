#pragma once

#include "Verdict.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLineEdit;

namespace cvm::ui {

// The colours of list lines: one the rules refuse, and one held back while the request they
// belong to is refused.
inline const QColor kRefusalColor(0xb0, 0x00, 0x20);
inline const QColor kHeldColor(0x80, 0x60, 0x00);

// The one way a refusal is worded wherever it shows — dialogs, tooltips of actions in the
// toolbar and menus, the table's context menu, message boxes: for each violation (each said
// once) the rule's sentence, what to do about it, Tencent's error code, and "Why?" leading to
// the FAQ answer that explains the rule. Made at display time from the violations, in the
// current language.
class RefusalText final
{
    Q_DECLARE_TR_FUNCTIONS(cvm::ui::RefusalText)

public:
    enum class Why
    {
        Link,    // a "Why?" link (rule:ID) that a label opens in the FAQ
        Question // names the FAQ question, for tooltips that cannot be clicked
    };
    // Rich text: one line per distinct violation.
    static QString html(const QList<Violation> &violations, Why why = Why::Link);
    // The same for a tooltip (of an action, a button, a list line).
    static QString tooltip(const QList<Violation> &violations);
    // Plain text, one line per distinct violation: the sentence, the remedy and the code.
    static QString plain(const QList<Violation> &violations);
    // The sentence and remedy of one violation, without code or link.
    static QString sentence(const Violation &v);
    // Rules of the violations that the FAQ explains, each once, in order.
    static QStringList faqRules(const QList<Violation> &violations);
    // The violations without "missing" ones (MissingParameter) for fields the operator has not
    // edited yet: a form does not open in red. Pairs of the API field name and its line edit.
    static QList<Violation>
    withoutUntouched(const QList<Violation> &violations,
                     const QList<QPair<QString, const QLineEdit *>> &fields);
    // Escapes what rich text would read as markup; quotes stay as they are.
    static QString escaped(const QString &text);
};

} // namespace cvm::ui
