#include "Csv.h"

#include <QSaveFile>
#include <algorithm>

namespace cvm::ui::Csv {

QString field(const QString &s)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(s.begin(), s.end(), [](QChar c) { return special.contains(c); }))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(','));
}

bool write(const QString &fileName, const QList<QStringList> &records, QString *error)
{
    QString text;
    for (const QStringList &r : records) {
        text += record(r);
        text += QLatin1String("\r\n");
    }
    const QByteArray csv = text.toUtf8();
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace cvm::ui::Csv
