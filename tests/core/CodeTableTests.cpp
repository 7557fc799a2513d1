#include "roster/CodeTable.h"

#include <QElapsedTimer>
#include <QSet>

#include <catch2/catch.hpp>

#include <string>

using namespace redgrid::roster;

namespace {

// The code found for `text`, or "-" when none.
std::string code(const CodeTable& table, const char* text)
{
    const auto found = table.codeFor(QString::fromUtf8(text));
    return found ? found->toStdString() : std::string("-");
}

const CodeTable* const allTables[] = { &CodeTable::education(), &CodeTable::ethnicity(), &CodeTable::sex(),
    &CodeTable::jobPost(), &CodeTable::memberCategory(), &CodeTable::partyStanding(),
    &CodeTable::lostContactReason(), &CodeTable::departureKind(), &CodeTable::degree(),
    &CodeTable::orgCategory(), &CodeTable::unitSituation() };

}  // namespace

TEST_CASE("Code tables: every table is consistent", "[rules][codes]")
{
    QSet<QString> titles;
    for (const CodeTable* table : allTables) {
        INFO(table->title().toStdString());
        CHECK_FALSE(table->entries().isEmpty());
        titles.insert(table->title());
        QSet<QString> codes;
        for (const CodeEntry& entry : table->entries()) {
            INFO(entry.code.toStdString() << " " << entry.label.toStdString());
            CHECK_FALSE(codes.contains(entry.code));  // codes are unique
            codes.insert(entry.code);
            CHECK_FALSE(entry.label.isEmpty());
            CHECK((entry.parentCode.isEmpty() || table->contains(entry.parentCode)));
            CHECK(table->labelFor(entry.code) == entry.label);
            // Every code finds itself, and every label finds its code unless two codes share it.
            CHECK(table->codeFor(entry.code) == entry.code);
            if (!table->isAmbiguous(entry.label))
                CHECK(table->codeFor(entry.label) == entry.code);
        }
    }
    CHECK(titles.size() == 11);
    CHECK(CodeTable::education().title() == QStringLiteral("education"));
}

TEST_CASE("Code tables: 学历 GB/T 4658-2006 and the words rosters use", "[rules][codes]")
{
    const CodeTable& table = CodeTable::education();
    CHECK(table.entries().size() == 40);
    CHECK(table.labelFor(QStringLiteral("11")) == QStringLiteral("博士研究生毕业"));
    CHECK(table.labelFor(QStringLiteral("28")) == QStringLiteral("大学普通班毕业"));
    CHECK(table.labelFor(QStringLiteral("47")) == QStringLiteral("技工学校毕业"));
    CHECK(table.labelFor(QStringLiteral("90")) == QStringLiteral("其他"));
    CHECK(table.labelFor(QStringLiteral("50")).isEmpty());  // the standard has no 5x
    CHECK(table.labelFor(QStringLiteral("72")).isEmpty());
    CHECK(table.children(QStringLiteral("20")).size() == 4);
    CHECK(table.pathFor(QStringLiteral("21")) == QStringLiteral("大学本科教育 / 大学本科毕业"));

    const std::pair<const char*, const char*> synonyms[] = { { "博士", "11" }, { "博士研究生", "11" },
        { "硕士", "14" }, { "研究生", "14" }, { "硕士研究生", "14" }, { "本科", "21" }, { "大学本科", "21" },
        { "大学", "21" }, { "大专", "31" }, { "专科", "31" }, { "大学专科", "31" }, { "中专", "41" },
        { "中等专科", "41" }, { "职高", "44" }, { "技校", "47" }, { "中技", "47" }, { "高中", "61" },
        { "初中", "71" }, { "小学", "81" } };
    for (const auto& [text, expected] : synonyms) {
        INFO(text);
        CHECK(code(table, text) == expected);
    }
    // Trimmed, full-width and Excel-mangled input.
    CHECK(code(table, " 大学本科 ") == "21");
    CHECK(code(table, "大 专") == "31");
    CHECK(code(table, "２１") == "21");
    CHECK(code(table, "21 大学本科毕业") == "21");
    CHECK(code(table, "21-本科") == "21");
    CHECK(code(table, "21 硕士") == "-");  // code and label disagree
    CHECK(code(table, "本科学历") == "-");
    CHECK(code(table, "") == "-");
    // 党校 qualifications must be coded by their category (填表说明): no automatic mapping.
    CHECK(code(table, "中央党校大学") == "-");
}

