<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchCommand</name>
    <message>
        <source>Build the large benchmark hierarchy (20 streets, 300 communities, 6,000 grids, 120,000 buildings) and print timings and memory.</source>
        <translation>构建大规模基准层级（20 个街道、300 个社区、6,000 个网格、120,000 个楼栋），并输出耗时和内存。</translation>
    </message>
    <message>
        <source>--gui-runs must be a whole number, 0 or more</source>
        <translation>--gui-runs 须为 0 或更大的整数</translation>
    </message>
    <message>
        <source>the GUI did not finish starting within 60 s</source>
        <translation>图形界面 60 秒内未完成启动</translation>
    </message>
    <message>
        <source>the GUI did not report that it was ready: %1</source>
        <translation>图形界面未报告就绪：%1</translation>
    </message>
    <message>
        <source>Large hierarchy: %1 streets, %2 communities, %3 grids, %4 buildings; file %5 MiB</source>
        <translation>大规模层级：%1 个街道、%2 个社区、%3 个网格、%4 个楼栋；文件 %5 MiB</translation>
    </message>
    <message>
        <source>  build                          %1 ms</source>
        <translation>  构建                           %1 ms</translation>
    </message>
    <message>
        <source>  cold open + first level (%1)   %2 ms</source>
        <translation>  冷启动打开 + 第一层（%1 个）   %2 ms</translation>
    </message>
    <message>
        <source>  children of the largest node   %1 ms cold, %2 ms warm (median), %3 children of %4</source>
        <translation>  列出最大节点的下级             冷 %1 ms，热 %2 ms（中位数），「%4」有 %3 个下级</translation>
    </message>
    <message>
        <source>  search by name or code         %1 ms (median of %2)</source>
        <translation>  按名称或代码搜索               %1 ms（%2 次的中位数）</translation>
    </message>
    <message>
        <source>  peak memory of this process    %1 MiB</source>
        <translation>  本进程内存峰值                 %1 MiB</translation>
    </message>
    <message>
        <source>  GUI start-up                   skipped</source>
        <translation>  图形界面启动                   已跳过</translation>
    </message>
    <message>
        <source>  GUI start-up                   skipped: %1 not found</source>
        <translation>  图形界面启动                   已跳过：未找到 %1</translation>
    </message>
    <message>
        <source>  GUI start to usable window     %1 ms median, %2 ms max over %3 runs (target &lt; 500 ms)</source>
        <translation>  启动到窗口可用                 中位数 %1 ms，最大 %2 ms，共 %3 次（目标 &lt; 500 ms）</translation>
    </message>
    <message>
        <source>  GUI peak memory                %1 MiB max (target &lt; 120 MiB)</source>
        <translation>  图形界面内存峰值               最大 %1 MiB（目标 &lt; 120 MiB）</translation>
    </message>
    <message>
        <source>  kept %1</source>
        <translation>  已保留 %1</translation>
    </message>
    <message>
        <source>Folder for the benchmark database (default: a temporary one).</source>
        <translation>基准数据库所在文件夹（默认使用临时文件夹）。</translation>
    </message>
    <message>
        <source>Keep the benchmark database afterwards.</source>
        <translation>结束后保留基准数据库。</translation>
    </message>
    <message>
        <source>How many times to start the GUI for the start-up figures (default 5, 0 to skip).</source>
        <translation>为测量启动耗时而启动图形界面的次数（默认 5，0 表示跳过）。</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>以 JSON 格式输出测量结果。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>'%1' takes %2 argument(s), got %3; see redgrid-cli %1 --help</source>
        <translation>“%1”需要 %2 个参数，实际为 %3 个；参见 redgrid-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CoreGuard</name>
    <message>
        <source>the database is locked by another program</source>
        <translation>数据库被其他程序锁定</translation>
    </message>
    <message>
        <source>the database could not be read (%1)</source>
        <translation>无法读取数据库（%1）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts in row %1 is never closed</source>
        <translation>第 %1 行开始的带引号字段没有结束引号</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>a copy cannot replace the open database itself</source>
        <translation>副本不能覆盖当前打开的数据库本身</translation>
    </message>
    <message>
        <source>the copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>cancelled; no copy was written</source>
        <translation>已取消，未写入副本</translation>
    </message>
    <message>
        <source>the copy could not be put in place</source>
        <translation>无法将副本放到目标位置</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>this SQLite database was not made by RedGrid</source>
        <translation>这是一个 SQLite 数据库，但不是红网格创建的</translation>
    </message>
    <message>
        <source>this database was written by a newer version of RedGrid (schema version %1; this program reads up to version %2); update RedGrid to open it</source>
        <translation>该数据库由更新版本的红网格写入（结构版本 %1，本程序最高支持版本 %2），请升级红网格后再打开</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a database file</source>
        <translation>这是一个文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>无法读取文件（没有权限）</translation>
    </message>
    <message>
        <source>the file is empty; it is not a RedGrid database</source>
        <translation>文件为空，不是红网格数据库</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>this is not a SQLite database, so not a RedGrid database</source>
        <translation>这不是 SQLite 数据库，因此不是红网格数据库</translation>
    </message>
    <message>
        <source>the file is read-only; RedGrid must be able to write to its database (copy it to a writable folder or change its permissions)</source>
        <translation>文件为只读；红网格需要写入数据库（请复制到可写的文件夹，或修改文件权限）</translation>
    </message>
    <message>
        <source>the folder holding the file is read-only; RedGrid needs to write its journal beside the database</source>
        <translation>文件所在文件夹为只读；红网格需要在数据库旁写入日志文件</translation>
    </message>
    <message>
        <source>the database is locked by another program; close it there and try again</source>
        <translation>数据库被其他程序锁定；请在该程序中关闭后重试</translation>
    </message>
    <message>
        <source>the database file is damaged (%1)</source>
        <translation>数据库文件已损坏（%1）</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>a file of this name already exists</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>cannot write the file in this folder</source>
        <translation>无法在此文件夹中写入文件</translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation>无法创建数据库：%1</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>the demo could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a demo database: the real streets and communities of 重庆市江北区 with invented grids and buildings.</source>
        <translation>创建演示数据库：重庆市江北区真实的街道和社区，以及虚构的网格和楼栋。</translation>
    </message>
    <message>
        <source>The database file to create; it must not exist.</source>
        <translation>要创建的数据库文件；该文件不能已存在。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed 须为非负整数</translation>
    </message>
    <message>
        <source>--scale must be small, district or large</source>
        <translation>--scale 须为 small、district 或 large</translation>
    </message>
    <message>
        <source>Created demo database %1 (seed %2, scale %3) in %4 s: %5 streets/towns, %6 communities/villages, %7 grids, %8 buildings. All of its people, grids and buildings are invented.</source>
        <translation>已创建演示数据库 %1（种子 %2，规模 %3），用时 %4 秒：%5 个街道/镇，%6 个社区/村，%7 个网格，%8 个楼栋。其中的人员、网格和楼栋均为虚构。</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed gives the same data (default 1).</source>
        <translation>生成器种子；相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>small (3 streets), district (all of 江北区, the default) or large (20 streets, 6,000 grids, 120,000 buildings).</source>
        <translation>small（3 个街道）、district（江北区全部，默认）或 large（20 个街道、6,000 个网格、120,000 个楼栋）。</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
