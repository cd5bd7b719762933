#pragma once

#include <QDialog>

#include <memory>

namespace cvm::ui {

class Console;

// The journal: every operation attempted, with filters (account, action, outcome, text)
// and export of what is shown to CSV.
class JournalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalDialog(Console &console, QWidget *parent = nullptr);
    ~JournalDialog() override;

    // Writes the entries currently shown to a CSV file; false with `error` when it cannot.
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void showDetails();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
