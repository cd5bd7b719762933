#pragma once

// For the console's tests (they link ui): a Console on a workspace, the fixture's by default.
#include "Console.h"
#include "Fixture.h"
#include "Session.h"

#include <memory>

namespace fixture {

// A console on `json`, acting as `acting`, its clock stopped at kStart and not ticking, so
// that tests move time themselves.
inline std::unique_ptr<cvm::ui::Console> makeConsole(const QJsonObject &json = baseJson(),
                                                     const QString &acting = kOwner)
{
    cvm::LoadResult loaded = cvm::WorkspaceFile::fromObject(json);
    if (!loaded.ok())
        qFatal("fixture does not load: %s", qPrintable(loaded.errorText()));
    auto session = std::make_unique<cvm::ui::Session>(std::move(loaded.workspace), QString(),
                                                      std::make_unique<cvm::ManualClock>(kStart));
    session->setTicking(false);
    auto console = std::make_unique<cvm::ui::Console>(std::move(session));
    console->setActingAccount(acting);
    return console;
}

} // namespace fixture