</context>
<context>
    <name>DemoDivisions</name>
    <message>
        <source>the streets and communities of 江北区</source>
        <translation>江北区的街道和社区</translation>
    </message>
    <message>
        <source>the bundled division list is missing from this build</source>
        <translation>本程序缺少内置的区划代码表</translation>
    </message>
</context>
<context>
    <name>DemoGrids</name>
    <message>
        <source>grids and buildings</source>
        <translation>网格和楼栋</translation>
    </message>
    <message>
        <source>the demo has no district to fill</source>
        <translation>演示数据库中没有可填充的区县</translation>
    </message>
</context>
<context>
    <name>DivisionCode</name>
    <message>
        <source>the code is empty</source>
        <translation>代码为空</translation>
    </message>
    <message>
        <source>the code "%1" must contain digits only</source>
        <translation>代码“%1”只能包含数字</translation>
    </message>
    <message>
        <source>the code "%1" has %2 digits; a %3 code has %4</source>
        <translation>代码“%1”有 %2 位；%3代码应为 %4 位</translation>
    </message>
    <message>
        <source>the code "%1" is a province or city code, not a district or county code</source>
        <translation>代码“%1”是省或市的代码，不是区县代码</translation>
    </message>
    <message>
        <source>the code "%1" must begin with %2, the leading digits of its parent's code %3</source>
        <translation>代码“%1”须以上级代码 %3 的前几位 %2 开头</translation>
    </message>
    <message>
        <source>the code "%1" has a zero sequence number</source>
        <translation>代码“%1”的顺序号为零</translation>
    </message>
    <message>
        <source>the code "%1" of a street or town must end in 000</source>
        <translation>街道或乡镇的代码“%1”须以 000 结尾</translation>
    </message>
