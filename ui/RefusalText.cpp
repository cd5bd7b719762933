#include "RefusalText.h"

#include "Faq.h"
#include "RuleText.h"

#include <QLineEdit>

namespace cvm::ui {
namespace {

// Violations that would read the same (the same sentence) are said once.
QList<Violation> distinct(const QList<Violation> &violations)
{
    QList<Violation> out;
    QStringList seen;
    for (const Violation &v : violations) {
        const QString text = RefusalText::sentence(v);
        if (seen.contains(text))
            continue;
        seen.append(text);
        out.append(v);
    }
    return out;
}

} // namespace

QString RefusalText::escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString RefusalText::sentence(const Violation &v)
{
    const QString message = RuleText::message(v);
    const QString remedy = RuleText::remedy(v);
    return remedy.isEmpty() ? message : tr("%1 %2").arg(message, remedy);
}

QString RefusalText::html(const QList<Violation> &violations, Why why)
{
    QStringList paragraphs; // one line per violation
    for (const Violation &v : distinct(violations)) {
        QString line = escaped(sentence(v));
        if (!v.code.isEmpty())
            line += QStringLiteral(" <span style=\"color:#666\">(%1)</span>")
                        .arg(escaped(tr("error code %1").arg(v.code)));
        const QString entry = Faq::entryForRule(v.rule);
        if (!entry.isEmpty()) {
            if (why == Why::Link)
                line += QStringLiteral(" <a href=\"rule:%1\">%2</a>").arg(v.rule, tr("Why?"));
            else
                line +=
                    QStringLiteral("<br><i>%1</i>")
                        .arg(escaped(tr("Why? Image FAQ: “%1”").arg(Faq::entry(entry).question)));
        }
        paragraphs.append(line);
    }
    return paragraphs.join(QStringLiteral("<br>"));
}

QString RefusalText::tooltip(const QList<Violation> &violations)
{
    // A tooltip is shown as rich text only when it starts with markup.
    return QStringLiteral("<qt>%1</qt>").arg(html(violations, Why::Question));
}

QString RefusalText::plain(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &v : distinct(violations)) {
        lines.append(v.code.isEmpty() ? sentence(v)
                                      : tr("%1 (error code %2)").arg(sentence(v), v.code));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<Violation>
RefusalText::withoutUntouched(const QList<Violation> &violations,
                              const QList<QPair<QString, const QLineEdit *>> &fields)
{
    QList<Violation> out;
    for (const Violation &v : violations) {
        bool untouched = false;
        if (v.code == codes::MissingParameter) {
            const QString field = v.args.value(QStringLiteral("field")).toString();
            for (const auto &[name, edit] : fields)
                untouched = untouched || (name == field && edit && !edit->isModified());
        }
        if (!untouched)
            out.append(v);
    }
    return out;
}

QStringList RefusalText::faqRules(const QList<Violation> &violations)
{
    QStringList out;
    for (const Violation &v : violations) {
        if (!out.contains(v.rule) && !Faq::entryForRule(v.rule).isEmpty())
            out.append(v.rule);
    }
    return out;
}

} // namespace cvm::ui
