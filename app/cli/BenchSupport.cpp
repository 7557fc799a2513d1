#include "BenchSupport.h"

#include <QFile>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace redgrid::cli {

void evictFromPageCache(const QString& path)
{
#ifdef Q_OS_LINUX
    for (const QString& file : { path, path + QStringLiteral("-wal") }) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

double millisecondsOf(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(share * double(values.size()))) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

}  // namespace redgrid::cli
