#include "OperationDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "Retranslator.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace cvm::ui {

OperationDialog::OperationDialog(QWidget *parent) : QDialog(parent)
{}

void OperationDialog::setOkReason(const QString &why, const QString &toolTip)
{
    m_ok->setEnabled(why.isEmpty());
    m_ok->setToolTip(toolTip.isEmpty() ? why : toolTip);
    if (m_okReason) {
        m_okReason->setText(why);
        m_okReason->setVisible(!why.isEmpty());
    }
}

void OperationDialog::translateAndRefresh()
{
    // Called once, last in the subclass's constructor: retranslate() is the subclass's by then.
    CVM_RETRANSLATE(retranslate(); refresh(););
}

RefusalLabel *OperationDialog::addRefusal(QBoxLayout *layout)
{
    m_refusal = new RefusalLabel(this);
    layout->addWidget(m_refusal);
    return m_refusal;
}

void OperationDialog::createButtons(QBoxLayout *layout, Dismiss dismiss, Reason reason)
{
    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    const bool close = dismiss == Dismiss::Close;
    m_close->setObjectName(close ? QStringLiteral("closeButton") : QStringLiteral("cancelButton"));
    CVM_RETRANSLATE(m_close->setText(close ? tr("Close") : tr("Cancel")););
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (reason == Reason::None) {
        layout->addWidget(m_buttons);
        return;
    }
    m_okReason = new QLabel(this);
    m_okReason->setObjectName(QStringLiteral("okReason"));
    m_okReason->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_okReason, 1);
    row->addWidget(m_buttons);
    layout->addLayout(row);
}

void OperationDialog::connectOk(std::function<void()> onOk)
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, std::move(onOk));
}

void OperationDialog::refreshOnChange(Console &console, Changes changes)
{
    refreshOnChange(console, changes, [this] { refresh(); });
}

void OperationDialog::refreshOnChange(Console &console, Changes changes,
                                      const std::function<void()> &react)
{
    if (changes.testFlag(WorkspaceChanged))
        connect(&console.workspace(), &Workspace::changed, this, react);
    if (changes.testFlag(ActingAccountChanged))
        connect(&console, &Console::actingAccountChanged, this, react);
}

} // namespace cvm::ui
