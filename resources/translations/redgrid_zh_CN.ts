<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbsenceFlag</name>
    <message>
        <source>no month missed without a reason</source>
        <translation>没有无正当理由未参加组织生活的月份</translation>
    </message>
    <message>
        <source>%1 months in a row without organisational life and without a reason (%2 to %3): the branch should look into it (Party Constitution Art. 9)</source>
        <translation>无正当理由连续 %1 个月未参加党的组织生活（%2 至 %3），党支部应予核实（党章第九条）</translation>
    </message>
    <message>
        <source>%1 months in a row missed without a reason (%2 to %3)</source>
        <translation>无正当理由连续 %1 个月未参加组织生活（%2 至 %3）</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>nobody is signed in; sign in to %1</source>
        <translation>尚未登录；请先登录再%1</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1（%2）无权%3</translation>
    </message>
    <message>
        <source>this record lies outside the area of %1&apos;s account</source>
        <translation>该记录不在账号 %1 的管辖范围内</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>the user name is empty</source>
        <translation>用户名为空</translation>
    </message>
    <message>
        <source>the user name is longer than 64 characters</source>
        <translation>用户名超过 64 个字符</translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation>已有名为 %1 的账号</translation>
    </message>
    <message>
        <source>a %1 may not create a %2 account</source>
        <translation>%1无权创建%2账号</translation>
    </message>
    <message>
        <source>the new account&apos;s area must lie within your own</source>
        <translation>新账号的管辖范围必须在您本人的管辖范围之内</translation>
    </message>
    <message>
        <source>the account&apos;s area is not in the hierarchy</source>
        <translation>该账号的管辖范围不在层级中</translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation>没有名为 %1 的账号</translation>
    </message>
    <message>
        <source>the account %1 lies outside your area</source>
        <translation>账号 %1 不在您的管辖范围内</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>the new password is the same as the old one</source>
        <translation>新密码与旧密码相同</translation>
    </message>
    <message>
        <source>you cannot lock your own account</source>
        <translation>不能锁定您本人的账号</translation>
    </message>
    <message>
        <source>a %1 account needs an area: a %2</source>
        <translation>%1账号须指定管辖范围：一个%2</translation>
    </message>
    <message>
        <source>the area of a %1 account must be a %2</source>
        <translation>%1账号的管辖范围必须是一个%2</translation>
    </message>
</context>
<context>
    <name>AnnualScore</name>
    <message>
        <source>Q%1 was not scored and is left out of the mean</source>
        <translation>第%1季度未评分，不计入平均分</translation>
    </message>
    <message>
        <source>the year-end rating counts at most %1</source>
        <translation>年终评价最多计%1分</translation>
    </message>
</context>
<context>
    <name>AppraisalGrades</name>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 rated excellent: more than a third of the %2 members graded (at most %3)</source>
        <translation>优秀 %1 人，超过参评 %2 人的三分之一（最多 %3 人）</translation>
    </message>
    <message>
        <source>a grade given to %1 probationary members: probationary members take part in the appraisal but are not graded</source>
        <translation>有 %1 名预备党员被评定了等次：预备党员参加民主评议，但不评定等次</translation>
    </message>
</context>
<context>
    <name>AssessmentBenchCommand</name>
    <message>
        <source>Benchmark the assessment: open every score sheet of the district demo, one community&apos;s PDF report, a street of 30 communities&apos; reports.</source>
        <translation>考核基准测试：打开区级演示数据的每张评分表、一个社区的PDF报告、一个30个社区的街道的全部报告。</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>30 communities</source>
        <translation>30个社区</translation>
    </message>
    <message>
        <source>District demo with a year of scores: %1 communities; built in %2 s</source>
        <translation>含一年考核评分的区级演示数据：%1个社区；生成用时%2秒</translation>
    </message>
    <message>
        <source>  score sheet opened (every computed indicator)  %1 ms median, %2 ms max (target &lt; 200 ms)</source>
        <translation>  打开评分表（含全部自动计算指标）  中位数%1毫秒，最长%2毫秒（目标 &lt; 200毫秒）</translation>
    </message>
    <message>
        <source>  the district&apos;s report model (%1 communities)  %2 ms</source>
        <translation>  全区报告数据（%1个社区）  %2毫秒</translation>
    </message>
    <message>
        <source>  one community&apos;s PDF report                      %1 ms median of 5 (target &lt; 500 ms)</source>
        <translation>  一个社区的PDF报告  5次中位数%1毫秒（目标 &lt; 500毫秒）</translation>
    </message>
    <message>
        <source>  a street of 30: %1 files (PDFs, summary PDF, XLSX)  %2 s (target &lt; 10 s)</source>
        <translation>  30个社区的街道：%1个文件（PDF、汇总PDF、XLSX）  %2秒（目标 &lt; 10秒）</translation>
    </message>
    <message>
        <source>  peak memory of this process                     %1 MiB</source>
        <translation>  本进程内存峰值  %1 MiB</translation>
    </message>
    <message>
        <source>  kept %1</source>
        <translation>  已保留 %1</translation>
    </message>
    <message>
        <source>Folder for the benchmark database and reports (default: a temporary one).</source>
        <translation>基准测试数据库和报告所在的文件夹（默认：临时文件夹）。</translation>
    </message>
    <message>
        <source>Keep the benchmark files afterwards.</source>
        <translation>测试后保留基准测试文件。</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>以JSON输出各项数字。</translation>
    </message>
    <message>
        <source>  the due list: %1 organisations, %2 items          %3 ms median of 5 (target &lt; 200 ms for 1,000)</source>
        <translation>  待办清单：%1 个组织，%2 项                %3 毫秒，5 次中位数（目标：1000 个组织 &lt; 200 毫秒）</translation>
    </message>
</context>
<context>
    <name>AssessmentCommand</name>
    <message>
        <source>%1 needs --%2, e.g. 2026Q3</source>
        <translation>%1 需要 --%2，例如 2026Q3</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <source>Sum of its items</source>
        <translation>各项之和</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>基本分</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>减分</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区（村）</translation>
    </message>
    <message>
        <source>Party branches</source>
        <translation>党支部</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>Party Branch Star Rating Report</source>
        <translation>党支部星级评定报告</translation>
    </message>
    <message>
        <source>Party-Led Grid Governance Assessment Report</source>
        <translation>党建引领网格化管理考核报告</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2%3</translation>
    </message>
</context>
<context>
    <name>AssessmentTemplate</name>
    <message>
        <source>the template has no name</source>
        <translation>模板没有名称</translation>
    </message>
    <message>
        <source>scores may have 0, 1 or 2 decimals, not %1</source>
        <translation>分数的小数位只能是0、1或2位，不能是%1位</translation>
    </message>
    <message>
        <source>the blocks add up to %1 points, not %2</source>
        <translation>各板块合计%1分，不是%2分</translation>
    </message>
    <message>
        <source>%1 has no key</source>
        <translation>%1没有编号</translation>
    </message>
    <message>
        <source>%1: the key %2 is used twice</source>
        <translation>%1：编号%2重复使用</translation>
    </message>
    <message>
        <source>%1: the maximum is below zero</source>
        <translation>%1：分值小于零</translation>
    </message>
    <message>
        <source>%1: the maximum has more decimals than the template allows</source>
        <translation>%1：分值的小数位超过模板允许的位数</translation>
    </message>
    <message>
        <source>%1: a block needs indicators</source>
        <translation>%1：板块下需要有指标</translation>
    </message>
    <message>
        <source>%1: its indicators add up to %2 points, not %3</source>
        <translation>%1：其下指标合计%2分，不是%3分</translation>
    </message>
    <message>
        <source>%1: %2 is not of the same kind as its block</source>
        <translation>%1：%2与所在板块的类别不同</translation>
    </message>
    <message>
        <source>%1: no deduction rules</source>
        <translation>%1：没有扣分规则</translation>
    </message>
    <message>
        <source>%1: the deduction for &quot;%2&quot; must be above zero</source>
        <translation>%1：“%2”的扣分必须大于零</translation>
    </message>
    <message>
        <source>%1: only a block has indicators below it</source>
        <translation>%1：只有板块下可以设指标</translation>
    </message>
    <message>
        <source>%1: a computed indicator needs a data source</source>
        <translation>%1：自动计算的指标需要数据来源</translation>
    </message>
    <message>
        <source>the bonus cap is below zero</source>
        <translation>加分上限小于零</translation>
    </message>
    <message>
        <source>the veto &quot;%1&quot; caps at %2, which is not a grade</source>
        <translation>一票否决“%1”限定为%2，但没有这个等次</translation>
    </message>
    <message>
        <source>the veto &quot;%1&quot; caps at %2, which is not a star rating</source>
        <translation>一票否决“%1”限定为%2，但没有这个星级</translation>
    </message>
    <message>
        <source>a quarter&apos;s weight is below zero</source>
        <translation>季度权重小于零</translation>
    </message>
    <message>
        <source>the quarters&apos; weights add up to nothing</source>
        <translation>各季度权重合计为零</translation>
    </message>
    <message>
        <source>the quarters&apos; share of the annual score must be between 0 and 100 %</source>
        <translation>季度得分占年度得分的比例必须在0到100%之间</translation>
    </message>
</context>
<context>
    <name>AssessmentWords</name>
    <message>
        <source>assessment template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>score sheet</source>
        <translation>考核评分表</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>side</source>
        <translation>评分方</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>from state</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>to state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>sheets loaded</source>
        <translation>载入评分表数</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>in use for new sheets</source>
        <translation>用于新评分表</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>销号日期</translation>
    </message>
</context>
<context>
    <name>AttendanceNames</name>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Away on official duty</source>
        <translation>公差</translation>
    </message>
    <message>
        <source>Mobile member, away</source>
        <translation>流动在外</translation>
    </message>
    <message>
        <source>Exempt from attending</source>
        <translation>免于参加</translation>
    </message>
    <message>
        <source>Absent without a reason</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>AuditActionLabels</name>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Locked out after failed logins</source>
        <translation>多次登录失败被锁定</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>锁定账号</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Member event</source>
        <translation>党员变动</translation>
    </message>
    <message>
        <source>Viewed unmasked</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <source>Database secured</source>
        <translation>启用安全保护</translation>
    </message>
    <message>
        <source>Audit log break acknowledged</source>
        <translation>确认审计日志断链</translation>
    </message>
    <message>
        <source>Database copied</source>
        <translation>数据库已复制</translation>
    </message>
    <message>
        <source>Copy of a database begun</source>
        <translation>数据库副本开始</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Entry %1 has been altered or forged: its MAC does not match its content.</source>
        <translation>第 %1 条记录已被篡改或伪造：其校验码与内容不符。</translation>
    </message>
    <message>
        <source>Entry %1 has been deleted.</source>
        <translation>第 %1 条记录已被删除。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 have been deleted.</source>
        <translation>第 %1 至第 %2 条记录已被删除。</translation>
    </message>
    <message>
        <source>Entries %1 and %2 have been swapped.</source>
        <translation>第 %1 条和第 %2 条记录已被调换。</translation>
    </message>
    <message>
        <source>The MAC of entry %1 has been removed.</source>
        <translation>第 %1 条记录的校验码已被删除。</translation>
    </message>
    <message>
        <source>The entries before entry %1 were removed although they were not older than 6 months, or the record of the removed entries has been altered.</source>
        <translation>第 %1 条之前的记录未满 6 个月即被删除，或已清除记录的登记信息被篡改。</translation>
    </message>
    <message>
        <source>Entry %1, the newest this computer has seen, has been replaced: the end of the log has been rewritten.</source>
        <translation>本机所见的最新记录（第 %1 条）已被替换：日志末尾已被改写。</translation>
    </message>
    <message>
        <source>Entries from %1 on are missing: this computer has seen the log up to entry %2. The end of the log has been cut off.</source>
        <translation>自第 %1 条起的记录缺失：本机曾见到日志的第 %2 条。日志末尾已被截断。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries are missing, but without the key the MACs could not be checked: log in to verify the audit log.</source>
        <translation>没有缺失的记录，但没有密钥，无法核对校验码：请登录后校验审计日志。</translation>
    </message>
    <message>
        <source>The audit log has been tampered with.</source>
        <translation>审计日志已被篡改。</translation>
    </message>
    <message numerus="yes">
        <source>The %n entry(s) before it are intact.</source>
        <translation>
            <numerusform>此前的 %n 条记录完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries 1 to %1 were removed as older than 6 months.</source>
        <translation>第 1 至第 %1 条记录已超过 6 个月，已被清除。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) at the end are not sealed yet; they will be sealed at the next login.</source>
        <translation>
            <numerusform>末尾有 %n 条记录尚未封存，将在下次登录时封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The protection of the audit table has been removed from the database.</source>
        <translation>数据库中审计表的保护措施已被移除。</translation>
    </message>
    <message>
        <source>Not sealed yet</source>
        <translation>尚未封存</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>校验不符</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>无法校验</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed and RedGrid did not write it on this computer: it was inserted, or its MAC was removed.</source>
        <translation>第 %1 条记录未封存，且不是红网格在本机写入的：它是被插入的，或其校验码已被删除。</translation>
    </message>
    <message>
        <source>This was found on %1 and stays reported until an administrator acknowledges it.</source>
        <translation>此问题于 %1 发现，在管理员确认之前会一直报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier break(s) of the log were acknowledged by an administrator (entries &quot;Audit log break acknowledged&quot;).</source>
        <translation>
            <numerusform>日志此前有 %n 处断链已由管理员确认（见“确认审计日志断链”记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This stays reported until an administrator acknowledges it (audit acknowledge).</source>
        <translation>在管理员确认（audit acknowledge）之前，每次都会报告。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>audit export needs --out FILE</source>
        <translation>audit export 需要用 --out FILE 指定文件</translation>
    </message>
    <message>
        <source>--from and --to take dates as yyyy-MM-dd</source>
        <translation>--from 和 --to 须为 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2.</source>
        <translation>已将 %1 条审计记录写入 %2。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Only entries of this account (list, export).</source>
        <translation>仅限该账号的记录（list、export）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only entries of this action, e.g. login_failed.</source>
        <translation>仅限该操作的记录，例如 login_failed。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Only entries on or after this day (yyyy-MM-dd).</source>
        <translation>仅限该日及以后的记录（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only entries on or before this day (yyyy-MM-dd).</source>
        <translation>仅限该日及以前的记录（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>At most N entries (list; default 50).</source>
        <translation>最多 N 条记录（list；默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to export to (.csv or .xlsx).</source>
        <translation>导出到的文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Verify, list, export or prune the audit log (auditors and administrators).</source>
        <translation>校验、列出、导出或清理审计日志（限审计员和管理员）。</translation>
    </message>
    <message>
        <source>audit prune needs --before DATE (yyyy-MM-dd)</source>
        <translation>audit prune 需要 --before 日期（yyyy-MM-dd）</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n audit entries (entries younger than 6 months are always kept).</source>
        <translation>
            <numerusform>已删除 %n 条审计条目（不满 6 个月的条目一律保留）。</numerusform>
        </translation>
    </message>
    <message>
        <source>prune: remove the entries before this day (yyyy-MM-dd).</source>
        <translation>prune：删除此日期之前的条目（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>verify (is the chain intact? exit 0 only if so; checked before the sign-in writes anything), list, export, prune (remove the entries before --before; never one younger than 6 months; administrators of the whole database), or acknowledge (administrators: record that the breaks verify reports have been seen, so that the log verifies again and later tampering shows).</source>
        <translation>verify（校验记录链是否完整，仅在完整时退出状态为 0；在登录写入任何内容之前校验）、list、export、prune（删除 --before 之前的条目；不满 6 个月的条目一律保留；仅限全库管理员），或 acknowledge（管理员：记录已看到 verify 报告的断链，此后日志重新校验通过，之后的篡改仍会被发现）。</translation>
    </message>
    <message>
        <source>audit needs an action: verify, list, export, prune or acknowledge</source>
        <translation>audit 需要一个操作：verify、list、export、prune 或 acknowledge</translation>
    </message>
    <message>
        <source>The audit log is intact: there is nothing to acknowledge.</source>
        <translation>审计日志完整：没有需要确认的断链。</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 records that %n break(s) of the audit log were acknowledged; the log verifies again from here.</source>
        <translation>
            <numerusform>第 %1 条记录已登记确认审计日志的 %n 处断链；日志自此重新校验通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>MAC status</source>
        <translation>校验状态</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>AuditIntegrity</name>
    <message>
        <source>the audit log cannot be acknowledged without the key; sign in first</source>
        <translation>没有密钥，无法确认审计日志断链；请先登录</translation>
    </message>
    <message>
        <source>the breaks of the audit log could not all be acknowledged</source>
        <translation>审计日志的断链未能全部确认</translation>
    </message>
    <message>
        <source>This file is a backup of %1 made on %2: its log up to entry %3 is that database&apos;s, from entry %4 on its own.</source>
        <translation>此文件是 %2 制作的 %1 的备份：其日志第 %3 条及以前属于该数据库，第 %4 条起属于此文件本身。</translation>
    </message>
    <message>
        <source>This file is a copy of %1 made on %2: its log up to entry %3 is that database&apos;s, from entry %4 on its own.</source>
        <translation>此文件是 %2 制作的 %1 的副本：其日志第 %3 条及以前属于该数据库，第 %4 条起属于此文件本身。</translation>
    </message>
    <message>
        <source>On %1 this database was restored from the backup %2 (its log up to entry %3); the file it replaced, with its log up to entry %4, was kept as %5.</source>
        <translation>%1 此数据库已从备份 %2 恢复（其日志至第 %3 条）；被替换的文件（日志至第 %4 条）保留为 %5。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log cannot be sealed without the key; log in first</source>
        <translation>没有密钥，无法封存审计日志；请先登录</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>only an administrator of the whole database may remove audit entries</source>
        <translation>只有全库管理员才能删除审计条目</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>full ID numbers and phones</source>
        <translation>完整身份证号和电话</translation>
    </message>
    <message>
        <source>entries removed</source>
        <translation>删除的记录数</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>in the print preview</source>
        <translation>在打印预览中</translation>
    </message>
    <message>
        <source>members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>breaks acknowledged</source>
        <translation>已确认的断链</translation>
    </message>
    <message>
        <source>entries trusted again</source>
        <translation>重新信任的记录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1：改为 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up the whole database (checked before older backups are rotated out).</source>
        <translation>备份整个数据库（通过检查后才轮换删除较旧的备份）。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 members, %3 organisations; checked).</source>
        <translation>已备份到 %1（党员 %2 名，党组织 %3 个；已检查）。</translation>
    </message>
    <message>
        <source>Rotated out: %1</source>
        <translation>已轮换删除：%1</translation>
    </message>
    <message>
        <source>Write the backup to FILE instead of the database&apos;s backup folder.</source>
        <translation>将备份写入 FILE，而不是数据库的备份文件夹。</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>以 JSON 格式输出写入的内容。</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>the backup folder is not a folder</source>
        <translation>备份文件夹不是文件夹</translation>
    </message>
    <message>
        <source>the backup folder is missing (a USB drive not plugged in, or a share not reachable?); no backup was made</source>
        <translation>备份文件夹不存在（U 盘未插入，或共享文件夹无法访问？）；未进行备份</translation>
    </message>
    <message>
        <source>the backup folder cannot be made; no backup was made</source>
        <translation>无法创建备份文件夹；未进行备份</translation>
    </message>
    <message>
        <source>not a RedGrid backup</source>
        <translation>不是红网格备份</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>List the backups of a database, newest first (no sign-in: the database may be lost).</source>
        <translation>列出数据库的备份，最新的在前（无需登录：数据库可能已丢失）。</translation>
    </message>
    <message>
        <source>The RedGrid database file (it need not exist any more).</source>
        <translation>红网格数据库文件（可以已不存在）。</translation>
    </message>
    <message>
        <source>no such backup folder</source>
        <translation>没有此备份文件夹</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <source>%1  %2  %3 members, %4 organisations  %5</source>
        <translation>%1  %2  党员 %3 名，党组织 %4 个  %5</translation>
    </message>
    <message>
        <source>%1  %2  cannot be read (%3)  %4</source>
        <translation>%1  %2  无法读取（%3）  %4</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n 个备份</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in DIR (the database&apos;s chosen backup folder, e.g. a USB drive) instead of the default folder.</source>
        <translation>在 DIR（为数据库选定的备份文件夹，如 U 盘）中查找，而不是默认文件夹。</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>以 JSON 格式输出列表。</translation>
    </message>
</context>
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
    <message>
        <source>  sign-in (one Argon2id)         %1 ms</source>
        <translation>  登录（一次 Argon2id）          %1 ms</translation>
    </message>
</context>
<context>
    <name>ChainHeadStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>the file is locked by another program; what this computer knows of the audit log was not remembered</source>
        <translation>文件被其他程序锁定；本机未能记下审计日志的状态</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not what RedGrid wrote there (damaged or replaced)</source>
        <translation>%1 不是红网格写入的内容（已损坏或被替换）</translation>
    </message>
    <message>
        <source>What this computer remembers of the audit log cannot be used: %1. Entries cut off the end of the log cannot be noticed.</source>
        <translation>本机记录的审计日志信息无法使用：%1。无法发现日志末尾被截去的条目。</translation>
    </message>
    <message>
        <source>On %1 what this computer remembered of the audit log was unreadable (%2; set aside as %3): entries cut off the end of the log before then cannot be noticed.</source>
        <translation>%1 本机记录的审计日志信息无法读取（%2；已另存为 %3）：此前日志末尾被截去的条目无法发现。</translation>
    </message>
    <message>
        <source>%1; it cannot be set aside, so what this computer knows of the audit log was not remembered</source>
        <translation>%1；无法将其移开，因此本机未能记录审计日志信息</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the party organisations: branch sizes, committees, terms of office, grids without a branch.</source>
        <translation>检查党组织：党支部规模、支部委员会、任期，以及没有党支部的网格。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--today needs a date written yyyy-MM-dd</source>
        <translation>--today 需要 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <source>Check terms as of this date instead of today.</source>
        <translation>以此日期而非今天为准检查任期。</translation>
    </message>
    <message>
        <source>this is not a RedGrid database</source>
        <translation>这不是红网格数据库</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>%1: every page and every reference is sound</source>
        <translation>%1：所有页面和所有引用均完好</translation>
    </message>
    <message>
        <source>the file is damaged; RedGrid opens it read-only: export what you need and restore the newest good backup (redgrid-cli backups %1)</source>
        <translation>文件已损坏；红网格将以只读方式打开：请导出所需内容，并恢复最新的完好备份（redgrid-cli backups %1）</translation>
    </message>
    <message>
        <source>Check every page of the file instead (SQLite&apos;s integrity_check and foreign_key_check; no sign-in). Exit status 2 when the file is damaged.</source>
        <translation>改为检查文件的每一页（SQLite 的 integrity_check 和 foreign_key_check；无需登录）。文件损坏时退出状态为 2。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s), got %3; see redgrid-cli %1 --help</source>
        <translation>“%1”需要 %2 个参数，实际为 %3 个；参见 redgrid-cli %1 --help</translation>
    </message>
    <message>
        <source>The account to sign in as (default: $REDGRID_USER). The password is read from $REDGRID_PASSWORD, or else from standard input.</source>
        <translation>用于登录的账号（默认：$REDGRID_USER）。密码从 $REDGRID_PASSWORD 读取，未设置时从标准输入读取。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码： </translation>
    </message>
    <message>
        <source>name the account with --user NAME or the environment variable REDGRID_USER</source>
        <translation>请用 --user NAME 或环境变量 REDGRID_USER 指定账号</translation>
    </message>
    <message>
        <source>no password: give it on standard input or in REDGRID_PASSWORD</source>
        <translation>没有密码：请通过标准输入或 REDGRID_PASSWORD 提供</translation>
    </message>
    <message>
        <source>First administrator: %1</source>
        <translation>首位管理员：%1</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; store it on paper in a safe place: it opens the database when every password is lost):</source>
        <translation>恢复密钥（仅此一次显示；请抄写在纸上并妥善保管：所有密码都遗失时，可用它打开数据库）：</translation>
    </message>
    <message>
        <source>this database was made before RedGrid had accounts; run `redgrid-cli secure %1 --user NAME` to name its first administrator and encrypt its ID numbers and phones</source>
        <translation>该数据库创建于红网格启用账号之前；请运行 `redgrid-cli secure %1 --user NAME` 指定首位管理员，并加密其中的公民身份号码和电话</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <source>education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>job post</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <source>member category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>party standing</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>reason contact was lost</source>
        <translation>失联原因</translation>
    </message>
    <message>
        <source>kind of departure</source>
        <translation>出党方式</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>organisation category</source>
        <translation>党组织类别</translation>
    </message>
    <message>
        <source>unit situation</source>
        <translation>所在单位情况</translation>
    </message>
