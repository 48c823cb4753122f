<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>正在建立示範資料…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <source>The backup of {time} was restored. The data as it was before is kept in {file}.</source>
        <translation>已還原 {time} 的備份。還原前的資料保存在 {file}。</translation>
    </message>
    <message>
        <source>Hearth Desk</source>
        <translation>連心台</translation>
    </message>
</context>
<context>
    <name>AutoBackupList</name>
    <message>
        <source>Once a day, when Hearth Desk closes, a backup is kept on this PC (not encrypted). It helps after a mistake, not if the PC breaks.</source>
        <translation>每天關閉連心台時，會在這台電腦上保留一份備份（不加密）。它能挽回誤操作，但電腦損壞時幫不上忙。</translation>
    </message>
    <message>
        <source>Restore from the chosen one…</source>
        <translation>從選取的備份還原…</translation>
    </message>
    <message>
        <source>{date}  ({size} MB)</source>
        <translation>{date}（{size} MB）</translation>
    </message>
    <message>
        <source>None yet: the first is made when Hearth Desk closes.</source>
        <translation>還沒有：第一份會在關閉連心台時產生。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>communities {n}</source>
        <translation>社區 {n} 個</translation>
    </message>
    <message>
        <source>compounds, buildings and units {n}</source>
        <translation>小區、樓棟和單元 {n} 個</translation>
    </message>
    <message>
        <source>households {n}</source>
        <translation>住戶 {n} 戶</translation>
    </message>
    <message>
        <source>residents {n} (every record, moved out and deceased too)</source>
        <translation>居民 {n} 人（全部記錄，含已遷出、已去世）</translation>
    </message>
    <message>
        <source>care tags {n}</source>
        <translation>人員類別 {n} 種</translation>
    </message>
    <message>
        <source>care tags given to residents {n}</source>
        <translation>人員類別標記 {n} 條</translation>
    </message>
    <message>
        <source>change records {n}</source>
        <translation>修改記錄 {n} 條</translation>
    </message>
    <message>
        <source>party organisations {n}</source>
        <translation>黨組織 {n} 個</translation>
    </message>
    <message>
        <source>service teams {n}</source>
        <translation>服務隊 {n} 支</translation>
    </message>
    <message>
        <source>members and volunteers {n}</source>
        <translation>黨員和志願者 {n} 人</translation>
    </message>
    <message>
        <source>places in service teams {n}</source>
        <translation>服務隊隊員 {n} 人次</translation>
    </message>
    <message>
        <source>partner units {n}</source>
        <translation>聯建單位 {n} 家</translation>
    </message>
    <message>
        <source>events {n}</source>
        <translation>活動 {n} 場</translation>
    </message>
    <message>
        <source>stalls at events {n}</source>
        <translation>活動攤位 {n} 個</translation>
    </message>
    <message>
        <source>sign-ups {n}</source>
        <translation>報名 {n} 條</translation>
    </message>
    <message>
        <source>services counted at stalls {n}</source>
        <translation>攤位服務記錄 {n} 條</translation>
    </message>
    <message>
        <source>helpers at events {n}</source>
        <translation>活動幫手 {n} 人次</translation>
    </message>
    <message>
        <source>volunteer service records {n}</source>
        <translation>志願服務記錄 {n} 條</translation>
    </message>
    <message>
        <source>certificates issued {n}</source>
        <translation>已出具證書 {n} 份</translation>
    </message>
    <message>
        <source>printings of certificates {n}</source>
        <translation>證書列印記錄 {n} 條</translation>
    </message>
    <message>
        <source>settings for certificates {n}</source>
        <translation>證書設定 {n} 條</translation>
    </message>
    <message>
        <source>people of the office {n}</source>
        <translation>社區工作人員 {n} 人</translation>
    </message>
    <message>
        <source>grid nodes looked after {n}</source>
        <translation>分管網格 {n} 個</translation>
    </message>
    <message>
        <source>settings for visits and requests {n}</source>
        <translation>走訪與訴求設置 {n} 條</translation>
    </message>
    <message>
        <source>visiting intervals by care tag {n}</source>
        <translation>按人員類別的走訪週期 {n} 條</translation>
    </message>
    <message>
        <source>door-to-door visits {n}</source>
        <translation>入戶走訪 {n} 次</translation>
    </message>
    <message>
        <source>visitors on visits {n}</source>
        <translation>走訪人 {n} 人次</translation>
    </message>
    <message>
        <source>requests and problems {n}</source>
        <translation>訴求問題 {n} 件</translation>
    </message>
    <message>
        <source>steps taken on requests {n}</source>
        <translation>訴求辦理步驟 {n} 條</translation>
    </message>
    <message>
        <source>banners and letters of praise {n}</source>
        <translation>錦旗和表揚信 {n} 件</translation>
    </message>
    <message>
        <source>joint meetings {n}</source>
        <translation>聯席會議 {n} 次</translation>
    </message>
    <message>
        <source>people at joint meetings {n}</source>
        <translation>參會人員 {n} 人次</translation>
    </message>
    <message>
        <source>matters on meetings&apos; agendas {n}</source>
        <translation>會議議題 {n} 項</translation>
    </message>
    <message>
        <source>terms of the elderly university {n}</source>
        <translation>老年大學學期 {n} 個</translation>
    </message>
    <message>
        <source>days without lessons {n}</source>
        <translation>停課日 {n} 天</translation>
    </message>
    <message>
        <source>classes of the elderly university {n}</source>
        <translation>老年大學班級 {n} 個</translation>
    </message>
    <message>
        <source>weekly lesson times {n}</source>
        <translation>每週上課時段 {n} 個</translation>
    </message>
    <message>
        <source>lessons in timetables {n}</source>
        <translation>課次 {n} 次</translation>
    </message>
    <message>
        <source>attendances at lessons {n}</source>
        <translation>上課出勤 {n} 人次</translation>
    </message>
    <message>
        <source>other records {n}</source>
        <translation>其他記錄 {n} 條</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>No backup has been made to a USB stick yet.</source>
        <translation>尚未備份到隨身碟。</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} (today).</source>
        <translation>上次備份到隨身碟：{date}（今天）。</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} (yesterday).</source>
        <translation>上次備份到隨身碟：{date}（昨天）。</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} ({days} days ago).</source>
        <translation>上次備份到隨身碟：{date}（{days} 天前）。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>重新尋找隨身碟</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>No place chosen yet.</source>
        <translation>尚未選擇位置。</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (recommended for USB sticks)</source>
        <translation>用密碼加密（隨身碟建議加密）</translation>
    </message>
    <message>
        <source>Remember the passphrase on this PC</source>
        <translation>在這台電腦上記住密碼</translation>
    </message>
    <message>
        <source>This PC has no secure place to keep it.</source>
        <translation>這台電腦沒有安全保存密碼的地方。</translation>
    </message>
    <message>
        <source>Remember the passphrase: if it is forgotten, the encrypted backups can never be opened again, and nobody can recover it.</source>
        <translation>請牢記密碼：忘記密碼後，加密的備份永遠無法開啟，任何人都無法找回。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Back up to a USB stick or a folder</source>
        <translation>備份到隨身碟或資料夾</translation>
    </message>
    <message>
        <source>USB sticks:</source>
        <translation>隨身碟：</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>備份到：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再輸入一次密碼：</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>檢查備份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>從備份還原…</translation>
    </message>
    <message>
        <source>Check or restore</source>
        <translation>檢查或還原</translation>
    </message>
    <message>
        <source>Automatic backups on this PC:</source>
        <translation>這台電腦上的自動備份：</translation>
    </message>
    <message>
        <source>{label} ({path}) — {free} MB free</source>
        <translation>{label}（{path}）— 剩餘 {free} MB</translation>
    </message>
    <message>
        <source>No USB stick found; choose a folder instead.</source>
        <translation>沒有找到隨身碟；請改為選擇資料夾。</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>備份到哪個資料夾？</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>密碼至少需要 {n} 個字元。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>備份已寫好</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}</source>
        <translation>備份已寫入並檢查無誤：
{path}</translation>
    </message>
    <message>
        <source>Hearth Desk backups (*.hdbak)</source>
        <translation>連心台備份 (*.hdbak)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted. Passphrase:</source>
        <translation>備份 {file} 已加密。請輸入密碼：</translation>
    </message>
    <message>
        <source>Check which backup?</source>
        <translation>檢查哪個備份？</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在檢查備份…</translation>
    </message>
    <message>
        <source>Backup is whole</source>
        <translation>備份完好</translation>
    </message>
    <message>
        <source>The backup {file} is complete and intact.

Community: {community}
Made: {time}
Contents: {counts}</source>
        <translation>備份 {file} 完整無損。

社區：{community}
備份時間：{time}
內容：{counts}</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>還原哪個備份？</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Replace everything in the program with this backup?

Backup of {time}: {backup}
Now in the program: {current}

A safety copy of the present data is kept first.</source>
        <translation>用這個備份取代程式中的全部資料嗎？

{time} 的備份：{backup}
程式中現有：{current}

還原前會先保存一份目前資料的安全備份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>CareTagsEditor</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>New care tag</source>
        <translation>新的人員類別</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Rename care tag</source>
        <translation>人員類別改名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>證書設定</translation>
    </message>
    <message>
        <source>Empty: whoever issues them</source>
        <translation>留空：由出具人經辦</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Issuing organisation:</source>
        <translation>出具單位：</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>經辦人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>聯絡電話：</translation>
    </message>
    <message>
        <source>Short name in numbers:</source>
        <translation>編號中的簡稱：</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>編號格式：</translation>
    </message>
    <message>
        <source>Honour text:</source>
        <translation>榮譽證書正文：</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>可用欄位：{fields}</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>示例：{number}</translation>
    </message>
    <message>
        <source>This format cannot be printed.</source>
        <translation>此格式無法列印。</translation>
    </message>
    <message>
        <source>e.g. {text}</source>
        <translation>示例：{text}</translation>
    </message>
    <message>
        <source>This text names a field that does not exist.</source>
        <translation>正文中有不存在的欄位。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Issue certificates</source>
        <translation>出具證書</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>出具登記簿</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>證書設定…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Name, pinyin or phone, or scan the sign-in sheet; then Enter</source>
        <translation>輸入姓名、拼音或電話，或掃描簽到表，按 Enter</translation>
    </message>
    <message>
        <source>Walk-in… (F2)</source>
        <translation>現場登記…（F2）</translation>
    </message>
    <message>
        <source>Check-in: {title}</source>
        <translation>簽到：{title}</translation>
    </message>
    <message>
        <source>Checked in {came} of {signed}</source>
        <translation>已簽到 {came} / 報名 {signed}</translation>
    </message>
    <message>
        <source>Not signed up</source>
        <translation>未報名</translation>
    </message>
    <message>
        <source>Waiting list, number {k}</source>
        <translation>候補第{k}位</translation>
    </message>
    <message>
        <source>{status} (on site)</source>
        <translation>{status}（現場）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>現場登記</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>未簽到。</translation>
    </message>
    <message>
        <source>Let {name} in?</source>
        <translation>讓{name}入場？</translation>
    </message>
    <message>
        <source>&amp;Let in (on site)</source>
        <translation>入場，記為現場(&amp;L)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暫不</translation>
    </message>
    <message>
        <source>{name} is already checked in</source>
        <translation>{name} 已簽到過</translation>
    </message>
    <message>
        <source>✓ {name} checked in (on site)</source>
        <translation>✓ {name} 簽到成功（現場）</translation>
    </message>
    <message>
        <source>✓ {name} checked in</source>
        <translation>✓ {name} 簽到成功</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Choose a class.</source>
        <translation>請選擇一個班級。</translation>
    </message>
    <message>
        <source>Enrol: type a name, pinyin, ID or phone tail, then Enter</source>
        <translation>報名：輸入姓名、拼音、身分證或電話尾號，按Enter</translation>
    </message>
    <message>
        <source>Someone from another community…</source>
        <translation>外社區人員…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>Drop from the class</source>
        <translation>退班</translation>
    </message>
    <message>
        <source>Move session…</source>
        <translation>調課…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>停課…</translation>
    </message>
    <message>
        <source>Print attendance sheet…</source>
        <translation>列印考勤表…</translation>
    </message>
    <message>
        <source>Print class roster…</source>
        <translation>列印花名冊…</translation>
    </message>
    <message>
        <source>Attendance: arrow keys move, Space ticks; saved at once.</source>
        <translation>考勤：方向鍵移動，空白鍵打勾，隨即儲存。</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>退班</translation>
    </message>
    <message>
        <source>Enrol someone from another community</source>
        <translation>外社區人員報名</translation>
    </message>
    <message>
        <source>waiting, no. {k}</source>
        <translation>候補第{k}位</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>{name}: the class is full; waiting, no. {k}.</source>
        <translation>{name}：班級已滿，候補第{k}位。</translation>
    </message>
    <message>
        <source>{name}: enrolled.</source>
        <translation>{name}：已報名。</translation>
    </message>
    <message>
        <source>Choose a student in the list first.</source>
        <translation>請先在名單中選擇一名學員。</translation>
    </message>
    <message>
        <source>Drop {name} from the class?</source>
        <translation>讓{name}退班？</translation>
    </message>
    <message>
        <source>{name} is no longer in the class.</source>
        <translation>{name}已退班。</translation>
    </message>
    <message>
        <source>Choose a session&apos;s column in the attendance first.</source>
        <translation>請先在考勤表中選擇一次課的那一列。</translation>
    </message>
