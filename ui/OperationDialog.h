#pragma once

#include <QDialog>
#include <functional>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cvm::ui {

class Console;
class RefusalLabel;

// The parts every dialog that asks the rules before an operation shares, so that each dialog
// writes only what is its own:
// - the OK button and the button that leaves ("Cancel" or "Close"), own buttons in the accept and
//   reject roles of a QDialogButtonBox rather than standard buttons, because on a language change
//   the box re-sets its standard buttons' texts to Qt's own after the dialog's retranslate() ran;
// - optionally a label beside them that says why OK is disabled (setOkReason());
// - the refusal label, which words the rules' violations in the current language;
// - retranslate() then refresh() at the end of construction and on every language switch;
// - refresh() on every change of the workspace (and of the acting account), in one call.
// See docs/architecture.md, "Writing a dialog".
class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    // The button that leaves without doing the operation: "Cancel" (objectName cancelButton),
    // or "Close" (closeButton) in a dialog that may do several operations before it is left.
    enum class Dismiss
    {
        Cancel,
        Close
    };
    // Whether a label beside the buttons (objectName okReason) says why OK is disabled.
    enum class Reason
    {
        None,
        BesideButtons
    };
    // What refreshes the dialog while it is open.
    enum Change
    {
        WorkspaceChanged = 0x1,
        ActingAccountChanged = 0x2
    };
    Q_DECLARE_FLAGS(Changes, Change)

    QPushButton *okButton() const { return m_ok; }
    // "Cancel" or "Close" (Dismiss).
    QPushButton *closeButton() const { return m_close; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    RefusalLabel *refusal() const { return m_refusal; }

    // OK is enabled when `why` is empty; otherwise it is disabled and says why, beside the
    // buttons (Reason::BesideButtons) and in its tooltip. A non-empty `toolTip` is shown in the
    // tooltip instead of `why` (e.g. the refusals in full).
    void setOkReason(const QString &why, const QString &toolTip = QString());

protected:
    explicit OperationDialog(QWidget *parent = nullptr);

    // Re-sets every text built in code: title, labels, OK's text, placeholders. The base then
    // calls refresh().
    virtual void retranslate() = 0;
    // Shows the state of the workspace: the rules' verdicts, the refusal, OK. Nothing by default.
    virtual void refresh() {}

    // The subclass calls this once, last in its constructor: retranslate(), then refresh(), now
    // and on every language switch (the retranslate hook, Retranslator.h).
    void translateAndRefresh();

    // Adds the refusal label (objectName refusal) to the layout, where the dialog wants it.
    RefusalLabel *addRefusal(QBoxLayout *layout);
    // Adds the button row to the layout: OK, whose click (or Enter) calls onOk, and the Dismiss
    // button, which rejects the dialog; with Reason::BesideButtons, the okReason label to their
    // left. OK's text is the subclass's (retranslate()); the Dismiss button's is the base's.
    template <typename Dialog>
    void addButtons(QBoxLayout *layout, Dismiss dismiss, void (Dialog::*onOk)(),
                    Reason reason = Reason::None)
    {
        createButtons(layout, dismiss, reason);
        connectOk([dialog = static_cast<Dialog *>(this), onOk] { (dialog->*onOk)(); });
    }

    // refresh() on every change of the workspace and/or the acting account, while the dialog
    // is open.
    void refreshOnChange(Console &console, Changes changes = WorkspaceChanged);
    // The same with the dialog's own reaction (e.g. rebuild a list, then refresh()).
    void refreshOnChange(Console &console, Changes changes, const std::function<void()> &react);

private:
    void createButtons(QBoxLayout *layout, Dismiss dismiss, Reason reason);
    void connectOk(std::function<void()> onOk);

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_okReason = nullptr;
    RefusalLabel *m_refusal = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(OperationDialog::Changes)

} // namespace cvm::ui
