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
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The backup of {time} was restored. The data as it was before is kept in {file}.</source>
        <translation>已恢复 {time} 的备份。恢复前的数据保存在 {file}。</translation>
    </message>
    <message>
        <source>Hearth Desk</source>
        <translation>连心台</translation>
    </message>
</context>
<context>
    <name>AutoBackupList</name>
    <message>
        <source>Once a day, when Hearth Desk closes, a backup is kept on this PC (not encrypted). It helps after a mistake, not if the PC breaks.</source>
        <translation>每天关闭连心台时，会在这台电脑上保留一份备份（不加密）。它能挽回误操作，但电脑损坏时帮不上忙。</translation>
    </message>
    <message>
        <source>Restore from the chosen one…</source>
        <translation>从选中的备份恢复…</translation>
    </message>
    <message>
        <source>{date}  ({size} MB)</source>
        <translation>{date}（{size} MB）</translation>
    </message>
    <message>
        <source>None yet: the first is made when Hearth Desk closes.</source>
        <translation>还没有：第一份会在关闭连心台时生成。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>communities {n}</source>
        <translation>社区 {n} 个</translation>
    </message>
    <message>
        <source>compounds, buildings and units {n}</source>
        <translation>小区、楼栋和单元 {n} 个</translation>
    </message>
    <message>
        <source>households {n}</source>
        <translation>住户 {n} 户</translation>
    </message>
    <message>
        <source>residents {n} (every record, moved out and deceased too)</source>
        <translation>居民 {n} 人（全部记录，含已迁出、已去世）</translation>
    </message>
    <message>
        <source>care tags {n}</source>
        <translation>人员类别 {n} 种</translation>
    </message>
    <message>
        <source>care tags given to residents {n}</source>
        <translation>人员类别标记 {n} 条</translation>
    </message>
    <message>
        <source>change records {n}</source>
        <translation>修改记录 {n} 条</translation>
    </message>
    <message>
        <source>party organisations {n}</source>
        <translation>党组织 {n} 个</translation>
    </message>
    <message>
        <source>service teams {n}</source>
        <translation>服务队 {n} 支</translation>
    </message>
    <message>
        <source>members and volunteers {n}</source>
        <translation>党员和志愿者 {n} 人</translation>
    </message>
    <message>
        <source>places in service teams {n}</source>
        <translation>服务队队员 {n} 人次</translation>
    </message>
    <message>
        <source>partner units {n}</source>
        <translation>联建单位 {n} 家</translation>
    </message>
    <message>
        <source>events {n}</source>
        <translation>活动 {n} 场</translation>
    </message>
    <message>
        <source>stalls at events {n}</source>
        <translation>活动摊位 {n} 个</translation>
    </message>
    <message>
        <source>sign-ups {n}</source>
        <translation>报名 {n} 条</translation>
    </message>
    <message>
        <source>services counted at stalls {n}</source>
        <translation>摊位服务记录 {n} 条</translation>
    </message>
    <message>
        <source>helpers at events {n}</source>
        <translation>活动帮手 {n} 人次</translation>
    </message>
    <message>
        <source>volunteer service records {n}</source>
        <translation>志愿服务记录 {n} 条</translation>
    </message>
    <message>
        <source>certificates issued {n}</source>
        <translation>已出具证书 {n} 份</translation>
    </message>
    <message>
        <source>printings of certificates {n}</source>
        <translation>证书打印记录 {n} 条</translation>
    </message>
    <message>
        <source>settings for certificates {n}</source>
        <translation>证书设置 {n} 条</translation>
    </message>
    <message>
        <source>people of the office {n}</source>
        <translation>社区工作人员 {n} 人</translation>
    </message>
    <message>
        <source>grid nodes looked after {n}</source>
        <translation>分管网格 {n} 个</translation>
    </message>
    <message>
        <source>settings for visits and requests {n}</source>
        <translation>走访与诉求设置 {n} 条</translation>
    </message>
    <message>
        <source>visiting intervals by care tag {n}</source>
        <translation>按人员类别的走访周期 {n} 条</translation>
    </message>
    <message>
        <source>door-to-door visits {n}</source>
        <translation>入户走访 {n} 次</translation>
    </message>
    <message>
        <source>visitors on visits {n}</source>
        <translation>走访人 {n} 人次</translation>
    </message>
    <message>
        <source>requests and problems {n}</source>
        <translation>诉求问题 {n} 件</translation>
    </message>
    <message>
        <source>steps taken on requests {n}</source>
        <translation>诉求办理步骤 {n} 条</translation>
    </message>
    <message>
        <source>banners and letters of praise {n}</source>
        <translation>锦旗和表扬信 {n} 件</translation>
    </message>
    <message>
        <source>joint meetings {n}</source>
        <translation>联席会议 {n} 次</translation>
    </message>
    <message>
        <source>people at joint meetings {n}</source>
        <translation>参会人员 {n} 人次</translation>
    </message>
    <message>
        <source>matters on meetings&apos; agendas {n}</source>
        <translation>会议议题 {n} 项</translation>
    </message>
    <message>
        <source>terms of the elderly university {n}</source>
        <translation>老年大学学期 {n} 个</translation>
    </message>
    <message>
        <source>days without lessons {n}</source>
        <translation>停课日 {n} 天</translation>
    </message>
    <message>
        <source>classes of the elderly university {n}</source>
        <translation>老年大学班级 {n} 个</translation>
    </message>
    <message>
        <source>weekly lesson times {n}</source>
        <translation>每周上课时段 {n} 个</translation>
    </message>
    <message>
        <source>lessons in timetables {n}</source>
        <translation>课次 {n} 次</translation>
    </message>
    <message>
        <source>attendances at lessons {n}</source>
        <translation>上课出勤 {n} 人次</translation>
    </message>
    <message>
        <source>other records {n}</source>
        <translation>其他记录 {n} 条</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>No backup has been made to a USB stick yet.</source>
        <translation>还没有备份到U盘。</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} (today).</source>
        <translation>上次备份到U盘：{date}（今天）。</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} (yesterday).</source>
        <translation>上次备份到U盘：{date}（昨天）。</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} ({days} days ago).</source>
        <translation>上次备份到U盘：{date}（{days} 天前）。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>重新查找U盘</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>No place chosen yet.</source>
        <translation>还没有选择位置。</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (recommended for USB sticks)</source>
        <translation>用口令加密（U盘建议加密）</translation>
    </message>
    <message>
        <source>Remember the passphrase on this PC</source>
        <translation>在这台电脑上记住口令</translation>
    </message>
    <message>
        <source>This PC has no secure place to keep it.</source>
        <translation>这台电脑没有安全保存口令的地方。</translation>
    </message>
    <message>
        <source>Remember the passphrase: if it is forgotten, the encrypted backups can never be opened again, and nobody can recover it.</source>
        <translation>请牢记口令：忘记口令后，加密的备份永远无法打开，任何人都无法找回。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up to a USB stick or a folder</source>
        <translation>备份到U盘或文件夹</translation>
    </message>
    <message>
        <source>USB sticks:</source>
        <translation>U盘：</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>备份到：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再输一次口令：</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>检查备份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Check or restore</source>
        <translation>检查或恢复</translation>
    </message>
    <message>
        <source>Automatic backups on this PC:</source>
        <translation>这台电脑上的自动备份：</translation>
    </message>
    <message>
        <source>{label} ({path}) — {free} MB free</source>
        <translation>{label}（{path}）— 剩余 {free} MB</translation>
    </message>
    <message>
        <source>No USB stick found; choose a folder instead.</source>
        <translation>没有找到U盘；请改为选择文件夹。</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份已写好</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}</source>
        <translation>备份已写入并检查无误：
{path}</translation>
    </message>
    <message>
        <source>Hearth Desk backups (*.hdbak)</source>
        <translation>连心台备份 (*.hdbak)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted. Passphrase:</source>
        <translation>备份 {file} 已加密。请输入口令：</translation>
    </message>
    <message>
        <source>Check which backup?</source>
        <translation>检查哪个备份？</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Backup is whole</source>
        <translation>备份完好</translation>
    </message>
    <message>
        <source>The backup {file} is complete and intact.

Community: {community}
Made: {time}
Contents: {counts}</source>
        <translation>备份 {file} 完整无损。

社区：{community}
备份时间：{time}
内容：{counts}</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>恢复哪个备份？</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace everything in the program with this backup?

Backup of {time}: {backup}
Now in the program: {current}

A safety copy of the present data is kept first.</source>
        <translation>用这个备份替换程序中的全部数据吗？

{time} 的备份：{backup}
程序中现有：{current}

恢复前会先保存一份当前数据的安全备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>CareTagsEditor</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New care tag</source>
        <translation>新的人员类别</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename care tag</source>
        <translation>人员类别改名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>证书设置</translation>
    </message>
    <message>
        <source>Empty: whoever issues them</source>
        <translation>留空：由出具人经办</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Issuing organisation:</source>
        <translation>出具单位：</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Short name in numbers:</source>
        <translation>编号中的简称：</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>编号格式：</translation>
    </message>
    <message>
        <source>Honour text:</source>
        <translation>荣誉证书正文：</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>可用字段：{fields}</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>示例：{number}</translation>
    </message>
    <message>
        <source>This format cannot be printed.</source>
        <translation>此格式无法打印。</translation>
    </message>
    <message>
        <source>e.g. {text}</source>
        <translation>示例：{text}</translation>
    </message>
    <message>
        <source>This text names a field that does not exist.</source>
        <translation>正文中有不存在的字段。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Issue certificates</source>
        <translation>出具证书</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>出具登记簿</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>证书设置…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Name, pinyin or phone, or scan the sign-in sheet; then Enter</source>
        <translation>输入姓名、拼音或电话，或扫描签到表，按回车</translation>
    </message>
    <message>
        <source>Walk-in… (F2)</source>
        <translation>现场登记…（F2）</translation>
    </message>
    <message>
        <source>Check-in: {title}</source>
        <translation>签到：{title}</translation>
    </message>
    <message>
        <source>Checked in {came} of {signed}</source>
        <translation>已签到 {came} / 报名 {signed}</translation>
    </message>
    <message>
        <source>Not signed up</source>
        <translation>未报名</translation>
    </message>
    <message>
        <source>Waiting list, number {k}</source>
        <translation>候补第{k}位</translation>
    </message>
    <message>
        <source>{status} (on site)</source>
        <translation>{status}（现场）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>未签到。</translation>
    </message>
    <message>
        <source>Let {name} in?</source>
        <translation>让{name}入场？</translation>
    </message>
    <message>
        <source>&amp;Let in (on site)</source>
        <translation>入场，记为现场(&amp;L)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>{name} is already checked in</source>
        <translation>{name} 已签到过</translation>
    </message>
    <message>
        <source>✓ {name} checked in (on site)</source>
        <translation>✓ {name} 签到成功（现场）</translation>
    </message>
    <message>
        <source>✓ {name} checked in</source>
        <translation>✓ {name} 签到成功</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Choose a class.</source>
        <translation>请选择一个班级。</translation>
    </message>
    <message>
        <source>Enrol: type a name, pinyin, ID or phone tail, then Enter</source>
        <translation>报名：输入姓名、拼音、身份证或电话尾号，按回车</translation>
    </message>
    <message>
        <source>Someone from another community…</source>
        <translation>外社区人员…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Drop from the class</source>
        <translation>退班</translation>
    </message>
    <message>
        <source>Move session…</source>
        <translation>调课…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>停课…</translation>
    </message>
    <message>
        <source>Print attendance sheet…</source>
        <translation>打印考勤表…</translation>
    </message>
    <message>
        <source>Print class roster…</source>
        <translation>打印花名册…</translation>
    </message>
    <message>
        <source>Attendance: arrow keys move, Space ticks; saved at once.</source>
        <translation>考勤：方向键移动，空格打勾，随即保存。</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>退班</translation>
    </message>
    <message>
        <source>Enrol someone from another community</source>
        <translation>外社区人员报名</translation>
    </message>
    <message>
        <source>waiting, no. {k}</source>
        <translation>候补第{k}位</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>{name}: the class is full; waiting, no. {k}.</source>
        <translation>{name}：班级已满，候补第{k}位。</translation>
    </message>
    <message>
        <source>{name}: enrolled.</source>
        <translation>{name}：已报名。</translation>
    </message>
    <message>
        <source>Choose a student in the list first.</source>
        <translation>请先在名单中选择一名学员。</translation>
    </message>
    <message>
        <source>Drop {name} from the class?</source>
        <translation>让{name}退班？</translation>
    </message>
    <message>
        <source>{name} is no longer in the class.</source>
        <translation>{name}已退班。</translation>
    </message>
    <message>
        <source>Choose a session&apos;s column in the attendance first.</source>
        <translation>请先在考勤表中选择一次课的那一列。</translation>
    </message>
