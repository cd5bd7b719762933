#include "FaqDialog.h"

#include "Faq.h"
#include "Retranslator.h"
#include "RuleText.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cvm::ui {

FaqDialog::FaqDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("faqDialog"));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_questions = new QListWidget(splitter);
    m_questions->setObjectName(QStringLiteral("faqQuestions"));
    m_questions->setWordWrap(true);
    m_answer = new QTextBrowser(splitter);
    m_answer->setObjectName(QStringLiteral("faqAnswer"));
    m_answer->setOpenExternalLinks(true);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 520});
    layout->addWidget(splitter, 1);
    // An own button in the reject role rather than the standard Close button: on a language change
    // the box re-sets its standard buttons' texts to Qt's own after retranslate() ran.
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(QString(), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_questions, &QListWidget::currentRowChanged, this, &FaqDialog::showCurrent);
    CVM_RETRANSLATE_SLOT(&FaqDialog::retranslate);
    m_questions->setCurrentRow(0);
}

QString FaqDialog::currentEntry() const
{
    const QListWidgetItem *item = m_questions->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void FaqDialog::retranslate()
{
    setWindowTitle(tr("Image FAQ"));
    const QString current = currentEntry();
    m_questions->blockSignals(true);
    m_questions->clear();
    for (const Faq::Entry &e : Faq::entries()) {
        auto *item = new QListWidgetItem(e.question, m_questions);
        item->setData(Qt::UserRole, e.id);
    }
    m_questions->blockSignals(false);
    showEntry(current.isEmpty() ? Faq::entries().first().id : current);
    if (auto *close = findChild<QPushButton *>(QStringLiteral("closeButton")))
        close->setText(tr("Close"));
}

void FaqDialog::showEntry(const QString &id)
{
    for (int i = 0; i < m_questions->count(); ++i) {
        if (m_questions->item(i)->data(Qt::UserRole).toString() == id) {
            m_questions->setCurrentRow(i);
            showCurrent();
            return;
        }
    }
}

void FaqDialog::showCurrent()
{
    const Faq::Entry e = Faq::entry(currentEntry());
    Policy policy;
    policy.shareLimit = m_shareLimit;
    QStringList rules;
    for (const QString &r : e.rules)
        rules.append(QStringLiteral("<li>%1 <span style=\"color:#666\">(%2)</span></li>")
                         .arg(RuleText::ruleTitle(r, policy).toHtmlEscaped(), r));
    // The seed's own pointers to Tencent Cloud's documentation.
    QStringList links;
    for (const Faq::Link &l : e.links)
        links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(l.url, l.title.toHtmlEscaped()));
    QString more;
    if (!links.isEmpty())
        more = QStringLiteral("<p>%1 %2</p>")
                   .arg(tr("For more, see:").toHtmlEscaped(), QLocale().createSeparatedList(links));
    m_answer->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>%3<p>%4</p><ul>%5</ul>")
                          .arg(e.question.toHtmlEscaped(), e.answer.toHtmlEscaped(), more,
                               tr("The rules of the console that follow from it:").toHtmlEscaped(),
                               rules.join(QString())));
}

void FaqDialog::setShareLimit(int limit)
{
    m_shareLimit = limit;
    showCurrent();
}

void FaqDialog::showForRule(QWidget *parent, const QString &ruleId)
{
    QWidget *window = parent ? parent->window() : nullptr;
    FaqDialog *dialog =
        window ? window->findChild<FaqDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new FaqDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->showEntry(Faq::entryForRule(ruleId));
    dialog->show();
    dialog->raise();
}

} // namespace cvm::ui