</context>
<context>
    <name>CommandFailure</name>
    <message>
        <source>the database is locked by another program; close it there and try again</source>
        <translation>数据库被其他程序锁定；请在该程序中关闭后重试</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a copy</source>
        <translation>数据库文件已损坏（%1）；请用备份副本恢复</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>磁盘已满（%1）</translation>
    </message>
    <message>
        <source>the database file cannot be read or written (%1)</source>
        <translation>无法读写数据库文件（%1）</translation>
    </message>
    <message>
        <source>the database file cannot be written (%1)</source>
        <translation>无法写入数据库文件（%1）</translation>
    </message>
    <message>
        <source>the database failed: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <source>the command stopped on an internal error: %1</source>
        <translation>命令因内部错误而中止：%1</translation>
    </message>
    <message>
        <source>the command stopped on an unknown internal error</source>
        <translation>命令因未知的内部错误而中止</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未召开</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>本期待开</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>未到期</translation>
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
    <message>
        <source>row %1 is longer than %2 characters; does a quoted field in it never end?</source>
        <translation>第 %1 行超过 %2 个字符；是否有带引号的字段没有结束引号？</translation>
    </message>
    <message>
        <source>row %1 has more than %2 fields, more than a spreadsheet has columns</source>
        <translation>第 %1 行超过 %2 个字段，多于电子表格的列数</translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <source>%1: not counted for this kind of target</source>
        <translation>%1：此类考核对象不统计</translation>
    </message>
    <message>
        <source>data source %1 is not available in this RedGrid</source>
        <translation>本版红网格没有数据来源%1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>sign in first: a copy is sealed with the signed-in account&apos;s key</source>
        <translation>请先登录：副本需用已登录账号的密钥封存</translation>
    </message>
    <message>
        <source>the new copy failed its check and was not kept (%1); the older backups are kept</source>
        <translation>新副本未通过检查，未予保留（%1）；较旧的备份均保留</translation>
    </message>
    <message>
        <source>the copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>cancelled; no copy was written</source>
        <translation>已取消，未写入副本</translation>
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
        <source>the database is locked by another program; close it there and try again</source>
        <translation>数据库被其他程序锁定；请在该程序中关闭后重试</translation>
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
        <source>cannot create the database: %1</source>
        <translation>无法创建数据库：%1</translation>
    </message>
    <message>
        <source>this is an unfinished file left by an interrupted `demo` or `init` (or a new database that was not completed), not a database; delete it</source>
        <translation>这是被中断的 `demo` 或 `init`（或未完成的新建数据库）留下的未完成文件，不是数据库；请删除它</translation>
    </message>
    <message>
        <source>the database file is damaged (%1) and cannot be read; restore the newest good backup (redgrid-cli backups %2)</source>
        <translation>数据库文件已损坏（%1），无法读取；请恢复最新的完好备份（redgrid-cli backups %2）</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): RedGrid opened it for reading only and writes nothing to it; export what you need and restore the newest good backup</source>
        <translation>%1 已损坏（%2）：红网格以只读方式打开，不会写入任何内容；请导出所需内容，并恢复最新的完好备份</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
    <message>
        <source>the new database could not be written whole (is the disk full?); nothing was created</source>
        <translation>新数据库未能完整写入（磁盘是否已满？）；未创建任何文件</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 是只读的</translation>
    </message>
    <message>
        <source>the folder or disk holding %1 is read-only</source>
        <translation>%1 所在的文件夹或磁盘是只读的</translation>
    </message>
    <message>
        <source>%1: RedGrid opened the database for reading only; to make changes, copy it to a writable folder or change its permissions</source>
        <translation>%1：红网格以只读方式打开了数据库；如需修改，请将其复制到可写的文件夹，或更改其权限</translation>
    </message>
    <message>
        <source>%1, and the database&apos;s log (%2-wal) holds changes not yet in the file: it can be opened only where they can be written into it</source>
        <translation>%1，且数据库日志（%2-wal）中有尚未写入文件的更改：只能在可以把这些更改写入文件的位置打开它</translation>
    </message>
    <message>
        <source>%1, and the database is from an older version of RedGrid, which must write to it to upgrade it</source>
        <translation>%1，且该数据库来自旧版红网格，升级时必须写入</translation>
    </message>
</context>
<context>
    <name>DecodingReader</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>a line is longer than %1 MiB; this is not a table</source>
        <translation>有一行超过 %1 MiB；这不是表格文件</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL characters), not text</source>
        <translation>文件含有二进制数据（NUL 字符），不是文本</translation>
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
    <message>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
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
    <name>DemoMeetings</name>
    <message>
        <source>meetings of organisational life</source>
        <translation>组织生活会议</translation>
    </message>
</context>
<context>
    <name>DemoMembers</name>
    <message>
        <source>party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>the demo made the ID number of %1 twice</source>
        <translation>演示数据重复生成了%1的公民身份号码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DemoOrganisations</name>
    <message>
        <source>party organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>the demo has no district to set up party organisations in</source>
        <translation>演示数据库中没有可设立党组织的区县</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DemoScores</name>
    <message>
        <source>assessment scores</source>
        <translation>考核评分</translation>
    </message>
    <message>
        <source>the demo database has no assessment templates</source>
        <translation>演示数据库中没有考核模板</translation>
    </message>
</context>
<context>
    <name>DeviceCanvas</name>
    <message>
        <source>the printer could not start printing; nothing was printed</source>
        <translation>打印机无法开始打印，未打印任何内容</translation>
    </message>
    <message>
        <source>the printing was not started</source>
        <translation>打印尚未开始</translation>
    </message>
    <message>
        <source>the printer could not finish printing</source>
        <translation>打印机无法完成打印</translation>
    </message>
</context>
<context>
    <name>DiskRoom</name>
    <message>
        <source>%1 (%2 MB free; this change needs about %3 MB); nothing was changed</source>
        <translation>%1（剩余 %2 MB；此次更改约需 %3 MB）；未做任何更改</translation>
    </message>
    <message>
        <source>%1: RedGrid opened the database for reading only (the sign-in was not recorded); free some space and open it again to make changes</source>
        <translation>%1：红网格以只读方式打开数据库（本次登录未记录）；请释放部分空间后重新打开，再进行修改</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>%1 所在的磁盘已满</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1；未做任何更改</translation>
    </message>
</context>
<context>
    <name>DivisionCode</name>
    <message>
        <source>the code is empty</source>
        <translation>代码为空</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; must contain digits only</source>
        <translation>代码“%1”只能包含数字</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; has %2 digits; a %3 code has %4</source>
        <translation>代码“%1”有 %2 位；%3代码应为 %4 位</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is a province or city code, not a district or county code</source>
        <translation>代码“%1”是省或市的代码，不是区县代码</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; must begin with %2, the leading digits of its parent&apos;s code %3</source>
        <translation>代码“%1”须以上级代码 %3 的前几位 %2 开头</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; has a zero sequence number</source>
        <translation>代码“%1”的顺序号为零</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; of a street or town must end in 000</source>
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
        <source>the code &quot;%1&quot; must contain digits only</source>
        <translation>代码“%1”只能包含数字</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; has %2 digits; division codes have %3</source>
        <translation>代码“%1”有 %2 位；区划代码应为 %3 位</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; is not a whole number from 1 to 5</source>
        <translation>级别“%1”不是 1 到 5 之间的整数</translation>
    </message>
    <message>
        <source>duplicate of row %1</source>
        <translation>与第 %1 行重复</translation>
    </message>
    <message>
        <source>belongs to district %1, not to this database&apos;s district %2</source>
        <translation>属于区县 %1，不属于本数据库的区县 %2</translation>
    </message>
    <message>
        <source>is not the province or prefecture of this database&apos;s district %1</source>
        <translation>不是本数据库区县 %1 所属的省或市</translation>
    </message>
    <message>
        <source>the code %1 is already used by &quot;%2&quot; under &quot;%3&quot;</source>
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
        <source>a level-%1 row belongs below a %2, but its parent %3 &quot;%4&quot; is a %5</source>
        <translation>第 %1 级的行应位于%2之下，但其上级 %3“%4”是%5</translation>
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
    <message>
        <source>only an administrator of the whole district may import its division list</source>
        <translation>只有管辖全区的管理员才能导入区划代码表</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>this document is drawn from a database, and none is open</source>
        <translation>此文档需从数据库生成，但未打开数据库</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>List what is due (本月待办): this period&apos;s required meetings not yet held, and the overdue ones.</source>
        <translation>列出待办事项（本月待办）：本期尚未召开的规定会议，以及已逾期的会议。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--date takes a date as yyyy-MM-dd</source>
        <translation>--date 的日期格式为 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Nothing is due on %1.</source>
        <translation>%1 没有待办事项。</translation>
    </message>
    <message>
        <source>Print the items as JSON.</source>
        <translation>以 JSON 格式输出待办事项。</translation>
    </message>
    <message>
        <source>Only this organisation (its code, full or short name) and those below it.</source>
        <translation>只列出该组织（代码、全称或简称）及其下级组织。</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The day to look from (default: today), yyyy-MM-dd.</source>
        <translation>以哪一天为准（默认：今天），yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3)</source>
        <translation>%1 ×%2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message>
        <source>upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>ExportMembersCommand</name>
    <message>
        <source>Export party members to .xlsx or .csv (ID numbers and phones masked unless --unmasked).</source>
        <translation>将党员导出为 .xlsx 或 .csv 文件（除非指定 --unmasked，公民身份号码和电话均脱敏）。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--format takes xlsx or csv</source>
        <translation>--format 须为 xlsx 或 csv</translation>
    </message>
    <message>
        <source>--layout takes national or full</source>
        <translation>--layout 须为 national 或 full</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须用 --out 指定文件</translation>
    </message>
    <message>
        <source>%1: %2 member(s) written</source>
        <translation>%1：已写入 %2 名党员</translation>
    </message>
    <message>
        <source>national: the 21 columns of the 汇总表 (default); full: every column.</source>
        <translation>national：汇总表的 21 列（默认）；full：全部列。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only this organisation and those below it.</source>
        <translation>仅限此党组织及其下级党组织。</translation>
    </message>
    <message>
        <source>Write ID numbers and phones in full (they are masked by default).</source>
        <translation>完整写出公民身份号码和电话（默认脱敏）。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>以 JSON 格式输出汇总。</translation>
    </message>
    <message>
        <source>xlsx or csv (default: from the suffix of --out, else xlsx).</source>
        <translation>xlsx 或 csv（默认按 --out 的扩展名，否则为 xlsx）。</translation>
    </message>
</context>
<context>
    <name>FileBatch</name>
    <message>
        <source>the file of the batch was not written</source>
        <translation>这批文件中有文件未写成</translation>
    </message>
    <message>
        <source>the batch could not be written: %1</source>
        <translation>这批文件无法写入：%1</translation>
    </message>
    <message>
        <source>the batch could not be written to the disk</source>
        <translation>这批文件无法写入磁盘</translation>
    </message>
    <message>
        <source>cannot replace the file: %1; if it is open in Excel or WPS, close it and try again</source>
        <translation>无法替换文件：%1；如果它已在 Excel 或 WPS 中打开，请关闭后重试</translation>
    </message>
</context>
<context>
    <name>FileInPlace</name>
    <message>
        <source>%1 was moved, renamed or deleted while RedGrid had it open: nothing was changed, and RedGrid takes no more changes to it. If it was moved, everything saved is in it at its new place: open it there. If it was deleted by mistake, restore it from the recycle bin or from a backup.</source>
        <translation>%1 在红网格打开期间被移动、改名或删除：未做任何更改，红网格也不再接受对它的更改。如果是被移动了，已保存的内容都在新位置的文件中：请在那里打开它。如果是误删，请从回收站或备份中恢复。</translation>
    </message>
</context>
<context>
    <name>FileIntegrity</name>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>table %1, row %2 refers to a missing row of %3</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的行</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>the file name is not in UTF-8 (perhaps GBK, from a Windows computer or a USB stick), and RedGrid cannot name such a file correctly; rename the file, or copy it under a new name, and try again</source>
        <translation>文件名不是 UTF-8 编码（可能是来自 Windows 电脑或 U 盘的 GBK 文件名），红网格无法正确使用这样的文件名；请重命名该文件，或以新名称复制一份后重试</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file</source>
        <translation>这是命名管道（FIFO），不是文件</translation>
    </message>
    <message>
        <source>this is a device, not a file</source>
        <translation>这是设备，不是文件</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>这是套接字，不是文件</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
</context>
<context>
    <name>GridSizeRule</name>
    <message>
        <source>%1 households: outside this office&apos;s range for a grid (%2–%3)</source>
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
        <source>&quot;%1&quot; already exists here (code %2); names must differ among siblings</source>
        <translation>此处已有“%1”（代码 %2）；同一上级下的名称不能重复</translation>
    </message>
    <message>
        <source>the code %1 is already used by &quot;%2&quot;</source>
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
        <source>&quot;%1&quot; has no free code left for another child</source>
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
        <source>the code %1 below it would become %2, which &quot;%3&quot; already uses</source>
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
        <source>&quot;%1&quot; would keep its number and become %2 under &quot;%3&quot;, but %4; give it another code, such as the next free one, %5</source>
        <translation>“%1”保留原顺序号后在“%3”下的代码为 %2，但%4；请另指定代码，例如下一个可用代码 %5</translation>
    </message>
    <message>
        <source>the district is the root of this database and cannot be deleted</source>
        <translation>区县是本数据库的根节点，不能删除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 node(s) below it; delete those first, or confirm deleting the whole branch</source>
        <translation>“%1”下有 %2 个节点；请先删除它们，或确认删除整个分支</translation>
    </message>
    <message>
        <source>only an administrator of the whole database may create the district</source>
        <translation>只有管辖整个数据库的管理员才能创建区县</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>the ID number is empty</source>
        <translation>公民身份号码为空</translation>
    </message>
    <message>
        <source>Excel turned the ID number into a number and lost its last digits (&quot;%1&quot;); format the column as text and enter the ID numbers again</source>
        <translation>Excel 将公民身份号码转成了数值，丢失了末尾几位（“%1”）；请将该列设置为文本格式后重新录入公民身份号码</translation>
    </message>
    <message>
        <source>an ID number has only digits and a final X; &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation>公民身份号码只能由数字和末位的 X 组成；“%1”中含有“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a 15-digit ID number of the first generation; enter the 18-digit number of the current ID card</source>
        <translation>“%1”是 15 位的第一代身份证号码；请录入现行身份证上的 18 位号码</translation>
    </message>
    <message>
        <source>an ID number has 18 characters; &quot;%1&quot; has %2</source>
        <translation>公民身份号码为 18 位；“%1”有 %2 位</translation>
    </message>
    <message>
        <source>the birth date in the ID number, %1, is not a real date</source>
        <translation>公民身份号码中的出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>the birth date in the ID number, %1, is before 1900</source>
        <translation>公民身份号码中的出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>the birth date in the ID number, %1, is in the future</source>
        <translation>公民身份号码中的出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the check digit should be %1, not %2</source>
        <translation>校验码应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the address code %1 is not 810000, 820000 or 830000, the codes of the Hong Kong, Macau and Taiwan residence permits</source>
        <translation>地址码 %1 不是港澳台居民居住证使用的 810000、820000 或 830000</translation>
    </message>
    <message>
        <source>this is the number of a foreign permanent-residence ID card; party members are Chinese citizens</source>
        <translation>这是外国人永久居留身份证号码；党员应为中国公民</translation>
    </message>
    <message>
        <source>%1 is not a known province code; check the first digits of the ID number</source>
        <translation>%1 不是已知的省级代码；请核对公民身份号码的前几位</translation>
    </message>
    <message>
        <source>the birth date %1 does not match the ID number, which gives %2</source>
        <translation>出生日期 %1 与公民身份号码中的出生日期 %2 不一致</translation>
    </message>
    <message>
        <source>the sex is given as female, but the ID number is a man&apos;s (odd 17th digit)</source>
        <translation>性别填写为女，但公民身份号码属于男性（第 17 位为奇数）</translation>
    </message>
    <message>
        <source>the sex is given as male, but the ID number is a woman&apos;s (even 17th digit)</source>
        <translation>性别填写为男，但公民身份号码属于女性（第 17 位为偶数）</translation>
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
    <name>ImportMembersCommand</name>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>%1: read %2 rows = %3 new + %4 updated + %5 unchanged + %6 rejected%7</source>
        <translation>%1：读取 %2 行 = 新增 %3 + 更新 %4 + 未变 %5 + 拒绝 %6%7</translation>
    </message>
    <message>
        <source>; dry run, nothing written</source>
        <translation>；试运行，未写入任何数据</translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1</source>
        <translation>被拒绝的行及原因：%1</translation>
    </message>
    <message>
        <source>The organisation for rows whose 所在党支部 is empty.</source>
        <translation>所在党支部为空的行归入的党组织。</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>要读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>只检查文件并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this .csv or .xlsx file.</source>
        <translation>将被拒绝的行及原因写入此 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Print the summary and the rejected rows as JSON.</source>
        <translation>以 JSON 格式输出汇总和被拒绝的行。</translation>
    </message>
    <message>
        <source>Import party members from a roster (.xlsx, .xls or .csv, the national 汇总表 layout or similar).</source>
        <translation>从花名册导入党员（.xlsx、.xls 或 .csv，全国汇总表格式或类似格式）。</translation>
    </message>
    <message>
        <source>The roster: .xlsx, .xlsm, .xls or .csv.</source>
        <translation>花名册：.xlsx、.xlsm、.xls 或 .csv。</translation>
    </message>
    <message>
        <source>--map-value %1: write ITEM:TEXT=CODE, e.g. 工作岗位:企业管理人员=014</source>
        <translation>--map-value %1：请写成 项目:文字=代码，例如 工作岗位:企业管理人员=014</translation>
    </message>
    <message>
        <source>--map-value %1: &quot;%2&quot; is no item with a code table (性别, 民族, 学历, 人员类别, 工作岗位, 党籍状态, 学位, 失联情形)</source>
        <translation>--map-value %1：“%2”不是有代码表的项目（性别、民族、学历、人员类别、工作岗位、党籍状态、学位、失联情形）</translation>
    </message>
    <message>
        <source>--map-value %1: &quot;%2&quot; is not a value of %3; its values are: %4</source>
        <translation>--map-value %1：“%2”不是%3的取值；可用的值为：%4</translation>
    </message>
    <message>
        <source>--create-orgs: %1</source>
        <translation>--create-orgs：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; (%n row(s), the first row %3) is not a value of the code table and was left out; choose its code with --map-value %1:%2=CODE</source>
        <translation>
            <numerusform>%1“%2”（%n 行，首次出现在第 %3 行）不是代码表中的值，已留空；可用 --map-value %1:%2=代码 指定其代码</numerusform>
        </translation>
    </message>
    <message>
        <source>the values of %1: %2</source>
        <translation>%1的可用值：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) named in 所在党支部 do not exist: %1; --create-orgs PARENT sets them up below the organisation PARENT</source>
        <translation>
            <numerusform>“所在党支部”中有 %n 个党组织尚不存在：%1；--create-orgs 上级 可在该上级党组织下建立它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) set up: %1%2</source>
        <translation>
            <numerusform>已建立 %n 个党组织：%1%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (dry run: not kept)</source>
        <translation>（试运行：不保留）</translation>
    </message>
    <message>
        <source>Set up the organisations that 所在党支部 names and that do not exist yet, below PARENT (its name or code).</source>
        <translation>在上级党组织 PARENT（名称或编码）下建立“所在党支部”中列出但尚不存在的党组织。</translation>
    </message>
    <message>
        <source>Import a value that its code table does not know as CODE (a code or its label; empty: leave the item out), e.g. 工作岗位:企业管理人员=014. Repeatable; remembered for the next imports.</source>
        <translation>将代码表中没有的值按 CODE 导入（代码或其名称；留空：不导入该项），例如 工作岗位:企业管理人员=014。可重复使用；以后导入时沿用。</translation>
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
    <message>
        <source>Party organisations:</source>
        <translation>党组织：</translation>
    </message>
    <message>
        <source>Party members:</source>
        <translation>党员：</translation>
    </message>
    <message>
        <source>Former members:</source>
        <translation>已减少党员：</translation>
    </message>
    <message>
        <source>Invented places:    %1 of the streets (%2) and %3 of the communities, made up to make the demo larger; the other names are the real ones of the district</source>
        <translation>虚构地名：          %1 个街道（%2）和 %3 个社区为扩大演示规模而虚构，其余名称均为本区真实名称</translation>
    </message>
    <message>
        <source>Area:               %1 (%2); the counts below are of this area</source>
        <translation>管辖范围：          %1（%2），以下均为该范围内的数字</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
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
    <message>
        <source>Create a new, empty RedGrid database for one district, with --user as its first administrator.</source>
        <translation>为一个区县创建新的空红网格数据库，并以 --user 指定的账号作为首位管理员。</translation>
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
    <name>LevelScale</name>
    <message>
        <source>the scale has no levels</source>
        <translation>等次表中没有等次</translation>
    </message>
    <message>
        <source>%1 must start below %2</source>
        <translation>%1的起始分必须低于%2</translation>
    </message>
    <message>
        <source>the lowest level, %1, must start at 0</source>
        <translation>最低等次%1必须从0分起</translation>
    </message>
    <message>
        <source>the share of %1 must be between 0 and 100 %</source>
        <translation>%1的比例必须在0到100%之间</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>the organisation does not exist or is outside your area</source>
        <translation>该组织不存在，或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>the date of the meeting is missing</source>
        <translation>缺少会议日期</translation>
    </message>
    <message>
        <source>the meeting is dated %1, after today: a meeting is recorded once it was held</source>
        <translation>会议日期为 %1，晚于今天：会议召开后才能记录</translation>
    </message>
    <message>
        <source>a time is written HH:mm, e.g. 14:30</source>
        <translation>时间请写作 HH:mm，例如 14:30</translation>
    </message>
    <message>
        <source>the meeting ends (%1) before it begins (%2)</source>
        <translation>会议结束时间（%1）早于开始时间（%2）</translation>
    </message>
    <message>
        <source>%1 is not a member of this organisation</source>
        <translation>%1 不是本组织的党员</translation>
    </message>
    <message>
        <source>%1 is on the attendance sheet twice</source>
        <translation>%1 在签到表中出现了两次</translation>
    </message>
    <message>
        <source>a %1 needs its attendance: who should attend and who came</source>
        <translation>%1 需要登记出席情况：应到人员和实到人员</translation>
    </message>
    <message>
        <source>a 谈心谈话 is between two people: name both</source>
        <translation>谈心谈话须在两人之间进行：请填写双方</translation>
    </message>
    <message>
        <source>a 谈心谈话 is between two different people</source>
        <translation>谈心谈话须在两个不同的人之间进行</translation>
    </message>
    <message>
        <source>both people of a 谈心谈话 must be members of this organisation</source>
        <translation>谈心谈话的双方都须是本组织的党员</translation>
    </message>
    <message>
        <source>only a 谈心谈话 names two people</source>
        <translation>只有谈心谈话才填写谈话双方</translation>
    </message>
    <message>
        <source>motions are voted on at a 支部党员大会</source>
        <translation>议案在支部党员大会上表决</translation>
    </message>
    <message>
        <source>the votes in favour cannot be fewer than none</source>
        <translation>赞成票数不能为负数</translation>
    </message>
    <message>
        <source>the meeting no longer exists or is outside your area</source>
        <translation>该会议已不存在，或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>%1 votes in favour, but only %2 members should attend and have a vote</source>
        <translation>赞成 %1 票，但应到会有表决权的党员只有 %2 人</translation>
    </message>