</context>
<context>
    <name>ClassPrintDialog</name>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>还没有学期。</translation>
    </message>
    <message>
        <source>There are no classes yet.</source>
        <translation>还没有班级。</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>纸张大小：</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>New term…</source>
        <translation>新建学期…</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>新建班级…</translation>
    </message>
    <message>
        <source>Enrolment day…</source>
        <translation>报名日模式</translation>
    </message>
    <message>
        <source>Print timetable…</source>
        <translation>打印课程表…</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>When</source>
        <translation>上课时间</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>已上课次</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤人次</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>课程表</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
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
        <source>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents living there ({records} resident records, including moved out and deceased) ({seconds:.1f} s).</source>
        <translation>{community}的演示数据：{compounds} 个小区、{buildings} 栋楼、{units} 个单元、{households} 户、在册居民 {residents} 人（居民记录 {records} 条，含迁出、去世）（用时 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>The connected-heart tree: {teams} service teams, {members} members and volunteers, {partners} partner units.</source>
        <translation>党群连心树：服务队 {teams} 支，党员和志愿者 {members} 人，联建单位 {partners} 家。</translation>
    </message>
    <message>
        <source>A past year of events: {events} events, {signups} sign-ups, {served} 人次.</source>
        <translation>过去一年的活动：{events} 场，报名 {signups} 人次，摊位服务 {served} 人次。</translation>
    </message>
    <message>
        <source>A year of volunteer service: {people} people, {times} times, {hours} hours, {served} 人次 ({average} hours each).</source>
        <translation>一年的志愿服务：{people} 人参与，共 {times} 次、{hours} 小时，服务 {served} 人次（人均 {average} 小时）。</translation>
    </message>
    <message>
        <source>A year of door-to-door visits: {staff} staff, {visits} visits to {households} households, {requests} requests ({open} still open), {meetings} joint meetings.</source>
        <translation>一年的入户走访：社区工作人员 {staff} 人，走访 {households} 户共 {visits} 次，诉求 {requests} 件（{open} 件未办结），联席会议 {meetings} 次。</translation>
    </message>
    <message>
        <source>The elderly university: {term}, {classes} classes, {sessions} sessions, {enrolments} enrolments ({waiting} waiting, {outsiders} from other communities), {attendance} 人次 so far.</source>
        <translation>老年大学：{term}，{classes} 个班级，{sessions} 次课，报名 {enrolments} 人次（候补 {waiting}，外社区 {outsiders}），已到课 {attendance} 人次。</translation>
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
        <source>ok</source>
        <translation>正常</translation>
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
        <source>  of which residents living here: {living}</source>
        <translation>  其中在册居民 {living} 人</translation>
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
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 保存到哪里</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>split the poster onto sheets of this size for an office printer</source>
        <translation>把海报分拼到这种大小的纸上，用办公室打印机打印</translation>
    </message>
    <message>
        <source>which report: overview (the community overview), ledger (the building ledger; with --tag the care list of that tag), cards (the members&apos; contact cards), roster (the members&apos; roster), poster (the connected-heart tree), or of event N: signin (the sign-in sheet), notice (the notice for the board) or calllist (whom to phone, full numbers); certificates (issue and register the year&apos;s certificates), publicity (their public notice), register (the register of the year&apos;s certificates), yearbook (the year&apos;s volunteer service, with charts); visits-due (the visit round sheet), minutes and meeting-signin (of joint meeting --meeting N), visit-figures (a period&apos;s visits and problems, with charts) or requests (the problem ledger); timetable (a term&apos;s classes, for the board), or of class CLASS: attendance (the attendance sheet) or class-roster (its students, full phones)</source>
        <translation>打印哪一份：overview（社区概况）、ledger（楼栋台账；加 --tag 为该类别的关爱名单）、cards（党员联系卡）、roster（党员花名册）、poster（党群连心树海报），或第 N 号活动的：signin（签到表）、notice（活动通知）、calllist（电话通知名单，完整号码）；certificates（出具并登记该年度的证书）、publicity（证书公示）、register（该年度证书出具登记簿）、yearbook（年度志愿服务统计，含图表）；visits-due（走访登记表）、minutes 和 meeting-signin（第 --meeting N 次联席会议的会议纪要和签到表）、visit-figures（一段时间的走访与问题统计，含图表）或 requests（问题台账）；timetable（一个学期的课程表，供张贴），或班级的：attendance（考勤表）或 class-roster（班级花名册，完整电话）</translation>
    </message>
    <message>
        <source>signin, notice and calllist: the event&apos;s number, 12 or #12; attendance and class-roster: the class, #3, 3 or its name</source>
        <translation>signin、notice 和 calllist：活动编号，如 12 或 #12；attendance 和 class-roster：班级，如 #3、3 或班级名称</translation>
    </message>
    <message>
        <source>cards, roster, poster and certificates: only this service team&apos;s members, e.g. 环境整治服务队</source>
        <translation>cards、roster、poster 和 certificates：只含该服务队的成员，如 环境整治服务队</translation>
    </message>
    <message>
        <source>cards and certificates: only the members this name, pinyin or initials finds; may be repeated</source>
        <translation>cards 和 certificates：只含按此姓名、拼音或首字母找到的党员；可重复</translation>
    </message>
    <message>
        <source>visits-due: the grid worker whose round it is</source>
        <translation>visits-due：走访登记表所属的网格员</translation>
    </message>
    <message>
        <source>minutes and meeting-signin: the joint meeting&apos;s number, 3 or #3</source>
        <translation>minutes 和 meeting-signin：联席会议编号，如 3 或 #3</translation>
    </message>
    <message>
        <source>timetable: the term&apos;s name, e.g. 2026年秋季学期 (default: the current term)</source>
        <translation>timetable：学期名称，如 2026年秋季学期（默认为当前学期）</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>已写入 {path}（{rows} 行）。</translation>
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
        <source>paper size: the poster A3|A2|A1|A0 (default A1), the notice and the timetable A4|A3 (default A4)</source>
        <translation>纸张大小：海报 A3|A2|A1|A0（默认 A1），活动通知和课程表 A4|A3（默认 A4）</translation>
    </message>
    <message>
        <source>visit-figures and requests: the first day of the period, such as 2026-01-01</source>
        <translation>visit-figures 和 requests：时段的第一天，如 2026-01-01</translation>
    </message>
    <message>
        <source>visit-figures and requests: the last day of the period, such as 2026-03-31</source>
        <translation>visit-figures 和 requests：时段的最后一天，如 2026-03-31</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</source>
        <translation>连心台：社区党群服务中心的工作台。不带子命令时打开程序窗口。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</source>
        <translation>从{file}的第一行读取口令（UTF-8、UTF-16 或 GB18030 编码；前后的空格不计）</translation>
    </message>
    <message>
        <source>write a verified backup into a folder or USB stick</source>
        <translation>把经过检查的备份写入文件夹或U盘</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>the folder (e.g. the USB stick) to write the backup into</source>
        <translation>备份写入的文件夹（例如U盘）</translation>
    </message>
    <message>
        <source>encrypt with the passphrase on the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</source>
        <translation>用{file}第一行的口令加密（UTF-8、UTF-16 或 GB18030 编码；前后的空格不计）</translation>
    </message>
    <message>
        <source>write the backup without encryption</source>
        <translation>不加密地写入备份</translation>
    </message>
    <message>
        <source>check a backup completely and say what is inside</source>
        <translation>完整检查一个备份，并说明其中的内容</translation>
    </message>
    <message>
        <source>The backup is complete and intact: {file}</source>
        <translation>备份完整无损：{file}</translation>
    </message>
    <message>
        <source>Community: {community}</source>
        <translation>社区：{community}</translation>
    </message>
    <message>
        <source>Made: {time}</source>
        <translation>备份时间：{time}</translation>
    </message>
    <message>
        <source>Program version {version}, schema {schema}, encrypted: {encrypted}</source>
        <translation>程序版本 {version}，数据结构 {schema}，加密：{encrypted}</translation>
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
        <source>Contents: {counts}</source>
        <translation>内容：{counts}</translation>
    </message>
    <message>
        <source>replace the store with a backup (a safety copy is kept)</source>
        <translation>用备份替换数据库（会先保存安全备份）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>Backup of {time}: {counts}</source>
        <translation>{time} 的备份：{counts}</translation>
    </message>
    <message>
        <source>Current store: {counts}</source>
        <translation>当前数据库：{counts}</translation>
    </message>
    <message>
        <source>Restored. The store as it was before is kept in {file}.</source>
        <translation>已恢复。恢复前的数据保存在 {file}。</translation>
    </message>
    <message>
        <source>Replace the current store with this backup? [y/N] </source>
        <translation>用这个备份替换当前数据库吗？[y/N] </translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再输一次口令：</translation>
    </message>
    <message>
        <source>Hearth Desk {version}</source>
        <translation>连心台 {version}</translation>
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
        <source>check that this installed program has everything it needs (fonts, catalogues, migrations, PDF, the window) in a throwaway folder, then exit</source>
        <translation>在临时文件夹中自检本程序所需的一切（字体、翻译、数据库迁移、PDF、窗口），然后退出</translation>
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
    <message>
        <source>find residents by name, pinyin or initials, ID tail, phone digits or address</source>
        <translation>按姓名、拼音或首字母、身份证号尾号、电话数字或住址查找居民</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>e.g. 张三, zs, the last 4–6 characters of an ID, 3栋2单元</source>
        <translation>例如 张三、zs、身份证号后 4–6 位、3栋2单元</translation>
    </message>
    <message>
        <source>at most N matches (default 20)</source>
        <translation>最多 N 条结果（默认 20）</translation>
    </message>
    <message>
        <source>include residents who moved out or died</source>
        <translation>包括已迁出或已去世的居民</translation>
    </message>
    <message>
        <source>No resident matches “{query}”.</source>
        <translation>没有与“{query}”相符的居民。</translation>
    </message>
    <message>
        <source>import residents from an Excel (.xlsx, .xls) or .csv sheet</source>
        <translation>从 Excel（.xlsx、.xls）或 .csv 表格导入居民</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>export the ledger to an Excel sheet (.xlsx) or a .csv file</source>
        <translation>把台账导出为 Excel 表格（.xlsx）或 .csv 文件</translation>
    </message>
    <message>
        <source>where to write: a name ending in .xlsx (Excel) or .csv (UTF-8)</source>
        <translation>写到哪里：以 .xlsx（Excel）或 .csv（UTF-8）结尾的文件名</translation>
    </message>
    <message>
        <source>Only the first {shown} of {total} residents; add --limit {total} for all.</source>
        <translation>只显示前 {shown} 人，共 {total} 人；加 --limit {total} 显示全部。</translation>
    </message>
    <message>
        <source>import residents or members from an Excel (.xlsx, .xls) or .csv sheet</source>
        <translation>从 Excel（.xlsx、.xls）或 .csv 表导入居民或党员</translation>
    </message>
    <message>
        <source>what to import: residents (the household ledger) or members (the tree&apos;s roster, 党员花名册)</source>
        <translation>导入内容：residents（住户台账）或 members（连心树的党员花名册）</translation>
    </message>
    <message>
        <source>what to import: residents (the household ledger)</source>
        <translation>导入什么：residents（住户台账）</translation>
    </message>
    <message>
        <source>only show what would be imported; write nothing</source>
        <translation>只预览将导入的内容，不写入</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rows with errors</source>
        <translation>只导入无误的行，跳过有错误的行</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>输出.xlsx</translation>
    </message>
    <message>
        <source>write the rows with errors, and why, to this workbook for correction</source>
        <translation>把有错误的行及原因写入此工作簿，以便更正</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}: {rows} rows.</source>
        <translation>{file} 的工作表“{sheet}”：共 {rows} 行。</translation>
    </message>
    <message>
        <source>New households: {households}; new residents: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</source>
        <translation>新增户：{households}；新增居民：{new}；更新：{updated}；无变化：{unchanged}；提醒：{warnings}；错误：{errors}（未通过的行：{rejected}）。</translation>
    </message>
    <message>
        <source>Wrote the {count} rejected rows to {path}.</source>
        <translation>已将 {count} 个未通过的行写入 {path}。</translation>
    </message>
    <message>
        <source>{errors} errors in {rows} rows; nothing was imported. Correct the sheet, or add --skip-invalid to import only the valid rows.</source>
        <translation>{rows} 行共 {errors} 处错误，未导入任何数据。请更正表格，或加上 --skip-invalid 只导入无误的行。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>仅预览：未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported: {households} new households, {new} new residents, {updated} updated ({seconds:.1f} s).</source>
        <translation>已导入：新增 {households} 户、{new} 名居民，更新 {updated} 名（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>only this part of the grid: compound/building/unit, e.g. 和平里一区/3栋</source>
        <translation>只导出或打印网格的这一部分：小区/楼栋/单元，例如“和平里一区/3栋”</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>only residents with this care tag, e.g. 独居老人</source>
        <translation>只含带有此人员类别的居民，例如“独居老人”</translation>
    </message>
    <message>
        <source>full ID numbers and phones instead of partly hidden ones</source>
        <translation>显示完整的身份证号和电话，而不是部分隐藏</translation>
    </message>
    <message>
        <source>export the ledger, the tree&apos;s members or the events to an Excel sheet (.xlsx)</source>
        <translation>把住户台账、连心树党员或活动统计导出为 Excel 表（.xlsx）</translation>
    </message>
    <message>
        <source>what to export: residents (the household ledger), members (the tree&apos;s roster, 党员花名册) or events (活动统计, one row per event)</source>
        <translation>导出内容：residents（住户台账）、members（连心树党员花名册）或 events（活动统计，每场活动一行）</translation>
    </message>
    <message>
        <source>what to export: residents (the household ledger)</source>
        <translation>要导出的内容：residents（住户台账）</translation>
    </message>
    <message>
        <source>must be a number of hours such as 20 or 7.5, not {value}</source>
        <translation>应为小时数，如 20 或 7.5，而不是 {value}</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>certificates and publicity: the year of service, e.g. 2026 (publicity: this year by default)</source>
        <translation>certificates 和 publicity：服务年度，如 2026（publicity 默认为今年）</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>certificates: only those who served at least this many hours</source>
        <translation>certificates：只出具服务时长不少于此小时数的人</translation>
    </message>
    <message>
        <source>certificates: record (the service record certificate, the default) or honour (the honour certificate)</source>
        <translation>certificates：record（志愿服务记录证明，默认）或 honour（荣誉证书）</translation>
    </message>
    <message>
        <source>certificates: leave out, and name, the members with no ID number instead of stopping (a record certificate needs one)</source>
        <translation>certificates：略过没有身份证号码的人并列出其姓名，而不是停止（志愿服务记录证明须有证件号码）</translation>
    </message>
    <message>
        <source>Registered {new} new certificates and {reprints} reprints.</source>
        <translation>已登记新证书 {new} 份，补打 {reprints} 份。</translation>
    </message>
    <message>
        <source>Left out for want of an ID number: {names}</source>
        <translation>因没有证件号码未出具：{names}</translation>
    </message>
    <message>
        <source>Not printed again, as their certificate was voided: {names}</source>
        <translation>证书已作废，未再打印：{names}</translation>
    </message>
    <message>
        <source>the register of issued certificates: list, export, void; the issuer&apos;s settings</source>
        <translation>证书出具登记簿：列出、导出、作废；出具单位设置</translation>
    </message>
    <message>
        <source>only the certificates numbered in this year</source>
        <translation>只列编号为该年度的证书</translation>
    </message>
    <message>
        <source>list the register, ID numbers partly hidden</source>
        <translation>列出登记簿（证件号码部分隐藏）</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>only certificates whose name or number contains this</source>
        <translation>只列姓名或编号含有此文字的证书</translation>
    </message>
    <message>
        <source>write the register to an Excel file</source>
        <translation>把登记簿写入 Excel 文件</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>文件.xlsx</translation>
    </message>
    <message>
        <source>full ID numbers instead of partly hidden ones</source>
        <translation>显示完整证件号码，而不是部分隐藏</translation>
    </message>
    <message>
        <source>void a certificate; it keeps its number</source>
        <translation>作废一份证书（编号保留，不再使用）</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>why it is voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>show or set who issues certificates and how they read</source>
        <translation>查看或设置证书的出具单位、编号格式和荣誉证书文字</translation>
    </message>
    <message>
        <source>the issuing organisation, e.g. 和平里社区居民委员会</source>
        <translation>出具单位，如 和平里社区居民委员会</translation>
    </message>
    <message>
        <source>the person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>the handler who issues them</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>the contact phone printed on certificates</source>
        <translation>证书上印的联系电话</translation>
    </message>
    <message>
        <source>the short name that starts a number, e.g. 和平里</source>
        <translation>编号开头的简称，如 和平里</translation>
    </message>
    <message>
        <source>how a number reads, e.g. {short}{kind}〔{year}〕第{sequence:04d}号</source>
        <translation>编号格式，如 {short}{kind}〔{year}〕第{sequence:04d}号</translation>
    </message>
    <message>
        <source>an honour&apos;s text, e.g. 授予 {姓名} 同志 {年度} 年度优秀志愿者称号</source>
        <translation>荣誉证书的文字，如 授予 {姓名} 同志 {年度} 年度优秀志愿者称号</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录证明</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>reprinted {count}×</source>
        <translation>补打 {count} 次</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{count} certificates.</source>
        <translation>共 {count} 份证书。</translation>
    </message>
    <message>
        <source>Wrote {count} certificates to {path}.</source>
        <translation>已把 {count} 份证书写入 {path}。</translation>
    </message>
    <message>
        <source>Voided {number} ({name}); the number is not used again.</source>
        <translation>已作废 {number}（{name}），该编号不再使用。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>编号格式</translation>
    </message>
    <message>
        <source>Honour text</source>
        <translation>荣誉证书文字</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Exported {count} residents to {path} ({seconds:.1f} s).</source>
        <translation>已导出 {count} 名居民到 {path}（用时 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>The sheet holds full ID numbers and phones; keep it safe.</source>
        <translation>该表格含完整的身份证号和电话，请妥善保管。</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <translation>必须是 {low} 到 {high} 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>print the connected-heart tree: organisation, branches and service teams</source>
        <translation>显示党群连心树：党组织、党支部和服务队</translation>
    </message>
    <message>
        <source>list each team&apos;s members under it (phones masked)</source>
        <translation>在每支服务队下列出队员（电话部分隐藏）</translation>
    </message>
    <message>
        <source>The tree is empty: no party organisation or service team yet.</source>
        <translation>连心树还是空的：还没有党组织或服务队。</translation>
    </message>
    <message>
        <source>secretary: {name}</source>
        <translation>书记：{name}</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>deputy leader</source>
        <translation>副队长</translation>
    </message>
    <message>
        <source>member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>leader: {name}</source>
        <translation>队长：{name}</translation>
    </message>
    <message>
        <source>New service teams: {names}</source>
        <translation>新建服务队：{names}</translation>
    </message>
    <message>
        <source>New members: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</source>
        <translation>新增党员 {new}；更新 {updated}；无变化 {unchanged}；提醒 {warnings}；错误 {errors}（未导入 {rejected} 行）。</translation>
    </message>
    <message>
        <source>Imported: {teams} new service teams, {new} new members, {updated} updated, {unchanged} unchanged ({seconds:.1f} s).</source>
        <translation>已导入：新建服务队 {teams} 个，新增党员 {new} 人，更新 {updated} 人，无变化 {unchanged} 人（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>members only: the members of this service team</source>
        <translation>仅用于 members：只导出这个服务队的成员</translation>
    </message>
    <message>
        <source>members: ID numbers are masked unless --full-id is given, and a masked file cannot update ID numbers when it is imported back; phones are written in full.</source>
        <translation>members：除非加 --full-id，身份证号都部分隐藏；隐藏了号码的文件再导入时不能更新身份证号。电话号码完整导出。</translation>
    </message>
    <message>
        <source>Exported {count} members to {path}.</source>
        <translation>已把 {count} 名党员导出到 {path}。</translation>
    </message>
    <message>
        <source>The sheet holds full ID numbers; keep it safe.</source>
        <translation>此表含完整身份证号，请妥善保管。</translation>
    </message>
    <message>
        <source>ID numbers are masked: importing this file back cannot update them (export with --full-id for that).</source>
        <translation>身份证号已部分隐藏：此文件再导入时不能更新身份证号（需要时请加 --full-id 导出）。</translation>
    </message>
    <message>
        <source>frozen bundle</source>
        <translation>打包版</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python 软件包</translation>
    </message>
    <message>
        <source>Smoke test of this program ({kind}):</source>
        <translation>本程序自检（{kind}）：</translation>
    </message>
    <message>
        <source>migrated to the newest revision and filled with demo data</source>
        <translation>已迁移到最新版本并填入演示数据</translation>
    </message>
    <message>
        <source>Fonts and catalogues</source>
        <translation>字体与翻译文件</translation>
    </message>
    <message>
        <source>Database and migrations</source>
        <translation>数据库与迁移</translation>
    </message>
    <message>
        <source>PDF with embedded fonts</source>
        <translation>嵌入字体的 PDF</translation>
    </message>
    <message>
        <source>PDF preview (QtPdf)</source>
        <translation>PDF 预览（QtPdf）</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>The window, every area</source>
        <translation>窗口及各个功能区</translation>
    </message>
    <message>
        <source>{count} check(s) failed ({seconds:.1f} s).</source>
        <translation>{count} 项检查未通过（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Every check passed ({seconds:.1f} s).</source>
        <translation>全部检查通过（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>{fonts} fonts and {languages} catalogues in {folder}</source>
        <translation>{fonts} 个字体和 {languages} 种语言的翻译，位于 {folder}</translation>
    </message>
    <message>
        <source>{pages} page(s), {fonts} embedded font(s)</source>
        <translation>{pages} 页，嵌入 {fonts} 个字体</translation>
    </message>
    <message>
        <source>{pages} page(s) read and drawn</source>
        <translation>已读取并绘制 {pages} 页</translation>
    </message>
    <message>
        <source>AES-GCM round trip</source>
        <translation>AES-GCM 加密解密往返正常</translation>
    </message>
    <message>
        <source>{areas} areas visited, fonts {fonts}, Qt catalogues {catalogues}</source>
        <translation>已打开 {areas} 个功能区；字体：{fonts}；Qt 翻译：{catalogues}</translation>
    </message>
    <message>
        <source>{text} is not an event number such as #12</source>
        <translation>{text} 不是活动编号（例如 #12）</translation>
    </message>
    <message>
        <source>events and sign-ups: add, list, show, sign up…</source>
        <translation>活动与报名：新建、列出、查看、报名…</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>add an event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>the event&apos;s title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>where it is held</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <source>how many places; later sign-ups wait</source>
        <translation>名额；报满后再报名的进入候补</translation>
    </message>
    <message>
        <source>the last day to sign up</source>
        <translation>报名截止日期</translation>
    </message>
    <message>
        <source>the organising service team</source>
        <translation>组织活动的服务队</translation>
    </message>
    <message>
        <source>UNIT:SERVICE</source>
        <translation>单位:服务</translation>
    </message>
    <message>
        <source>list events by date</source>
        <translation>按日期列出活动</translation>
    </message>
    <message>
        <source>an event&apos;s sign-ups and totals</source>
        <translation>活动的报名名单和统计</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>NAME:PHONE</source>
        <translation>姓名:电话</translation>
    </message>
    <message>
        <source>sign people up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>sign up after the deadline</source>
        <translation>截止后仍报名</translation>
    </message>
    <message>
        <source>cancel a sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>check people in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>let people in when the event is full (现场)</source>
        <translation>活动已满时仍允许入场（现场）</translation>
    </message>
    <message>
        <source>count services at a stall</source>
        <translation>记录摊位服务人次</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>the stall&apos;s service</source>
        <translation>摊位的服务项目</translation>
    </message>
    <message>
        <source>how many were served (without naming them)</source>
        <translation>服务人数（不记姓名）</translation>
    </message>
    <message>
        <source>record the tree&apos;s members who helped, with hours</source>
        <translation>记录来帮忙的成员及其服务时长</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>their own hours, such as 1.5 (default: the event&apos;s start to end)</source>
        <translation>各人的服务时长，如 1.5（默认：活动开始到结束）</translation>
    </message>
    <message>
        <source>Event #{number} added: {title}, {when}.</source>
        <translation>已建立活动 #{number}：{title}，{when}。</translation>
    </message>
    <message>
        <source>No events in that time.</source>
        <translation>这段时间没有活动。</translation>
    </message>
    <message>
        <source>terms of the elderly university</source>
        <translation>老年大学学期</translation>
    </message>
    <message>
        <source>add a term with its closure days</source>
        <translation>新建学期及其停课日</translation>
    </message>
    <message>
        <source>a day without classes (may be given several times)</source>
        <translation>停课日（可多次给出）</translation>
    </message>
    <message>
        <source>closure days from a sheet with the columns 日期 and 原因</source>
        <translation>从含“日期”“原因”两列的表格读入停课日</translation>
    </message>
    <message>
        <source>Term added: {name} ({start} to {end}, {days} days without classes).</source>
        <translation>已建立学期：{name}（{start} 至 {end}，停课 {days} 天）</translation>
    </message>
    <message>
        <source>classes of the elderly university: add, enrol, attendance…</source>
        <translation>老年大学班级：建班、报名、考勤……</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>add a class and its sessions</source>
        <translation>新建班级并生成课次</translation>
    </message>
    <message>
        <source>TERM</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>WEEKDAY_TIME</source>
        <translation>星期时间</translation>
    </message>
    <message>
        <source>a weekly time such as 周一14:30-16:00 (may be given again)</source>
        <translation>每周上课时间，如 周一14:30-16:00（可多次给出）</translation>
    </message>
    <message>
        <source>a member of the tree by name, or an outside teacher</source>
        <translation>连心树成员的姓名，或外请老师的姓名</translation>
    </message>
    <message>
        <source>the classes of a term</source>
        <translation>某学期的班级</translation>
    </message>
    <message>
        <source>a class&apos;s students, waiting list and figures</source>
        <translation>班级的学员、候补名单和数字</translation>
    </message>
    <message>
        <source>enrol people in a class</source>
        <translation>为班级报名</translation>
    </message>
    <message>
        <source>NAME:PHONE:COMMUNITY</source>
        <translation>姓名:电话:社区</translation>
    </message>
    <message>
        <source>take someone off a class</source>
        <translation>为学员退课</translation>
    </message>
    <message>
        <source>a class&apos;s sessions</source>
        <translation>班级的课次</translation>
    </message>
    <message>
        <source>tick who came to a session</source>
        <translation>记录某次课的到课学员</translation>
    </message>
    <message>
        <source>Class #{number} added: {name} ({details}).</source>
        <translation>已建立班级 #{number}：{name}（{details}）</translation>
    </message>
    <message>
        <source>{count} sessions from {first} to {last}.</source>
        <translation>共生成 {count} 次课（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>No sessions: no slot falls between the term&apos;s days.</source>
        <translation>没有课次：学期内没有符合上课时间的日子。</translation>
    </message>
    <message>
        <source>signed up {places}</source>
        <translation>报名 {places}</translation>
    </message>
    <message>
        <source>waiting {n}</source>
        <translation>候补 {n}</translation>
    </message>
    <message>
        <source>No classes in this term yet.</source>
        <translation>本学期还没有班级。</translation>
    </message>
    <message>
        <source>seats left: {n}</source>
        <translation>余 {n} 个名额</translation>
    </message>
    <message>
        <source>no limit on places</source>
        <translation>不限名额</translation>
    </message>
    <message>
        <source>Signed up: {n}</source>
        <translation>报名：{n}</translation>
    </message>
    <message>
        <source>Waiting: {n}</source>
        <translation>候补：{n}</translation>
    </message>
    <message>
        <source>Sessions held: {held}; attendance: {times} 人次.</source>
        <translation>已上课 {held} 次；到课 {times} 人次。</translation>
    </message>
    <message>
        <source>cancelled ({reason})</source>
        <translation>已取消（{reason}）</translation>
    </message>
    <message>
        <source>moved here from {date} ({reason})</source>
        <translation>由 {date} 调至本日（{reason}）</translation>
    </message>
    <message>
        <source>Present on {date}: {names} ({total} in all).</source>
        <translation>{date} 到课：{names}（本次共 {total} 人）</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>名额 {n}</translation>
    </message>
    <message>
        <source>Checked in: {n}</source>
        <translation>签到：{n}</translation>
    </message>
    <message>
        <source>times served: {n}</source>
        <translation>人次：{n}</translation>
    </message>
    <message>
        <source>Times served: {n}</source>
        <translation>人次：{n}</translation>
    </message>
    <message>
        <source>Cancelled: {name}.</source>
        <translation>已取消：{name}。</translation>
    </message>
    <message>
        <source>{name} moved up from the waiting list; please phone {phone}.</source>
        <translation>{name}已由候补转为报名，请电话通知：{phone}。</translation>
    </message>
    <message>
        <source>Checked in: {name}.</source>
        <translation>已签到：{name}。</translation>
    </message>
    <message>
        <source>{name}: {hours} hours</source>
        <translation>{name}：{hours} 小时</translation>
    </message>
    <message>
        <source>{name}: hours changed to {hours}</source>
        <translation>{name}：时长改为 {hours} 小时</translation>
    </message>
    <message>
        <source>{name} is a helper at #{number} already ({hours} hours).</source>
        <translation>{name} 已是 #{number} 的志愿者（{hours} 小时）。</translation>
    </message>
    <message>
        <source>#{number} has no start and end time: give --hours to count hours.</source>
        <translation>#{number} 没有开始和结束时间：请用 --hours 给出服务时长。</translation>
    </message>
    <message>
        <source>waiting, number {k}</source>
        <translation>候补第{k}位</translation>
    </message>
    <message>
        <source> (on site)</source>
        <translation>（现场）</translation>
    </message>
    <message>
        <source>events only: the events of this year</source>
        <translation>仅用于活动：只导出这一年的活动</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>已导出 {count} 场活动到 {path}。</translation>
    </message>
    <message>
        <source>record volunteer service done outside events</source>
        <translation>记录活动以外的志愿服务</translation>
    </message>
    <message>
        <source>record one service: who, when, how long, what</source>
        <translation>记录一次服务：谁、哪天、多长时间、做了什么</translation>
    </message>
    <message>
        <source>the member who served: name, pinyin or phone tail</source>
        <translation>服务的成员：姓名、拼音或电话尾号</translation>
    </message>
    <message>
        <source>the day of the service</source>
        <translation>服务的日期</translation>
    </message>
    <message>
        <source>hours, such as 1.5</source>
        <translation>服务时长（小时），如 1.5</translation>
    </message>
    <message>
        <source>what was done, such as 疏通下水道</source>
        <translation>做了什么，如 疏通下水道</translation>
    </message>
    <message>
        <source>the household served, named by one of its residents</source>
        <translation>服务的住户，写其中一位居民即可</translation>
    </message>
    <message>
        <source>times served (人次), default 1</source>
        <translation>服务人次，默认 1</translation>
    </message>
    <message>
        <source>Recorded: {name} {date} {hours} hours {what}</source>
        <translation>已记录：{name} {date} {hours} 小时 {what}</translation>
    </message>
    <message>
        <source>a year&apos;s volunteer figures: the totals, by month, by team, the top volunteers</source>
        <translation>一年的志愿服务统计：合计、按月、按服务队、志愿者排行</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>visits: the door-to-door visits and problems of a period (--from, --to) instead of a year&apos;s volunteer service</source>
        <translation>visits：统计一段时间（--from、--to）的入户走访和问题办理，而不是全年志愿服务</translation>
    </message>
    <message>
        <source>the year to count</source>
        <translation>统计哪一年</translation>
    </message>
    <message>
        <source>only this service team&apos;s members, e.g. 环境整治服务队</source>
        <translation>只统计这个服务队的成员，如 环境整治服务队</translation>
    </message>
    <message>
        <source>{times} times, {hours} hours, {served} 人次, {people} people</source>
        <translation>{times} 次，{hours} 小时，{served} 人次，{people} 人</translation>
    </message>
    <message>
        <source>{year}: {times} times of volunteer service, {hours} hours, {served} 人次 served; {people} people served, {average} hours each on average.</source>
        <translation>{year} 年全年开展志愿服务 {times} 次、{hours} 小时，服务居民 {served} 人次；参与 {people} 人，人均 {average} 小时。</translation>
    </message>
    <message>
        <source>visits: the first day of the period, such as 2026-01-01</source>
        <translation>visits：统计期的第一天，如 2026-01-01</translation>
    </message>
    <message>
        <source>visits: the last day of the period, such as 2026-03-31</source>
        <translation>visits：统计期的最后一天，如 2026-03-31</translation>
    </message>
    <message>
        <source>{start} to {end}: {visits} visits; {covered}/{due} households due were visited ({coverage}); {visited} households visited in all.</source>
        <translation>{start}至{end}：走访 {visits} 次，覆盖应访住户 {covered}/{due} 户（{coverage}），共走访 {visited} 户。</translation>
    </message>
    <message>
        <source>{registered} problems registered, {done} closed (closure rate {rate}); median {days} days to close.</source>
        <translation>登记问题 {registered} 件，办结 {done} 件（办结率 {rate}），办结用时中位数 {days} 天。</translation>
    </message>
    <message>
        <source>By category: {counts}</source>
        <translation>按类别：{counts}</translation>
    </message>
    <message>
        <source>By tier: {counts}</source>
        <translation>按层级：{counts}</translation>
    </message>
    <message>
        <source>By status: {counts}</source>
        <translation>按状态：{counts}</translation>
    </message>
    <message>
        <source>Return visits: {counts}; satisfaction rate {rate}.</source>
        <translation>回访：{counts}；满意率 {rate}。</translation>
    </message>
    <message>
        <source>By quarter:</source>
        <translation>按季度：</translation>
    </message>
    <message>
        <source>{year} quarter {quarter}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>按月：</translation>
    </message>
    <message>
        <source>{year}, month {month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{visits} visits, {covered}/{due} due visited ({coverage}); {registered} problems, {done} closed ({rate}); satisfaction {satisfied}</source>
        <translation>走访 {visits} 次，覆盖应访 {covered}/{due} 户（{coverage}）；问题 {registered} 件，办结 {done} 件（{rate}）；满意率 {satisfied}</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>By team:</source>
        <translation>按服务队：</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>Someone in several teams counts in each, so the teams add up to more than the totals.</source>
        <translation>同时在几个服务队的人各队都计入，所以各队相加多于合计。</translation>
    </message>
    <message>
        <source>Top volunteers:</source>
        <translation>志愿者排行（按时长）：</translation>
    </message>
    <message>
        <source>{hours} hours, {times} times, {served} 人次</source>
        <translation>{hours} 小时，{times} 次，{served} 人次</translation>
    </message>
    <message>
        <source>Nobody served in that year.</source>
        <translation>这一年没有志愿服务记录。</translation>
    </message>
    <message>
        <source>door-to-door visits: record one, list who is due</source>
        <translation>入户走访：记录走访，列出应访住户</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>记录一次走访</translation>
    </message>
    <message>
        <source>the household: its address as printed, or a member&apos;s ID number or name</source>
        <translation>住户：打印的地址，或任一成员的身份证号或姓名</translation>
    </message>
    <message>
        <source>who made the visit (staff); may be repeated</source>
        <translation>走访人（工作人员），可重复</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>a problem found, registered as a request</source>
        <translation>发现的问题，登记为诉求</translation>
    </message>
    <message>
        <source>the households due a visit</source>
        <translation>应走访的住户</translation>
    </message>
    <message>
        <source>the staff member at the desk, named in change records (or HEARTH_DESK_ACTOR; default: the computer&apos;s account)</source>
        <translation>在台前值班的工作人员，记入修改记录（或用 HEARTH_DESK_ACTOR；默认：电脑的登录账户）</translation>
    </message>
    <message>
        <source>the office&apos;s staff: add, list</source>
        <translation>社区工作人员：添加、列出</translation>
    </message>
    <message>
        <source>add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>书记, 主任, 委员, 网格员 or 社工</source>
        <translation>书记、主任、委员、网格员或社工</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>GRID</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>a grid node they look after, e.g. 和平里一区 or 和平里一区/1栋 (repeatable)</source>
        <translation>负责的网格，如 和平里一区 或 和平里一区/1栋（可重复）</translation>
    </message>
    <message>
        <source>the staff with their roles, phones and grids</source>
        <translation>列出工作人员及其职务、电话和网格</translation>
    </message>
    <message>
        <source>Staff member added: {name} ({role}).</source>
        <translation>已添加工作人员：{name}（{role}）</translation>
    </message>
    <message>
        <source>The staff list is empty.</source>
        <translation>工作人员名单为空。</translation>
    </message>
    <message>
        <source>a compound, building or unit, e.g. 和平里一区/3栋</source>
        <translation>小区、楼栋或单元，如 和平里一区/3栋</translation>
    </message>
    <message>
        <source>the grid worker whose area to list</source>
        <translation>列出该网格员负责的片区</translation>
    </message>
    <message>
        <source>only those past due</source>
        <translation>只列逾期的</translation>
    </message>
    <message>
        <source>Visit recorded: {address} ({date})</source>
        <translation>已记录走访：{address}（{date}）</translation>
    </message>
    <message>
        <source>Request #{number} registered</source>
        <translation>已登记诉求 #{number}</translation>
    </message>
    <message>
        <source>No household is due a visit.</source>
        <translation>没有应走访的住户。</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>逾期{days}天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>{days}天后到期</translation>
    </message>
    <message>
        <source>{text} is not a meeting number such as #3</source>
        <translation>{text} 不是会议编号（如 #3）</translation>
    </message>
    <message>
        <source>joint meetings of the five parties and their matters</source>
        <translation>五方联席会议及其议题</translation>
    </message>
    <message>
        <source>{text} is not a request number such as #12</source>
        <translation>{text} 不是诉求编号（例如 #12）</translation>
    </message>
    <message>
        <source>record a joint meeting</source>
        <translation>登记一次联席会议</translation>
    </message>
    <message>
        <source>PARTY:NAME</source>
        <translation>参会方:姓名</translation>
    </message>
    <message>
        <source>who came, e.g. 居委会:张三; the parties: {parties}</source>
        <translation>参会人员，如 居委会:张三；参会方：{parties}</translation>
    </message>
    <message>
        <source>bring request #N to the table; may be repeated</source>
        <translation>把诉求 #N 列为议题；可重复</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>a new matter that is not a request; may be repeated</source>
        <translation>新议题（不是诉求）；可重复</translation>
    </message>
    <message>
        <source>every joint meeting, newest first</source>
        <translation>所有联席会议，最近的在前</translation>
    </message>
    <message>
        <source>a meeting&apos;s parties, matters and decisions</source>
        <translation>会议的参会方、议题和议定事项</translation>
    </message>
    <message>
        <source>the matter&apos;s number on the agenda, as “meeting show” lists</source>
        <translation>议题在议程中的序号，见“meeting show”</translation>
    </message>
    <message>
        <source>record a matter&apos;s decision, owner and due date</source>
        <translation>记录议题的议定事项、责任人和完成时限</translation>
    </message>
    <message>
        <source>mark a matter settled</source>
        <translation>将议题标为已办结</translation>
    </message>
    <message>
        <source>Joint meeting #{number} added: {when}.</source>
        <translation>已建立联席会议 #{number}：{when}。</translation>
    </message>
    <message>
        <source>{count} matters not settled were carried over from meeting #{number}.</source>
        <translation>上次会议 #{number} 未办结的 {count} 项议题已延续到本次会议。</translation>
    </message>
    <message>
        <source>No matters were carried over.</source>
        <translation>没有需要延续的议题。</translation>
    </message>
    <message>
        <source>Matters on the agenda: {count}.</source>
        <translation>本次议题共 {count} 项。</translation>
    </message>
    <message>
        <source>No joint meetings yet.</source>
        <translation>尚无联席会议。</translation>
    </message>
    <message>
        <source>Convenor: {name}</source>
        <translation>召集人：{name}</translation>
    </message>
    <message>
        <source>{count} matters, {open} not settled</source>
        <translation>议题 {count} 项，未办结 {open} 项</translation>
    </message>
    <message>
        <source>Meeting #{number}, matter {position}: decision recorded.</source>
        <translation>联席会议 #{number} 第 {position} 项议题：已记录议定事项。</translation>
    </message>
    <message>
        <source>Meeting #{number}, matter {position}: settled.</source>
        <translation>联席会议 #{number} 第 {position} 项议题：已办结。</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>记录人：{name}</translation>
    </message>
    <message>
        <source>No matters on the agenda.</source>
        <translation>没有议题。</translation>
    </message>
    <message>
        <source>carried over from #{number}</source>
        <translation>延续自 #{number}</translation>
    </message>
    <message>
        <source>request #{number} ({status})</source>
        <translation>诉求 #{number}（{status}）</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>议定事项：{text}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>责任人：{name}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>完成时限：{date}</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>{text} is not one of {words}</source>
        <translation>{text} 不在可选范围内：{words}</translation>
    </message>
    <message>
        <source>requests (诉求): list, show, update, escalate, follow up</source>
        <translation>诉求：列出、查看、办理、上报街道、回访</translation>
    </message>
    <message>
        <source>the staff member who did it (default: the person at the desk)</source>
        <translation>经办的工作人员（默认为当前值班人员）</translation>
    </message>
    <message>
        <source>list requests</source>
        <translation>列出诉求</translation>
    </message>
    <message>
        <source>only requests still open past their due date</source>
        <translation>只列出已过期限仍未办结的诉求</translation>
    </message>
    <message>
        <source>a request and every step</source>
        <translation>查看一条诉求及其每个办理环节</translation>
    </message>
    <message>
        <source>move a request one step</source>
        <translation>将诉求推进到下一环节</translation>
    </message>
    <message>
        <source>办结: what was done</source>
        <translation>办结：办理结果</translation>
    </message>
    <message>
        <source>上报街道: the office&apos;s reference</source>
        <translation>上报街道：街道的受理编号</translation>
    </message>
    <message>
        <source>report a request to the street office (特事)</source>
        <translation>将诉求上报街道（特事）</translation>
    </message>
    <message>
        <source>the office&apos;s reference</source>
        <translation>街道的受理编号</translation>
    </message>
    <message>
        <source>record the return visit and satisfaction</source>
        <translation>记录回访及满意度</translation>
    </message>
    <message>
        <source>log a silk banner or letter of praise for a request</source>
        <translation>为诉求登记锦旗或表扬信</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>没有诉求。</translation>
    </message>
    <message>
        <source>#{number}: the resident is not satisfied; the request is reopened ({status}).</source>
        <translation>#{number}：居民不满意，诉求已重新办理（{status}）。</translation>
    </message>
    <message>
        <source>#{number}: {status}.</source>
        <translation>#{number}：{status}。</translation>
    </message>
    <message>
        <source>#{number}: {kind} logged.</source>
        <translation>#{number}：已登记{kind}。</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>期限 {date}</translation>
    </message>
    <message>
        <source>overdue {days} days</source>
        <translation>逾期{days}天</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>住户/地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Partner unit</source>
        <translation>联建单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Street office reference</source>
        <translation>街道受理编号</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>办理环节：</translation>
    </message>
    <message>
        <source>Thanks:</source>
        <translation>感谢：</translation>
    </message>
</context>
<context>
    <name>ColourChoice</name>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>玫红</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>青灰</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>青绿</translation>
    </message>
    <message>
        <source>Golden yellow</source>
        <translation>金黄</translation>
    </message>
    <message>
        <source>Grass green</source>
        <translation>草绿</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>靛蓝</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <source>Team colour</source>
        <translation>服务队颜色</translation>
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
    <name>DeskBar</name>
    <message>
        <source>Change person…</source>
        <translation>换人…</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>值班：{name}</translation>
    </message>
    <message>
        <source>There are no staff to choose from yet; add them in Settings.</source>
        <translation>还没有可选的工作人员；请在“设置”中添加。</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>谁在值班？</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN：</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>That PIN is not right; try again.</source>
        <translation>PIN 不对，请重试。</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search name, pinyin, ID, phone, work unit (Ctrl+F)</source>
        <translation>搜索姓名、拼音、身份证号、电话、工作单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Dual registered</source>
        <translation>已双报到</translation>
    </message>
    <message>
        <source>Not dual registered</source>
        <translation>未双报到</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Non-party volunteers</source>
        <translation>群众志愿者</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>所属支部：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>在职/退休：</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>双报到：</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新增成员…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Take out of the tree…</source>
        <translation>移出连心树…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of the tree</source>
        <translation>移出连心树</translation>
    </message>
    <message>
        <source>Take {name} out of the tree, with their places in the service teams? A resident record in the ledger stays.</source>
        <translation>将{name}移出连心树，并退出所在的服务队吗？住户台账中的居民记录不受影响。</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>逾期情况</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>逾期{days}天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>{days}天后到期</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>放弃未保存的修改？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <source>Change request #{number}</source>
        <translation>修改诉求 #{number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Partner unit:</source>
        <translation>联建单位：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
</context>
<context>
    <name>EnrolmentDayMode</name>
    <message>
        <source>Name, pinyin or phone; Enter, then pick the class</source>
        <translation>输入姓名、拼音或电话，回车后选择班级</translation>
    </message>
    <message>
        <source>From another community… (F2)</source>
        <translation>外社区居民…（F2）</translation>
    </message>
    <message>
        <source>Enrolment day: {term}</source>
        <translation>报名日：{term}</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · waiting {waiting}</source>
        <translation>已报名 {enrolled} 人 · 候补 {waiting} 人</translation>
    </message>
    <message>
        <source>No limit, {n} enrolled</source>
        <translation>不限名额，已报 {n} 人</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>余 %n 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>Full, {z} waiting</source>
        <translation>已满，候补 {z} 人</translation>
    </message>
    <message>
        <source>From another community</source>
        <translation>外社区居民</translation>
    </message>
    <message>
        <source>Not in any class of the term yet</source>
        <translation>本学期尚未报名任何班级</translation>
    </message>
    <message>
        <source>#{number} {name} (waiting list, number {k})</source>
        <translation>#{number} {name}（候补第{k}位）</translation>
    </message>
    <message>
        <source>Already in: {classes}</source>
        <translation>已报：{classes}</translation>
    </message>
    <message>
        <source>Type a name first, or F2 for someone from another community.</source>
        <translation>请先输入姓名；外社区居民请按 F2。</translation>
    </message>
    <message>
        <source>{name}: {course}, waiting list, number {k}</source>
        <translation>{name}：{course} 候补第{k}位</translation>
    </message>
    <message>
        <source>✓ {name} enrolled in {course}</source>
        <translation>✓ {name} 已报名 {course}</translation>
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
    <name>EventDayDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change event #{number}</source>
        <translation>修改活动 #{number}</translation>
    </message>
    <message>
        <source>New event, copied from an earlier one</source>
        <translation>新建活动（复制以往活动）</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. 便民服务日, 防诈骗讲座</source>
        <translation>如：便民服务日、防诈骗讲座</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>不设截止</translation>
    </message>
    <message>
        <source>What residents should know: bring, wear, note…</source>
        <translation>居民须知：带什么、注意什么…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>活动名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Organising team:</source>
        <translation>组织服务队：</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>名额：</translation>
    </message>
    <message>
        <source>Sign up by:</source>
        <translation>报名截止：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知内容：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Add its stall</source>
        <translation>添加该单位摊位</translation>
    </message>
    <message>
        <source>Add another stall</source>
        <translation>添加其他摊位</translation>
    </message>
    <message>
        <source>Remove stall</source>
        <translation>删除摊位</translation>
    </message>
    <message>
        <source>Stalls (partner units and what they offer)</source>
        <translation>摊位（共建单位及服务项目）</translation>
    </message>
</context>
<context>
    <name>EventHeading</name>
    <message>
        <source>organised by {team}</source>
        <translation>组织：{team}</translation>
    </message>
    <message>
        <source>sign up by {date}</source>
        <translation>{date} 截止报名</translation>
    </message>
    <message>
        <source>Signed up {n} / places {capacity}</source>
        <translation>报名 {n} / 名额 {capacity}</translation>
    </message>
    <message>
        <source>Signed up {n}</source>
        <translation>报名 {n}</translation>
    </message>
    <message>
        <source>, waiting {n}</source>
        <translation>，候补 {n}</translation>
    </message>
    <message>
        <source>, checked in {n}</source>
        <translation>，签到 {n}</translation>
    </message>
    <message>
        <source>, times served {n}</source>
        <translation>，服务 {n} 人次</translation>
    </message>
</context>
<context>
    <name>EventPrintDialog</name>
    <message>
        <source>There are no events to print yet.</source>
        <translation>还没有可打印的活动。</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>{event} (cancelled)</source>
        <translation>{event}（已取消）</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Stall counters</source>
        <translation>摊位计数</translation>
    </message>
    <message>
        <source>After the event…</source>
        <translation>活动小结…</translation>
    </message>
    <message>
        <source>Change event…</source>
        <translation>修改活动…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印活动通知</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>电话通知单</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>结束活动…</translation>
    </message>
    <message>
        <source>Call off event…</source>
        <translation>取消活动…</translation>
    </message>
    <message numerus="yes">
        <source>Finish #{number} {title}? Those signed up who did not check in (%n) will be marked absent.</source>
        <translation>
            <numerusform>结束活动 #{number} {title}？已报名但未签到的 %n 人将记为“未到”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish event</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂不结束</translation>
    </message>
    <message>
        <source>#{number} is over.</source>
        <translation>#{number} 已结束。</translation>
    </message>
    <message>
        <source>Call off #{number} {title}? Sign-ups are kept; print the call list to tell them.</source>
        <translation>取消活动 #{number} {title}？报名记录会保留；请打印电话通知单逐一告知。</translation>
    </message>
    <message>
        <source>Call off event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation>保留活动</translation>
    </message>
    <message>
        <source>#{number} is called off.</source>
        <translation>#{number} 已取消。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Copy as a new event…</source>
        <translation>复制为新活动…</translation>
    </message>
    <message>
        <source>No events yet. “New event…” makes the first one.</source>
        <translation>还没有活动。点“新建活动…”建立第一个。</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>{n}/{capacity} signed up</source>
        <translation>报名 {n}/{capacity}</translation>
    </message>
    <message>
        <source>{n} signed up</source>
        <translation>报名 {n}</translation>
    </message>
    <message>
        <source>, {n} waiting</source>
        <translation>，候补 {n}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Resident ledger (full ID numbers and phones)</source>
        <translation>居民台账（含完整身份证号和电话）</translation>
    </message>
    <message>
        <source>Resident ledger (ID numbers and phones masked)</source>
        <translation>居民台账（身份证号和电话已部分隐藏）</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>The {rows} residents now listed are exported, with the ledger&apos;s columns.</source>
        <translation>将导出现在列出的 {rows} 名居民，列与台账相同。</translation>
    </message>
    <message>
        <source>Full ID numbers and phones (keep the file safe)</source>
        <translation>完整的身份证号和电话（请妥善保管文件）</translation>
    </message>
</context>
<context>
    <name>FigureTables</name>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>month {n}</source>
        <translation>{n}月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>队员数</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>人均时长</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>所在服务队</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60岁以上</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70岁以上</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80岁以上</translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90岁以上</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18岁以下</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Care tag:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Old 15-digit number converted to 18 digits: {number}.</source>
        <translation>旧的15位号码已转换为18位：{number}。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; “{number}” has {length}.</source>
        <translation>身份证号应为18位；“{number}”为 {length} 位。</translation>
    </message>
    <message>
        <source>“{number}” is not an ID number: only digits and a final X are allowed.</source>
        <translation>“{number}”不是身份证号：只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number {number} holds an impossible birth date ({digits}).</source>
        <translation>身份证号 {number} 中的出生日期不存在（{digits}）。</translation>
    </message>
    <message>
        <source>The check digit of the ID number {number} is wrong: a digit is mistyped.</source>
        <translation>身份证号 {number} 的校验位不对：有数字输错了。</translation>
    </message>
    <message>
        <source>The area code {area} of the ID number was never a district&apos;s code; check the first six digits.</source>
        <translation>身份证号的地区码 {area} 从未是任何区县的代码；请核对前六位。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <source>The landline {value} needs its area code, e.g. 010-{value}.</source>
        <translation>固定电话 {value} 需要加区号，例如 010-{value}。</translation>
    </message>
    <message>
        <source>“{value}” is neither an 11-digit mobile number nor a landline with area code.</source>
        <translation>“{value}”既不是11位手机号，也不是带区号的固定电话。</translation>
    </message>
    <message>
        <source>The ID number {number} is in the sheet twice: rows {first} and {second}.</source>
        <translation>身份证号 {number} 在表中出现两次：第{first}行和第{second}行。</translation>
    </message>
    <message>
        <source>Unknown care tag “{name}”; the list has: {known}.</source>
        <translation>未知的人员类别“{name}”；现有类别：{known}。</translation>
    </message>
    <message>
        <source>The relation to the head is empty; write 户主 for the head of a household.</source>
        <translation>与户主关系为空；户主本人请填写“户主”。</translation>
    </message>
    <message>
        <source>Several households live at {address}; put this row right under the row of its head (户主).</source>
        <translation>{address} 住有多户；请把这一行放在其户主那一行的下面。</translation>
    </message>
    <message>
        <source>No head (户主) lives at this address; add the head&apos;s row or correct the relation.</source>
        <translation>此地址没有户主；请添加户主的行或更正与户主关系。</translation>
    </message>
    <message>
        <source>Not imported because the row of the head ({row}) has errors.</source>
        <translation>户主所在行（第{row}行）有错误，因此未导入。</translation>
    </message>
    <message>
        <source>Row {row} {column}: {problem}</source>
        <translation>第{row}行 {column}：{problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第{row}行：{problem}</translation>
    </message>
    <message>
        <source>(warning) {problem}</source>
        <translation>（提醒）{problem}</translation>
    </message>
    <message>
        <source>Only year and month are given; the birth date is stored as {date}.</source>
        <translation>只填了年月；出生日期记为 {date}。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 1950-03-04 or 1950年3月4日.</source>
        <translation>“{value}”不是日期；请写成 1950-03-04 或 1950年3月4日。</translation>
    </message>
    <message>
        <source>The address “{value}” cannot be read; write it like 洪山小区3栋2单元0401.</source>
        <translation>无法识别地址“{value}”；请写成 洪山小区3栋2单元0401 这样的格式。</translation>
    </message>
    <message>
        <source>The ID number {value} is masked with *; the import needs full numbers.</source>
        <translation>身份证号 {value} 用 * 遮盖了；导入需要完整号码。</translation>
    </message>
    <message>
        <source>Excel stored this ID number as a number and lost its last digits; format the cell as text and type the number again.</source>
        <translation>Excel 把这个身份证号存成了数字，末几位已丢失；请把单元格设为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a gender; write 男 or 女.</source>
        <translation>“{value}”不是性别；请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>“{value}” is not a status; write 在住, 迁出 or 死亡.</source>
        <translation>“{value}”不是状态；请填写“在住”“迁出”或“死亡”。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Gender “{given}” differs from the ID number&apos;s “{from_id}”; the ID number&apos;s is kept.</source>
        <translation>性别“{given}”与身份证号的“{from_id}”不符；以身份证号为准。</translation>
    </message>
    <message>
        <source>Birth date {given} differs from the ID number&apos;s {from_id}; the ID number&apos;s is kept.</source>
        <translation>出生日期 {given} 与身份证号的 {from_id} 不符；以身份证号为准。</translation>
    </message>
    <message>
        <source>The gender is missing (it is read from the ID number if given).</source>
        <translation>缺少性别（填了身份证号时可自动读出）。</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 在今天之后。</translation>
    </message>
    <message>
        <source>It contains an invisible control character ({code}); delete it and type the text again.</source>
        <translation>含有不可见的控制字符（{code}），请删除后重新输入。</translation>
    </message>
    <message>
        <source>It is {length} characters long; at most {limit} fit.</source>
        <translation>长度为 {length} 个字符，最多只能 {limit} 个。</translation>
    </message>
    <message>
        <source>“{value}”: {problem}</source>
        <translation>“{value}”：{problem}</translation>
    </message>
    <message>
        <source>{count} rows {column}: {problem} (rows {rows})</source>
        <translation>{count} 行 {column}：{problem}（第{rows}行）</translation>
    </message>
    <message>
        <source>{count} rows: {problem} (rows {rows})</source>
        <translation>{count} 行：{problem}（第{rows}行）</translation>
    </message>
    <message>
        <source>{count} rows: {problem}</source>
        <translation>{count} 行：{problem}</translation>
    </message>
    <message>
        <source>{rows}, {row}</source>
        <translation>{rows}、{row}</translation>
    </message>
    <message>
        <source>Someone who is not a party member has no join date.</source>
        <translation>群众没有入党时间。</translation>
    </message>
    <message>
        <source>The join date {date} is in the future.</source>
        <translation>入党时间 {date} 在今天之后。</translation>
    </message>
    <message>
        <source>The join date {join} is before the birth date {birth}.</source>
        <translation>入党时间 {join} 早于出生日期 {birth}。</translation>
    </message>
    <message>
        <source>Joined the party on {join} at {age}: no one joins before {minimum}.</source>
        <translation>{join}入党时年仅 {age} 岁：入党须年满 {minimum} 岁。</translation>
    </message>
    <message>
        <source>{team} has two leaders (队长): rows {first} and {second}.</source>
        <translation>{team}有两名队长：第{first}行和第{second}行。</translation>
    </message>
    <message>
        <source>The ID number is masked; the member is matched by name and phone and their stored ID number is left as it is.</source>
        <translation>身份证号已部分隐藏；按姓名和电话找到该党员，已存的身份证号保持不变。</translation>
    </message>
    <message>
        <source>Unknown branch “{name}”; the tree has: {known}.</source>
        <translation>没有“{name}”这个支部；现有：{known}。</translation>
    </message>
    <message>
        <source>A role is given but no service team.</source>
        <translation>填了队内职务，但没有填服务队。</translation>
    </message>
    <message>
        <source>{roles} roles for {teams} teams; give one role for all of them, or one for each team in the same order.</source>
        <translation>{roles} 个职务对应 {teams} 个服务队；请只填一个职务（各队通用），或按服务队的顺序每队填一个。</translation>
    </message>
    <message>
        <source>“{value}” is not a political status; write 中共党员, 预备党员 or 群众.</source>
        <translation>“{value}”不是政治面貌；请填中共党员、预备党员或群众。</translation>
    </message>
    <message>
        <source>“{value}” is neither 在职 nor 退休.</source>
        <translation>“{value}”既不是在职也不是退休。</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no; write 是, 否 or √.</source>
        <translation>“{value}”不是“是”或“否”；请填是、否或 √。</translation>
    </message>
    <message>
        <source>“{value}” is not a role in a team; write 队长, 副队长 or 队员.</source>
        <translation>“{value}”不是队内职务；请填队长、副队长或队员。</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Grid leader…</source>
        <translation>网格长…</translation>
    </message>
    <message>
        <source>Add compound…</source>
        <translation>添加小区…</translation>
    </message>
    <message>
        <source>Add building…</source>
        <translation>添加楼栋…</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>添加单元…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>GridTreeModel</name>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>Grid leader: {name} {phone}</source>
        <translation>网格长：{name} {phone}</translation>
    </message>
</context>
<context>
    <name>HelperPanel</name>
    <message>
        <source>Add a helper from the tree: type a name, then Enter</source>
        <translation>添加志愿者（连心树成员）：输入姓名后按回车</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Set their hours</source>
        <translation>设定时长</translation>
    </message>
    <message>
        <source>Back to the event&apos;s span</source>
        <translation>按活动时长</translation>
    </message>
    <message>
        <source>Hours of the chosen helper:</source>
        <translation>所选志愿者的服务时长：</translation>
    </message>
    <message>
        <source>Delete takes the chosen helper off the list.</source>
        <translation>按 Delete 键移除选中的志愿者。</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source> (the event&apos;s span)</source>
        <translation>（活动时长）</translation>
    </message>
    <message>
        <source>{name} helped at this event.</source>
        <translation>已记录 {name} 参加本次志愿服务。</translation>
    </message>
    <message>
        <source>{name} is on the list already.</source>
        <translation>{name} 已在志愿者名单中。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Residents living here</source>
        <translation>在册居民</translation>
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
        <source>Overdue requests</source>
        <translation>超期诉求</translation>
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
        <source>of which {count} with no one living there</source>
        <translation>其中 {count} 户无在册居民</translation>
    </message>
    <message>
        <source>Back up to a USB stick: the last one is over {days} days old or missing.</source>
        <translation>请备份到U盘：上次备份已超过 {days} 天，或从未备份。</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>目前没有需要关注的事项。</translation>
    </message>
    <message>
        <source>Click to go where this is put right.</source>
        <translation>点击前往处理</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connected-heart tree</source>
        <translation>连心树</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>迁入其他户…</translation>
    </message>
    <message>
        <source>Moved out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>Deceased…</source>
        <translation>死亡…</translation>
    </message>
    <message>
        <source>Show full ID and phone</source>
        <translation>查看完整身份证号和电话</translation>
    </message>
    <message>
        <source>Living here again</source>
        <translation>恢复为在住</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>记录走访…</translation>
    </message>
    <message>
        <source>Thanks received…</source>
        <translation>收到锦旗/表扬信…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enter on a member changes it. ID numbers and phones are shown masked.</source>
        <translation>在成员上按回车即可修改。身份证号和电话已隐去部分数字。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Household {address}</source>
        <translation>住户 {address}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>迁户</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>full numbers viewed</source>
        <translation>查看了完整号码</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import residents from a sheet</source>
        <translation>从表格导入居民</translation>
    </message>
    <message>
        <source>Sheets ({patterns})</source>
        <translation>表格（{patterns}）</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>正在检查表格…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Import only the rows without errors</source>
        <translation>只导入没有错误的行</translation>
    </message>
    <message>
        <source>Save the rows with errors…</source>
        <translation>保存有错误的行…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {households} new households, {residents} new residents, {updated} residents updated (matched by ID number), {unchanged} unchanged. {errors} errors, {warnings} warnings.</source>
        <translation>工作表“{sheet}”：新增 {households} 户、{residents} 名居民，更新 {updated} 名居民（按身份证号匹配），{unchanged} 名不变。错误 {errors} 处，提醒 {warnings} 处。</translation>
    </message>
    <message>
        <source>With errors nothing is imported, unless you choose to import only the {valid} rows without errors ({rejected} rows left out).</source>
        <translation>有错误时不会导入任何数据，除非选择只导入没有错误的 {valid} 行（略过 {rejected} 行）。</translation>
    </message>
    <message>
        <source>Save the rows with errors</source>
        <translation>保存有错误的行</translation>
    </message>
    <message>
        <source>Rows saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{count} rows with the reason in a column were saved to {path}.</source>
        <translation>{count} 行（附原因一列）已保存到 {path}。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{households} households and {residents} residents added, {updated} residents updated, {rejected} rows left out.</source>
        <translation>新增 {households} 户、{residents} 名居民，更新 {updated} 名居民，略过 {rejected} 行。</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Volunteer service record (志愿服务记录证明)</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Honour certificate (荣誉证书)</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Leave out those without an ID number</source>
        <translation>跳过缺身份证号的人</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书类别：</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>时长不少于：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>已有编号</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Issue and preview…</source>
        <translation>出具并预览…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部服务队</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>已选 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them printed again with their number (补打)</source>
        <translation>
            <numerusform>，其中 %n 人按原编号补打</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an ID number</source>
        <translation>
            <numerusform>，%n 人缺身份证号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register and print %n certificate(s) for {year}? Each new one takes the next number; the numbers are never reused.</source>
        <translation>
            <numerusform>为 {year} 年度出具并登记 %n 份证书？新证书依次取下一个编号，编号不会重复使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>出具证书</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出具</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <source>Grid leader of {node}</source>
        <translation>{node}的网格长</translation>
    </message>
    <message>
        <source>Grid leader:</source>
        <translation>网格长：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print the building ledger…</source>
        <translation>打印楼栋台账…</translation>
    </message>
    <message>
        <source>Print a care list…</source>
        <translation>打印重点人群名单…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>{rows} residents were written to {path}.</source>
        <translation>{rows} 名居民已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Search name, pinyin, ID, phone, address (Ctrl+F)</source>
        <translation>搜索姓名、拼音、身份证号、电话、住址（Ctrl+F）</translation>
    </message>
    <message>
        <source>New household…</source>
        <translation>新建住户…</translation>
    </message>
    <message>
        <source>Choose a unit in the grid first (Ctrl+N).</source>
        <translation>请先在网格中选择一个单元（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%Ln 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} of {total} matches; Down to choose, Enter to open the household</source>
        <translation>找到 {total} 人，先显示前 {shown} 人；按↓选择，按回车打开户卡</translation>
    </message>
    <message>
        <source>Show all {total}</source>
        <translation>显示全部 {total} 人</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Down to choose, Enter to open the household</source>
        <translation>
            <numerusform>找到 %n 人；按↓选择，按回车打开户卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
</context>
<context>
    <name>LedgerPrintDialog</name>
    <message>
        <source>Whole community</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部居民</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>打印完整的身份证号和电话</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单元：</translation>
    </message>
    <message>
        <source>Care tag:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单元</translation>
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
        <source>Ledger</source>
        <translation>住户台账</translation>
    </message>
    <message>
        <source>Heart tree</source>
        <translation>党群连心树</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>老年大学</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Decision on matter {position}</source>
        <translation>第 {position} 项议题的议定事项</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无完成时限</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>议定事项：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>完成时限：</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision, owner, due date…</source>
        <translation>议定事项、责任人、完成时限…</translation>
    </message>
    <message>
        <source>Mark settled</source>
        <translation>标为已办结</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>打印会议纪要…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>{count} matters, {open} not settled</source>
        <translation>议题 {count} 项，未办结 {open} 项</translation>
    </message>
    <message>
        <source>No joint meetings yet: hold the first with “New meeting…”.</source>
        <translation>尚无联席会议：点击“新建会议…”登记第一次会议。</translation>
    </message>
    <message>
        <source>Convenor: {name}&#x3000;Recorder: {recorder}</source>
        <translation>召集人：{name}&#x3000;记录人：{recorder}</translation>
    </message>
    <message>
        <source>(carried over from #{number})</source>
        <translation>（延续自 #{number}）</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Not settled after all</source>
        <translation>改为未办结</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member {name}</source>
        <translation>成员 {name}</translation>
    </message>
    <message>
        <source>({years} years in the party)</source>
        <translation>（党龄 {years} 年）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <source>Joined the party:</source>
        <translation>入党时间：</translation>
    </message>
    <message>
        <source>Party branch:</source>
        <translation>所属支部：</translation>
    </message>
    <message>
        <source>Work unit:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>In service or retired:</source>
        <translation>在职/退休：</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>双报到：</translation>
    </message>
    <message>
        <source>Service teams:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>特长：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Does not live in the community</source>
        <translation>不在本社区居住</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member of the tree</source>
        <translation>新增连心树成员</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>The full ID number and phone are shown to change them.</source>
        <translation>为便于修改，这里显示完整的身份证号码和电话。</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Optional; gender and birth date follow</source>
        <translation>可不填；填写后自动得出性别和出生日期</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>No branch</source>
        <translation>未分支部</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Also registered with the workplace&apos;s party organisation</source>
        <translation>已向工作单位党组织双报到</translation>
    </message>
    <message>
        <source>e.g. the city hospital&apos;s party committee</source>
        <translation>例如：市第一医院党委</translation>
    </message>
    <message>
        <source>e.g. haircuts, legal advice</source>
        <translation>例如：理发、法律咨询</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <source>Party branch:</source>
        <translation>所属支部：</translation>
    </message>
    <message>
        <source>In service or retired:</source>
        <translation>在职/退休：</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>双报到：</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Years in the party</source>
        <translation>党龄</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所属支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>In service or retired</source>
        <translation>在职/退休</translation>
    </message>
    <message>
        <source>Dual registration</source>
        <translation>双报到</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>MonthStrip</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name} to another household</source>
        <translation>将{name}迁入其他户</translation>
    </message>
    <message>
        <source>Type an address or a name, then Down to choose</source>
        <translation>输入住址或姓名，再按↓选择</translation>
    </message>
    <message>
        <source>Find the household:</source>
        <translation>查找住户：</translation>
    </message>
    <message>
        <source>Moves into:</source>
        <translation>迁入：</translation>
    </message>
    <message>
        <source>Relation to the head there:</source>
        <translation>与该户户主关系：</translation>
    </message>
    <message>
        <source>(no household chosen yet)</source>
        <translation>（尚未选择住户）</translation>
    </message>
</context>
<context>
    <name>NewClassDialog</name>
    <message>
        <source>New class</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>班名：</translation>
    </message>
    <message>
        <source>Weekly times:</source>
        <translation>每周上课：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>教室：</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>老师：</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>名额：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>New household in {unit}</source>
        <translation>在{unit}新建住户</translation>
    </message>
    <message>
        <source>e.g. 0401</source>
        <translation>例如 0401</translation>
    </message>
    <message>
        <source>Door number:</source>
        <translation>门牌号：</translation>
    </message>
    <message>
        <source>Head of the household (户主)</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>The door number is empty.</source>
        <translation>门牌号为空。</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New joint meeting</source>
        <translation>新建联席会议</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Convenor:</source>
        <translation>召集人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Who came, e.g. 张三、李四</source>
        <translation>参会人员，如 张三、李四</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>One matter a line</source>
        <translation>每行一项议题</translation>
    </message>
    <message>
        <source>Matters the last meeting did not settle come onto this agenda by themselves.</source>
        <translation>上次会议未办结的议题会自动延续到本次会议。</translation>
    </message>
    <message>
        <source>Requests to bring to the table:</source>
        <translation>提交本次会议的诉求：</translation>
    </message>
    <message>
        <source>New matters:</source>
        <translation>新议题：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>新建诉求</translation>
    </message>
    <message>
        <source>Type a resident&apos;s name or an address</source>
        <translation>输入居民姓名或地址</translation>
    </message>
    <message>
        <source>Or a place, e.g. the north gate</source>
        <translation>或填写地点，如“北门”</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>住户：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
</context>
<context>
    <name>NewTermDialog</name>
    <message>
        <source>New term</source>
        <translation>新建学期</translation>
    </message>
    <message>
        <source>One a line: 2026-10-01 国庆</source>
        <translation>每行一天：2026-10-01 国庆</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Closure days:</source>
        <translation>停课日：</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{count} requests are overdue.</source>
        <translation>{count} 件诉求已超期未办结。</translation>
    </message>
    <message>
        <source>No joint meeting was held in quarter {quarters} of this year.</source>
        <translation>今年第 {quarters} 季度未召开联席会议。</translation>
    </message>
    <message>
        <source>No joint meeting has been held this quarter.</source>
        <translation>本季度尚未召开联席会议。</translation>
    </message>
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
    <message>
        <source>{count} households have no residents living there.</source>
        <translation>{count} 户无在册居民（楼栋台账不列出这些户）。</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>e.g. the Heping Li community general branch</source>
        <translation>例如：和平里社区党总支</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>书记：</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>添加支部</translation>
    </message>
    <message>
        <source>Remove branch…</source>
        <translation>删除支部…</translation>
    </message>
    <message>
        <source>Party branches (double-click a cell to change it):</source>
        <translation>党支部（双击单元格修改）：</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>删除支部</translation>
    </message>
    <message numerus="yes">
        <source>Remove {branch}? Its %n member(s) stay in the tree without a branch.</source>
        <translation>
            <numerusform>删除{branch}吗？其 %Ln 名成员仍留在连心树中，暂不属于任何支部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>OutsiderDialog</name>
    <message>
        <source>Community:</source>
        <translation>所在社区：</translation>
    </message>
    <message>
        <source>e.g. 青年湖社区</source>
        <translation>如：青年湖社区</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner unit</source>
        <translation>新增联建单位</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>e.g. free health checks, legal advice</source>
        <translation>如：义诊、法律咨询</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Services offered:</source>
        <translation>提供的服务：</translation>
    </message>
    <message>
        <source>Partner since:</source>
        <translation>联建时间：</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>提供的服务</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>联建时间</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete partner unit</source>
        <translation>删除联建单位</translation>
    </message>
    <message>
        <source>Delete the partner unit {name}?</source>
        <translation>删除联建单位“{name}”吗？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
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
        <source>Building ledger</source>
        <translation>楼栋台账</translation>
    </message>
    <message>
        <source>Every household of a building, a compound or the whole community, by unit and door, with its members; A4 landscape.</source>
        <translation>一栋楼、一个小区或全社区的每一户，按单元和门牌排列，列出家庭成员；A4 横向。</translation>
    </message>
    <message>
        <source>Care list</source>
        <translation>重点人群名单</translation>
    </message>
    <message>
        <source>The residents with one care tag, such as the elderly living alone, with age, address and phone; A4 landscape.</source>
        <translation>带有某一人员类别（如独居老人）的居民，列出年龄、住址和电话；A4 横向。</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>党群连心卡</translation>
    </message>
    <message>
        <source>One card per member, with teams, phone, the team&apos;s promise and a QR code a phone saves as a contact; ten 90×54 mm cards per A4 sheet, with crop marks.</source>
        <translation>每位成员一张卡，印有所在服务队、电话、服务承诺和可用手机扫码保存联系人的二维码；每张 A4 纸 10 张 90×54 毫米卡片，带裁切线。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Every member of the tree or of one team, with party details, teams and phone; ID numbers and phones partly hidden; A4 landscape.</source>
        <translation>连心树全部成员或某一服务队的成员，含党员信息、服务队和电话；身份证号和电话部分隐藏；A4 横向。</translation>
    </message>
    <message>
        <source>The connected-heart tree poster</source>
        <translation>党群连心树海报</translation>
    </message>
    <message>
        <source>The tree as painted on the wall: every team a branch, every member a leaf with work unit, name and phone; A3 to A0, or tiled onto A4 or A3 sheets.</source>
        <translation>像墙上画的那样：每支服务队一根枝，每名成员一片叶，写明工作单位、姓名和电话；A3 至 A0，或拼接打印在 A4、A3 纸上。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Everyone signed up for an event, in order, with a column to sign and a code the door&apos;s scanner reads; then the waiting list and blank rows; A4.</source>
        <translation>某场活动的报名者按顺序排列，有签名栏和门口扫码枪可读的签到码，随后是候补和空白行；A4。</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>活动通知</translation>
    </message>
    <message>
        <source>The notice for the board: title, time, place, the stalls, whom to ask and a QR code that dials the number; A4 or A3.</source>
        <translation>张贴用的活动通知：标题、时间、地点、服务摊位、联系人和可直接拨号的二维码；A4 或 A3。</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>电话通知名单</translation>
    </message>
    <message>
        <source>Whom to phone about an event: those who moved up from the waiting list and the elderly, with full numbers; A4.</source>
        <translation>需要电话通知的人：候补转为已报名的和老年人，电话为完整号码；A4。</translation>
    </message>
    <message>
        <source>Public notice of certificates</source>
        <translation>证书公示</translation>
    </message>
    <message>
        <source>The volunteer certificates issued in a year, with ID numbers partly hidden, the notice period of at least seven days and whom to tell an objection; A4 landscape.</source>
        <translation>一年内出具的志愿服务证书，证件号码部分隐藏，注明不少于七天的公示期和异议联系人；A4 横版。</translation>
    </message>
    <message>
        <source>Register of certificates</source>
        <translation>证书出具登记簿</translation>
    </message>
    <message>
        <source>Every certificate of a year by number, voided ones with their reason and how often each was printed again, for the office&apos;s file; A4 landscape.</source>
        <translation>该年度出具的每份证书（按编号），作废的注明原因，并记补打次数，供办公室存档；A4 横向。</translation>
    </message>
    <message>
        <source>Volunteer service of the year</source>
        <translation>年度志愿服务统计</translation>
    </message>
    <message>
        <source>The year in sentences, by month, by service team and the top volunteers, each with its chart, for the reports a street office asks for; A4.</source>
        <translation>全年概况、按月份、按服务队和志愿者排行，各附图表，供街道要求的报表使用；A4 纸。</translation>
    </message>
    <message>
        <source>Visit round sheet</source>
        <translation>走访登记表</translation>
    </message>
    <message>
        <source>The households due a visit in a grid worker&apos;s area or part of the grid, building by building in door order, with blank columns for the date, what was found and a signature; A4.</source>
        <translation>网格员片区或某一网格内应走访的住户，按楼栋、门牌排列，留有走访日期、走访情况和签名空白栏；A4。</translation>
    </message>
    <message>
        <source>Minutes of a joint meeting</source>
        <translation>联席会议纪要</translation>
    </message>
    <message>
        <source>The meeting&apos;s day, place and who came for each of the five parties, every matter with its decision, owner and due date, the carried-over ones marked, and room to sign; the latest meeting unless one is chosen on its page; A4.</source>
        <translation>会议时间、地点和五方参会人员，每项议题的议定事项、责任人和完成时限，标明延续议题，并留签字处；未在会议页选定时打印最近一次会议；A4。</translation>
    </message>
    <message>
        <source>Sign-in sheet of a joint meeting</source>
        <translation>联席会议签到表</translation>
    </message>
    <message>
        <source>One block per party with rows to fill in: name, unit or role, phone and signature; the latest meeting unless one is chosen on its page; A4.</source>
        <translation>每个参会方一栏，供填写姓名、单位/职务、联系电话和签字；未在会议页选定时打印最近一次会议；A4。</translation>
    </message>
    <message>
        <source>Visits and problems: the figures</source>
        <translation>走访与问题办理统计</translation>
    </message>
    <message>
        <source>A period&apos;s door-to-door visits and households covered against those due, the problems by category, tier and status, closure and satisfaction, by month and quarter with charts; A4.</source>
        <translation>一段时间的入户走访次数和应访住户覆盖情况，问题按类别、层级和状态统计，办结率和满意率，按月、按季度并附图表；A4。</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Every request of a period, with its tier, handler, due date, status, result and satisfaction, and the totals; A4 landscape, or .xlsx.</source>
        <translation>一段时间内的每条诉求，含层级、经办人、期限、状态、办理结果和满意度，以及合计；A4 横向，或 .xlsx。</translation>
    </message>
    <message>
        <source>Timetable of the elderly university</source>
        <translation>老年大学课程表</translation>
    </message>
    <message>
        <source>A term&apos;s classes as a week grid for the notice board, each with its room and teacher, and the days without classes; A4 or A3 landscape.</source>
        <translation>一个学期的课程按周排成表格，供张贴公告栏，每门课注明教室和教师，并列出停课日；A4 或 A3 横向。</translation>
    </message>
    <message>
        <source>Attendance sheet of a class</source>
        <translation>班级考勤表</translation>
    </message>
    <message>
        <source>A class&apos;s students with a column per session date to tick on paper, the attendance already entered ticked; A4 landscape.</source>
        <translation>一个班级的学员，每次课一列，供在纸上打勾，已录入的出勤已打勾；A4 横向。</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>班级花名册</translation>
    </message>
    <message>
        <source>A class&apos;s students with full phones for the teacher to call, the community of those from elsewhere and the day they enrolled, then the waiting list; A4.</source>
        <translation>一个班级的学员及完整电话，供老师联系，外社区学员注明所在社区，并列出报名日期，其后是候补名单；A4。</translation>
    </message>
    <message>
        <source>Volunteer certificates</source>
        <translation>志愿服务证书</translation>
    </message>
    <message>
        <source>One numbered certificate per volunteer who qualifies, registered as it is printed: service records on A4 portrait, honours on A4 landscape.</source>
        <translation>每位符合条件的志愿者一份有编号的证书，打印时即登记：志愿服务记录证明为 A4 竖版，荣誉证书为 A4 横版。</translation>
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
        <source>Planting the tree…</source>
        <translation>正在生成党群连心树…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Registering certificates…</source>
        <translation>正在登记证书…</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Upgrading the backup&apos;s data…</source>
        <translation>正在升级备份中的数据…</translation>
    </message>
    <message>
        <source>Keeping a safety copy…</source>
        <translation>正在保存安全备份…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>Taking a snapshot of the store…</source>
        <translation>正在为数据库做快照…</translation>
    </message>
    <message>
        <source>Reading the backup back…</source>
        <translation>正在读回备份进行检查…</translation>
    </message>
    <message>
        <source>Backup verified.</source>
        <translation>备份已检查无误。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Exporting residents…</source>
        <translation>正在导出居民…</translation>
    </message>
    <message>
        <source>Importing residents…</source>
        <translation>正在导入居民…</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>正在读取成员…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>正在导入党员…</translation>
    </message>
    <message>
        <source>Reading the sign-ups…</source>
        <translation>正在读取报名…</translation>
    </message>
    <message>
        <source>Reading the year&apos;s service…</source>
        <translation>正在读取全年志愿服务…</translation>
    </message>
    <message>
        <source>Counting the visits and problems…</source>
        <translation>正在统计走访和问题…</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>正在读取诉求…</translation>
    </message>
    <message>
        <source>Reading the classes…</source>
        <translation>正在读取班级…</translation>
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
    <name>RecordsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>服务住户</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>人次</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Record service…</source>
        <translation>登记志愿服务…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete {member}&apos;s service of {date} ({what})?</source>
        <translation>删除 {member} {date} 的服务记录（{what}）？</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>删除服务记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Find by name or number</source>
        <translation>按姓名或编号查找</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服务期间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print again (补打)…</source>
        <translation>补打…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>打印登记簿</translation>
    </message>
    <message>
        <source>Print the public notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>作废：{reason}</translation>
    </message>
    <message>
        <source>Choose a certificate in the register first.</source>
        <translation>请先在登记簿中选中一份证书。</translation>
    </message>
    <message>
        <source>{number} is void; its number is not used again.</source>
        <translation>{number} 已作废，该编号不再使用。</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>作废证书</translation>
    </message>
    <message>
        <source>Why is {number} void (lost, misprinted…)?</source>
        <translation>{number} 作废的原因（遗失、打印错误等）：</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 份证书记录写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>导出登记簿</translation>
    </message>
    <message>
        <source>certificate register {year}.xlsx</source>
        <translation>证书出具登记簿{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门牌</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Birth date (age)</source>
        <translation>出生日期（年龄）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>{date} ({age})</source>
        <translation>{date}（{age}岁）</translation>
    </message>
    <message>
        <source>Grid leader: not set</source>
        <translation>网格长：未设置</translation>
    </message>
    <message>
        <source>Grid leader: {name} {phone}</source>
        <translation>网格长：{name} {phone}</translation>
    </message>
    <message>
        <source>(community name not set)</source>
        <translation>（尚未设置社区名称）</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>楼栋台账</translation>
    </message>
    <message>
        <source>{buildings} buildings, {households} households, {residents} residents.</source>
        <translation>共 {buildings} 栋楼、{households} 户、{residents} 人。</translation>
    </message>
    <message>
        <source>Only the residents tagged “{tag}” are listed.</source>
        <translation>仅列出带“{tag}”标记的居民。</translation>
    </message>
    <message>
        <source>ID numbers and phones are partly hidden.</source>
        <translation>身份证号和电话已部分隐藏。</translation>
    </message>
    <message>
        <source>{place} (continued)</source>
        <translation>{place}（续）</translation>
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
        <source> Residents are those living there now; those who moved out or died are not counted.</source>
        <translation>居民指在册居民，不含迁出、去世人员。</translation>
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
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服务期间</translation>
    </message>
    <message>
        <source>In {year} we issued the {count} certificates below; they are posted for public notice from {start} to {end}.</source>
        <translation>{year}年度本单位出具志愿服务证书如下，共{count}份，现予公示。公示期：{start}至{end}。</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period with {contact}, phone {phone}.</source>
        <translation>如有异议，请在公示期内向{contact}反映，联系电话：{phone}。</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period by phone, {phone}.</source>
        <translation>如有异议，请在公示期内来电反映，联系电话：{phone}。</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period with {contact}.</source>
        <translation>如有异议，请在公示期内向{contact}反映。</translation>
    </message>
    <message>
        <source>Public notice of volunteer certificates issued in {year}</source>
        <translation>{year}年度志愿服务证书出具情况公示</translation>
    </message>
    <message>
        <source>No certificates were issued in this year.</source>
        <translation>本年度未出具证书。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source> (came without a place)</source>
        <translation>（现场）</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>电话通知名单</translation>
    </message>
    <message>
        <source>Full phone numbers, for calling: keep this list in the office.</source>
        <translation>电话为完整号码，仅供电话通知使用，请妥善保管，勿带出办公室。</translation>
    </message>
    <message>
        <source>The event is cancelled: tell everyone</source>
        <translation>活动已取消，请逐一通知</translation>
    </message>
    <message>
        <source>Moved up from the waiting list</source>
        <translation>候补转为已报名</translation>
    </message>
    <message>
        <source>Aged {age} or over</source>
        <translation>{age} 岁及以上老人</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Waiting {k}</source>
        <translation>候补{k}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>班级花名册</translation>
    </message>
    <message>
        <source>For contacting the class only</source>
        <translation>仅供班级联系使用</translation>
    </message>
    <message>
        <source>{count} students, {waiting} on the waiting list.</source>
        <translation>学员 {count} 人，候补 {waiting} 人。</translation>
    </message>
    <message>
        <source>{count} students of {capacity} places, {waiting} on the waiting list.</source>
        <translation>学员 {count} 人（名额 {capacity} 人），候补 {waiting} 人。</translation>
    </message>
    <message>
        <source>Phones are in full, for the teacher to call.</source>
        <translation>电话为完整号码，供老师联系学员。</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No one has enrolled yet.</source>
        <translation>还没有人报名。</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>考勤表</translation>
    </message>
    <message>
        <source>{students} students, {sessions} sessions. ✓ marks attendance already recorded; tick the others on paper and enter them afterwards.</source>
        <translation>学员 {students} 人，共 {sessions} 次课。✓ 为已登记的出勤；其余请在纸上打勾，课后录入。</translation>
    </message>
    <message>
        <source>Sessions {first} to {last} (part {part} of {parts})</source>
        <translation>上课日期 {first} 至 {last}（第 {part} 部分，共 {parts} 部分）</translation>
    </message>
    <message>
        <source>Care list: {tag}</source>
        <translation>重点人群名单（{tag}）</translation>
    </message>
    <message>
        <source>{count} residents.</source>
        <translation>共 {count} 人。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>{name} (waiting list no. {position})</source>
        <translation>{name}（候补{position}）</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>{count} signed up, {waiting} on the waiting list; the blank rows are for those who come without signing up.</source>
        <translation>报名 {count} 人，候补 {waiting} 人；空白行供未报名、现场参加的居民登记。</translation>
    </message>
    <message>
        <source>Phones are partly hidden.</source>
        <translation>电话已部分隐藏。</translation>
    </message>
    <message>
        <source>No residents to list.</source>
        <translation>（无符合条件的居民）</translation>
    </message>
    <message>
        <source>No members to print.</source>
        <translation>（没有可打印的成员）</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>党群连心卡</translation>
    </message>
    <message>
        <source>{team} ({role})</source>
        <translation>{team}（{role}）</translation>
    </message>
    <message>
        <source>Work unit: {unit}</source>
        <translation>工作单位：{unit}</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>{capacity} places; sign up by {date}.</source>
        <translation>名额 {capacity} 人，{date}前报名。</translation>
    </message>
    <message>
        <source>{capacity} places.</source>
        <translation>名额 {capacity} 人。</translation>
    </message>
    <message>
        <source>Sign up by {date}.</source>
        <translation>请于{date}前报名。</translation>
    </message>
    <message>
        <source>Contact: {name}  Phone: {phone}</source>
        <translation>联系人：{name}&#x3000;电话：{phone}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>联系人：{name}</translation>
    </message>
    <message>
        <source>Scan the code to call.</source>
        <translation>手机扫码即可拨打。</translation>
    </message>
    <message>
        <source>Our promise: {promise}</source>
        <translation>服务承诺：{promise}</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>党群连心卡</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Not a party member</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Years in the party</source>
        <translation>党龄</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所属支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>In service or retired</source>
        <translation>在职/退休</translation>
    </message>
    <message>
        <source>Dual registration</source>
        <translation>双报到</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>{count} people.</source>
        <translation>共 {count} 人。</translation>
    </message>
    <message>
        <source>No members to list.</source>
        <translation>（无成员）</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>{count} people · leader: {name}</source>
        <translation>{count} 人&#x3000;队长：{name}</translation>
    </message>
    <message>
        <source>The connected-heart tree</source>
        <translation>党群连心树</translation>
    </message>
    <message>
        <source>The residents are the soil: {residents} residents living here, {households} households</source>
        <translation>群众是土壤：在册居民 {residents} 人，{households} 户</translation>
    </message>
    <message>
        <source>(party organisation not set)</source>
        <translation>（未设置党组织）</translation>
    </message>
    <message>
        <source>Cut along the corner marks; glue each sheet over the shaded strip of the sheet to its left or above.</source>
        <translation>沿四角的裁切标记剪下；每张纸贴在它左边或上边那张的阴影条上。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>第{row}行第{column}列</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>时间：{time}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>No volunteer service was recorded in {year}.</source>
        <translation>{year}年未记录志愿服务。</translation>
    </message>
    <message>
        <source>In {year}, {people} volunteers served {times} times for {hours} hours in all, serving residents {served} times; {average} hours per volunteer.</source>
        <translation>{year}年，{people}名志愿者共开展志愿服务{times}次，累计服务时长{hours}小时，服务居民{served}人次，人均服务时长{average}小时。</translation>
    </message>
    <message>
        <source> The busiest month was {month} ({times} times).</source>
        <translation>服务最多的月份是{month}（{times}次）。</translation>
    </message>
    <message>
        <source>month {n}</source>
        <translation>{n}月</translation>
    </message>
    <message>
        <source> {team} served the most hours ({hours}).</source>
        <translation>服务时长最多的是{team}（{hours}小时）。</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>From {start} to {end}, {visits} visits were made to {visited} households; {covered} of the {due} households due were visited ({coverage}).</source>
        <translation>{start}至{end}，共入户走访 {visits} 次，走访住户 {visited} 户；应访住户 {due} 户，已走访 {covered} 户，覆盖率 {coverage}。</translation>
    </message>
    <message>
        <source> No problems were registered.</source>
        <translation>期间未登记问题。</translation>
    </message>
    <message>
        <source> {registered} problems were registered and {done} closed (closure rate {rate}), in {days} days at the median.</source>
        <translation>登记问题 {registered} 件，办结 {done} 件，办结率 {rate}，办结用时中位数 {days} 天。</translation>
    </message>
    <message>
        <source> Of {rated} residents asked at return visits, {share} were satisfied.</source>
        <translation>回访居民 {rated} 人次，满意率 {share}。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Visited of due</source>
        <translation>已访户数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>{year}, month {month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{year} quarter {quarter}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>按月走访情况</translation>
    </message>
    <message>
        <source>A household is due in a month or quarter when it was never visited before, or its last visit plus its interval by the visiting rules falls within it; a household due in two months counts in each of them.</source>
        <translation>应访住户：此前从未走访，或上次走访加上走访规则规定的间隔落在该月（季度）内的住户；在两个月都应访的住户在两个月中各计一次。</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>问题按类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problems by tier</source>
        <translation>问题按层级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Problems by status</source>
        <translation>问题按办理状态</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>At the return visit</source>
        <translation>回访评价</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Door-to-door visits and problems handled</source>
        <translation>入户走访与问题办理统计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>By month: hours served</source>
        <translation>按月份：服务时长（小时）</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>队员数</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>人均时长</translation>
    </message>
    <message>
        <source>A member of several teams counts in each of them, so the teams add up to more than the year.</source>
        <translation>同时参加几支服务队的队员在每支队中都计入，因此各队合计多于全年总数。</translation>
    </message>
    <message>
        <source>By service team: hours served</source>
        <translation>按服务队：服务时长（小时）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Top volunteers by hours</source>
        <translation>服务时长排名靠前的志愿者</translation>
    </message>
    <message>
        <source>Volunteer service in {year}</source>
        <translation>{year}年度志愿服务统计</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>No one qualifies.</source>
        <translation>没有符合条件的人。</translation>
    </message>
    <message>
        <source>Certificate of Honour</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>Awarded in recognition of this service.</source>
        <translation>特发此证，以资鼓励。</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>编号：{number}</translation>
    </message>
    <message>
        <source>Volunteer Service Record Certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours}小时</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者信息</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务情况</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>This is to certify that the volunteer below served with us, as recorded:</source>
        <translation>兹证明下列志愿者在本单位参加志愿服务，记录如下：</translation>
    </message>
    <message>
        <source>This is hereby certified.</source>
        <translation>特此证明。</translation>
    </message>
    <message>
        <source>{what} ({times} times)</source>
        <translation>{what}（{times}次）</translation>
    </message>
    <message>
        <source>Served {times} times in all, mainly: {what}.</source>
        <translation>共参加志愿服务{times}次，主要有：{what}。</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>记录证明</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>作废：{reason}</translation>
    </message>
    <message>
        <source>Register of certificates issued in {year}</source>
        <translation>{year}年度证书出具登记簿</translation>
    </message>
    <message>
        <source>ID numbers partly hidden; the store keeps them whole.</source>
        <translation>证件号码部分隐去；完整号码保存在系统中。</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>证书出具登记簿</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Date visited</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{count} households</source>
        <translation>共{count}户</translation>
    </message>
    <message>
        <source>Grid worker: {name}</source>
        <translation>网格员：{name}</translation>
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation>{heading}（续）</translation>
    </message>
    <message>
        <source>Visit round sheet</source>
        <translation>走访登记表</translation>
    </message>
    <message>
        <source>{count} households due a visit by {date} or overdue, building by building in door order. Fill in the blank columns on the round and enter them afterwards.</source>
        <translation>{date}前应走访及已逾期的住户共 {count} 户，按楼栋、门牌排列。走访时填写空白栏，回来后录入。</translation>
    </message>
    <message>
        <source>No household is due a visit here.</source>
        <translation>这里没有应走访的住户。</translation>
    </message>
    <message>
        <source>Unit / role</source>
        <translation>单位/职务</translation>
    </message>
    <message>
        <source>Joint meeting sign-in sheet</source>
        <translation>联席会议签到表</translation>
    </message>
    <message>
        <source>Convenor: {name}</source>
        <translation>召集人：{name}</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>记录人：{name}</translation>
    </message>
    <message>
        <source>{community} joint meeting minutes</source>
        <translation>{community}联席会议纪要</translation>
    </message>
    <message>
        <source>carried over from #{number}</source>
        <translation>延续自 #{number}</translation>
    </message>
    <message>
        <source>request #{number} ({status})</source>
        <translation>诉求 #{number}（{status}）</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Convenor (signature): {line}</source>
        <translation>召集人（签字）：{line}</translation>
    </message>
    <message>
        <source>Recorder (signature): {line}</source>
        <translation>记录人（签字）：{line}</translation>
    </message>
    <message>
        <source>Signatures of the parties present:</source>
        <translation>参会各方签字：</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>参会方</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Matters and decisions</source>
        <translation>议题及议定事项</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>{count} matters were not settled at an earlier meeting and were carried over to this one.</source>
        <translation>其中 {count} 项议题在此前会议中未办结，延续到本次会议。</translation>
    </message>
    <message>
        <source>No matters.</source>
        <translation>无议题。</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>住户/地点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>No requests to list.</source>
        <translation>（无符合条件的诉求）</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>晚上</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>Term: {first} to {last}.</source>
        <translation>学期：{first}至{last}。</translation>
    </message>
    <message>
        <source>No closure days.</source>
        <translation>无停课日。</translation>
    </message>
    <message>
        <source>No classes on: {days}.</source>
        <translation>停课：{days}。</translation>
    </message>
    <message>
        <source>{community} elderly university: {term} timetable</source>
        <translation>{community}老年大学 {term}课程表</translation>
    </message>
    <message>
        <source>The term has no classes yet.</source>
        <translation>本学期还没有班级。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>学期：{term}</translation>
    </message>
    <message>
        <source>Teacher: {name}</source>
        <translation>教师：{name}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>教室：{room}</translation>
    </message>
    <message>
        <source>Meets: {slots}</source>
        <translation>上课时间：{slots}</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Report to the street…</source>
        <translation>上报街道…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Log a banner or letter…</source>
        <translation>记录锦旗/表扬信…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>请在列表中选择一条诉求。</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Household or place:</source>
        <translation>住户/地点：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Partner unit:</source>
        <translation>联建单位：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Street office reference:</source>
        <translation>街道受理编号：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>{date} {kind} from {giver}: {words}</source>
        <translation>{date} {giver}赠{kind}：{words}</translation>
    </message>
    <message>
        <source>Report to the street</source>
        <translation>上报街道</translation>
    </message>
    <message>
        <source>The street office&apos;s reference:</source>
        <translation>街道受理编号：</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>办结诉求</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The resident is:</source>
        <translation>居民满意度：</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>住户/地点</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新建诉求…</translation>
    </message>
    <message>
        <source>Print the problem ledger…</source>
        <translation>打印问题台账…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New member of {address}</source>
        <translation>{address} 添加成员</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <source>The full ID number and phone are shown to change them.</source>
        <translation>为便于修改，这里显示完整的身份证号和电话。</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>18 characters; gender and birth date follow</source>
        <translation>18位；性别和出生日期随之读出</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>From the ID number: {gender}</source>
        <translation>按身份证号：{gender}</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>RoundTab</name>
    <message>
        <source>Visit round</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Visit round: door order</source>
        <translation>走访路线：按门牌</translation>
    </message>
    <message>
        <source>Print the round sheet…</source>
        <translation>打印走访登记表…</translation>
    </message>
    <message>
        <source>Whose round:</source>
        <translation>谁的片区：</translation>
    </message>
    <message>
        <source>Arrow keys move from door to door; Enter records a visit and moves on.</source>
        <translation>方向键逐户移动；回车记录走访并转到下一户。</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>{count} households due, {overdue} of them overdue.</source>
        <translation>应走访 {count} 户，其中逾期 {overdue} 户。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>Change service</source>
        <translation>修改志愿服务记录</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>登记志愿服务</translation>
    </message>
    <message>
        <source>Type a member&apos;s name or pinyin</source>
        <translation>输入党员或志愿者的姓名、拼音</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Optional: a resident of the household</source>
        <translation>可选：输入该户一位居民的姓名</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>志愿者：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>服务内容：</translation>
    </message>
    <message>
        <source>Household served:</source>
        <translation>服务住户：</translation>
    </message>
    <message>
        <source>Times served:</source>
        <translation>服务人次：</translation>
    </message>
</context>
<context>
    <name>SessionChangeDialog</name>
    <message>
        <source>Cancel the session of {when}</source>
        <translation>取消 {when} 的课</translation>
    </message>
    <message>
        <source>Move the session of {when}</source>
        <translation>调动 {when} 的课</translation>
    </message>
    <message>
        <source>To the day:</source>
        <translation>改到：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Smaller</source>
        <translation>较小</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新打开</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>语言和字号</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>字号：</translation>
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
        <source>Care tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Visiting rules</source>
        <translation>走访规则</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issuer, numbers and honour text…</source>
        <translation>出具单位、编号和荣誉证书正文…</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>数据库服务器：</translation>
    </message>
    <message>
        <source>The change applies when the window opens again.</source>
        <translation>重新打开窗口后生效。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <source>Sign up: type a name, pinyin, ID or phone tail, then Enter</source>
        <translation>报名：输入姓名、拼音、身份证或电话尾号，按回车</translation>
    </message>
    <message>
        <source>Someone not in the ledger…</source>
        <translation>非台账人员…</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete 键</translation>
    </message>
    <message>
        <source>Sign-up has closed</source>
        <translation>报名已截止</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>仍然报名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign up someone not in the ledger</source>
        <translation>登记非台账人员报名</translation>
    </message>
    <message>
        <source>{name}: the event is full; waiting, no. {k}.</source>
        <translation>{name}：名额已满，候补第{k}位。</translation>
    </message>
    <message>
        <source>{name}: signed up.</source>
        <translation>{name}：已报名。</translation>
    </message>
    <message>
        <source>Choose a sign-up in the list first.</source>
        <translation>请先在名单中选中一条报名。</translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s sign-up?</source>
        <translation>取消 {name} 的报名？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up is cancelled.</source>
        <translation>已取消 {name} 的报名。</translation>
    </message>
    <message>
        <source>{name} moved up from the waiting list; please phone {phone}.</source>
        <translation>{name} 已由候补转为报名，请电话通知：{phone}。</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>waiting, no. {k}</source>
        <translation>候补第{k}位</translation>
    </message>
    <message>
        <source>{status} (on site)</source>
        <translation>{status}（现场）</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>不设 PIN</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Grid nodes looked after:</source>
        <translation>负责的网格：</translation>
    </message>
    <message>
        <source>PIN (4 digits):</source>
        <translation>PIN（4 位数字）：</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
</context>
<context>
    <name>StallCountersDialog</name>
    <message>
        <source>This event has no stalls to count. Add the stalls (unit and service) in the event&apos;s form; they show here at once.</source>
        <translation>本活动没有可计数的摊位。请在活动表单中添加摊位（单位和服务），添加后会立即显示在这里。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Takes back the last +1 made here (Ctrl+Z)</source>
        <translation>撤销本窗口最近一次 +1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Stall counters: {title}</source>
        <translation>摊位计数：{title}</translation>
    </message>
    <message>
        <source>{n} served in all</source>
        <translation>共 {n} 人次</translation>
    </message>
    <message>
        <source>+1 {service}: {n}</source>
        <translation>+1 {service}：{n} 人次</translation>
    </message>
    <message>
        <source>Nothing to undo: no +1 was made in this window.</source>
        <translation>没有可撤销的：本窗口还没有 +1。</translation>
    </message>
    <message>
        <source>Took back one at {service}: {n} now</source>
        <translation>已撤销 {service} 一次：现为 {n} 人次</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>{name} moved out</source>
        <translation>{name}迁出</translation>
    </message>
    <message>
        <source>On which day did {name} move out?</source>
        <translation>{name}哪天迁出？</translation>
    </message>
    <message>
        <source>{name} died</source>
        <translation>{name}去世</translation>
    </message>
    <message>
        <source>On which day did {name} die?</source>
        <translation>{name}哪天去世？</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>#{number} {title}: after the event</source>
        <translation>#{number} {title}：活动小结</translation>
    </message>
    <message>
        <source>Signed up:</source>
        <translation>报名：</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>到场：</translation>
    </message>
    <message>
        <source>Of them on site, without a place:</source>
        <translation>其中现场加入：</translation>
    </message>
    <message>
        <source>Did not come:</source>
        <translation>未到：</translation>
    </message>
    <message>
        <source>Still waiting:</source>
        <translation>仍在候补：</translation>
    </message>
    <message>
        <source>Times served, in all:</source>
        <translation>服务人次合计：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>What the next notice to the residents could say:</source>
        <translation>下次发给居民群的通知可以这样写：</translation>
    </message>
    <message>
        <source>Thank you to everyone who came to {title} on {month}/{day}!</source>
        <translation>感谢居民朋友们参加{month}月{day}日的{title}！</translation>
    </message>
    <message>
        <source> The next {kind} is on {month}/{day}{place}; you are welcome to sign up.</source>
        <translation>下次{kind}定于{month}月{day}日{place}举行，欢迎报名参加。</translation>
    </message>
    <message>
        <source> {signed} signed up and {came} came.</source>
        <translation>本次共 {signed} 人报名，{came} 人到场。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{service} {n}</source>
        <translation>{service} {n} 人次</translation>
    </message>
    <message>
        <source> The stalls served residents {n} times: {stalls}.</source>
        <translation>各摊位共服务居民 {n} 人次：{stalls}。</translation>
    </message>
    <message>
        <source> The date of the next one will be announced here.</source>
        <translation>下次活动时间另行通知。</translation>
    </message>
    <message>
        <source> at {place}</source>
        <translation>在{place}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New service team</source>
        <translation>新建服务队</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>e.g. the hairdressing service team</source>
        <translation>例如：爱心理发服务队</translation>
    </message>
    <message>
        <source>A short sentence for the poster and the cards</source>
        <translation>一句简短的话，印在海报和连心卡上</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>What the team does:</source>
        <translation>服务内容：</translation>
    </message>
    <message>
        <source>Service promise:</source>
        <translation>服务承诺：</translation>
    </message>
    <message>
        <source>Colour on the poster:</source>
        <translation>海报颜色：</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Add a member: type a name, pinyin or phone, then Enter</source>
        <translation>添加成员：输入姓名、拼音或电话，按回车</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>移出服务队</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>设为队长</translation>
    </message>
    <message>
        <source>Make deputy leader</source>
        <translation>设为副队长</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建服务队…</translation>
    </message>
    <message>
        <source>Change team…</source>
        <translation>修改服务队…</translation>
    </message>
    <message>
        <source>Delete team…</source>
        <translation>删除服务队…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name}（%Ln 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>队长：{name}</translation>
    </message>
    <message>
        <source>No service teams yet</source>
        <translation>还没有服务队</translation>
    </message>
    <message>
        <source>Purpose: {text}</source>
        <translation>宗旨：{text}</translation>
    </message>
    <message>
        <source>Promise: {text}</source>
        <translation>承诺：{text}</translation>
    </message>
    <message>
        <source>{name} joined {team}.</source>
        <translation>{name} 已加入{team}。</translation>
    </message>
    <message>
        <source>{name} is already in {team}.</source>
        <translation>{name} 已在{team}中，未重复添加。</translation>
    </message>
    <message>
        <source>Choose a member in the table first.</source>
        <translation>请先在表格中选择一名成员。</translation>
    </message>
    <message>
        <source>{name} left {team}.</source>
        <translation>{name} 已移出{team}。</translation>
    </message>
    <message>
        <source>Remove {name} from {team}?</source>
        <translation>确定将 {name} 移出{team}吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} is now {role} of {team}.</source>
        <translation>{name} 现为{team}{role}。</translation>
    </message>
    <message numerus="yes">
        <source>Delete {team}? Its %n member(s) stay in the tree and in their other teams.</source>
        <translation>
            <numerusform>删除{team}吗？其 %Ln 名成员仍留在连心树中，也仍在所属的其他服务队。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>删除服务队</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>{team} was deleted.</source>
        <translation>已删除{team}。</translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <source>Thanks for request #{number}</source>
        <translation>诉求 #{number} 的感谢</translation>
    </message>
    <message>
        <source>Thanks from {address}</source>
        <translation>{address} 送来的感谢</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>赠送人：</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>内容：</translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <source>Enrolled {n}, no limit</source>
        <translation>报名 {n}，不限名额</translation>
    </message>
    <message>
        <source>Enrolled {n}/places {cap}, waiting {w}</source>
        <translation>报名 {n}/名额 {cap}，候补 {w}</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>Party organisation…</source>
        <translation>党组织…</translation>
    </message>
    <message>
        <source>The tree</source>
        <translation>连心树</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>成员名录</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Partner units</source>
        <translation>联建单位</translation>
    </message>
