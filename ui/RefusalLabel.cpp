#include "RefusalLabel.h"

#include "Faq.h"
#include "FaqDialog.h"
#include "RuleText.h"

#include <QEvent>

namespace cvm::ui {
namespace {

// Escapes what rich text would read as markup; quotes stay as they are, so the text reads
// the same in plain and rich form.
QString escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

} // namespace

RefusalLabel::RefusalLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("refusal"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setStyleSheet(QStringLiteral("color: #b00020"));
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("rule:")))
            FaqDialog::showForRule(this, link.mid(5));
    });
}

void RefusalLabel::setViolations(const QList<Violation> &violations)
{
    m_violations = violations;
    m_message.clear();
    render();
}

void RefusalLabel::setMessage(const QString &text)
{
    m_violations.clear();
    m_message = text;
    render();
}

void RefusalLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void RefusalLabel::render()
{
    QStringList lines;
    if (!m_message.isEmpty())
        lines.append(escaped(m_message).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    QStringList seen;
    for (const Violation &v : m_violations) {
        const QString message = RuleText::message(v);
        if (seen.contains(message))
            continue;
        seen.append(message);
        QString line = escaped(message);
        const QString remedy = RuleText::remedy(v);
        if (!remedy.isEmpty())
            line += QLatin1Char(' ') + escaped(remedy);
        if (!Faq::entryForRule(v.rule).isEmpty())
            line += QStringLiteral(" <a href=\"rule:%1\">%2</a>").arg(v.rule, tr("Why?"));
        lines.append(line);
    }
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

} // namespace cvm::ui