</context>
<context>
    <name>MeetingRequirements</name>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>MeetingTypeNames</name>
    <message>
        <source>Branch general meeting</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation>支委会</translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <source>Party lecture</source>
        <translation>党课</translation>
    </message>
    <message>
        <source>Party theme day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>Organisational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <source>Democratic appraisal of members</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>an other activity needs a name of its own</source>
        <translation>其他活动须填写活动名称</translation>
    </message>
    <message>
        <source>a %1 takes no name of its own: only an other activity does</source>
        <translation>%1不另填名称，只有其他活动才填写名称</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>on the attendance sheet</source>
        <translation>签到人数</translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>到会人数过半</translation>
    </message>
</context>
<context>
    <name>MeetingsCommand</name>
    <message>
        <source>%1 of %2 attended</source>
        <translation>应到 %2 人，实到 %1 人</translation>
    </message>
    <message>
        <source>%1 is not on the organisation&apos;s roster</source>
        <translation>%1 不在本组织的党员名册中</translation>
    </message>
    <message>
        <source>%1 names %2 members: give the member id instead (meetings show ID --json lists them)</source>
        <translation>“%1”对应 %2 名党员：请改用党员编号（meetings show ID --json 可列出）</translation>
    </message>
    <message>
        <source>--%1 takes MEMBER=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 的格式为 MEMBER=VALUE，而不是“%2”</translation>
    </message>
    <message>
        <source>List, show, record, correct or remove meetings (三会一课 and the other organisational life).</source>
        <translation>列出、查看、记录、更正或删除会议（三会一课及其他组织生活）。</translation>
    </message>
    <message>
        <source>list (--org, --year), show ID, add (--org, --type, --date and the rest), edit ID (the options given) or remove ID.</source>
        <translation>list（--org、--year）、show ID、add（--org、--type、--date 及其他选项）、edit ID（所给选项）或 remove ID。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>show, edit, remove: the meeting&apos;s id.</source>
        <translation>show、edit、remove：会议编号。</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>meetings needs an action: list, show, add, edit or remove</source>
        <translation>meetings 需要一个操作：list、show、add、edit 或 remove</translation>
    </message>
    <message>
        <source>meetings %1 takes no meeting id</source>
        <translation>meetings %1 不需要会议编号</translation>
    </message>
    <message>
        <source>meetings %1 needs the meeting&apos;s id</source>
        <translation>meetings %1 需要会议编号</translation>
    </message>
    <message>
        <source>meetings add needs --org, --type and --date</source>
        <translation>meetings add 需要 --org、--type 和 --date</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not a kind of meeting</source>
        <translation>--type：“%1”不是会议类型</translation>
    </message>
    <message>
        <source>--date takes a date as yyyy-MM-dd</source>
        <translation>--date 的日期格式为 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>--year takes a year, e.g. 2026</source>
        <translation>--year 需要一个年份，例如 2026</translation>
    </message>
    <message>
        <source>--motion-in-favour takes a number of votes</source>
        <translation>--motion-in-favour 需要一个票数</translation>
    </message>
    <message>
        <source>--talk is given twice: the two people of the talk</source>
        <translation>--talk 须给出两次：谈话的双方</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>no meeting %1 in your area</source>
        <translation>您的管辖范围内没有会议 %1</translation>
    </message>
    <message>
        <source>Removed the %1 of %2</source>
        <translation>已删除 %2 的%1</translation>
    </message>
    <message>
        <source>--attendance: &quot;%1&quot; is not an attendance (late, sick_leave, personal_leave, official_duty, mobile, exempt, absent, present)</source>
        <translation>--attendance：“%1”不是出席情况（late、sick_leave、personal_leave、official_duty、mobile、exempt、absent、present）</translation>
    </message>
    <message>
        <source>%1 the %2 of %3 (%4): %5%6</source>
        <translation>%1 %3 的%2（%4）：%5%6</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source> — saved, but INVALID: its quorum was not reached</source>
        <translation> —— 已保存，但无效：到会人数未过半</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>list, add: the organisation (its code, full or short name).</source>
        <translation>list、add：组织（代码、全称或简称）。</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>list: only this year&apos;s meetings.</source>
        <translation>list：只列出该年度的会议。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>add, edit: the kind of meeting: its key (general_meeting, committee_meeting, group_meeting, party_lecture, theme_day, life_meeting, appraisal, heart_talk, other) or its Chinese name.</source>
        <translation>add、edit：会议类型：键名（general_meeting、committee_meeting、group_meeting、party_lecture、theme_day、life_meeting、appraisal、heart_talk、other）或中文名称。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>add, edit: the branch&apos;s own name of an &quot;other&quot; meeting.</source>
        <translation>add、edit：“其他”会议由支部自定的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add, edit: the day it was held (yyyy-MM-dd).</source>
        <translation>add、edit：召开日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>add, edit: when it began (HH:mm).</source>
        <translation>add、edit：开始时间（HH:mm）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>add, edit: when it ended (HH:mm).</source>
        <translation>add、edit：结束时间（HH:mm）。</translation>
    </message>
    <message>
        <source>add, edit: where it was held.</source>
        <translation>add、edit：会议地点。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>add, edit: who chaired it (主持人).</source>
        <translation>add、edit：主持人。</translation>
    </message>
    <message>
        <source>add, edit: who recorded it (记录人).</source>
        <translation>add、edit：记录人。</translation>
    </message>
    <message>
        <source>add, edit: its topic.</source>
        <translation>add、edit：会议主题。</translation>
    </message>
    <message>
        <source>add, edit: a summary of its content.</source>
        <translation>add、edit：内容摘要。</translation>
    </message>
    <message>
        <source>add, edit: what it resolved.</source>
        <translation>add、edit：会议决议。</translation>
    </message>
    <message>
        <source>add, edit: a file kept with the record (repeat for more; edit: replaces the list).</source>
        <translation>add、edit：随记录保存的文件（可重复；edit 时替换原有列表）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>add, edit: one member&apos;s attendance, other than present: MEMBER=KIND, MEMBER a name on the organisation&apos;s roster or a member id, KIND late, sick_leave, personal_leave, official_duty, mobile, exempt or absent (or 迟到, 病假, 事假, 公差, 流动在外, 免于参加, 缺席; present to undo). Everyone else is present. Repeat for each member.</source>
        <translation>add、edit：某位党员除出席外的情况：MEMBER=KIND，MEMBER 为本组织名册中的姓名或党员编号，KIND 为 late、sick_leave、personal_leave、official_duty、mobile、exempt 或 absent（或 迟到、病假、事假、公差、流动在外、免于参加、缺席；present 表示撤销）。其余人员均为出席。每位党员重复一次。</translation>
    </message>
    <message>
        <source>MEMBER=KIND</source>
        <translation>MEMBER=KIND</translation>
    </message>
    <message>
        <source>add, edit: a note on one member&apos;s line (MEMBER=TEXT).</source>
        <translation>add、edit：某位党员一行的备注（MEMBER=TEXT）。</translation>
    </message>
    <message>
        <source>MEMBER=TEXT</source>
        <translation>MEMBER=TEXT</translation>
    </message>
    <message>
        <source>add, edit: for a heart_talk (谈心谈话), one of the two people; give it twice.</source>
        <translation>add、edit：谈心谈话（heart_talk）的一方；须给出两次。</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>add, edit: a general meeting&apos;s motion: the votes in favour.</source>
        <translation>add、edit：支部党员大会议案的赞成票数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>MemberBulkLoad</name>
    <message numerus="yes">
        <source>%n imported member(s) refer to an organisation or place that does not exist</source>
        <translation>
            <numerusform>有 %n 名导入的党员所属的党组织或地点不存在</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>the ID number is missing</source>
        <translation>缺少公民身份号码</translation>
    </message>
    <message>
        <source>a member with the ID number %1 is already on record</source>
        <translation>已有公民身份号码为 %1 的党员记录</translation>
    </message>
    <message>
        <source>the organisation chosen lies outside your area</source>
        <translation>所选党组织不在您的管辖范围内</translation>
    </message>
    <message>
        <source>the member no longer exists</source>
        <translation>该党员已不存在</translation>
    </message>
    <message>
        <source>another member already has the ID number %1</source>
        <translation>另一名党员已使用公民身份号码 %1</translation>
    </message>
    <message>
        <source>the destination organisation no longer exists</source>
        <translation>目标党组织已不存在</translation>
    </message>
    <message>
        <source>a selected member lies outside your area; nothing was moved</source>
        <translation>所选党员中有人不在您的管辖范围内，未调整任何党员</translation>
    </message>
    <message>
        <source>a selected member no longer exists; nothing was moved</source>
        <translation>所选党员中有人已不存在，未调整任何党员</translation>
    </message>
    <message>
        <source>the ID number %1 cannot be added in your area; your street office can say why</source>
        <translation>身份证号 %1 不能在您的管辖范围内添加；原因请咨询街道</translation>
    </message>
</context>
<context>
    <name>MemberEvents</name>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the member no longer exists</source>
        <translation>该党员已不存在</translation>
    </message>
    <message>
        <source>the destination organisation is missing</source>
        <translation>缺少转往的党组织</translation>
    </message>
    <message>
        <source>a transfer letter is valid for at most %1 months from its date</source>
        <translation>介绍信有效期自开具之日起最长 %1 个月</translation>
    </message>
    <message>
        <source>the receiving organisation does not exist</source>
        <translation>接收的党组织不存在</translation>
    </message>
    <message>
        <source>the date is missing or in the future</source>
        <translation>日期缺失或晚于今天</translation>
    </message>
    <message>
        <source>only a suspended member&apos;s standing can be restored</source>
        <translation>只有停止党籍的党员才能恢复党籍</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the categories of leaving the Party</source>
        <translation>“%1”不是出党方式之一</translation>
    </message>
    <message>
        <source>the member is no longer on the active roster</source>
        <translation>该党员已不在册</translation>
    </message>
    <message>
        <source>a deceased member cannot be transferred in</source>
        <translation>已去世的党员不能转入</translation>
    </message>
</context>
<context>
    <name>MemberExporter</name>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>导出已取消，未写入文件</translation>
    </message>
    <message>
        <source>%1. An export with full ID numbers is entered in the audit log first, so it cannot be made now: export masked, or restore the newest good backup</source>
        <translation>%1。含完整身份证号的导出须先记入审计日志，因此现在无法导出：请以脱敏方式导出，或恢复最新的完好备份</translation>
    </message>
</context>
<context>
    <name>MemberFormDocument</name>
    <message>
        <source>the database could not be read: %1; no file was written</source>
        <translation>无法读取数据库：%1；未写入文件</translation>
    </message>
    <message>
        <source>the member no longer exists; nothing was printed</source>
        <translation>该党员已不存在，未打印任何内容</translation>
    </message>
    <message>
        <source>no member of %1 matches; nothing was printed</source>
        <translation>%1 中没有符合条件的党员，未打印任何内容</translation>
    </message>
    <message>
        <source>printing was cancelled; no file was written</source>
        <translation>打印已取消，未写入文件</translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>no header row with the columns 姓名 and 公民身份证号 in the first %1 rows; is this a party-member roster?</source>
        <translation>前 %1 行中没有含“姓名”和“公民身份证号”列的表头行；这是党员花名册吗？</translation>
    </message>
    <message>
        <source>the ID number repeats row %1</source>
        <translation>公民身份号码与第 %1 行重复</translation>
    </message>
    <message>
        <source>the columns 姓名 and 公民身份证号 are needed to import members</source>
        <translation>导入党员需要“姓名”和“公民身份证号”两列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>导入已取消，未写入任何数据</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <source>fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 调整到 %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>转往 %1</translation>
    </message>
    <message>
        <source>letter valid until %1</source>
        <translation>介绍信有效期至 %1</translation>
    </message>
    <message>
        <source>dues paid to %1</source>
        <translation>党费交至 %1</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>转入 %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MemberRowReader</name>
    <message>
        <source>所在党支部 is empty and no organisation was chosen for the import</source>
        <translation>所在党支部为空，且导入时未指定党组织</translation>
    </message>
    <message>
        <source>所在党支部 &quot;%1&quot;: %2</source>
        <translation>所在党支部“%1”：%2</translation>
    </message>
    <message>
        <source>公民身份证号 is empty</source>
        <translation>公民身份证号为空</translation>
    </message>
    <message>
        <source>公民身份证号: %1</source>
        <translation>公民身份证号：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>是否为失联党员 is 是 but 失去联系日期 is empty</source>
        <translation>是否为失联党员为“是”，但失去联系日期为空</translation>
    </message>
    <message>
        <source>延长预备期月数: &quot;%1&quot; is not a number of months</source>
        <translation>延长预备期月数：“%1”不是月数</translation>
    </message>
    <message>
        <source>%1: no community or village is called &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的社区或村</translation>
    </message>
    <message>
        <source>%1: several communities are called &quot;%2&quot;; give the code</source>
        <translation>%1：有多个名为“%2”的社区；请填写代码</translation>
    </message>
    <message>
        <source>所在党支部 &quot;%1&quot; lies outside your area</source>
        <translation>所在党支部“%1”不在您的管辖范围内</translation>
    </message>
    <message>
        <source>所在党支部 &quot;%1&quot; does not exist and could not be created: %2</source>
        <translation>所在党支部“%1”不存在，且无法建立：%2</translation>
    </message>
    <message>
        <source>the value on record was kept</source>
        <translation>保留了原有记录中的值</translation>
    </message>
    <message>
        <source>the item was left empty</source>
        <translation>该项留空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the name of several codes (%3); %4</source>
        <translation>%1：“%2”对应多个代码（%3）；%4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a value of the code table; %3</source>
        <translation>%1：“%2”不是代码表中的值；%3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be 是 or 否; %3</source>
        <translation>%1：“%2”应为“是”或“否”；%3</translation>
    </message>
    <message>
        <source>the sex was taken from the ID number</source>
        <translation>性别按身份证号确定</translation>
    </message>
    <message>
        <source>the category was taken from the dates of joining and conversion</source>
        <translation>人员类别按入党和转正日期确定</translation>
    </message>
    <message>
        <source>the standing was taken as 正常</source>
        <translation>党籍状态按“正常”处理</translation>
    </message>
    <message>
        <source>公民身份证号: this ID number cannot be added in your area; your street office can say why</source>
        <translation>公民身份证号：此身份证号不能在您的管辖范围内添加；原因请咨询街道</translation>
    </message>
    <message>
        <source>姓名: invisible characters (zero-width spaces, direction marks) were removed</source>
        <translation>姓名：已删除不可见字符（零宽空格、文字方向标记）</translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>the party branch is missing</source>
        <translation>缺少所在党支部</translation>
    </message>
    <message>
        <source>the ID number is empty</source>
        <translation>公民身份号码为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex code</source>
        <translation>“%1”不是性别代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group code of GB/T 3304</source>
        <translation>“%1”不是 GB/T 3304 民族代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an education code of GB/T 4658</source>
        <translation>“%1”不是 GB/T 4658 学历代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job post code</source>
        <translation>“%1”不是工作岗位代码</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the category must be full or probationary member</source>
        <translation>人员类别须为正式党员或预备党员</translation>
    </message>
    <message>
        <source>the date of joining is missing</source>
        <translation>缺少入党日期</translation>
    </message>
    <message>
        <source>the date of joining %1 is in the future</source>
        <translation>入党日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>joined on %1, before the 18th birthday (%2)</source>
        <translation>%1 入党，早于年满 18 周岁之日（%2）</translation>
    </message>
    <message>
        <source>a probation can be extended by %1 to %2 months, not %3</source>
        <translation>预备期可延长 %1 至 %2 个月，不能为 %3 个月</translation>
    </message>
    <message>
        <source>a probationary member has no conversion date yet</source>
        <translation>预备党员尚无转正日期</translation>
    </message>
    <message>
        <source>the probation ended on %1: convert the member or extend the probation</source>
        <translation>预备期已于 %1 届满：请办理转正或延长预备期</translation>
    </message>
    <message>
        <source>the date of conversion to full membership is missing</source>
        <translation>缺少转正日期</translation>
    </message>
    <message>
        <source>converted on %1, less than one year after joining (%2)</source>
        <translation>%1 转正，距入党（%2）不满一年</translation>
    </message>
    <message>
        <source>the conversion date %1 is in the future</source>
        <translation>转正日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>converted on %1, but one year after joining is %2; was the probation extended?</source>
        <translation>%1 转正，但入党满一年应为 %2；是否延长了预备期？</translation>
    </message>
    <message>
        <source>converted on %1, but the extended probation ended on %2</source>
        <translation>%1 转正，但延长后的预备期于 %2 届满</translation>
    </message>
    <message>
        <source>the standing must be normal or suspended</source>
        <translation>党籍状态须为正常或停止党籍</translation>
    </message>
    <message>
        <source>the date contact was lost is in the future</source>
        <translation>失去联系日期晚于今天</translation>
    </message>
    <message>
        <source>contact was lost before the member joined</source>
        <translation>失去联系日期早于入党日期</translation>
    </message>
    <message>
        <source>a mobile member&apos;s destination is missing</source>
        <translation>缺少流动党员的外出流向</translation>
    </message>
    <message>
        <source>the dual registration date is in the future</source>
        <translation>双报到日期晚于今天</translation>
    </message>
    <message>
        <source>the name holds invisible characters (zero-width spaces, direction marks): they are removed</source>
        <translation>姓名中含有不可见字符（零宽空格、文字方向标记），保存时将删除</translation>
    </message>
</context>
<context>
    <name>MemberWords</name>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Left the Party</source>
        <translation>已出党</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>调整组织</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Membership suspended</source>
        <translation>停止党籍</translation>
    </message>
    <message>
        <source>Membership restored</source>
        <translation>恢复党籍</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份证号</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>probation extended (months)</source>
        <translation>延长预备期（月）</translation>
    </message>
    <message>
        <source>job</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>居住楼栋</translation>
    </message>
    <message>
        <source>native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>status</source>
        <translation>在册状态</translation>
    </message>
    <message>
        <source>lost contact on</source>
        <translation>失去联系日期</translation>
    </message>
    <message>
        <source>how contact was lost</source>
        <translation>失去联系情形</translation>
    </message>
    <message>
        <source>mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>where the mobile member went</source>
        <translation>外出流向</translation>
    </message>
    <message>
        <source>dual-registered in the community</source>
        <translation>双报到社区</translation>
    </message>
    <message>
        <source>transferred to</source>
        <translation>转往</translation>
    </message>
    <message>
        <source>letter valid until</source>
        <translation>介绍信有效期至</translation>
    </message>
    <message>
        <source>dues paid up to</source>
        <translation>党费交至</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原</translation>
    </message>
    <message>
        <source>to</source>
        <translation>新</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (every member of an organisation)</source>
        <translation>%1（整个组织全部党员）</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>List party members, searched and sorted as in the roster (ID numbers and phones masked).</source>
        <translation>按花名册的方式查找、排序并列出党员（公民身份号码和电话脱敏）。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--sort takes pinyin or stroke</source>
        <translation>--sort 须为 pinyin 或 stroke</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit 需要一个数字</translation>
    </message>
    <message>
        <source>%1 of %2 member(s)</source>
        <translation>共 %2 名党员，显示 %1 名</translation>
    </message>
    <message>
        <source>Name, full pinyin or initials, ID number or phone (full or last 4).</source>
        <translation>姓名、全拼或首字母、公民身份号码或电话（完整号码或后 4 位）。</translation>
    </message>
    <message>
        <source>Only this organisation and those below it.</source>
        <translation>仅限此党组织及其下级党组织。</translation>
    </message>
    <message>
        <source>Order: pinyin (default) or stroke (surname stroke order).</source>
        <translation>排序：pinyin（拼音，默认）或 stroke（姓氏笔画）。</translation>
    </message>
    <message>
        <source>At most N members (default 50; 0 = all).</source>
        <translation>最多 N 名党员（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>Print the members as JSON.</source>
        <translation>以 JSON 格式输出党员。</translation>
    </message>
