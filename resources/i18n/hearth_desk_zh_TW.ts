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
        <source>Hearth Desk</source>
        <translation>連心台</translation>
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
        <source>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents ({seconds:.1f} s).</source>
        <translation>{community}的示範資料：{compounds} 個小區、{buildings} 棟樓、{units} 個單元、{households} 戶、{residents} 名居民（耗時 {seconds:.1f} 秒）。</translation>
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
        <source>  {table}: {count} rows</source>
        <translation>  {table}：{count} 筆</translation>
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
        <source>which report: overview (the community overview)</source>
        <translation>要列印的報表：overview（社區概況）</translation>
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
        <source>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</source>
        <translation>第 {page} 頁：「{text}」中的「{characters}」沒有字型，已印成 □。</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已產生 {path}（共 {pages} 頁）。</translation>
    </message>
    <message>
        <source>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</source>
        <translation>連心台：社區黨群服務中心的工作台。不帶子指令時會開啟程式視窗。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>資料夾</translation>
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
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
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
        <source>Needs attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <source>Community not set</source>
        <translation>尚未設定社區</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>目前沒有需要關注的事項。</translation>
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
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Notice</name>
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
        <source>Laying out pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
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
        <source>(community name not set)</source>
        <translation>（尚未設定社區名稱）</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>介面語言：</translation>
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
        <source>Store</source>
        <translation>資料儲存</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>The new language applies when Hearth Desk is started again.</source>
        <translation>新的語言將在下次啟動連心台時生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>資料庫結構比本程式舊；請先啟動一次連心台以完成升級（升級前會保留一份副本）。</translation>
    </message>
    <message>
        <source>--households must be between 1 and 200000, not {value}.</source>
        <translation>--households 應為 1 到 200000 之間的數字，目前是 {value}。</translation>
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
        <source>The store already holds data ({residents} residents); add --replace to overwrite it with demo data.</source>
        <translation>資料庫中已有資料（{residents} 名居民）；若要以示範資料覆蓋，請加上 --replace。</translation>
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
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
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
</context>
</TS>