</context>
<context>
    <name>DivisionImporter</name>
    <message>
        <source>the header names the column %1 twice</source>
        <translation>表头中 %1 列出现了两次</translation>
    </message>
    <message>
        <source>the first row names none of the columns code, name, parent_code, level</source>
        <translation>第一行不含 code、name、parent_code、level 中的任何一列</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>表头缺少列：%1</translation>
    </message>
    <message>
        <source>the row has %1 fields instead of %2</source>
        <translation>该行有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>代码为空</translation>
    </message>
    <message>
        <source>the code "%1" must contain digits only</source>
        <translation>代码“%1”只能包含数字</translation>
    </message>
    <message>
        <source>the code "%1" has %2 digits; division codes have %3</source>
        <translation>代码“%1”有 %2 位；区划代码应为 %3 位</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the level "%1" is not a whole number from 1 to 5</source>
        <translation>级别“%1”不是 1 到 5 之间的整数</translation>
    </message>
    <message>
        <source>duplicate of row %1</source>
        <translation>与第 %1 行重复</translation>
    </message>
    <message>
        <source>belongs to district %1, not to this database's district %2</source>
        <translation>属于区县 %1，不属于本数据库的区县 %2</translation>
    </message>
    <message>
        <source>is not the province or prefecture of this database's district %1</source>
        <translation>不是本数据库区县 %1 所属的省或市</translation>
    </message>
    <message>
        <source>the code %1 is already used by "%2" under "%3"</source>
        <translation>代码 %1 已被“%3”下的“%2”使用</translation>
    </message>
    <message>
        <source>the parent code is empty</source>
        <translation>上级代码为空</translation>
    </message>
    <message>
        <source>a level-%1 row belongs below a level-%2 row, but its parent, row %3, is at level %4</source>
        <translation>第 %1 级的行应位于第 %2 级的行之下，但其上级（第 %3 行）为第 %4 级</translation>
    </message>
    <message>
        <source>its parent, row %1, was rejected</source>
        <translation>其上级（第 %1 行）已被拒绝</translation>
    </message>
    <message>
        <source>the parent code %1 is neither in the file nor in the database</source>
        <translation>上级代码 %1 既不在文件中，也不在数据库中</translation>
    </message>
    <message>
        <source>a level-%1 row belongs below a %2, but its parent %3 "%4" is a %5</source>
        <translation>第 %1 级的行应位于%2之下，但其上级 %3“%4”是%5</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, too large for a list of divisions</source>
        <translation>文件大于 %1 MB，作为区划代码表过大</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>文件中没有数据行</translation>
    </message>
    <message>
        <source>this database has no district yet; create it before importing divisions</source>
        <translation>本数据库还没有区县；请先创建区县再导入区划</translation>
    </message>
    <message>
        <source>the import was stopped and nothing was changed: %1</source>
        <translation>导入已中止，未做任何更改：%1</translation>
    </message>
    <message>
        <source>the database is busy in another program; nothing was changed</source>
        <translation>数据库正被其他程序占用，未做任何更改</translation>
    </message>
    <message>
        <source>the database refused the import; nothing was changed: %1</source>
        <translation>数据库拒绝了导入，未做任何更改：%1</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>已取消，未导入任何数据</translation>
    </message>