</context>
<context>
    <name>NameReadings</name>
    <message>
        <source>the text to read is empty</source>
        <translation>要注音的文字为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may contain Chinese characters only</source>
        <translation>“%1”只能包含汉字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a surname: a surname has at most %2 characters</source>
        <translation>“%1”不是姓氏：姓氏最多 %2 个字</translation>
    </message>
    <message>
        <source>no reading is given for &quot;%1&quot;</source>
        <translation>未给出“%1”的读音</translation>
    </message>
    <message>
        <source>the reading &quot;%1&quot; is not pinyin: write it in Latin letters, one syllable per character, separated by spaces</source>
        <translation>读音“%1”不是拼音：请用拉丁字母书写，每字一个音节，以空格分隔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters, but the reading &quot;%3&quot; has %4 syllables</source>
        <translation>“%1”有 %2 个字，但读音“%3”有 %4 个音节</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the reading &quot;%2&quot; is not a pinyin syllable</source>
        <translation>读音“%2”中的“%1”不是拼音音节</translation>
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
    <message>
        <source>node</source>
        <translation>层级节点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OrgChecks</name>
    <message>
        <source>%1 has %2 full member(s); a branch needs at least %3 (or join a joint branch)</source>
        <translation>%1有 %2 名正式党员；党支部至少需要 %3 名正式党员（不足时应成立联合党支部）</translation>
    </message>
    <message>
        <source>%1 has %2 members; a branch should generally have no more than %3</source>
        <translation>%1有 %2 名党员；党支部党员人数一般不超过 %3 名</translation>
    </message>
    <message>
        <source>%1 has %2 full members but no branch committee; %3 or more require one</source>
        <translation>%1有 %2 名正式党员，但未设支部委员会；正式党员 %3 名以上的党支部应设立支部委员会</translation>
    </message>
    <message>
        <source>the term of %1 ended on %2: the election is overdue</source>
        <translation>%1的任期已于 %2 届满：换届已逾期</translation>
    </message>
    <message>
        <source>the term of %1 ends on %2, within %3 months: submit the election request now</source>
        <translation>%1的任期将于 %2 届满（%3 个月内）：请及时提出换届请示</translation>
    </message>
    <message>
        <source>the term of %1 ends on %2, within %3 months</source>
        <translation>%1的任期将于 %2 届满（%3 个月内）</translation>
    </message>
    <message>
        <source>grid %1 (%2) has no party branch or group covering it</source>
        <translation>网格 %1（%2）没有党支部或党小组覆盖</translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message>
        <source>the full name is empty</source>
        <translation>全称为空</translation>
    </message>
    <message>
        <source>the term ends (%1) before it starts (%2)</source>
        <translation>任期结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>the founding date %1 is in the future</source>
        <translation>成立日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>a party group belongs inside a branch</source>
        <translation>党小组应设在党支部内</translation>
    </message>
    <message>
        <source>the parent organisation no longer exists</source>
        <translation>上级党组织已不存在</translation>
    </message>
    <message>
        <source>a %1 cannot be set up inside a %2</source>
        <translation>%2内不能设立%1</translation>
    </message>
    <message>
        <source>a covered area no longer exists in the hierarchy</source>
        <translation>覆盖的某个区域已不在层级中</translation>
    </message>
    <message>
        <source>the code %1 is already taken</source>
        <translation>代码 %1 已被占用</translation>
    </message>
    <message>
        <source>the organisation no longer exists</source>
        <translation>该党组织已不存在</translation>
    </message>
    <message>
        <source>a %1 cannot hold its %2 &quot;%3&quot;</source>
        <translation>%1不能包含其下的%2“%3”</translation>
    </message>
    <message>
        <source>an organisation cannot move inside itself</source>
        <translation>党组织不能移到其自身之下</translation>
    </message>
    <message>
        <source>%1 still has %2 organisation(s) below it; move or remove them first</source>
        <translation>%1下还有 %2 个党组织；请先移走或删除它们</translation>
    </message>
    <message>
        <source>%1 still holds %2 member record(s); move them to another organisation first</source>
        <translation>%1还有 %2 条党员记录；请先将其调整到其他党组织</translation>
    </message>
    <message>
        <source>only an administrator of the whole database may place a top-level organisation</source>
        <translation>只有管辖整个数据库的管理员才能设立无上级的党组织</translation>
    </message>
</context>
<context>
    <name>OrgLabels</name>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>Party working committee</source>
        <translation>党工委</translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Joint party branch</source>
        <translation>联合党支部</translation>
    </message>
    <message>
        <source>Functional party branch</source>
        <translation>功能型党支部</translation>
    </message>
    <message>
        <source>Temporary party branch</source>
        <translation>临时党支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>higher organisation</source>
        <translation>上级党组织</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>no party organisation has the name or code &quot;%1&quot;</source>
        <translation>没有名称或代码为“%1”的党组织</translation>
    </message>
    <message>
        <source>several party organisations are called &quot;%1&quot;; give the code instead: %2</source>
        <translation>有多个党组织名为“%1”；请改用代码：%2</translation>
    </message>
</context>
<context>
    <name>OrganisationSources</name>
    <message>
        <source>grids covered by a party organisation</source>
        <translation>网格（有党组织覆盖即达标）</translation>
    </message>
    <message>
        <source>branches meeting the rules on their size and committee</source>
        <translation>党支部（党员人数与支委会设置符合规定即达标）</translation>
    </message>
    <message>
        <source>organisations whose term has not ended</source>
        <translation>有任期的党组织（任期未届满即达标）</translation>
    </message>
</context>
<context>
    <name>OrgsCommand</name>
    <message>
        <source>List, add, edit, move and delete party organisations.</source>
        <translation>列出、添加、编辑、移动和删除党组织。</translation>
    </message>
    <message>
        <source>list, add, edit, move or delete.</source>
        <translation>list、add、edit、move 或 delete。</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>The organisation, by name or code (edit, move, delete; list: only the organisations below it).</source>
        <translation>党组织的名称或编码（edit、move、delete；list：只列出其下的党组织）。</translation>
    </message>
    <message>
        <source>orgs needs an action: %1</source>
        <translation>orgs 需要一个操作：%1</translation>
    </message>
    <message>
        <source>&apos;orgs %1&apos; takes %2 argument(s), got %3; see redgrid-cli orgs --help</source>
        <translation>“orgs %1”需要 %2 个参数，实际为 %3 个；参见 redgrid-cli orgs --help</translation>
    </message>
    <message>
        <source>&apos;orgs move&apos; needs either --parent NAME_OR_CODE or --top</source>
        <translation>“orgs move”需要 --parent 名称或编码，或者 --top</translation>
    </message>
    <message>
        <source>&apos;orgs add&apos; needs --name</source>
        <translation>“orgs add”需要 --name</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n 个党组织</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: %2 has no member &quot;%3&quot;</source>
        <translation>--%1：%2 没有党员“%3”</translation>
    </message>
    <message>
        <source>--%1: %2 has several members called &quot;%3&quot;; give the ID number</source>
        <translation>--%1：%2 有多名党员叫“%3”；请给出身份证号</translation>
    </message>
    <message>
        <source>--kind %1: not a kind of organisation; see redgrid-cli orgs --help</source>
        <translation>--kind %1：不是党组织类型；参见 redgrid-cli orgs --help</translation>
    </message>
    <message>
        <source>--%1 %2: not a value of %3; its values are: %4</source>
        <translation>--%1 %2：不是%3的取值；可用的值为：%4</translation>
    </message>
    <message>
        <source>--%1 %2: not a date; write yyyy-MM-dd</source>
        <translation>--%1 %2：不是日期；请写成 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>--committee takes yes or no</source>
        <translation>--committee 只能是 yes 或 no</translation>
    </message>
    <message>
        <source>--sort-order needs a number</source>
        <translation>--sort-order 需要一个数字</translation>
    </message>
    <message>
        <source>--covers: no hierarchy node has the code %1</source>
        <translation>--covers：层级中没有编码为 %1 的节点</translation>
    </message>
    <message>
        <source>--parent: %1</source>
        <translation>--parent：%1</translation>
    </message>
    <message>
        <source>a new organisation has no members yet: give --secretary and --contact with &apos;orgs edit&apos;</source>
        <translation>新党组织还没有党员：请用“orgs edit”指定 --secretary 和 --contact</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3) below %4.</source>
        <translation>已在%4下添加 %1 %2（%3）。</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3) at the top.</source>
        <translation>已添加顶层党组织 %1 %2（%3）。</translation>
    </message>
    <message>
        <source>&apos;orgs edit&apos; keeps the organisation where it is; use &apos;orgs move&apos; to move it</source>
        <translation>“orgs edit”不改变党组织的位置；移动请用“orgs move”</translation>
    </message>
    <message>
        <source>Saved %1 %2.</source>
        <translation>已保存 %1 %2。</translation>
    </message>
    <message>
        <source>Moved %1 %2 to the top.</source>
        <translation>已将 %1 %2 移到顶层。</translation>
    </message>
    <message>
        <source>Moved %1 %2 below %3.</source>
        <translation>已将 %1 %2 移到%3下。</translation>
    </message>
    <message>
        <source>Deleted %1 %2.</source>
        <translation>已删除 %1 %2。</translation>
    </message>
    <message>
        <source>Print the organisations (list) or the result as JSON.</source>
        <translation>以 JSON 格式输出党组织（list）或结果。</translation>
    </message>
    <message>
        <source>The organisation above (add, move): its name or code. add without it sets up a top-level organisation.</source>
        <translation>上级党组织（add、move）：名称或编码。add 不指定时建立顶层党组织。</translation>
    </message>
    <message>
        <source>NAME_OR_CODE</source>
        <translation>名称或编码</translation>
    </message>
    <message>
        <source>move: make it a top-level organisation.</source>
        <translation>move：改为顶层党组织。</translation>
    </message>
    <message>
        <source>committee, working_committee, general_branch, branch, joint_branch, functional_branch, temporary_branch or group (or 党委, 党工委, 党总支, 党支部, 联合党支部, 功能型党支部, 临时党支部, 党小组).</source>
        <translation>committee、working_committee、general_branch、branch、joint_branch、functional_branch、temporary_branch 或 group（也可写 党委、党工委、党总支、党支部、联合党支部、功能型党支部、临时党支部、党小组）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The full name, as on the seal.</source>
        <translation>全称，与印章一致。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The short name.</source>
        <translation>简称。</translation>
    </message>
    <message>
        <source>The code (add: default the next free one below the parent).</source>
        <translation>编码（add：默认为上级下一个未用的编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>组织类别 ①-⑨: its code or label.</source>
        <translation>组织类别 ①-⑨：代码或名称。</translation>
    </message>
    <message>
        <source>所在单位情况: its code or label.</source>
        <translation>所在单位情况：代码或名称。</translation>
    </message>
    <message>
        <source>The founding date, yyyy-MM-dd.</source>
        <translation>成立日期，yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The secretary: a member of the organisation, by full ID number or name (edit; empty: none).</source>
        <translation>书记：本组织的党员，按完整身份证号或姓名（edit；留空：无）。</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>The contact person: a member of the organisation, by full ID number or name (edit; empty: none).</source>
        <translation>联系人：本组织的党员，按完整身份证号或姓名（edit；留空：无）。</translation>
    </message>
    <message>
        <source>The contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The current term&apos;s start, yyyy-MM-dd.</source>
        <translation>本届任期开始日期，yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>The current term&apos;s end, yyyy-MM-dd.</source>
        <translation>本届任期结束日期，yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>Whether a branch committee (支部委员会) is set up: yes or no.</source>
        <translation>是否设立支部委员会：yes 或 no。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The hierarchy nodes it covers: codes of communities, grids or buildings, separated by commas (empty: none).</source>
        <translation>覆盖的层级节点：社区、网格或楼栋的编码，用逗号分隔（留空：无）。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The place among its siblings.</source>
        <translation>在同级中的排序。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Remarks.</source>
        <translation>备注。</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>no output file was named</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>this is the file being read (%1); writing here would replace it: choose another file</source>
        <translation>这是正在读取的文件（%1），写到这里会覆盖它：请另选文件</translation>
    </message>
    <message>
        <source>this is the open database; writing here would destroy it: choose another file</source>
        <translation>这是当前打开的数据库，写到这里会毁掉它：请另选文件</translation>
    </message>
    <message>
        <source>this is a journal file of the open database (%1); writing here would damage the database: choose another file</source>
        <translation>这是当前打开的数据库（%1）的日志文件，写到这里会损坏数据库：请另选文件</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>the pages could not be started</source>
        <translation>无法开始绘制页面</translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>printing was cancelled; no file was written</source>
        <translation>打印已取消，未写入文件</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the password must mix at least %1 of: lower-case letters, capitals, digits, other characters</source>
        <translation>密码须至少包含小写字母、大写字母、数字、其他字符中的 %1 种</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF file cannot be written: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>the PDF was not started</source>
        <translation>尚未开始生成 PDF</translation>
    </message>
    <message>
        <source>the PDF file could not be written: %1</source>
        <translation>未能写入 PDF 文件：%1</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>%1 is not a period: write a quarter as 2026Q3 or a year as 2026</source>
        <translation>%1不是考核期：季度写作2026Q3，年度写作2026</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 lies in the future: it begins on %2</source>
        <translation>%1尚未开始：自%2起</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>the phone number is empty</source>
        <translation>电话号码为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than one phone number; enter one number per field</source>
        <translation>“%1”含有多个电话号码；每栏只填一个号码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland China mobile number (11 digits, 13–19…) or landline number with area code (such as 023-67891234)</source>
        <translation>“%1”既不是中国大陆手机号码（11 位，以 13–19 开头），也不是带区号的固定电话号码（如 023-67891234）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland China number (+86)</source>
        <translation>“%1”不是中国大陆号码（+86）</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits; &quot;%1&quot; has %2</source>
        <translation>手机号码为 11 位；“%1”有 %2 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number: mobile numbers begin with 13 to 19</source>
        <translation>“%1”不是手机号码：手机号码以 13 至 19 开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a mobile number has no extension</source>
        <translation>“%1”：手机号码没有分机号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not begin with a mainland China area code (010, 02x or 0xxx)</source>
        <translation>“%1”不是以中国大陆长途区号（010、02x 或 0xxx）开头</translation>
    </message>
    <message>
        <source>after the area code %1, a landline number has 7 or 8 digits not beginning with 0 or 1; &quot;%2&quot; has &quot;%3&quot;</source>
        <translation>区号 %1 之后的固定电话号码应为 7 或 8 位，且不以 0 或 1 开头；“%2”中为“%3”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an extension has 1 to 6 digits</source>
        <translation>“%1”：分机号应为 1 至 6 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no area code; write it with the area code, such as 023-67891234</source>
        <translation>“%1”没有区号；请加上区号，如 023-67891234</translation>
    </message>
</context>
<context>
    <name>PrintMembersCommand</name>
    <message>
        <source>Print the member forms or the roster table to a PDF file, as the GUI prints them.</source>
        <translation>将党员基本信息采集表或花名册汇总表打印为 PDF 文件，与图形界面打印的一致。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--form and --table cannot be given together</source>
        <translation>--form 与 --table 不能同时指定</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>须指定 --out FILE.pdf</translation>
    </message>
    <message>
        <source>%1: the roster table of %2 member(s) printed</source>
        <translation>%1：已打印 %2 名党员的汇总表</translation>
    </message>
    <message>
        <source>%1: the forms of %2 member(s) printed</source>
        <translation>%1：已打印 %2 名党员的采集表</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Only this organisation and those below it.</source>
        <translation>仅限此党组织及其下级党组织。</translation>
    </message>
    <message>
        <source>The 党员基本信息采集表 of each member, one a page (the default).</source>
        <translation>每名党员一页党员基本信息采集表（默认）。</translation>
    </message>
    <message>
        <source>The roster table (党员基本信息汇总表).</source>
        <translation>花名册汇总表（党员基本信息汇总表）。</translation>
    </message>
    <message>
        <source>Print ID numbers and phones in full (they are masked by default).</source>
        <translation>完整打印公民身份号码和电话（默认部分隐藏）。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>以 JSON 格式输出汇总。</translation>
    </message>
</context>
<context>
    <name>PrintTestPageCommand</name>
    <message>
        <source>Print the document engine&apos;s test page (text, a table across pages, a chart) to a PDF file.</source>
        <translation>将文档引擎测试页（文字、跨页表格、图表）打印为 PDF 文件。</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>须指定 --out FILE.pdf</translation>
    </message>
    <message>
        <source>%1: the test page printed</source>
        <translation>%1：测试页已打印</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
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
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
</context>
<context>
    <name>Quorum</name>
    <message>
        <source>nobody should attend: the meeting cannot be held</source>
        <translation>无应到会人员，会议不能进行</translation>
    </message>
    <message>
        <source>%1 should attend, %2 attended: more than half (%3 exempt or away not counted)</source>
        <translation>应到 %1 人，实到 %2 人，超过半数（%3 人免于参加或流动在外，不计入应到）</translation>
    </message>
    <message>
        <source>%1 should attend, %2 attended: more than half</source>
        <translation>应到 %1 人，实到 %2 人，超过半数</translation>
    </message>
    <message>
        <source>%1 should attend, %2 attended: not more than half, %3 needed (%4 exempt or away not counted)</source>
        <translation>应到 %1 人，实到 %2 人，未超过半数，需 %3 人（%4 人免于参加或流动在外，不计入应到）</translation>
    </message>
    <message>
        <source>%1 should attend, %2 attended: not more than half, %3 needed</source>
        <translation>应到 %1 人，实到 %2 人，未超过半数，需 %3 人</translation>
    </message>
    <message>
        <source>%1 in favour, more than half of the %2 with a vote who should attend: passed</source>
        <translation>赞成 %1 人，超过应到会有表决权的 %2 人的半数，通过</translation>
    </message>
    <message>
        <source>%1 in favour, not more than half of the %2 with a vote who should attend (%3 needed): not passed</source>
        <translation>赞成 %1 人，未超过应到会有表决权的 %2 人的半数（需 %3 人），未通过</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>%1 is for at most %2 % of the %3 ranked together (%4); ranked %5 with %6, given %7</source>
        <translation>%1最多占同批排名的%3个对象的%2%（%4个）；排名第%5、得分%6，评为%7</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDocument</name>
    <message>
        <source>RedGrid recovery key</source>
        <translation>红网格恢复密钥</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>When every administrator&apos;s password is lost, choose &quot;Forgot password&quot; when signing in and enter this key. Keep this page locked away, apart from the computer the database is on.</source>
        <translation>所有管理员的密码都遗失时，请在登录时选择“忘记密码”并输入此密钥。请将本页锁好保管，不要与数据库所在的计算机放在一起。</translation>
    </message>
    <message>
        <source>Kept by (signature):</source>
        <translation>保管人签字：</translation>
    </message>
    <message>
        <source>Kept where:</source>
        <translation>存放地点：</translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>not a folder: a batch of reports goes into a folder</source>
        <translation>不是文件夹：批量报告须输出到文件夹</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>The database has no district yet</source>
        <translation>数据库中还没有区县</translation>
    </message>
    <message>
        <source>The quarterly report is for a quarter, not for %1</source>
        <translation>季度考核报告按季度出具，不能用于%1</translation>
    </message>
    <message>
        <source>The unit to report on no longer exists</source>
        <translation>要出具报告的单位已不存在</translation>
    </message>
    <message>
        <source>%1 is a grid or a building: reports are for a community, a street or the district</source>
        <translation>%1是网格或楼栋：报告只针对社区、街道或区县</translation>
    </message>
    <message>
        <source>No sheet of %1 for %2 has been saved yet</source>
        <translation>%1在%2还没有保存的考核评分表</translation>
    </message>
    <message>
        <source>No district, street, community or party organisation has the code %1</source>
        <translation>没有代码为%1的区县、街道、社区或党组织</translation>
    </message>
    <message>
        <source>The year %1 has not begun</source>
        <translation>%1年尚未开始</translation>
    </message>
    <message>
        <source>No assessment template for this kind of target is stored</source>
        <translation>没有适用于此类考核对象的考核模板</translation>
    </message>
    <message>
        <source>No quarter of %1 has a reviewed sheet in %2</source>
        <translation>%2在%1年没有已审核的季度评分表</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the quarterly assessment report (PDF or XLSX) of a community, a street or the district.</source>
        <translation>输出社区、街道或区县的季度考核报告（PDF或XLSX）。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>--format is pdf or xlsx</source>
        <translation>--format 只能是 pdf 或 xlsx</translation>
    </message>
    <message>
        <source>report needs --out FILE (or a folder for every community&apos;s report)</source>
        <translation>report 需要 --out 文件（或文件夹，输出每个社区的报告）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n target(s) in the report</source>
        <translation>
            <numerusform>%1，%2：报告含%n个考核对象</numerusform>
        </translation>
    </message>
    <message>
        <source>The quarter, e.g. 2026Q3.</source>
        <translation>季度，例如 2026Q3。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>A district, street or community code (default: the account&apos;s area).</source>
        <translation>区县、街道或社区代码（默认：账号的管辖范围）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>pdf (default) or xlsx.</source>
        <translation>pdf（默认）或 xlsx。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write; a folder writes the batch: every community&apos;s PDF, the summary PDF and XLSX.</source>
        <translation>要写入的文件；若为文件夹则批量输出：每个社区的PDF、汇总PDF和XLSX。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Print every target&apos;s total, grade, stars, rank and lost points per block as JSON.</source>
        <translation>以JSON输出每个考核对象的总分、等次、星级、排名和各板块失分。</translation>
    </message>
    <message>
        <source>The report is a quarter&apos;s, e.g. %1Q4; a year&apos;s scores: scores --period %1</source>
        <translation>报告按季度出具，例如 %1Q4；全年得分请用 scores --period %1</translation>
    </message>
