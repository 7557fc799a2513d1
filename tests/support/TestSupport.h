#pragma once

#include "security/SecuritySetup.h"
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

// The first administrator of every test database, and their password.
security::FirstAdministrator testAdministrator();
inline const QString TestPassword = QStringLiteral("Redgrid-2026");

// A new RedGrid database with the district 重庆市江北区 (500105) at its root, signed in as
// testAdministrator() (a district administrator over the whole database).
std::unique_ptr<storage::Connection> createJiangbeiDatabase(const QString& path);

// Opens an existing test database and signs in; FAILs the test if either goes wrong.
std::unique_ptr<storage::Connection> openSignedIn(const QString& path,
    const QString& username = QStringLiteral("admin"), const QString& password = TestPassword);

}  // namespace redgrid::test