</context>
<context>
    <name>GridSizeRule</name>
    <message>
        <source>%1 households: outside this office's range for a grid (%2–%3)</source>
        <translation>%1 户：超出本单位网格户数范围（%2–%3 户）</translation>
    </message>
</context>
<context>
    <name>HierarchyEditor</name>
    <message>
        <source>the database is busy in another program; nothing was changed</source>
        <translation>数据库正被其他程序占用，未做任何更改</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the name contains a control character or line break</source>
        <translation>名称含有控制字符或换行符</translation>
    </message>
    <message>
        <source>"%1" already exists here (code %2); names must differ among siblings</source>
        <translation>此处已有“%1”（代码 %2）；同一上级下的名称不能重复</translation>
    </message>
    <message>
        <source>the code %1 is already used by "%2"</source>
        <translation>代码 %1 已被“%2”使用</translation>
    </message>
    <message>
        <source>the root of the hierarchy must be a district or county</source>
        <translation>层级的根节点必须是区或县</translation>
    </message>
    <message>
        <source>this database already has its district</source>
        <translation>本数据库已有区县</translation>
    </message>
    <message>
        <source>the parent node no longer exists</source>
        <translation>上级节点已不存在</translation>
    </message>
    <message>
        <source>nothing can be added below a building or courtyard</source>
        <translation>楼栋或院落之下不能再添加节点</translation>
    </message>
    <message>
        <source>a %1 cannot be placed directly below a %2</source>
        <translation>%1不能直接放在%2之下</translation>
    </message>
    <message>
        <source>"%1" has no free code left for another child</source>
        <translation>“%1”下已没有可用的代码</translation>
    </message>
    <message>
        <source>only buildings and courtyards record households</source>
        <translation>只有楼栋和院落登记户数</translation>
    </message>
    <message>
        <source>the number of households cannot be negative</source>
        <translation>户数不能为负数</translation>
    </message>
    <message>
        <source>the node no longer exists</source>
        <translation>该节点已不存在</translation>
    </message>
    <message>
        <source>a %1 cannot become a %2; move or re-create it instead</source>
        <translation>%1不能改为%2；请移动或重新创建</translation>
    </message>
    <message>
        <source>the code %1 below it would become %2, which "%3" already uses</source>
        <translation>其下级的代码 %1 将变为 %2，而该代码已被“%3”使用</translation>
    </message>
    <message>
        <source>the district is the root of the hierarchy and cannot be moved</source>
        <translation>区县是层级的根节点，不能移动</translation>
    </message>
    <message>
        <source>the destination no longer exists</source>
        <translation>目标节点已不存在</translation>
    </message>
    <message>
        <source>a %1 must be placed below a %2, not below a %3</source>
        <translation>%1应放在%2之下，不能放在%3之下</translation>
    </message>
    <message>
        <source>"%1" would keep its number and become %2 under "%3", but %4; give it another code, such as the next free one, %5</source>
        <translation>“%1”保留原顺序号后在“%3”下的代码为 %2，但%4；请另指定代码，例如下一个可用代码 %5</translation>
    </message>
    <message>
        <source>the district is the root of this database and cannot be deleted</source>
        <translation>区县是本数据库的根节点，不能删除</translation>
    </message>
    <message>
        <source>"%1" has %2 node(s) below it; delete those first, or confirm deleting the whole branch</source>
        <translation>“%1”下有 %2 个节点；请先删除它们，或确认删除整个分支</translation>
    </message>