</context>
<context>
    <name>ReportWorkbook</name>
    <message>
        <source>cannot start a workbook: out of memory</source>
        <translation>无法创建工作簿：内存不足</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>a cell could not be written</source>
        <translation>有单元格无法写入</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>not a RedGrid database or backup</source>
        <translation>不是红网格数据库或备份</translation>
    </message>
    <message>
        <source>the backup is damaged and was not restored: %1</source>
        <translation>备份已损坏，未恢复：%1</translation>
    </message>
    <message>
        <source>restoring replaces the whole database: an administrator of the backup must sign in</source>
        <translation>恢复将替换整个数据库：须由该备份的管理员登录</translation>
    </message>
    <message>
        <source>the backup&apos;s audit log is broken; it was not restored: %1</source>
        <translation>备份的审计日志已被破坏，未恢复：%1</translation>
    </message>
    <message>
        <source>this is a backup of another database, not of %1; it was not restored</source>
        <translation>这是另一个数据库的备份，不是 %1 的备份；未恢复</translation>
    </message>
    <message>
        <source>the backup could not be read: %1</source>
        <translation>无法读取备份：%1</translation>
    </message>
    <message>
        <source>the backup could not be put in place</source>
        <translation>无法将备份放回原位</translation>
    </message>
    <message>
        <source>the backup is in place, but the file it replaced could not be kept as %1; it is at %2</source>
        <translation>备份已放回，但被替换的文件无法保留为 %1；它位于 %2</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a database from a backup, keeping the current file aside.</source>
        <translation>从备份恢复数据库，当前文件另行保留。</translation>
    </message>
    <message>
        <source>The backup file (see `backups`).</source>
        <translation>备份文件（见 `backups`）。</translation>
    </message>
    <message>
        <source>The database to replace (kept aside under a dated name), or to create.</source>
        <translation>要替换的数据库（以带日期的文件名另行保留），或要创建的数据库。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>被替换的文件保留为 %1。</translation>
    </message>
    <message>
        <source>Print what was done as JSON.</source>
        <translation>以 JSON 格式输出所做的操作。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>District administrator</source>
        <translation>区级管理员</translation>
    </message>
    <message>
        <source>Street administrator</source>
        <translation>街道管理员</translation>
    </message>
    <message>
        <source>Community secretary</source>
        <translation>社区书记</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>read the hierarchy</source>
        <translation>查看层级</translation>
    </message>
    <message>
        <source>change the hierarchy</source>
        <translation>修改层级</translation>
    </message>
    <message>
        <source>read party organisations</source>
        <translation>查看党组织</translation>
    </message>
    <message>
        <source>change party organisations</source>
        <translation>修改党组织</translation>
    </message>
    <message>
        <source>read the member roster</source>
        <translation>查看党员花名册</translation>
    </message>
    <message>
        <source>change the member roster</source>
        <translation>修改党员花名册</translation>
    </message>
    <message>
        <source>import members</source>
        <translation>导入党员</translation>
    </message>
    <message>
        <source>export members</source>
        <translation>导出党员</translation>
    </message>
    <message>
        <source>see full ID numbers and phones</source>
        <translation>查看完整的公民身份号码和电话</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>area</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>first administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <source>read assessment scores</source>
        <translation>查看考核评分</translation>
    </message>
    <message>
        <source>score assessment sheets</source>
        <translation>考核评分</translation>
    </message>
    <message>
        <source>manage assessment templates</source>
        <translation>管理考核模板</translation>
    </message>
    <message>
        <source>import assessment templates</source>
        <translation>导入考核模板</translation>
    </message>
    <message>
        <source>read meetings and their ledgers</source>
        <translation>查看会议及台账</translation>
    </message>
    <message>
        <source>record meetings</source>
        <translation>记录会议</translation>
    </message>
</context>
<context>
    <name>RosterBenchCommand</name>
    <message>
        <source>Benchmark the roster: a 1,000,000-row import beside sqlite3&apos;s .import, and search as you type.</source>
        <translation>花名册基准测试：100 万行导入（与 sqlite3 的 .import 对比），以及边输入边搜索。</translation>
    </message>
    <message>
        <source>--rows needs a positive number</source>
        <translation>--rows 须为正整数</translation>
    </message>
    <message>
        <source>Roster: %1 rows in the 汇总表 layout, %2 MiB of CSV (generated in %3 s)</source>
        <translation>花名册：汇总表格式 %1 行，CSV %2 MiB（生成用时 %3 秒）</translation>
    </message>
    <message>
        <source>  sqlite3 .import (plain table, unique ID index)  %1 s, %2 rows/s</source>
        <translation>  sqlite3 .import（普通表，身份号码唯一索引）    %1 秒，%2 行/秒</translation>
    </message>
    <message>
        <source>  RedGrid import with full validation             %1 s, %2 rows/s (%3 inserted, %4 rejected)</source>
        <translation>  红网格导入（完整校验）                         %1 秒，%2 行/秒（插入 %3，拒绝 %4）</translation>
    </message>
    <message>
        <source>  throughput ratio                                %1 (target &gt;= 0.5)</source>
        <translation>  吞吐量比值                                     %1（目标 &gt;= 0.5）</translation>
    </message>
    <message>
        <source>  search as you type: %1 keystrokes, median %2 ms, 95th percentile %3 ms (targets &lt; 20, &lt; 50)</source>
        <translation>  边输入边搜索：%1 次按键，中位数 %2 ms，第 95 百分位 %3 ms（目标 &lt; 20、&lt; 50）</translation>
    </message>
    <message>
        <source>  slowest keystrokes: %1</source>
        <translation>  最慢的按键：%1</translation>
    </message>
    <message>
        <source>  peak memory of this process                     %1 MiB</source>
        <translation>  本进程内存峰值                                 %1 MiB</translation>
    </message>
    <message>
        <source>  kept %1</source>
        <translation>  已保留 %1</translation>
    </message>
    <message>
        <source>Rows of the generated roster (default 1000000).</source>
        <translation>生成的花名册行数（默认 1000000）。</translation>
    </message>
    <message>
        <source>Folder for the files (default: a temporary one).</source>
        <translation>文件所在文件夹（默认使用临时文件夹）。</translation>
    </message>
    <message>
        <source>Keep the files afterwards.</source>
        <translation>结束后保留这些文件。</translation>
    </message>
    <message>
        <source>Also scroll the GUI&apos;s roster over all members and report its peak memory (needs a display or Xvfb).</source>
        <translation>同时在图形界面的花名册中滚动浏览全部党员，并报告其内存峰值（需要显示器或 Xvfb）。</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>以 JSON 格式输出测量结果。</translation>
    </message>
    <message>
        <source>  processor time of the import (all threads)      %1 s</source>
        <translation>  导入占用的处理器时间（全部线程）                %1 秒</translation>
    </message>
    <message>
        <source>--repeat needs a positive number</source>
        <translation>--repeat 需要一个正整数</translation>
    </message>
    <message>
        <source>  round %1: sqlite3 .import %2 s, RedGrid %3 s (%4 s of processor time), ratio %5</source>
        <translation>  第 %1 轮：sqlite3 .import %2 秒，RedGrid %3 秒（处理器时间 %4 秒），比值 %5</translation>
    </message>
    <message>
        <source>  the median of %1 rounds:</source>
        <translation>  %1 轮的中位数：</translation>
    </message>
    <message>
        <source>Import the roster N times, each time beside the sqlite3 shell, and report the median ratio (default 1; a shared machine&apos;s speed varies from minute to minute).</source>
        <translation>将名册导入 N 次，每次都与 sqlite3 命令行工具对照，并报告比值的中位数（默认 1；共享机器的速度时快时慢）。</translation>
    </message>
</context>
<context>
    <name>RosterDate</name>
    <message>
        <source>%1 is outside the range of Excel date numbers (1 to %2)</source>
        <translation>%1 超出 Excel 日期序号的范围（1 至 %2）</translation>
    </message>
    <message>
        <source>Excel date number 60 stands for 29 February 1900, a day that did not exist</source>
        <translation>Excel 日期序号 60 表示 1900 年 2 月 29 日，而这一天并不存在</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was stored by Excel as a number, so 2020.10 (October) and 2020.1 (January) look the same; format the column as text and enter the dates again</source>
        <translation>“%1”被 Excel 存成了数值，因此 2020.10（10 月）与 2020.1（1 月）无法区分；请将该列设置为文本格式后重新录入日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the range of Excel date numbers (1 to %2)</source>
        <translation>“%1”超出 Excel 日期序号的范围（1 至 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; a day count such as 43831 is read as a date only from a cell that Excel stored as a number</source>
        <translation>“%1”不是日期；像 43831 这样的天数，只有来自 Excel 以数值存储的单元格时才按日期读取</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2020-07-01, 2020.7.1, 20200701 or 2020年7月1日, or 2020-07 for a month</source>
        <translation>“%1”不是日期；请写成 2020-07-01、2020.7.1、20200701 或 2020年7月1日，只有年月时写成 2020-07</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: dates before 1900 are not accepted</source>
        <translation>“%1”：不接受 1900 年以前的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: there is no month %2</source>
        <translation>“%1”不是有效日期：没有 %2 月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: month %2 of %3 has %4 days</source>
        <translation>“%1”不是有效日期：%3 年 %2 月只有 %4 天</translation>
    </message>
</context>
<context>
    <name>RosterScrollBench</name>
    <message>
        <source>set REDGRID_USER and REDGRID_PASSWORD to the account to sign in as</source>
        <translation>请将 REDGRID_USER 和 REDGRID_PASSWORD 设为用于登录的账号和密码</translation>
    </message>
</context>
<context>
    <name>RosterSelectionText</name>
    <message>
        <source>1 member</source>
        <translation>1 名党员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名党员</translation>
    </message>
    <message>
        <source>Members: %1 (%2)</source>
        <translation>党员：%1（%2）</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>排序：%1</translation>
    </message>
    <message>
        <source>%1 and the organisations below it</source>
        <translation>%1及其下级党组织</translation>
    </message>
    <message>
        <source>every organisation</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>every organisation of %1</source>
        <translation>%1全部党组织</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>best matches for the search first</source>
        <translation>按搜索匹配程度</translation>
    </message>
    <message>
        <source>name, by the strokes of the surname (姓氏笔画)</source>
        <translation>姓名，按姓氏笔画</translation>
    </message>
    <message>
        <source>name, in pinyin order</source>
        <translation>姓名，按拼音</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1，降序</translation>
    </message>
</context>
<context>
    <name>RosterSources</name>
    <message>
        <source>in-service members dual-registered with the community they live in</source>
        <translation>居住在本社区的在职党员（已到社区双报到即达标）</translation>
    </message>
    <message>
        <source>members with every item of their record filled (the sealed address not checked)</source>
        <translation>党员（基本信息各项齐全即达标；家庭住址加密存储，未核）</translation>
    </message>
    <message>
        <source>members ever recorded as lost contact who are in contact now</source>
        <translation>曾登记失联的党员（现已取得联系即达标）</translation>
    </message>
    <message>
        <source>mobile members in contact</source>
        <translation>流动党员（保持联系即达标）</translation>
    </message>
</context>
<context>
    <name>RosterTableDocument</name>
    <message>
        <source>no member of %1 matches; nothing was printed</source>
        <translation>%1 中没有符合条件的党员，未打印任何内容</translation>
    </message>
    <message>
        <source>printing was cancelled; no file was written</source>
        <translation>打印已取消，未写入文件</translation>
    </message>
    <message>
        <source>the database could not be read: %1; no file was written</source>
        <translation>无法读取数据库：%1；未写入文件</translation>
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
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up the database to %1…</source>
        <translation>正在将数据库备份到 %1…</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>scored %1 of %2</source>
        <translation>得%1分（满分%2）</translation>
    </message>
    <message>
        <source>scored %1 of %2: %3</source>
        <translation>得%1分（满分%2）：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 × %2: −%3</source>
        <translation>%1 × %2：−%3</translation>
    </message>
    <message>
        <source>deducted down to zero, not below (%1 of %2 deducted)</source>
        <translation>扣完为止（应扣%2分，实扣%1分）</translation>
    </message>
    <message>
        <source>none to count (%1): full points</source>
        <translation>无可统计对象（%1）：得满分</translation>
    </message>
    <message>
        <source>%1 of %2 %3 → %4 of %5</source>
        <translation>%2个%3中%1个达标 → 得%4分（满分%5）</translation>
    </message>
    <message>
        <source>%1: there is no such indicator in %2 (version %3)</source>
        <translation>%1：%2（第%3版）中没有这个指标</translation>
    </message>
    <message>
        <source>%1: its points are not entered but worked out</source>
        <translation>%1：该指标的分数自动计算，不能录入</translation>
    </message>
    <message>
        <source>%1: %2 is below zero</source>
        <translation>%1：%2小于零</translation>
    </message>
    <message>
        <source>%1: %2 is above its maximum of %3</source>
        <translation>%1：%2超过分值%3</translation>
    </message>
    <message>
        <source>%1: %2 has more decimals than the template allows (%3)</source>
        <translation>%1：%2的小数位超过模板允许的位数（%3位）</translation>
    </message>
    <message>
        <source>%1: it has no deduction rule %2</source>
        <translation>%1：没有扣分规则%2</translation>
    </message>
    <message>
        <source>%1: a number of findings cannot be below zero</source>
        <translation>%1：发现的次数不能小于零</translation>
    </message>
    <message>
        <source>%1: there is no such veto in %2</source>
        <translation>%1：%2中没有这项一票否决</translation>
    </message>
    <message>
        <source>%1: at best %2</source>
        <translation>%1：最高只能评为%2</translation>
    </message>
    <message>
        <source>%1 needs an innovation item as well as %2 points</source>
        <translation>%1除需达到%2分外，还须有创新项目</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>A district, street or community code (default: the account&apos;s area).</source>
        <translation>区县、街道或社区代码（默认：账号的管辖范围）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>以JSON输出各项数字。</translation>
    </message>
    <message>
        <source>Print a quarter&apos;s assessment scores (total, grade, stars, rank, points lost per block) or a year&apos;s annual scores.</source>
        <translation>打印一个季度的考核得分（总分、等次、星级、排名、各板块失分）或一年的年度得分。</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2026Q3, or the year, e.g. 2026.</source>
        <translation>季度，例如 2026Q3；或年度，例如 2026。</translation>
    </message>
</context>
<context>
    <name>ScoresOutput</name>
    <message numerus="yes">
        <source>%1, %2: %n target(s) scored</source>
        <translation>
            <numerusform>%1，%2：已评分%n个考核对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n target(s) with reviewed quarters</source>
        <translation>
            <numerusform>%1，%2年：%n个考核对象有已审核的季度</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecureCommand</name>
    <message>
        <source>Give a database made before accounts existed its first administrator (--user) and encrypt its ID numbers, phones and addresses.</source>
        <translation>为启用账号之前创建的数据库指定首位管理员（--user），并加密其中的公民身份号码、电话和地址。</translation>
    </message>
    <message>
        <source>The database file, changed in place.</source>
        <translation>数据库文件（直接修改原文件）。</translation>
    </message>
    <message>
        <source>this database already has accounts; sign in with one of them</source>
        <translation>该数据库已有账号；请用其中一个账号登录</translation>
    </message>
    <message>
        <source>Secured %1: ID numbers, phones and addresses are now encrypted.</source>
        <translation>%1 已启用安全保护：公民身份号码、电话和地址现已加密。</translation>
    </message>
</context>
<context>
    <name>SecuritySetup</name>
    <message>
        <source>name the first administrator: the user name is empty</source>
        <translation>请指定首位管理员：用户名为空</translation>
    </message>
    <message>
        <source>the user name is longer than 64 characters</source>
        <translation>用户名超过 64 个字符</translation>
    </message>
    <message>
        <source>this database was made before RedGrid had accounts; name its first administrator to open it (ID numbers and phones are then encrypted)</source>
        <translation>该数据库创建于红网格启用账号之前；须指定首位管理员才能打开（随后将加密其中的公民身份号码和电话）</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>the vetoes</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <source>The sheet of %1 for %2 no longer exists</source>
        <translation>%1在%2的考核评分表已不存在</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1, %2 was changed by somebody else after you opened it; open it again</source>
        <translation>%1，%2在您打开后已被他人修改，请重新打开</translation>
    </message>
    <message>
        <source>the state (now %1)</source>
        <translation>状态（现为%1）</translation>
    </message>
    <message>
        <source>%1, %2 was saved by %3 at %4 after you opened it (changed: %5). Nothing of yours was saved; open the sheet again and enter your changes there.</source>
        <translation>%1，%2在您打开后已由%3于%4保存（改动：%5）。您的修改未保存；请重新打开评分表后再录入。</translation>
    </message>
    <message>
        <source>nothing visible</source>
        <translation>无可见改动</translation>
    </message>
    <message>
        <source>The sheet has no template</source>
        <translation>评分表没有考核模板</translation>
    </message>
    <message>
        <source>Saving entries is SheetEditor::save</source>
        <translation>保存评分须使用 SheetEditor::save</translation>
    </message>
    <message>
        <source>%1, %2: save the sheet first</source>
        <translation>%1，%2：请先保存评分表</translation>
    </message>
    <message>
        <source>%1, %2: reopening a confirmed sheet needs a reason</source>
        <translation>%1，%2：重新打开已确认的评分表须填写原因</translation>
    </message>
    <message>
        <source>%1, %2: %3 is not possible in the state %4</source>
        <translation>%1，%2：处于“%4”状态时不能%3</translation>
    </message>
    <message>
        <source>The template has no indicator %1</source>
        <translation>考核模板中没有指标%1</translation>
    </message>
    <message>
        <source>%1 %2 lost no points: there is nothing to rectify</source>
        <translation>%1 %2没有失分，无需整改</translation>
    </message>
    <message>
        <source>Say what is to be rectified</source>
        <translation>请填写整改内容</translation>
    </message>
    <message>
        <source>Name the person responsible for the rectification</source>
        <translation>请填写整改责任人</translation>
    </message>
    <message>
        <source>The rectification needs a deadline</source>
        <translation>请填写整改期限</translation>
    </message>
    <message>
        <source>The rectification no longer exists</source>
        <translation>整改事项已不存在</translation>
    </message>
    <message>
        <source>The rectification lies outside your area</source>
        <translation>整改事项不在您的管辖范围内</translation>
    </message>
    <message>
        <source>The rectification is already closed</source>
        <translation>整改事项已销号</translation>
    </message>
    <message>
        <source>Say what was done to close the rectification</source>
        <translation>请填写整改结果</translation>
    </message>
    <message>
        <source>The closing date must be a day that has come</source>
        <translation>销号日期不能晚于今天</translation>
    </message>
    <message>
        <source>%1, %2: the year-end rating is the assessor&apos;s</source>
        <translation>%1，%2年：年终评定由考核单位评定</translation>
    </message>
    <message>
        <source>%1: the year %2 has not begun</source>
        <translation>%1：%2年尚未开始</translation>
    </message>
    <message>
        <source>No assessment template for this kind of target is stored</source>
        <translation>没有适用于此类考核对象的考核模板</translation>
    </message>
    <message>
        <source>the year-end rating</source>
        <translation>年终评定分</translation>
    </message>
    <message>
        <source>the year&apos;s bonus</source>
        <translation>年度加分</translation>
    </message>
    <message>
        <source>the year&apos;s penalty</source>
        <translation>年度减分</translation>
    </message>
    <message>
        <source>%1, %2: %3 is below zero</source>
        <translation>%1，%2年：%3小于零</translation>
    </message>
    <message>
        <source>%1, %2: %3 has more than %4 decimals</source>
        <translation>%1，%2年：%3的小数位超过%4位</translation>
    </message>
    <message>
        <source>%1, %2: the year-end rating %3 is above its maximum %4</source>
        <translation>%1，%2年：年终评定分%3超过上限%4</translation>
    </message>
</context>
<context>
    <name>SheetLoad</name>
    <message>
        <source>only an administrator of the whole database may load score sheets</source>
        <translation>只有管理整个数据库的管理员才能载入考核评分表</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: no template</source>
        <translation>%1：没有考核模板</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a reviewed sheet needs the review&apos;s scores</source>
        <translation>%1：已审核的评分表须有审核评分</translation>
    </message>
</context>
<context>
    <name>SheetStore</name>
    <message>
        <source>Only a community or village is assessed by its street</source>
        <translation>只有社区（村）由街道考核</translation>
    </message>
    <message>
        <source>Only a party branch is assessed by its committee</source>
        <translation>只有党支部由其党委考核</translation>
    </message>
    <message>
        <source>No community or branch has the code %1</source>
        <translation>没有代码为%1的社区或党支部</translation>
    </message>
    <message>
        <source>Sheets are scored per quarter, not for %1</source>
        <translation>评分表按季度评分，不能用于%1</translation>
    </message>
    <message>
        <source>The sheet of %1 for %2 cannot be read</source>
        <translation>无法读取%1在%2的考核评分表</translation>
    </message>
    <message>
        <source>No assessment template for this kind of target is stored</source>
        <translation>没有适用于此类考核对象的考核模板</translation>
    </message>
</context>
<context>
    <name>SheetWorkflow</name>
    <message>
        <source>self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>save the self-assessment</source>
        <translation>保存自评</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>save the review</source>
        <translation>保存审核评分</translation>
    </message>
    <message>
        <source>finish the review</source>
        <translation>完成审核</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>a %1 may not %2 the sheet of a %3</source>
        <translation>%1不能对%3的考核表执行“%2”</translation>
    </message>
    <message>
        <source>community or village</source>
        <translation>社区（村）</translation>
    </message>
    <message>
        <source>party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>the sheet is confirmed: reopen it, with a reason, to change it</source>
        <translation>考核表已确认：须说明理由重新打开后才能修改</translation>
    </message>
    <message>
        <source>cannot %1 a sheet that is %2</source>
        <translation>状态为“%2”的考核表不能“%1”</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the account %1 is locked; ask an administrator to unlock it</source>
        <translation>账号 %1 已锁定；请联系管理员解锁</translation>
    </message>
    <message>
        <source>too many wrong passwords: the account %1 is locked until %2</source>
        <translation>密码错误次数过多：账号 %1 已锁定至 %2</translation>
    </message>
    <message>
        <source>%1 wrong passwords in a row: the account %2 is locked for %3 minutes</source>
        <translation>连续 %1 次密码错误：账号 %2 已锁定 %3 分钟</translation>
    </message>
    <message>
        <source>this is not a recovery key: it has 13 groups of 4 letters and digits</source>
        <translation>这不是恢复密钥：恢复密钥由 13 组字母和数字组成，每组 4 位</translation>
    </message>
    <message>
        <source>the recovery key gives a new password to an administrator&apos;s account; there is no administrator named %1</source>
        <translation>恢复密钥用于为管理员账号设置新密码；没有名为 %1 的管理员</translation>
    </message>
    <message>
        <source>the recovery key is wrong</source>
        <translation>恢复密钥错误</translation>
    </message>
</context>
<context>
    <name>SpreadsheetSource</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>the file is a PDF document, not a spreadsheet; %1</source>
        <translation>该文件是 PDF 文档，不是电子表格；%1</translation>
    </message>
    <message>
        <source>the file is an image, not a spreadsheet; %1</source>
        <translation>该文件是图片，不是电子表格；%1</translation>
    </message>
    <message>
        <source>the file is a web page (HTML), not a spreadsheet, even if its name ends in .xls; %1</source>
        <translation>该文件是网页（HTML），不是电子表格，尽管文件名以 .xls 结尾；%1</translation>
    </message>
    <message>
        <source>a CSV file has one sheet, “%1”, not “%2”</source>
        <translation>CSV 文件只有一个工作表“%1”，没有“%2”</translation>
    </message>
    <message>
        <source>the file is not a valid Excel workbook: its content is neither a workbook nor text (it may be damaged, or not a spreadsheet at all); %1</source>
        <translation>该文件不是有效的 Excel 工作簿：其内容既不是工作簿也不是文本（可能已损坏，或根本不是表格）；%1</translation>
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
    <name>SummaryReportDocument</name>
    <message>
        <source>the summary holds no community or branch to print</source>
        <translation>汇总报告中没有可打印的社区或党支部</translation>
    </message>
