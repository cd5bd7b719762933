#include "RefusalLabel.h"

#include "FaqDialog.h"
#include "RefusalText.h"
#include "Retranslator.h"

namespace cvm::ui {

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
    CVM_RETRANSLATE_SLOT(&RefusalLabel::render);
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

void RefusalLabel::render()
{
    // The same words as every other place a refusal shows (RefusalText), with "Why?" links.
    QString text;
    if (!m_message.isEmpty())
        text = RefusalText::escaped(m_message);
    const QString refusals = RefusalText::html(m_violations, RefusalText::Why::Link);
    if (!text.isEmpty() && !refusals.isEmpty())
        text += QStringLiteral("<br>");
    text += refusals;
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace cvm::ui