</context>
<context>
    <name>ImportDivisionsCommand</name>
    <message>
        <source>Import streets and communities from a division list (CSV: code,name,parent_code,level).</source>
        <translation>从区划代码表（CSV：code,name,parent_code,level）导入街道和社区。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>The division list, e.g. the National Bureau of Statistics codes of the district.</source>
        <translation>区划代码表，例如本区县的国家统计局统计用区划代码。</translation>
    </message>
    <message>
        <source>%1: read %2 rows = %3 imported (%4 new, %5 updated, %6 unchanged) + %7 rejected%8</source>
        <translation>%1：读取 %2 行 = 导入 %3 行（新增 %4，更新 %5，未变 %6）+ 拒绝 %7 行%8</translation>
    </message>
    <message>
        <source>; dry run, nothing written</source>
        <translation>；试运行，未写入任何数据</translation>
    </message>
    <message>
        <source>Print the summary and every rejected row as JSON.</source>
        <translation>以 JSON 格式输出汇总和每个被拒绝的行。</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>只检查文件并报告，不写入任何数据。</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the schema version of a database and how many nodes it has at each level.</source>
        <translation>显示数据库的结构版本及各级节点数量。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>File:               %1</source>
        <translation>文件：              %1</translation>
    </message>
    <message>
        <source>Schema version:     %1</source>
        <translation>结构版本：          %1</translation>
    </message>
    <message>
        <source>District:           %1 (%2)</source>
        <translation>区县：              %1（%2）</translation>
    </message>
    <message>
        <source>Demo data:          yes (invented)</source>
        <translation>演示数据：          是（虚构）</translation>
    </message>
    <message>
        <source>Print the information as JSON.</source>
        <translation>以 JSON 格式输出信息。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty RedGrid database for one district.</source>
        <translation>为一个区县创建新的空红网格数据库。</translation>
    </message>
    <message>
        <source>The database file to create; it must not exist.</source>
        <translation>要创建的数据库文件；该文件不能已存在。</translation>
    </message>
    <message>
        <source>init needs --district-code and --district-name</source>
        <translation>init 需要 --district-code 和 --district-name</translation>
    </message>
    <message>
        <source>--kind must be district or county</source>
        <translation>--kind 须为 district 或 county</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation>已为%2（%3）创建 %1。</translation>
    </message>
    <message>
        <source>6-digit GB/T 2260 code of the district or county (e.g. 500105).</source>
        <translation>区县的 6 位 GB/T 2260 代码（例如 500105）。</translation>
    </message>
    <message>
        <source>Name of the district or county (e.g. 江北区).</source>
        <translation>区县名称（例如 江北区）。</translation>
    </message>
    <message>
        <source>district (区, the default) or county (县).</source>
        <translation>district（区，默认）或 county（县）。</translation>
    </message>
</context>
<context>
    <name>LevelCountText</name>
    <message>
        <source>%1 %2</source>
        <comment>a count and a level, e.g. 31 grids</comment>
        <translation>%1 个%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of levels</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>NodeLabels</name>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Comprehensive grid</source>
        <translation>综合网格</translation>
    </message>
    <message>
        <source>Dedicated grid</source>
        <translation>专属网格</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation>院落</translation>
    </message>
    <message>
        <source>District/county</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street/town</source>
        <translation>街道/镇/乡</translation>
    </message>
    <message>
        <source>Community/village</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building/courtyard</source>
        <translation>楼栋/院落</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>streets/towns</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <source>communities/villages</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>楼栋</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>正在将数据库复制到 %1…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>演示数据库</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>RedGrid: party-building-led grid administration.</source>
        <translation>红网格：党建引领网格化管理。</translation>
    </message>
    <message>
        <source>The database to open (*.redgrid).</source>
        <translation>要打开的数据库（*.redgrid）。</translation>
    </message>
    <message>
        <source>Open the demo database (invented data), creating it first if needed.</source>
        <translation>打开演示数据库（虚构数据），如不存在则先创建。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Print the start-up time and peak memory once the window is ready, then quit.</source>
        <translation>窗口就绪后输出启动耗时和内存峰值，然后退出。</translation>
    </message>
    <message>
        <source>Give one FILE or --demo, not both.
