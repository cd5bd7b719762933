#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace cvm::api {

// Parameters sent as a form or a query string, as the SDKs send them with the older signature
// and with GET: nested values flattened into dotted names (ImageIds.0, Filters.0.Name,
// Filters.0.Values.0, Placement.Zone), every value a string.
class FormParameters final
{
public:
    // Splits and URL-decodes a=1&b=2 ('+' is a space). nullopt, with `error` set, when a name is
    // sent twice or a value is not valid UTF-8.
    static std::optional<QList<QPair<QByteArray, QByteArray>>> decode(const QByteArray &encoded,
                                                                      QString *error);
    // The JSON parameters the actions read: dotted names nested again (a level of numbers
    // 0, 1, ... is an array), and the values of the documented Boolean and Integer parameters
    // typed again ("true"/"True", "20"). nullopt, with `error` set, when names contradict each
    // other (A=1 and A.0=2) or an array has a gap.
    static std::optional<QJsonObject> toJson(const QList<QPair<QByteArray, QByteArray>> &params,
                                             QString *error);
};

} // namespace cvm::api