</context>
<context>
    <name>ClassPrintDialog</name>
    <message>
        <source>Term:</source>
        <translation>學期：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班級：</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>還沒有學期。</translation>
    </message>
    <message>
        <source>There are no classes yet.</source>
        <translation>還沒有班級。</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>紙張大小：</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>New term…</source>
        <translation>新建學期…</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>新建班級…</translation>
    </message>
    <message>
        <source>Enrolment day…</source>
        <translation>報名日模式</translation>
    </message>
    <message>
        <source>Print timetable…</source>
        <translation>列印課程表…</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>學期：</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班級</translation>
    </message>
    <message>
        <source>When</source>
        <translation>上課時間</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>老師</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>已上課次</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤人次</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>課程表</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班級</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>set the community&apos;s names (first start)</source>
        <translation>設定社區名稱（首次使用時）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>community name, e.g. 和平里社区</source>
        <translation>社區名稱，例如「和平里社區」</translation>
    </message>
    <message>
        <source>street office name, e.g. 和平里街道</source>
        <translation>街道辦事處名稱，例如「和平里街道」</translation>
    </message>
    <message>
        <source>district, e.g. 北京市东城区</source>
        <translation>所屬區縣，例如「北京市東城區」</translation>
    </message>
    <message>
        <source>Community set: {heading}</source>
        <translation>社區已設定：{heading}</translation>
    </message>
    <message>
        <source>fill the store with realistic demo data</source>
        <translation>以接近真實的示範資料填入資料庫</translation>
    </message>
    <message>
        <source>number of households (default 600)</source>
        <translation>戶數（預設 600）</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>亂數種子；相同的種子會產生相同的資料</translation>
    </message>
    <message>
        <source>replace the data already in the store</source>
        <translation>取代資料庫中既有的資料</translation>
    </message>
    <message>
        <source>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents living there ({records} resident records, including moved out and deceased) ({seconds:.1f} s).</source>
        <translation>{community}的示範資料：{compounds} 個小區、{buildings} 棟樓、{units} 個單元、{households} 戶、在冊居民 {residents} 人（居民記錄 {records} 筆，含遷出、去世）（耗時 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>The connected-heart tree: {teams} service teams, {members} members and volunteers, {partners} partner units.</source>
        <translation>黨群連心樹：服務隊 {teams} 支，黨員和志願者 {members} 人，聯建單位 {partners} 家。</translation>
    </message>
    <message>
        <source>A past year of events: {events} events, {signups} sign-ups, {served} 人次.</source>
        <translation>過去一年的活動：{events} 場，報名 {signups} 人次，攤位服務 {served} 人次。</translation>
    </message>
    <message>
        <source>A year of volunteer service: {people} people, {times} times, {hours} hours, {served} 人次 ({average} hours each).</source>
        <translation>一年的志願服務：{people} 人參與，共 {times} 次、{hours} 小時，服務 {served} 人次（人均 {average} 小時）。</translation>
    </message>
    <message>
        <source>A year of door-to-door visits: {staff} staff, {visits} visits to {households} households, {requests} requests ({open} still open), {meetings} joint meetings.</source>
        <translation>一年的入戶走訪：社區工作人員 {staff} 人，走訪 {households} 戶共 {visits} 次，訴求 {requests} 件（{open} 件未辦結），聯席會議 {meetings} 次。</translation>
    </message>
    <message>
        <source>The elderly university: {term}, {classes} classes, {sessions} sessions, {enrolments} enrolments ({waiting} waiting, {outsiders} from other communities), {attendance} 人次 so far.</source>
        <translation>老年大學：{term}，{classes} 個班級，{sessions} 次課，報名 {enrolments} 人次（候補 {waiting}，外社區 {outsiders}），已到課 {attendance} 人次。</translation>
    </message>
    <message>
        <source>check the store&apos;s health and print its row counts</source>
        <translation>檢查資料庫狀態，並列出各資料表的筆數</translation>
    </message>
    <message>
        <source>Store: {location}</source>
        <translation>資料庫：{location}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>資料夾：{folder}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (program: {head})</source>
        <translation>資料庫結構版本：{revision}（本程式：{head}）</translation>
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
        <translation>完整性檢查：{result}</translation>
    </message>
    <message>
        <source>Foreign key check: {result}</source>
        <translation>外鍵檢查：{result}</translation>
    </message>
    <message>
        <source>Integrity and foreign keys: enforced by the database server</source>
        <translation>完整性與外鍵：由資料庫伺服器負責檢查</translation>
    </message>
    <message>
        <source>  of which residents living here: {living}</source>
        <translation>  其中在冊居民 {living} 人</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>資料庫狀態良好。</translation>
    </message>
    <message>
        <source>The store&apos;s schema is not the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>資料庫結構與本程式的版本不符；請先啟動一次連心台以完成升級（升級前會保留一份副本）。</translation>
    </message>
    <message>
        <source>The store is damaged; restore it from a backup.</source>
        <translation>資料庫已損毀；請從備份還原。</translation>
    </message>
    <message>
        <source>print a report to a PDF file</source>
        <translation>把報表列印成 PDF 檔案</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>檔案.pdf</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 儲存位置</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>服務隊</translation>
    </message>
    <message>
        <source>split the poster onto sheets of this size for an office printer</source>
        <translation>把海報分拼到這種大小的紙上，用辦公室印表機列印</translation>
    </message>
    <message>
        <source>which report: overview (the community overview), ledger (the building ledger; with --tag the care list of that tag), cards (the members&apos; contact cards), roster (the members&apos; roster), poster (the connected-heart tree), or of event N: signin (the sign-in sheet), notice (the notice for the board) or calllist (whom to phone, full numbers); certificates (issue and register the year&apos;s certificates), publicity (their public notice), register (the register of the year&apos;s certificates), yearbook (the year&apos;s volunteer service, with charts); visits-due (the visit round sheet), minutes and meeting-signin (of joint meeting --meeting N), visit-figures (a period&apos;s visits and problems, with charts) or requests (the problem ledger); timetable (a term&apos;s classes, for the board), or of class CLASS: attendance (the attendance sheet) or class-roster (its students, full phones)</source>
        <translation>列印哪一份：overview（社區概況）、ledger（樓棟台賬；加 --tag 為該類別的關愛名單）、cards（黨員聯繫卡）、roster（黨員花名冊）、poster（黨群連心樹海報），或第 N 號活動的：signin（簽到表）、notice（活動通知）、calllist（電話通知名單，完整號碼）；certificates（出具並登記該年度的證書）、publicity（證書公示）、register（該年度證書出具登記簿）、yearbook（年度志願服務統計，含圖表）；visits-due（走訪登記表）、minutes 和 meeting-signin（第 --meeting N 次聯席會議的會議紀要和簽到表）、visit-figures（一段時間的走訪與問題統計，含圖表）或 requests（問題台賬）；timetable（一個學期的課程表，供張貼），或班級的：attendance（考勤表）或 class-roster（班級花名冊，完整電話）</translation>
    </message>
    <message>
        <source>signin, notice and calllist: the event&apos;s number, 12 or #12; attendance and class-roster: the class, #3, 3 or its name</source>
        <translation>signin、notice 和 calllist：活動編號，如 12 或 #12；attendance 和 class-roster：班級，如 #3、3 或班級名稱</translation>
    </message>
    <message>
        <source>cards, roster, poster and certificates: only this service team&apos;s members, e.g. 环境整治服务队</source>
        <translation>cards、roster、poster 和 certificates：只含該服務隊的成員，如 环境整治服务队</translation>
    </message>
    <message>
        <source>cards and certificates: only the members this name, pinyin or initials finds; may be repeated</source>
        <translation>cards 和 certificates：只含按此姓名、拼音或首字母找到的黨員；可重複</translation>
    </message>
    <message>
        <source>visits-due: the grid worker whose round it is</source>
        <translation>visits-due：走訪登記表所屬的網格員</translation>
    </message>
    <message>
        <source>minutes and meeting-signin: the joint meeting&apos;s number, 3 or #3</source>
        <translation>minutes 和 meeting-signin：聯席會議編號，如 3 或 #3</translation>
    </message>
    <message>
        <source>timetable: the term&apos;s name, e.g. 2026年秋季学期 (default: the current term)</source>
        <translation>timetable：學期名稱，如 2026年秋季學期（預設為目前學期）</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>已寫入 {path}（{rows} 行）。</translation>
    </message>
    <message>
        <source>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</source>
        <translation>第 {page} 頁：「{text}」中的「{characters}」沒有字型，已印成 □。</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已產生 {path}（共 {pages} 頁）。</translation>
    </message>
    <message>
        <source>paper size: the poster A3|A2|A1|A0 (default A1), the notice and the timetable A4|A3 (default A4)</source>
        <translation>紙張大小：海報 A3|A2|A1|A0（預設 A1），活動通知和課程表 A4|A3（預設 A4）</translation>
    </message>
    <message>
        <source>visit-figures and requests: the first day of the period, such as 2026-01-01</source>
        <translation>visit-figures 和 requests：時段的第一天，如 2026-01-01</translation>
    </message>
    <message>
        <source>visit-figures and requests: the last day of the period, such as 2026-03-31</source>
        <translation>visit-figures 和 requests：時段的最後一天，如 2026-03-31</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</source>
        <translation>連心台：社區黨群服務中心的工作台。不帶子指令時會開啟程式視窗。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</source>
        <translation>從{file}的第一行讀取密碼（UTF-8、UTF-16 或 GB18030 編碼；前後的空格不計）</translation>
    </message>
    <message>
        <source>write a verified backup into a folder or USB stick</source>
        <translation>把經過檢查的備份寫入資料夾或隨身碟</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>the folder (e.g. the USB stick) to write the backup into</source>
        <translation>備份寫入的資料夾（例如隨身碟）</translation>
    </message>
    <message>
        <source>encrypt with the passphrase on the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</source>
        <translation>用{file}第一行的密碼加密（UTF-8、UTF-16 或 GB18030 編碼；前後的空格不計）</translation>
    </message>
    <message>
        <source>write the backup without encryption</source>
        <translation>不加密地寫入備份</translation>
    </message>
    <message>
        <source>check a backup completely and say what is inside</source>
        <translation>完整檢查一個備份，並說明其中的內容</translation>
    </message>
    <message>
        <source>The backup is complete and intact: {file}</source>
        <translation>備份完整無損：{file}</translation>
    </message>
    <message>
        <source>Community: {community}</source>
        <translation>社區：{community}</translation>
    </message>
    <message>
        <source>Made: {time}</source>
        <translation>備份時間：{time}</translation>
    </message>
    <message>
        <source>Program version {version}, schema {schema}, encrypted: {encrypted}</source>
        <translation>程式版本 {version}，資料結構 {schema}，加密：{encrypted}</translation>
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
        <translation>內容：{counts}</translation>
    </message>
    <message>
        <source>replace the store with a backup (a safety copy is kept)</source>
        <translation>用備份取代資料庫（會先保存安全備份）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再詢問確認</translation>
    </message>
    <message>
        <source>Backup of {time}: {counts}</source>
        <translation>{time} 的備份：{counts}</translation>
    </message>
    <message>
        <source>Current store: {counts}</source>
        <translation>目前資料庫：{counts}</translation>
    </message>
    <message>
        <source>Restored. The store as it was before is kept in {file}.</source>
        <translation>已還原。還原前的資料保存在 {file}。</translation>
    </message>
    <message>
        <source>Replace the current store with this backup? [y/N] </source>
        <translation>用這個備份取代目前資料庫嗎？[y/N] </translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>備份密碼：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再輸入一次密碼：</translation>
    </message>
    <message>
        <source>Hearth Desk {version}</source>
        <translation>連心台 {version}</translation>
    </message>
    <message>
        <source>data folder (default: the user&apos;s data folder; or HEARTH_DESK_DATA_DIR)</source>
        <translation>資料夾（預設：目前使用者的資料夾；也可用 HEARTH_DESK_DATA_DIR 指定）</translation>
    </message>
    <message>
        <source>database URL, e.g. postgresql://user@host/db (default: SQLite in the data folder; or HEARTH_DESK_DB_URL)</source>
        <translation>資料庫網址，例如 postgresql://user@host/db（預設：資料夾中的 SQLite 資料庫；也可用 HEARTH_DESK_DB_URL 指定）</translation>
    </message>
    <message>
        <source>fill an empty store with demo data before opening the window</source>
        <translation>開啟視窗前，先以示範資料填入空的資料庫</translation>
    </message>
    <message>
        <source>check that this installed program has everything it needs (fonts, catalogues, migrations, PDF, the window) in a throwaway folder, then exit</source>
        <translation>在臨時資料夾中自檢本程式所需的一切（字型、翻譯、資料庫遷移、PDF、視窗），然後結束</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>子指令</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>已中斷，未做任何變更。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Hearth Desk. The details are in {log}.</source>
        <translation>抱歉，連心台內部發生錯誤。詳細資訊已記錄在 {log}。</translation>
    </message>
    <message>
        <source>find residents by name, pinyin or initials, ID tail, phone digits or address</source>
        <translation>按姓名、拼音或首字母、身分證號尾碼、電話數字或住址尋找居民</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>查詢內容</translation>
    </message>
    <message>
        <source>e.g. 张三, zs, the last 4–6 characters of an ID, 3栋2单元</source>
        <translation>例如 张三、zs、身分證號後 4–6 位、3栋2单元</translation>
    </message>
    <message>
        <source>at most N matches (default 20)</source>
        <translation>最多 N 筆結果（預設 20）</translation>
    </message>
    <message>
        <source>include residents who moved out or died</source>
        <translation>包括已遷出或已去世的居民</translation>
    </message>
    <message>
        <source>No resident matches “{query}”.</source>
        <translation>沒有與「{query}」相符的居民。</translation>
    </message>
    <message>
        <source>import residents from an Excel (.xlsx, .xls) or .csv sheet</source>
        <translation>從 Excel（.xlsx、.xls）或 .csv 表格匯入居民</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>export the ledger to an Excel sheet (.xlsx) or a .csv file</source>
        <translation>把台賬匯出為 Excel 表格（.xlsx）或 .csv 檔案</translation>
    </message>
    <message>
        <source>where to write: a name ending in .xlsx (Excel) or .csv (UTF-8)</source>
        <translation>寫到哪裡：以 .xlsx（Excel）或 .csv（UTF-8）結尾的檔名</translation>
    </message>
    <message>
        <source>Only the first {shown} of {total} residents; add --limit {total} for all.</source>
        <translation>只顯示前 {shown} 人，共 {total} 人；加 --limit {total} 顯示全部。</translation>
    </message>
    <message>
        <source>import residents or members from an Excel (.xlsx, .xls) or .csv sheet</source>
        <translation>從 Excel（.xlsx、.xls）或 .csv 表匯入居民或黨員</translation>
    </message>
    <message>
        <source>what to import: residents (the household ledger) or members (the tree&apos;s roster, 党员花名册)</source>
        <translation>匯入內容：residents（住戶台賬）或 members（連心樹的黨員花名冊）</translation>
    </message>
    <message>
        <source>what to import: residents (the household ledger)</source>
        <translation>匯入什麼：residents（住戶台帳）</translation>
    </message>
    <message>
        <source>only show what would be imported; write nothing</source>
        <translation>只預覽將匯入的內容，不寫入</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rows with errors</source>
        <translation>只匯入無誤的列，略過有錯誤的列</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>輸出.xlsx</translation>
    </message>
    <message>
        <source>write the rows with errors, and why, to this workbook for correction</source>
        <translation>把有錯誤的列及原因寫入此活頁簿，以便更正</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}: {rows} rows.</source>
        <translation>{file} 的工作表「{sheet}」：共 {rows} 列。</translation>
    </message>
    <message>
        <source>New households: {households}; new residents: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</source>
        <translation>新增戶：{households}；新增居民：{new}；更新：{updated}；無變化：{unchanged}；提醒：{warnings}；錯誤：{errors}（未通過的列：{rejected}）。</translation>
    </message>
    <message>
        <source>Wrote the {count} rejected rows to {path}.</source>
        <translation>已將 {count} 個未通過的列寫入 {path}。</translation>
    </message>
    <message>
        <source>{errors} errors in {rows} rows; nothing was imported. Correct the sheet, or add --skip-invalid to import only the valid rows.</source>
        <translation>{rows} 列共 {errors} 處錯誤，未匯入任何資料。請更正表格，或加上 --skip-invalid 只匯入無誤的列。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>僅預覽：未寫入任何資料。</translation>
    </message>
    <message>
        <source>Imported: {households} new households, {new} new residents, {updated} updated ({seconds:.1f} s).</source>
        <translation>已匯入：新增 {households} 戶、{new} 名居民，更新 {updated} 名（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>only this part of the grid: compound/building/unit, e.g. 和平里一区/3栋</source>
        <translation>只匯出或列印網格的這一部分：小區/樓棟/單元，例如「和平里一区/3栋」</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>only residents with this care tag, e.g. 独居老人</source>
        <translation>只含帶有此人員類別的居民，例如「独居老人」</translation>
    </message>
    <message>
        <source>full ID numbers and phones instead of partly hidden ones</source>
        <translation>顯示完整的身分證號和電話，而非部分隱藏</translation>
    </message>
    <message>
        <source>export the ledger, the tree&apos;s members or the events to an Excel sheet (.xlsx)</source>
        <translation>把住戶台賬、連心樹黨員或活動統計匯出為 Excel 表（.xlsx）</translation>
    </message>
    <message>
        <source>what to export: residents (the household ledger), members (the tree&apos;s roster, 党员花名册) or events (活动统计, one row per event)</source>
        <translation>匯出內容：residents（住戶台賬）、members（連心樹黨員花名冊）或 events（活動統計，每場活動一行）</translation>
    </message>
    <message>
        <source>what to export: residents (the household ledger)</source>
        <translation>要匯出的內容：residents（住戶台賬）</translation>
    </message>
    <message>
        <source>must be a number of hours such as 20 or 7.5, not {value}</source>
        <translation>應為小時數，如 20 或 7.5，而不是 {value}</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>certificates and publicity: the year of service, e.g. 2026 (publicity: this year by default)</source>
        <translation>certificates 和 publicity：服務年度，如 2026（publicity 預設為今年）</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>小時數</translation>
    </message>
    <message>
        <source>certificates: only those who served at least this many hours</source>
        <translation>certificates：只出具服務時長不少於此小時數的人</translation>
    </message>
    <message>
        <source>certificates: record (the service record certificate, the default) or honour (the honour certificate)</source>
        <translation>certificates：record（志願服務記錄證明，預設）或 honour（榮譽證書）</translation>
    </message>
    <message>
        <source>certificates: leave out, and name, the members with no ID number instead of stopping (a record certificate needs one)</source>
        <translation>certificates：略過沒有身分證號碼的人並列出其姓名，而不是停止（志願服務記錄證明須有證件號碼）</translation>
    </message>
    <message>
        <source>Registered {new} new certificates and {reprints} reprints.</source>
        <translation>已登記新證書 {new} 份，補打 {reprints} 份。</translation>
    </message>
    <message>
        <source>Left out for want of an ID number: {names}</source>
        <translation>因沒有證件號碼未出具：{names}</translation>
    </message>
    <message>
        <source>Not printed again, as their certificate was voided: {names}</source>
        <translation>證書已作廢，未再列印：{names}</translation>
    </message>
    <message>
        <source>the register of issued certificates: list, export, void; the issuer&apos;s settings</source>
        <translation>證書出具登記簿：列出、匯出、作廢；出具單位設定</translation>
    </message>
    <message>
        <source>only the certificates numbered in this year</source>
        <translation>只列編號為該年度的證書</translation>
    </message>
    <message>
        <source>list the register, ID numbers partly hidden</source>
        <translation>列出登記簿（證件號碼部分隱藏）</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>only certificates whose name or number contains this</source>
        <translation>只列姓名或編號含有此文字的證書</translation>
    </message>
    <message>
        <source>write the register to an Excel file</source>
        <translation>把登記簿寫入 Excel 檔案</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>檔案.xlsx</translation>
    </message>
    <message>
        <source>full ID numbers instead of partly hidden ones</source>
        <translation>顯示完整證件號碼，而不是部分隱藏</translation>
    </message>
    <message>
        <source>void a certificate; it keeps its number</source>
        <translation>作廢一份證書（編號保留，不再使用）</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>why it is voided</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>show or set who issues certificates and how they read</source>
        <translation>查看或設定證書的出具單位、編號格式和榮譽證書文字</translation>
    </message>
    <message>
        <source>the issuing organisation, e.g. 和平里社区居民委员会</source>
        <translation>出具單位，如 和平里社区居民委员会</translation>
    </message>
    <message>
        <source>the person in charge</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>the handler who issues them</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>the contact phone printed on certificates</source>
        <translation>證書上印的聯絡電話</translation>
    </message>
    <message>
        <source>the short name that starts a number, e.g. 和平里</source>
        <translation>編號開頭的簡稱，如 和平里</translation>
    </message>
    <message>
        <source>how a number reads, e.g. {short}{kind}〔{year}〕第{sequence:04d}号</source>
        <translation>編號格式，如 {short}{kind}〔{year}〕第{sequence:04d}号</translation>
    </message>
    <message>
        <source>an honour&apos;s text, e.g. 授予 {姓名} 同志 {年度} 年度优秀志愿者称号</source>
        <translation>榮譽證書的文字，如 授予 {姓名} 同志 {年度} 年度优秀志愿者称号</translation>
    </message>
    <message>
        <source>record</source>
        <translation>記錄證明</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>榮譽證書</translation>
    </message>
    <message>
        <source>voided: {reason}</source>
        <translation>已作廢：{reason}</translation>
    </message>
    <message>
        <source>reprinted {count}×</source>
        <translation>補打 {count} 次</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小時</translation>
    </message>
    <message>
        <source>{count} certificates.</source>
        <translation>共 {count} 份證書。</translation>
    </message>
    <message>
        <source>Wrote {count} certificates to {path}.</source>
        <translation>已把 {count} 份證書寫入 {path}。</translation>
    </message>
    <message>
        <source>Voided {number} ({name}); the number is not used again.</source>
        <translation>已作廢 {number}（{name}），該編號不再使用。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>出具單位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>編號格式</translation>
    </message>
    <message>
        <source>Honour text</source>
        <translation>榮譽證書文字</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Exported {count} residents to {path} ({seconds:.1f} s).</source>
        <translation>已匯出 {count} 名居民到 {path}（用時 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>The sheet holds full ID numbers and phones; keep it safe.</source>
        <translation>該表格含完整的身分證號和電話，請妥善保管。</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>必須是整數，而不是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <translation>必須是 {low} 到 {high} 之間的整數，而不是 {value}</translation>
    </message>
    <message>
        <source>print the connected-heart tree: organisation, branches and service teams</source>
        <translation>顯示黨群連心樹：黨組織、黨支部和服務隊</translation>
    </message>
    <message>
        <source>list each team&apos;s members under it (phones masked)</source>
        <translation>在每支服務隊下列出隊員（電話部分隱藏）</translation>
    </message>
    <message>
        <source>The tree is empty: no party organisation or service team yet.</source>
        <translation>連心樹還是空的：還沒有黨組織或服務隊。</translation>
    </message>
    <message>
        <source>secretary: {name}</source>
        <translation>書記：{name}</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>隊長</translation>
    </message>
    <message>
        <source>deputy leader</source>
        <translation>副隊長</translation>
    </message>
    <message>
        <source>member</source>
        <translation>隊員</translation>
    </message>
    <message>
        <source>leader: {name}</source>
        <translation>隊長：{name}</translation>
    </message>
    <message>
        <source>New service teams: {names}</source>
        <translation>新建服務隊：{names}</translation>
    </message>
    <message>
        <source>New members: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</source>
        <translation>新增黨員 {new}；更新 {updated}；無變化 {unchanged}；提醒 {warnings}；錯誤 {errors}（未匯入 {rejected} 行）。</translation>
    </message>
    <message>
        <source>Imported: {teams} new service teams, {new} new members, {updated} updated, {unchanged} unchanged ({seconds:.1f} s).</source>
        <translation>已匯入：新建服務隊 {teams} 個，新增黨員 {new} 人，更新 {updated} 人，無變化 {unchanged} 人（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>members only: the members of this service team</source>
        <translation>僅用於 members：只匯出這個服務隊的成員</translation>
    </message>
    <message>
        <source>members: ID numbers are masked unless --full-id is given, and a masked file cannot update ID numbers when it is imported back; phones are written in full.</source>
        <translation>members：除非加 --full-id，身分證號都部分隱藏；隱藏了號碼的檔案再匯入時不能更新身分證號。電話號碼完整匯出。</translation>
    </message>
    <message>
        <source>Exported {count} members to {path}.</source>
        <translation>已把 {count} 名黨員匯出到 {path}。</translation>
    </message>
    <message>
        <source>The sheet holds full ID numbers; keep it safe.</source>
        <translation>此表含完整身分證號，請妥善保管。</translation>
    </message>
    <message>
        <source>ID numbers are masked: importing this file back cannot update them (export with --full-id for that).</source>
        <translation>身分證號已部分隱藏：此檔案再匯入時不能更新身分證號（需要時請加 --full-id 匯出）。</translation>
    </message>
    <message>
        <source>frozen bundle</source>
        <translation>打包版</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python 套件</translation>
    </message>
    <message>
        <source>Smoke test of this program ({kind}):</source>
        <translation>本程式自檢（{kind}）：</translation>
    </message>
    <message>
        <source>migrated to the newest revision and filled with demo data</source>
        <translation>已遷移到最新版本並填入示範資料</translation>
    </message>
    <message>
        <source>Fonts and catalogues</source>
        <translation>字型與翻譯檔案</translation>
    </message>
    <message>
        <source>Database and migrations</source>
        <translation>資料庫與遷移</translation>
    </message>
    <message>
        <source>PDF with embedded fonts</source>
        <translation>嵌入字型的 PDF</translation>
    </message>
    <message>
        <source>PDF preview (QtPdf)</source>
        <translation>PDF 預覽（QtPdf）</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>The window, every area</source>
        <translation>視窗及各個功能區</translation>
    </message>
    <message>
        <source>{count} check(s) failed ({seconds:.1f} s).</source>
        <translation>{count} 項檢查未通過（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Every check passed ({seconds:.1f} s).</source>
        <translation>全部檢查通過（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>{fonts} fonts and {languages} catalogues in {folder}</source>
        <translation>{fonts} 個字型和 {languages} 種語言的翻譯，位於 {folder}</translation>
    </message>
    <message>
        <source>{pages} page(s), {fonts} embedded font(s)</source>
        <translation>{pages} 頁，嵌入 {fonts} 個字型</translation>
    </message>
    <message>
        <source>{pages} page(s) read and drawn</source>
        <translation>已讀取並繪製 {pages} 頁</translation>
    </message>
    <message>
        <source>AES-GCM round trip</source>
        <translation>AES-GCM 加密解密往返正常</translation>
    </message>
    <message>
        <source>{areas} areas visited, fonts {fonts}, Qt catalogues {catalogues}</source>
        <translation>已開啟 {areas} 個功能區；字型：{fonts}；Qt 翻譯：{catalogues}</translation>
    </message>
    <message>
        <source>{text} is not an event number such as #12</source>
        <translation>{text} 不是活動編號（例如 #12）</translation>
    </message>
    <message>
        <source>events and sign-ups: add, list, show, sign up…</source>
        <translation>活動與報名：新建、列出、查看、報名…</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>add an event</source>
        <translation>新建活動</translation>
    </message>
    <message>
        <source>the event&apos;s title</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>where it is held</source>
        <translation>活動地點</translation>
    </message>
    <message>
        <source>how many places; later sign-ups wait</source>
        <translation>名額；報滿後再報名的進入候補</translation>
    </message>
    <message>
        <source>the last day to sign up</source>
        <translation>報名截止日期</translation>
    </message>
    <message>
        <source>the organising service team</source>
        <translation>組織活動的服務隊</translation>
    </message>
    <message>
        <source>UNIT:SERVICE</source>
        <translation>單位:服務</translation>
    </message>
    <message>
        <source>list events by date</source>
        <translation>按日期列出活動</translation>
    </message>
    <message>
        <source>an event&apos;s sign-ups and totals</source>
        <translation>活動的報名名單和統計</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>NAME:PHONE</source>
        <translation>姓名:電話</translation>
    </message>
    <message>
        <source>sign people up</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>sign up after the deadline</source>
        <translation>截止後仍報名</translation>
    </message>
    <message>
        <source>cancel a sign-up</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <source>check people in</source>
        <translation>簽到</translation>
    </message>
    <message>
        <source>let people in when the event is full (现场)</source>
        <translation>活動已滿時仍允許入場（現場）</translation>
    </message>
    <message>
        <source>count services at a stall</source>
        <translation>記錄攤位服務人次</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>the stall&apos;s service</source>
        <translation>攤位的服務項目</translation>
    </message>
    <message>
        <source>how many were served (without naming them)</source>
        <translation>服務人數（不記姓名）</translation>
    </message>
    <message>
        <source>record the tree&apos;s members who helped, with hours</source>
        <translation>記錄來幫忙的成員及其服務時長</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>their own hours, such as 1.5 (default: the event&apos;s start to end)</source>
        <translation>各人的服務時長，如 1.5（預設：活動開始到結束）</translation>
    </message>
    <message>
        <source>Event #{number} added: {title}, {when}.</source>
        <translation>已建立活動 #{number}：{title}，{when}。</translation>
    </message>
    <message>
        <source>No events in that time.</source>
        <translation>這段時間沒有活動。</translation>
    </message>
    <message>
        <source>terms of the elderly university</source>
        <translation>老年大學學期</translation>
    </message>
    <message>
        <source>add a term with its closure days</source>
        <translation>新建學期及其停課日</translation>
    </message>
    <message>
        <source>a day without classes (may be given several times)</source>
        <translation>停課日（可多次給出）</translation>
    </message>
    <message>
        <source>closure days from a sheet with the columns 日期 and 原因</source>
        <translation>從含「日期」「原因」兩列的表格讀入停課日</translation>
    </message>
    <message>
        <source>Term added: {name} ({start} to {end}, {days} days without classes).</source>
        <translation>已建立學期：{name}（{start} 至 {end}，停課 {days} 天）</translation>
    </message>
    <message>
        <source>classes of the elderly university: add, enrol, attendance…</source>
        <translation>老年大學班級：建班、報名、考勤……</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>班級</translation>
    </message>
    <message>
        <source>add a class and its sessions</source>
        <translation>新建班級並生成課次</translation>
    </message>
    <message>
        <source>TERM</source>
        <translation>學期</translation>
    </message>
    <message>
        <source>WEEKDAY_TIME</source>
        <translation>星期時間</translation>
    </message>
    <message>
        <source>a weekly time such as 周一14:30-16:00 (may be given again)</source>
        <translation>每週上課時間，如 周一14:30-16:00（可多次給出）</translation>
    </message>
    <message>
        <source>a member of the tree by name, or an outside teacher</source>
        <translation>連心樹成員的姓名，或外請老師的姓名</translation>
    </message>
    <message>
        <source>the classes of a term</source>
        <translation>某學期的班級</translation>
    </message>
    <message>
        <source>a class&apos;s students, waiting list and figures</source>
        <translation>班級的學員、候補名單和數字</translation>
    </message>
    <message>
        <source>enrol people in a class</source>
        <translation>為班級報名</translation>
    </message>
    <message>
        <source>NAME:PHONE:COMMUNITY</source>
        <translation>姓名:電話:社區</translation>
    </message>
    <message>
        <source>take someone off a class</source>
        <translation>為學員退課</translation>
    </message>
    <message>
        <source>a class&apos;s sessions</source>
        <translation>班級的課次</translation>
    </message>
    <message>
        <source>tick who came to a session</source>
        <translation>記錄某次課的到課學員</translation>
    </message>
    <message>
        <source>Class #{number} added: {name} ({details}).</source>
        <translation>已建立班級 #{number}：{name}（{details}）</translation>
    </message>
    <message>
        <source>{count} sessions from {first} to {last}.</source>
        <translation>共生成 {count} 次課（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>No sessions: no slot falls between the term&apos;s days.</source>
        <translation>沒有課次：學期內沒有符合上課時間的日子。</translation>
    </message>
    <message>
        <source>signed up {places}</source>
        <translation>報名 {places}</translation>
    </message>
    <message>
        <source>waiting {n}</source>
        <translation>候補 {n}</translation>
    </message>
    <message>
        <source>No classes in this term yet.</source>
        <translation>本學期還沒有班級。</translation>
    </message>
    <message>
        <source>seats left: {n}</source>
        <translation>餘 {n} 個名額</translation>
    </message>
    <message>
        <source>no limit on places</source>
        <translation>不限名額</translation>
    </message>
    <message>
        <source>Signed up: {n}</source>
        <translation>報名：{n}</translation>
    </message>
    <message>
        <source>Waiting: {n}</source>
        <translation>候補：{n}</translation>
    </message>
    <message>
        <source>Sessions held: {held}; attendance: {times} 人次.</source>
        <translation>已上課 {held} 次；到課 {times} 人次。</translation>
    </message>
    <message>
        <source>cancelled ({reason})</source>
        <translation>已取消（{reason}）</translation>
    </message>
    <message>
        <source>moved here from {date} ({reason})</source>
        <translation>由 {date} 調至本日（{reason}）</translation>
    </message>
    <message>
        <source>Present on {date}: {names} ({total} in all).</source>
        <translation>{date} 到課：{names}（本次共 {total} 人）</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>名額 {n}</translation>
    </message>
    <message>
        <source>Checked in: {n}</source>
        <translation>簽到：{n}</translation>
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
        <translation>{name}已由候補轉為報名，請電話通知：{phone}。</translation>
    </message>
    <message>
        <source>Checked in: {name}.</source>
        <translation>已簽到：{name}。</translation>
    </message>
    <message>
        <source>{name}: {hours} hours</source>
        <translation>{name}：{hours} 小時</translation>
    </message>
    <message>
        <source>{name}: hours changed to {hours}</source>
        <translation>{name}：時長改為 {hours} 小時</translation>
    </message>
    <message>
        <source>{name} is a helper at #{number} already ({hours} hours).</source>
        <translation>{name} 已是 #{number} 的志願者（{hours} 小時）。</translation>
    </message>
    <message>
        <source>#{number} has no start and end time: give --hours to count hours.</source>
        <translation>#{number} 沒有開始和結束時間：請用 --hours 給出服務時長。</translation>
    </message>
    <message>
        <source>waiting, number {k}</source>
        <translation>候補第{k}位</translation>
    </message>
    <message>
        <source> (on site)</source>
        <translation>（現場）</translation>
    </message>
    <message>
        <source>events only: the events of this year</source>
        <translation>僅用於活動：只匯出這一年的活動</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>已匯出 {count} 場活動到 {path}。</translation>
    </message>
    <message>
        <source>record volunteer service done outside events</source>
        <translation>記錄活動以外的志願服務</translation>
    </message>
    <message>
        <source>record one service: who, when, how long, what</source>
        <translation>記錄一次服務：誰、哪天、多長時間、做了什麼</translation>
    </message>
    <message>
        <source>the member who served: name, pinyin or phone tail</source>
        <translation>服務的成員：姓名、拼音或電話尾號</translation>
    </message>
    <message>
        <source>the day of the service</source>
        <translation>服務的日期</translation>
    </message>
    <message>
        <source>hours, such as 1.5</source>
        <translation>服務時長（小時），如 1.5</translation>
    </message>
    <message>
        <source>what was done, such as 疏通下水道</source>
        <translation>做了什麼，如 疏通下水道</translation>
    </message>
    <message>
        <source>the household served, named by one of its residents</source>
        <translation>服務的住戶，寫其中一位居民即可</translation>
    </message>
    <message>
        <source>times served (人次), default 1</source>
        <translation>服務人次，預設 1</translation>
    </message>
    <message>
        <source>Recorded: {name} {date} {hours} hours {what}</source>
        <translation>已記錄：{name} {date} {hours} 小時 {what}</translation>
    </message>
    <message>
        <source>a year&apos;s volunteer figures: the totals, by month, by team, the top volunteers</source>
        <translation>一年的志願服務統計：合計、按月、按服務隊、志願者排行</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>統計對象</translation>
    </message>
    <message>
        <source>visits: the door-to-door visits and problems of a period (--from, --to) instead of a year&apos;s volunteer service</source>
        <translation>visits：統計一段時間（--from、--to）的入戶走訪和問題辦理，而不是全年志願服務</translation>
    </message>
    <message>
        <source>the year to count</source>
        <translation>統計哪一年</translation>
    </message>
    <message>
        <source>only this service team&apos;s members, e.g. 环境整治服务队</source>
        <translation>只統計這個服務隊的成員，如 环境整治服务队</translation>
    </message>
    <message>
        <source>{times} times, {hours} hours, {served} 人次, {people} people</source>
        <translation>{times} 次，{hours} 小時，{served} 人次，{people} 人</translation>
    </message>
    <message>
        <source>{year}: {times} times of volunteer service, {hours} hours, {served} 人次 served; {people} people served, {average} hours each on average.</source>
        <translation>{year} 年全年開展志願服務 {times} 次、{hours} 小時，服務居民 {served} 人次；參與 {people} 人，人均 {average} 小時。</translation>
    </message>
    <message>
        <source>visits: the first day of the period, such as 2026-01-01</source>
        <translation>visits：統計期的第一天，如 2026-01-01</translation>
    </message>
    <message>
        <source>visits: the last day of the period, such as 2026-03-31</source>
        <translation>visits：統計期的最後一天，如 2026-03-31</translation>
    </message>
    <message>
        <source>{start} to {end}: {visits} visits; {covered}/{due} households due were visited ({coverage}); {visited} households visited in all.</source>
        <translation>{start}至{end}：走訪 {visits} 次，覆蓋應訪住戶 {covered}/{due} 戶（{coverage}），共走訪 {visited} 戶。</translation>
    </message>
    <message>
        <source>{registered} problems registered, {done} closed (closure rate {rate}); median {days} days to close.</source>
        <translation>登記問題 {registered} 件，辦結 {done} 件（辦結率 {rate}），辦結用時中位數 {days} 天。</translation>
    </message>
    <message>
        <source>By category: {counts}</source>
        <translation>按類別：{counts}</translation>
    </message>
    <message>
        <source>By tier: {counts}</source>
        <translation>按層級：{counts}</translation>
    </message>
    <message>
        <source>By status: {counts}</source>
        <translation>按狀態：{counts}</translation>
    </message>
    <message>
        <source>Return visits: {counts}; satisfaction rate {rate}.</source>
        <translation>回訪：{counts}；滿意率 {rate}。</translation>
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
        <translation>走訪 {visits} 次，覆蓋應訪 {covered}/{due} 戶（{coverage}）；問題 {registered} 件，辦結 {done} 件（{rate}）；滿意率 {satisfied}</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>By team:</source>
        <translation>按服務隊：</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>Someone in several teams counts in each, so the teams add up to more than the totals.</source>
        <translation>同時在幾個服務隊的人各隊都計入，所以各隊相加多於合計。</translation>
    </message>
    <message>
        <source>Top volunteers:</source>
        <translation>志願者排行（按時長）：</translation>
    </message>
    <message>
        <source>{hours} hours, {times} times, {served} 人次</source>
        <translation>{hours} 小時，{times} 次，{served} 人次</translation>
    </message>
    <message>
        <source>Nobody served in that year.</source>
        <translation>這一年沒有志願服務記錄。</translation>
    </message>
    <message>
        <source>door-to-door visits: record one, list who is due</source>
        <translation>入戶走訪：記錄走訪，列出應訪住戶</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>記錄一次走訪</translation>
    </message>
    <message>
        <source>the household: its address as printed, or a member&apos;s ID number or name</source>
        <translation>住戶：列印的地址，或任一成員的身分證號或姓名</translation>
    </message>
    <message>
        <source>who made the visit (staff); may be repeated</source>
        <translation>走訪人（工作人員），可重複</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>走訪情況</translation>
    </message>
    <message>
        <source>a problem found, registered as a request</source>
        <translation>發現的問題，登記為訴求</translation>
    </message>
    <message>
        <source>the households due a visit</source>
        <translation>應走訪的住戶</translation>
    </message>
    <message>
        <source>the staff member at the desk, named in change records (or HEARTH_DESK_ACTOR; default: the computer&apos;s account)</source>
        <translation>在台前值班的工作人員，記入修改記錄（或用 HEARTH_DESK_ACTOR；預設：電腦的登入帳戶）</translation>
    </message>
    <message>
        <source>the office&apos;s staff: add, list</source>
        <translation>社區工作人員：添加、列出</translation>
    </message>
    <message>
        <source>add a staff member</source>
        <translation>添加工作人員</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>书记, 主任, 委员, 网格员 or 社工</source>
        <translation>書記、主任、委員、網格員或社工</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>GRID</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>a grid node they look after, e.g. 和平里一区 or 和平里一区/1栋 (repeatable)</source>
        <translation>負責的網格，如 和平里一区 或 和平里一区/1栋（可重複）</translation>
    </message>
    <message>
        <source>the staff with their roles, phones and grids</source>
        <translation>列出工作人員及其職務、電話和網格</translation>
    </message>
    <message>
        <source>Staff member added: {name} ({role}).</source>
        <translation>已添加工作人員：{name}（{role}）</translation>
    </message>
    <message>
        <source>The staff list is empty.</source>
        <translation>工作人員名單為空。</translation>
    </message>
    <message>
        <source>a compound, building or unit, e.g. 和平里一区/3栋</source>
        <translation>小區、樓棟或單元，如 和平里一区/3栋</translation>
    </message>
    <message>
        <source>the grid worker whose area to list</source>
        <translation>列出該網格員負責的片區</translation>
    </message>
    <message>
        <source>only those past due</source>
        <translation>只列逾期的</translation>
    </message>
    <message>
        <source>Visit recorded: {address} ({date})</source>
        <translation>已記錄走訪：{address}（{date}）</translation>
    </message>
    <message>
        <source>Request #{number} registered</source>
        <translation>已登記訴求 #{number}</translation>
    </message>
    <message>
        <source>No household is due a visit.</source>
        <translation>沒有應走訪的住戶。</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>從未走訪</translation>
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
        <translation>{days}天後到期</translation>
    </message>
    <message>
        <source>{text} is not a meeting number such as #3</source>
        <translation>{text} 不是會議編號（如 #3）</translation>
    </message>
    <message>
        <source>joint meetings of the five parties and their matters</source>
        <translation>五方聯席會議及其議題</translation>
    </message>
    <message>
        <source>{text} is not a request number such as #12</source>
        <translation>{text} 不是訴求編號（例如 #12）</translation>
    </message>
    <message>
        <source>record a joint meeting</source>
        <translation>登記一次聯席會議</translation>
    </message>
    <message>
        <source>PARTY:NAME</source>
        <translation>參會方:姓名</translation>
    </message>
    <message>
        <source>who came, e.g. 居委会:张三; the parties: {parties}</source>
        <translation>參會人員，如 居委会:张三；參會方：{parties}</translation>
    </message>
    <message>
        <source>bring request #N to the table; may be repeated</source>
        <translation>把訴求 #N 列為議題；可重複</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>a new matter that is not a request; may be repeated</source>
        <translation>新議題（不是訴求）；可重複</translation>
    </message>
    <message>
        <source>every joint meeting, newest first</source>
        <translation>所有聯席會議，最近的在前</translation>
    </message>
    <message>
        <source>a meeting&apos;s parties, matters and decisions</source>
        <translation>會議的參會方、議題和議定事項</translation>
    </message>
    <message>
        <source>the matter&apos;s number on the agenda, as “meeting show” lists</source>
        <translation>議題在議程中的序號，見“meeting show”</translation>
    </message>
    <message>
        <source>record a matter&apos;s decision, owner and due date</source>
        <translation>記錄議題的議定事項、責任人和完成時限</translation>
    </message>
    <message>
        <source>mark a matter settled</source>
        <translation>將議題標為已辦結</translation>
    </message>
    <message>
        <source>Joint meeting #{number} added: {when}.</source>
        <translation>已建立聯席會議 #{number}：{when}。</translation>
    </message>
    <message>
        <source>{count} matters not settled were carried over from meeting #{number}.</source>
        <translation>上次會議 #{number} 未辦結的 {count} 項議題已延續到本次會議。</translation>
    </message>
    <message>
        <source>No matters were carried over.</source>
        <translation>沒有需要延續的議題。</translation>
    </message>
    <message>
        <source>Matters on the agenda: {count}.</source>
        <translation>本次議題共 {count} 項。</translation>
    </message>
    <message>
        <source>No joint meetings yet.</source>
        <translation>尚無聯席會議。</translation>
    </message>
    <message>
        <source>Convenor: {name}</source>
        <translation>召集人：{name}</translation>
    </message>
    <message>
        <source>{count} matters, {open} not settled</source>
        <translation>議題 {count} 項，未辦結 {open} 項</translation>
    </message>
    <message>
        <source>Meeting #{number}, matter {position}: decision recorded.</source>
        <translation>聯席會議 #{number} 第 {position} 項議題：已記錄議定事項。</translation>
    </message>
    <message>
        <source>Meeting #{number}, matter {position}: settled.</source>
        <translation>聯席會議 #{number} 第 {position} 項議題：已辦結。</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>記錄人：{name}</translation>
    </message>
    <message>
        <source>No matters on the agenda.</source>
        <translation>沒有議題。</translation>
    </message>
    <message>
        <source>carried over from #{number}</source>
        <translation>延續自 #{number}</translation>
    </message>
    <message>
        <source>request #{number} ({status})</source>
        <translation>訴求 #{number}（{status}）</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>議定事項：{text}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>責任人：{name}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>完成時限：{date}</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未辦結</translation>
    </message>
    <message>
        <source>{text} is not one of {words}</source>
        <translation>{text} 不在可選範圍內：{words}</translation>
    </message>
    <message>
        <source>requests (诉求): list, show, update, escalate, follow up</source>
        <translation>訴求：列出、查看、辦理、上報街道、回訪</translation>
    </message>
    <message>
        <source>the staff member who did it (default: the person at the desk)</source>
        <translation>經辦的工作人員（預設為當前值班人員）</translation>
    </message>
    <message>
        <source>list requests</source>
        <translation>列出訴求</translation>
    </message>
    <message>
        <source>only requests still open past their due date</source>
        <translation>只列出已過期限仍未辦結的訴求</translation>
    </message>
    <message>
        <source>a request and every step</source>
        <translation>查看一條訴求及其每個辦理環節</translation>
    </message>
    <message>
        <source>move a request one step</source>
        <translation>將訴求推進到下一環節</translation>
    </message>
    <message>
        <source>办结: what was done</source>
        <translation>辦結：辦理結果</translation>
    </message>
    <message>
        <source>上报街道: the office&apos;s reference</source>
        <translation>上報街道：街道的受理編號</translation>
    </message>
    <message>
        <source>report a request to the street office (特事)</source>
        <translation>將訴求上報街道（特事）</translation>
    </message>
    <message>
        <source>the office&apos;s reference</source>
        <translation>街道的受理編號</translation>
    </message>
    <message>
        <source>record the return visit and satisfaction</source>
        <translation>記錄回訪及滿意度</translation>
    </message>
    <message>
        <source>log a silk banner or letter of praise for a request</source>
        <translation>為訴求登記錦旗或表揚信</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>沒有訴求。</translation>
    </message>
    <message>
        <source>#{number}: the resident is not satisfied; the request is reopened ({status}).</source>
        <translation>#{number}：居民不滿意，訴求已重新辦理（{status}）。</translation>
    </message>
    <message>
        <source>#{number}: {status}.</source>
        <translation>#{number}：{status}。</translation>
    </message>
    <message>
        <source>#{number}: {kind} logged.</source>
        <translation>#{number}：已登記{kind}。</translation>
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
        <translation>登記日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>住戶/地點</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Partner unit</source>
        <translation>聯建單位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Street office reference</source>
        <translation>街道受理編號</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>上報日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>辦結日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>辦理環節：</translation>
    </message>
    <message>
        <source>Thanks:</source>
        <translation>感謝：</translation>
    </message>