</context>
<context>
    <name>TreePrintDialog</name>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>打印完整的身份证号和电话</translation>
    </message>
    <message>
        <source>One sheet of that size (a print shop)</source>
        <translation>整张打印（送图文店）</translation>
    </message>
    <message>
        <source>Tiled onto {sheet} sheets (the office printer)</source>
        <translation>拼接打印在 {sheet} 纸上（办公室打印机）</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>打印方式：</translation>
    </message>
    <message>
        <source>Tiled sheets overlap by a margin and carry cut and glue marks and their row and column.</source>
        <translation>拼接的纸张之间留有重叠边，印有裁切、粘贴标记和行列号。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>数据库结构比本程序旧；请先启动一次连心台完成升级（升级前会保留一份副本）。</translation>
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
    <message>
        <source>The passphrase file {file} cannot be read: {reason}.</source>
        <translation>无法读取口令文件 {file}：{reason}。</translation>
    </message>
    <message>
        <source>The passphrase file {file} is not text in UTF-8, UTF-16 or GB18030; save it again as UTF-8 text.</source>
        <translation>口令文件 {file} 不是 UTF-8、UTF-16 或 GB18030 编码的文本；请把它重新保存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The passphrase file {file} is empty.</source>
        <translation>口令文件 {file} 是空的。</translation>
    </message>
    <message>
        <source>Restore not confirmed; nothing was changed.</source>
        <translation>没有确认恢复；什么都没有改变。</translation>
    </message>
    <message>
        <source>Add --yes to restore without a question (no terminal to ask in).</source>
        <translation>无法在此询问，请加上 --yes 直接恢复。</translation>
    </message>
    <message>
        <source>A backup is encrypted unless --no-encrypt is given; give the passphrase with --passphrase-file.</source>
        <translation>备份默认加密，除非加上 --no-encrypt；请用 --passphrase-file 提供口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ or are empty.</source>
        <translation>两次输入的口令不一致或为空。</translation>
    </message>
    <message>
        <source>--year applies to events only.</source>
        <translation>--year 仅用于活动。</translation>
    </message>
    <message>
        <source>--grid and --tag apply to residents only.</source>
        <translation>--grid 和 --tag 只用于 residents。</translation>
    </message>
    <message>
        <source>--team applies to members only.</source>
        <translation>--team 只用于 members。</translation>
    </message>
    <message>
        <source>The search text is {length} characters long; search for 1 to {max} characters.</source>
        <translation>要查找的内容有 {length} 个字符；请输入 1 到 {max} 个字符。</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>extra bytes at its end</source>
        <translation>末尾多出字节</translation>
    </message>
    <message>
        <source>part {number}</source>
        <translation>第 {number} 块</translation>
    </message>
    <message>
        <source>{file} is not a Hearth Desk backup.</source>
        <translation>{file} 不是连心台的备份。</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (cut off or altered: {detail}); it cannot be used.</source>
        <translation>备份 {file} 已损坏（被截断或被改动：{detail}），不能使用。</translation>
    </message>
    <message>
        <source>The passphrase for the backup {file} is wrong.</source>
        <translation>备份 {file} 的口令不对。</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted; a passphrase is needed.</source>
        <translation>备份 {file} 已加密，需要口令。</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Hearth Desk ({detail}); install the newer version to use it.</source>
        <translation>备份 {file} 由更新版本的连心台制作（{detail}）；请安装新版本后再使用。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>没有文件 {file}。</translation>
    </message>
    <message>
        <source>The store is still in use by another program; close it and try again.</source>
        <translation>数据库仍被另一个程序使用；请关闭它后重试。</translation>
    </message>
    <message>
        <source>Nothing can be written to the folder {folder}; choose another folder or USB stick.</source>
        <translation>无法向文件夹 {folder} 写入任何内容；请另选一个文件夹或U盘。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or is not reachable.</source>
        <translation>文件夹 {folder} 不存在或无法访问。</translation>
    </message>
    <message>
        <source>Not enough space on the drive: {needed} MB needed, {free} MB free.</source>
        <translation>U盘空间不足：需要 {needed} MB，剩余 {free} MB。</translation>
    </message>
    <message>
        <source>The drive {folder} became full while writing; no backup was left there.</source>
        <translation>写入时 {folder} 已满；那里没有留下备份。</translation>
    </message>
    <message>
        <source>The drive {folder} was removed or stopped responding while writing; no backup was left there. Plug it in again and repeat the backup.</source>
        <translation>写入时 {folder} 被拔出或停止响应；那里没有留下备份。请重新插好后再备份一次。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>无法把备份写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The grid name is empty.</source>
        <translation>网格名称为空。</translation>
    </message>
    <message>
        <source>That part of the grid no longer exists.</source>
        <translation>网格中的这一部分已不存在。</translation>
    </message>
    <message>
        <source>A unit cannot contain further levels.</source>
        <translation>单元之下不能再分层级。</translation>
    </message>
    <message>
        <source>“{name}” already exists at this level.</source>
        <translation>这一级已经有“{name}”。</translation>
    </message>
    <message>
        <source>The care tag is empty.</source>
        <translation>人员类别为空。</translation>
    </message>
    <message>
        <source>The care tag “{name}” exists already.</source>
        <translation>人员类别“{name}”已经存在。</translation>
    </message>
    <message>
        <source>The care tag “{name}” is carried by {count} residents; it is kept.</source>
        <translation>有 {count} 名居民带有人员类别“{name}”，因此保留。</translation>
    </message>
    <message>
        <source>Unknown care tag “{name}”; the list has: {known}.</source>
        <translation>没有人员类别“{name}”；现有：{known}。</translation>
    </message>
    <message>
        <source>The ID number {number} already belongs to {name} ({address}).</source>
        <translation>身份证号 {number} 已属于 {name}（{address}）。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Households live in units; choose a unit.</source>
        <translation>住户只能在单元下；请选择一个单元。</translation>
    </message>
    <message>
        <source>The door number is empty.</source>
        <translation>门牌号为空。</translation>
    </message>
    <message>
        <source>That household no longer exists.</source>
        <translation>这一户已不存在。</translation>
    </message>
    <message>
        <source>Sign-up for #{number} closed on {date}; sign up anyway?</source>
        <translation>#{number} 的报名已于 {date} 截止，仍要报名吗？</translation>
    </message>
    <message>
        <source>#{number} is full ({capacity} places); let {name} in?</source>
        <translation>#{number} 已满（{capacity} 个名额），仍让{name}入场吗？</translation>
    </message>
    <message>
        <source>“{text}” is not a code from a sign-in sheet.</source>
        <translation>“{text}”不是签到表上的签到码。</translation>
    </message>
    <message>
        <source>That code is from the sign-in sheet of #{number}.</source>
        <translation>这是活动 #{number} 签到表上的签到码。</translation>
    </message>
    <message>
        <source>#{number} {title} is cancelled.</source>
        <translation>#{number} {title} 已取消。</translation>
    </message>
    <message>
        <source>#{number} {title} is over.</source>
        <translation>#{number} {title} 已结束。</translation>
    </message>
    <message>
        <source>{name} is already {status} for #{number}.</source>
        <translation>{name}在 #{number} 中的状态已是“{status}”。</translation>
    </message>
    <message>
        <source>That resident no longer exists.</source>
        <translation>这名居民已不存在。</translation>
    </message>
    <message>
        <source>That sign-up no longer exists.</source>
        <translation>该报名记录已不存在。</translation>
    </message>
    <message>
        <source>“{path}” is not a grid path; write compound/building/unit, e.g. 和平里一区/3栋/2单元.</source>
        <translation>“{path}”不是网格路径；请写成 小区/楼栋/单元，例如“和平里一区/3栋/2单元”。</translation>
    </message>
    <message>
        <source>The grid has no “{name}”.</source>
        <translation>网格中没有“{name}”。</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet to {path}: {reason}</source>
        <translation>无法把表格写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx (Excel) or .csv, not “{name}”.</source>
        <translation>请导出为以 .xlsx（Excel）或 .csv 结尾的文件，而不是“{name}”。</translation>
    </message>
    <message>
        <source>The sheet has {errors} errors in {rows} rows; nothing was imported.</source>
        <translation>表格中有 {rows} 行共 {errors} 处错误，未导入任何数据。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column of names (姓名) in its header row {row}.</source>
        <translation>工作表“{sheet}”的表头（第{row}行）中没有姓名列。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no address: it needs a column 住址 (洪山小区3栋2单元0401) or the columns 小区, 楼栋, 单元 and 门牌.</source>
        <translation>工作表“{sheet}”没有地址：需要一列“住址”（如 洪山小区3栋2单元0401），或“小区”“楼栋”“单元”“门牌”四列。</translation>
    </message>
    <message>
        <source>No header row with a column of names (姓名) was found in the first {rows} rows of the sheet “{sheet}”.</source>
        <translation>工作表“{sheet}”的前 {rows} 行中找不到含“姓名”列的表头。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty; there is nothing to import.</source>
        <translation>工作表“{sheet}”是空的，没有可导入的内容。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {path} has more than {limit} rows, more than Excel itself allows; it is not an ordinary ledger.</source>
        <translation>{path} 中的工作表“{sheet}”超过 {limit} 行，比 Excel 本身允许的还多，不是普通的台账。</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet; import an Excel workbook (.xlsx, .xls) or a .csv file.</source>
        <translation>{path} 不是电子表格；请导入 Excel 工作簿（.xlsx、.xls）或 .csv 文件。</translation>
    </message>
    <message>
        <source>{path} is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>{path} 设有密码保护；请在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿）后重新保存。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Open it in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} 已损坏，无法读取。请用 Excel 或 WPS 打开后重新保存，再导入保存的副本。</translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” in {path} is damaged and cannot be read. Open the file in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} 中工作表“{sheet}”的第{row}行已损坏，无法读取。请用 Excel 或 WPS 打开该文件后重新保存，再导入保存的副本。</translation>
    </message>
    <message>
        <source>{path} is {size} MB; the import reads files of up to {limit} MB. Split the sheet into smaller files.</source>
        <translation>{path} 大小为 {size} MB，导入最多只读取 {limit} MB 的文件。请把表格拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>Every sheet of {path} is hidden. Show the ledger&apos;s sheet in Excel (right-click a sheet tab → Unhide), save, and import again.</source>
        <translation>{path} 的所有工作表都被隐藏了。请在 Excel 中取消隐藏台账所在的工作表（右键单击工作表标签 → 取消隐藏），保存后重新导入。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a file but a folder, a device or a pipe; choose the sheet&apos;s file.</source>
        <translation>{path} 不是文件，而是文件夹、设备或管道；请选择表格文件本身。</translation>
    </message>
    <message>
        <source>no such folder, or it takes no new files</source>
        <translation>没有这个文件夹，或该文件夹不能新建文件</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>{path} is the sheet being imported; save the rows with errors under another name.</source>
        <translation>{path} 就是正在导入的表格；请把有问题的行另存为其他文件名。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The disk holding the data folder {folder} is full; nothing was saved. Free some space on that disk, then try again.</source>
        <translation>存放数据文件夹 {folder} 的磁盘已满，本次没有保存任何内容。请清理该磁盘上的空间后重试。</translation>
    </message>
    <message>
        <source>The store in {folder} is held by another program (another copy of Hearth Desk, or a sync or antivirus tool); nothing was saved. Wait a moment and try again, or close that program.</source>
        <translation>{folder} 中的数据库正被另一个程序占用（另一个打开的连心台，或同步、杀毒软件），本次没有保存任何内容。请稍等片刻后重试，或关闭那个程序。</translation>
    </message>
    <message>
        <source>The store file in {folder}, or the folder itself, is read-only; nothing was saved. Check the folder&apos;s permissions and, on a USB stick, its write-protect switch.</source>
        <translation>{folder} 中的数据库文件或该文件夹是只读的，本次没有保存任何内容。请检查文件夹的权限；如在U盘上，请检查U盘的写保护开关。</translation>
    </message>
    <message>
        <source>The store in {folder} could not be read or written (a disk error); nothing was saved. The disk or USB stick may have been removed or be failing: check it, then try again.</source>
        <translation>无法读写 {folder} 中的数据库（磁盘错误），本次没有保存任何内容。磁盘或U盘可能已被拔出或出现故障：请检查后重试。</translation>
    </message>
    <message>
        <source>The disk of the database server {server} is full; nothing was saved. Ask whoever looks after the server to free some space, then try again.</source>
        <translation>数据库服务器 {server} 的磁盘已满，本次没有保存任何内容。请联系服务器管理员清理空间后重试。</translation>
    </message>
    <message>
        <source>Another program using the database server {server} (another copy of Hearth Desk, say) is holding the data you changed; nothing was saved. Wait a moment and try again.</source>
        <translation>使用数据库服务器 {server} 的另一个程序（例如另一个打开的连心台）正占用您修改的数据，本次没有保存任何内容。请稍等片刻后重试。</translation>
    </message>
    <message>
        <source>The database server {server} only allows reading at the moment; nothing was saved. Ask whoever looks after the server to make the database writable again.</source>
        <translation>数据库服务器 {server} 目前只允许读取，本次没有保存任何内容。请联系服务器管理员恢复数据库的写入。</translation>
    </message>
    <message>
        <source>The database server {server} could not read or write its disk; nothing was saved. Ask whoever looks after the server to check it.</source>
        <translation>数据库服务器 {server} 无法读写它的磁盘，本次没有保存任何内容。请联系服务器管理员检查。</translation>
    </message>
    <message>
        <source>The store in {folder} is in use by another program ({programs}); nothing was saved. Close that program, or wait until it is done, then try again.</source>
        <translation>{folder} 中的数据库正被另一个程序（{programs}）占用，本次没有保存任何内容。请关闭那个程序，或等它用完，然后重试。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a link, a device or a pipe); give the name of a file.</source>
        <translation>{path} 不是普通文件（而是文件夹、链接、设备或管道）；请给出一个文件的名称。</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} KB; it cannot be the file meant here.</source>
        <translation>{path} 大于 {limit} KB，不可能是这里需要的文件。</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: its driver (psycopg) is missing. Install it with: pip install &quot;hearth-desk[postgresql]&quot;</source>
        <translation>这个安装无法连接 PostgreSQL：缺少它的驱动程序（psycopg）。请用以下命令安装：pip install &quot;hearth-desk[postgresql]&quot;</translation>
    </message>
    <message>
        <source>{option} is empty; give a value, or leave the option out.</source>
        <translation>{option} 是空的；请给出一个值，或者不写这个选项。</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder; choose a folder with --data-dir.</source>
        <translation>数据文件夹 {folder} 是一个文件，不是文件夹；请用 --data-dir 选择一个文件夹。</translation>
    </message>
    <message>
        <source>The database URL is not one Hearth Desk can read; give one like postgresql://user@host/db, or leave --db-url out to use SQLite in the data folder.</source>
        <translation>连心台无法识别这个数据库地址；请给出类似 postgresql://user@host/db 的地址，或者不写 --db-url，使用数据文件夹中的 SQLite。</translation>
    </message>
    <message>
        <source>Hearth Desk keeps its data in SQLite or PostgreSQL, not “{kind}”; give a URL like postgresql://user@host/db, or leave --db-url out to use SQLite.</source>
        <translation>连心台的数据只能存放在 SQLite 或 PostgreSQL 中，不能用“{kind}”；请给出类似 postgresql://user@host/db 的地址，或者不写 --db-url，使用 SQLite。</translation>
    </message>
    <message>
        <source>“{value}”: {problem}</source>
        <translation>“{value}”：{problem}</translation>
    </message>
    <message>
        <source>Row {row} of {path} has a field longer than {limit} characters, nearly always because a quotation mark is opened and never closed. Correct that row in Excel or a text editor.</source>
        <translation>{path} 的第{row}行有一个字段超过 {limit} 个字符，这几乎总是因为某个引号只有开头、没有结尾。请在 Excel 或文本编辑器中更正该行。</translation>
    </message>
    <message>
        <source>{path} would unpack to {size} MB; the import reads workbooks of up to {limit} MB unpacked. Split the sheet into smaller files.</source>
        <translation>{path} 解压后将达 {size} MB，导入最多只读取解压后 {limit} MB 的工作簿。请把表格拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary workbook: a part of it unpacks to {ratio} times its size, and the import stops at {limit} times. Open it in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} 不是普通的工作簿：其中一部分解压后是原大小的 {ratio} 倍，而导入最多接受 {limit} 倍。请用 Excel 或 WPS 打开后重新保存，再导入保存的副本。</translation>
    </message>
    <message>
        <source>This backup cannot go onto the database server: in {table}, row {row}, {column} holds {length} characters where the server allows {limit}. Shorten it on the PC the backup came from, then back up again.</source>
        <translation>这份备份不能恢复到数据库服务器上：表 {table} 第 {row} 条记录的 {column} 有 {length} 个字，服务器只允许 {limit} 个。请在做备份的那台电脑上把它改短，再重新备份。</translation>
    </message>
    <message>
        <source>The store already holds data ({residents} resident records); add --replace to overwrite it with demo data.</source>
        <translation>数据库中已有数据（居民记录 {residents} 条）；如要用演示数据覆盖，请加上 --replace。</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Workplace party organisation</source>
        <translation>单位党组织</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>That term no longer exists.</source>
        <translation>该学期已不存在。</translation>
    </message>
    <message>
        <source>The class has no name.</source>
        <translation>请填写班级名称。</translation>
    </message>
    <message>
        <source>{term} has a class called {name} already.</source>
        <translation>{term}已有名为“{name}”的班级。</translation>
    </message>
    <message>
        <source>Say when the class meets, like 周一14:30-16:00.</source>
        <translation>请填写上课时间，如 周一14:30-16:00。</translation>
    </message>
    <message>
        <source>A class holds at least one student.</source>
        <translation>班级名额至少为 1 人。</translation>
    </message>
    <message>
        <source>That member is no longer in the tree.</source>
        <translation>该成员已不在连心树中。</translation>
    </message>
    <message>
        <source>There is no class #{number}.</source>
        <translation>没有编号为 #{number} 的班级。</translation>
    </message>
    <message>
        <source>There is no class called {name}.</source>
        <translation>没有名为“{name}”的班级。</translation>
    </message>
    <message>
        <source>{name} is not a helper at #{number}.</source>
        <translation>{name} 不是 #{number} 的志愿者。</translation>
    </message>
    <message>
        <source>A member with the ID number {number} is already in the tree.</source>
        <translation>身份证号为 {number} 的成员已在连心树中。</translation>
    </message>
    <message>
        <source>Set the community&apos;s party organisation first.</source>
        <translation>请先设置社区党组织。</translation>
    </message>
    <message>
        <source>That party branch no longer exists.</source>
        <translation>该党支部已不存在。</translation>
    </message>
    <message>
        <source>That service team no longer exists.</source>
        <translation>该服务队已不存在。</translation>
    </message>
    <message>
        <source>There is already a service team called {name}.</source>
        <translation>已有名为“{name}”的服务队。</translation>
    </message>
    <message>
        <source>The colour {colour} is not of the form #RRGGBB.</source>
        <translation>颜色 {colour} 不是 #RRGGBB 格式。</translation>
    </message>
    <message>
        <source>That partner unit no longer exists.</source>
        <translation>该联建单位已不存在。</translation>
    </message>
    <message>
        <source>There is already a partner unit called {name}.</source>
        <translation>已有名为“{name}”的联建单位。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>{option} does not apply to “print {report}”.</source>
        <translation>{option} 不适用于“print {report}”。</translation>
    </message>
    <message>
        <source>“print {report}” needs an event number, as in “print {report} 12”.</source>
        <translation>“print {report}”需要活动编号，例如“print {report} 12”。</translation>
    </message>
    <message>
        <source>“print {report}” needs a class, as in “print {report} #3” or by its name.</source>
        <translation>“print {report}”需要指定班级，例如“print {report} #3”或班级名称。</translation>
    </message>
    <message>
        <source>“print {report}” needs a meeting number, as in “print {report} --meeting 3”.</source>
        <translation>“print {report}”需要会议编号，如“print {report} --meeting 3”。</translation>
    </message>
    <message>
        <source>--size {size} does not apply to “print {report}”: it takes {sizes}.</source>
        <translation>--size {size} 不适用于“print {report}”，可选：{sizes}。</translation>
    </message>
    <message>
        <source>The certificates were registered, but the PDF could not be put at {path}: {reason}. Print them again to reprint the same numbers.</source>
        <translation>证书已登记，但 PDF 无法存到 {path}：{reason}。请再打印一次，补打的编号不变。</translation>
    </message>
    <message>
        <source>Export members to a file ending in .xlsx, not “{name}”.</source>
        <translation>党员只能导出为 .xlsx 文件，不能是“{name}”。</translation>
    </message>
    <message>
        <source>No service team is called “{name}”.</source>
        <translation>没有名为“{name}”的服务队。</translation>
    </message>
    <message>
        <source>No member matches “{query}”.</source>
        <translation>没有与“{query}”相符的成员。</translation>
    </message>
    <message>
        <source>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Choose a larger size (--size {larger}) or print one poster per team (--team).</source>
        <translation>{count} 名成员放不进 {size} 海报，否则字太小，挂在墙上看不清。请选更大的纸（--size {larger}），或每支服务队印一张（--team）。</translation>
    </message>
    <message>
        <source>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Print one poster per team (--team).</source>
        <translation>{count} 名成员放不进 {size} 海报，否则字太小，挂在墙上看不清。请每支服务队印一张（--team）。</translation>
    </message>
    <message>
        <source>The stall “{service}” has services counted; it cannot be removed.</source>
        <translation>摊位“{service}”已有服务人次记录，不能删除。</translation>
    </message>
    <message>
        <source>The event has no title.</source>
        <translation>活动没有名称。</translation>
    </message>
    <message>
        <source>The capacity {n} is not a number of people.</source>
        <translation>名额 {n} 不是有效人数。</translation>
    </message>
    <message>
        <source>The event ends at {end}, before it starts at {start}.</source>
        <translation>活动结束时间 {end} 早于开始时间 {start}。</translation>
    </message>
    <message>
        <source>A stall needs a unit and a service, as 单位:服务.</source>
        <translation>摊位要写明单位和服务，格式为“单位:服务”。</translation>
    </message>
    <message>
        <source>There is no event #{number}.</source>
        <translation>没有 #{number} 号活动。</translation>
    </message>
    <message>
        <source>That stall no longer exists.</source>
        <translation>该摊位已不存在。</translation>
    </message>
    <message>
        <source>The count {n} is not a number of people.</source>
        <translation>人次 {n} 不是有效人数。</translation>
    </message>
    <message>
        <source>{problem} Add --on-site to let them in.</source>
        <translation>{problem}如需入场，请加 --on-site。</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>还没有学期。</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>请至少写一个人。</translation>
    </message>
    <message>
        <source>{name} is on the waiting list of class #{number}, not in it.</source>
        <translation>{name} 在班级 #{number} 的候补名单上，尚未入班。</translation>
    </message>
    <message>
        <source>{name} has not signed up for #{number}.</source>
        <translation>{name}没有报名 #{number}。</translation>
    </message>
    <message>
        <source>#{number} has no stall for {service}; it has {stalls}.</source>
        <translation>#{number} 没有“{service}”摊位；现有：{stalls}。</translation>
    </message>
    <message>
        <source>--full-id and --team do not apply to events.</source>
        <translation>--full-id 和 --team 不适用于活动。</translation>
    </message>
    <message>
        <source>No resident matches {query}.</source>
        <translation>没有居民与“{query}”相符。</translation>
    </message>
    <message>
        <source>{query} matches {count} residents: {candidates}. Type more of it.</source>
        <translation>“{query}”与 {count} 位居民相符：{candidates}。请输入得更完整些。</translation>
    </message>
    <message>
        <source>{query} matches several members: {candidates}. Type more of it.</source>
        <translation>“{query}”对应多名成员：{candidates}。请再多输入一些。</translation>
    </message>
    <message>
        <source>Export events to a file ending in .xlsx, not “{name}”.</source>
        <translation>活动只能导出为 .xlsx 文件，不能是“{name}”。</translation>
    </message>
    <message>
        <source>Choose an event to print.</source>
        <translation>请选择要打印的活动。</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hours, such as 1.5.</source>
        <translation>“{text}”不是小时数，应写成 1.5 这样的数。</translation>
    </message>
    <message>
        <source>The hours must be more than 0, not {text}.</source>
        <translation>时长必须大于 0，不能是 {text}。</translation>
    </message>
    <message>
        <source>{text} hours is more than a day; record at most 24 hours a day.</source>
        <translation>{text} 小时超过了一天；每天最多记 24 小时。</translation>
    </message>
    <message>
        <source>Hours are kept to a tenth (such as 1.5); {text} has more decimals.</source>
        <translation>时长只记到小数点后一位（如 1.5），{text} 的小数位太多。</translation>
    </message>
    <message>
        <source>There is no service record #{number}.</source>
        <translation>没有第 {number} 号服务记录。</translation>
    </message>
    <message>
        <source>Say what was done, such as 疏通下水道.</source>
        <translation>请填写服务内容，如“疏通下水道”。</translation>
    </message>
    <message>
        <source>{date} has not come yet; record service once it is done.</source>
        <translation>{date} 还没到；请在服务完成后再记录。</translation>
    </message>
    <message>
        <source>The times served (人次) must be at least {least}, not {served}.</source>
        <translation>服务人次至少为 {least}，不能是 {served}。</translation>
    </message>
    <message>
        <source>Who issues the certificates is not set; fill in the issuer in the certificates&apos; settings first.</source>
        <translation>尚未设置证书的出具单位；请先在证书设置中填写出具单位。</translation>
    </message>
    <message>
        <source>No ID number is recorded for {names}; a service record certificate needs one. Fill it in, or leave them out.</source>
        <translation>{names} 没有登记证件号码，志愿服务记录证明须有证件号码。请补填，或略过这些人。</translation>
    </message>
    <message>
        <source>Another window is issuing certificates at the same time; nothing was registered. Please try again.</source>
        <translation>另一个窗口正在同时出具证书，本次未登记任何证书。请再试一次。</translation>
    </message>
    <message>
        <source>Which year? Certificates need --year.</source>
        <translation>哪一年？出具证书需要 --year。</translation>
    </message>
    <message>
        <source>A notice is posted for at least {days} days, not {given}.</source>
        <translation>公示期至少 {days} 天，不能是 {given} 天。</translation>
    </message>
    <message>
        <source>No certificate is numbered “{number}”.</source>
        <translation>没有编号为“{number}”的证书。</translation>
    </message>
    <message>
        <source>Certificate {number} was already voided on {date}.</source>
        <translation>证书 {number} 已于 {date} 作废。</translation>
    </message>
    <message>
        <source>Please say why certificate {number} is voided.</source>
        <translation>请填写证书 {number} 的作废原因。</translation>
    </message>
    <message>
        <source>“{text}” has a brace without its pair; fields are written like {{sequence}}.</source>
        <translation>“{text}”中有不成对的花括号；字段应写成 {{sequence}} 这样。</translation>
    </message>
    <message>
        <source>The number format names an unknown field {{{field}}}; it may use {{short}}, {{kind}}, {{year}} and {{sequence}}.</source>
        <translation>编号格式中的字段 {{{field}}} 无法识别；可用的字段有 {{short}}、{{kind}}、{{year}} 和 {{sequence}}。</translation>
    </message>
    <message>
        <source>The number format must contain {{kind}}, {{year}} and {{sequence}}, e.g. {{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号.</source>
        <translation>编号格式必须含有 {{kind}}、{{year}} 和 {{sequence}}，如 {{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号。</translation>
    </message>
    <message>
        <source>The number format “{text}” cannot be printed; write the sequence as {{sequence}} or {{sequence:04d}}.</source>
        <translation>编号格式“{text}”无法生成编号；序号请写成 {{sequence}} 或 {{sequence:04d}}。</translation>
    </message>
    <message>
        <source>The honour text names an unknown field {{{field}}}; it may use {fields}.</source>
        <translation>荣誉证书文字中的字段 {{{field}}} 无法识别；可用的字段有 {fields}。</translation>
    </message>
    <message>
        <source>The honour text “{text}” cannot be filled in.</source>
        <translation>荣誉证书文字“{text}”无法填写。</translation>
    </message>
    <message>
        <source>Certificate {number} is void and is not printed again.</source>
        <translation>证书 {number} 已作废，不能补打。</translation>
    </message>
    <message>
        <source>A special matter is closed only after it has been reported to the street office.</source>
        <translation>特事须先上报街道，才能办结。</translation>
    </message>
    <message>
        <source>The request is {status}: it has been followed up and is done.</source>
        <translation>该诉求状态为“{status}”：已回访，办理完毕。</translation>
    </message>
    <message>
        <source>The request is {status} and cannot go to {target}: its next step is {next}.</source>
        <translation>该诉求状态为“{status}”，不能直接改为“{target}”：下一步应为“{next}”。</translation>
    </message>
    <message>
        <source>Reporting to the street office needs the office&apos;s reference.</source>
        <translation>上报街道须填写街道的受理编号。</translation>
    </message>
    <message>
        <source>Closing a request needs its result: what was done.</source>
        <translation>办结须填写办理结果。</translation>
    </message>
    <message>
        <source>A return visit needs the resident&apos;s satisfaction: 满意, 基本满意 or 不满意.</source>
        <translation>回访须填写满意度：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>There is no request #{number}.</source>
        <translation>没有编号为 #{number} 的诉求。</translation>
    </message>
    <message>
        <source>Say what the request is about.</source>
        <translation>请填写诉求内容。</translation>
    </message>
    <message>
        <source>Say which household or place the request is about.</source>
        <translation>请填写诉求涉及的住户或地点。</translation>
    </message>
    <message>
        <source>That household is no longer in the ledger.</source>
        <translation>该住户已不在台账中。</translation>
    </message>
    <message>
        <source>That partner unit is no longer in the tree.</source>
        <translation>该联建单位已不在连心树中。</translation>
    </message>
    <message>
        <source>The tier of #{number} can no longer change: it has been reported to the street office or closed.</source>
        <translation>#{number} 的层级已不能更改：它已上报街道或已办结。</translation>
    </message>
    <message>
        <source>That visit is no longer recorded.</source>
        <translation>该走访记录已不存在。</translation>
    </message>
    <message>
        <source>The due date {due} is before the request was made.</source>
        <translation>办理期限 {due} 早于诉求登记日期。</translation>
    </message>
    <message>
        <source>There is no staff member called {name}: the staff list is empty (add one with staff add).</source>
        <translation>没有名为“{name}”的工作人员：工作人员名单为空（可用 staff add 添加）。</translation>
    </message>
    <message>
        <source>There is no staff member called {name}; the staff are: {known}.</source>
        <translation>没有名为“{name}”的工作人员；现有工作人员：{known}。</translation>
    </message>
    <message>
        <source>“{role}” is not a role; the roles are {known}.</source>
        <translation>“{role}”不是职务；职务有：{known}。</translation>
    </message>
    <message>
        <source>The staff member&apos;s name is empty.</source>
        <translation>工作人员姓名为空。</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>已有名为{name}的工作人员。</translation>
    </message>
    <message>
        <source>{name} looks after no part of the grid yet.</source>
        <translation>{name}尚未负责任何网格。</translation>
    </message>
    <message>
        <source>--category and --tier go with --problem.</source>
        <translation>--category 和 --tier 须与 --problem 一起使用。</translation>
    </message>
    <message>
        <source>Say who made the visit.</source>
        <translation>请填写走访人。</translation>
    </message>
    <message>
        <source>The visit&apos;s date {date} is in the future.</source>
        <translation>走访日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>That staff member is no longer listed.</source>
        <translation>该工作人员已不在名单中。</translation>
    </message>
    <message>
        <source>Say which household.</source>
        <translation>请指明哪一户。</translation>
    </message>
    <message>
        <source>More than one household lives at {address}.</source>
        <translation>{address} 住有不止一户。</translation>
    </message>
    <message>
        <source>No joint meeting has been recorded yet.</source>
        <translation>尚未登记任何联席会议。</translation>
    </message>
    <message>
        <source>There is no joint meeting #{number}.</source>
        <translation>没有联席会议 #{number}。</translation>
    </message>
    <message>
        <source>Request #{request} is already on the agenda of meeting #{number}.</source>
        <translation>诉求 #{request} 已在联席会议 #{number} 的议题中。</translation>
    </message>
    <message>
        <source>Say what the matter is.</source>
        <translation>请填写议题。</translation>
    </message>
    <message>
        <source>Meeting #{number} has no matter {position}: it has {count}.</source>
        <translation>联席会议 #{number} 没有第 {position} 项议题：共 {count} 项。</translation>
    </message>
    <message>
        <source>That matter is no longer on the agenda.</source>
        <translation>该议题已不在议程中。</translation>
    </message>
    <message>
        <source>The due date {due} is before the meeting.</source>
        <translation>完成时限 {due} 早于会议日期。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>统计期的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>A PIN is exactly 4 digits, 0 to 9.</source>
        <translation>PIN 必须正好是 4 位数字（0–9）。</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>该工作人员已不存在。</translation>
    </message>
    <message>
        <source>Write the problem ledger to a file ending in .xlsx, not “{name}”.</source>
        <translation>问题台账请导出为 .xlsx 文件，而不是“{name}”。</translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>天数至少为 1。</translation>
    </message>
    <message>
        <source>That care tag no longer exists.</source>
        <translation>该人员类别已不存在。</translation>
    </message>
    <message>
        <source>Say which request or household the thanks are for.</source>
        <translation>请说明是哪条诉求或哪户居民送来的感谢。</translation>
    </message>
    <message>
        <source>“{text}” is not a weekly time: write it like 周一14:30-16:00.</source>
        <translation>“{text}”不是每周上课时间，请写成 周一14:30-16:00 这样。</translation>
    </message>
    <message>
        <source>“{text}” ends before it starts.</source>
        <translation>“{text}”的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>该课次已不存在。</translation>
    </message>
    <message>
        <source>The session of {date} was cancelled.</source>
        <translation>{date} 的课已取消。</translation>
    </message>
    <message>
        <source>Someone ticked is not in the class.</source>
        <translation>勾选的人中有不在本班的。</translation>
    </message>
    <message>
        <source>Class #{number} has no session on {date}.</source>
        <translation>#{number} 班在 {date} 没有课。</translation>
    </message>
    <message>
        <source>{name} is already {status} in class #{number}.</source>
        <translation>{name}已在 #{number} 班（{status}）。</translation>
    </message>
    <message>
        <source>Say why, for the students.</source>
        <translation>请填写原因，以便告知学员。</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>课次的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The class has a session then already ({date}).</source>
        <translation>该班级在这一时间（{date}）已有课。</translation>
    </message>
    <message>
        <source>The term has no name.</source>
        <translation>请填写学期名称。</translation>
    </message>
    <message>
        <source>The term ends on {end}, before it starts on {start}.</source>
        <translation>学期结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>There is a term called {name} already.</source>
        <translation>已有名为“{name}”的学期。</translation>
    </message>
    <message>
        <source>The closure day {date} is outside the term ({start} to {end}).</source>
        <translation>停课日 {date} 不在学期内（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>There is no term called {name}; the terms are: {known}.</source>
        <translation>没有名为“{name}”的学期；现有学期：{known}。</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-10-01.</source>
        <translation>“{text}”不是日期，请写成 2026-10-01 这样。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column 日期 in its first row.</source>
        <translation>表格“{sheet}”的第一行没有“日期”列。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: 日期 “{value}” is not a date such as 2026-10-01.</source>
        <translation>表格“{sheet}”第 {row} 行：日期“{value}”不是日期，应写作 2026-10-01 这样。</translation>
    </message>
    <message>
        <source>{name} is not enrolled in class #{number}.</source>
        <translation>{name} 没有报名班级 #{number}。</translation>
    </message>
    <message>
        <source>There is no term yet.</source>
        <translation>还没有学期。</translation>
    </message>
    <message>
        <source>Choose a class to print.</source>
        <translation>请选择要打印的班级。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>What was found at the door</source>
        <translation>入户所见情况</translation>
    </message>
    <message>
        <source>Optional: a problem to register as a request</source>
        <translation>可选：要登记为诉求的问题</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>走访人：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>走访情况：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>发现问题：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>分级：</translation>
    </message>
</context>
<context>
    <name>VisitFiguresTab</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>其他时段</translation>
    </message>
    <message>
        <source>Print the figures…</source>
        <translation>打印统计…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>VisitRulesEditor</name>
    <message>
        <source>Everyone else:</source>
        <translation>其他住户：</translation>
    </message>
    <message>
        <source>A request, {tier}:</source>
        <translation>诉求（{tier}）办理期限：</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Days between visits, by care tag:</source>
        <translation>按人员类别的走访间隔：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>as everyone else</source>
        <translation>同其他住户</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Requests</source>
        <translation>诉求</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Non-party volunteer</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>副队长</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Service day</source>
        <translation>服务日</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>志愿活动</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Cultural activity</source>
        <translation>文体活动</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>Hospital or health centre</source>
        <translation>医院/卫生服务中心</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>例行</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关爱</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Livelihood</source>
        <translation>民生</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Small matter</source>
        <translation>小事</translation>
    </message>
    <message>
        <source>Large matter</source>
        <translation>大事</translation>
    </message>
    <message>
        <source>Special matter</source>
        <translation>特事</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Reported to the street</source>
        <translation>上报街道</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Silk banner</source>
        <translation>锦旗</translation>
    </message>
    <message>
        <source>Letter of praise</source>
        <translation>表扬信</translation>
    </message>
    <message>
        <source>Community party branch</source>
        <translation>社区党组织</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居委会</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Resident representatives</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>Government office or public institution</source>
        <translation>机关事业单位</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father-in-law (wife&apos;s)</source>
        <translation>岳父</translation>
    </message>
    <message>
        <source>Mother-in-law (wife&apos;s)</source>
        <translation>岳母</translation>
    </message>
    <message>
        <source>Father-in-law (husband&apos;s)</source>
        <translation>公公</translation>
    </message>
    <message>
        <source>Mother-in-law (husband&apos;s)</source>
        <translation>婆婆</translation>
    </message>
    <message>
        <source>Grandson (son&apos;s son)</source>
        <translation>孙子</translation>
    </message>
    <message>
        <source>Granddaughter (son&apos;s daughter)</source>
        <translation>孙女</translation>
    </message>
    <message>
        <source>Grandson (daughter&apos;s son)</source>
        <translation>外孙子</translation>
    </message>
    <message>
        <source>Granddaughter (daughter&apos;s daughter)</source>
        <translation>外孙女</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>未到</translation>
    </message>
</context>
<context>
    <name>VolunteeringPage</name>
    <message>
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Print the yearly report…</source>
        <translation>打印年度统计…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按服务队</translation>
    </message>
    <message>
        <source>Top volunteers</source>
        <translation>志愿者排行</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部服务队</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>so that the office can call back</source>
        <translation>便于社区回电联系</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s：</translation>
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
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
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
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
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
    <message>
        <source>ignored explicit argument %r</source>
        <translation>此选项不带参数值，却给了 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
</context>
</TS>
