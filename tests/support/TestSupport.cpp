#include "TestSupport.h"

#include "hierarchy/HierarchyEditor.h"
#include "security/SecuredFile.h"
#include "security/SignIn.h"
#include "storage/DatabaseFile.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace redgrid::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString fixture(const QString& relativePath)
{
    return QStringLiteral(REDGRID_TEST_DATA_DIR "/") + relativePath;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void writeText(const QString& path, const QString& text)
{
    writeBytes(path, text.toUtf8());
}

security::FirstAdministrator testAdministrator()
{
    return { QStringLiteral("admin"), QStringLiteral("管理员"), TestPassword };
}

std::unique_ptr<storage::Connection> openSignedIn(
    const QString& path, const QString& username, const QString& password)
{
    auto opened = storage::DatabaseFile::open(path);
    if (!opened)
        FAIL(opened.error().toString().toStdString());
    auto signedIn = security::SignIn::withPassword(**opened, username, password);
    if (!signedIn)
        FAIL(signedIn.error().toString().toStdString());
    return std::move(opened).value();
}

std::unique_ptr<storage::Connection> createJiangbeiDatabase(const QString& path)
{
    auto created
        = security::SecuredFile::create(path, testAdministrator(), [](storage::Connection& db) -> Status {
              auto root = hierarchy::HierarchyEditor(db).createRoot(
                  hierarchy::NodeKind::District, QStringLiteral("500105"), QStringLiteral("江北区"));
              if (!root)
                  return root.error();
              return Status::success();
          });
    if (!created)
        FAIL(created.error().toString().toStdString());
    return std::move(created).value();
}

}  // namespace redgrid::test
