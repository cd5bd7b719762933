#pragma once

#include <QString>
#include <QStringList>

namespace cvm::ui::Csv {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString field(const QString &s);
QString record(const QStringList &fields);
// Writes the records (CRLF after each, UTF-8) atomically; false and the reason when it cannot.
bool write(const QString &fileName, const QList<QStringList> &records, QString *error);

} // namespace cvm::ui::Csv