</context>
<context>
    <name>ColourChoice</name>
    <message>
        <source>Red</source>
        <translation>紅色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>玫紅</translation>
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
        <translation>青綠</translation>
    </message>
    <message>
        <source>Golden yellow</source>
        <translation>金黃</translation>
    </message>
    <message>
        <source>Grass green</source>
        <translation>草綠</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>靛藍</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>其他顏色…</translation>
    </message>
    <message>
        <source>Team colour</source>
        <translation>服務隊顏色</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Welcome to Hearth Desk</source>
        <translation>歡迎使用連心台</translation>
    </message>
    <message>
        <source>Which community does this desk serve? The names head every printout and can be changed later.</source>
        <translation>連心台為哪個社區服務？這些名稱會印在每份列印資料的抬頭，之後可以修改。</translation>
    </message>
    <message>
        <source>Please fill in the community and the street.</source>
        <translation>請填寫社區和街道。</translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>e.g. 和平里社区</source>
        <translation>例如：和平里社區</translation>
    </message>
    <message>
        <source>e.g. 和平里街道</source>
        <translation>例如：和平里街道</translation>
    </message>
    <message>
        <source>e.g. 北京市东城区 (optional)</source>
        <translation>例如：北京市東城區（選填）</translation>
    </message>
    <message>
        <source>Community (社区):</source>
        <translation>社區：</translation>
    </message>
    <message>
        <source>Street (街道):</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>區縣：</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <source>Change person…</source>
        <translation>換人…</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>值班：{name}</translation>
    </message>
    <message>
        <source>There are no staff to choose from yet; add them in Settings.</source>
        <translation>還沒有可選的工作人員；請在「設定」中添加。</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>誰在值班？</translation>
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
        <translation>工作人員：</translation>
    </message>
    <message>
        <source>That PIN is not right; try again.</source>
        <translation>PIN 不對，請重試。</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search name, pinyin, ID, phone, work unit (Ctrl+F)</source>
        <translation>搜尋姓名、拼音、身分證號、電話、工作單位（Ctrl+F）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Dual registered</source>
        <translation>已雙報到</translation>
    </message>
    <message>
        <source>Not dual registered</source>
        <translation>未雙報到</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>中共黨員</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>預備黨員</translation>
    </message>
    <message>
        <source>Non-party volunteers</source>
        <translation>群眾志願者</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>服務隊：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>所屬支部：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>在職/退休：</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>雙報到：</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新增成員…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Take out of the tree…</source>
        <translation>移出連心樹…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of the tree</source>
        <translation>移出連心樹</translation>
    </message>
    <message>
        <source>Take {name} out of the tree, with their places in the service teams? A resident record in the ledger stays.</source>
        <translation>將{name}移出連心樹，並退出所在的服務隊嗎？住戶台賬中的居民記錄不受影響。</translation>
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
        <translation>戶主</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>逾期情況</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>從未走訪</translation>
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
        <translation>{days}天後到期</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>放棄未儲存的修改？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放棄修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <source>Change request #{number}</source>
        <translation>修改訴求 #{number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>經辦人：</translation>
    </message>
    <message>
        <source>Partner unit:</source>
        <translation>聯建單位：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>層級：</translation>
    </message>
</context>
<context>
    <name>EnrolmentDayMode</name>
    <message>
        <source>Name, pinyin or phone; Enter, then pick the class</source>
        <translation>輸入姓名、拼音或電話，回車後選擇班級</translation>
    </message>
    <message>
        <source>From another community… (F2)</source>
        <translation>外社區居民…（F2）</translation>
    </message>
    <message>
        <source>Enrolment day: {term}</source>
        <translation>報名日：{term}</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · waiting {waiting}</source>
        <translation>已報名 {enrolled} 人 · 候補 {waiting} 人</translation>
    </message>
    <message>
        <source>No limit, {n} enrolled</source>
        <translation>不限名額，已報 {n} 人</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>餘 %n 個名額</numerusform>
        </translation>
    </message>
    <message>
        <source>Full, {z} waiting</source>
        <translation>已滿，候補 {z} 人</translation>
    </message>
    <message>
        <source>From another community</source>
        <translation>外社區居民</translation>
    </message>
    <message>
        <source>Not in any class of the term yet</source>
        <translation>本學期尚未報名任何班級</translation>
    </message>
    <message>
        <source>#{number} {name} (waiting list, number {k})</source>
        <translation>#{number} {name}（候補第{k}位）</translation>
    </message>
    <message>
        <source>Already in: {classes}</source>
        <translation>已報：{classes}</translation>
    </message>
    <message>
        <source>Type a name first, or F2 for someone from another community.</source>
        <translation>請先輸入姓名；外社區居民請按 F2。</translation>
    </message>
    <message>
        <source>{name}: {course}, waiting list, number {k}</source>
        <translation>{name}：{course} 候補第{k}位</translation>
    </message>
    <message>
        <source>✓ {name} enrolled in {course}</source>
        <translation>✓ {name} 已報名 {course}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>無法完成</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <source>Something went wrong inside Hearth Desk. Your data is safe; the details were written to {log}.</source>
        <translation>連心台內部發生錯誤。您的資料安全無虞；詳細資訊已寫入 {log}。</translation>
    </message>
</context>
<context>
    <name>EventDayDialog</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change event #{number}</source>
        <translation>修改活動 #{number}</translation>
    </message>
    <message>
        <source>New event, copied from an earlier one</source>
        <translation>新建活動（複製以往活動）</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活動</translation>
    </message>
    <message>
        <source>e.g. 便民服务日, 防诈骗讲座</source>
        <translation>如：便民服務日、防詐騙講座</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
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
        <translation>不設截止</translation>
    </message>
    <message>
        <source>What residents should know: bring, wear, note…</source>
        <translation>居民須知：帶什麼、注意什麼…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>活動名稱：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Organising team:</source>
        <translation>組織服務隊：</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>名額：</translation>
    </message>
    <message>
        <source>Sign up by:</source>
        <translation>報名截止：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知內容：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Add its stall</source>
        <translation>添加該單位攤位</translation>
    </message>
    <message>
        <source>Add another stall</source>
        <translation>添加其他攤位</translation>
    </message>
    <message>
        <source>Remove stall</source>
        <translation>刪除攤位</translation>
    </message>
    <message>
        <source>Stalls (partner units and what they offer)</source>
        <translation>攤位（共建單位及服務項目）</translation>
    </message>
