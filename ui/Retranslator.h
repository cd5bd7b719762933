#pragma once

#include <QObject>
#include <functional>
#include <vector>

namespace cvm::ui {

// Runs code now and again on every language switch of a widget, for as long as the widget lives
// (Calamares' CALAMARES_RETRANSLATE): the texts of a widget are set in one place, the same for
// the first time and for every later switch.
//
//     CVM_RETRANSLATE(m_title->setText(tr("Images")););
//     CVM_RETRANSLATE_SLOT(&ImagePanel::retranslate);
//
// It is the console's one way to retranslate a widget: no widget overrides changeEvent() for
// QEvent::LanguageChange. A widget attaches its retranslate() in its constructor, where the
// widgets it words exist, instead of calling it; OperationDialog::translateAndRefresh() attaches
// the dialog's retranslate() then refresh(). See docs/architecture.md, "Retranslating a widget".
//
// The code runs when the widget receives QEvent::LanguageChange, before the widget's own
// changeEvent() and before its children receive the event.
class Retranslator final : public QObject
{
    Q_OBJECT

public:
    static void attach(QObject *widget, std::function<void()> code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Retranslator(QObject *widget);

    std::vector<std::function<void()>> m_code;
};

} // namespace cvm::ui

// In a member function of a widget: runs the statements now and on every language switch.
#define CVM_RETRANSLATE(...) ::cvm::ui::Retranslator::attach(this, [=, this] { __VA_ARGS__ })
// In a member function of a widget: calls the member function now and on every language switch.
#define CVM_RETRANSLATE_SLOT(slot)                                                                 \
    ::cvm::ui::Retranslator::attach(this, [this] { std::invoke(slot, this); })
