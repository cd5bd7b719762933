#include "Retranslator.h"

#include <QEvent>

namespace cvm::ui {

Retranslator::Retranslator(QObject *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

void Retranslator::attach(QObject *widget, std::function<void()> code)
{
    // One filter per widget, whatever the number of hooks: they run in the order attached.
    auto *retranslator = widget->findChild<Retranslator *>(QString(), Qt::FindDirectChildrenOnly);
    if (!retranslator)
        retranslator = new Retranslator(widget);
    code();
    retranslator->m_code.push_back(std::move(code));
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange) {
        for (const std::function<void()> &code : m_code)
            code();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cvm::ui