</context>
<context>
    <name>EventHeading</name>
    <message>
        <source>organised by {team}</source>
        <translation>組織：{team}</translation>
    </message>
    <message>
        <source>sign up by {date}</source>
        <translation>{date} 截止報名</translation>
    </message>
    <message>
        <source>Signed up {n} / places {capacity}</source>
        <translation>報名 {n} / 名額 {capacity}</translation>
    </message>
    <message>
        <source>Signed up {n}</source>
        <translation>報名 {n}</translation>
    </message>
    <message>
        <source>, waiting {n}</source>
        <translation>，候補 {n}</translation>
    </message>
    <message>
        <source>, checked in {n}</source>
        <translation>，簽到 {n}</translation>
    </message>
    <message>
        <source>, times served {n}</source>
        <translation>，服務 {n} 人次</translation>
    </message>
</context>
<context>
    <name>EventPrintDialog</name>
    <message>
        <source>There are no events to print yet.</source>
        <translation>還沒有可列印的活動。</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活動：</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>紙張大小：</translation>
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
        <translation>報名</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation>現場簽到</translation>
    </message>
    <message>
        <source>Stall counters</source>
        <translation>攤位計數</translation>
    </message>
    <message>
        <source>After the event…</source>
        <translation>活動小結…</translation>
    </message>
    <message>
        <source>Change event…</source>
        <translation>修改活動…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>列印簽到表</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>列印活動通知</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>電話通知單</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>結束活動…</translation>
    </message>
    <message>
        <source>Call off event…</source>
        <translation>取消活動…</translation>
    </message>
    <message numerus="yes">
        <source>Finish #{number} {title}? Those signed up who did not check in (%n) will be marked absent.</source>
        <translation>
            <numerusform>結束活動 #{number} {title}？已報名但未簽到的 %n 人將記為「未到」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish event</source>
        <translation>結束活動</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暫不結束</translation>
    </message>
    <message>
        <source>#{number} is over.</source>
        <translation>#{number} 已結束。</translation>
    </message>
    <message>
        <source>Call off #{number} {title}? Sign-ups are kept; print the call list to tell them.</source>
        <translation>取消活動 #{number} {title}？報名記錄會保留；請列印電話通知單逐一告知。</translation>
    </message>
    <message>
        <source>Call off event</source>
        <translation>取消活動</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>取消活動</translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation>保留活動</translation>
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
        <translation>新建活動…</translation>
    </message>
    <message>
        <source>Copy as a new event…</source>
        <translation>複製為新活動…</translation>
    </message>
    <message>
        <source>No events yet. “New event…” makes the first one.</source>
        <translation>還沒有活動。點「新建活動…」建立第一個。</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即將舉行</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已舉行</translation>
    </message>
    <message>
        <source>{n}/{capacity} signed up</source>
        <translation>報名 {n}/{capacity}</translation>
    </message>
    <message>
        <source>{n} signed up</source>
        <translation>報名 {n}</translation>
    </message>
    <message>
        <source>, {n} waiting</source>
        <translation>，候補 {n}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Resident ledger (full ID numbers and phones)</source>
        <translation>居民台賬（含完整身分證號和電話）</translation>
    </message>
    <message>
        <source>Resident ledger (ID numbers and phones masked)</source>
        <translation>居民台賬（身分證號和電話已部分隱藏）</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Export to Excel</source>
        <translation>匯出到 Excel</translation>
    </message>
    <message>
        <source>The {rows} residents now listed are exported, with the ledger&apos;s columns.</source>
        <translation>將匯出現在列出的 {rows} 名居民，欄位與台賬相同。</translation>
    </message>
    <message>
        <source>Full ID numbers and phones (keep the file safe)</source>
        <translation>完整的身分證號和電話（請妥善保管檔案）</translation>
    </message>
</context>
<context>
    <name>FigureTables</name>
    <message>
        <source>Times</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長（小時）</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>服務人次</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>參與人數</translation>
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
        <translation>服務隊</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>隊員數</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>人均時長</translation>
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
        <translation>所在服務隊</translation>
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
        <translation>60歲以上</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70歲以上</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80歲以上</translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90歲以上</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18歲以下</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>遷出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Care tag:</source>
        <translation>人員類別：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年齡：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Old 15-digit number converted to 18 digits: {number}.</source>
        <translation>舊的15位號碼已轉換為18位：{number}。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; “{number}” has {length}.</source>
        <translation>身分證號應為18位；「{number}」為 {length} 位。</translation>
    </message>
    <message>
        <source>“{number}” is not an ID number: only digits and a final X are allowed.</source>
        <translation>「{number}」不是身分證號：只能是數字，最後一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number {number} holds an impossible birth date ({digits}).</source>
        <translation>身分證號 {number} 中的出生日期不存在（{digits}）。</translation>
    </message>
    <message>
        <source>The check digit of the ID number {number} is wrong: a digit is mistyped.</source>
        <translation>身分證號 {number} 的檢查碼不對：有數字輸錯了。</translation>
    </message>
    <message>
        <source>The area code {area} of the ID number was never a district&apos;s code; check the first six digits.</source>
        <translation>身分證號的地區碼 {area} 從未是任何區縣的代碼；請核對前六位。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>「{value}」不是電話號碼。</translation>
    </message>
    <message>
        <source>The landline {value} needs its area code, e.g. 010-{value}.</source>
        <translation>市話 {value} 需要加區號，例如 010-{value}。</translation>
    </message>
    <message>
        <source>“{value}” is neither an 11-digit mobile number nor a landline with area code.</source>
        <translation>「{value}」既不是11位手機號，也不是帶區號的市話。</translation>
    </message>
    <message>
        <source>The ID number {number} is in the sheet twice: rows {first} and {second}.</source>
        <translation>身分證號 {number} 在表中出現兩次：第{first}列和第{second}列。</translation>
    </message>
    <message>
        <source>Unknown care tag “{name}”; the list has: {known}.</source>
        <translation>未知的人員類別「{name}」；現有類別：{known}。</translation>
    </message>
    <message>
        <source>The relation to the head is empty; write 户主 for the head of a household.</source>
        <translation>與戶主關係為空；戶主本人請填寫「户主」。</translation>
    </message>
    <message>
        <source>Several households live at {address}; put this row right under the row of its head (户主).</source>
        <translation>{address} 住有多戶；請把這一列放在其戶主那一列的下面。</translation>
    </message>
    <message>
        <source>No head (户主) lives at this address; add the head&apos;s row or correct the relation.</source>
        <translation>此地址沒有戶主；請新增戶主的列或更正與戶主關係。</translation>
    </message>
    <message>
        <source>Not imported because the row of the head ({row}) has errors.</source>
        <translation>戶主所在列（第{row}列）有錯誤，因此未匯入。</translation>
    </message>
    <message>
        <source>Row {row} {column}: {problem}</source>
        <translation>第{row}列 {column}：{problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第{row}列：{problem}</translation>
    </message>
    <message>
        <source>(warning) {problem}</source>
        <translation>（提醒）{problem}</translation>
    </message>
    <message>
        <source>Only year and month are given; the birth date is stored as {date}.</source>
        <translation>只填了年月；出生日期記為 {date}。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>地址為空。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 1950-03-04 or 1950年3月4日.</source>
        <translation>「{value}」不是日期；請寫成 1950-03-04 或 1950年3月4日。</translation>
    </message>
    <message>
        <source>The address “{value}” cannot be read; write it like 洪山小区3栋2单元0401.</source>
        <translation>無法識別地址「{value}」；請寫成 洪山小区3栋2单元0401 這樣的格式。</translation>
    </message>
    <message>
        <source>The ID number {value} is masked with *; the import needs full numbers.</source>
        <translation>身分證號 {value} 以 * 遮蔽；匯入需要完整號碼。</translation>
    </message>
    <message>
        <source>Excel stored this ID number as a number and lost its last digits; format the cell as text and type the number again.</source>
        <translation>Excel 把這個身分證號存成了數字，末幾位已遺失；請把儲存格設為文字格式後重新輸入號碼。</translation>
    </message>
    <message>
        <source>“{value}” is not a gender; write 男 or 女.</source>
        <translation>「{value}」不是性別；請填寫「男」或「女」。</translation>
    </message>
    <message>
        <source>“{value}” is not a status; write 在住, 迁出 or 死亡.</source>
        <translation>「{value}」不是狀態；請填寫「在住」「迁出」或「死亡」。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名為空。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超過 {limit} 個字。</translation>
    </message>
    <message>
        <source>Gender “{given}” differs from the ID number&apos;s “{from_id}”; the ID number&apos;s is kept.</source>
        <translation>性別「{given}」與身分證號的「{from_id}」不符；以身分證號為準。</translation>
    </message>
    <message>
        <source>Birth date {given} differs from the ID number&apos;s {from_id}; the ID number&apos;s is kept.</source>
        <translation>出生日期 {given} 與身分證號的 {from_id} 不符；以身分證號為準。</translation>
    </message>
    <message>
        <source>The gender is missing (it is read from the ID number if given).</source>
        <translation>缺少性別（填了身分證號時可自動讀出）。</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 在今天之後。</translation>
    </message>
    <message>
        <source>It contains an invisible control character ({code}); delete it and type the text again.</source>
        <translation>含有不可見的控制字元（{code}），請刪除後重新輸入。</translation>
    </message>
    <message>
        <source>It is {length} characters long; at most {limit} fit.</source>
        <translation>長度為 {length} 個字元，最多只能 {limit} 個。</translation>
    </message>
    <message>
        <source>“{value}”: {problem}</source>
        <translation>「{value}」：{problem}</translation>
    </message>
    <message>
        <source>{count} rows {column}: {problem} (rows {rows})</source>
        <translation>{count} 列 {column}：{problem}（第{rows}列）</translation>
    </message>
    <message>
        <source>{count} rows: {problem} (rows {rows})</source>
        <translation>{count} 列：{problem}（第{rows}列）</translation>
    </message>
    <message>
        <source>{count} rows: {problem}</source>
        <translation>{count} 列：{problem}</translation>
    </message>
    <message>
        <source>{rows}, {row}</source>
        <translation>{rows}、{row}</translation>
    </message>
    <message>
        <source>Someone who is not a party member has no join date.</source>
        <translation>群眾沒有入黨時間。</translation>
    </message>
    <message>
        <source>The join date {date} is in the future.</source>
        <translation>入黨時間 {date} 在今天之後。</translation>
    </message>
    <message>
        <source>The join date {join} is before the birth date {birth}.</source>
        <translation>入黨時間 {join} 早於出生日期 {birth}。</translation>
    </message>
    <message>
        <source>Joined the party on {join} at {age}: no one joins before {minimum}.</source>
        <translation>{join}入黨時年僅 {age} 歲：入黨須年滿 {minimum} 歲。</translation>
    </message>
    <message>
        <source>{team} has two leaders (队长): rows {first} and {second}.</source>
        <translation>{team}有兩名隊長：第{first}行和第{second}行。</translation>
    </message>
    <message>
        <source>The ID number is masked; the member is matched by name and phone and their stored ID number is left as it is.</source>
        <translation>身分證號已部分隱藏；按姓名和電話找到該黨員，已存的身分證號保持不變。</translation>
    </message>
    <message>
        <source>Unknown branch “{name}”; the tree has: {known}.</source>
        <translation>沒有「{name}」這個支部；現有：{known}。</translation>
    </message>
    <message>
        <source>A role is given but no service team.</source>
        <translation>填了隊內職務，但沒有填服務隊。</translation>
    </message>
    <message>
        <source>{roles} roles for {teams} teams; give one role for all of them, or one for each team in the same order.</source>
        <translation>{roles} 個職務對應 {teams} 個服務隊；請只填一個職務（各隊通用），或按服務隊的順序每隊填一個。</translation>
    </message>
    <message>
        <source>“{value}” is not a political status; write 中共党员, 预备党员 or 群众.</source>
        <translation>「{value}」不是政治面貌；請填中共黨員、預備黨員或群眾。</translation>
    </message>
    <message>
        <source>“{value}” is neither 在职 nor 退休.</source>
        <translation>「{value}」既不是在職也不是退休。</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no; write 是, 否 or √.</source>
        <translation>「{value}」不是「是」或「否」；請填是、否或 √。</translation>
    </message>
    <message>
        <source>“{value}” is not a role in a team; write 队长, 副队长 or 队员.</source>
        <translation>「{value}」不是隊內職務；請填隊長、副隊長或隊員。</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Grid leader…</source>
        <translation>網格長…</translation>
    </message>
    <message>
        <source>Add compound…</source>
        <translation>新增小區…</translation>
    </message>
    <message>
        <source>Add building…</source>
        <translation>新增樓棟…</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>新增單元…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
</context>
<context>
    <name>GridTreeModel</name>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>網格長</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>Grid leader: {name} {phone}</source>
        <translation>網格長：{name} {phone}</translation>
    </message>
</context>
<context>
    <name>HelperPanel</name>
    <message>
        <source>Add a helper from the tree: type a name, then Enter</source>
        <translation>添加志願者（連心樹成員）：輸入姓名後按Enter</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Set their hours</source>
        <translation>設定時長</translation>
    </message>
    <message>
        <source>Back to the event&apos;s span</source>
        <translation>按活動時長</translation>
    </message>
    <message>
        <source>Hours of the chosen helper:</source>
        <translation>所選志願者的服務時長：</translation>
    </message>
    <message>
        <source>Delete takes the chosen helper off the list.</source>
        <translation>按 Delete 鍵移除選中的志願者。</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} 小時</translation>
    </message>
    <message>
        <source> (the event&apos;s span)</source>
        <translation>（活動時長）</translation>
    </message>
    <message>
        <source>{name} helped at this event.</source>
        <translation>已記錄 {name} 參加本次志願服務。</translation>
    </message>
    <message>
        <source>{name} is on the list already.</source>
        <translation>{name} 已在志願者名單中。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Residents living here</source>
        <translation>在冊居民</translation>
    </message>
    <message>
        <source>Aged 60 and over</source>
        <translation>60歲及以上</translation>
    </message>
    <message>
        <source>Aged 80 and over</source>
        <translation>80歲及以上</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小區</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>超期訴求</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <source>Community not set</source>
        <translation>尚未設定社區</translation>
    </message>
    <message>
        <source>of which {count} with no one living there</source>
        <translation>其中 {count} 戶無在冊居民</translation>
    </message>
    <message>
        <source>Back up to a USB stick: the last one is over {days} days old or missing.</source>
        <translation>請備份到隨身碟：上次備份已超過 {days} 天，或從未備份。</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>目前沒有需要關注的事項。</translation>
    </message>
    <message>
        <source>Click to go where this is put right.</source>
        <translation>點擊前往處理</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯繫電話</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Connected-heart tree</source>
        <translation>連心樹</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>新增成員…</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>遷入其他戶…</translation>
    </message>
    <message>
        <source>Moved out…</source>
        <translation>遷出…</translation>
    </message>
    <message>
        <source>Deceased…</source>
        <translation>死亡…</translation>
    </message>
    <message>
        <source>Show full ID and phone</source>
        <translation>查看完整身分證號和電話</translation>
    </message>
    <message>
        <source>Living here again</source>
        <translation>恢復為在住</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>記錄走訪…</translation>
    </message>
    <message>
        <source>Thanks received…</source>
        <translation>收到錦旗/表揚信…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Enter on a member changes it. ID numbers and phones are shown masked.</source>
        <translation>在成員上按Enter即可修改。身分證號和電話已隱去部分數字。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改記錄</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪記錄</translation>
    </message>
    <message>
        <source>Household {address}</source>
        <translation>住戶 {address}</translation>
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
        <translation>遷戶</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>full numbers viewed</source>
        <translation>查看了完整號碼</translation>
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
        <translation>戶主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人數</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import residents from a sheet</source>
        <translation>從表格匯入居民</translation>
    </message>
    <message>
        <source>Sheets ({patterns})</source>
        <translation>表格（{patterns}）</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>正在檢查表格…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>匯入 {file}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Import only the rows without errors</source>
        <translation>只匯入沒有錯誤的列</translation>
    </message>
    <message>
        <source>Save the rows with errors…</source>
        <translation>保存有錯誤的列…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {households} new households, {residents} new residents, {updated} residents updated (matched by ID number), {unchanged} unchanged. {errors} errors, {warnings} warnings.</source>
        <translation>工作表「{sheet}」：新增 {households} 戶、{residents} 名居民，更新 {updated} 名居民（按身分證號比對），{unchanged} 名不變。錯誤 {errors} 處，提醒 {warnings} 處。</translation>
    </message>
    <message>
        <source>With errors nothing is imported, unless you choose to import only the {valid} rows without errors ({rejected} rows left out).</source>
        <translation>有錯誤時不會匯入任何資料，除非選擇只匯入沒有錯誤的 {valid} 列（略過 {rejected} 列）。</translation>
    </message>
    <message>
        <source>Save the rows with errors</source>
        <translation>保存有錯誤的列</translation>
    </message>
    <message>
        <source>Rows saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{count} rows with the reason in a column were saved to {path}.</source>
        <translation>{count} 列（附原因一欄）已保存到 {path}。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>{households} households and {residents} residents added, {updated} residents updated, {rejected} rows left out.</source>
        <translation>新增 {households} 戶、{residents} 名居民，更新 {updated} 名居民，略過 {rejected} 列。</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Volunteer service record (志愿服务记录证明)</source>
        <translation>志願服務記錄證明</translation>
    </message>
    <message>
        <source>Honour certificate (荣誉证书)</source>
        <translation>榮譽證書</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Leave out those without an ID number</source>
        <translation>略過缺身分證號的人</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>證書類別：</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>服務隊：</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>時長不少於：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>已有編號</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全不選</translation>
    </message>
    <message>
        <source>Issue and preview…</source>
        <translation>出具並預覽…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部服務隊</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation>（已作廢）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>已選 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them printed again with their number (补打)</source>
        <translation>
            <numerusform>，其中 %n 人按原編號補打</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an ID number</source>
        <translation>
            <numerusform>，%n 人缺身分證號</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register and print %n certificate(s) for {year}? Each new one takes the next number; the numbers are never reused.</source>
        <translation>
            <numerusform>為 {year} 年度出具並登記 %n 份證書？新證書依次取下一個編號，編號不會重複使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>出具證書</translation>
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
        <translation>{node}的網格長</translation>
    </message>
    <message>
        <source>Grid leader:</source>
        <translation>網格長：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>聯繫電話：</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>Import from Excel…</source>
        <translation>從 Excel 匯入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>匯出到 Excel…</translation>
    </message>
    <message>
        <source>Print the building ledger…</source>
        <translation>列印樓棟台賬…</translation>
    </message>
    <message>
        <source>Print a care list…</source>
        <translation>列印重點人群名單…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>匯出到 Excel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已匯出</translation>
    </message>
    <message>
        <source>{rows} residents were written to {path}.</source>
        <translation>{rows} 名居民已寫入 {path}。</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Search name, pinyin, ID, phone, address (Ctrl+F)</source>
        <translation>搜尋姓名、拼音、身分證號、電話、住址（Ctrl+F）</translation>
    </message>
    <message>
        <source>New household…</source>
        <translation>新建住戶…</translation>
    </message>
    <message>
        <source>Choose a unit in the grid first (Ctrl+N).</source>
        <translation>請先在網格中選擇一個單元（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住戶</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%Ln 戶</numerusform>
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
        <translation>找到 {total} 人，先顯示前 {shown} 人；按↓選擇，按 Enter 開啟戶卡</translation>
    </message>
    <message>
        <source>Show all {total}</source>
        <translation>顯示全部 {total} 人</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Down to choose, Enter to open the household</source>
        <translation>
            <numerusform>找到 %n 人；按↓選擇，按Enter開啟戶卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>沒有找到。</translation>
    </message>
</context>
<context>
    <name>LedgerPrintDialog</name>
    <message>
        <source>Whole community</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部居民</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>列印完整的身分證號和電話</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>小區：</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>樓棟：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單元：</translation>
    </message>
    <message>
        <source>Care tag:</source>
        <translation>人員類別：</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部樓棟</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部單元</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth Desk</source>
        <translation>連心台</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>住戶台賬</translation>
    </message>
    <message>
        <source>Heart tree</source>
        <translation>黨群連心樹</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>老年大學</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>志願服務</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Decision on matter {position}</source>
        <translation>第 {position} 項議題的議定事項</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>無完成時限</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>議定事項：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>責任人：</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>完成時限：</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Joint meetings</source>
        <translation>聯席會議</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建會議…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>訴求</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>議定事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成時限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Decision, owner, due date…</source>
        <translation>議定事項、責任人、完成時限…</translation>
    </message>
    <message>
        <source>Mark settled</source>
        <translation>標為已辦結</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>列印會議紀要…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>列印簽到表…</translation>
    </message>
    <message>
        <source>{count} matters, {open} not settled</source>
        <translation>議題 {count} 項，未辦結 {open} 項</translation>
    </message>
    <message>
        <source>No joint meetings yet: hold the first with “New meeting…”.</source>
        <translation>尚無聯席會議：點擊“新建會議…”登記第一次會議。</translation>
    </message>
    <message>
        <source>Convenor: {name}&#x3000;Recorder: {recorder}</source>
        <translation>召集人：{name}&#x3000;記錄人：{recorder}</translation>
    </message>
    <message>
        <source>(carried over from #{number})</source>
        <translation>（延續自 #{number}）</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未辦結</translation>
    </message>
    <message>
        <source>Not settled after all</source>
        <translation>改為未辦結</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member {name}</source>
        <translation>成員 {name}</translation>
    </message>
    <message>
        <source>({years} years in the party)</source>
        <translation>（黨齡 {years} 年）</translation>
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
        <translation>性別：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年齡：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身分證號：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>聯絡電話：</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <source>Joined the party:</source>
        <translation>入黨時間：</translation>
    </message>
    <message>
        <source>Party branch:</source>
        <translation>所屬支部：</translation>
    </message>
    <message>
        <source>Work unit:</source>
        <translation>工作單位：</translation>
    </message>
    <message>
        <source>In service or retired:</source>
        <translation>在職/退休：</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>雙報到：</translation>
    </message>
    <message>
        <source>Service teams:</source>
        <translation>服務隊：</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>特長：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Does not live in the community</source>
        <translation>不在本社區居住</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
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
        <translation>新增連心樹成員</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>The full ID number and phone are shown to change them.</source>
        <translation>為便於修改，這裡顯示完整的身分證號碼和電話。</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Optional; gender and birth date follow</source>
        <translation>可不填；填寫後自動得出性別和出生日期</translation>
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
        <translation>在職</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Also registered with the workplace&apos;s party organisation</source>
        <translation>已向工作單位黨組織雙報到</translation>
    </message>
    <message>
        <source>e.g. the city hospital&apos;s party committee</source>
        <translation>例如：市第一醫院黨委</translation>
    </message>
    <message>
        <source>e.g. haircuts, legal advice</source>
        <translation>例如：理髮、法律諮詢</translation>
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
        <translation>所屬支部：</translation>
    </message>
    <message>
        <source>In service or retired:</source>
        <translation>在職/退休：</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>雙報到：</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Years in the party</source>
        <translation>黨齡</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所屬支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作單位</translation>
    </message>
    <message>
        <source>In service or retired</source>
        <translation>在職/退休</translation>
    </message>
    <message>
        <source>Dual registration</source>
        <translation>雙報到</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>服務隊</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在職</translation>
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
        <translation>上個月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下個月</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 個活動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name} to another household</source>
        <translation>將{name}遷入其他戶</translation>
    </message>
    <message>
        <source>Type an address or a name, then Down to choose</source>
        <translation>輸入住址或姓名，再按↓選擇</translation>
    </message>
    <message>
        <source>Find the household:</source>
        <translation>查找住戶：</translation>
    </message>
    <message>
        <source>Moves into:</source>
        <translation>遷入：</translation>
    </message>
    <message>
        <source>Relation to the head there:</source>
        <translation>與該戶戶主關係：</translation>
    </message>
    <message>
        <source>(no household chosen yet)</source>
        <translation>（尚未選擇住戶）</translation>
    </message>