</context>
<context>
    <name>TargetReportDocument</name>
    <message>
        <source>the report holds no community or branch to print</source>
        <translation>报告中没有可打印的社区或党支部</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>List, export or import assessment templates (the indicator tables).</source>
        <translation>列出、导出或导入考核模板（指标表）。</translation>
    </message>
    <message>
        <source>list (the newest version of each template), export (--out FILE) or import (--file FILE: the same identity and version as where it came from).</source>
        <translation>list（每个模板的最新版本）、export（--out 文件）或 import（--file 文件：保留来源处的标识和版本）。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>template needs an action: list, export or import</source>
        <translation>template 需要指定操作：list、export 或 import</translation>
    </message>
    <message>
        <source>template export needs --out FILE</source>
        <translation>template export 需要 --out 文件</translation>
    </message>
    <message>
        <source>template import needs --file FILE</source>
        <translation>template import 需要 --file 文件</translation>
    </message>
    <message>
        <source>--version takes a number</source>
        <translation>--version 须为数字</translation>
    </message>
    <message>
        <source>	(in use)</source>
        <translation>	（使用中）</translation>
    </message>
    <message>
        <source>No template %1%2 is stored</source>
        <translation>没有保存模板%1%2</translation>
    </message>
    <message>
        <source> version %1</source>
        <translation> 版本%1</translation>
    </message>
    <message>
        <source>Saved %1 (version %2) to %3</source>
        <translation>已将%1（版本%2）保存到 %3</translation>
    </message>
    <message>
        <source>Imported %1 (version %2)%3</source>
        <translation>已导入%1（版本%2）%3</translation>
    </message>
    <message>
        <source>, in use for new sheets</source>
        <translation>，用于新评分表</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以JSON输出结果。</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export：要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>import: the template file to take in.</source>
        <translation>import：要导入的模板文件。</translation>
    </message>
    <message>
        <source>export: the template&apos;s id or name (default: the one in use for communities).</source>
        <translation>export：模板的标识或名称（默认：社区当前使用的模板）。</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>标识|名称</translation>
    </message>
    <message>
        <source>export: this version (default: the newest).</source>
        <translation>export：指定版本（默认：最新版本）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>import: score new sheets with the imported template from now on.</source>
        <translation>import：此后新评分表使用导入的模板。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>The template &quot;%1&quot; cannot be used: %2</source>
        <translation>模板“%1”不能使用：%2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; scores %2; a new version cannot score other targets</source>
        <translation>模板“%1”用于考核%2，新版本不能改为考核其他对象</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>社区（村）</translation>
    </message>
    <message>
        <source>The template to copy no longer exists</source>
        <translation>要复制的模板已不存在</translation>
    </message>
    <message>
        <source>The copy needs a name</source>
        <translation>副本需要名称</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no identity or version</source>
        <translation>模板“%1”没有标识或版本</translation>
    </message>
    <message>
        <source>Version %1 of the template &quot;%2&quot; is already here with other indicators or points; a changed template must come as a new version</source>
        <translation>模板“%2”的版本%1已存在，但指标或分值不同；修改后的模板须作为新版本导入</translation>
    </message>
    <message>
        <source>The template no longer exists</source>
        <translation>模板已不存在</translation>
    </message>
</context>
<context>
    <name>TemplateFile</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>“%1”必须是文字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>“%1”必须是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points: %2</source>
        <translation>“%1”不是分数：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;</source>
        <translation>“%1”不能是“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>“%1”必须是列表</translation>
    </message>
    <message>
        <source>an entry of the list is not an object</source>
        <translation>列表中有一项不是对象</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>指标%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the template file is damaged or incomplete (%1 at byte %2)</source>
        <translation>模板文件已损坏或不完整（第%2字节：%1）</translation>
    </message>
    <message>
        <source>this is not a RedGrid assessment template (another program&apos;s file)</source>
        <translation>这不是红网格的考核模板（是其他程序的文件）</translation>
    </message>
    <message>
        <source>the template was written by a newer RedGrid (file layout %1; this RedGrid reads up to %2): update RedGrid to import it</source>
        <translation>该模板由更新版本的红网格生成（文件格式%1；本版本最高支持%2）：请升级红网格后再导入</translation>
    </message>
    <message>
        <source>the template file has no valid layout version</source>
        <translation>模板文件没有有效的格式版本</translation>
    </message>
    <message>
        <source>vetoes</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>grades</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>annual score</source>
        <translation>年度得分</translation>
    </message>
    <message>
        <source>annual score: four quarter weights are needed, not %1</source>
        <translation>年度得分：需要4个季度权重，不是%1个</translation>
    </message>
    <message>
        <source>the template file is damaged: %1</source>
        <translation>模板文件已损坏：%1</translation>
    </message>
    <message>
        <source>the template file is damaged: its id is not valid (%1)</source>
        <translation>模板文件已损坏：标识无效（%1）</translation>
    </message>
    <message>
        <source>the template file is damaged: version %1 does not exist</source>
        <translation>模板文件已损坏：不存在第%1版</translation>
    </message>
    <message>
        <source>the template cannot be used: %1</source>
        <translation>模板无法使用：%1</translation>
    </message>
    <message>
        <source>the file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>this is not a RedGrid assessment template (the file is too large)</source>
        <translation>这不是红网格的考核模板（文件过大）</translation>
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
        <source>the file contains binary data (NUL bytes), not text; UTF-16 text needs a byte order mark</source>
        <translation>文件含有二进制数据（NUL 字节），不是文本；UTF-16 文本需要字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (GBK); save it as UTF-8 and try again</source>
        <translation>文本既不是 UTF-8 也不是 GB18030（GBK）；请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>the text starts as UTF-8 but is not valid UTF-8 further on; save the whole file as UTF-8 and try again</source>
        <translation>文本开头是 UTF-8，但后面有无效的 UTF-8 内容；请将整个文件另存为 UTF-8 后重试</translation>
    </message>
</context>
<context>
    <name>TreeCommand</name>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
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
    <name>UnfinishedFile</name>
    <message>
        <source>the folder cannot be made</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write in the folder “%1”: %2</source>
        <translation>无法在文件夹“%1”中写入：%2</translation>
    </message>
    <message>
        <source>no free name for a temporary file</source>
        <translation>找不到可用的临时文件名</translation>
    </message>
    <message>
        <source>the file “%1” is in the way</source>
        <translation>文件“%1”占用了所需的名称</translation>
    </message>
    <message>
        <source>the file was already saved or discarded</source>
        <translation>文件已保存或已放弃</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full or failing?): %1</source>
        <translation>文件未能完整写入（磁盘是否已满或出现故障？）：%1</translation>
    </message>
    <message>
        <source>the file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>the file could not be written to the disk</source>
        <translation>文件未能写入磁盘</translation>
    </message>
    <message>
        <source>cannot replace the file: %1; if it is open in Excel or WPS, close it and try again</source>
        <translation>无法替换文件：%1；如果它已在 Excel 或 WPS 中打开，请关闭后重试</translation>
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
  -h, --help        Show this help; COMMAND --help shows a command&apos;s options.
  -v, --version     Show the versions of RedGrid, Qt and SQLite.

Exit status: 0 success, 1 usage error, 2 file or data error (nothing written),
3 import finished but some rows were rejected, 4 not signed in (no account given,
a wrong password, a locked account) or the account may not do this.
</source>
        <translation>
选项：
  -h, --help        显示本帮助；“命令 --help”显示该命令的选项。
  -v, --version     显示红网格、Qt 和 SQLite 的版本。

退出状态：0 成功，1 用法错误，2 文件或数据错误（未写入任何数据），
3 导入完成但部分行被拒绝，4 未登录（未提供账号、密码错误、账号已锁定）
或该账号无权执行此操作。
</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>List, add, lock and unlock accounts, and reset their passwords (administrators).</source>
        <translation>列出、添加、锁定和解锁账号，以及重置密码（限管理员）。</translation>
    </message>
    <message>
        <source>list, add, reset-password, lock or unlock.</source>
        <translation>list、add、reset-password、lock 或 unlock。</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>The account (all actions but list).</source>
        <translation>账号（除 list 外的各项操作均需指定）。</translation>
    </message>
    <message>
        <source>no new password: give it in REDGRID_NEW_PASSWORD or on the next line of input</source>
        <translation>没有新密码：请通过 REDGRID_NEW_PASSWORD 或在下一行输入中提供</translation>
    </message>
    <message>
        <source>users needs an action: %1</source>
        <translation>users 需要指定操作：%1</translation>
    </message>
    <message>
        <source>&apos;users %1&apos; takes %2 argument(s), got %3; see redgrid-cli users --help</source>
        <translation>“users %1”需要 %2 个参数，实际为 %3 个；参见 redgrid-cli users --help</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 is locked.</source>
        <translation>%1 已锁定。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>locked by an administrator</source>
        <translation>已被管理员锁定</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>add needs --role: district_admin, street_admin, community_secretary, grid_worker or auditor</source>
        <translation>add 需要 --role：district_admin、street_admin、community_secretary、grid_worker 或 auditor</translation>
    </message>
    <message>
        <source>--area %1: no hierarchy node has this code</source>
        <translation>--area %1：层级中没有此代码的节点</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>The recovery key opened the database; %1 has a new password.</source>
        <translation>已用恢复密钥打开数据库；%1 已设置新密码。</translation>
    </message>
    <message>
        <source>Print the accounts as JSON (list).</source>
        <translation>以 JSON 格式输出账号（list）。</translation>
    </message>
    <message>
        <source>The new account&apos;s role (add): district_admin, street_admin, community_secretary, grid_worker or auditor.</source>
        <translation>新账号的角色（add）：district_admin（区级管理员）、street_admin（街道管理员）、community_secretary（社区书记）、grid_worker（网格员）或 auditor（审计员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The code of the hierarchy node the new account covers (add); an administrator of the whole database may leave it out for another such administrator.</source>
        <translation>新账号管辖范围所对应层级节点的代码（add）；管辖整个数据库的管理员添加同级管理员时可省略。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The person&apos;s name (add).</source>
        <translation>使用人的姓名（add）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>reset-password without signing in: the database&apos;s recovery key gives the administrator NAME a new password.</source>
        <translation>reset-password 时无需登录：用数据库的恢复密钥为管理员 NAME 设置新密码。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>open it in Excel or WPS and save it again as an Excel workbook (.xlsx) or as CSV</source>
        <translation>请用 Excel 或 WPS 打开，重新另存为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: a cell cannot be read; the workbook is damaged; %3</source>
        <translation>工作表“%1”第 %2 行：无法读取单元格，工作簿已损坏；%3</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>there is not enough memory to read the workbook</source>
        <translation>内存不足，无法读取该工作簿</translation>
    </message>
    <message>
        <source>the workbook is protected by a password, which RedGrid cannot open; open it in Excel or WPS, remove the password, and save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>该工作簿设有密码，红网格无法打开；请用 Excel 或 WPS 打开，取消密码后另存为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>the file is not a valid Excel workbook: it is damaged or incomplete (Excel 97-2003 format, error %1); %2</source>
        <translation>该文件不是有效的 Excel 工作簿：已损坏或不完整（Excel 97-2003 格式，错误 %1）；%2</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the file is not a valid Excel workbook: its sheet names cannot be read; %1</source>
        <translation>该文件不是有效的 Excel 工作簿：无法读取工作表名称；%1</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; its sheets are %2</source>
        <translation>工作簿中没有工作表“%1”；现有工作表为 %2</translation>
    </message>
    <message>
        <source>sheet “%1” cannot be read; the workbook is damaged; %2</source>
        <translation>无法读取工作表“%1”，工作簿已损坏；%2</translation>
    </message>
</context>
<context>
    <name>XlsxReadBack</name>
    <message>
        <source>the workbook could not be written completely (is the disk full or failing?); no file was saved</source>
        <translation>工作簿未能完整写入（磁盘是否已满或出现故障？）；未保存任何文件</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the workbook is damaged or incomplete: its zip directory cannot be read; open it in Excel or WPS and save it again</source>
        <translation>工作簿已损坏或不完整：无法读取其 zip 目录；请用 Excel 或 WPS 打开后重新保存</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>工作簿中没有部件 %1</translation>
    </message>
    <message>
        <source>part %1 of the workbook is encrypted; save the workbook without a password and try again</source>
        <translation>工作簿的部件 %1 已加密；请以不设密码的方式保存工作簿后重试</translation>
    </message>
    <message>
        <source>part %1 is compressed in a way RedGrid cannot read; open the workbook in Excel or WPS and save it again</source>
        <translation>部件 %1 的压缩方式红网格无法读取；请用 Excel 或 WPS 打开工作簿后重新保存</translation>
    </message>
    <message>
        <source>part %1 unpacks to %2 MiB, more than the %3 MiB RedGrid accepts; this is not an ordinary workbook (it may be a zip bomb)</source>
        <translation>部件 %1 解压后为 %2 MiB，超过红网格允许的 %3 MiB；这不是普通的工作簿（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>part %1 is compressed %2 to 1, far more than any real workbook; RedGrid does not open it (it may be a zip bomb)</source>
        <translation>部件 %1 的压缩比为 %2:1，远超任何真实的工作簿；红网格不予打开（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>the workbook is damaged: part %1 cannot be unpacked; open it in Excel or WPS and save it again</source>
        <translation>工作簿已损坏：无法解压部件 %1；请用 Excel 或 WPS 打开后重新保存</translation>
    </message>
    <message>
        <source>the XML of part %1 is damaged: %2</source>
        <translation>部件 %1 的 XML 已损坏：%2</translation>
    </message>
    <message>
        <source>an XML element or text is longer than %1 MiB</source>
        <translation>某个 XML 元素或文本超过 %1 MiB</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: %3</source>
        <translation>工作表“%1”第 %2 行：%3</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <source>a row has the invalid number “%1”</source>
        <translation>某行的行号“%1”无效</translation>
    </message>
    <message>
        <source>row %1 comes after row %2: the rows are out of order</source>
        <translation>第 %1 行排在第 %2 行之后：行的顺序错乱</translation>
    </message>
    <message>
        <source>a cell has the invalid reference “%1”</source>
        <translation>某个单元格的引用“%1”无效</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the workbook does not have</source>
        <translation>某个单元格引用了共享字符串 %1，但工作簿中没有该字符串</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook</source>
        <translation>这是 zip 压缩包，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>it is an Excel binary workbook (.xlsb), which RedGrid cannot read</source>
        <translation>这是 Excel 二进制工作簿（.xlsb），红网格无法读取</translation>
    </message>
    <message>
        <source>it is an OpenDocument file (.ods), which RedGrid cannot read</source>
        <translation>这是 OpenDocument 文件（.ods），红网格无法读取</translation>
    </message>
    <message>
        <source>it is a Word document, not a workbook</source>
        <translation>这是 Word 文档，不是工作簿</translation>
    </message>
    <message>
        <source>%1; open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>%1；请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; its sheets are %2</source>
        <translation>工作簿中没有工作表“%1”；现有工作表为 %2</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>cannot start a workbook: out of memory</source>
        <translation>无法创建工作簿：内存不足</translation>
    </message>
    <message>
        <source>the sheet name “%1” is longer than the 31 characters Excel allows</source>
        <translation>工作表名称“%1”超过 Excel 允许的 31 个字符</translation>
    </message>
    <message>
        <source>the workbook already has a sheet named “%1”</source>
        <translation>工作簿中已有名为“%1”的工作表</translation>
    </message>
    <message>
        <source>“%1” cannot name a sheet: Excel does not allow [ ] : * ? / \ in sheet names, nor an apostrophe at either end</source>
        <translation>“%1”不能用作工作表名称：Excel 不允许工作表名称中含有 [ ] : * ? / \，也不允许以撇号开头或结尾</translation>
    </message>
    <message>
        <source>cannot start sheet “%1”: no temporary file can be written in the folder</source>
        <translation>无法创建工作表“%1”：无法在该文件夹中写入临时文件</translation>
    </message>
    <message>
        <source>a row was written before any sheet was started</source>
        <translation>在创建工作表之前写入了行</translation>
    </message>
    <message>
        <source>sheet “%1” would have more than the %2 rows Excel allows</source>
        <translation>工作表“%1”将超过 Excel 允许的 %2 行</translation>
    </message>
    <message>
        <source>row %1 of sheet “%2” has more than the %3 columns Excel allows</source>
        <translation>工作表“%2”第 %1 行超过 Excel 允许的 %3 列</translation>
    </message>
    <message>
        <source>a cell in row %1, column %2 of sheet “%3” has more than the %4 characters Excel allows</source>
        <translation>工作表“%3”第 %1 行第 %2 列的单元格超过 Excel 允许的 %4 个字符</translation>
    </message>
    <message>
        <source>cannot write row %1 of sheet “%2”: %3</source>
        <translation>无法写入工作表“%2”第 %1 行：%3</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>YearEndCommand</name>
    <message>
        <source>Give a community or branch its year-end rating (年终评定) for the annual score.</source>
        <translation>为社区或党支部评定年终评定分，计入年度考核。</translation>
    </message>
    <message>
        <source>The RedGrid database file.</source>
        <translation>红网格数据库文件。</translation>
    </message>
    <message>
        <source>year-end needs --year YEAR, --target CODE and --rating POINTS</source>
        <translation>year-end 需要 --year 年份、--target 代码和 --rating 分数</translation>
    </message>
    <message>
        <source>--%1 takes points, e.g. 4.5</source>
        <translation>--%1 须为分数，例如 4.5</translation>
    </message>
    <message>
        <source>%1, %2: year-end rating %3 saved</source>
        <translation>%1，%2年：已保存年终评定分%3</translation>
    </message>
    <message>
        <source>The year rated, e.g. 2026.</source>
        <translation>评定年份，例如 2026。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The community&apos;s division code or the branch&apos;s code.</source>
        <translation>社区的区划代码或党支部的代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The year-end rating (at most the template&apos;s maximum, 5 by default).</source>
        <translation>年终评定分（不超过模板规定的上限，默认5分）。</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>The year&apos;s bonus points (default 0).</source>
        <translation>年度加分（默认0）。</translation>
    </message>
    <message>
        <source>The year&apos;s penalty points (default 0).</source>
        <translation>年度减分（默认0）。</translation>
    </message>
    <message>
        <source>What the rating rests on.</source>
        <translation>评定依据。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Print the target&apos;s annual score as JSON.</source>
        <translation>以JSON输出该对象的年度考核得分。</translation>
    </message>
