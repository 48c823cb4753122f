<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Hearth Desk</source>
        <translation>连心台</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>set the community&apos;s names (first start)</source>
        <translation>设置社区名称（首次使用时）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>community name, e.g. 和平里社区</source>
        <translation>社区名称，例如“和平里社区”</translation>
    </message>
    <message>
        <source>street office name, e.g. 和平里街道</source>
        <translation>街道办事处名称，例如“和平里街道”</translation>
    </message>
    <message>
        <source>district, e.g. 北京市东城区</source>
        <translation>所属区县，例如“北京市东城区”</translation>
    </message>
    <message>
        <source>Community set: {heading}</source>
        <translation>社区已设置：{heading}</translation>
    </message>
    <message>
        <source>fill the store with realistic demo data</source>
        <translation>用接近真实的演示数据填充数据库</translation>
    </message>
    <message>
        <source>number of households (default 600)</source>
        <translation>户数（默认 600）</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>随机种子；相同的种子生成相同的数据</translation>
    </message>
    <message>
        <source>replace the data already in the store</source>
        <translation>替换数据库中已有的数据</translation>
    </message>
    <message>
        <source>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents ({seconds:.1f} s).</source>
        <translation>{community}的演示数据：{compounds} 个小区、{buildings} 栋楼、{units} 个单元、{households} 户、{residents} 名居民（用时 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>check the store&apos;s health and print its row counts</source>
        <translation>检查数据库状态，并列出各表的行数</translation>
    </message>
    <message>
        <source>Store: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (program: {head})</source>
        <translation>数据库结构版本：{revision}（本程序：{head}）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Integrity check: {result}</source>
        <translation>完整性检查：{result}</translation>
    </message>
    <message>
        <source>Foreign key check: {result}</source>
        <translation>外键检查：{result}</translation>
    </message>
    <message>
        <source>Integrity and foreign keys: enforced by the database server</source>
        <translation>完整性与外键：由数据库服务器负责检查</translation>
    </message>
    <message>
        <source>  {table}: {count} rows</source>
        <translation>  {table}：{count} 行</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <source>The store&apos;s schema is not the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>数据库结构与本程序的版本不一致；请先启动一次连心台完成升级（升级前会保留一份副本）。</translation>
    </message>
    <message>
        <source>The store is damaged; restore it from a backup.</source>
        <translation>数据库已损坏；请从备份中恢复。</translation>
    </message>
    <message>
        <source>print a report to a PDF file</source>
        <translation>把报表打印成 PDF 文件</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>which report: overview (the community overview)</source>
        <translation>要打印的报表：overview（社区概况）</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 保存到哪里</translation>
    </message>
    <message>
        <source>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</source>
        <translation>第 {page} 页：“{text}”中的“{characters}”没有字体，已印成 □。</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已生成 {path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <source>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</source>
        <translation>连心台：社区党群服务中心的工作台。不带子命令时打开程序窗口。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>data folder (default: the user&apos;s data folder; or HEARTH_DESK_DATA_DIR)</source>
        <translation>数据文件夹（默认：当前用户的数据文件夹；也可用 HEARTH_DESK_DATA_DIR 指定）</translation>
    </message>
    <message>
        <source>database URL, e.g. postgresql://user@host/db (default: SQLite in the data folder; or HEARTH_DESK_DB_URL)</source>
        <translation>数据库地址，例如 postgresql://user@host/db（默认：数据文件夹中的 SQLite 数据库；也可用 HEARTH_DESK_DB_URL 指定）</translation>
    </message>
    <message>
        <source>fill an empty store with demo data before opening the window</source>
        <translation>打开窗口前，先向空数据库填入演示数据</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>已中断，没有做任何更改。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Hearth Desk. The details are in {log}.</source>
        <translation>抱歉，连心台内部出错了。详细信息已记录在 {log}。</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Welcome to Hearth Desk</source>
        <translation>欢迎使用连心台</translation>
    </message>
    <message>
        <source>Which community does this desk serve? The names head every printout and can be changed later.</source>
        <translation>连心台为哪个社区服务？这些名称会印在每份打印材料的抬头，以后可以修改。</translation>
    </message>
    <message>
        <source>Please fill in the community and the street.</source>
        <translation>请填写社区和街道。</translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>e.g. 和平里社区</source>
        <translation>例如：和平里社区</translation>
    </message>
    <message>
        <source>e.g. 和平里街道</source>
        <translation>例如：和平里街道</translation>
    </message>
    <message>
        <source>e.g. 北京市东城区 (optional)</source>
        <translation>例如：北京市东城区（选填）</translation>
    </message>
    <message>
        <source>Community (社区):</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Street (街道):</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <source>Something went wrong inside Hearth Desk. Your data is safe; the details were written to {log}.</source>
        <translation>连心台内部出错了。您的数据是安全的；详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Aged 60 and over</source>
        <translation>60岁及以上</translation>
    </message>
    <message>
        <source>Aged 80 and over</source>
        <translation>80岁及以上</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Community not set</source>
        <translation>尚未设置社区</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>目前没有需要关注的事项。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth Desk</source>
        <translation>连心台</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>The community&apos;s name has not been set; printouts will have no heading.</source>
        <translation>尚未设置社区名称，打印材料将没有抬头。</translation>
    </message>
    <message>
        <source>{count} units have no grid leader.</source>
        <translation>有 {count} 个单元还没有网格长。</translation>
    </message>
    <message>
        <source>{count} households have no head of household.</source>
        <translation>有 {count} 户还没有登记户主。</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Community overview</source>
        <translation>社区概况</translation>
    </message>
    <message>
        <source>Households and residents per compound, age bands and what needs attention; one or two A4 pages.</source>
        <translation>各小区的户数和居民数、年龄结构和需要关注的事项；一到两页 A4 纸。</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>打印材料</translation>
    </message>
    <message>
        <source>{title} — preview and print</source>
        <translation>{title} — 预览并打印</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Page {page}: “{characters}” in “{text}” has no font and prints as □</source>
        <translation>第 {page} 页：“{text}” 中的 “{characters}” 没有字体，已用 □ 代替</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…还有 {count} 处</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>正在打印第 {page} 页，共 {pages} 页…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{title} — Print preview</source>
        <translation>{title} — 打印预览</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>正在准备打印内容…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Some characters have no font and will print as □. Please write them in by hand on the paper:</source>
        <translation>有些字没有字体，打印出来是 □，请在纸上手写补上：</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>{count} page(s) sent to the printer.</source>
        <translation>已将 {count} 页发送到打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Creating households…</source>
        <translation>正在生成住户…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>打印日期：{date}</translation>
    </message>
    <message>
        <source>Community overview</source>
        <translation>社区概况</translation>
    </message>
    <message>
        <source>(community name not set)</source>
        <translation>（尚未设置社区名称）</translation>
    </message>
    <message>
        <source>The community has {compounds} compounds, {buildings} buildings and {units} units, with {households} households and {residents} residents; {aged_60} are aged 60 or over and {aged_80} aged 80 or over.</source>
        <translation>本社区共有 {compounds} 个小区、{buildings} 栋楼、{units} 个单元，住户 {households} 户，居民 {residents} 人；其中 60 岁及以上 {aged_60} 人，80 岁及以上 {aged_80} 人。</translation>
    </message>
    <message>
        <source>Households and residents by compound</source>
        <translation>各小区住户与居民</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Residents by age</source>
        <translation>居民年龄结构</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high} 岁</translation>
    </message>
    <message>
        <source>{low} and over</source>
        <translation>{low} 岁及以上</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>出生日期不详</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>暂无需要关注的事项。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>保存名称</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>The new language applies when Hearth Desk is started again.</source>
        <translation>新的语言将在下次启动连心台时生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>数据库结构比本程序旧；请先启动一次连心台完成升级（升级前会保留一份副本）。</translation>
    </message>
    <message>
        <source>--households must be between 1 and 200000, not {value}.</source>
        <translation>--households 应为 1 到 200000 之间的数，现在是 {value}。</translation>
    </message>
    <message>
        <source>There is no store in {folder} yet; start Hearth Desk or run hearth-desk init first.</source>
        <translation>{folder} 中还没有数据库；请先启动连心台，或运行 hearth-desk init。</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>The {field} name is empty; please fill it in.</source>
        <translation>{field}名称为空，请填写。</translation>
    </message>
    <message>
        <source>The name “{value}” is longer than {limit} characters.</source>
        <translation>名称“{value}”超过了 {limit} 个字，请改短一些。</translation>
    </message>
    <message>
        <source>Hearth Desk is already running on the data folder {folder}; close it first, or choose another folder with --data-dir.</source>
        <translation>另一个连心台已经在使用数据文件夹 {folder}；请先关闭它，或用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The database {where} holds tables but is not a Hearth Desk store; it was left untouched.</source>
        <translation>数据库 {where} 中已有数据表，但它不是连心台的数据库；程序没有改动它。</translation>
    </message>
    <message>
        <source>The store {where} was made by a newer version of Hearth Desk (schema {revision}); install the newer version to open it. The store was left untouched.</source>
        <translation>数据库 {where} 是由更新版本的连心台创建的（结构版本 {revision}）；请安装新版本后再打开。程序没有改动该数据库。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}); choose another folder with --data-dir or ask for write permission.</source>
        <translation>无法写入数据文件夹 {folder}（{reason}）；请用 --data-dir 选择其他文件夹，或请管理员开通写入权限。</translation>
    </message>
    <message>
        <source>The store {path} is a folder, not a database file.</source>
        <translation>数据库位置 {path} 是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth Desk database (not an SQLite file); it was left untouched.</source>
        <translation>文件 {path} 不是连心台数据库（不是 SQLite 文件）；程序没有改动它。</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>无法打开数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>The store already holds data ({residents} residents); add --replace to overwrite it with demo data.</source>
        <translation>数据库中已有数据（{residents} 名居民）；如要用演示数据覆盖，请加上 --replace。</translation>
    </message>
    <message>
        <source>The printer {name} cannot be reached; check that it is switched on and connected, or save as PDF.</source>
        <translation>无法连接打印机 {name}。请检查打印机是否已开机并连接好，或者改为“另存为 PDF”。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Ask your IT helper to set one up, or use “Save as PDF…” and print the file on another computer.</source>
        <translation>这台电脑上没有安装打印机。请找负责电脑的同事装一台，或者用“另存为 PDF…”保存后到别的电脑上打印。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}. Check that the folder exists and that the disk or USB stick is not full or write-protected.</source>
        <translation>无法把 PDF 保存为 {path}。请检查文件夹是否存在，磁盘或U盘是否已满或处于写保护状态。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation>无法把 PDF 写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示帮助并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %(args)s</source>
        <translation>无法识别的参数：%(args)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以匹配 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 中的一个</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数值</translation>
    </message>
</context>
</TS>
