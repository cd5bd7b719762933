#pragma once

#include <QDateTime>

namespace cvm {

// Time is injected so that tasks and journal entries are deterministic in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override
    {
        QDateTime t = QDateTime::currentDateTimeUtc();
        t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
        return t;
    }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace cvm