TEST_CASE("Code tables: 民族 GB/T 3304-1991", "[rules][codes]")
{
    const CodeTable& table = CodeTable::ethnicity();
    CHECK(table.entries().size() == 58);
    CHECK(table.entries().first().label == QStringLiteral("汉族"));
    CHECK(table.entries()[55].code == QStringLiteral("56"));
    CHECK(table.entries()[55].label == QStringLiteral("基诺族"));
    CHECK(table.labelFor(QStringLiteral("05")) == QStringLiteral("维吾尔族"));
    CHECK(table.labelFor(QStringLiteral("23")) == QStringLiteral("高山族"));
    CHECK(table.labelFor(QStringLiteral("98")) == QStringLiteral("外国血统中国籍人士"));
    // The first 56 codes run 01..56 without gaps.
    for (int i = 0; i < 56; ++i)
        CHECK(table.entries()[i].code == QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')));

    CHECK(code(table, "汉族") == "01");
    CHECK(code(table, "汉") == "01");
    CHECK(code(table, "01") == "01");
    CHECK(code(table, "1") == "01");  // Excel dropped the leading zero
    CHECK(code(table, "01汉族") == "01");
    CHECK(code(table, "蒙古") == "02");
    CHECK(code(table, "蒙族") == "02");
    CHECK(code(table, "维吾尔") == "05");
    CHECK(code(table, "土家") == "15");
    CHECK(code(table, "土") == "30");
    CHECK(code(table, "京") == "49");
    CHECK(code(table, "穿青人") == "-");
    CHECK(code(table, "99") == "-");
}

TEST_CASE("Code tables: 性别 GB/T 2261.1-2003", "[rules][codes]")
{
    const CodeTable& table = CodeTable::sex();
    CHECK(code(table, "男") == "1");
    CHECK(code(table, "女") == "2");
    CHECK(code(table, "男性") == "1");
    CHECK(code(table, "女性") == "2");
    CHECK(code(table, "1") == "1");
    CHECK(code(table, "未说明的性别") == "9");
    CHECK(code(table, "未知的性别") == "0");
    CHECK(code(table, "*") == "-");
}

TEST_CASE("Code tables: 工作岗位 hierarchy", "[rules][codes]")
{
    const CodeTable& table = CodeTable::jobPost();
    // The official codes of the 党统 report are all present with their parents.
    CHECK(table.labelFor(QStringLiteral("0164")) == QStringLiteral("农民工"));
    CHECK(table.pathFor(QStringLiteral("0164"))
        == QStringLiteral("在岗职工 / 公有制单位 / 工勤技能人员 / 农民工"));
    CHECK(table.pathFor(QStringLiteral("0253"))
        == QStringLiteral("在岗职工 / 非公有制单位 / 工勤技能人员 / 农民工"));
    CHECK(table.pathFor(QStringLiteral("113")) == QStringLiteral("农牧渔民 / 外出务工经商人员"));
    QStringList top;
    for (const CodeEntry& entry : table.children({}))
        top.append(entry.code + entry.label);
    CHECK(top
        == QStringList { QStringLiteral("0在岗职工"), QStringLiteral("1农牧渔民"),
            QStringLiteral("2军人、武警"), QStringLiteral("3学生"), QStringLiteral("4离退休人员"),
            QStringLiteral("5其他") });
    // Hierarchical codes: every child's code extends its parent's.
    for (const CodeEntry& entry : table.entries()) {
        INFO(entry.code.toStdString());
        CHECK(entry.code.startsWith(entry.parentCode));
    }

    // Labels shared by two codes find nothing: the code must be given.
    CHECK(table.isAmbiguous(QStringLiteral("农民工")));
    CHECK(code(table, "农民工") == "-");
    CHECK(code(table, "企业管理人员") == "-");
    CHECK(code(table, "0164") == "0164");
    CHECK(code(table, "0253农民工") == "0253");
    CHECK(code(table, "164") == "-");  // no padding: 0164 and 164 would be different codes

    CHECK(code(table, "外出务工经商人员") == "113");
    CHECK(code(table, "研究生一年级学生") == "312");
    CHECK(code(table, "解放军、武警") == "2");
    CHECK(code(table, "退休") == "42");
    CHECK(code(table, "农民") == "111");
    CHECK(code(table, "（转业）待安置、学生毕业未就业的人员") == "506");
    CHECK(code(table, "(转业)待安置、学生毕业未就业的人员") == "506");
}

TEST_CASE("Code tables: the smaller enumerations of the member record", "[rules][codes]")
{
    CHECK(code(CodeTable::memberCategory(), "正式党员") == "1");
    CHECK(code(CodeTable::memberCategory(), "预备") == "2");
    CHECK(code(CodeTable::memberCategory(), "正式") == "1");
    CHECK(code(CodeTable::partyStanding(), "正常") == "1");
    CHECK(code(CodeTable::partyStanding(), "停止党籍") == "2");

    const CodeTable& lost = CodeTable::lostContactReason();
    CHECK(lost.entries().size() == 7);
    CHECK(code(lost, "①") == "1");
    CHECK(code(lost, "①外出务工经商") == "1");
    CHECK(code(lost, "⑤出国（境）") == "5");
    CHECK(code(lost, "出国(境)") == "5");
    CHECK(code(lost, "⑦") == "7");
    CHECK(code(lost, "③外出务工经商") == "-");

    const CodeTable& departure = CodeTable::departureKind();
    CHECK(departure.entries().size() == 7);
    for (const char* kind :
        { "开除党籍", "退党除名", "劝退", "劝而不退除名", "自行脱党除名", "取消预备党员资格", "不予承认" })
        CHECK(code(departure, kind) != "-");

    CHECK(code(CodeTable::degree(), "学士") == "4");
    CHECK(code(CodeTable::degree(), "无") == "0");
    CHECK(code(CodeTable::degree(), "硕士学位") == "3");

    const CodeTable& org = CodeTable::orgCategory();
    CHECK(org.entries().size() == 9);
    CHECK(code(org, "⑦街道社区") == "7");
    CHECK(code(org, "社会组织") == "8");

    const CodeTable& unit = CodeTable::unitSituation();
    CHECK(code(unit, "与上级党组织相同") == "1");
    CHECK(code(unit, "与上级党组织同一单位") == "1");
    CHECK(code(unit, "法人单位") == "2");
    CHECK(code(unit, "联合党支部") == "3");
}

TEST_CASE("Code tables: lookups are fast enough for a million-row import", "[rules][codes]")
{
    // Several lookups per row; keep a million rows' worth well under a few seconds in Debug.
    const QStringList cells { QStringLiteral("汉族"), QStringLiteral("大学本科"), QStringLiteral("男"),
        QStringLiteral(" 汉 "), QStringLiteral("2"), QStringLiteral("01汉族") };
    const CodeTable& ethnicity = CodeTable::ethnicity();
    const CodeTable& education = CodeTable::education();
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < 200000; ++i) {
        found += ethnicity.codeFor(cells[0]) ? 1 : 0;
        found += education.codeFor(cells[1]) ? 1 : 0;
        found += CodeTable::sex().codeFor(cells[2]) ? 1 : 0;
    }
    CHECK(found == 600000);
    CHECK(timer.elapsed() < 3000);
    CHECK(ethnicity.codeFor(cells[3]) == QStringLiteral("01"));
    CHECK(ethnicity.codeFor(cells[5]) == QStringLiteral("01"));
}
