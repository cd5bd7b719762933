#pragma once

#include <QDialog>
#include <memory>

namespace cvm::ui {

class Console;

// The journal: every operation attempted, with filters (account, action, outcome, text),
// the errors of a refused entry in words, and export of what is shown to CSV. It follows
// the journal as entries are appended.
class JournalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalDialog(Console &console, QWidget *parent = nullptr);
    ~JournalDialog() override;

    // Writes the entries currently shown, in the order shown, to a CSV file (RFC 4180, UTF-8,
    // a header row, ISO-8601 UTC times); false with `error` when it cannot.
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

private:
    void retranslate();
    void fillFilters();
    void applyFilters();
    void showDetails();
    void showCount();
    void exportClicked();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cvm::ui