</source>
        <translation>请指定一个文件或 --demo，不能同时指定。
</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en.
</source>
        <translation>--lang 须为 zh_CN 或 en。
</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16</source>
        <translation>文本不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL characters), not text</source>
        <translation>文件含有二进制数据（NUL 字符），不是文本</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes), not text; UTF-16 text needs a byte order mark</source>
        <translation>文件含有二进制数据（NUL 字节），不是文本；UTF-16 文本需要字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>the text starts as UTF-8 but is not valid UTF-8</source>
        <translation>文本以 UTF-8 开头，但不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (GBK); save it as UTF-8 and try again</source>
        <translation>文本既不是 UTF-8 也不是 GB18030（GBK）；请另存为 UTF-8 后重试</translation>
    </message>
</context>
<context>
    <name>TreeCommand</name>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation><numerusform>%n 户</numerusform></translation>
    </message>
    <message>
        <source>Print the hierarchy as an indented tree: name, code and kind of each node.</source>
        <translation>以缩进树形式输出层级：每个节点的名称、代码和类型。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--depth must be a whole number, 0 or more</source>
        <translation>--depth 须为 0 或更大的整数</translation>
    </message>
    <message>
        <source>no node has the code %1</source>
        <translation>没有代码为 %1 的节点</translation>
    </message>
    <message>
        <source>the database has no district yet</source>
        <translation>数据库中还没有区县</translation>
    </message>
    <message>
        <source>How many levels to print below the first node (default: all).</source>
        <translation>在起始节点之下输出的层数（默认：全部）。</translation>
    </message>
    <message>
        <source>Start at the node with this code instead of the district.</source>
        <translation>从具有此代码的节点开始，而不是从区县开始。</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage: redgrid-cli COMMAND [OPTIONS] ...

RedGrid (红网格) on the command line: party-building-led grid administration.

Commands:
</source>
        <translation>用法：redgrid-cli 命令 [选项] ...

红网格（RedGrid）命令行工具：党建引领网格化管理。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help        Show this help; COMMAND --help shows a command's options.
  -v, --version     Show the versions of RedGrid, Qt and SQLite.

Exit status: 0 success, 1 usage error, 2 file or data error (nothing written),
3 import finished but some rows were rejected.
</source>
        <translation>
选项：
  -h, --help        显示本帮助；“命令 --help”显示该命令的选项。
  -v, --version     显示红网格、Qt 和 SQLite 的版本。

