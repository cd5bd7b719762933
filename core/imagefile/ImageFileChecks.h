#pragma once

#include "ImageFileInspector.h"
#include "Records.h"

#include <QCoreApplication>
#include <QList>

namespace cvm {

// The checks of SPEC 4.7 that the file alone decides, against a policy: supported format,
// no backing file, sizes within the limits, readable partition table.
struct ImageFileCheck
{
    QString text; // translated
    bool passed = false;
};

class ImageFileChecks final
{
    Q_DECLARE_TR_FUNCTIONS(cvm::ImageFileChecks)

public:
    static QList<ImageFileCheck> run(const ImageFileReport &report, const Policy &policy);
    static bool allPassed(const QList<ImageFileCheck> &checks);
};

} // namespace cvm