</context>
<context>
    <name>NewClassDialog</name>
    <message>
        <source>New class</source>
        <translation>新建班級</translation>
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
        <translation>每週上課：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>教室：</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>老師：</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>名額：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>New household in {unit}</source>
        <translation>在{unit}新建住戶</translation>
    </message>
    <message>
        <source>e.g. 0401</source>
        <translation>例如 0401</translation>
    </message>
    <message>
        <source>Door number:</source>
        <translation>門牌號：</translation>
    </message>
    <message>
        <source>Head of the household (户主)</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>The door number is empty.</source>
        <translation>門牌號為空。</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New joint meeting</source>
        <translation>新建聯席會議</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Convenor:</source>
        <translation>召集人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>記錄人：</translation>
    </message>
    <message>
        <source>Who came, e.g. 张三、李四</source>
        <translation>參會人員，如 张三、李四</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>One matter a line</source>
        <translation>每行一項議題</translation>
    </message>
    <message>
        <source>Matters the last meeting did not settle come onto this agenda by themselves.</source>
        <translation>上次會議未辦結的議題會自動延續到本次會議。</translation>
    </message>
    <message>
        <source>Requests to bring to the table:</source>
        <translation>提交本次會議的訴求：</translation>
    </message>
    <message>
        <source>New matters:</source>
        <translation>新議題：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>新建訴求</translation>
    </message>
    <message>
        <source>Type a resident&apos;s name or an address</source>
        <translation>輸入居民姓名或地址</translation>
    </message>
    <message>
        <source>Or a place, e.g. the north gate</source>
        <translation>或填寫地點，如「北門」</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>住戶：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>層級：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>問題描述：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>經辦人：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登記日期：</translation>
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
        <translation>新建學期</translation>
    </message>
    <message>
        <source>One a line: 2026-10-01 国庆</source>
        <translation>每行一天：2026-10-01 國慶</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>結束：</translation>
    </message>
    <message>
        <source>Closure days:</source>
        <translation>停課日：</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{count} requests are overdue.</source>
        <translation>{count} 件訴求已超期未辦結。</translation>
    </message>
    <message>
        <source>No joint meeting was held in quarter {quarters} of this year.</source>
        <translation>今年第 {quarters} 季度未召開聯席會議。</translation>
    </message>
    <message>
        <source>No joint meeting has been held this quarter.</source>
        <translation>本季度尚未召開聯席會議。</translation>
    </message>
    <message>
        <source>The community&apos;s name has not been set; printouts will have no heading.</source>
        <translation>尚未設定社區名稱，列印資料將沒有抬頭。</translation>
    </message>
    <message>
        <source>{count} units have no grid leader.</source>
        <translation>有 {count} 個單元尚未指定網格長。</translation>
    </message>
    <message>
        <source>{count} households have no head of household.</source>
        <translation>有 {count} 戶尚未登記戶主。</translation>
    </message>
    <message>
        <source>{count} households have no residents living there.</source>
        <translation>{count} 戶無在冊居民（樓棟台賬不列出這些戶）。</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Party organisation</source>
        <translation>黨組織</translation>
    </message>
    <message>
        <source>e.g. the Heping Li community general branch</source>
        <translation>例如：和平里社區黨總支</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>書記：</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>黨支部</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>書記</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>黨員數</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>添加支部</translation>
    </message>
    <message>
        <source>Remove branch…</source>
        <translation>刪除支部…</translation>
    </message>
    <message>
        <source>Party branches (double-click a cell to change it):</source>
        <translation>黨支部（雙擊儲存格修改）：</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>刪除支部</translation>
    </message>
    <message numerus="yes">
        <source>Remove {branch}? Its %n member(s) stay in the tree without a branch.</source>
        <translation>
            <numerusform>刪除{branch}嗎？其 %Ln 名成員仍留在連心樹中，暫不屬於任何支部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
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
        <translation>所在社區：</translation>
    </message>
    <message>
        <source>e.g. 青年湖社区</source>
        <translation>如：青年湖社區</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner unit</source>
        <translation>新增聯建單位</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>e.g. free health checks, legal advice</source>
        <translation>如：義診、法律諮詢</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>聯絡電話：</translation>
    </message>
    <message>
        <source>Services offered:</source>
        <translation>提供的服務：</translation>
    </message>
    <message>
        <source>Partner since:</source>
        <translation>聯建時間：</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>提供的服務</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>聯建時間</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete partner unit</source>
        <translation>刪除聯建單位</translation>
    </message>
    <message>
        <source>Delete the partner unit {name}?</source>
        <translation>刪除聯建單位「{name}」嗎？</translation>
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
        <translation>社區概況</translation>
    </message>
    <message>
        <source>Households and residents per compound, age bands and what needs attention; one or two A4 pages.</source>
        <translation>各小區的戶數和居民數、年齡結構和需要關注的事項；一到兩頁 A4 紙。</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>樓棟台賬</translation>
    </message>
    <message>
        <source>Every household of a building, a compound or the whole community, by unit and door, with its members; A4 landscape.</source>
        <translation>一棟樓、一個小區或全社區的每一戶，按單元和門牌排列，列出家庭成員；A4 橫向。</translation>
    </message>
    <message>
        <source>Care list</source>
        <translation>重點人群名單</translation>
    </message>
    <message>
        <source>The residents with one care tag, such as the elderly living alone, with age, address and phone; A4 landscape.</source>
        <translation>帶有某一人員類別（如獨居老人）的居民，列出年齡、住址和電話；A4 橫向。</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>黨群連心卡</translation>
    </message>
    <message>
        <source>One card per member, with teams, phone, the team&apos;s promise and a QR code a phone saves as a contact; ten 90×54 mm cards per A4 sheet, with crop marks.</source>
        <translation>每位成員一張卡，印有所在服務隊、電話、服務承諾和可用手機掃碼儲存聯絡人的 QR 碼；每張 A4 紙 10 張 90×54 公釐卡片，附裁切標記。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名冊</translation>
    </message>
    <message>
        <source>Every member of the tree or of one team, with party details, teams and phone; ID numbers and phones partly hidden; A4 landscape.</source>
        <translation>連心樹全部成員或某一服務隊的成員，含黨員資訊、服務隊和電話；身分證號和電話部分隱藏；A4 橫向。</translation>
    </message>
    <message>
        <source>The connected-heart tree poster</source>
        <translation>黨群連心樹海報</translation>
    </message>
    <message>
        <source>The tree as painted on the wall: every team a branch, every member a leaf with work unit, name and phone; A3 to A0, or tiled onto A4 or A3 sheets.</source>
        <translation>像牆上畫的那樣：每支服務隊一根枝，每名成員一片葉，寫明工作單位、姓名和電話；A3 至 A0，或拼接列印在 A4、A3 紙上。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>Everyone signed up for an event, in order, with a column to sign and a code the door&apos;s scanner reads; then the waiting list and blank rows; A4.</source>
        <translation>某場活動的報名者按順序排列，有簽名欄和門口掃碼槍可讀的簽到碼，隨後是候補和空白行；A4。</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>活動通知</translation>
    </message>
    <message>
        <source>The notice for the board: title, time, place, the stalls, whom to ask and a QR code that dials the number; A4 or A3.</source>
        <translation>張貼用的活動通知：標題、時間、地點、服務攤位、聯絡人和可直接撥號的二維碼；A4 或 A3。</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>電話通知名單</translation>
    </message>
    <message>
        <source>Whom to phone about an event: those who moved up from the waiting list and the elderly, with full numbers; A4.</source>
        <translation>需要電話通知的人：候補轉為已報名的和老年人，電話為完整號碼；A4。</translation>
    </message>
    <message>
        <source>Public notice of certificates</source>
        <translation>證書公示</translation>
    </message>
    <message>
        <source>The volunteer certificates issued in a year, with ID numbers partly hidden, the notice period of at least seven days and whom to tell an objection; A4 landscape.</source>
        <translation>一年內出具的志願服務證書，證件號碼部分隱藏，註明不少於七天的公示期和異議聯絡人；A4 橫式。</translation>
    </message>
    <message>
        <source>Register of certificates</source>
        <translation>證書出具登記簿</translation>
    </message>
    <message>
        <source>Every certificate of a year by number, voided ones with their reason and how often each was printed again, for the office&apos;s file; A4 landscape.</source>
        <translation>該年度出具的每份證書（按編號），作廢的註明原因，並記補打次數，供辦公室存檔；A4 橫向。</translation>
    </message>
    <message>
        <source>Volunteer service of the year</source>
        <translation>年度志願服務統計</translation>
    </message>
    <message>
        <source>The year in sentences, by month, by service team and the top volunteers, each with its chart, for the reports a street office asks for; A4.</source>
        <translation>全年概況、按月份、按服務隊和志願者排行，各附圖表，供街道要求的報表使用；A4 紙。</translation>
    </message>
    <message>
        <source>Visit round sheet</source>
        <translation>走訪登記表</translation>
    </message>
    <message>
        <source>The households due a visit in a grid worker&apos;s area or part of the grid, building by building in door order, with blank columns for the date, what was found and a signature; A4.</source>
        <translation>網格員片區或某一網格內應走訪的住戶，按樓棟、門牌排列，留有走訪日期、走訪情況和簽名空白欄；A4。</translation>
    </message>
    <message>
        <source>Minutes of a joint meeting</source>
        <translation>聯席會議紀要</translation>
    </message>
    <message>
        <source>The meeting&apos;s day, place and who came for each of the five parties, every matter with its decision, owner and due date, the carried-over ones marked, and room to sign; the latest meeting unless one is chosen on its page; A4.</source>
        <translation>會議時間、地點和五方參會人員，每項議題的議定事項、責任人和完成時限，標明延續議題，並留簽字處；未在會議頁選定時列印最近一次會議；A4。</translation>
    </message>
    <message>
        <source>Sign-in sheet of a joint meeting</source>
        <translation>聯席會議簽到表</translation>
    </message>
    <message>
        <source>One block per party with rows to fill in: name, unit or role, phone and signature; the latest meeting unless one is chosen on its page; A4.</source>
        <translation>每個參會方一欄，供填寫姓名、單位/職務、聯繫電話和簽字；未在會議頁選定時列印最近一次會議；A4。</translation>
    </message>
    <message>
        <source>Visits and problems: the figures</source>
        <translation>走訪與問題辦理統計</translation>
    </message>
    <message>
        <source>A period&apos;s door-to-door visits and households covered against those due, the problems by category, tier and status, closure and satisfaction, by month and quarter with charts; A4.</source>
        <translation>一段時間的入戶走訪次數和應訪住戶覆蓋情況，問題按類別、層級和狀態統計，辦結率和滿意率，按月、按季度並附圖表；A4。</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>問題台賬</translation>
    </message>
    <message>
        <source>Every request of a period, with its tier, handler, due date, status, result and satisfaction, and the totals; A4 landscape, or .xlsx.</source>
        <translation>一段時間內的每條訴求，含層級、經辦人、期限、狀態、辦理結果和滿意度，以及合計；A4 橫向，或 .xlsx。</translation>
    </message>
    <message>
        <source>Timetable of the elderly university</source>
        <translation>老年大學課程表</translation>
    </message>
    <message>
        <source>A term&apos;s classes as a week grid for the notice board, each with its room and teacher, and the days without classes; A4 or A3 landscape.</source>
        <translation>一個學期的課程按週排成表格，供張貼公告欄，每門課註明教室和教師，並列出停課日；A4 或 A3 橫向。</translation>
    </message>
    <message>
        <source>Attendance sheet of a class</source>
        <translation>班級考勤表</translation>
    </message>
    <message>
        <source>A class&apos;s students with a column per session date to tick on paper, the attendance already entered ticked; A4 landscape.</source>
        <translation>一個班級的學員，每次課一列，供在紙上打勾，已錄入的出勤已打勾；A4 橫向。</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>班級花名冊</translation>
    </message>
    <message>
        <source>A class&apos;s students with full phones for the teacher to call, the community of those from elsewhere and the day they enrolled, then the waiting list; A4.</source>
        <translation>一個班級的學員及完整電話，供老師聯繫，外社區學員註明所在社區，並列出報名日期，其後是候補名單；A4。</translation>
    </message>
    <message>
        <source>Volunteer certificates</source>
        <translation>志願服務證書</translation>
    </message>
    <message>
        <source>One numbered certificate per volunteer who qualifies, registered as it is printed: service records on A4 portrait, honours on A4 landscape.</source>
        <translation>每位符合條件的志願者一份有編號的證書，列印時即登記：志願服務記錄證明為 A4 直式，榮譽證書為 A4 橫式。</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>列印資料</translation>
    </message>
    <message>
        <source>{title} — preview and print</source>
        <translation>{title} — 預覽並列印</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Page {page}: “{characters}” in “{text}” has no font and prints as □</source>
        <translation>第 {page} 頁：「{text}」中的「{characters}」沒有字型，已用 □ 代替</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…還有 {count} 處</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>正在列印第 {page} 頁，共 {pages} 頁…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{title} — Print preview</source>
        <translation>{title} — 列印預覽</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>正在準備列印內容…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一頁</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一頁 ▶</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整頁</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Some characters have no font and will print as □. Please write them in by hand on the paper:</source>
        <translation>有些字沒有字型，列印出來是 □，請在紙上手寫補上：</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁 / 共 {pages} 頁</translation>
    </message>
    <message>
        <source>{count} page(s) sent to the printer.</source>
        <translation>已將 {count} 頁傳送到印表機。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已儲存為 {path}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message>
        <source>Creating households…</source>
        <translation>正在建立住戶…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Planting the tree…</source>
        <translation>正在產生黨群連心樹…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Registering certificates…</source>
        <translation>正在登記證書…</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>正在讀取台賬…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在檢查備份…</translation>
    </message>
    <message>
        <source>Upgrading the backup&apos;s data…</source>
        <translation>正在升級備份中的資料…</translation>
    </message>
    <message>
        <source>Keeping a safety copy…</source>
        <translation>正在保存安全備份…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已還原。</translation>
    </message>
    <message>
        <source>Taking a snapshot of the store…</source>
        <translation>正在為資料庫做快照…</translation>
    </message>
    <message>
        <source>Reading the backup back…</source>
        <translation>正在讀回備份進行檢查…</translation>
    </message>
    <message>
        <source>Backup verified.</source>
        <translation>備份已檢查無誤。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在寫入備份…</translation>
    </message>
    <message>
        <source>Exporting residents…</source>
        <translation>正在匯出居民…</translation>
    </message>
    <message>
        <source>Importing residents…</source>
        <translation>正在匯入居民…</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在讀取表格…</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>正在檢查各列…</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>正在讀取成員…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>正在匯入黨員…</translation>
    </message>
    <message>
        <source>Reading the sign-ups…</source>
        <translation>正在讀取報名…</translation>
    </message>
    <message>
        <source>Reading the year&apos;s service…</source>
        <translation>正在讀取全年志願服務…</translation>
    </message>
    <message>
        <source>Counting the visits and problems…</source>
        <translation>正在統計走訪和問題…</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>正在讀取訴求…</translation>
    </message>
    <message>
        <source>Reading the classes…</source>
        <translation>正在讀取班級…</translation>
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
        <translation>志願者</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服務內容</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>服務住戶</translation>
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
        <translation>登記志願服務…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Delete {member}&apos;s service of {date} ({what})?</source>
        <translation>刪除 {member} {date} 的服務記錄（{what}）？</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>刪除服務記錄</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
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
        <translation>按姓名或編號查找</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服務期間</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>補打次數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Print again (补打)…</source>
        <translation>補打…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作廢…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>匯出 Excel…</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>列印登記簿</translation>
    </message>
    <message>
        <source>Print the public notice</source>
        <translation>列印公示</translation>
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
        <translation>作廢：{reason}</translation>
    </message>
    <message>
        <source>Choose a certificate in the register first.</source>
        <translation>請先在登記簿中選中一份證書。</translation>
    </message>
    <message>
        <source>{number} is void; its number is not used again.</source>
        <translation>{number} 已作廢，該編號不再使用。</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>作廢證書</translation>
    </message>
    <message>
        <source>Why is {number} void (lost, misprinted…)?</source>
        <translation>{number} 作廢的原因（遺失、列印錯誤等）：</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to {path}.</source>
        <translation>
            <numerusform>已將 %n 份證書記錄寫入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>匯出登記簿</translation>
    </message>
    <message>
        <source>certificate register {year}.xlsx</source>
        <translation>證書出具登記簿{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁 / 共 {pages} 頁</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>列印日期：{date}</translation>
    </message>
    <message>
        <source>Community overview</source>
        <translation>社區概況</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>門牌</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Birth date (age)</source>
        <translation>出生日期（年齡）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>{date} ({age})</source>
        <translation>{date}（{age}歲）</translation>
    </message>
    <message>
        <source>Grid leader: not set</source>
        <translation>網格長：未設定</translation>
    </message>
    <message>
        <source>Grid leader: {name} {phone}</source>
        <translation>網格長：{name} {phone}</translation>
    </message>
    <message>
        <source>(community name not set)</source>
        <translation>（尚未設定社區名稱）</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>樓棟台賬</translation>
    </message>
    <message>
        <source>{buildings} buildings, {households} households, {residents} residents.</source>
        <translation>共 {buildings} 棟樓、{households} 戶、{residents} 人。</translation>
    </message>
    <message>
        <source>Only the residents tagged “{tag}” are listed.</source>
        <translation>僅列出帶「{tag}」標記的居民。</translation>
    </message>
    <message>
        <source>ID numbers and phones are partly hidden.</source>
        <translation>身分證號和電話已部分隱藏。</translation>
    </message>
    <message>
        <source>{place} (continued)</source>
        <translation>{place}（續）</translation>
    </message>
    <message>
        <source>The community has {compounds} compounds, {buildings} buildings and {units} units, with {households} households and {residents} residents; {aged_60} are aged 60 or over and {aged_80} aged 80 or over.</source>
        <translation>本社區共有 {compounds} 個小區、{buildings} 棟樓、{units} 個單元，住戶 {households} 戶，居民 {residents} 人；其中 60 歲及以上 {aged_60} 人，80 歲及以上 {aged_80} 人。</translation>
    </message>
    <message>
        <source>Households and residents by compound</source>
        <translation>各小區住戶與居民</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source> Residents are those living there now; those who moved out or died are not counted.</source>
        <translation>居民指在冊居民，不含遷出、去世人員。</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小區</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>網格長</translation>
    </message>
    <message>
        <source>Residents by age</source>
        <translation>居民年齡結構</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high} 歲</translation>
    </message>
    <message>
        <source>{low} and over</source>
        <translation>{low} 歲及以上</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>出生日期不詳</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡段</translation>
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
        <translation>需要關注</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>暫無需要關注的事項。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服務期間</translation>
    </message>
    <message>
        <source>In {year} we issued the {count} certificates below; they are posted for public notice from {start} to {end}.</source>
        <translation>{year}年度本單位出具志願服務證書如下，共{count}份，現予公示。公示期：{start}至{end}。</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period with {contact}, phone {phone}.</source>
        <translation>如有異議，請在公示期內向{contact}反映，聯絡電話：{phone}。</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period by phone, {phone}.</source>
        <translation>如有異議，請在公示期內來電反映，聯絡電話：{phone}。</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period with {contact}.</source>
        <translation>如有異議，請在公示期內向{contact}反映。</translation>
    </message>
    <message>
        <source>Public notice of volunteer certificates issued in {year}</source>
        <translation>{year}年度志願服務證書出具情況公示</translation>
    </message>
    <message>
        <source>No certificates were issued in this year.</source>
        <translation>本年度未出具證書。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source> (came without a place)</source>
        <translation>（現場）</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>電話通知名單</translation>
    </message>
    <message>
        <source>Full phone numbers, for calling: keep this list in the office.</source>
        <translation>電話為完整號碼，僅供電話通知使用，請妥善保管，勿帶出辦公室。</translation>
    </message>
    <message>
        <source>The event is cancelled: tell everyone</source>
        <translation>活動已取消，請逐一通知</translation>
    </message>
    <message>
        <source>Moved up from the waiting list</source>
        <translation>候補轉為已報名</translation>
    </message>
    <message>
        <source>Aged {age} or over</source>
        <translation>{age} 歲及以上長者</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Waiting {k}</source>
        <translation>候補{k}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>報名日期</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>班級花名冊</translation>
    </message>
    <message>
        <source>For contacting the class only</source>
        <translation>僅供班級聯繫使用</translation>
    </message>
    <message>
        <source>{count} students, {waiting} on the waiting list.</source>
        <translation>學員 {count} 人，候補 {waiting} 人。</translation>
    </message>
    <message>
        <source>{count} students of {capacity} places, {waiting} on the waiting list.</source>
        <translation>學員 {count} 人（名額 {capacity} 人），候補 {waiting} 人。</translation>
    </message>
    <message>
        <source>Phones are in full, for the teacher to call.</source>
        <translation>電話為完整號碼，供老師聯繫學員。</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>No one has enrolled yet.</source>
        <translation>還沒有人報名。</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>考勤表</translation>
    </message>
    <message>
        <source>{students} students, {sessions} sessions. ✓ marks attendance already recorded; tick the others on paper and enter them afterwards.</source>
        <translation>學員 {students} 人，共 {sessions} 次課。✓ 為已登記的出勤；其餘請在紙上打勾，課後錄入。</translation>
    </message>
    <message>
        <source>Sessions {first} to {last} (part {part} of {parts})</source>
        <translation>上課日期 {first} 至 {last}（第 {part} 部分，共 {parts} 部分）</translation>
    </message>
    <message>
        <source>Care list: {tag}</source>
        <translation>重點人群名單（{tag}）</translation>
    </message>
    <message>
        <source>{count} residents.</source>
        <translation>共 {count} 人。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>{name} (waiting list no. {position})</source>
        <translation>{name}（候補{position}）</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>{count} signed up, {waiting} on the waiting list; the blank rows are for those who come without signing up.</source>
        <translation>報名 {count} 人，候補 {waiting} 人；空白行供未報名、現場參加的居民登記。</translation>
    </message>
    <message>
        <source>Phones are partly hidden.</source>
        <translation>電話已部分隱藏。</translation>
    </message>
    <message>
        <source>No residents to list.</source>
        <translation>（無符合條件的居民）</translation>
    </message>
    <message>
        <source>No members to print.</source>
        <translation>（沒有可列印的成員）</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>黨群連心卡</translation>
    </message>
    <message>
        <source>{team} ({role})</source>
        <translation>{team}（{role}）</translation>
    </message>
    <message>
        <source>Work unit: {unit}</source>
        <translation>工作單位：{unit}</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服務項目：</translation>
    </message>
    <message>
        <source>{capacity} places; sign up by {date}.</source>
        <translation>名額 {capacity} 人，{date}前報名。</translation>
    </message>
    <message>
        <source>{capacity} places.</source>
        <translation>名額 {capacity} 人。</translation>
    </message>
    <message>
        <source>Sign up by {date}.</source>
        <translation>請於{date}前報名。</translation>
    </message>
    <message>
        <source>Contact: {name}  Phone: {phone}</source>
        <translation>聯絡人：{name}&#x3000;電話：{phone}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>電話：{phone}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>聯絡人：{name}</translation>
    </message>
    <message>
        <source>Scan the code to call.</source>
        <translation>手機掃碼即可撥打。</translation>
    </message>
    <message>
        <source>Our promise: {promise}</source>
        <translation>服務承諾：{promise}</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>黨群連心卡</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共黨員</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>預備黨員</translation>
    </message>
    <message>
        <source>Not a party member</source>
        <translation>群眾</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>入黨時間</translation>
    </message>
    <message>
        <source>Years in the party</source>
        <translation>黨齡</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>所屬支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作單位</translation>
    </message>
    <message>
        <source>In service or retired</source>
        <translation>在職/退休</translation>
    </message>
    <message>
        <source>Dual registration</source>
        <translation>雙報到</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>服務隊</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身分號碼</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名冊</translation>
    </message>
    <message>
        <source>{count} people.</source>
        <translation>共 {count} 人。</translation>
    </message>
    <message>
        <source>No members to list.</source>
        <translation>（無成員）</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>{count} people · leader: {name}</source>
        <translation>{count} 人&#x3000;隊長：{name}</translation>
    </message>
    <message>
        <source>The connected-heart tree</source>
        <translation>黨群連心樹</translation>
    </message>
    <message>
        <source>The residents are the soil: {residents} residents living here, {households} households</source>
        <translation>群眾是土壤：在冊居民 {residents} 人，{households} 戶</translation>
    </message>
    <message>
        <source>(party organisation not set)</source>
        <translation>（未設定黨組織）</translation>
    </message>
    <message>
        <source>Cut along the corner marks; glue each sheet over the shaded strip of the sheet to its left or above.</source>
        <translation>沿四角的裁切標記剪下；每張紙貼在它左邊或上邊那張的陰影條上。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>第{row}列第{column}欄</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>時間：{time}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>地點：{place}</translation>
    </message>
    <message>
        <source>No volunteer service was recorded in {year}.</source>
        <translation>{year}年未記錄志願服務。</translation>
    </message>
    <message>
        <source>In {year}, {people} volunteers served {times} times for {hours} hours in all, serving residents {served} times; {average} hours per volunteer.</source>
        <translation>{year}年，{people}名志願者共開展志願服務{times}次，累計服務時長{hours}小時，服務居民{served}人次，人均服務時長{average}小時。</translation>
    </message>
    <message>
        <source> The busiest month was {month} ({times} times).</source>
        <translation>服務最多的月份是{month}（{times}次）。</translation>
    </message>
    <message>
        <source>month {n}</source>
        <translation>{n}月</translation>
    </message>
    <message>
        <source> {team} served the most hours ({hours}).</source>
        <translation>服務時長最多的是{team}（{hours}小時）。</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長（小時）</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>服務人次</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>參與人數</translation>
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
        <translation>統計期</translation>
    </message>
    <message>
        <source>From {start} to {end}, {visits} visits were made to {visited} households; {covered} of the {due} households due were visited ({coverage}).</source>
        <translation>{start}至{end}，共入戶走訪 {visits} 次，走訪住戶 {visited} 戶；應訪住戶 {due} 戶，已走訪 {covered} 戶，覆蓋率 {coverage}。</translation>
    </message>
    <message>
        <source> No problems were registered.</source>
        <translation>期間未登記問題。</translation>
    </message>
    <message>
        <source> {registered} problems were registered and {done} closed (closure rate {rate}), in {days} days at the median.</source>
        <translation>登記問題 {registered} 件，辦結 {done} 件，辦結率 {rate}，辦結用時中位數 {days} 天。</translation>
    </message>
    <message>
        <source> Of {rated} residents asked at return visits, {share} were satisfied.</source>
        <translation>回訪居民 {rated} 人次，滿意率 {share}。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪次數</translation>
    </message>
    <message>
        <source>Visited of due</source>
        <translation>已訪戶數</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題數</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>辦結數</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>辦結率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意率</translation>
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
        <translation>按月走訪情況</translation>
    </message>
    <message>
        <source>A household is due in a month or quarter when it was never visited before, or its last visit plus its interval by the visiting rules falls within it; a household due in two months counts in each of them.</source>
        <translation>應訪住戶：此前從未走訪，或上次走訪加上走訪規則規定的間隔落在該月（季度）內的住戶；在兩個月都應訪的住戶在兩個月中各計一次。</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>問題按類別</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Problems by tier</source>
        <translation>問題按層級</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Problems by status</source>
        <translation>問題按辦理狀態</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>At the return visit</source>
        <translation>回訪評價</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Door-to-door visits and problems handled</source>
        <translation>入戶走訪與問題辦理統計</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>By month: hours served</source>
        <translation>按月份：服務時長（小時）</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>服務隊</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>隊員數</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>人均時長</translation>
    </message>
    <message>
        <source>A member of several teams counts in each of them, so the teams add up to more than the year.</source>
        <translation>同時參加幾支服務隊的隊員在每支隊中都計入，因此各隊合計多於全年總數。</translation>
    </message>
    <message>
        <source>By service team: hours served</source>
        <translation>按服務隊：服務時長（小時）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Top volunteers by hours</source>
        <translation>服務時長排名靠前的志願者</translation>
    </message>
    <message>
        <source>Volunteer service in {year}</source>
        <translation>{year}年度志願服務統計</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>蓋章</translation>
    </message>
    <message>
        <source>No one qualifies.</source>
        <translation>沒有符合條件的人。</translation>
    </message>
    <message>
        <source>Certificate of Honour</source>
        <translation>榮譽證書</translation>
    </message>
    <message>
        <source>Awarded in recognition of this service.</source>
        <translation>特發此證，以資鼓勵。</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>編號：{number}</translation>
    </message>
    <message>
        <source>Volunteer Service Record Certificate</source>
        <translation>志願服務記錄證明</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours}小時</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者資訊</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>證件類型</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務情況</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>服務時長</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服務內容</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>出具單位</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>This is to certify that the volunteer below served with us, as recorded:</source>
        <translation>茲證明下列志願者在本單位參加志願服務，記錄如下：</translation>
    </message>
    <message>
        <source>This is hereby certified.</source>
        <translation>特此證明。</translation>
    </message>
    <message>
        <source>{what} ({times} times)</source>
        <translation>{what}（{times}次）</translation>
    </message>
    <message>
        <source>Served {times} times in all, mainly: {what}.</source>
        <translation>共參加志願服務{times}次，主要有：{what}。</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>記錄證明</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>榮譽證書</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>補打次數</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>作廢：{reason}</translation>
    </message>
    <message>
        <source>Register of certificates issued in {year}</source>
        <translation>{year}年度證書出具登記簿</translation>
    </message>
    <message>
        <source>ID numbers partly hidden; the store keeps them whole.</source>
        <translation>證件號碼部分隱去；完整號碼保存在系統中。</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>證書出具登記簿</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Date visited</source>
        <translation>走訪日期</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>走訪情況</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>從未走訪</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{count} households</source>
        <translation>共{count}戶</translation>
    </message>
    <message>
        <source>Grid worker: {name}</source>
        <translation>網格員：{name}</translation>
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation>{heading}（續）</translation>
    </message>
    <message>
        <source>Visit round sheet</source>
        <translation>走訪登記表</translation>
    </message>
    <message>
        <source>{count} households due a visit by {date} or overdue, building by building in door order. Fill in the blank columns on the round and enter them afterwards.</source>
        <translation>{date}前應走訪及已逾期的住戶共 {count} 戶，按樓棟、門牌排列。走訪時填寫空白欄，回來後錄入。</translation>
    </message>
    <message>
        <source>No household is due a visit here.</source>
        <translation>這裡沒有應走訪的住戶。</translation>
    </message>
    <message>
        <source>Unit / role</source>
        <translation>單位/職務</translation>
    </message>
    <message>
        <source>Joint meeting sign-in sheet</source>
        <translation>聯席會議簽到表</translation>
    </message>
    <message>
        <source>Convenor: {name}</source>
        <translation>召集人：{name}</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>記錄人：{name}</translation>
    </message>
    <message>
        <source>{community} joint meeting minutes</source>
        <translation>{community}聯席會議紀要</translation>
    </message>
    <message>
        <source>carried over from #{number}</source>
        <translation>延續自 #{number}</translation>
    </message>
    <message>
        <source>request #{number} ({status})</source>
        <translation>訴求 #{number}（{status}）</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未辦結</translation>
    </message>
    <message>
        <source>Convenor (signature): {line}</source>
        <translation>召集人（簽字）：{line}</translation>
    </message>
    <message>
        <source>Recorder (signature): {line}</source>
        <translation>記錄人（簽字）：{line}</translation>
    </message>
    <message>
        <source>Signatures of the parties present:</source>
        <translation>參會各方簽字：</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>參會方</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>Matters and decisions</source>
        <translation>議題及議定事項</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>議定事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>{count} matters were not settled at an earlier meeting and were carried over to this one.</source>
        <translation>其中 {count} 項議題在此前會議中未辦結，延續到本次會議。</translation>
    </message>
    <message>
        <source>No matters.</source>
        <translation>無議題。</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>住戶/地點</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>辦結日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>問題台賬</translation>
    </message>
    <message>
        <source>No requests to list.</source>
        <translation>（無符合條件的訴求）</translation>
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
        <translation>學期：{first}至{last}。</translation>
    </message>
    <message>
        <source>No closure days.</source>
        <translation>無停課日。</translation>
    </message>
    <message>
        <source>No classes on: {days}.</source>
        <translation>停課：{days}。</translation>
    </message>
    <message>
        <source>{community} elderly university: {term} timetable</source>
        <translation>{community}老年大學 {term}課程表</translation>
    </message>
    <message>
        <source>The term has no classes yet.</source>
        <translation>本學期還沒有班級。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>學期：{term}</translation>
    </message>
    <message>
        <source>Teacher: {name}</source>
        <translation>教師：{name}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>教室：{room}</translation>
    </message>
    <message>
        <source>Meets: {slots}</source>
        <translation>上課時間：{slots}</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>Report to the street…</source>
        <translation>上報街道…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>辦結…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回訪…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Log a banner or letter…</source>
        <translation>記錄錦旗/表揚信…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>辦理環節</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>請在列表中選擇一條訴求。</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>層級：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Household or place:</source>
        <translation>住戶/地點：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登記日期：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>經辦人：</translation>
    </message>
    <message>
        <source>Partner unit:</source>
        <translation>聯建單位：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Street office reference:</source>
        <translation>街道受理編號：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>辦理結果：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>滿意度：</translation>
    </message>
    <message>
        <source>{date} {kind} from {giver}: {words}</source>
        <translation>{date} {giver}贈{kind}：{words}</translation>
    </message>
    <message>
        <source>Report to the street</source>
        <translation>上報街道</translation>
    </message>
    <message>
        <source>The street office&apos;s reference:</source>
        <translation>街道受理編號：</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>辦結訴求</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>辦理結果：</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>The resident is:</source>
        <translation>居民滿意度：</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Registered</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>住戶/地點</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>經辦人</translation>
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
        <translation>僅看逾期</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新建訴求…</translation>
    </message>
    <message>
        <source>Print the problem ledger…</source>
        <translation>列印問題台賬…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>層級：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>共 %n 條</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New member of {address}</source>
        <translation>{address} 新增成員</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <source>The full ID number and phone are shown to change them.</source>
        <translation>為便於修改，這裡顯示完整的身分證號和電話。</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>18 characters; gender and birth date follow</source>
        <translation>18位；性別和出生日期隨之讀出</translation>
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
        <translation>按身分證號：{gender}</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯繫電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>RoundTab</name>
    <message>
        <source>Visit round</source>
        <translation>入戶走訪</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Visit round: door order</source>
        <translation>走訪路線：按門牌</translation>
    </message>
    <message>
        <source>Print the round sheet…</source>
        <translation>列印走訪登記表…</translation>
    </message>
    <message>
        <source>Whose round:</source>
        <translation>誰的片區：</translation>
    </message>
    <message>
        <source>Arrow keys move from door to door; Enter records a visit and moves on.</source>
        <translation>方向鍵逐戶移動；Enter 記錄走訪並轉到下一戶。</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>{count} households due, {overdue} of them overdue.</source>
        <translation>應走訪 {count} 戶，其中逾期 {overdue} 戶。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>Change service</source>
        <translation>修改志願服務記錄</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>登記志願服務</translation>
    </message>
    <message>
        <source>Type a member&apos;s name or pinyin</source>
        <translation>輸入黨員或志願者的姓名、拼音</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Optional: a resident of the household</source>
        <translation>可選：輸入該戶一位居民的姓名</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>志願者：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>時長：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>服務內容：</translation>
    </message>
    <message>
        <source>Household served:</source>
        <translation>服務住戶：</translation>
    </message>
    <message>
        <source>Times served:</source>
        <translation>服務人次：</translation>
    </message>
