#pragma once

// What the fuzz targets share: a check that stops the run as a crash, the input as text,
// and the input as a file for the readers that open a path.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace redgrid::fuzz {

// A broken promise of the code under test: libFuzzer reports the abort as a crash and
// keeps the input.
inline void require(bool holds, const char* promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Validators take a cell's text: the input read as UTF-8 (invalid bytes become U+FFFD).
inline QString textOf(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// One file in the temporary folder ($TMPDIR: run-fuzzers.sh gives each run its own),
// rewritten for every input; the process id keeps parallel jobs apart.
class InputFile
{
public:
    explicit InputFile(const char* suffix)
        : m_path(QDir::temp().filePath(QStringLiteral("redgrid-fuzz-%1%2")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(QLatin1String(suffix))))
    {
    }
    ~InputFile() { QFile::remove(m_path); }

    const QString& write(const QByteArray& bytes) const
    {
        QFile file(m_path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input file can be written");
        require(file.write(bytes) == bytes.size(), "the input file is written whole");
        return m_path;
    }

private:
    QString m_path;
};

}  // namespace redgrid::fuzz
