#include "Records.h"

namespace cvm {

QString windowsCheckKey(WindowsCheck check)
{
    switch (check) {
    case WindowsCheck::AgentServices:
        return QStringLiteral("AgentServices");
    case WindowsCheck::ModulesInstaller:
        return QStringLiteral("ModulesInstaller");
    case WindowsCheck::SecuritySoftware:
        return QStringLiteral("SecuritySoftware");
    case WindowsCheck::SystemPopups:
        return QStringLiteral("SystemPopups");
    }
    return {};
}

std::optional<WindowsCheck> windowsCheckFromKey(const QString &key)
{
    for (WindowsCheck c : allWindowsChecks()) {
        if (windowsCheckKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QList<WindowsCheck> allWindowsChecks()
{
    return {WindowsCheck::AgentServices, WindowsCheck::ModulesInstaller,
            WindowsCheck::SecuritySoftware, WindowsCheck::SystemPopups};
}

bool WindowsChecks::passes(WindowsCheck check) const
{
    switch (check) {
    case WindowsCheck::AgentServices:
        return agentServices;
    case WindowsCheck::ModulesInstaller:
        return modulesInstaller;
    case WindowsCheck::SecuritySoftware:
        return securitySoftware;
    case WindowsCheck::SystemPopups:
        return systemPopups;
    }
    return true;
}

void WindowsChecks::set(WindowsCheck check, bool pass)
{
    switch (check) {
    case WindowsCheck::AgentServices:
        agentServices = pass;
        break;
    case WindowsCheck::ModulesInstaller:
        modulesInstaller = pass;
        break;
    case WindowsCheck::SecuritySoftware:
        securitySoftware = pass;
        break;
    case WindowsCheck::SystemPopups:
        systemPopups = pass;
        break;
    }
}

QList<WindowsCheck> WindowsChecks::failing() const
{
    QList<WindowsCheck> out;
    for (WindowsCheck c : allWindowsChecks()) {
        if (!passes(c))
            out.append(c);
    }
    return out;
}

int Task::percent() const
{
    if (state != TaskState::Running || durationSeconds <= 0 || elapsedSeconds >= durationSeconds)
        return 100;
    return elapsedSeconds <= 0 ? 0 : int(qint64(elapsedSeconds) * 100 / durationSeconds);
}

} // namespace cvm