</context>
<context>
    <name>SessionChangeDialog</name>
    <message>
        <source>Cancel the session of {when}</source>
        <translation>取消 {when} 的課</translation>
    </message>
    <message>
        <source>Move the session of {when}</source>
        <translation>調動 {when} 的課</translation>
    </message>
    <message>
        <source>To the day:</source>
        <translation>改到：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>結束：</translation>
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
        <translation>較小</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>較大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新開啟</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>語言和字級</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>字級：</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>儲存名稱</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Visiting rules</source>
        <translation>走訪規則</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Issuer, numbers and honour text…</source>
        <translation>出具單位、編號和榮譽證書正文…</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>資料存放位置</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>資料庫伺服器：</translation>
    </message>
    <message>
        <source>The change applies when the window opens again.</source>
        <translation>重新開啟視窗後生效。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <source>Sign up: type a name, pinyin, ID or phone tail, then Enter</source>
        <translation>報名：輸入姓名、拼音、身分證或電話尾號，按Enter</translation>
    </message>
    <message>
        <source>Someone not in the ledger…</source>
        <translation>非台賬人員…</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete 鍵</translation>
    </message>
    <message>
        <source>Sign-up has closed</source>
        <translation>報名已截止</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>仍然報名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign up someone not in the ledger</source>
        <translation>登記非台賬人員報名</translation>
    </message>
    <message>
        <source>{name}: the event is full; waiting, no. {k}.</source>
        <translation>{name}：名額已滿，候補第{k}位。</translation>
    </message>
    <message>
        <source>{name}: signed up.</source>
        <translation>{name}：已報名。</translation>
    </message>
    <message>
        <source>Choose a sign-up in the list first.</source>
        <translation>請先在名單中選中一條報名。</translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s sign-up?</source>
        <translation>取消 {name} 的報名？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up is cancelled.</source>
        <translation>已取消 {name} 的報名。</translation>
    </message>
    <message>
        <source>{name} moved up from the waiting list; please phone {phone}.</source>
        <translation>{name} 已由候補轉為報名，請電話通知：{phone}。</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>報名時間</translation>
    </message>
    <message>
        <source>waiting, no. {k}</source>
        <translation>候補第{k}位</translation>
    </message>
    <message>
        <source>{status} (on site)</source>
        <translation>{status}（現場）</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff member</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增工作人員</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>不設 PIN</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>職務：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>Grid nodes looked after:</source>
        <translation>負責的網格：</translation>
    </message>
    <message>
        <source>PIN (4 digits):</source>
        <translation>PIN（4 位數字）：</translation>
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
        <translation>職務</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
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
        <translation>本活動沒有可計數的攤位。請在活動表單中新增攤位（單位和服務），新增後會立即顯示在這裡。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Takes back the last +1 made here (Ctrl+Z)</source>
        <translation>復原本視窗最近一次 +1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Stall counters: {title}</source>
        <translation>攤位計數：{title}</translation>
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
        <translation>沒有可復原的：本視窗還沒有 +1。</translation>
    </message>
    <message>
        <source>Took back one at {service}: {n} now</source>
        <translation>已復原 {service} 一次：現為 {n} 人次</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>{name} moved out</source>
        <translation>{name}遷出</translation>
    </message>
    <message>
        <source>On which day did {name} move out?</source>
        <translation>{name}哪天遷出？</translation>
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
        <translation>#{number} {title}：活動小結</translation>
    </message>
    <message>
        <source>Signed up:</source>
        <translation>報名：</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>到場：</translation>
    </message>
    <message>
        <source>Of them on site, without a place:</source>
        <translation>其中現場加入：</translation>
    </message>
    <message>
        <source>Did not come:</source>
        <translation>未到：</translation>
    </message>
    <message>
        <source>Still waiting:</source>
        <translation>仍在候補：</translation>
    </message>
    <message>
        <source>Times served, in all:</source>
        <translation>服務人次合計：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>What the next notice to the residents could say:</source>
        <translation>下次發給居民群的通知可以這樣寫：</translation>
    </message>
    <message>
        <source>Thank you to everyone who came to {title} on {month}/{day}!</source>
        <translation>感謝居民朋友們參加{month}月{day}日的{title}！</translation>
    </message>
    <message>
        <source> The next {kind} is on {month}/{day}{place}; you are welcome to sign up.</source>
        <translation>下次{kind}定於{month}月{day}日{place}舉行，歡迎報名參加。</translation>
    </message>
    <message>
        <source> {signed} signed up and {came} came.</source>
        <translation>本次共 {signed} 人報名，{came} 人到場。</translation>
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
        <translation>各攤位共服務居民 {n} 人次：{stalls}。</translation>
    </message>
    <message>
        <source> The date of the next one will be announced here.</source>
        <translation>下次活動時間另行通知。</translation>
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
        <translation>新建服務隊</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>e.g. the hairdressing service team</source>
        <translation>例如：愛心理髮服務隊</translation>
    </message>
    <message>
        <source>A short sentence for the poster and the cards</source>
        <translation>一句簡短的話，印在海報和連心卡上</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>What the team does:</source>
        <translation>服務內容：</translation>
    </message>
    <message>
        <source>Service promise:</source>
        <translation>服務承諾：</translation>
    </message>
    <message>
        <source>Colour on the poster:</source>
        <translation>海報顏色：</translation>
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
        <translation>職務</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作單位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Add a member: type a name, pinyin or phone, then Enter</source>
        <translation>新增成員：輸入姓名、拼音或電話，按 Enter</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>移出服務隊</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>設為隊長</translation>
    </message>
    <message>
        <source>Make deputy leader</source>
        <translation>設為副隊長</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建服務隊…</translation>
    </message>
    <message>
        <source>Change team…</source>
        <translation>修改服務隊…</translation>
    </message>
    <message>
        <source>Delete team…</source>
        <translation>刪除服務隊…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name}（%Ln 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>隊長：{name}</translation>
    </message>
    <message>
        <source>No service teams yet</source>
        <translation>還沒有服務隊</translation>
    </message>
    <message>
        <source>Purpose: {text}</source>
        <translation>宗旨：{text}</translation>
    </message>
    <message>
        <source>Promise: {text}</source>
        <translation>承諾：{text}</translation>
    </message>
    <message>
        <source>{name} joined {team}.</source>
        <translation>{name} 已加入{team}。</translation>
    </message>
    <message>
        <source>{name} is already in {team}.</source>
        <translation>{name} 已在{team}中，未重複新增。</translation>
    </message>
    <message>
        <source>Choose a member in the table first.</source>
        <translation>請先在表格中選擇一名成員。</translation>
    </message>
    <message>
        <source>{name} left {team}.</source>
        <translation>{name} 已移出{team}。</translation>
    </message>
    <message>
        <source>Remove {name} from {team}?</source>
        <translation>確定將 {name} 移出{team}嗎？</translation>
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
        <translation>{name} 現為{team}{role}。</translation>
    </message>
    <message numerus="yes">
        <source>Delete {team}? Its %n member(s) stay in the tree and in their other teams.</source>
        <translation>
            <numerusform>刪除{team}嗎？其 %Ln 名成員仍留在連心樹中，也仍在所屬的其他服務隊。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>刪除服務隊</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>{team} was deleted.</source>
        <translation>已刪除{team}。</translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <source>Thanks for request #{number}</source>
        <translation>訴求 #{number} 的感謝</translation>
    </message>
    <message>
        <source>Thanks from {address}</source>
        <translation>{address} 送來的感謝</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>贈送人：</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>內容：</translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <source>Enrolled {n}, no limit</source>
        <translation>報名 {n}，不限名額</translation>
    </message>
    <message>
        <source>Enrolled {n}/places {cap}, waiting {w}</source>
        <translation>報名 {n}/名額 {cap}，候補 {w}</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>Party organisation…</source>
        <translation>黨組織…</translation>
    </message>
    <message>
        <source>The tree</source>
        <translation>連心樹</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>成員名錄</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>服務隊</translation>
    </message>
    <message>
        <source>Partner units</source>
        <translation>聯建單位</translation>
    </message>
