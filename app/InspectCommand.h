#pragma once

#include <QString>

// `imageconsole inspect PATH|URL`: what the image file's header says and each import check.
// Exit 0: a supported image within the limits; 1: read, but unsupported, damaged, cut off or
// over a limit; 2: cannot be read at all.
int runInspect(const QString &pathOrUrl);
