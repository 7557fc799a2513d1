#include "ProcessStats.h"

#include <QElapsedTimer>
#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif

namespace redgrid::ProcessStats {
namespace {

QElapsedTimer& mainClock()
{
    static QElapsedTimer clock;
    return clock;
}

#ifdef Q_OS_LINUX
// Field 22 of /proc/self/stat is the start time in clock ticks after boot; the fields
// are counted after the command name, which is in parentheses and may hold spaces.
qint64 procStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3;  // fields 1 and 2 come before the name's end
    if (fields.size() <= StartTimeAfterName)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(StartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1;
    return ticks * 1000 / ticksPerSecond;
}
#endif

struct SignInMark
{
    QElapsedTimer clock;
    double cpuSeconds = 0.0;
    qint64 passwordMs = -1;  // from the start to the password checked
};

SignInMark& signInMark()
{
    static SignInMark mark;
    return mark;
}

}  // namespace

void markMainEntered()
{
    mainClock().start();
}

qint64 millisecondsSinceStart()
{
#ifdef Q_OS_LINUX
    timespec now {};
    const qint64 started = procStartMs();
    if (started >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
        if (nowMs >= started)
            return nowMs - started;
    }
#endif
    return mainClock().isValid() ? mainClock().elapsed() : 0;
}

double peakResidentMiB()
{
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
#endif
    return 0.0;
}

double cpuSeconds()
{
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#endif
    return 0.0;
}

QString readyLine()
{
    return QStringLiteral("ready %1 ms, peak %2 MiB")
        .arg(millisecondsSinceStart())
        .arg(peakResidentMiB(), 0, 'f', 1);
}

void markSignInStarted()
{
    signInMark().clock.start();
    signInMark().cpuSeconds = cpuSeconds();
    signInMark().passwordMs = -1;
}

void markSignedIn()
{
    if (signInMark().clock.isValid())
        signInMark().passwordMs = signInMark().clock.elapsed();
}

QString signInLine()
{
    const SignInMark& mark = signInMark();
    if (!mark.clock.isValid())
        return {};
    const qint64 total = mark.clock.elapsed();
    const QString split = mark.passwordMs < 0
        ? QString()
        : QStringLiteral(": password %1 ms, window %2 ms").arg(mark.passwordMs).arg(total - mark.passwordMs);
    return QStringLiteral("signed in to ready %1 ms%2 (%3 ms of processor time)")
        .arg(total)
        .arg(split)
        .arg(qRound64((cpuSeconds() - mark.cpuSeconds) * 1000.0));
}

}  // namespace redgrid::ProcessStats