</context>
<context>
    <name>TreePrintDialog</name>
    <message>
        <source>All members</source>
        <translation>全部成員</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>列印完整的身分證號和電話</translation>
    </message>
    <message>
        <source>One sheet of that size (a print shop)</source>
        <translation>整張列印（送圖文店）</translation>
    </message>
    <message>
        <source>Tiled onto {sheet} sheets (the office printer)</source>
        <translation>拼接列印在 {sheet} 紙上（辦公室印表機）</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>服務隊：</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>紙張大小：</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>列印方式：</translation>
    </message>
    <message>
        <source>Tiled sheets overlap by a margin and carry cut and glue marks and their row and column.</source>
        <translation>拼接的紙張之間留有重疊邊，印有裁切、黏貼標記和行列號。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>資料庫結構比本程式舊；請先啟動一次連心台以完成升級（升級前會保留一份副本）。</translation>
    </message>
    <message>
        <source>There is no store in {folder} yet; start Hearth Desk or run hearth-desk init first.</source>
        <translation>{folder} 中還沒有資料庫；請先啟動連心台，或執行 hearth-desk init。</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>The {field} name is empty; please fill it in.</source>
        <translation>{field}名稱為空白，請填寫。</translation>
    </message>
    <message>
        <source>The name “{value}” is longer than {limit} characters.</source>
        <translation>名稱「{value}」超過了 {limit} 個字，請改短一些。</translation>
    </message>
    <message>
        <source>Hearth Desk is already running on the data folder {folder}; close it first, or choose another folder with --data-dir.</source>
        <translation>另一個連心台已經在使用資料夾 {folder}；請先關閉它，或用 --data-dir 選擇其他資料夾。</translation>
    </message>
    <message>
        <source>The database {where} holds tables but is not a Hearth Desk store; it was left untouched.</source>
        <translation>資料庫 {where} 中已有資料表，但它不是連心台的資料庫；程式沒有變更它。</translation>
    </message>
    <message>
        <source>The store {where} was made by a newer version of Hearth Desk (schema {revision}); install the newer version to open it. The store was left untouched.</source>
        <translation>資料庫 {where} 是由較新版本的連心台建立的（結構版本 {revision}）；請安裝新版本後再開啟。程式沒有變更該資料庫。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}); choose another folder with --data-dir or ask for write permission.</source>
        <translation>無法寫入資料夾 {folder}（{reason}）；請用 --data-dir 選擇其他資料夾，或請管理員開放寫入權限。</translation>
    </message>
    <message>
        <source>The store {path} is a folder, not a database file.</source>
        <translation>資料庫位置 {path} 是一個資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth Desk database (not an SQLite file); it was left untouched.</source>
        <translation>檔案 {path} 不是連心台資料庫（不是 SQLite 檔案）；程式沒有變更它。</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>無法開啟資料庫 {url}：{reason}</translation>
    </message>
    <message>
        <source>The printer {name} cannot be reached; check that it is switched on and connected, or save as PDF.</source>
        <translation>無法連線印表機 {name}。請檢查印表機是否已開機並連接好，或者改為「另存為 PDF」。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Ask your IT helper to set one up, or use “Save as PDF…” and print the file on another computer.</source>
        <translation>這台電腦上沒有安裝印表機。請找負責電腦的同事裝一台，或者用「另存為 PDF…」儲存後到別的電腦上列印。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}. Check that the folder exists and that the disk or USB stick is not full or write-protected.</source>
        <translation>無法把 PDF 儲存為 {path}。請檢查資料夾是否存在，磁碟或隨身碟是否已滿或處於防寫狀態。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation>無法將 PDF 寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The passphrase file {file} cannot be read: {reason}.</source>
        <translation>無法讀取密碼檔 {file}：{reason}。</translation>
    </message>
    <message>
        <source>The passphrase file {file} is not text in UTF-8, UTF-16 or GB18030; save it again as UTF-8 text.</source>
        <translation>密碼檔 {file} 不是 UTF-8、UTF-16 或 GB18030 編碼的文字；請將它重新儲存為 UTF-8 文字。</translation>
    </message>
    <message>
        <source>The passphrase file {file} is empty.</source>
        <translation>密碼檔 {file} 是空的。</translation>
    </message>
    <message>
        <source>Restore not confirmed; nothing was changed.</source>
        <translation>沒有確認還原；什麼都沒有改變。</translation>
    </message>
    <message>
        <source>Add --yes to restore without a question (no terminal to ask in).</source>
        <translation>無法在此詢問，請加上 --yes 直接還原。</translation>
    </message>
    <message>
        <source>A backup is encrypted unless --no-encrypt is given; give the passphrase with --passphrase-file.</source>
        <translation>備份預設加密，除非加上 --no-encrypt；請用 --passphrase-file 提供密碼。</translation>
    </message>
    <message>
        <source>The two passphrases differ or are empty.</source>
        <translation>兩次輸入的密碼不一致或為空。</translation>
    </message>
    <message>
        <source>--year applies to events only.</source>
        <translation>--year 僅用於活動。</translation>
    </message>
    <message>
        <source>--grid and --tag apply to residents only.</source>
        <translation>--grid 和 --tag 只用於 residents。</translation>
    </message>
    <message>
        <source>--team applies to members only.</source>
        <translation>--team 只用於 members。</translation>
    </message>
    <message>
        <source>The search text is {length} characters long; search for 1 to {max} characters.</source>
        <translation>要搜尋的內容有 {length} 個字元；請輸入 1 到 {max} 個字元。</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>檔案頭</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>檔案提前結束</translation>
    </message>
    <message>
        <source>extra bytes at its end</source>
        <translation>末尾多出位元組</translation>
    </message>
    <message>
        <source>part {number}</source>
        <translation>第 {number} 塊</translation>
    </message>
    <message>
        <source>{file} is not a Hearth Desk backup.</source>
        <translation>{file} 不是連心台的備份。</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (cut off or altered: {detail}); it cannot be used.</source>
        <translation>備份 {file} 已損壞（被截斷或被改動：{detail}），不能使用。</translation>
    </message>
    <message>
        <source>The passphrase for the backup {file} is wrong.</source>
        <translation>備份 {file} 的密碼不對。</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted; a passphrase is needed.</source>
        <translation>備份 {file} 已加密，需要密碼。</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Hearth Desk ({detail}); install the newer version to use it.</source>
        <translation>備份 {file} 由較新版本的連心台製作（{detail}）；請安裝新版本後再使用。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>沒有檔案 {file}。</translation>
    </message>
    <message>
        <source>The store is still in use by another program; close it and try again.</source>
        <translation>資料庫仍被另一個程式使用；請關閉它後重試。</translation>
    </message>
    <message>
        <source>Nothing can be written to the folder {folder}; choose another folder or USB stick.</source>
        <translation>無法向資料夾 {folder} 寫入任何內容；請另選一個資料夾或隨身碟。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or is not reachable.</source>
        <translation>資料夾 {folder} 不存在或無法存取。</translation>
    </message>
    <message>
        <source>Not enough space on the drive: {needed} MB needed, {free} MB free.</source>
        <translation>隨身碟空間不足：需要 {needed} MB，剩餘 {free} MB。</translation>
    </message>
    <message>
        <source>The drive {folder} became full while writing; no backup was left there.</source>
        <translation>寫入時 {folder} 已滿；那裡沒有留下備份。</translation>
    </message>
    <message>
        <source>The drive {folder} was removed or stopped responding while writing; no backup was left there. Plug it in again and repeat the backup.</source>
        <translation>寫入時 {folder} 被拔出或停止回應；那裡沒有留下備份。請重新插好後再備份一次。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>無法把備份寫入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The grid name is empty.</source>
        <translation>網格名稱為空。</translation>
    </message>
    <message>
        <source>That part of the grid no longer exists.</source>
        <translation>網格中的這一部分已不存在。</translation>
    </message>
    <message>
        <source>A unit cannot contain further levels.</source>
        <translation>單元之下不能再分層級。</translation>
    </message>
    <message>
        <source>“{name}” already exists at this level.</source>
        <translation>這一級已經有「{name}」。</translation>
    </message>
    <message>
        <source>The care tag is empty.</source>
        <translation>人員類別為空。</translation>
    </message>
    <message>
        <source>The care tag “{name}” exists already.</source>
        <translation>人員類別「{name}」已經存在。</translation>
    </message>
    <message>
        <source>The care tag “{name}” is carried by {count} residents; it is kept.</source>
        <translation>有 {count} 名居民帶有人員類別「{name}」，因此保留。</translation>
    </message>
    <message>
        <source>Unknown care tag “{name}”; the list has: {known}.</source>
        <translation>沒有人員類別「{name}」；現有：{known}。</translation>
    </message>
    <message>
        <source>The ID number {number} already belongs to {name} ({address}).</source>
        <translation>身分證號 {number} 已屬於 {name}（{address}）。</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作單位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Households live in units; choose a unit.</source>
        <translation>住戶只能在單元下；請選擇一個單元。</translation>
    </message>
    <message>
        <source>The door number is empty.</source>
        <translation>門牌號為空。</translation>
    </message>
    <message>
        <source>That household no longer exists.</source>
        <translation>這一戶已不存在。</translation>
    </message>
    <message>
        <source>Sign-up for #{number} closed on {date}; sign up anyway?</source>
        <translation>#{number} 的報名已於 {date} 截止，仍要報名嗎？</translation>
    </message>
    <message>
        <source>#{number} is full ({capacity} places); let {name} in?</source>
        <translation>#{number} 已滿（{capacity} 個名額），仍讓{name}入場嗎？</translation>
    </message>
    <message>
        <source>“{text}” is not a code from a sign-in sheet.</source>
        <translation>「{text}」不是簽到表上的簽到碼。</translation>
    </message>
    <message>
        <source>That code is from the sign-in sheet of #{number}.</source>
        <translation>這是活動 #{number} 簽到表上的簽到碼。</translation>
    </message>
    <message>
        <source>#{number} {title} is cancelled.</source>
        <translation>#{number} {title} 已取消。</translation>
    </message>
    <message>
        <source>#{number} {title} is over.</source>
        <translation>#{number} {title} 已結束。</translation>
    </message>
    <message>
        <source>{name} is already {status} for #{number}.</source>
        <translation>{name}在 #{number} 中的狀態已是「{status}」。</translation>
    </message>
    <message>
        <source>That resident no longer exists.</source>
        <translation>這名居民已不存在。</translation>
    </message>
    <message>
        <source>That sign-up no longer exists.</source>
        <translation>該報名記錄已不存在。</translation>
    </message>
    <message>
        <source>“{path}” is not a grid path; write compound/building/unit, e.g. 和平里一区/3栋/2单元.</source>
        <translation>「{path}」不是網格路徑；請寫成 小區/樓棟/單元，例如「和平里一区/3栋/2单元」。</translation>
    </message>
    <message>
        <source>The grid has no “{name}”.</source>
        <translation>網格中沒有「{name}」。</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet to {path}: {reason}</source>
        <translation>無法把表格寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx (Excel) or .csv, not “{name}”.</source>
        <translation>請匯出為以 .xlsx（Excel）或 .csv 結尾的檔案，而不是「{name}」。</translation>
    </message>
    <message>
        <source>The sheet has {errors} errors in {rows} rows; nothing was imported.</source>
        <translation>表格中有 {rows} 列共 {errors} 處錯誤，未匯入任何資料。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column of names (姓名) in its header row {row}.</source>
        <translation>工作表「{sheet}」的表頭（第{row}列）中沒有姓名欄。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no address: it needs a column 住址 (洪山小区3栋2单元0401) or the columns 小区, 楼栋, 单元 and 门牌.</source>
        <translation>工作表「{sheet}」沒有地址：需要一欄「住址」（如 洪山小区3栋2单元0401），或「小区」「楼栋」「单元」「门牌」四欄。</translation>
    </message>
    <message>
        <source>No header row with a column of names (姓名) was found in the first {rows} rows of the sheet “{sheet}”.</source>
        <translation>工作表「{sheet}」的前 {rows} 列中找不到含「姓名」欄的表頭。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty; there is nothing to import.</source>
        <translation>工作表「{sheet}」是空的，沒有可匯入的內容。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {path} has more than {limit} rows, more than Excel itself allows; it is not an ordinary ledger.</source>
        <translation>{path} 中的工作表「{sheet}」超過 {limit} 列，比 Excel 本身允許的還多，不是一般的台帳。</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet; import an Excel workbook (.xlsx, .xls) or a .csv file.</source>
        <translation>{path} 不是試算表；請匯入 Excel 活頁簿（.xlsx、.xls）或 .csv 檔案。</translation>
    </message>
    <message>
        <source>{path} is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>{path} 設有密碼保護；請在 Excel 中開啟，移除密碼（檔案 → 資訊 → 保護活頁簿）後重新儲存。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Open it in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} 已損壞，無法讀取。請用 Excel 或 WPS 開啟後重新儲存，再匯入儲存的副本。</translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” in {path} is damaged and cannot be read. Open the file in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} 中工作表「{sheet}」的第{row}列已損壞，無法讀取。請用 Excel 或 WPS 開啟該檔案後重新儲存，再匯入儲存的副本。</translation>
    </message>
    <message>
        <source>{path} is {size} MB; the import reads files of up to {limit} MB. Split the sheet into smaller files.</source>
        <translation>{path} 大小為 {size} MB，匯入最多只讀取 {limit} MB 的檔案。請把表格拆分成幾個較小的檔案。</translation>
    </message>
    <message>
        <source>Every sheet of {path} is hidden. Show the ledger&apos;s sheet in Excel (right-click a sheet tab → Unhide), save, and import again.</source>
        <translation>{path} 的所有工作表都被隱藏了。請在 Excel 中取消隱藏台帳所在的工作表（在工作表索引標籤上按右鍵 → 取消隱藏），儲存後重新匯入。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a file but a folder, a device or a pipe; choose the sheet&apos;s file.</source>
        <translation>{path} 不是檔案，而是資料夾、裝置或管道；請選擇表格檔案本身。</translation>
    </message>
    <message>
        <source>no such folder, or it takes no new files</source>
        <translation>沒有這個資料夾，或該資料夾不能建立新檔案</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>這是一個資料夾</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有權限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟是唯讀的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>{path} is the sheet being imported; save the rows with errors under another name.</source>
        <translation>{path} 就是正在匯入的表格；請把有問題的列另存為其他檔名。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The disk holding the data folder {folder} is full; nothing was saved. Free some space on that disk, then try again.</source>
        <translation>存放資料夾 {folder} 的磁碟已滿，本次沒有儲存任何內容。請清理該磁碟上的空間後重試。</translation>
    </message>
    <message>
        <source>The store in {folder} is held by another program (another copy of Hearth Desk, or a sync or antivirus tool); nothing was saved. Wait a moment and try again, or close that program.</source>
        <translation>{folder} 中的資料庫正被另一個程式佔用（另一個開啟的連心台，或同步、防毒軟體），本次沒有儲存任何內容。請稍候片刻後重試，或關閉那個程式。</translation>
    </message>
    <message>
        <source>The store file in {folder}, or the folder itself, is read-only; nothing was saved. Check the folder&apos;s permissions and, on a USB stick, its write-protect switch.</source>
        <translation>{folder} 中的資料庫檔案或該資料夾是唯讀的，本次沒有儲存任何內容。請檢查資料夾的權限；如在隨身碟上，請檢查隨身碟的防寫開關。</translation>
    </message>
    <message>
        <source>The store in {folder} could not be read or written (a disk error); nothing was saved. The disk or USB stick may have been removed or be failing: check it, then try again.</source>
        <translation>無法讀寫 {folder} 中的資料庫（磁碟錯誤），本次沒有儲存任何內容。磁碟或隨身碟可能已被拔出或發生故障：請檢查後重試。</translation>
    </message>
    <message>
        <source>The disk of the database server {server} is full; nothing was saved. Ask whoever looks after the server to free some space, then try again.</source>
        <translation>資料庫伺服器 {server} 的磁碟已滿，本次沒有儲存任何內容。請聯絡伺服器管理員清理空間後重試。</translation>
    </message>
    <message>
        <source>Another program using the database server {server} (another copy of Hearth Desk, say) is holding the data you changed; nothing was saved. Wait a moment and try again.</source>
        <translation>使用資料庫伺服器 {server} 的另一個程式（例如另一個開啟的連心台）正佔用您修改的資料，本次沒有儲存任何內容。請稍候片刻後重試。</translation>
    </message>
    <message>
        <source>The database server {server} only allows reading at the moment; nothing was saved. Ask whoever looks after the server to make the database writable again.</source>
        <translation>資料庫伺服器 {server} 目前只允許讀取，本次沒有儲存任何內容。請聯絡伺服器管理員恢復資料庫的寫入。</translation>
    </message>
    <message>
        <source>The database server {server} could not read or write its disk; nothing was saved. Ask whoever looks after the server to check it.</source>
        <translation>資料庫伺服器 {server} 無法讀寫它的磁碟，本次沒有儲存任何內容。請聯絡伺服器管理員檢查。</translation>
    </message>
    <message>
        <source>The store in {folder} is in use by another program ({programs}); nothing was saved. Close that program, or wait until it is done, then try again.</source>
        <translation>{folder} 中的資料庫正被另一個程式（{programs}）佔用，本次沒有儲存任何內容。請關閉那個程式，或等它用完，然後重試。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a link, a device or a pipe); give the name of a file.</source>
        <translation>{path} 不是一般檔案（而是資料夾、連結、裝置或管道）；請提供一個檔案的名稱。</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} KB; it cannot be the file meant here.</source>
        <translation>{path} 大於 {limit} KB，不可能是這裡需要的檔案。</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: its driver (psycopg) is missing. Install it with: pip install &quot;hearth-desk[postgresql]&quot;</source>
        <translation>這個安裝無法連線 PostgreSQL：缺少它的驅動程式（psycopg）。請用以下指令安裝：pip install &quot;hearth-desk[postgresql]&quot;</translation>
    </message>
    <message>
        <source>{option} is empty; give a value, or leave the option out.</source>
        <translation>{option} 是空的；請提供一個值，或者不寫這個選項。</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder; choose a folder with --data-dir.</source>
        <translation>資料夾 {folder} 是一個檔案，不是資料夾；請用 --data-dir 選擇一個資料夾。</translation>
    </message>
    <message>
        <source>The database URL is not one Hearth Desk can read; give one like postgresql://user@host/db, or leave --db-url out to use SQLite in the data folder.</source>
        <translation>連心台無法辨識這個資料庫位址；請提供類似 postgresql://user@host/db 的位址，或者不寫 --db-url，使用資料夾中的 SQLite。</translation>
    </message>
    <message>
        <source>Hearth Desk keeps its data in SQLite or PostgreSQL, not “{kind}”; give a URL like postgresql://user@host/db, or leave --db-url out to use SQLite.</source>
        <translation>連心台的資料只能存放在 SQLite 或 PostgreSQL 中，不能用「{kind}」；請提供類似 postgresql://user@host/db 的位址，或者不寫 --db-url，使用 SQLite。</translation>
    </message>
    <message>
        <source>“{value}”: {problem}</source>
        <translation>「{value}」：{problem}</translation>
    </message>
    <message>
        <source>Row {row} of {path} has a field longer than {limit} characters, nearly always because a quotation mark is opened and never closed. Correct that row in Excel or a text editor.</source>
        <translation>{path} 的第{row}列有一個欄位超過 {limit} 個字元，這幾乎總是因為某個引號只有開頭、沒有結尾。請在 Excel 或文字編輯器中更正該列。</translation>
    </message>
    <message>
        <source>{path} would unpack to {size} MB; the import reads workbooks of up to {limit} MB unpacked. Split the sheet into smaller files.</source>
        <translation>{path} 解壓縮後將達 {size} MB，匯入最多只讀取解壓縮後 {limit} MB 的活頁簿。請把表格拆分成幾個較小的檔案。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary workbook: a part of it unpacks to {ratio} times its size, and the import stops at {limit} times. Open it in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} 不是一般的活頁簿：其中一部分解壓縮後是原大小的 {ratio} 倍，而匯入最多接受 {limit} 倍。請用 Excel 或 WPS 開啟後重新儲存，再匯入儲存的副本。</translation>
    </message>
    <message>
        <source>This backup cannot go onto the database server: in {table}, row {row}, {column} holds {length} characters where the server allows {limit}. Shorten it on the PC the backup came from, then back up again.</source>
        <translation>這份備份不能還原到資料庫伺服器上：表 {table} 第 {row} 筆記錄的 {column} 有 {length} 個字，伺服器只允許 {limit} 個。請在做備份的那台電腦上把它改短，再重新備份。</translation>
    </message>
    <message>
        <source>The store already holds data ({residents} resident records); add --replace to overwrite it with demo data.</source>
        <translation>資料庫中已有資料（居民記錄 {residents} 筆）；若要以示範資料覆蓋，請加上 --replace。</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入黨時間</translation>
    </message>
    <message>
        <source>Workplace party organisation</source>
        <translation>單位黨組織</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特長</translation>
    </message>
    <message>
        <source>That term no longer exists.</source>
        <translation>該學期已不存在。</translation>
    </message>
    <message>
        <source>The class has no name.</source>
        <translation>請填寫班級名稱。</translation>
    </message>
    <message>
        <source>{term} has a class called {name} already.</source>
        <translation>{term}已有名為「{name}」的班級。</translation>
    </message>
    <message>
        <source>Say when the class meets, like 周一14:30-16:00.</source>
        <translation>請填寫上課時間，如 周一14:30-16:00。</translation>
    </message>
    <message>
        <source>A class holds at least one student.</source>
        <translation>班級名額至少為 1 人。</translation>
    </message>
    <message>
        <source>That member is no longer in the tree.</source>
        <translation>該成員已不在連心樹中。</translation>
    </message>
    <message>
        <source>There is no class #{number}.</source>
        <translation>沒有編號為 #{number} 的班級。</translation>
    </message>
    <message>
        <source>There is no class called {name}.</source>
        <translation>沒有名為「{name}」的班級。</translation>
    </message>
    <message>
        <source>{name} is not a helper at #{number}.</source>
        <translation>{name} 不是 #{number} 的志願者。</translation>
    </message>
    <message>
        <source>A member with the ID number {number} is already in the tree.</source>
        <translation>身分證號為 {number} 的成員已在連心樹中。</translation>
    </message>
    <message>
        <source>Set the community&apos;s party organisation first.</source>
        <translation>請先設定社區黨組織。</translation>
    </message>
    <message>
        <source>That party branch no longer exists.</source>
        <translation>該黨支部已不存在。</translation>
    </message>
    <message>
        <source>That service team no longer exists.</source>
        <translation>該服務隊已不存在。</translation>
    </message>
    <message>
        <source>There is already a service team called {name}.</source>
        <translation>已有名為「{name}」的服務隊。</translation>
    </message>
    <message>
        <source>The colour {colour} is not of the form #RRGGBB.</source>
        <translation>顏色 {colour} 不是 #RRGGBB 格式。</translation>
    </message>
    <message>
        <source>That partner unit no longer exists.</source>
        <translation>該聯建單位已不存在。</translation>
    </message>
    <message>
        <source>There is already a partner unit called {name}.</source>
        <translation>已有名為「{name}」的聯建單位。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名稱不能為空。</translation>
    </message>
    <message>
        <source>{option} does not apply to “print {report}”.</source>
        <translation>{option} 不適用於「print {report}」。</translation>
    </message>
    <message>
        <source>“print {report}” needs an event number, as in “print {report} 12”.</source>
        <translation>「print {report}」需要活動編號，例如「print {report} 12」。</translation>
    </message>
    <message>
        <source>“print {report}” needs a class, as in “print {report} #3” or by its name.</source>
        <translation>「print {report}」需要指定班級，例如「print {report} #3」或班級名稱。</translation>
    </message>
    <message>
        <source>“print {report}” needs a meeting number, as in “print {report} --meeting 3”.</source>
        <translation>“print {report}”需要會議編號，如“print {report} --meeting 3”。</translation>
    </message>
    <message>
        <source>--size {size} does not apply to “print {report}”: it takes {sizes}.</source>
        <translation>--size {size} 不適用於「print {report}」，可選：{sizes}。</translation>
    </message>
    <message>
        <source>The certificates were registered, but the PDF could not be put at {path}: {reason}. Print them again to reprint the same numbers.</source>
        <translation>證書已登記，但 PDF 無法存到 {path}：{reason}。請再列印一次，補打的編號不變。</translation>
    </message>
    <message>
        <source>Export members to a file ending in .xlsx, not “{name}”.</source>
        <translation>黨員只能匯出為 .xlsx 檔案，不能是「{name}」。</translation>
    </message>
    <message>
        <source>No service team is called “{name}”.</source>
        <translation>沒有名為「{name}」的服務隊。</translation>
    </message>
    <message>
        <source>No member matches “{query}”.</source>
        <translation>沒有與「{query}」相符的成員。</translation>
    </message>
    <message>
        <source>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Choose a larger size (--size {larger}) or print one poster per team (--team).</source>
        <translation>{count} 名成員放不進 {size} 海報，否則字太小，掛在牆上看不清。請選更大的紙（--size {larger}），或每支服務隊印一張（--team）。</translation>
    </message>
    <message>
        <source>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Print one poster per team (--team).</source>
        <translation>{count} 名成員放不進 {size} 海報，否則字太小，掛在牆上看不清。請每支服務隊印一張（--team）。</translation>
    </message>
    <message>
        <source>The stall “{service}” has services counted; it cannot be removed.</source>
        <translation>攤位「{service}」已有服務人次記錄，不能刪除。</translation>
    </message>
    <message>
        <source>The event has no title.</source>
        <translation>活動沒有名稱。</translation>
    </message>
    <message>
        <source>The capacity {n} is not a number of people.</source>
        <translation>名額 {n} 不是有效人數。</translation>
    </message>
    <message>
        <source>The event ends at {end}, before it starts at {start}.</source>
        <translation>活動結束時間 {end} 早於開始時間 {start}。</translation>
    </message>
    <message>
        <source>A stall needs a unit and a service, as 单位:服务.</source>
        <translation>攤位要寫明單位和服務，格式為「單位:服務」。</translation>
    </message>
    <message>
        <source>There is no event #{number}.</source>
        <translation>沒有 #{number} 號活動。</translation>
    </message>
    <message>
        <source>That stall no longer exists.</source>
        <translation>該攤位已不存在。</translation>
    </message>
    <message>
        <source>The count {n} is not a number of people.</source>
        <translation>人次 {n} 不是有效人數。</translation>
    </message>
    <message>
        <source>{problem} Add --on-site to let them in.</source>
        <translation>{problem}如需入場，請加 --on-site。</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>還沒有學期。</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>請至少寫一個人。</translation>
    </message>
    <message>
        <source>{name} is on the waiting list of class #{number}, not in it.</source>
        <translation>{name} 在班級 #{number} 的候補名單上，尚未入班。</translation>
    </message>
    <message>
        <source>{name} has not signed up for #{number}.</source>
        <translation>{name}沒有報名 #{number}。</translation>
    </message>
    <message>
        <source>#{number} has no stall for {service}; it has {stalls}.</source>
        <translation>#{number} 沒有「{service}」攤位；現有：{stalls}。</translation>
    </message>
    <message>
        <source>--full-id and --team do not apply to events.</source>
        <translation>--full-id 和 --team 不適用於活動。</translation>
    </message>
    <message>
        <source>No resident matches {query}.</source>
        <translation>沒有居民與「{query}」相符。</translation>
    </message>
    <message>
        <source>{query} matches {count} residents: {candidates}. Type more of it.</source>
        <translation>「{query}」與 {count} 位居民相符：{candidates}。請輸入得更完整些。</translation>
    </message>
    <message>
        <source>{query} matches several members: {candidates}. Type more of it.</source>
        <translation>「{query}」對應多名成員：{candidates}。請再多輸入一些。</translation>
    </message>
    <message>
        <source>Export events to a file ending in .xlsx, not “{name}”.</source>
        <translation>活動只能匯出為 .xlsx 檔案，不能是「{name}」。</translation>
    </message>
    <message>
        <source>Choose an event to print.</source>
        <translation>請選擇要列印的活動。</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hours, such as 1.5.</source>
        <translation>「{text}」不是小時數，應寫成 1.5 這樣的數。</translation>
    </message>
    <message>
        <source>The hours must be more than 0, not {text}.</source>
        <translation>時長必須大於 0，不能是 {text}。</translation>
    </message>
    <message>
        <source>{text} hours is more than a day; record at most 24 hours a day.</source>
        <translation>{text} 小時超過了一天；每天最多記 24 小時。</translation>
    </message>
    <message>
        <source>Hours are kept to a tenth (such as 1.5); {text} has more decimals.</source>
        <translation>時長只記到小數點後一位（如 1.5），{text} 的小數位太多。</translation>
    </message>
    <message>
        <source>There is no service record #{number}.</source>
        <translation>沒有第 {number} 號服務記錄。</translation>
    </message>
    <message>
        <source>Say what was done, such as 疏通下水道.</source>
        <translation>請填寫服務內容，如「疏通下水道」。</translation>
    </message>
    <message>
        <source>{date} has not come yet; record service once it is done.</source>
        <translation>{date} 還沒到；請在服務完成後再記錄。</translation>
    </message>
    <message>
        <source>The times served (人次) must be at least {least}, not {served}.</source>
        <translation>服務人次至少為 {least}，不能是 {served}。</translation>
    </message>
    <message>
        <source>Who issues the certificates is not set; fill in the issuer in the certificates&apos; settings first.</source>
        <translation>尚未設定證書的出具單位；請先在證書設定中填寫出具單位。</translation>
    </message>
    <message>
        <source>No ID number is recorded for {names}; a service record certificate needs one. Fill it in, or leave them out.</source>
        <translation>{names} 沒有登記證件號碼，志願服務記錄證明須有證件號碼。請補填，或略過這些人。</translation>
    </message>
    <message>
        <source>Another window is issuing certificates at the same time; nothing was registered. Please try again.</source>
        <translation>另一個視窗正在同時出具證書，本次未登記任何證書。請再試一次。</translation>
    </message>
    <message>
        <source>Which year? Certificates need --year.</source>
        <translation>哪一年？出具證書需要 --year。</translation>
    </message>
    <message>
        <source>A notice is posted for at least {days} days, not {given}.</source>
        <translation>公示期至少 {days} 天，不能是 {given} 天。</translation>
    </message>
    <message>
        <source>No certificate is numbered “{number}”.</source>
        <translation>沒有編號為「{number}」的證書。</translation>
    </message>
    <message>
        <source>Certificate {number} was already voided on {date}.</source>
        <translation>證書 {number} 已於 {date} 作廢。</translation>
    </message>
    <message>
        <source>Please say why certificate {number} is voided.</source>
        <translation>請填寫證書 {number} 的作廢原因。</translation>
    </message>
    <message>
        <source>“{text}” has a brace without its pair; fields are written like {{sequence}}.</source>
        <translation>「{text}」中有不成對的大括號；欄位應寫成 {{sequence}} 這樣。</translation>
    </message>
    <message>
        <source>The number format names an unknown field {{{field}}}; it may use {{short}}, {{kind}}, {{year}} and {{sequence}}.</source>
        <translation>編號格式中的欄位 {{{field}}} 無法識別；可用的欄位有 {{short}}、{{kind}}、{{year}} 和 {{sequence}}。</translation>
    </message>
    <message>
        <source>The number format must contain {{kind}}, {{year}} and {{sequence}}, e.g. {{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号.</source>
        <translation>編號格式必須含有 {{kind}}、{{year}} 和 {{sequence}}，如 {{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号。</translation>
    </message>
    <message>
        <source>The number format “{text}” cannot be printed; write the sequence as {{sequence}} or {{sequence:04d}}.</source>
        <translation>編號格式「{text}」無法產生編號；序號請寫成 {{sequence}} 或 {{sequence:04d}}。</translation>
    </message>
    <message>
        <source>The honour text names an unknown field {{{field}}}; it may use {fields}.</source>
        <translation>榮譽證書文字中的欄位 {{{field}}} 無法識別；可用的欄位有 {fields}。</translation>
    </message>
    <message>
        <source>The honour text “{text}” cannot be filled in.</source>
        <translation>榮譽證書文字「{text}」無法填寫。</translation>
    </message>
    <message>
        <source>Certificate {number} is void and is not printed again.</source>
        <translation>證書 {number} 已作廢，不能補打。</translation>
    </message>
    <message>
        <source>A special matter is closed only after it has been reported to the street office.</source>
        <translation>特事須先上報街道，才能辦結。</translation>
    </message>
    <message>
        <source>The request is {status}: it has been followed up and is done.</source>
        <translation>該訴求狀態為「{status}」：已回訪，辦理完畢。</translation>
    </message>
    <message>
        <source>The request is {status} and cannot go to {target}: its next step is {next}.</source>
        <translation>該訴求狀態為「{status}」，不能直接改為「{target}」：下一步應為「{next}」。</translation>
    </message>
    <message>
        <source>Reporting to the street office needs the office&apos;s reference.</source>
        <translation>上報街道須填寫街道的受理編號。</translation>
    </message>
    <message>
        <source>Closing a request needs its result: what was done.</source>
        <translation>辦結須填寫辦理結果。</translation>
    </message>
    <message>
        <source>A return visit needs the resident&apos;s satisfaction: 满意, 基本满意 or 不满意.</source>
        <translation>回訪須填寫滿意度：滿意、基本滿意或不滿意。</translation>
    </message>
    <message>
        <source>There is no request #{number}.</source>
        <translation>沒有編號為 #{number} 的訴求。</translation>
    </message>
    <message>
        <source>Say what the request is about.</source>
        <translation>請填寫訴求內容。</translation>
    </message>
    <message>
        <source>Say which household or place the request is about.</source>
        <translation>請填寫訴求涉及的住戶或地點。</translation>
    </message>
    <message>
        <source>That household is no longer in the ledger.</source>
        <translation>該住戶已不在台賬中。</translation>
    </message>
    <message>
        <source>That partner unit is no longer in the tree.</source>
        <translation>該聯建單位已不在連心樹中。</translation>
    </message>
    <message>
        <source>The tier of #{number} can no longer change: it has been reported to the street office or closed.</source>
        <translation>#{number} 的層級已不能更改：它已上報街道或已辦結。</translation>
    </message>
    <message>
        <source>That visit is no longer recorded.</source>
        <translation>該走訪記錄已不存在。</translation>
    </message>
    <message>
        <source>The due date {due} is before the request was made.</source>
        <translation>辦理期限 {due} 早於訴求登記日期。</translation>
    </message>
    <message>
        <source>There is no staff member called {name}: the staff list is empty (add one with staff add).</source>
        <translation>沒有名為「{name}」的工作人員：工作人員名單為空（可用 staff add 添加）。</translation>
    </message>
    <message>
        <source>There is no staff member called {name}; the staff are: {known}.</source>
        <translation>沒有名為「{name}」的工作人員；現有工作人員：{known}。</translation>
    </message>
    <message>
        <source>“{role}” is not a role; the roles are {known}.</source>
        <translation>「{role}」不是職務；職務有：{known}。</translation>
    </message>
    <message>
        <source>The staff member&apos;s name is empty.</source>
        <translation>工作人員姓名為空。</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>已有名為{name}的工作人員。</translation>
    </message>
    <message>
        <source>{name} looks after no part of the grid yet.</source>
        <translation>{name}尚未負責任何網格。</translation>
    </message>
    <message>
        <source>--category and --tier go with --problem.</source>
        <translation>--category 和 --tier 須與 --problem 一起使用。</translation>
    </message>
    <message>
        <source>Say who made the visit.</source>
        <translation>請填寫走訪人。</translation>
    </message>
    <message>
        <source>The visit&apos;s date {date} is in the future.</source>
        <translation>走訪日期 {date} 晚於今天。</translation>
    </message>
    <message>
        <source>That staff member is no longer listed.</source>
        <translation>該工作人員已不在名單中。</translation>
    </message>
    <message>
        <source>Say which household.</source>
        <translation>請指明哪一戶。</translation>
    </message>
    <message>
        <source>More than one household lives at {address}.</source>
        <translation>{address} 住有不止一戶。</translation>
    </message>
    <message>
        <source>No joint meeting has been recorded yet.</source>
        <translation>尚未登記任何聯席會議。</translation>
    </message>
    <message>
        <source>There is no joint meeting #{number}.</source>
        <translation>沒有聯席會議 #{number}。</translation>
    </message>
    <message>
        <source>Request #{request} is already on the agenda of meeting #{number}.</source>
        <translation>訴求 #{request} 已在聯席會議 #{number} 的議題中。</translation>
    </message>
    <message>
        <source>Say what the matter is.</source>
        <translation>請填寫議題。</translation>
    </message>
    <message>
        <source>Meeting #{number} has no matter {position}: it has {count}.</source>
        <translation>聯席會議 #{number} 沒有第 {position} 項議題：共 {count} 項。</translation>
    </message>
    <message>
        <source>That matter is no longer on the agenda.</source>
        <translation>該議題已不在議程中。</translation>
    </message>
    <message>
        <source>The due date {due} is before the meeting.</source>
        <translation>完成時限 {due} 早於會議日期。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>統計期的結束日期（{end}）早於開始日期（{start}）。</translation>
    </message>
    <message>
        <source>A PIN is exactly 4 digits, 0 to 9.</source>
        <translation>PIN 必須正好是 4 位數字（0–9）。</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>該工作人員已不存在。</translation>
    </message>
    <message>
        <source>Write the problem ledger to a file ending in .xlsx, not “{name}”.</source>
        <translation>問題台賬請匯出為 .xlsx 檔案，而不是「{name}」。</translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>天數至少為 1。</translation>
    </message>
    <message>
        <source>That care tag no longer exists.</source>
        <translation>該人員類別已不存在。</translation>
    </message>
    <message>
        <source>Say which request or household the thanks are for.</source>
        <translation>請說明是哪條訴求或哪戶居民送來的感謝。</translation>
    </message>
    <message>
        <source>“{text}” is not a weekly time: write it like 周一14:30-16:00.</source>
        <translation>「{text}」不是每週上課時間，請寫成 周一14:30-16:00 這樣。</translation>
    </message>
    <message>
        <source>“{text}” ends before it starts.</source>
        <translation>「{text}」的結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>該課次已不存在。</translation>
    </message>
    <message>
        <source>The session of {date} was cancelled.</source>
        <translation>{date} 的課已取消。</translation>
    </message>
    <message>
        <source>Someone ticked is not in the class.</source>
        <translation>勾選的人中有不在本班的。</translation>
    </message>
    <message>
        <source>Class #{number} has no session on {date}.</source>
        <translation>#{number} 班在 {date} 沒有課。</translation>
    </message>
    <message>
        <source>{name} is already {status} in class #{number}.</source>
        <translation>{name}已在 #{number} 班（{status}）。</translation>
    </message>
    <message>
        <source>Say why, for the students.</source>
        <translation>請填寫原因，以便告知學員。</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>課次的結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>The class has a session then already ({date}).</source>
        <translation>該班級在這一時間（{date}）已有課。</translation>
    </message>
    <message>
        <source>The term has no name.</source>
        <translation>請填寫學期名稱。</translation>
    </message>
    <message>
        <source>The term ends on {end}, before it starts on {start}.</source>
        <translation>學期結束日期 {end} 早於開始日期 {start}。</translation>
    </message>
    <message>
        <source>There is a term called {name} already.</source>
        <translation>已有名為「{name}」的學期。</translation>
    </message>
    <message>
        <source>The closure day {date} is outside the term ({start} to {end}).</source>
        <translation>停課日 {date} 不在學期內（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>There is no term called {name}; the terms are: {known}.</source>
        <translation>沒有名為「{name}」的學期；現有學期：{known}。</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-10-01.</source>
        <translation>「{text}」不是日期，請寫成 2026-10-01 這樣。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column 日期 in its first row.</source>
        <translation>表格「{sheet}」的第一行沒有「日期」列。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: 日期 “{value}” is not a date such as 2026-10-01.</source>
        <translation>表格「{sheet}」第 {row} 行：日期「{value}」不是日期，應寫作 2026-10-01 這樣。</translation>
    </message>
    <message>
        <source>{name} is not enrolled in class #{number}.</source>
        <translation>{name} 沒有報名班級 #{number}。</translation>
    </message>
    <message>
        <source>There is no term yet.</source>
        <translation>還沒有學期。</translation>
    </message>
    <message>
        <source>Choose a class to print.</source>
        <translation>請選擇要列印的班級。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>記錄走訪</translation>
    </message>
    <message>
        <source>What was found at the door</source>
        <translation>入戶所見情況</translation>
    </message>
    <message>
        <source>Optional: a problem to register as a request</source>
        <translation>可選：要登記為訴求的問題</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>走訪人：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>走訪情況：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>發現問題：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>分級：</translation>
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
        <translation>其他時段</translation>
    </message>
    <message>
        <source>Print the figures…</source>
        <translation>列印統計…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
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
        <translation>統計期：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>統計</translation>
    </message>
</context>
<context>
    <name>VisitRulesEditor</name>
    <message>
        <source>Everyone else:</source>
        <translation>其他住戶：</translation>
    </message>
    <message>
        <source>A request, {tier}:</source>
        <translation>訴求（{tier}）辦理期限：</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存規則</translation>
    </message>
    <message>
        <source>Days between visits, by care tag:</source>
        <translation>按人員類別的走訪間隔：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>as everyone else</source>
        <translation>同其他住戶</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Requests</source>
        <translation>訴求</translation>
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
        <translation>中共黨員</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>預備黨員</translation>
    </message>
    <message>
        <source>Non-party volunteer</source>
        <translation>群眾</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>隊長</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>副隊長</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>隊員</translation>
    </message>
    <message>
        <source>Service day</source>
        <translation>服務日</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>志願活動</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>講座</translation>
    </message>
    <message>
        <source>Cultural activity</source>
        <translation>文體活動</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation>黨總支</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>黨委</translation>
    </message>
    <message>
        <source>Hospital or health centre</source>
        <translation>醫院/衛生服務中心</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>School</source>
        <translation>學校</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>書記</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>網格員</translation>
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
        <translation>關愛</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>聯席會議</translation>
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
        <translation>環境</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾糾紛</translation>
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
        <translation>登記</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Reported to the street</source>
        <translation>上報街道</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Silk banner</source>
        <translation>錦旗</translation>
    </message>
    <message>
        <source>Letter of praise</source>
        <translation>表揚信</translation>
    </message>
    <message>
        <source>Community party branch</source>
        <translation>社區黨組織</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居委會</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>業委會</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物業公司</translation>
    </message>
    <message>
        <source>Resident representatives</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>Government office or public institution</source>
        <translation>機關事業單位</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>遷出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
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
        <translation>父親</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母親</translation>
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
        <translation>孫子</translation>
    </message>
    <message>
        <source>Granddaughter (son&apos;s daughter)</source>
        <translation>孫女</translation>
    </message>
    <message>
        <source>Grandson (daughter&apos;s son)</source>
        <translation>外孫子</translation>
    </message>
    <message>
        <source>Granddaughter (daughter&apos;s daughter)</source>
        <translation>外孫女</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>兒媳</translation>
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
        <translation>已報名</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已簽到</translation>
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
        <translation>列印年度統計…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按服務隊</translation>
    </message>
    <message>
        <source>Top volunteers</source>
        <translation>志願者排行</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服務記錄</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>服務隊：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部服務隊</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>so that the office can call back</source>
        <translation>便於社區回電聯繫</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
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
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示說明並結束</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本號並結束</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %(args)s</source>
        <translation>無法辨識的參數：%(args)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個參數值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 個參數值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 個參數值</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能符合 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須提供參數 %s 其中之一</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個參數值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個參數值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>此選項不帶參數值，卻給了 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>非預期的選項：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子指令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
</context>
</TS>