退出状态：0 成功，1 用法错误，2 文件或数据错误（未写入任何数据），
3 导入完成但部分行被拒绝。
</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AboutDialog</name>
    <message>
        <source>RedGrid %1 · Qt %2 · SQLite %3</source>
        <translation>红网格 %1 · Qt %2 · SQLite %3</translation>
    </message>
    <message>
        <source>About RedGrid</source>
        <translation>关于红网格</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RedGrid %1&lt;/h2&gt;&lt;p&gt;Party-building-led grid administration for communities and streets: the hierarchy of district, streets, communities, grids and buildings in one file on your own computer.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;RedGrid&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;红网格 %1&lt;/h2&gt;&lt;p&gt;面向社区和街道的党建引领网格化管理：区县、街道、社区、网格、楼栋的层级数据保存在您本机的一个文件中。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;红网格&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2（编译时版本 %3）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Copy &amp;Versions</source>
        <translation>复制版本信息(&amp;V)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AddNodeDialog</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>New %1 in &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>在 &lt;b&gt;%2&lt;/b&gt; 下新建%1</translation>
    </message>
    <message>
        <source>%1 digits, beginning with the code of %2</source>
        <translation>%1 位数字，以“%2”的代码开头</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::DeleteNodeDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt; (%2, %3) and everything below it?</source>
        <translation>删除 &lt;b&gt;%1&lt;/b&gt;（%2，%3）及其下所有节点？</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>这将同时删除%1。</translation>
    </message>
    <message>
        <source>I understand that these %1 nodes will be deleted for good</source>
        <translation>我明白这 %1 个节点将被永久删除</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::DivisionImportDialog</name>
    <message>
        <source>%1 rows read: %2 new, %3 renamed, %4 already up to date, %5 rejected.</source>
        <translation>读取 %1 行：新增 %2，更名 %3，已是最新 %4，拒绝 %5。</translation>
    </message>
    <message>
        <source>Import Division List</source>
        <translation>导入区划代码表</translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Correct them in the file and import it again: rows already imported are then left as they are.</source>
        <translation>被拒绝的行不会导入。请在文件中改正后再次导入：已导入的行届时保持不变。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有需要导入的内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::HierarchySearchBox</name>
    <message>
        <source>Search by name or code…</source>
        <translation>按名称或代码搜索…</translation>
    </message>
    <message>
        <source>Find a street, community, grid or building by part of its name or the start of its code (Ctrl+F)</source>
        <translation>按名称中的文字或代码开头查找街道、社区、网格或楼栋（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::HierarchyTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::HierarchyWidget</name>
    <message>
        <source>&amp;Add Child…</source>
        <translation>添加下级(&amp;A)…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a node below the selected one (Ins)</source>
        <translation>在所选节点下添加节点（Ins）</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected node (F2)</source>
        <translation>重命名所选节点（F2）</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected node with everything below it to another parent (Ctrl+M)</source>
        <translation>将所选节点连同其下所有节点移到另一个上级（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected node (Del)</source>
        <translation>删除所选节点（Del）</translation>
    </message>
    <message>
        <source>&amp;Add %1…</source>
        <translation>添加%1(&amp;A)…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Your changes to %1 were not saved: %2</source>
        <translation>对“%1”的更改未保存：%2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)?</source>
        <translation>删除“%1”（%2，%3）？</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>&amp;Import Division List…</source>
        <translation>导入区划代码表(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update streets and communities from the official division code list (CSV)</source>
        <translation>根据官方区划代码表（CSV）添加或更新街道和社区</translation>
    </message>
    <message>
        <source>Import Division List</source>
        <translation>导入区划代码表</translation>
    </message>
    <message>
        <source>Division lists (*.csv *.txt);;All files (*)</source>
        <translation>区划代码表 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MainWindow</name>
    <message>
        <source>RedGrid databases (*.redgrid)</source>
        <translation>红网格数据库 (*.redgrid)</translation>
    </message>
    <message>
        <source>No database is open. Use File › Open or File › New.</source>
        <translation>没有打开的数据库。请使用“文件 › 打开”或“文件 › 新建”。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hierarchy</source>
        <translation>层级(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RedGrid</source>
        <translation>关于红网格(&amp;A)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Everything in it is invented for trying RedGrid out; only the names of the streets and communities of %1 are real. Do not enter real people's data here.</source>
        <translation>&lt;b&gt;演示数据库。&lt;/b&gt;其中的内容均为试用红网格而虚构，只有%1的街道和社区名称是真实的。请勿在此录入真实人员信息。</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>副本已保存为 %1</translation>
    </message>
    <message>
        <source>Cancelled; no copy was written</source>
        <translation>已取消，未写入副本</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no streets or towns yet</source>
        <translation>尚无街道或乡镇</translation>
    </message>
    <message>
        <source>%1 [Demo] — RedGrid</source>
        <translation>%1 [演示] — 红网格</translation>
    </message>
    <message>
        <source>%1 — RedGrid</source>
        <translation>%1 — 红网格</translation>
    </message>
    <message>
        <source>Database Cannot Be Read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>The file may be damaged, or moved or deleted while it was open. Open it again, or open a copy.</source>
        <translation>文件可能已损坏，或在打开期间被移动或删除。请重新打开，或打开一个副本。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MoveNodeDialog</name>
    <message>
        <source>Move %1</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (%2, %3) and everything below it to another %4:</source>
        <translation>将 &lt;b&gt;%1&lt;/b&gt;（%2，%3）及其下所有节点移到另一个%4：</translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation>按名称或代码搜索…</translation>
    </message>
    <message>
        <source>The code %1 gets under its new parent; the codes below it follow</source>
        <translation>在新上级下的代码为 %1；其下级的代码随之变更</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;code:</source>
        <translation>新代码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::NewDatabaseDialog</name>
    <message>
        <source>RedGrid databases (*.redgrid)</source>
        <translation>红网格数据库 (*.redgrid)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>A RedGrid database holds the hierarchy of one district or county. Enter its division code and name; streets, communities, grids and buildings are added afterwards.</source>
        <translation>一个红网格数据库保存一个区县的层级。请输入区县的区划代码和名称；街道、社区、网格和楼栋随后再添加。</translation>
    </message>
    <message>
        <source>6 digits, e.g. 500105</source>
        <translation>6 位数字，例如 500105</translation>
    </message>
    <message>
        <source>e.g. 江北区</source>
        <translation>例如 江北区</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Division &amp;code:</source>
        <translation>区划代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件保存位置。</translation>
    </message>
    <message>
        <source>%1 is the database open now; choose another file name.</source>
        <translation>%1 是当前打开的数据库，请选择其他文件名。</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new, empty database?</source>
        <translation>%1 已存在。要用新的空数据库替换它吗？</translation>
    </message>
    <message>
        <source>%1 cannot be replaced (it may be open in another program).</source>
        <translation>无法替换 %1（可能已在其他程序中打开）。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::NodeDetailsPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>The division code; changing it changes the codes of everything below</source>
        <translation>区划代码；修改后其下所有节点的代码随之变更</translation>
    </message>
    <message>
        <source>Nodes are listed by sort order, then by code</source>
        <translation>节点先按排序号、再按代码排列</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Sort &amp;order:</source>
        <translation>排序号(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>所属：</translation>
    </message>
    <message>
        <source>Below it:</source>
        <translation>下辖：</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>户数：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>修改时间：</translation>
    </message>
    <message>
        <source>could not be counted</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择节点</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>the root of this database</source>
        <translation>本数据库的根节点</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>所属</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::StartupDialog</name>
    <message>
        <source>Try the &amp;demo database</source>
        <translation>试用演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Welcome to RedGrid</source>
        <translation>欢迎使用红网格</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to RedGrid&lt;/h2&gt;&lt;p&gt;No database is open. A RedGrid database is one file with the hierarchy of your district or county: streets and towns, communities and villages, grids and buildings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用红网格&lt;/h2&gt;&lt;p&gt;当前没有打开的数据库。一个红网格数据库就是一个文件，保存您所在区县的层级：街道和乡镇、社区和村、网格和楼栋。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Invented demo data for 重庆市江北区: its real streets and communities with made-up grids and buildings. Opens %1.</source>
        <translation>重庆市江北区的虚构演示数据：真实的街道和社区，加上虚构的网格和楼栋。打开 %1。</translation>
    </message>
    <message>
        <source>Invented demo data for 重庆市江北区: its real streets and communities with made-up grids and buildings. It is created in %1 (a few seconds).</source>
        <translation>重庆市江北区的虚构演示数据：真实的街道和社区，加上虚构的网格和楼栋。将在 %1 中创建（需要几秒钟）。</translation>
    </message>
    <message>
        <source>Choose an existing RedGrid database (*.redgrid).</source>
        <translation>选择一个已有的红网格数据库（*.redgrid）。</translation>
    </message>
    <message>
        <source>Start an empty database for your own district or county.</source>
        <translation>为您所在的区县新建一个空数据库。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
</TS>