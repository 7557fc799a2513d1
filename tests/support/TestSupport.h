#pragma once

#include "storage/Connection.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace redgrid::test {

// A folder that lives for one test and is removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const;  // a path inside the folder
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QString fixture(const QString& relativePath);  // a file under tests/data
QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
void writeText(const QString& path, const QString& text);  // UTF-8

// A new RedGrid database with the district 重庆市江北区 (500105) at its root.
std::unique_ptr<storage::Connection> createJiangbeiDatabase(const QString& path);

}  // namespace redgrid::test
