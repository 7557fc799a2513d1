/* Writes the source of tests/data/roster/roster_excel97.xls: a roster as an office keeps it in
 * Excel 97-2003, with two merged title rows above the header, ID numbers as text, dates as date
 * cells, as text and as a plain serial number, a phone as a number, and one ID number typed as
 * a number (so rounded by Excel). The .xls itself is made from this .xlsx by LibreOffice:
 *
 *   cc roster_excel97.c -o roster_excel97 $(pkg-config --cflags --libs xlsxwriter)
 *   ./roster_excel97 roster_excel97.xlsx
 *   soffice --headless --convert-to xls:"MS Excel 97" roster_excel97.xlsx
 *
 * Tests read only the .xls; neither LibreOffice nor this program is needed to run them. */
#include <xlsxwriter.h>

int main(int argc, char** argv)
{
    lxw_workbook* workbook = workbook_new(argc > 1 ? argv[1] : "roster_excel97.xlsx");
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "党员花名册");
    lxw_worksheet* notes = workbook_add_worksheet(workbook, "填表说明");
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* chineseDate = workbook_add_format(workbook);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");

    worksheet_merge_range(sheet, 0, 0, 0, 20, "花园新村社区党员基本信息汇总表（2025年6月）", title);
    worksheet_merge_range(sheet, 1, 0, 1, 20, "填报单位：中共花园新村社区委员会　　填报日期：2025年6月1日", NULL);
    const char* header[] = { "序号", "姓名", "所在党支部", "公民身份证号", "性别", "民族", "出生日期", "学历",
        "人员类别", "加入党组织日期", "转为正式党员日期", "工作岗位", "手机号", "固定电话", "家庭住址",
        "党籍状态", "是否为失联党员", "失去联系日期", "是否为流动党员", "外出流向", "备注" };
    for (int c = 0; c < 21; ++c)
        worksheet_write_string(sheet, 2, c, header[c], NULL);

    const char* branch1 = "中共花园新村社区第一支部委员会";
    const char* branch2 = "中共花园新村社区第二支部委员会";
    lxw_datetime born1 = { 1985, 3, 12, 0, 0, 0 }, joined1 = { 2010, 7, 1, 0, 0, 0 },
                 converted1 = { 2011, 7, 1, 0, 0, 0 }, born2 = { 1990, 8, 8, 0, 0, 0 },
                 joined3 = { 2025, 3, 1, 0, 0, 0 };

    /* Row 4: dates as date cells, the mobile number as a number. */
    worksheet_write_number(sheet, 3, 0, 1, NULL);
    worksheet_write_string(sheet, 3, 1, "张三", NULL);
    worksheet_write_string(sheet, 3, 2, branch1, NULL);
    worksheet_write_string(sheet, 3, 3, "500105198503121237", text);
    worksheet_write_string(sheet, 3, 4, "男", NULL);
    worksheet_write_string(sheet, 3, 5, "汉族", NULL);
    worksheet_write_datetime(sheet, 3, 6, &born1, date);
    worksheet_write_string(sheet, 3, 7, "大学本科毕业", NULL);
    worksheet_write_string(sheet, 3, 8, "正式党员", NULL);
    worksheet_write_datetime(sheet, 3, 9, &joined1, date);
    worksheet_write_datetime(sheet, 3, 10, &converted1, date);
    worksheet_write_string(sheet, 3, 11, "公务员", NULL);
    worksheet_write_number(sheet, 3, 12, 13812345678.0, NULL);
    worksheet_write_string(sheet, 3, 13, "023-67891234", NULL);
    worksheet_write_string(sheet, 3, 14, "重庆市江北区观音桥街道花园新村1栋2单元301", NULL);
    worksheet_write_string(sheet, 3, 15, "正常", NULL);
    worksheet_write_string(sheet, 3, 16, "否", NULL);
    worksheet_write_string(sheet, 3, 18, "否", NULL);

    /* Row 5: dates as text and in a Chinese date format; a job post two codes share. */
    worksheet_write_number(sheet, 4, 0, 2, NULL);
    worksheet_write_string(sheet, 4, 1, "覃小红", NULL);
    worksheet_write_string(sheet, 4, 2, branch2, NULL);
    worksheet_write_string(sheet, 4, 3, "500105199008081826", text);
    worksheet_write_string(sheet, 4, 4, "女", NULL);
    worksheet_write_string(sheet, 4, 5, "土家族", NULL);
    worksheet_write_datetime(sheet, 4, 6, &born2, chineseDate);
    worksheet_write_string(sheet, 4, 7, "硕士研究生毕业", NULL);
    worksheet_write_string(sheet, 4, 8, "正式党员", NULL);
    worksheet_write_string(sheet, 4, 9, "2015-06-30", NULL);
    worksheet_write_string(sheet, 4, 10, "2016.06.30", NULL);
    worksheet_write_string(sheet, 4, 11, "企业管理人员", NULL);
    worksheet_write_string(sheet, 4, 12, "13987654321", text);
    worksheet_write_string(sheet, 4, 14, "重庆市江北区观音桥街道花园新村5栋1单元1102", NULL);
    worksheet_write_string(sheet, 4, 15, "正常", NULL);
    worksheet_write_string(sheet, 4, 16, "否", NULL);
    worksheet_write_string(sheet, 4, 18, "是", NULL);
    worksheet_write_string(sheet, 4, 19, "广东省深圳市南山区", NULL);
    worksheet_write_string(sheet, 4, 20, "流动党员，每半年联系一次", NULL);

    /* Row 6: the birth date as a plain serial number (36540 = 2000-01-15), a probationary member. */
    worksheet_write_number(sheet, 5, 0, 3, NULL);
    worksheet_write_string(sheet, 5, 1, "乐嘉", NULL);
    worksheet_write_string(sheet, 5, 2, branch1, NULL);
    worksheet_write_string(sheet, 5, 3, "500105200001151719", text);
    worksheet_write_string(sheet, 5, 4, "男", NULL);
    worksheet_write_string(sheet, 5, 5, "汉族", NULL);
    worksheet_write_number(sheet, 5, 6, 36540, NULL);
    worksheet_write_string(sheet, 5, 7, "大学本科毕业", NULL);
    worksheet_write_string(sheet, 5, 8, "预备党员", NULL);
    worksheet_write_datetime(sheet, 5, 9, &joined3, date);
    worksheet_write_string(sheet, 5, 11, "退休人员", NULL);
    worksheet_write_string(sheet, 5, 12, "15023456789", NULL);
    worksheet_write_string(sheet, 5, 15, "正常", NULL);
    worksheet_write_string(sheet, 5, 16, "否", NULL);
    worksheet_write_string(sheet, 5, 18, "否", NULL);

    /* Row 7: the ID number typed as a number: Excel keeps 15 significant digits. */
    worksheet_write_number(sheet, 6, 0, 4, NULL);
    worksheet_write_string(sheet, 6, 1, "王五", NULL);
    worksheet_write_string(sheet, 6, 2, branch2, NULL);
    worksheet_write_number(sheet, 6, 3, 500105197702283357.0, NULL);
    worksheet_write_string(sheet, 6, 4, "男", NULL);
    worksheet_write_string(sheet, 6, 5, "汉族", NULL);
    worksheet_write_string(sheet, 6, 6, "1977-02-28", NULL);
    worksheet_write_string(sheet, 6, 7, "高中", NULL);
    worksheet_write_string(sheet, 6, 8, "正式党员", NULL);
    worksheet_write_string(sheet, 6, 9, "2000-07-01", NULL);
    worksheet_write_string(sheet, 6, 10, "2001-07-01", NULL);
    worksheet_write_string(sheet, 6, 15, "正常", NULL);

    /* Row 8: dates written as Chinese text. */
    worksheet_write_number(sheet, 7, 0, 5, NULL);
    worksheet_write_string(sheet, 7, 1, "李芳", NULL);
    worksheet_write_string(sheet, 7, 2, branch2, NULL);
    worksheet_write_string(sheet, 7, 3, "500105196811110469", text);
    worksheet_write_string(sheet, 7, 4, "女", NULL);
    worksheet_write_string(sheet, 7, 5, "汉族", NULL);
    worksheet_write_string(sheet, 7, 6, "1968年11月11日", NULL);
    worksheet_write_string(sheet, 7, 7, "大学专科毕业", NULL);
    worksheet_write_string(sheet, 7, 8, "正式党员", NULL);
    worksheet_write_string(sheet, 7, 9, "1995年7月1日", NULL);
    worksheet_write_string(sheet, 7, 10, "1996年7月1日", NULL);
    worksheet_write_string(sheet, 7, 11, "社区工作人员", NULL);
    worksheet_write_string(sheet, 7, 15, "正常", NULL);
    worksheet_write_string(sheet, 7, 16, "否", NULL);
    worksheet_write_string(sheet, 7, 18, "否", NULL);

    worksheet_write_string(notes, 0, 0, "身份证号请设置为文本格式", NULL);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