</context>
<context>
    <name>redgrid::format::CsvTableWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
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
    <name>redgrid::ui::AccountActions</name>
    <message>
        <source>&amp;Change Password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Lock When &amp;Idle…</source>
        <translation>空闲时锁定(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Add accounts, reset passwords, lock and unlock accounts</source>
        <translation>添加账号、重置密码、锁定和解锁账号</translation>
    </message>
    <message>
        <source>Who signed in, changed, exported or looked at what</source>
        <translation>谁登录过，修改、导出或查看了哪些内容</translation>
    </message>
    <message>
        <source>How long RedGrid waits without input before it locks</source>
        <translation>无操作多长时间后红网格自动锁定</translation>
    </message>
    <message>
        <source>Hide everything until the password is entered again</source>
        <translation>隐藏全部内容，直到再次输入密码</translation>
    </message>
    <message>
        <source>Close the database and sign in again</source>
        <translation>关闭数据库并重新登录</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation>已登录：%1 · %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Password Changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Audit Log — %1</source>
        <translation>审计日志 — %1</translation>
    </message>
    <message>
        <source>Lock When Idle</source>
        <translation>空闲时锁定</translation>
    </message>
    <message>
        <source>Lock RedGrid after this many minutes without keyboard or mouse input (0: never):</source>
        <translation>无键盘或鼠标操作达到以下分钟数后锁定红网格（0 表示从不锁定）：</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add an account for someone in your area</source>
        <translation>为您管辖范围内的人员添加账号</translation>
    </message>
    <message>
        <source>Give the selected account a new password; this also ends a lockout</source>
        <translation>为所选账号设置新密码；同时解除因密码错误导致的锁定</translation>
    </message>
    <message>
        <source>Stop the selected account from signing in until it is unlocked</source>
        <translation>禁止所选账号登录，直到解锁为止</translation>
    </message>
    <message>
        <source>Let the selected account sign in again</source>
        <translation>允许所选账号重新登录</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>(not in the hierarchy)</source>
        <translation>（不在层级中）</translation>
    </message>
    <message>
        <source>locked by an administrator</source>
        <translation>已被管理员锁定</translation>
    </message>
    <message>
        <source>locked until %1 (wrong passwords)</source>
        <translation>锁定至 %1（密码错误）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>已添加账号 %1。</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 已设置新密码。</translation>
    </message>
    <message>
        <source>%1 cannot sign in until the account is unlocked.</source>
        <translation>账号解锁前，%1 无法登录。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AddAccountDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>管辖范围：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>The account sees and changes only what lies in its area, as far as its role allows. Give the person their password in private; they can change it after signing in.</source>
        <translation>账号只能在其角色权限内查看和修改管辖范围内的内容。请私下将密码告知本人；本人登录后可以修改密码。</translation>
    </message>
    <message>
        <source>none yet — choose a %1</source>
        <translation>尚未选择，请选择%1</translation>
    </message>
    <message>
        <source>Area of the Account</source>
        <translation>账号的管辖范围</translation>
    </message>
    <message>
        <source>Choose the account&apos;s area.</source>
        <translation>请选择账号的管辖范围。</translation>
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
    <name>redgrid::ui::AssessmentFeature</name>
    <message>
        <source>A&amp;ssessment</source>
        <translation>考核(&amp;S)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AssessmentPage</name>
    <message>
        <source>Score &amp;Sheets</source>
        <translation>考核评分表(&amp;S)</translation>
    </message>
    <message>
        <source>Indicator &amp;Templates</source>
        <translation>指标模板(&amp;T)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AuditFeature</name>
    <message>
        <source>&amp;Audit Log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AuditFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Search the target and the details</source>
        <translation>搜索对象和详情</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AuditViewer</name>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>校验记录链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>选择一条记录可查看其完整内容。</translation>
    </message>
    <message>
        <source>Check every entry&apos;s MAC and that no entry is missing</source>
        <translation>核对每条记录的校验码，并检查有无记录缺失</translation>
    </message>
    <message>
        <source>Write the entries the filters select to an Excel workbook or a CSV file</source>
        <translation>将筛选出的记录写入电子表格或 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 · %4 · %5</source>
        <translation>第 %1 条 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号标识：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>MAC: %1 (%2)</source>
        <translation>校验码：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Acknowledge Breaks…</source>
        <translation>确认断链(&amp;A)…</translation>
    </message>
    <message>
        <source>Record in the log that you have seen the breaks reported, so that the log verifies again and later tampering shows</source>
        <translation>在日志中登记您已看到所报告的断链，此后日志重新校验通过，之后的篡改仍会显示</translation>
    </message>
    <message>
        <source>Acknowledge Breaks</source>
        <translation>确认断链</translation>
    </message>
    <message>
        <source>The audit log will record, in your name, that you have seen these breaks:

%1

The entries stay as they are and keep their marks; from then on the log verifies again, and any later change is caught. Acknowledge them?</source>
        <translation>审计日志将以您的名义登记您已看到以下断链：

%1

相关记录保持原样并保留标记；此后日志重新校验通过，之后的任何改动仍会被发现。确认这些断链吗？</translation>
    </message>
    <message>
        <source>What this computer knows of the log could not be remembered: %1</source>
        <translation>本机未能记下日志的状态：%1</translation>
    </message>
    <message>
        <source>The audit log entries were exported.</source>
        <translation>审计日志条目已导出。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::AutomaticBackup</name>
    <message>
        <source>No Backup Made</source>
        <translation>未进行备份</translation>
    </message>
    <message>
        <source>Backup cancelled; the older backups are kept</source>
        <translation>备份已取消；较旧的备份均保留</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 members, %3 organisations; checked)</source>
        <translation>已备份到 %1（党员 %2 名，党组织 %3 个；已检查）</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::ChecksFeature</name>
    <message>
        <source>Organisation &amp;Checks</source>
        <translation>党组织检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>党组织(&amp;O)</translation>
    </message>
    <message>
        <source>Show the &amp;Checks</source>
        <translation>显示检查结果(&amp;C)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>yyyy-mm</source>
        <translation>年-月</translation>
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
    <name>redgrid::ui::EvidenceFilesDialog</name>
    <message>
        <source>Evidence Files: %1</source>
        <translation>佐证材料：%1</translation>
    </message>
    <message>
        <source>RedGrid keeps where each file is, not a copy: keep the files where they are, or attach them again after moving them.</source>
        <translation>红网格记录的是文件所在位置，不保存副本：请勿移动这些文件，移动后需重新添加。</translation>
    </message>
    <message>
        <source>You may open these files; attaching or removing is not yours to do now.</source>
        <translation>您可以打开这些文件；现在不能由您添加或移除。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not found at %2</source>
        <translation>%1 — 在 %2 中找不到</translation>
    </message>
    <message>
        <source>Attach Evidence Files</source>
        <translation>添加佐证材料</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::FileDialogLocaliser</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>RedGrid database</source>
        <translation>红网格数据库</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::FirstAdministratorDialog</name>
    <message>
        <source>First Administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>The new database needs its first administrator, who signs in with this name and password and creates the accounts of everyone else.</source>
        <translation>新数据库需要设置首位管理员。首位管理员用此用户名和密码登录，并为其他所有人创建账号。</translation>
    </message>
    <message>
        <source>The demo database needs an administrator too. Choose a name and password to sign in with; the data in it stays invented.</source>
        <translation>演示数据库同样需要一名管理员。请设置用于登录的用户名和密码；其中的数据仍为虚构。</translation>
    </message>
    <message>
        <source>%1 was made by an earlier RedGrid, without accounts. To open it, name its first administrator, who creates the accounts of everyone else.</source>
        <translation>%1 由早期版本的红网格创建，没有账号。要打开它，请指定首位管理员，由其为其他所有人创建账号。</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are stored encrypted: only someone who signs in can read them, and a lost password cannot be looked up in the file.</source>
        <translation>公民身份号码和电话号码均加密保存：只有登录后才能查看，密码遗失后也无法从文件中查出。</translation>
    </message>
    <message>
        <source>Next you are shown a recovery key, once: keep it safe.</source>
        <translation>接下来将显示一次恢复密钥，请妥善保管。</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>e.g. 王建国</source>
        <translation>例如 王建国</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::HierarchyFeature</name>
    <message>
        <source>&amp;Hierarchy</source>
        <translation>层级(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>no streets or towns yet</source>
        <translation>尚无街道或乡镇</translation>
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
    <message>
        <source>Outside your area: shown for reference, not to be changed here. The counts below are those of your area.</source>
        <translation>不在您的管辖范围内：仅供查看，不能在此修改。下面的统计数字只计您管辖范围内的部分。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::ImportValueChoices</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>Import these rows without the item</source>
        <translation>导入这些行，但不填该项</translation>
    </message>
    <message>
        <source>The code to import “%1” as</source>
        <translation>“%1”导入时使用的代码</translation>
    </message>
    <message>
        <source>First in row %1</source>
        <translation>首次出现在第 %1 行</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::LockScreen</name>
    <message>
        <source>RedGrid is locked</source>
        <translation>红网格已锁定</translation>
    </message>
    <message>
        <source>%1 is signed in to %2.
Enter the password to unlock.</source>
        <translation>%1 已登录 %2。
请输入密码解锁。</translation>
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
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Everything in it is invented for trying RedGrid out; only the names of the streets and communities of %1 are real. Do not enter real people&apos;s data here.</source>
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
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Your account (%1) has nothing to show in this window.</source>
        <translation>您的账号（%1）在此窗口中没有可显示的内容。</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>RedGrid</source>
        <translation>红网格</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Everything in it is invented for trying RedGrid out. The names of the streets and communities of %1 are real, except %2 of the communities, made up to make the demo larger, such as %3. Do not enter real people&apos;s data here.</source>
        <translation>&lt;b&gt;演示数据库。&lt;/b&gt;其中的内容均为试用红网格而虚构。%1的街道和社区名称是真实的，但有 %2 个社区（如%3）是为扩大演示规模而虚构的。请勿在此录入真实人员信息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Everything in it is invented for trying RedGrid out. The names of the streets and communities of %1 are real, except those made up to make the demo larger: the streets %2, and %3 of the communities, such as %4. Do not enter real people&apos;s data here.</source>
        <translation>&lt;b&gt;演示数据库。&lt;/b&gt;其中的内容均为试用红网格而虚构。%1的街道和社区名称是真实的，但为扩大演示规模虚构了以下街道：%2，以及 %3 个社区（如%4）。请勿在此录入真实人员信息。</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>开始使用(&amp;G)</translation>
    </message>
    <message>
        <source>A copy of the database was saved.</source>
        <translation>数据库副本已保存。</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;Folder…</source>
        <translation>备份文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Back Up &amp;Automatically</source>
        <translation>自动备份(&amp;A)</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups of this database go to %1</source>
        <translation>此数据库的备份将保存到 %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Checking the backup and putting it in place…</source>
        <translation>正在检查备份并放回原位…</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>被替换的文件保留为 %1。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>%1 [Read-Only] — RedGrid</source>
        <translation>%1 [只读] — 红网格</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>What SQLite found: %1</source>
        <translation>SQLite 检查发现：%1</translation>
    </message>
    <message>
        <source>Continue &amp;Read-Only</source>
        <translation>以只读方式继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MemberDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变动记录(&amp;H)</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>党员 %1</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Save the new member first</source>
        <translation>请先保存新党员</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请改正标红的栏目。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
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
        <source>&amp;History (%1)</source>
        <translation>变动记录（%1）(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;Full Numbers</source>
        <translation>完整显示号码(&amp;F)</translation>
    </message>
    <message>
        <source>Show this member&apos;s ID number and phones in full; this is written to the audit log</source>
        <translation>完整显示该党员的公民身份号码和电话；此操作将记入审计日志</translation>
    </message>
    <message>
        <source>The member cannot be read.</source>
        <translation>无法读取该党员的信息。</translation>
    </message>
    <message>
        <source>Hide &amp;Full Numbers</source>
        <translation>脱敏显示号码(&amp;F)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MemberEventDialog</name>
    <message>
        <source>Transfer Out…</source>
        <translation>组织关系转出…</translation>
    </message>
    <message>
        <source>Transfer In…</source>
        <translation>组织关系转入…</translation>
    </message>
    <message>
        <source>Suspend Membership…</source>
        <translation>停止党籍…</translation>
    </message>
    <message>
        <source>Restore Membership…</source>
        <translation>恢复党籍…</translation>
    </message>
    <message>
        <source>Leave the Party…</source>
        <translation>出党…</translation>
    </message>
    <message>
        <source>Record Death…</source>
        <translation>登记去世…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>the receiving party organisation</source>
        <translation>接收的党组织</translation>
    </message>
    <message>
        <source>At most %1 months after the date of the letter</source>
        <translation>自介绍信开具之日起最长 %1 个月</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>转往(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Letter valid until:</source>
        <translation>介绍信有效期至(&amp;L)：</translation>
    </message>
    <message>
        <source>D&amp;ues paid to:</source>
        <translation>党费交至(&amp;U)：</translation>
    </message>
    <message>
        <source>the organisation the letter comes from</source>
        <translation>开具介绍信的党组织</translation>
    </message>
    <message>
        <source>(choose the branch)</source>
        <translation>（请选择党支部）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>转出党组织(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>转入党支部(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. abroad for more than 6 months without contact</source>
        <translation>例如：出国（境）超过 6 个月未与党组织联系</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>出党方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>choose the branch the member joins</source>
        <translation>请选择该党员转入的党支部</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未登记：%1</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MemberForm</name>
    <message>
        <source>Building Lived In</source>
        <translation>居住楼栋</translation>
    </message>
    <message>
        <source>Works or lives away from home (流动党员)</source>
        <translation>外出务工或居住（流动党员）</translation>
    </message>
    <message>
        <source>Community of the Dual Registration</source>
        <translation>双报到社区</translation>
    </message>
    <message>
        <source>In hardship (困难党员)</source>
        <translation>生活困难（困难党员）</translation>
    </message>
    <message>
        <source>Exempt from activities (old age or illness)</source>
        <translation>免于参加组织生活（年老体弱或患病）</translation>
    </message>
    <message>
        <source>Shown masked. Type the full 18-character number to change it.</source>
        <translation>已脱敏显示。如需修改，请输入完整的 18 位号码。</translation>
    </message>
    <message>
        <source>Shown masked. Type the full number to change it.</source>
        <translation>已脱敏显示。如需修改，请输入完整号码。</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>未延长</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>separated by 、 or commas</source>
        <translation>以“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ethnic group:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Native place:</source>
        <translation>籍贯：</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>学历(&amp;U)：</translation>
    </message>
    <message>
        <source>Degree:</source>
        <translation>学位：</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>党员信息</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所在党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>人员类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>入党日期(&amp;J)：</translation>
    </message>
    <message>
        <source>Full member &amp;since:</source>
        <translation>转正日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Probation extended:</source>
        <translation>延长预备期：</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>党籍状态：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Work and contact</source>
        <translation>工作和联系方式</translation>
    </message>
    <message>
        <source>Job &amp;post:</source>
        <translation>工作岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>Work unit:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Landline:</source>
        <translation>固定电话(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>家庭住址(&amp;A)：</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>居住楼栋：</translation>
    </message>
    <message>
        <source>Contact with the branch</source>
        <translation>与党组织联系情况</translation>
    </message>
    <message>
        <source>Lost contact since:</source>
        <translation>失去联系日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>失联原因：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>外出流向(&amp;D)：</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>双报到社区：</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>报到日期：</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>特长(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>(choose the branch)</source>
        <translation>（请选择党支部）</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MemberImportDialog</name>
    <message>
        <source>Import Party Members</source>
        <translation>导入党员</translation>
    </message>
    <message>
        <source>(none: every row names its branch)</source>
        <translation>（无：每行均填有所在党支部）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Save the rejected rows with their reasons to:</source>
        <translation>将被拒绝的行及原因保存到：</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Branch for rows without one:</source>
        <translation>未填所在党支部的行归入：</translation>
    </message>
    <message>
        <source>Import Valid Rows</source>
        <translation>导入有效行</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>How the columns were understood (correct them if needed):</source>
        <translation>各列的识别结果（如有误请更正）：</translation>
    </message>
    <message>
        <source>The first rows, with what is wrong in each:</source>
        <translation>前几行及各行存在的问题：</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>updates a member on record</source>
        <translation>将更新已有的党员记录</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>无误</translation>
    </message>
    <message>
        <source>%1 rows in the file: %2 new, %3 changed, %4 already up to date, %5 rejected. Importing writes the valid rows; the rejected rows are left out.</source>
        <translation>文件共 %1 行：新增 %2，变更 %3，已是最新 %4，拒绝 %5。导入时只写入有效行，被拒绝的行不导入。</translation>
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
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>读取 %1 行：新增 %2，更新 %3，未变 %4，拒绝 %5。</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>被拒绝的行及原因已保存在 %1 中。</translation>
    </message>
    <message>
        <source>Members Imported</source>
        <translation>党员已导入</translation>
    </message>
    <message>
        <source>Values the code tables do not know (choose what to import them as):</source>
        <translation>代码表中没有的值（请选择导入为哪一项）：</translation>
    </message>
    <message>
        <source>Select a row to read all its problems here.</source>
        <translation>选中一行，可在此处查看其全部问题。</translation>
    </message>
    <message>
        <source>Branches that do not exist yet</source>
        <translation>尚不存在的党支部</translation>
    </message>
    <message>
        <source>&amp;Set them up as new organisations below:</source>
        <translation>在以下党组织下新建这些党支部(&amp;S)：</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（无上级）</translation>
    </message>
    <message>
        <source>Every branch the file names exists.</source>
        <translation>文件中列出的党支部都已存在。</translation>
    </message>
    <message numerus="yes">
        <source>These %n branch(es) will be set up when you import:</source>
        <translation>
            <numerusform>导入时将新建以下 %n 个党支部：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n branch(es) that do not exist yet; their rows are rejected unless you set them up:</source>
        <translation>
            <numerusform>文件中有 %n 个党支部尚不存在；除非新建这些党支部，否则相应的行将被拒绝：</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: no problems.</source>
        <translation>第 %1 行：没有问题。</translation>
    </message>
    <message>
        <source>Row %1 is rejected:</source>
        <translation>第 %1 行被拒绝：</translation>
    </message>
    <message>
        <source>Row %1 is imported, with warnings:</source>
        <translation>第 %1 行将导入，但有警告：</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
        <translation>花名册 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::MembersFeature</name>
    <message>
        <source>Party &amp;Members</source>
        <translation>党员花名册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>党组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>党员(&amp;M)</translation>
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
    <name>redgrid::ui::NodeChooser</name>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
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
    <name>redgrid::ui::NodePickerDialog</name>
    <message>
        <source>Choose a %1. Type a name or code in the search box to find it.</source>
        <translation>请选择%1。在搜索框中输入名称或代码即可查找。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::OrgChecksView</name>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Double-click a line to show the organisation</source>
        <translation>双击一行可显示该党组织</translation>
    </message>
    <message>
        <source>Double-click a line to show the grid in the hierarchy</source>
        <translation>双击一行可在层级中显示该网格</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>网格覆盖</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>检查结果（%1）</translation>
    </message>
    <message>
        <source>Coverage (%1)</source>
        <translation>网格覆盖（%1）</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n finding(s) about organisations</source>
        <translation>
            <numerusform>截至 %1：党组织方面有 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s) without a party branch or group</source>
        <translation>
            <numerusform>%n 个网格没有党支部或党小组覆盖</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redgrid::ui::OrgDialog</name>
    <message>
        <source>A branch committee (支部委员会) is set up</source>
        <translation>已设立支部委员会</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Add Party Organisation</source>
        <translation>添加党组织</translation>
    </message>
    <message>
        <source>as on the seal, e.g. 中共…支部委员会</source>
        <translation>与印章一致，例如 中共…支部委员会</translation>
    </message>
    <message>
        <source>Branches and general branches serve 3 or 5 years, committees 5 years</source>
        <translation>党支部、党总支每届任期 3 年或 5 年，党委每届任期 5 年</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上级党组织(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全称(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>党组织类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Unit situation:</source>
        <translation>所在单位情况(&amp;U)：</translation>
    </message>
    <message>
        <source>F&amp;ounded on:</source>
        <translation>成立日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Sec&amp;retary:</source>
        <translation>书记(&amp;R)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Current &amp;term:</source>
        <translation>本届任期(&amp;T)：</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>覆盖区域：</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（无上级）</translation>
    </message>
    <message>
        <source>(add members first)</source>
        <translation>（请先添加党员）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(unknown member)</source>
        <translation>（未知党员）</translation>
    </message>
    <message>
        <source>Area Covered</source>
        <translation>覆盖区域</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Start of term</source>
        <translation>任期开始日期</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>任期结束日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the type of organisation.</source>
        <translation>请选择党组织类型。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>(above your area)</source>
        <translation>（您管辖范围的上级）</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::OrgTreeModel</name>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n 名在册党员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active members in all, %2 registered in the organisation itself</source>
        <translation>共 %1 名在册党员，其中 %2 名直属本组织</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::OrganisationWidget</name>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>添加党组织(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Organisation…</source>
        <translation>添加党组织…</translation>
    </message>
    <message>
        <source>Set up a party organisation below the selected one</source>
        <translation>在所选党组织下设立党组织</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>编辑党组织(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected organisation (Enter)</source>
        <translation>编辑所选党组织（回车键）</translation>
    </message>
    <message>
        <source>&amp;Delete Organisation…</source>
        <translation>删除党组织(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected organisation, if it holds no members (Del)</source>
        <translation>删除所选党组织，须其中没有党员（Del）</translation>
    </message>
    <message>
        <source>No party organisations yet. Use &lt;b&gt;Add Organisation&lt;/b&gt; to set up the community party committee, then its branches.</source>
        <translation>还没有党组织。请使用&lt;b&gt;添加党组织&lt;/b&gt;先设立社区党委，再设立其下的党支部。</translation>
    </message>
    <message>
        <source>Select an organisation to list its members; select none to list everyone.</source>
        <translation>选择一个党组织可列出其党员；不选则列出全部党员。</translation>
    </message>
    <message>
        <source>%1 active members (%2 in the organisation itself)</source>
        <translation>%1 名在册党员（其中 %2 名直属本组织）</translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation>书记：%1</translation>
    </message>
    <message>
        <source>Term: %1 to %2</source>
        <translation>任期：%1 至 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Delete the organisation %1 (%2, %3)?</source>
        <translation>删除党组织“%1”（%2，%3）？</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::PasswordFields</name>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>At least %1 characters, mixing %2 of: lower-case letters, capitals, digits, other characters.</source>
        <translation>至少 %1 个字符，且须包含小写字母、大写字母、数字、其他字符中的 %2 种。</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>尚不符合要求：%1。</translation>
    </message>
    <message>
        <source>Strong enough. Type it again below.</source>
        <translation>强度足够。请在下方再次输入。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Strong enough, and both are the same.</source>
        <translation>强度足够，两次输入一致。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::PrintPreview</name>
    <message>
        <source>Print ID numbers and phones in &amp;full (for the member to check and sign; written to the audit log)</source>
        <translation>打印完整的身份证号和电话(&amp;F)（供党员本人核对签字；将记入审计日志）</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 pages; printing and saving give every page.</source>
        <translation>预览仅显示共 %2 页中的前 %1 页；打印和保存时包含全部页面。</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>将文档保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The document was saved as a PDF file.</source>
        <translation>文档已保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>打印机 %1 报告了错误</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>未打印</translation>
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
    <name>redgrid::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have stored the recovery key</source>
        <translation>我已妥善保存恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the recovery key of %1.&lt;/b&gt; It is shown only now.</source>
        <translation>&lt;b&gt;这是 %1 的恢复密钥。&lt;/b&gt;仅在此时显示一次。</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way to open the database again: the ID numbers and phones in it are encrypted, and nobody — not even RedGrid&apos;s authors — can read them without a password or this key. Print it or write it down, and keep it locked away, apart from the computer.</source>
        <translation>如果所有管理员都忘记了密码，此密钥是重新打开数据库的唯一途径：数据库中的公民身份号码和电话均已加密，没有密码或此密钥，任何人（包括红网格的开发者）都无法读取。请将其打印或抄写下来，锁好保管，并与计算机分开存放。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>%1 recovery key</source>
        <translation>%1 恢复密钥</translation>
    </message>
    <message>
        <source>Save the Recovery Key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>When every administrator&apos;s password is lost, choose &quot;Forgot password&quot; when signing in and enter this key. Keep this file away from the computer the database is on.</source>
        <translation>所有管理员的密码都遗失时，请在登录时选择“忘记密码”并输入此密钥。请勿将此文件存放在数据库所在的计算机上。</translation>
    </message>
    <message>
        <source>Recovery Key Not Saved</source>
        <translation>恢复密钥未保存</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the Recovery Key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>The recovery key of %1, to keep locked away, apart from the computer.</source>
        <translation>%1的恢复密钥，请锁好保管，不要与计算机放在一起。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RectificationPanel</name>
    <message>
        <source>Rectification (整改)</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Open an Item…</source>
        <translation>新建整改项(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lose the Item…</source>
        <translation>整改销号(&amp;L)…</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>已于 %1 销号：%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation>（%1 遗留）</translation>
    </message>
    <message>
        <source>Open a Rectification Item</source>
        <translation>新建整改项</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3 分）</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Close the Item</source>
        <translation>整改销号</translation>
    </message>
    <message>
        <source>What was done about &quot;%1&quot;?</source>
        <translation>“%1”是如何整改的？</translation>
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
    <name>redgrid::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1. Tell them in private, and ask them to change it after signing in.</source>
        <translation>为 %1 设置新密码。请私下告知本人，并提醒其登录后修改密码。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup of %1. The current file is kept aside under a dated name before the backup takes its place.</source>
        <translation>请选择 %1 的备份。在备份放回原位之前，当前文件将以带日期的文件名另行保留。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>No backups in %1</source>
        <translation>%1 中没有备份</translation>
    </message>
    <message>
        <source>Administrator of the backup:</source>
        <translation>备份的管理员：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Other &amp;File…</source>
        <translation>其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>RedGrid databases (*.redgrid);;All files (*)</source>
        <translation>红网格数据库 (*.redgrid);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(chosen file)</source>
        <translation>（所选文件）</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RosterFileActions</name>
    <message>
        <source>&amp;Import Members…</source>
        <translation>导入党员(&amp;I)…</translation>
    </message>
    <message>
        <source>Import party members from an Excel or CSV roster</source>
        <translation>从电子表格或 CSV 格式的花名册导入党员</translation>
    </message>
    <message>
        <source>&amp;Export Members…</source>
        <translation>导出党员(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Members</source>
        <translation>导出党员</translation>
    </message>
    <message>
        <source>National summary table (汇总表, 21 columns)</source>
        <translation>全国统一汇总表（21 列）</translation>
    </message>
    <message>
        <source>Every column RedGrid keeps</source>
        <translation>红网格保存的全部列</translation>
    </message>
    <message>
        <source>Write ID numbers and phones in full (they are masked by default)</source>
        <translation>完整写出公民身份号码和电话（默认脱敏）</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Select one member first.</source>
        <translation>请先选择一名党员。</translation>
    </message>
    <message>
        <source>Print Member Form</source>
        <translation>打印党员基本信息采集表</translation>
    </message>
    <message>
        <source>member-form</source>
        <translation>党员基本信息采集表</translation>
    </message>
    <message>
        <source>Print Forms</source>
        <translation>打印采集表</translation>
    </message>
    <message>
        <source>member-forms</source>
        <translation>党员基本信息采集表-全部</translation>
    </message>
    <message>
        <source>Print Roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <source>Export the members listed, in the order shown, to Excel or CSV</source>
        <translation>按显示顺序将列表中的党员导出为电子表格或 CSV 文件</translation>
    </message>
    <message>
        <source>Print Member &amp;Form…</source>
        <translation>打印党员信息采集表(&amp;F)…</translation>
    </message>
    <message>
        <source>The 党员基本信息采集表 of the selected member, for them to check and sign</source>
        <translation>所选党员的党员基本信息采集表，供本人核对签字</translation>
    </message>
    <message>
        <source>Print Forms of the Members &amp;Listed…</source>
        <translation>打印列表中党员的采集表(&amp;L)…</translation>
    </message>
    <message>
        <source>One 采集表 page for every member listed, in the order shown</source>
        <translation>按显示顺序为列表中每名党员打印一页采集表</translation>
    </message>
    <message>
        <source>Print &amp;Roster…</source>
        <translation>打印花名册(&amp;R)…</translation>
    </message>
    <message>
        <source>The roster table of the members listed, in the order shown</source>
        <translation>按显示顺序打印列表中党员的花名册</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 名党员。</numerusform>
        </translation>
    </message>
    <message>
        <source>No member is listed, so there is nothing to print.</source>
        <translation>列表中没有党员，无可打印内容。</translation>
    </message>
    <message>
        <source>The 党员基本信息采集表 of %1, for the member to check and sign.</source>
        <translation>%1 的党员基本信息采集表，供本人核对签字。</translation>
    </message>
    <message>
        <source>One 党员基本信息采集表 page for each member listed.</source>
        <translation>列表中每名党员一页党员基本信息采集表。</translation>
    </message>
    <message>
        <source>The roster table (党员基本信息汇总表) of the members listed.</source>
        <translation>列表中党员的花名册（党员基本信息汇总表）。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RosterFilterBar</name>
    <message>
        <source>&amp;Mobile members</source>
        <translation>流动党员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lost contact</source>
        <translation>失联党员(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dual-registered</source>
        <translation>双报到(&amp;D)</translation>
    </message>
    <message>
        <source>Search: name, pinyin (zs), ID number or phone, or their last 4 digits</source>
        <translation>搜索：姓名、拼音或首字母、公民身份号码或电话，或号码后 4 位</translation>
    </message>
    <message>
        <source>Full and probationary</source>
        <translation>正式党员和预备党员</translation>
    </message>
    <message>
        <source>All, also former members</source>
        <translation>全部（含已转出、出党、去世）</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>全部年龄</translation>
    </message>
    <message>
        <source>35 and under</source>
        <translation>35 岁及以下</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2 岁</translation>
    </message>
    <message>
        <source>Over 80</source>
        <translation>80 岁以上</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>全部学历</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <source>Only members away from home (流动党员)</source>
        <translation>只显示外出的党员（流动党员）</translation>
    </message>
    <message>
        <source>Only members the branch has lost contact with (失联党员)</source>
        <translation>只显示党组织失去联系的党员（失联党员）</translation>
    </message>
    <message>
        <source>Only members registered with a community as well (双报到)</source>
        <translation>只显示同时到社区报到的党员（双报到）</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RosterModel</name>
    <message>
        <source>Landline: %1</source>
        <translation>固定电话：%1</translation>
    </message>
    <message>
        <source>Sorted by the strokes of the surname (姓氏笔画)</source>
        <translation>按姓氏笔画排序</translation>
    </message>
    <message>
        <source>Sorted by pinyin</source>
        <translation>按拼音排序</translation>
    </message>
    <message>
        <source>Shown masked; cannot be sorted</source>
        <translation>已脱敏显示，不能排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Party age</source>
        <translation>党龄</translation>
    </message>
    <message>
        <source>Job post</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联党员</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RosterScopeButton</name>
    <message>
        <source>all organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>all organisations of %1</source>
        <translation>%1的全部党组织</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>%1 and the organisations below it</source>
        <translation>%1及其下级党组织</translation>
    </message>
    <message>
        <source>Whose members the roster lists; choose here to list more of them</source>
        <translation>花名册列出的是哪些组织的党员；在此可扩大范围</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::RosterWidget</name>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>List the members of every organisation</source>
        <translation>列出所有党组织的党员</translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation>新增党员(&amp;N)…</translation>
    </message>
    <message>
        <source>New Member…</source>
        <translation>新增党员…</translation>
    </message>
    <message>
        <source>Enter a new party member (Ins)</source>
        <translation>录入新党员（Ins）</translation>
    </message>
    <message>
        <source>&amp;Open Member…</source>
        <translation>打开党员信息(&amp;O)…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Show and edit the selected member (Enter)</source>
        <translation>查看并编辑所选党员（回车键）</translation>
    </message>
    <message>
        <source>&amp;Move to Organisation…</source>
        <translation>调整到其他党组织(&amp;M)…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Register the selected members in another branch (Ctrl+M)</source>
        <translation>将所选党员调整到另一个党支部（Ctrl+M）</translation>
    </message>
    <message>
        <source>Sort Names by &amp;Surname Strokes (姓氏笔画)</source>
        <translation>按姓氏笔画排列姓名(&amp;S)</translation>
    </message>
    <message>
        <source>Sort the name column by the strokes of the surname instead of pinyin</source>
        <translation>姓名列按姓氏笔画而非拼音排序</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 名党员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名党员</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选 %1 名</translation>
    </message>
    <message>
        <source>Too Many Members Selected</source>
        <translation>所选党员过多</translation>
    </message>
    <message>
        <source>Select at most %1 members to move at a time.</source>
        <translation>每次最多调整 %1 名党员。</translation>
    </message>
    <message>
        <source>Move to Organisation</source>
        <translation>调整到党组织</translation>
    </message>
    <message numerus="yes">
        <source>Register the %Ln selected member(s) in:</source>
        <translation>
            <numerusform>将所选的 %Ln 名党员调整到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Moved</source>
        <translation>未调整</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::SavedFileNotice</name>
    <message>
        <source>File Saved</source>
        <translation>文件已保存</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Show the folder that holds the file</source>
        <translation>在文件管理器中显示该文件所在的文件夹</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::ScoreSheetWidget</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>审核得分</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证说明</translation>
    </message>
    <message>
        <source>Vetoes found (一票否决)</source>
        <translation>一票否决事项</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <source>Return for &amp;Correction</source>
        <translation>退回修改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Finish the Review</source>
        <translation>完成审核(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a community to open its score sheet.</source>
        <translation>请选择一个社区，打开其考核评分表。</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4. Template: %5, version %6.</source>
        <translation>%1（%2），%3：%4。模板：%5，第 %6 版。</translation>
    </message>
    <message>
        <source>No sheet is open.</source>
        <translation>没有打开的评分表。</translation>
    </message>
    <message>
        <source>Your role may read the score sheets, not score them.</source>
        <translation>您的角色只能查看评分表，不能评分。</translation>
    </message>
    <message>
        <source>%1 (at best %2)</source>
        <translation>%1（最高评为%2）</translation>
    </message>
    <message>
        <source>%1 (bonus)</source>
        <translation>%1（加分）</translation>
    </message>
    <message>
        <source>%1 (penalty)</source>
        <translation>%1（减分）</translation>
    </message>
    <message>
        <source>%1 (−%2 each)</source>
        <translation>%1（每次扣 %2 分）</translation>
    </message>
    <message>
        <source>Enter how many times this was found.</source>
        <translation>填写发现的次数。</translation>
    </message>
    <message>
        <source>%1 points (table %2, bonus %3, penalty %4): %5, %6</source>
        <translation>%1 分（基本分 %2，加分 %3，减分 %4）：%5，%6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The review differs from the self-assessment.</source>
        <translation>审核得分与自评得分不同。</translation>
    </message>
    <message>
        <source>%1 of %2 %3 → %4 of %5</source>
        <translation>%2 个中 %1 个（%3）→ %4 / %5 分</translation>
    </message>
    <message>
        <source>Self-assessment: %1</source>
        <translation>自评：%1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>%1: the entry is not a number.</source>
        <translation>%1：填写的不是数字。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Reopen the Sheet</source>
        <translation>重新打开评分表</translation>
    </message>
    <message>
        <source>Why is the confirmed sheet reopened?</source>
        <translation>为什么要重新打开已确认的评分表？</translation>
    </message>
    <message>
        <source>The sheet is now %1.</source>
        <translation>评分表现在的状态：%1。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Evidence F&amp;iles…</source>
        <translation>佐证材料(&amp;I)…</translation>
    </message>
    <message>
        <source>The files attached as evidence to the chosen indicator</source>
        <translation>所选指标所附的佐证材料文件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>redgrid::ui::SheetChartsWidget</name>
    <message>
        <source>The Chosen Community</source>
        <translation>所选社区</translation>
    </message>
    <message>
        <source>Your Area</source>
        <translation>本辖区</translation>
    </message>
    <message>
        <source>Choose a community in the list.</source>
        <translation>请在列表中选择一个社区。</translation>
    </message>
    <message>
        <source>No saved sheet yet for %1.</source>
        <translation>%1尚无已保存的考核表。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No community of your area has a saved sheet for %1.</source>
        <translation>本辖区%1尚无社区保存考核表。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n community(ies) with a saved sheet.</source>
        <translation>
            <numerusform>%1，%2：%n 个社区已保存考核表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Chosen Branch</source>
        <translation>所选党支部</translation>
    </message>
    <message>
        <source>The Branches of Its Party Committee</source>
        <translation>所属党委的各党支部</translation>
    </message>
    <message>
        <source>Choose a party branch in the list.</source>
        <translation>请在列表中选择一个党支部。</translation>
    </message>
    <message>
        <source>Choose a party branch: the branches of its party committee are charted.</source>
        <translation>请选择一个党支部：图表显示其所属党委的各党支部。</translation>
    </message>
    <message>
        <source>No branch of %1 has a saved sheet for %2.</source>
        <translation>%1 的党支部在 %2 均无已保存的评分表。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n branch(es) with a saved sheet.</source>
        <translation>
            <numerusform>%1，%2：%n 个党支部有已保存的评分表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redgrid::ui::SheetsPage</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>&amp;Print the Report…</source>
        <translation>打印考核报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the S&amp;ummary…</source>
        <translation>打印汇总报告(&amp;U)…</translation>
    </message>
    <message>
        <source>Choose a community first.</source>
        <translation>请先选择一个社区。</translation>
    </message>
    <message>
        <source>The assessment of %1 for %2: every community&apos;s score, rank and grade.</source>
        <translation>%1%2考核：各社区的得分、排名和等次。</translation>
    </message>
    <message>
        <source>The quarterly assessment report of %1 for %2.</source>
        <translation>%1%2季度考核报告。</translation>
    </message>
    <message>
        <source>Save &amp;All Reports…</source>
        <translation>全部保存报告(&amp;A)…</translation>
    </message>
    <message>
        <source>Score S&amp;heet</source>
        <translation>考核表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved Entries</source>
        <translation>未保存的录入</translation>
    </message>
    <message>
        <source>The sheet of %1 has entries that are not saved. Save them?</source>
        <translation>%1的考核表有尚未保存的录入。是否保存？</translation>
    </message>
    <message>
        <source>Save All Reports</source>
        <translation>全部保存报告</translation>
    </message>
    <message>
        <source>Writing the reports of %1…</source>
        <translation>正在写入%1的报告…</translation>
    </message>
    <message>
        <source>Cancelled: no report was saved.</source>
        <translation>已取消：未保存任何报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>已在 %1 保存 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Community (Village)</source>
        <translation>社区（村）</translation>
    </message>
    <message>
        <source>Party Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>列出(&amp;L)：</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>考核单位</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>考核期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Year-End Rating…</source>
        <translation>年终评定(&amp;Y)…</translation>
    </message>
    <message>
        <source>The chosen one&apos;s year-end rating, bonus and penalty for the year</source>
        <translation>所选对象本年度的年终评定分、年度加分和年度减分</translation>
    </message>
    <message>
        <source>Score sheets and charts are by quarter: choose a quarter to see them.</source>
        <translation>考核表和图表按季度查看：请选择一个季度。</translation>
    </message>
    <message>
        <source>Reports are by quarter: choose a quarter to print them</source>
        <translation>报告按季度出具：请选择一个季度后打印</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>四季度</translation>
    </message>
    <message>
        <source>Year-End</source>
        <translation>年终评定</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>年度加分</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>年度减分</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Choose a party branch first: the summary is of its party committee&apos;s branches.</source>
        <translation>请先选择一个党支部：汇总的是其所属党委的各党支部。</translation>
    </message>
    <message>
        <source>The chosen community&apos;s or party branch&apos;s quarterly report</source>
        <translation>所选社区或党支部的季度考核报告</translation>
    </message>
    <message>
        <source>The quarter&apos;s report of every community in your area, or of the branches of the chosen branch&apos;s party committee</source>
        <translation>本季度辖区内各社区的汇总报告，或所选党支部所属党委各支部的汇总报告</translation>
    </message>
    <message>
        <source>Every community&apos;s (or the chosen branch&apos;s party committee&apos;s branches&apos;) report and the summary as PDF and Excel, into one folder</source>
        <translation>将各社区（或所选党支部所属党委各支部）的报告及汇总表以 PDF 和 Excel 保存到一个文件夹</translation>
    </message>
    <message>
        <source>Choose a party branch first.</source>
        <translation>请先选择一个党支部。</translation>
    </message>
    <message>
        <source>The assessment of %1 for %2: every branch&apos;s score, rank and grade.</source>
        <translation>%1 %2 的考核：各党支部的得分、排名和等次。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::SignInDialog</name>
    <message>
        <source>RedGrid Is Locked</source>
        <translation>红网格已锁定</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit RedGrid</source>
        <translation>退出红网格(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>RedGrid was locked because nobody used it for a while. Enter the password of %1 to go on where you left off.</source>
        <translation>由于一段时间无人操作，红网格已锁定。请输入 %1 的密码，继续之前的工作。</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>登录 %1。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Forgot password — use the recovery key</source>
        <translation>忘记密码——使用恢复密钥</translation>
    </message>
    <message>
        <source>When every administrator&apos;s password is lost, the recovery key shown when the database was secured opens it again. Enter the name of an administrator, the key, and the administrator&apos;s new password.</source>
        <translation>所有管理员的密码都遗失时，可用数据库启用安全保护时显示的恢复密钥重新打开数据库。请输入一名管理员的用户名、恢复密钥以及该管理员的新密码。</translation>
    </message>
    <message>
        <source>« &amp;Back to signing in</source>
        <translation>« 返回登录(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Set the &amp;Password and Sign In</source>
        <translation>设置密码并登录(&amp;P)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>You locked RedGrid. Enter the password of %1 to go on where you left off.</source>
        <translation>您已锁定红网格。请输入 %1 的密码，继续之前的工作。</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::StartPage</name>
    <message>
        <source>Setting Up a New Database</source>
        <translation>新数据库的设置步骤</translation>
    </message>
    <message>
        <source>This database is new. These steps make it ready for use, in this order; each button does its step, and this page says what is done. The same commands are in the menus.</source>
        <translation>这是一个新数据库。请按顺序完成以下步骤，即可投入使用；每个按钮完成对应的一步，本页显示已完成的情况。这些命令在菜单中也可找到。</translation>
    </message>
    <message>
        <source>Import the official division list</source>
        <translation>导入官方区划代码表</translation>
    </message>
    <message>
        <source>The streets, towns, communities and villages of the district, from the division code list of the statistics bureau (a CSV file). Grids and buildings are added in the hierarchy.</source>
        <translation>从统计部门的区划代码表（CSV 文件）导入本区的街道、镇、社区和村。网格和楼栋在层级中添加。</translation>
    </message>
    <message>
        <source>Import Division List…</source>
        <translation>导入区划代码表…</translation>
    </message>
    <message>
        <source>Set up the party organisations</source>
        <translation>建立党组织</translation>
    </message>
    <message>
        <source>The 党委 and 党总支, the 党支部 below them and the part of the hierarchy each one covers, as they are in the organisation tree.</source>
        <translation>按组织体系建立党委、党总支及其下属党支部，并设置各自覆盖的层级范围。</translation>
    </message>
    <message>
        <source>Add Organisation…</source>
        <translation>添加党组织…</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>导入党员花名册</translation>
    </message>
    <message>
        <source>The members from the roster the office keeps (花名册, Excel or CSV). A preview shows each row&apos;s problems before anything is written.</source>
        <translation>从本单位现有的花名册（Excel 或 CSV）导入党员。写入前先预览，列出每一行的问题。</translation>
    </message>
    <message>
        <source>Import Members…</source>
        <translation>导入党员…</translation>
    </message>
    <message>
        <source>Add the accounts</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>An account for each person who will use RedGrid, with a role and an area: a 社区书记 sees and changes only their community.</source>
        <translation>为每位使用红网格的人员建立账号，并指定角色和管辖范围：社区书记只能查看和修改本社区的数据。</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账号管理…</translation>
    </message>
    <message>
        <source>Party organisations: %1</source>
        <translation>党组织：%1 个</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>党员：%1 名</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>账号：%1 个</translation>
    </message>
    <message>
        <source>✓ Done — %1</source>
        <translation>✓ 已完成 — %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
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
<context>
    <name>redgrid::ui::TemplateEditorWidget</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用于评分</translation>
    </message>
    <message>
        <source>&amp;Copy as New…</source>
        <translation>复制为新模板(&amp;C)…</translation>
    </message>
    <message>
        <source>Use for New &amp;Sheets</source>
        <translation>用于新评分表(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准及要求</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Add &amp;Block</source>
        <translation>添加板块(&amp;B)</translation>
    </message>
    <message>
        <source>Add It&amp;em</source>
        <translation>添加子项(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>扣分情形</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <source>Add a &amp;Rule</source>
        <translation>添加扣分规则(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the Ru&amp;le</source>
        <translation>删除扣分规则(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;tandard:</source>
        <translation>标准及要求(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>满分(&amp;M)：</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>计分方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>数据来源(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Deduction rules:</source>
        <translation>扣分规则：</translation>
    </message>
    <message>
        <source>Sa&amp;ve as a New Version</source>
        <translation>保存为新版本(&amp;V)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rule(s))</source>
        <translation>
            <numerusform>%1（%n 条规则）</numerusform>
        </translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>新板块</translation>
    </message>
    <message numerus="yes">
        <source>%1: the maximum &quot;%2&quot; is not a number of points with at most %n decimal(s).</source>
        <translation>
            <numerusform>%1：满分“%2”不是最多 %n 位小数的分值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Maximum points of the blocks: %1 of %2 (bonus capped at %3)</source>
        <translation>各板块满分合计：%1 / %2（加分上限 %3）</translation>
    </message>
    <message>
        <source>Nothing changed: still version %1.</source>
        <translation>没有改动：仍为第 %1 版。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Copy as New</source>
        <translation>复制为新模板</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>新模板名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;, version 1.</source>
        <translation>已复制为“%1”，第 1 版。</translation>
    </message>
    <message>
        <source>New sheets are scored with &quot;%1&quot;.</source>
        <translation>新的评分表将使用“%1”。</translation>
    </message>
    <message>
        <source>Export the Template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Assessment templates (*.json)</source>
        <translation>考核模板 (*.json)</translation>
    </message>
    <message>
        <source>Import a Template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;, version %2.</source>
        <translation>已导入“%1”，第 %2 版。</translation>
    </message>
    <message>
        <source>The template was saved for other offices to import.</source>
        <translation>模板已保存，可供其他单位导入。</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Grades, stars and their quotas, vetoes, the bonus cap and the annual score</source>
        <translation>等次、星级及其名额比例、一票否决、加分上限和年度考核</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::TemplateRulesDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1, row %2: the level has no name</source>
        <translation>%1，第%2行：等级没有名称</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number of points</source>
        <translation>%1，%2：“%3”不是分数</translation>
    </message>
    <message>
        <source>%1, %2: the quota is a share from 0 to 100</source>
        <translation>%1，%2：名额比例须在0到100之间</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>%1的规则</translation>
    </message>
    <message>
        <source>The blocks add up to &amp;(points):</source>
        <translation>各板块合计(&amp;P)（分）：</translation>
    </message>
    <message>
        <source>&amp;Bonus at most:</source>
        <translation>加分上限(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Decimals of scores:</source>
        <translation>得分小数位(&amp;D)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From (points)</source>
        <translation>起点（分）</translation>
    </message>
    <message>
        <source>Quota (%)</source>
        <translation>名额比例（%）</translation>
    </message>
    <message>
        <source>Needs innovation</source>
        <translation>须有创新项目</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Veto (一票否决)</source>
        <translation>一票否决事项</translation>
    </message>
    <message>
        <source>Best grade</source>
        <translation>最高等次</translation>
    </message>
    <message>
        <source>Best stars</source>
        <translation>最高星级</translation>
    </message>
    <message>
        <source>Q%1: </source>
        <translation>第%1季度：</translation>
    </message>
    <message>
        <source>Weights of the quarters:</source>
        <translation>各季度权重：</translation>
    </message>
    <message>
        <source>The quarters&apos; &amp;share of the year:</source>
        <translation>季度得分占年度比例(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Year-end rating at most:</source>
        <translation>年终评定上限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Add a Row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the Row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>Grades (等次)</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Stars (星级)</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>The annual score</source>
        <translation>年度考核</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not a number of points with at most %n decimal(s)</source>
        <translation>
            <numerusform>%1：“%2”不是最多%n位小数的分数</numerusform>
        </translation>
    </message>
    <message>
        <source>the points of the blocks</source>
        <translation>各板块合计分</translation>
    </message>
    <message>
        <source>the bonus cap</source>
        <translation>加分上限</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Vetoes, %1: the grade &quot;%2&quot; is not one of the grades</source>
        <translation>一票否决，%1：“%2”不是已设的等次</translation>
    </message>
    <message>
        <source>Vetoes, %1: &quot;%2&quot; is not one of the star levels</source>
        <translation>一票否决，%1：“%2”不是已设的星级</translation>
    </message>
    <message>
        <source>The annual score needs at least one quarter with a weight</source>
        <translation>年度考核至少要有一个季度的权重</translation>
    </message>
    <message>
        <source>the year-end rating&apos;s maximum</source>
        <translation>年终评定上限</translation>
    </message>
    <message>
        <source>Vetoes, row %1: a veto needs a description</source>
        <translation>一票否决，第%1行：须填写否决事项</translation>
    </message>
</context>
<context>
    <name>redgrid::ui::YearEndDialog</name>
    <message>
        <source>Year-End Rating</source>
        <translation>年终评定</translation>
    </message>
    <message>
        <source>%1, the year %2</source>
        <translation>%1，%2年度</translation>
    </message>
    <message>
        <source>Year-end &amp;rating (at most %1):</source>
        <translation>年终评定分(&amp;R)（最高%1分）：</translation>
    </message>
    <message>
        <source>The year&apos;s &amp;bonus:</source>
        <translation>年度加分(&amp;B)：</translation>
    </message>
    <message>
        <source>The year&apos;s &amp;penalty:</source>
        <translation>年度减分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
</TS>
