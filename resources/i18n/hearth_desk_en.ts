<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The backup of {time} was restored. The data as it was before is kept in {file}.</source>
        <translation>The backup of {time} was restored. The data as it was before is kept in {file}.</translation>
    </message>
    <message>
        <source>Hearth Desk</source>
        <translation>Hearth Desk</translation>
    </message>
</context>
<context>
    <name>AutoBackupList</name>
    <message>
        <source>Once a day, when Hearth Desk closes, a backup is kept on this PC (not encrypted). It helps after a mistake, not if the PC breaks.</source>
        <translation>Once a day, when Hearth Desk closes, a backup is kept on this PC (not encrypted). It helps after a mistake, not if the PC breaks.</translation>
    </message>
    <message>
        <source>Restore from the chosen one…</source>
        <translation>Restore from the chosen one…</translation>
    </message>
    <message>
        <source>{date}  ({size} MB)</source>
        <translation>{date}  ({size} MB)</translation>
    </message>
    <message>
        <source>None yet: the first is made when Hearth Desk closes.</source>
        <translation>None yet: the first is made when Hearth Desk closes.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>communities {n}</source>
        <translation>communities {n}</translation>
    </message>
    <message>
        <source>compounds, buildings and units {n}</source>
        <translation>compounds, buildings and units {n}</translation>
    </message>
    <message>
        <source>households {n}</source>
        <translation>households {n}</translation>
    </message>
    <message>
        <source>residents {n} (every record, moved out and deceased too)</source>
        <translation>residents {n} (every record, moved out and deceased too)</translation>
    </message>
    <message>
        <source>care tags {n}</source>
        <translation>care tags {n}</translation>
    </message>
    <message>
        <source>care tags given to residents {n}</source>
        <translation>care tags given to residents {n}</translation>
    </message>
    <message>
        <source>change records {n}</source>
        <translation>change records {n}</translation>
    </message>
    <message>
        <source>party organisations {n}</source>
        <translation>party organisations {n}</translation>
    </message>
    <message>
        <source>service teams {n}</source>
        <translation>service teams {n}</translation>
    </message>
    <message>
        <source>members and volunteers {n}</source>
        <translation>members and volunteers {n}</translation>
    </message>
    <message>
        <source>places in service teams {n}</source>
        <translation>places in service teams {n}</translation>
    </message>
    <message>
        <source>partner units {n}</source>
        <translation>partner units {n}</translation>
    </message>
    <message>
        <source>events {n}</source>
        <translation>events {n}</translation>
    </message>
    <message>
        <source>stalls at events {n}</source>
        <translation>stalls at events {n}</translation>
    </message>
    <message>
        <source>sign-ups {n}</source>
        <translation>sign-ups {n}</translation>
    </message>
    <message>
        <source>services counted at stalls {n}</source>
        <translation>services counted at stalls {n}</translation>
    </message>
    <message>
        <source>helpers at events {n}</source>
        <translation>helpers at events {n}</translation>
    </message>
    <message>
        <source>volunteer service records {n}</source>
        <translation>volunteer service records {n}</translation>
    </message>
    <message>
        <source>certificates issued {n}</source>
        <translation>certificates issued {n}</translation>
    </message>
    <message>
        <source>printings of certificates {n}</source>
        <translation>printings of certificates {n}</translation>
    </message>
    <message>
        <source>settings for certificates {n}</source>
        <translation>settings for certificates {n}</translation>
    </message>
    <message>
        <source>people of the office {n}</source>
        <translation>people of the office {n}</translation>
    </message>
    <message>
        <source>grid nodes looked after {n}</source>
        <translation>grid nodes looked after {n}</translation>
    </message>
    <message>
        <source>settings for visits and requests {n}</source>
        <translation>settings for visits and requests {n}</translation>
    </message>
    <message>
        <source>visiting intervals by care tag {n}</source>
        <translation>visiting intervals by care tag {n}</translation>
    </message>
    <message>
        <source>door-to-door visits {n}</source>
        <translation>door-to-door visits {n}</translation>
    </message>
    <message>
        <source>visitors on visits {n}</source>
        <translation>visitors on visits {n}</translation>
    </message>
    <message>
        <source>requests and problems {n}</source>
        <translation>requests and problems {n}</translation>
    </message>
    <message>
        <source>steps taken on requests {n}</source>
        <translation>steps taken on requests {n}</translation>
    </message>
    <message>
        <source>banners and letters of praise {n}</source>
        <translation>banners and letters of praise {n}</translation>
    </message>
    <message>
        <source>joint meetings {n}</source>
        <translation>joint meetings {n}</translation>
    </message>
    <message>
        <source>people at joint meetings {n}</source>
        <translation>people at joint meetings {n}</translation>
    </message>
    <message>
        <source>matters on meetings&apos; agendas {n}</source>
        <translation>matters on meetings&apos; agendas {n}</translation>
    </message>
    <message>
        <source>terms of the elderly university {n}</source>
        <translation>terms of the elderly university {n}</translation>
    </message>
    <message>
        <source>days without lessons {n}</source>
        <translation>days without lessons {n}</translation>
    </message>
    <message>
        <source>classes of the elderly university {n}</source>
        <translation>classes of the elderly university {n}</translation>
    </message>
    <message>
        <source>weekly lesson times {n}</source>
        <translation>weekly lesson times {n}</translation>
    </message>
    <message>
        <source>lessons in timetables {n}</source>
        <translation>lessons in timetables {n}</translation>
    </message>
    <message>
        <source>attendances at lessons {n}</source>
        <translation>attendances at lessons {n}</translation>
    </message>
    <message>
        <source>other records {n}</source>
        <translation>other records {n}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>No backup has been made to a USB stick yet.</source>
        <translation>No backup has been made to a USB stick yet.</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} (today).</source>
        <translation>Last backup to a USB stick: {date} (today).</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} (yesterday).</source>
        <translation>Last backup to a USB stick: {date} (yesterday).</translation>
    </message>
    <message>
        <source>Last backup to a USB stick: {date} ({days} days ago).</source>
        <translation>Last backup to a USB stick: {date} ({days} days ago).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>Look for USB sticks again</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>No place chosen yet.</source>
        <translation>No place chosen yet.</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (recommended for USB sticks)</source>
        <translation>Encrypt with a passphrase (recommended for USB sticks)</translation>
    </message>
    <message>
        <source>Remember the passphrase on this PC</source>
        <translation>Remember the passphrase on this PC</translation>
    </message>
    <message>
        <source>This PC has no secure place to keep it.</source>
        <translation>This PC has no secure place to keep it.</translation>
    </message>
    <message>
        <source>Remember the passphrase: if it is forgotten, the encrypted backups can never be opened again, and nobody can recover it.</source>
        <translation>Remember the passphrase: if it is forgotten, the encrypted backups can never be opened again, and nobody can recover it.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Back up to a USB stick or a folder</source>
        <translation>Back up to a USB stick or a folder</translation>
    </message>
    <message>
        <source>USB sticks:</source>
        <translation>USB sticks:</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Back up to:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Check a backup…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Check or restore</source>
        <translation>Check or restore</translation>
    </message>
    <message>
        <source>Automatic backups on this PC:</source>
        <translation>Automatic backups on this PC:</translation>
    </message>
    <message>
        <source>{label} ({path}) — {free} MB free</source>
        <translation>{label} ({path}) — {free} MB free</translation>
    </message>
    <message>
        <source>No USB stick found; choose a folder instead.</source>
        <translation>No USB stick found; choose a folder instead.</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>Back up into which folder?</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}</source>
        <translation>The backup was written and checked:
{path}</translation>
    </message>
    <message>
        <source>Hearth Desk backups (*.hdbak)</source>
        <translation>Hearth Desk backups (*.hdbak)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted. Passphrase:</source>
        <translation>The backup {file} is encrypted. Passphrase:</translation>
    </message>
    <message>
        <source>Check which backup?</source>
        <translation>Check which backup?</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Backup is whole</source>
        <translation>Backup is whole</translation>
    </message>
    <message>
        <source>The backup {file} is complete and intact.

Community: {community}
Made: {time}
Contents: {counts}</source>
        <translation>The backup {file} is complete and intact.

Community: {community}
Made: {time}
Contents: {counts}</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Restore which backup?</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Replace everything in the program with this backup?

Backup of {time}: {backup}
Now in the program: {current}

A safety copy of the present data is kept first.</source>
        <translation>Replace everything in the program with this backup?

Backup of {time}: {backup}
Now in the program: {current}

A safety copy of the present data is kept first.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CareTagsEditor</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>New care tag</source>
        <translation>New care tag</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename care tag</source>
        <translation>Rename care tag</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>Certificate settings</translation>
    </message>
    <message>
        <source>Empty: whoever issues them</source>
        <translation>Empty: whoever issues them</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Issuing organisation:</source>
        <translation>Issuing organisation:</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>Person in charge:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>Short name in numbers:</source>
        <translation>Short name in numbers:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Number format:</translation>
    </message>
    <message>
        <source>Honour text:</source>
        <translation>Honour text:</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Fields: {fields}</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>e.g. {number}</translation>
    </message>
    <message>
        <source>This format cannot be printed.</source>
        <translation>This format cannot be printed.</translation>
    </message>
    <message>
        <source>e.g. {text}</source>
        <translation>e.g. {text}</translation>
    </message>
    <message>
        <source>This text names a field that does not exist.</source>
        <translation>This text names a field that does not exist.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Issue certificates</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>Certificate settings…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Name, pinyin or phone, or scan the sign-in sheet; then Enter</source>
        <translation>Name, pinyin or phone, or scan the sign-in sheet; then Enter</translation>
    </message>
    <message>
        <source>Walk-in… (F2)</source>
        <translation>Walk-in… (F2)</translation>
    </message>
    <message>
        <source>Check-in: {title}</source>
        <translation>Check-in: {title}</translation>
    </message>
    <message>
        <source>Checked in {came} of {signed}</source>
        <translation>Checked in {came} of {signed}</translation>
    </message>
    <message>
        <source>Not signed up</source>
        <translation>Not signed up</translation>
    </message>
    <message>
        <source>Waiting list, number {k}</source>
        <translation>Waiting list, number {k}</translation>
    </message>
    <message>
        <source>{status} (on site)</source>
        <translation>{status} (on site)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>Not checked in.</translation>
    </message>
    <message>
        <source>Let {name} in?</source>
        <translation>Let {name} in?</translation>
    </message>
    <message>
        <source>&amp;Let in (on site)</source>
        <translation>&amp;Let in (on site)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>{name} is already checked in</source>
        <translation>{name} is already checked in</translation>
    </message>
    <message>
        <source>✓ {name} checked in (on site)</source>
        <translation>✓ {name} checked in (on site)</translation>
    </message>
    <message>
        <source>✓ {name} checked in</source>
        <translation>✓ {name} checked in</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Choose a class.</source>
        <translation>Choose a class.</translation>
    </message>
    <message>
        <source>Enrol: type a name, pinyin, ID or phone tail, then Enter</source>
        <translation>Enrol: type a name, pinyin, ID or phone tail, then Enter</translation>
    </message>
    <message>
        <source>Someone from another community…</source>
        <translation>Someone from another community…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Drop from the class</source>
        <translation>Drop from the class</translation>
    </message>
    <message>
        <source>Move session…</source>
        <translation>Move session…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancel session…</translation>
    </message>
    <message>
        <source>Print attendance sheet…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <source>Print class roster…</source>
        <translation>Print class roster…</translation>
    </message>
    <message>
        <source>Attendance: arrow keys move, Space ticks; saved at once.</source>
        <translation>Attendance: arrow keys move, Space ticks; saved at once.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Enrol someone from another community</source>
        <translation>Enrol someone from another community</translation>
    </message>
    <message>
        <source>waiting, no. {k}</source>
        <translation>waiting, no. {k}</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>{name}: the class is full; waiting, no. {k}.</source>
        <translation>{name}: the class is full; waiting, no. {k}.</translation>
    </message>
    <message>
        <source>{name}: enrolled.</source>
        <translation>{name}: enrolled.</translation>
    </message>
    <message>
        <source>Choose a student in the list first.</source>
        <translation>Choose a student in the list first.</translation>
    </message>
    <message>
        <source>Drop {name} from the class?</source>
        <translation>Drop {name} from the class?</translation>
    </message>
    <message>
        <source>{name} is no longer in the class.</source>
        <translation>{name} is no longer in the class.</translation>
    </message>
    <message>
        <source>Choose a session&apos;s column in the attendance first.</source>
        <translation>Choose a session&apos;s column in the attendance first.</translation>
    </message>
</context>
<context>
    <name>ClassPrintDialog</name>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>There are no terms yet.</translation>
    </message>
    <message>
        <source>There are no classes yet.</source>
        <translation>There are no classes yet.</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Paper size:</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>New term…</source>
        <translation>New term…</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>New class…</translation>
    </message>
    <message>
        <source>Enrolment day…</source>
        <translation>Enrolment day…</translation>
    </message>
    <message>
        <source>Print timetable…</source>
        <translation>Print timetable…</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>set the community&apos;s names (first start)</source>
        <translation>set the community&apos;s names (first start)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>community name, e.g. 和平里社区</source>
        <translation>community name, e.g. 和平里社区</translation>
    </message>
    <message>
        <source>street office name, e.g. 和平里街道</source>
        <translation>street office name, e.g. 和平里街道</translation>
    </message>
    <message>
        <source>district, e.g. 北京市东城区</source>
        <translation>district, e.g. 北京市东城区</translation>
    </message>
    <message>
        <source>Community set: {heading}</source>
        <translation>Community set: {heading}</translation>
    </message>
    <message>
        <source>fill the store with realistic demo data</source>
        <translation>fill the store with realistic demo data</translation>
    </message>
    <message>
        <source>number of households (default 600)</source>
        <translation>number of households (default 600)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>random seed; the same seed gives the same data</translation>
    </message>
    <message>
        <source>replace the data already in the store</source>
        <translation>replace the data already in the store</translation>
    </message>
    <message>
        <source>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents living there ({records} resident records, including moved out and deceased) ({seconds:.1f} s).</source>
        <translation>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents living there ({records} resident records, including moved out and deceased) ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>The connected-heart tree: {teams} service teams, {members} members and volunteers, {partners} partner units.</source>
        <translation>The connected-heart tree: {teams} service teams, {members} members and volunteers, {partners} partner units.</translation>
    </message>
    <message>
        <source>A past year of events: {events} events, {signups} sign-ups, {served} 人次.</source>
        <translation>A past year of events: {events} events, {signups} sign-ups, {served} 人次.</translation>
    </message>
    <message>
        <source>A year of volunteer service: {people} people, {times} times, {hours} hours, {served} 人次 ({average} hours each).</source>
        <translation>A year of volunteer service: {people} people, {times} times, {hours} hours, {served} 人次 ({average} hours each).</translation>
    </message>
    <message>
        <source>A year of door-to-door visits: {staff} staff, {visits} visits to {households} households, {requests} requests ({open} still open), {meetings} joint meetings.</source>
        <translation>A year of door-to-door visits: {staff} staff, {visits} visits to {households} households, {requests} requests ({open} still open), {meetings} joint meetings.</translation>
    </message>
    <message>
        <source>The elderly university: {term}, {classes} classes, {sessions} sessions, {enrolments} enrolments ({waiting} waiting, {outsiders} from other communities), {attendance} 人次 so far.</source>
        <translation>The elderly university: {term}, {classes} classes, {sessions} sessions, {enrolments} enrolments ({waiting} waiting, {outsiders} from other communities), {attendance} 人次 so far.</translation>
    </message>
    <message>
        <source>check the store&apos;s health and print its row counts</source>
        <translation>check the store&apos;s health and print its row counts</translation>
    </message>
    <message>
        <source>Store: {location}</source>
        <translation>Store: {location}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (program: {head})</source>
        <translation>Schema revision: {revision} (program: {head})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Integrity check: {result}</source>
        <translation>Integrity check: {result}</translation>
    </message>
    <message>
        <source>Foreign key check: {result}</source>
        <translation>Foreign key check: {result}</translation>
    </message>
    <message>
        <source>Integrity and foreign keys: enforced by the database server</source>
        <translation>Integrity and foreign keys: enforced by the database server</translation>
    </message>
    <message>
        <source>  of which residents living here: {living}</source>
        <translation>  of which residents living here: {living}</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>The store is healthy.</translation>
    </message>
    <message>
        <source>The store&apos;s schema is not the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>The store&apos;s schema is not the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</translation>
    </message>
    <message>
        <source>The store is damaged; restore it from a backup.</source>
        <translation>The store is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <source>print a report to a PDF file</source>
        <translation>print a report to a PDF file</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>where to write the PDF</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>split the poster onto sheets of this size for an office printer</source>
        <translation>split the poster onto sheets of this size for an office printer</translation>
    </message>
    <message>
        <source>which report: overview (the community overview), ledger (the building ledger; with --tag the care list of that tag), cards (the members&apos; contact cards), roster (the members&apos; roster), poster (the connected-heart tree), or of event N: signin (the sign-in sheet), notice (the notice for the board) or calllist (whom to phone, full numbers); certificates (issue and register the year&apos;s certificates), publicity (their public notice), register (the register of the year&apos;s certificates), yearbook (the year&apos;s volunteer service, with charts); visits-due (the visit round sheet), minutes and meeting-signin (of joint meeting --meeting N), visit-figures (a period&apos;s visits and problems, with charts) or requests (the problem ledger); timetable (a term&apos;s classes, for the board), or of class CLASS: attendance (the attendance sheet) or class-roster (its students, full phones)</source>
        <translation>which report: overview (the community overview), ledger (the building ledger; with --tag the care list of that tag), cards (the members&apos; contact cards), roster (the members&apos; roster), poster (the connected-heart tree), or of event N: signin (the sign-in sheet), notice (the notice for the board) or calllist (whom to phone, full numbers); certificates (issue and register the year&apos;s certificates), publicity (their public notice), register (the register of the year&apos;s certificates), yearbook (the year&apos;s volunteer service, with charts); visits-due (the visit round sheet), minutes and meeting-signin (of joint meeting --meeting N), visit-figures (a period&apos;s visits and problems, with charts) or requests (the problem ledger); timetable (a term&apos;s classes, for the board), or of class CLASS: attendance (the attendance sheet) or class-roster (its students, full phones)</translation>
    </message>
    <message>
        <source>signin, notice and calllist: the event&apos;s number, 12 or #12; attendance and class-roster: the class, #3, 3 or its name</source>
        <translation>signin, notice and calllist: the event&apos;s number, 12 or #12; attendance and class-roster: the class, #3, 3 or its name</translation>
    </message>
    <message>
        <source>cards, roster, poster and certificates: only this service team&apos;s members, e.g. 环境整治服务队</source>
        <translation>cards, roster, poster and certificates: only this service team&apos;s members, e.g. 环境整治服务队</translation>
    </message>
    <message>
        <source>cards and certificates: only the members this name, pinyin or initials finds; may be repeated</source>
        <translation>cards and certificates: only the members this name, pinyin or initials finds; may be repeated</translation>
    </message>
    <message>
        <source>visits-due: the grid worker whose round it is</source>
        <translation>visits-due: the grid worker whose round it is</translation>
    </message>
    <message>
        <source>minutes and meeting-signin: the joint meeting&apos;s number, 3 or #3</source>
        <translation>minutes and meeting-signin: the joint meeting&apos;s number, 3 or #3</translation>
    </message>
    <message>
        <source>timetable: the term&apos;s name, e.g. 2026年秋季学期 (default: the current term)</source>
        <translation>timetable: the term&apos;s name, e.g. 2026年秋季学期 (default: the current term)</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>Wrote {path} ({rows} rows).</translation>
    </message>
    <message>
        <source>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</source>
        <translation>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Wrote {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>paper size: the poster A3|A2|A1|A0 (default A1), the notice and the timetable A4|A3 (default A4)</source>
        <translation>paper size: the poster A3|A2|A1|A0 (default A1), the notice and the timetable A4|A3 (default A4)</translation>
    </message>
    <message>
        <source>visit-figures and requests: the first day of the period, such as 2026-01-01</source>
        <translation>visit-figures and requests: the first day of the period, such as 2026-01-01</translation>
    </message>
    <message>
        <source>visit-figures and requests: the last day of the period, such as 2026-03-31</source>
        <translation>visit-figures and requests: the last day of the period, such as 2026-03-31</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</source>
        <translation>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</source>
        <translation>read the passphrase from the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</translation>
    </message>
    <message>
        <source>write a verified backup into a folder or USB stick</source>
        <translation>write a verified backup into a folder or USB stick</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>the folder (e.g. the USB stick) to write the backup into</source>
        <translation>the folder (e.g. the USB stick) to write the backup into</translation>
    </message>
    <message>
        <source>encrypt with the passphrase on the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</source>
        <translation>encrypt with the passphrase on the first line of {file} (UTF-8, UTF-16 or GB18030; spaces around it are ignored)</translation>
    </message>
    <message>
        <source>write the backup without encryption</source>
        <translation>write the backup without encryption</translation>
    </message>
    <message>
        <source>check a backup completely and say what is inside</source>
        <translation>check a backup completely and say what is inside</translation>
    </message>
    <message>
        <source>The backup is complete and intact: {file}</source>
        <translation>The backup is complete and intact: {file}</translation>
    </message>
    <message>
        <source>Community: {community}</source>
        <translation>Community: {community}</translation>
    </message>
    <message>
        <source>Made: {time}</source>
        <translation>Made: {time}</translation>
    </message>
    <message>
        <source>Program version {version}, schema {schema}, encrypted: {encrypted}</source>
        <translation>Program version {version}, schema {schema}, encrypted: {encrypted}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Contents: {counts}</source>
        <translation>Contents: {counts}</translation>
    </message>
    <message>
        <source>replace the store with a backup (a safety copy is kept)</source>
        <translation>replace the store with a backup (a safety copy is kept)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>Backup of {time}: {counts}</source>
        <translation>Backup of {time}: {counts}</translation>
    </message>
    <message>
        <source>Current store: {counts}</source>
        <translation>Current store: {counts}</translation>
    </message>
    <message>
        <source>Restored. The store as it was before is kept in {file}.</source>
        <translation>Restored. The store as it was before is kept in {file}.</translation>
    </message>
    <message>
        <source>Replace the current store with this backup? [y/N] </source>
        <translation>Replace the current store with this backup? [y/N] </translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Passphrase for the backup: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>Hearth Desk {version}</source>
        <translation>Hearth Desk {version}</translation>
    </message>
    <message>
        <source>data folder (default: the user&apos;s data folder; or HEARTH_DESK_DATA_DIR)</source>
        <translation>data folder (default: the user&apos;s data folder; or HEARTH_DESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>database URL, e.g. postgresql://user@host/db (default: SQLite in the data folder; or HEARTH_DESK_DB_URL)</source>
        <translation>database URL, e.g. postgresql://user@host/db (default: SQLite in the data folder; or HEARTH_DESK_DB_URL)</translation>
    </message>
    <message>
        <source>fill an empty store with demo data before opening the window</source>
        <translation>fill an empty store with demo data before opening the window</translation>
    </message>
    <message>
        <source>check that this installed program has everything it needs (fonts, catalogues, migrations, PDF, the window) in a throwaway folder, then exit</source>
        <translation>check that this installed program has everything it needs (fonts, catalogues, migrations, PDF, the window) in a throwaway folder, then exit</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Interrupted; nothing was changed.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Hearth Desk. The details are in {log}.</source>
        <translation>Sorry, something went wrong inside Hearth Desk. The details are in {log}.</translation>
    </message>
    <message>
        <source>find residents by name, pinyin or initials, ID tail, phone digits or address</source>
        <translation>find residents by name, pinyin or initials, ID tail, phone digits or address</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>e.g. 张三, zs, the last 4–6 characters of an ID, 3栋2单元</source>
        <translation>e.g. 张三, zs, the last 4–6 characters of an ID, 3栋2单元</translation>
    </message>
    <message>
        <source>at most N matches (default 20)</source>
        <translation>at most N matches (default 20)</translation>
    </message>
    <message>
        <source>include residents who moved out or died</source>
        <translation>include residents who moved out or died</translation>
    </message>
    <message>
        <source>No resident matches “{query}”.</source>
        <translation>No resident matches “{query}”.</translation>
    </message>
    <message>
        <source>import residents from an Excel (.xlsx, .xls) or .csv sheet</source>
        <translation>import residents from an Excel (.xlsx, .xls) or .csv sheet</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>export the ledger to an Excel sheet (.xlsx) or a .csv file</source>
        <translation>export the ledger to an Excel sheet (.xlsx) or a .csv file</translation>
    </message>
    <message>
        <source>where to write: a name ending in .xlsx (Excel) or .csv (UTF-8)</source>
        <translation>where to write: a name ending in .xlsx (Excel) or .csv (UTF-8)</translation>
    </message>
    <message>
        <source>Only the first {shown} of {total} residents; add --limit {total} for all.</source>
        <translation>Only the first {shown} of {total} residents; add --limit {total} for all.</translation>
    </message>
    <message>
        <source>import residents or members from an Excel (.xlsx, .xls) or .csv sheet</source>
        <translation>import residents or members from an Excel (.xlsx, .xls) or .csv sheet</translation>
    </message>
    <message>
        <source>what to import: residents (the household ledger) or members (the tree&apos;s roster, 党员花名册)</source>
        <translation>what to import: residents (the household ledger) or members (the tree&apos;s roster, 党员花名册)</translation>
    </message>
    <message>
        <source>what to import: residents (the household ledger)</source>
        <translation>what to import: residents (the household ledger)</translation>
    </message>
    <message>
        <source>only show what would be imported; write nothing</source>
        <translation>only show what would be imported; write nothing</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rows with errors</source>
        <translation>import the valid rows and leave out the rows with errors</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>OUT.xlsx</translation>
    </message>
    <message>
        <source>write the rows with errors, and why, to this workbook for correction</source>
        <translation>write the rows with errors, and why, to this workbook for correction</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {file}: {rows} rows.</source>
        <translation>Sheet “{sheet}” of {file}: {rows} rows.</translation>
    </message>
    <message>
        <source>New households: {households}; new residents: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</source>
        <translation>New households: {households}; new residents: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</translation>
    </message>
    <message>
        <source>Wrote the {count} rejected rows to {path}.</source>
        <translation>Wrote the {count} rejected rows to {path}.</translation>
    </message>
    <message>
        <source>{errors} errors in {rows} rows; nothing was imported. Correct the sheet, or add --skip-invalid to import only the valid rows.</source>
        <translation>{errors} errors in {rows} rows; nothing was imported. Correct the sheet, or add --skip-invalid to import only the valid rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Imported: {households} new households, {new} new residents, {updated} updated ({seconds:.1f} s).</source>
        <translation>Imported: {households} new households, {new} new residents, {updated} updated ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>only this part of the grid: compound/building/unit, e.g. 和平里一区/3栋</source>
        <translation>only this part of the grid: compound/building/unit, e.g. 和平里一区/3栋</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>only residents with this care tag, e.g. 独居老人</source>
        <translation>only residents with this care tag, e.g. 独居老人</translation>
    </message>
    <message>
        <source>full ID numbers and phones instead of partly hidden ones</source>
        <translation>full ID numbers and phones instead of partly hidden ones</translation>
    </message>
    <message>
        <source>export the ledger, the tree&apos;s members or the events to an Excel sheet (.xlsx)</source>
        <translation>export the ledger, the tree&apos;s members or the events to an Excel sheet (.xlsx)</translation>
    </message>
    <message>
        <source>what to export: residents (the household ledger), members (the tree&apos;s roster, 党员花名册) or events (活动统计, one row per event)</source>
        <translation>what to export: residents (the household ledger), members (the tree&apos;s roster, 党员花名册) or events (活动统计, one row per event)</translation>
    </message>
    <message>
        <source>what to export: residents (the household ledger)</source>
        <translation>what to export: residents (the household ledger)</translation>
    </message>
    <message>
        <source>must be a number of hours such as 20 or 7.5, not {value}</source>
        <translation>must be a number of hours such as 20 or 7.5, not {value}</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>certificates and publicity: the year of service, e.g. 2026 (publicity: this year by default)</source>
        <translation>certificates and publicity: the year of service, e.g. 2026 (publicity: this year by default)</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>certificates: only those who served at least this many hours</source>
        <translation>certificates: only those who served at least this many hours</translation>
    </message>
    <message>
        <source>certificates: record (the service record certificate, the default) or honour (the honour certificate)</source>
        <translation>certificates: record (the service record certificate, the default) or honour (the honour certificate)</translation>
    </message>
    <message>
        <source>certificates: leave out, and name, the members with no ID number instead of stopping (a record certificate needs one)</source>
        <translation>certificates: leave out, and name, the members with no ID number instead of stopping (a record certificate needs one)</translation>
    </message>
    <message>
        <source>Registered {new} new certificates and {reprints} reprints.</source>
        <translation>Registered {new} new certificates and {reprints} reprints.</translation>
    </message>
    <message>
        <source>Left out for want of an ID number: {names}</source>
        <translation>Left out for want of an ID number: {names}</translation>
    </message>
    <message>
        <source>Not printed again, as their certificate was voided: {names}</source>
        <translation>Not printed again, as their certificate was voided: {names}</translation>
    </message>
    <message>
        <source>the register of issued certificates: list, export, void; the issuer&apos;s settings</source>
        <translation>the register of issued certificates: list, export, void; the issuer&apos;s settings</translation>
    </message>
    <message>
        <source>only the certificates numbered in this year</source>
        <translation>only the certificates numbered in this year</translation>
    </message>
    <message>
        <source>list the register, ID numbers partly hidden</source>
        <translation>list the register, ID numbers partly hidden</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>only certificates whose name or number contains this</source>
        <translation>only certificates whose name or number contains this</translation>
    </message>
    <message>
        <source>write the register to an Excel file</source>
        <translation>write the register to an Excel file</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>FILE.xlsx</translation>
    </message>
    <message>
        <source>full ID numbers instead of partly hidden ones</source>
        <translation>full ID numbers instead of partly hidden ones</translation>
    </message>
    <message>
        <source>void a certificate; it keeps its number</source>
        <translation>void a certificate; it keeps its number</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>why it is voided</source>
        <translation>why it is voided</translation>
    </message>
    <message>
        <source>show or set who issues certificates and how they read</source>
        <translation>show or set who issues certificates and how they read</translation>
    </message>
    <message>
        <source>the issuing organisation, e.g. 和平里社区居民委员会</source>
        <translation>the issuing organisation, e.g. 和平里社区居民委员会</translation>
    </message>
    <message>
        <source>the person in charge</source>
        <translation>the person in charge</translation>
    </message>
    <message>
        <source>the handler who issues them</source>
        <translation>the handler who issues them</translation>
    </message>
    <message>
        <source>the contact phone printed on certificates</source>
        <translation>the contact phone printed on certificates</translation>
    </message>
    <message>
        <source>the short name that starts a number, e.g. 和平里</source>
        <translation>the short name that starts a number, e.g. 和平里</translation>
    </message>
    <message>
        <source>how a number reads, e.g. {short}{kind}〔{year}〕第{sequence:04d}号</source>
        <translation>how a number reads, e.g. {short}{kind}〔{year}〕第{sequence:04d}号</translation>
    </message>
    <message>
        <source>an honour&apos;s text, e.g. 授予 {姓名} 同志 {年度} 年度优秀志愿者称号</source>
        <translation>an honour&apos;s text, e.g. 授予 {姓名} 同志 {年度} 年度优秀志愿者称号</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>honour</translation>
    </message>
    <message>
        <source>voided: {reason}</source>
        <translation>voided: {reason}</translation>
    </message>
    <message>
        <source>reprinted {count}×</source>
        <translation>reprinted {count}×</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{count} certificates.</source>
        <translation>{count} certificates.</translation>
    </message>
    <message>
        <source>Wrote {count} certificates to {path}.</source>
        <translation>Wrote {count} certificates to {path}.</translation>
    </message>
    <message>
        <source>Voided {number} ({name}); the number is not used again.</source>
        <translation>Voided {number} ({name}); the number is not used again.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>Honour text</source>
        <translation>Honour text</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Exported {count} residents to {path} ({seconds:.1f} s).</source>
        <translation>Exported {count} residents to {path} ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>The sheet holds full ID numbers and phones; keep it safe.</source>
        <translation>The sheet holds full ID numbers and phones; keep it safe.</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>must be a whole number, not {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <translation>must be a whole number from {low} to {high}, not {value}</translation>
    </message>
    <message>
        <source>print the connected-heart tree: organisation, branches and service teams</source>
        <translation>print the connected-heart tree: organisation, branches and service teams</translation>
    </message>
    <message>
        <source>list each team&apos;s members under it (phones masked)</source>
        <translation>list each team&apos;s members under it (phones masked)</translation>
    </message>
    <message>
        <source>The tree is empty: no party organisation or service team yet.</source>
        <translation>The tree is empty: no party organisation or service team yet.</translation>
    </message>
    <message>
        <source>secretary: {name}</source>
        <translation>secretary: {name}</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>deputy leader</source>
        <translation>deputy leader</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>leader: {name}</source>
        <translation>leader: {name}</translation>
    </message>
    <message>
        <source>New service teams: {names}</source>
        <translation>New service teams: {names}</translation>
    </message>
    <message>
        <source>New members: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</source>
        <translation>New members: {new}; updated: {updated}; unchanged: {unchanged}; warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).</translation>
    </message>
    <message>
        <source>Imported: {teams} new service teams, {new} new members, {updated} updated, {unchanged} unchanged ({seconds:.1f} s).</source>
        <translation>Imported: {teams} new service teams, {new} new members, {updated} updated, {unchanged} unchanged ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>members only: the members of this service team</source>
        <translation>members only: the members of this service team</translation>
    </message>
    <message>
        <source>members: ID numbers are masked unless --full-id is given, and a masked file cannot update ID numbers when it is imported back; phones are written in full.</source>
        <translation>members: ID numbers are masked unless --full-id is given, and a masked file cannot update ID numbers when it is imported back; phones are written in full.</translation>
    </message>
    <message>
        <source>Exported {count} members to {path}.</source>
        <translation>Exported {count} members to {path}.</translation>
    </message>
    <message>
        <source>The sheet holds full ID numbers; keep it safe.</source>
        <translation>The sheet holds full ID numbers; keep it safe.</translation>
    </message>
    <message>
        <source>ID numbers are masked: importing this file back cannot update them (export with --full-id for that).</source>
        <translation>ID numbers are masked: importing this file back cannot update them (export with --full-id for that).</translation>
    </message>
    <message>
        <source>frozen bundle</source>
        <translation>frozen bundle</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python package</translation>
    </message>
    <message>
        <source>Smoke test of this program ({kind}):</source>
        <translation>Smoke test of this program ({kind}):</translation>
    </message>
    <message>
        <source>migrated to the newest revision and filled with demo data</source>
        <translation>migrated to the newest revision and filled with demo data</translation>
    </message>
    <message>
        <source>Fonts and catalogues</source>
        <translation>Fonts and catalogues</translation>
    </message>
    <message>
        <source>Database and migrations</source>
        <translation>Database and migrations</translation>
    </message>
    <message>
        <source>PDF with embedded fonts</source>
        <translation>PDF with embedded fonts</translation>
    </message>
    <message>
        <source>PDF preview (QtPdf)</source>
        <translation>PDF preview (QtPdf)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>The window, every area</source>
        <translation>The window, every area</translation>
    </message>
    <message>
        <source>{count} check(s) failed ({seconds:.1f} s).</source>
        <translation>{count} check(s) failed ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>Every check passed ({seconds:.1f} s).</source>
        <translation>Every check passed ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>{fonts} fonts and {languages} catalogues in {folder}</source>
        <translation>{fonts} fonts and {languages} catalogues in {folder}</translation>
    </message>
    <message>
        <source>{pages} page(s), {fonts} embedded font(s)</source>
        <translation>{pages} page(s), {fonts} embedded font(s)</translation>
    </message>
    <message>
        <source>{pages} page(s) read and drawn</source>
        <translation>{pages} page(s) read and drawn</translation>
    </message>
    <message>
        <source>AES-GCM round trip</source>
        <translation>AES-GCM round trip</translation>
    </message>
    <message>
        <source>{areas} areas visited, fonts {fonts}, Qt catalogues {catalogues}</source>
        <translation>{areas} areas visited, fonts {fonts}, Qt catalogues {catalogues}</translation>
    </message>
    <message>
        <source>{text} is not an event number such as #12</source>
        <translation>{text} is not an event number such as #12</translation>
    </message>
    <message>
        <source>events and sign-ups: add, list, show, sign up…</source>
        <translation>events and sign-ups: add, list, show, sign up…</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>add an event</source>
        <translation>add an event</translation>
    </message>
    <message>
        <source>the event&apos;s title</source>
        <translation>the event&apos;s title</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>where it is held</source>
        <translation>where it is held</translation>
    </message>
    <message>
        <source>how many places; later sign-ups wait</source>
        <translation>how many places; later sign-ups wait</translation>
    </message>
    <message>
        <source>the last day to sign up</source>
        <translation>the last day to sign up</translation>
    </message>
    <message>
        <source>the organising service team</source>
        <translation>the organising service team</translation>
    </message>
    <message>
        <source>UNIT:SERVICE</source>
        <translation>UNIT:SERVICE</translation>
    </message>
    <message>
        <source>list events by date</source>
        <translation>list events by date</translation>
    </message>
    <message>
        <source>an event&apos;s sign-ups and totals</source>
        <translation>an event&apos;s sign-ups and totals</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>NAME:PHONE</source>
        <translation>NAME:PHONE</translation>
    </message>
    <message>
        <source>sign people up</source>
        <translation>sign people up</translation>
    </message>
    <message>
        <source>sign up after the deadline</source>
        <translation>sign up after the deadline</translation>
    </message>
    <message>
        <source>cancel a sign-up</source>
        <translation>cancel a sign-up</translation>
    </message>
    <message>
        <source>check people in</source>
        <translation>check people in</translation>
    </message>
    <message>
        <source>let people in when the event is full (现场)</source>
        <translation>let people in when the event is full (现场)</translation>
    </message>
    <message>
        <source>count services at a stall</source>
        <translation>count services at a stall</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>the stall&apos;s service</source>
        <translation>the stall&apos;s service</translation>
    </message>
    <message>
        <source>how many were served (without naming them)</source>
        <translation>how many were served (without naming them)</translation>
    </message>
    <message>
        <source>record the tree&apos;s members who helped, with hours</source>
        <translation>record the tree&apos;s members who helped, with hours</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBER</translation>
    </message>
    <message>
        <source>their own hours, such as 1.5 (default: the event&apos;s start to end)</source>
        <translation>their own hours, such as 1.5 (default: the event&apos;s start to end)</translation>
    </message>
    <message>
        <source>Event #{number} added: {title}, {when}.</source>
        <translation>Event #{number} added: {title}, {when}.</translation>
    </message>
    <message>
        <source>No events in that time.</source>
        <translation>No events in that time.</translation>
    </message>
    <message>
        <source>terms of the elderly university</source>
        <translation>terms of the elderly university</translation>
    </message>
    <message>
        <source>add a term with its closure days</source>
        <translation>add a term with its closure days</translation>
    </message>
    <message>
        <source>a day without classes (may be given several times)</source>
        <translation>a day without classes (may be given several times)</translation>
    </message>
    <message>
        <source>closure days from a sheet with the columns 日期 and 原因</source>
        <translation>closure days from a sheet with the columns 日期 and 原因</translation>
    </message>
    <message>
        <source>Term added: {name} ({start} to {end}, {days} days without classes).</source>
        <translation>Term added: {name} ({start} to {end}, {days} days without classes).</translation>
    </message>
    <message>
        <source>classes of the elderly university: add, enrol, attendance…</source>
        <translation>classes of the elderly university: add, enrol, attendance…</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASS</translation>
    </message>
    <message>
        <source>add a class and its sessions</source>
        <translation>add a class and its sessions</translation>
    </message>
    <message>
        <source>TERM</source>
        <translation>TERM</translation>
    </message>
    <message>
        <source>WEEKDAY_TIME</source>
        <translation>WEEKDAY_TIME</translation>
    </message>
    <message>
        <source>a weekly time such as 周一14:30-16:00 (may be given again)</source>
        <translation>a weekly time such as 周一14:30-16:00 (may be given again)</translation>
    </message>
    <message>
        <source>a member of the tree by name, or an outside teacher</source>
        <translation>a member of the tree by name, or an outside teacher</translation>
    </message>
    <message>
        <source>the classes of a term</source>
        <translation>the classes of a term</translation>
    </message>
    <message>
        <source>a class&apos;s students, waiting list and figures</source>
        <translation>a class&apos;s students, waiting list and figures</translation>
    </message>
    <message>
        <source>enrol people in a class</source>
        <translation>enrol people in a class</translation>
    </message>
    <message>
        <source>NAME:PHONE:COMMUNITY</source>
        <translation>NAME:PHONE:COMMUNITY</translation>
    </message>
    <message>
        <source>take someone off a class</source>
        <translation>take someone off a class</translation>
    </message>
    <message>
        <source>a class&apos;s sessions</source>
        <translation>a class&apos;s sessions</translation>
    </message>
    <message>
        <source>tick who came to a session</source>
        <translation>tick who came to a session</translation>
    </message>
    <message>
        <source>Class #{number} added: {name} ({details}).</source>
        <translation>Class #{number} added: {name} ({details}).</translation>
    </message>
    <message>
        <source>{count} sessions from {first} to {last}.</source>
        <translation>{count} sessions from {first} to {last}.</translation>
    </message>
    <message>
        <source>No sessions: no slot falls between the term&apos;s days.</source>
        <translation>No sessions: no slot falls between the term&apos;s days.</translation>
    </message>
    <message>
        <source>signed up {places}</source>
        <translation>signed up {places}</translation>
    </message>
    <message>
        <source>waiting {n}</source>
        <translation>waiting {n}</translation>
    </message>
    <message>
        <source>No classes in this term yet.</source>
        <translation>No classes in this term yet.</translation>
    </message>
    <message>
        <source>seats left: {n}</source>
        <translation>seats left: {n}</translation>
    </message>
    <message>
        <source>no limit on places</source>
        <translation>no limit on places</translation>
    </message>
    <message>
        <source>Signed up: {n}</source>
        <translation>Signed up: {n}</translation>
    </message>
    <message>
        <source>Waiting: {n}</source>
        <translation>Waiting: {n}</translation>
    </message>
    <message>
        <source>Sessions held: {held}; attendance: {times} 人次.</source>
        <translation>Sessions held: {held}; attendance: {times} 人次.</translation>
    </message>
    <message>
        <source>cancelled ({reason})</source>
        <translation>cancelled ({reason})</translation>
    </message>
    <message>
        <source>moved here from {date} ({reason})</source>
        <translation>moved here from {date} ({reason})</translation>
    </message>
    <message>
        <source>Present on {date}: {names} ({total} in all).</source>
        <translation>Present on {date}: {names} ({total} in all).</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>{n} places</translation>
    </message>
    <message>
        <source>Checked in: {n}</source>
        <translation>Checked in: {n}</translation>
    </message>
    <message>
        <source>times served: {n}</source>
        <translation>times served: {n}</translation>
    </message>
    <message>
        <source>Times served: {n}</source>
        <translation>Times served: {n}</translation>
    </message>
    <message>
        <source>Cancelled: {name}.</source>
        <translation>Cancelled: {name}.</translation>
    </message>
    <message>
        <source>{name} moved up from the waiting list; please phone {phone}.</source>
        <translation>{name} moved up from the waiting list; please phone {phone}.</translation>
    </message>
    <message>
        <source>Checked in: {name}.</source>
        <translation>Checked in: {name}.</translation>
    </message>
    <message>
        <source>{name}: {hours} hours</source>
        <translation>{name}: {hours} hours</translation>
    </message>
    <message>
        <source>{name}: hours changed to {hours}</source>
        <translation>{name}: hours changed to {hours}</translation>
    </message>
    <message>
        <source>{name} is a helper at #{number} already ({hours} hours).</source>
        <translation>{name} is a helper at #{number} already ({hours} hours).</translation>
    </message>
    <message>
        <source>#{number} has no start and end time: give --hours to count hours.</source>
        <translation>#{number} has no start and end time: give --hours to count hours.</translation>
    </message>
    <message>
        <source>waiting, number {k}</source>
        <translation>waiting, number {k}</translation>
    </message>
    <message>
        <source> (on site)</source>
        <translation> (on site)</translation>
    </message>
    <message>
        <source>events only: the events of this year</source>
        <translation>events only: the events of this year</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>Exported {count} events to {path}.</translation>
    </message>
    <message>
        <source>record volunteer service done outside events</source>
        <translation>record volunteer service done outside events</translation>
    </message>
    <message>
        <source>record one service: who, when, how long, what</source>
        <translation>record one service: who, when, how long, what</translation>
    </message>
    <message>
        <source>the member who served: name, pinyin or phone tail</source>
        <translation>the member who served: name, pinyin or phone tail</translation>
    </message>
    <message>
        <source>the day of the service</source>
        <translation>the day of the service</translation>
    </message>
    <message>
        <source>hours, such as 1.5</source>
        <translation>hours, such as 1.5</translation>
    </message>
    <message>
        <source>what was done, such as 疏通下水道</source>
        <translation>what was done, such as 疏通下水道</translation>
    </message>
    <message>
        <source>the household served, named by one of its residents</source>
        <translation>the household served, named by one of its residents</translation>
    </message>
    <message>
        <source>times served (人次), default 1</source>
        <translation>times served (人次), default 1</translation>
    </message>
    <message>
        <source>Recorded: {name} {date} {hours} hours {what}</source>
        <translation>Recorded: {name} {date} {hours} hours {what}</translation>
    </message>
    <message>
        <source>a year&apos;s volunteer figures: the totals, by month, by team, the top volunteers</source>
        <translation>a year&apos;s volunteer figures: the totals, by month, by team, the top volunteers</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>visits: the door-to-door visits and problems of a period (--from, --to) instead of a year&apos;s volunteer service</source>
        <translation>visits: the door-to-door visits and problems of a period (--from, --to) instead of a year&apos;s volunteer service</translation>
    </message>
    <message>
        <source>the year to count</source>
        <translation>the year to count</translation>
    </message>
    <message>
        <source>only this service team&apos;s members, e.g. 环境整治服务队</source>
        <translation>only this service team&apos;s members, e.g. 环境整治服务队</translation>
    </message>
    <message>
        <source>{times} times, {hours} hours, {served} 人次, {people} people</source>
        <translation>{times} times, {hours} hours, {served} 人次, {people} people</translation>
    </message>
    <message>
        <source>{year}: {times} times of volunteer service, {hours} hours, {served} 人次 served; {people} people served, {average} hours each on average.</source>
        <translation>{year}: {times} times of volunteer service, {hours} hours, {served} 人次 served; {people} people served, {average} hours each on average.</translation>
    </message>
    <message>
        <source>visits: the first day of the period, such as 2026-01-01</source>
        <translation>visits: the first day of the period, such as 2026-01-01</translation>
    </message>
    <message>
        <source>visits: the last day of the period, such as 2026-03-31</source>
        <translation>visits: the last day of the period, such as 2026-03-31</translation>
    </message>
    <message>
        <source>{start} to {end}: {visits} visits; {covered}/{due} households due were visited ({coverage}); {visited} households visited in all.</source>
        <translation>{start} to {end}: {visits} visits; {covered}/{due} households due were visited ({coverage}); {visited} households visited in all.</translation>
    </message>
    <message>
        <source>{registered} problems registered, {done} closed (closure rate {rate}); median {days} days to close.</source>
        <translation>{registered} problems registered, {done} closed (closure rate {rate}); median {days} days to close.</translation>
    </message>
    <message>
        <source>By category: {counts}</source>
        <translation>By category: {counts}</translation>
    </message>
    <message>
        <source>By tier: {counts}</source>
        <translation>By tier: {counts}</translation>
    </message>
    <message>
        <source>By status: {counts}</source>
        <translation>By status: {counts}</translation>
    </message>
    <message>
        <source>Return visits: {counts}; satisfaction rate {rate}.</source>
        <translation>Return visits: {counts}; satisfaction rate {rate}.</translation>
    </message>
    <message>
        <source>By quarter:</source>
        <translation>By quarter:</translation>
    </message>
    <message>
        <source>{year} quarter {quarter}</source>
        <translation>{year} quarter {quarter}</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>By month:</translation>
    </message>
    <message>
        <source>{year}, month {month}</source>
        <translation>{year}, month {month}</translation>
    </message>
    <message>
        <source>{visits} visits, {covered}/{due} due visited ({coverage}); {registered} problems, {done} closed ({rate}); satisfaction {satisfied}</source>
        <translation>{visits} visits, {covered}/{due} due visited ({coverage}); {registered} problems, {done} closed ({rate}); satisfaction {satisfied}</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>By team:</source>
        <translation>By team:</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>Someone in several teams counts in each, so the teams add up to more than the totals.</source>
        <translation>Someone in several teams counts in each, so the teams add up to more than the totals.</translation>
    </message>
    <message>
        <source>Top volunteers:</source>
        <translation>Top volunteers:</translation>
    </message>
    <message>
        <source>{hours} hours, {times} times, {served} 人次</source>
        <translation>{hours} hours, {times} times, {served} 人次</translation>
    </message>
    <message>
        <source>Nobody served in that year.</source>
        <translation>Nobody served in that year.</translation>
    </message>
    <message>
        <source>door-to-door visits: record one, list who is due</source>
        <translation>door-to-door visits: record one, list who is due</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>record a visit</translation>
    </message>
    <message>
        <source>the household: its address as printed, or a member&apos;s ID number or name</source>
        <translation>the household: its address as printed, or a member&apos;s ID number or name</translation>
    </message>
    <message>
        <source>who made the visit (staff); may be repeated</source>
        <translation>who made the visit (staff); may be repeated</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>what was found</translation>
    </message>
    <message>
        <source>a problem found, registered as a request</source>
        <translation>a problem found, registered as a request</translation>
    </message>
    <message>
        <source>the households due a visit</source>
        <translation>the households due a visit</translation>
    </message>
    <message>
        <source>the staff member at the desk, named in change records (or HEARTH_DESK_ACTOR; default: the computer&apos;s account)</source>
        <translation>the staff member at the desk, named in change records (or HEARTH_DESK_ACTOR; default: the computer&apos;s account)</translation>
    </message>
    <message>
        <source>the office&apos;s staff: add, list</source>
        <translation>the office&apos;s staff: add, list</translation>
    </message>
    <message>
        <source>add a staff member</source>
        <translation>add a staff member</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>书记, 主任, 委员, 网格员 or 社工</source>
        <translation>书记, 主任, 委员, 网格员 or 社工</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>GRID</source>
        <translation>GRID</translation>
    </message>
    <message>
        <source>a grid node they look after, e.g. 和平里一区 or 和平里一区/1栋 (repeatable)</source>
        <translation>a grid node they look after, e.g. 和平里一区 or 和平里一区/1栋 (repeatable)</translation>
    </message>
    <message>
        <source>the staff with their roles, phones and grids</source>
        <translation>the staff with their roles, phones and grids</translation>
    </message>
    <message>
        <source>Staff member added: {name} ({role}).</source>
        <translation>Staff member added: {name} ({role}).</translation>
    </message>
    <message>
        <source>The staff list is empty.</source>
        <translation>The staff list is empty.</translation>
    </message>
    <message>
        <source>a compound, building or unit, e.g. 和平里一区/3栋</source>
        <translation>a compound, building or unit, e.g. 和平里一区/3栋</translation>
    </message>
    <message>
        <source>the grid worker whose area to list</source>
        <translation>the grid worker whose area to list</translation>
    </message>
    <message>
        <source>only those past due</source>
        <translation>only those past due</translation>
    </message>
    <message>
        <source>Visit recorded: {address} ({date})</source>
        <translation>Visit recorded: {address} ({date})</translation>
    </message>
    <message>
        <source>Request #{number} registered</source>
        <translation>Request #{number} registered</translation>
    </message>
    <message>
        <source>No household is due a visit.</source>
        <translation>No household is due a visit.</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>never visited</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>due in {days} days</translation>
    </message>
    <message>
        <source>{text} is not a meeting number such as #3</source>
        <translation>{text} is not a meeting number such as #3</translation>
    </message>
    <message>
        <source>joint meetings of the five parties and their matters</source>
        <translation>joint meetings of the five parties and their matters</translation>
    </message>
    <message>
        <source>{text} is not a request number such as #12</source>
        <translation>{text} is not a request number such as #12</translation>
    </message>
    <message>
        <source>record a joint meeting</source>
        <translation>record a joint meeting</translation>
    </message>
    <message>
        <source>PARTY:NAME</source>
        <translation>PARTY:NAME</translation>
    </message>
    <message>
        <source>who came, e.g. 居委会:张三; the parties: {parties}</source>
        <translation>who came, e.g. 居委会:张三; the parties: {parties}</translation>
    </message>
    <message>
        <source>bring request #N to the table; may be repeated</source>
        <translation>bring request #N to the table; may be repeated</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>a new matter that is not a request; may be repeated</source>
        <translation>a new matter that is not a request; may be repeated</translation>
    </message>
    <message>
        <source>every joint meeting, newest first</source>
        <translation>every joint meeting, newest first</translation>
    </message>
    <message>
        <source>a meeting&apos;s parties, matters and decisions</source>
        <translation>a meeting&apos;s parties, matters and decisions</translation>
    </message>
    <message>
        <source>the matter&apos;s number on the agenda, as “meeting show” lists</source>
        <translation>the matter&apos;s number on the agenda, as “meeting show” lists</translation>
    </message>
    <message>
        <source>record a matter&apos;s decision, owner and due date</source>
        <translation>record a matter&apos;s decision, owner and due date</translation>
    </message>
    <message>
        <source>mark a matter settled</source>
        <translation>mark a matter settled</translation>
    </message>
    <message>
        <source>Joint meeting #{number} added: {when}.</source>
        <translation>Joint meeting #{number} added: {when}.</translation>
    </message>
    <message>
        <source>{count} matters not settled were carried over from meeting #{number}.</source>
        <translation>{count} matters not settled were carried over from meeting #{number}.</translation>
    </message>
    <message>
        <source>No matters were carried over.</source>
        <translation>No matters were carried over.</translation>
    </message>
    <message>
        <source>Matters on the agenda: {count}.</source>
        <translation>Matters on the agenda: {count}.</translation>
    </message>
    <message>
        <source>No joint meetings yet.</source>
        <translation>No joint meetings yet.</translation>
    </message>
    <message>
        <source>Convenor: {name}</source>
        <translation>Convenor: {name}</translation>
    </message>
    <message>
        <source>{count} matters, {open} not settled</source>
        <translation>{count} matters, {open} not settled</translation>
    </message>
    <message>
        <source>Meeting #{number}, matter {position}: decision recorded.</source>
        <translation>Meeting #{number}, matter {position}: decision recorded.</translation>
    </message>
    <message>
        <source>Meeting #{number}, matter {position}: settled.</source>
        <translation>Meeting #{number}, matter {position}: settled.</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>Recorder: {name}</translation>
    </message>
    <message>
        <source>No matters on the agenda.</source>
        <translation>No matters on the agenda.</translation>
    </message>
    <message>
        <source>carried over from #{number}</source>
        <translation>carried over from #{number}</translation>
    </message>
    <message>
        <source>request #{number} ({status})</source>
        <translation>request #{number} ({status})</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Decision: {text}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Owner: {name}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Due: {date}</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <source>{text} is not one of {words}</source>
        <translation>{text} is not one of {words}</translation>
    </message>
    <message>
        <source>requests (诉求): list, show, update, escalate, follow up</source>
        <translation>requests (诉求): list, show, update, escalate, follow up</translation>
    </message>
    <message>
        <source>the staff member who did it (default: the person at the desk)</source>
        <translation>the staff member who did it (default: the person at the desk)</translation>
    </message>
    <message>
        <source>list requests</source>
        <translation>list requests</translation>
    </message>
    <message>
        <source>only requests still open past their due date</source>
        <translation>only requests still open past their due date</translation>
    </message>
    <message>
        <source>a request and every step</source>
        <translation>a request and every step</translation>
    </message>
    <message>
        <source>move a request one step</source>
        <translation>move a request one step</translation>
    </message>
    <message>
        <source>办结: what was done</source>
        <translation>办结: what was done</translation>
    </message>
    <message>
        <source>上报街道: the office&apos;s reference</source>
        <translation>上报街道: the office&apos;s reference</translation>
    </message>
    <message>
        <source>report a request to the street office (特事)</source>
        <translation>report a request to the street office (特事)</translation>
    </message>
    <message>
        <source>the office&apos;s reference</source>
        <translation>the office&apos;s reference</translation>
    </message>
    <message>
        <source>record the return visit and satisfaction</source>
        <translation>record the return visit and satisfaction</translation>
    </message>
    <message>
        <source>log a silk banner or letter of praise for a request</source>
        <translation>log a silk banner or letter of praise for a request</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>No requests.</translation>
    </message>
    <message>
        <source>#{number}: the resident is not satisfied; the request is reopened ({status}).</source>
        <translation>#{number}: the resident is not satisfied; the request is reopened ({status}).</translation>
    </message>
    <message>
        <source>#{number}: {status}.</source>
        <translation>#{number}: {status}.</translation>
    </message>
    <message>
        <source>#{number}: {kind} logged.</source>
        <translation>#{number}: {kind} logged.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>overdue {days} days</source>
        <translation>overdue {days} days</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>Household or place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Partner unit</source>
        <translation>Partner unit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street office reference</source>
        <translation>Street office reference</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Thanks:</source>
        <translation>Thanks:</translation>
    </message>
</context>
<context>
    <name>ColourChoice</name>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Slate grey</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Golden yellow</source>
        <translation>Golden yellow</translation>
    </message>
    <message>
        <source>Grass green</source>
        <translation>Grass green</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brown</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <source>Team colour</source>
        <translation>Team colour</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Welcome to Hearth Desk</source>
        <translation>Welcome to Hearth Desk</translation>
    </message>
    <message>
        <source>Which community does this desk serve? The names head every printout and can be changed later.</source>
        <translation>Which community does this desk serve? The names head every printout and can be changed later.</translation>
    </message>
    <message>
        <source>Please fill in the community and the street.</source>
        <translation>Please fill in the community and the street.</translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>e.g. 和平里社区</source>
        <translation>e.g. 和平里社区</translation>
    </message>
    <message>
        <source>e.g. 和平里街道</source>
        <translation>e.g. 和平里街道</translation>
    </message>
    <message>
        <source>e.g. 北京市东城区 (optional)</source>
        <translation>e.g. 北京市东城区 (optional)</translation>
    </message>
    <message>
        <source>Community (社区):</source>
        <translation>Community (社区):</translation>
    </message>
    <message>
        <source>Street (街道):</source>
        <translation>Street (街道):</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <source>Change person…</source>
        <translation>Change person…</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>At the desk: {name}</translation>
    </message>
    <message>
        <source>There are no staff to choose from yet; add them in Settings.</source>
        <translation>There are no staff to choose from yet; add them in Settings.</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <source>That PIN is not right; try again.</source>
        <translation>That PIN is not right; try again.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search name, pinyin, ID, phone, work unit (Ctrl+F)</source>
        <translation>Search name, pinyin, ID, phone, work unit (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Dual registered</source>
        <translation>Dual registered</translation>
    </message>
    <message>
        <source>Not dual registered</source>
        <translation>Not dual registered</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>Probationary members</translation>
    </message>
    <message>
        <source>Non-party volunteers</source>
        <translation>Non-party volunteers</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>Dual registration:</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>Political status:</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Take out of the tree…</source>
        <translation>Take out of the tree…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of the tree</source>
        <translation>Take out of the tree</translation>
    </message>
    <message>
        <source>Take {name} out of the tree, with their places in the service teams? A resident record in the ledger stays.</source>
        <translation>Take {name} out of the tree, with their places in the service teams? A resident record in the ledger stays.</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>How late</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>never visited</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>due in {days} days</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>Discard the changes you have not saved?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <source>Change request #{number}</source>
        <translation>Change request #{number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Partner unit:</source>
        <translation>Partner unit:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
</context>
<context>
    <name>EnrolmentDayMode</name>
    <message>
        <source>Name, pinyin or phone; Enter, then pick the class</source>
        <translation>Name, pinyin or phone; Enter, then pick the class</translation>
    </message>
    <message>
        <source>From another community… (F2)</source>
        <translation>From another community… (F2)</translation>
    </message>
    <message>
        <source>Enrolment day: {term}</source>
        <translation>Enrolment day: {term}</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · waiting {waiting}</source>
        <translation>Enrolled {enrolled} · waiting {waiting}</translation>
    </message>
    <message>
        <source>No limit, {n} enrolled</source>
        <translation>No limit, {n} enrolled</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
    <message>
        <source>Full, {z} waiting</source>
        <translation>Full, {z} waiting</translation>
    </message>
    <message>
        <source>From another community</source>
        <translation>From another community</translation>
    </message>
    <message>
        <source>Not in any class of the term yet</source>
        <translation>Not in any class of the term yet</translation>
    </message>
    <message>
        <source>#{number} {name} (waiting list, number {k})</source>
        <translation>#{number} {name} (waiting list, number {k})</translation>
    </message>
    <message>
        <source>Already in: {classes}</source>
        <translation>Already in: {classes}</translation>
    </message>
    <message>
        <source>Type a name first, or F2 for someone from another community.</source>
        <translation>Type a name first, or F2 for someone from another community.</translation>
    </message>
    <message>
        <source>{name}: {course}, waiting list, number {k}</source>
        <translation>{name}: {course}, waiting list, number {k}</translation>
    </message>
    <message>
        <source>✓ {name} enrolled in {course}</source>
        <translation>✓ {name} enrolled in {course}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <source>Something went wrong inside Hearth Desk. Your data is safe; the details were written to {log}.</source>
        <translation>Something went wrong inside Hearth Desk. Your data is safe; the details were written to {log}.</translation>
    </message>
</context>
<context>
    <name>EventDayDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change event #{number}</source>
        <translation>Change event #{number}</translation>
    </message>
    <message>
        <source>New event, copied from an earlier one</source>
        <translation>New event, copied from an earlier one</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>e.g. 便民服务日, 防诈骗讲座</source>
        <translation>e.g. 便民服务日, 防诈骗讲座</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>What residents should know: bring, wear, note…</source>
        <translation>What residents should know: bring, wear, note…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>From – to:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Organising team:</source>
        <translation>Organising team:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>Sign up by:</source>
        <translation>Sign up by:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Notice:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Add its stall</source>
        <translation>Add its stall</translation>
    </message>
    <message>
        <source>Add another stall</source>
        <translation>Add another stall</translation>
    </message>
    <message>
        <source>Remove stall</source>
        <translation>Remove stall</translation>
    </message>
    <message>
        <source>Stalls (partner units and what they offer)</source>
        <translation>Stalls (partner units and what they offer)</translation>
    </message>
</context>
<context>
    <name>EventHeading</name>
    <message>
        <source>organised by {team}</source>
        <translation>organised by {team}</translation>
    </message>
    <message>
        <source>sign up by {date}</source>
        <translation>sign up by {date}</translation>
    </message>
    <message>
        <source>Signed up {n} / places {capacity}</source>
        <translation>Signed up {n} / places {capacity}</translation>
    </message>
    <message>
        <source>Signed up {n}</source>
        <translation>Signed up {n}</translation>
    </message>
    <message>
        <source>, waiting {n}</source>
        <translation>, waiting {n}</translation>
    </message>
    <message>
        <source>, checked in {n}</source>
        <translation>, checked in {n}</translation>
    </message>
    <message>
        <source>, times served {n}</source>
        <translation>, times served {n}</translation>
    </message>
</context>
<context>
    <name>EventPrintDialog</name>
    <message>
        <source>There are no events to print yet.</source>
        <translation>There are no events to print yet.</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Paper size:</translation>
    </message>
    <message>
        <source>{event} (cancelled)</source>
        <translation>{event} (cancelled)</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Sign-ups</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helpers</translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation>Check-in at the door</translation>
    </message>
    <message>
        <source>Stall counters</source>
        <translation>Stall counters</translation>
    </message>
    <message>
        <source>After the event…</source>
        <translation>After the event…</translation>
    </message>
    <message>
        <source>Change event…</source>
        <translation>Change event…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>Finish event…</translation>
    </message>
    <message>
        <source>Call off event…</source>
        <translation>Call off event…</translation>
    </message>
    <message numerus="yes">
        <source>Finish #{number} {title}? Those signed up who did not check in (%n) will be marked absent.</source>
        <translation>
            <numerusform>Finish #{number} {title}? Those signed up who did not check in (%n) will be marked absent.</numerusform>
            <numerusform>Finish #{number} {title}? Those signed up who did not check in (%n) will be marked absent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish event</source>
        <translation>Finish event</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>#{number} is over.</source>
        <translation>#{number} is over.</translation>
    </message>
    <message>
        <source>Call off #{number} {title}? Sign-ups are kept; print the call list to tell them.</source>
        <translation>Call off #{number} {title}? Sign-ups are kept; print the call list to tell them.</translation>
    </message>
    <message>
        <source>Call off event</source>
        <translation>Call off event</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>Call off</translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation>Keep the event</translation>
    </message>
    <message>
        <source>#{number} is called off.</source>
        <translation>#{number} is called off.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Copy as a new event…</source>
        <translation>Copy as a new event…</translation>
    </message>
    <message>
        <source>No events yet. “New event…” makes the first one.</source>
        <translation>No events yet. “New event…” makes the first one.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>{n}/{capacity} signed up</source>
        <translation>{n}/{capacity} signed up</translation>
    </message>
    <message>
        <source>{n} signed up</source>
        <translation>{n} signed up</translation>
    </message>
    <message>
        <source>, {n} waiting</source>
        <translation>, {n} waiting</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Resident ledger (full ID numbers and phones)</source>
        <translation>Resident ledger (full ID numbers and phones)</translation>
    </message>
    <message>
        <source>Resident ledger (ID numbers and phones masked)</source>
        <translation>Resident ledger (ID numbers and phones masked)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>The {rows} residents now listed are exported, with the ledger&apos;s columns.</source>
        <translation>The {rows} residents now listed are exported, with the ledger&apos;s columns.</translation>
    </message>
    <message>
        <source>Full ID numbers and phones (keep the file safe)</source>
        <translation>Full ID numbers and phones (keep the file safe)</translation>
    </message>
</context>
<context>
    <name>FigureTables</name>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>Residents served</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>month {n}</source>
        <translation>month {n}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>Service team</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>Hours each</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>Service teams</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70 and over</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80 and over</translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90 and over</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>Living</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Care tag:</source>
        <translation>Care tag:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Old 15-digit number converted to 18 digits: {number}.</source>
        <translation>Old 15-digit number converted to 18 digits: {number}.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; “{number}” has {length}.</source>
        <translation>An ID number has 18 characters; “{number}” has {length}.</translation>
    </message>
    <message>
        <source>“{number}” is not an ID number: only digits and a final X are allowed.</source>
        <translation>“{number}” is not an ID number: only digits and a final X are allowed.</translation>
    </message>
    <message>
        <source>The ID number {number} holds an impossible birth date ({digits}).</source>
        <translation>The ID number {number} holds an impossible birth date ({digits}).</translation>
    </message>
    <message>
        <source>The check digit of the ID number {number} is wrong: a digit is mistyped.</source>
        <translation>The check digit of the ID number {number} is wrong: a digit is mistyped.</translation>
    </message>
    <message>
        <source>The area code {area} of the ID number was never a district&apos;s code; check the first six digits.</source>
        <translation>The area code {area} of the ID number was never a district&apos;s code; check the first six digits.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” is not a phone number.</translation>
    </message>
    <message>
        <source>The landline {value} needs its area code, e.g. 010-{value}.</source>
        <translation>The landline {value} needs its area code, e.g. 010-{value}.</translation>
    </message>
    <message>
        <source>“{value}” is neither an 11-digit mobile number nor a landline with area code.</source>
        <translation>“{value}” is neither an 11-digit mobile number nor a landline with area code.</translation>
    </message>
    <message>
        <source>The ID number {number} is in the sheet twice: rows {first} and {second}.</source>
        <translation>The ID number {number} is in the sheet twice: rows {first} and {second}.</translation>
    </message>
    <message>
        <source>Unknown care tag “{name}”; the list has: {known}.</source>
        <translation>Unknown care tag “{name}”; the list has: {known}.</translation>
    </message>
    <message>
        <source>The relation to the head is empty; write 户主 for the head of a household.</source>
        <translation>The relation to the head is empty; write 户主 for the head of a household.</translation>
    </message>
    <message>
        <source>Several households live at {address}; put this row right under the row of its head (户主).</source>
        <translation>Several households live at {address}; put this row right under the row of its head (户主).</translation>
    </message>
    <message>
        <source>No head (户主) lives at this address; add the head&apos;s row or correct the relation.</source>
        <translation>No head (户主) lives at this address; add the head&apos;s row or correct the relation.</translation>
    </message>
    <message>
        <source>Not imported because the row of the head ({row}) has errors.</source>
        <translation>Not imported because the row of the head ({row}) has errors.</translation>
    </message>
    <message>
        <source>Row {row} {column}: {problem}</source>
        <translation>Row {row} {column}: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <source>(warning) {problem}</source>
        <translation>(warning) {problem}</translation>
    </message>
    <message>
        <source>Only year and month are given; the birth date is stored as {date}.</source>
        <translation>Only year and month are given; the birth date is stored as {date}.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 1950-03-04 or 1950年3月4日.</source>
        <translation>“{value}” is not a date; write it like 1950-03-04 or 1950年3月4日.</translation>
    </message>
    <message>
        <source>The address “{value}” cannot be read; write it like 洪山小区3栋2单元0401.</source>
        <translation>The address “{value}” cannot be read; write it like 洪山小区3栋2单元0401.</translation>
    </message>
    <message>
        <source>The ID number {value} is masked with *; the import needs full numbers.</source>
        <translation>The ID number {value} is masked with *; the import needs full numbers.</translation>
    </message>
    <message>
        <source>Excel stored this ID number as a number and lost its last digits; format the cell as text and type the number again.</source>
        <translation>Excel stored this ID number as a number and lost its last digits; format the cell as text and type the number again.</translation>
    </message>
    <message>
        <source>“{value}” is not a gender; write 男 or 女.</source>
        <translation>“{value}” is not a gender; write 男 or 女.</translation>
    </message>
    <message>
        <source>“{value}” is not a status; write 在住, 迁出 or 死亡.</source>
        <translation>“{value}” is not a status; write 在住, 迁出 or 死亡.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>The name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Gender “{given}” differs from the ID number&apos;s “{from_id}”; the ID number&apos;s is kept.</source>
        <translation>Gender “{given}” differs from the ID number&apos;s “{from_id}”; the ID number&apos;s is kept.</translation>
    </message>
    <message>
        <source>Birth date {given} differs from the ID number&apos;s {from_id}; the ID number&apos;s is kept.</source>
        <translation>Birth date {given} differs from the ID number&apos;s {from_id}; the ID number&apos;s is kept.</translation>
    </message>
    <message>
        <source>The gender is missing (it is read from the ID number if given).</source>
        <translation>The gender is missing (it is read from the ID number if given).</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>The birth date {date} is in the future.</translation>
    </message>
    <message>
        <source>It contains an invisible control character ({code}); delete it and type the text again.</source>
        <translation>It contains an invisible control character ({code}); delete it and type the text again.</translation>
    </message>
    <message>
        <source>It is {length} characters long; at most {limit} fit.</source>
        <translation>It is {length} characters long; at most {limit} fit.</translation>
    </message>
    <message>
        <source>“{value}”: {problem}</source>
        <translation>“{value}”: {problem}</translation>
    </message>
    <message>
        <source>{count} rows {column}: {problem} (rows {rows})</source>
        <translation>{count} rows {column}: {problem} (rows {rows})</translation>
    </message>
    <message>
        <source>{count} rows: {problem} (rows {rows})</source>
        <translation>{count} rows: {problem} (rows {rows})</translation>
    </message>
    <message>
        <source>{count} rows: {problem}</source>
        <translation>{count} rows: {problem}</translation>
    </message>
    <message>
        <source>{rows}, {row}</source>
        <translation>{rows}, {row}</translation>
    </message>
    <message>
        <source>Someone who is not a party member has no join date.</source>
        <translation>Someone who is not a party member has no join date.</translation>
    </message>
    <message>
        <source>The join date {date} is in the future.</source>
        <translation>The join date {date} is in the future.</translation>
    </message>
    <message>
        <source>The join date {join} is before the birth date {birth}.</source>
        <translation>The join date {join} is before the birth date {birth}.</translation>
    </message>
    <message>
        <source>Joined the party on {join} at {age}: no one joins before {minimum}.</source>
        <translation>Joined the party on {join} at {age}: no one joins before {minimum}.</translation>
    </message>
    <message>
        <source>{team} has two leaders (队长): rows {first} and {second}.</source>
        <translation>{team} has two leaders (队长): rows {first} and {second}.</translation>
    </message>
    <message>
        <source>The ID number is masked; the member is matched by name and phone and their stored ID number is left as it is.</source>
        <translation>The ID number is masked; the member is matched by name and phone and their stored ID number is left as it is.</translation>
    </message>
    <message>
        <source>Unknown branch “{name}”; the tree has: {known}.</source>
        <translation>Unknown branch “{name}”; the tree has: {known}.</translation>
    </message>
    <message>
        <source>A role is given but no service team.</source>
        <translation>A role is given but no service team.</translation>
    </message>
    <message>
        <source>{roles} roles for {teams} teams; give one role for all of them, or one for each team in the same order.</source>
        <translation>{roles} roles for {teams} teams; give one role for all of them, or one for each team in the same order.</translation>
    </message>
    <message>
        <source>“{value}” is not a political status; write 中共党员, 预备党员 or 群众.</source>
        <translation>“{value}” is not a political status; write 中共党员, 预备党员 or 群众.</translation>
    </message>
    <message>
        <source>“{value}” is neither 在职 nor 退休.</source>
        <translation>“{value}” is neither 在职 nor 退休.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no; write 是, 否 or √.</source>
        <translation>“{value}” is not yes or no; write 是, 否 or √.</translation>
    </message>
    <message>
        <source>“{value}” is not a role in a team; write 队长, 副队长 or 队员.</source>
        <translation>“{value}” is not a role in a team; write 队长, 副队长 or 队员.</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Grid leader…</source>
        <translation>Grid leader…</translation>
    </message>
    <message>
        <source>Add compound…</source>
        <translation>Add compound…</translation>
    </message>
    <message>
        <source>Add building…</source>
        <translation>Add building…</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>GridTreeModel</name>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>Whole community</translation>
    </message>
    <message>
        <source>Grid leader: {name} {phone}</source>
        <translation>Grid leader: {name} {phone}</translation>
    </message>
</context>
<context>
    <name>HelperPanel</name>
    <message>
        <source>Add a helper from the tree: type a name, then Enter</source>
        <translation>Add a helper from the tree: type a name, then Enter</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Set their hours</source>
        <translation>Set their hours</translation>
    </message>
    <message>
        <source>Back to the event&apos;s span</source>
        <translation>Back to the event&apos;s span</translation>
    </message>
    <message>
        <source>Hours of the chosen helper:</source>
        <translation>Hours of the chosen helper:</translation>
    </message>
    <message>
        <source>Delete takes the chosen helper off the list.</source>
        <translation>Delete takes the chosen helper off the list.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source> (the event&apos;s span)</source>
        <translation> (the event&apos;s span)</translation>
    </message>
    <message>
        <source>{name} helped at this event.</source>
        <translation>{name} helped at this event.</translation>
    </message>
    <message>
        <source>{name} is on the list already.</source>
        <translation>{name} is on the list already.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents living here</source>
        <translation>Residents living here</translation>
    </message>
    <message>
        <source>Aged 60 and over</source>
        <translation>Aged 60 and over</translation>
    </message>
    <message>
        <source>Aged 80 and over</source>
        <translation>Aged 80 and over</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>Compounds</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>Overdue requests</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Community not set</source>
        <translation>Community not set</translation>
    </message>
    <message>
        <source>of which {count} with no one living there</source>
        <translation>of which {count} with no one living there</translation>
    </message>
    <message>
        <source>Back up to a USB stick: the last one is over {days} days old or missing.</source>
        <translation>Back up to a USB stick: the last one is over {days} days old or missing.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Click to go where this is put right.</source>
        <translation>Click to go where this is put right.</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connected-heart tree</source>
        <translation>Connected-heart tree</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>Move to another household…</translation>
    </message>
    <message>
        <source>Moved out…</source>
        <translation>Moved out…</translation>
    </message>
    <message>
        <source>Deceased…</source>
        <translation>Deceased…</translation>
    </message>
    <message>
        <source>Show full ID and phone</source>
        <translation>Show full ID and phone</translation>
    </message>
    <message>
        <source>Living here again</source>
        <translation>Living here again</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <source>Thanks received…</source>
        <translation>Thanks received…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enter on a member changes it. ID numbers and phones are shown masked.</source>
        <translation>Enter on a member changes it. ID numbers and phones are shown masked.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Household {address}</source>
        <translation>Household {address}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>full numbers viewed</source>
        <translation>full numbers viewed</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import residents from a sheet</source>
        <translation>Import residents from a sheet</translation>
    </message>
    <message>
        <source>Sheets ({patterns})</source>
        <translation>Sheets ({patterns})</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>Checking the sheet…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Import only the rows without errors</source>
        <translation>Import only the rows without errors</translation>
    </message>
    <message>
        <source>Save the rows with errors…</source>
        <translation>Save the rows with errors…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {households} new households, {residents} new residents, {updated} residents updated (matched by ID number), {unchanged} unchanged. {errors} errors, {warnings} warnings.</source>
        <translation>Sheet “{sheet}”: {households} new households, {residents} new residents, {updated} residents updated (matched by ID number), {unchanged} unchanged. {errors} errors, {warnings} warnings.</translation>
    </message>
    <message>
        <source>With errors nothing is imported, unless you choose to import only the {valid} rows without errors ({rejected} rows left out).</source>
        <translation>With errors nothing is imported, unless you choose to import only the {valid} rows without errors ({rejected} rows left out).</translation>
    </message>
    <message>
        <source>Save the rows with errors</source>
        <translation>Save the rows with errors</translation>
    </message>
    <message>
        <source>Rows saved</source>
        <translation>Rows saved</translation>
    </message>
    <message>
        <source>{count} rows with the reason in a column were saved to {path}.</source>
        <translation>{count} rows with the reason in a column were saved to {path}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{households} households and {residents} residents added, {updated} residents updated, {rejected} rows left out.</source>
        <translation>{households} households and {residents} residents added, {updated} residents updated, {rejected} rows left out.</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Volunteer service record (志愿服务记录证明)</source>
        <translation>Volunteer service record (志愿服务记录证明)</translation>
    </message>
    <message>
        <source>Honour certificate (荣誉证书)</source>
        <translation>Honour certificate (荣誉证书)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Leave out those without an ID number</source>
        <translation>Leave out those without an ID number</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>Service team:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>At least:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>Issued before</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <source>Issue and preview…</source>
        <translation>Issue and preview…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (void)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them printed again with their number (补打)</source>
        <translation>
            <numerusform>, %n of them printed again with their number (补打)</numerusform>
            <numerusform>, %n of them printed again with their number (补打)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an ID number</source>
        <translation>
            <numerusform>, %n without an ID number</numerusform>
            <numerusform>, %n without an ID number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register and print %n certificate(s) for {year}? Each new one takes the next number; the numbers are never reused.</source>
        <translation>
            <numerusform>Register and print %n certificate for {year}? Each new one takes the next number; the numbers are never reused.</numerusform>
            <numerusform>Register and print %n certificates for {year}? Each new one takes the next number; the numbers are never reused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <source>Grid leader of {node}</source>
        <translation>Grid leader of {node}</translation>
    </message>
    <message>
        <source>Grid leader:</source>
        <translation>Grid leader:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Print the building ledger…</source>
        <translation>Print the building ledger…</translation>
    </message>
    <message>
        <source>Print a care list…</source>
        <translation>Print a care list…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>{rows} residents were written to {path}.</source>
        <translation>{rows} residents were written to {path}.</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Search name, pinyin, ID, phone, address (Ctrl+F)</source>
        <translation>Search name, pinyin, ID, phone, address (Ctrl+F)</translation>
    </message>
    <message>
        <source>New household…</source>
        <translation>New household…</translation>
    </message>
    <message>
        <source>Choose a unit in the grid first (Ctrl+N).</source>
        <translation>Choose a unit in the grid first (Ctrl+N).</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%Ln resident</numerusform>
            <numerusform>%Ln residents</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} of {total} matches; Down to choose, Enter to open the household</source>
        <translation>The first {shown} of {total} matches; Down to choose, Enter to open the household</translation>
    </message>
    <message>
        <source>Show all {total}</source>
        <translation>Show all {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Down to choose, Enter to open the household</source>
        <translation>
            <numerusform>%n match; Down to choose, Enter to open the household</numerusform>
            <numerusform>%n matches; Down to choose, Enter to open the household</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>LedgerPrintDialog</name>
    <message>
        <source>Whole community</source>
        <translation>Whole community</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>All residents</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>Print full ID numbers and phones</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>Compound:</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>Building:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Care tag:</source>
        <translation>Care tag:</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth Desk</source>
        <translation>Hearth Desk</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Heart tree</source>
        <translation>Heart tree</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Decision on matter {position}</source>
        <translation>Decision on matter {position}</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Due by:</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Joint meetings</source>
        <translation>Joint meetings</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision, owner, due date…</source>
        <translation>Decision, owner, due date…</translation>
    </message>
    <message>
        <source>Mark settled</source>
        <translation>Mark settled</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>Print the minutes…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>Print the sign-in sheet…</translation>
    </message>
    <message>
        <source>{count} matters, {open} not settled</source>
        <translation>{count} matters, {open} not settled</translation>
    </message>
    <message>
        <source>No joint meetings yet: hold the first with “New meeting…”.</source>
        <translation>No joint meetings yet: hold the first with “New meeting…”.</translation>
    </message>
    <message>
        <source>Convenor: {name}&#x3000;Recorder: {recorder}</source>
        <translation>Convenor: {name}&#x3000;Recorder: {recorder}</translation>
    </message>
    <message>
        <source>(carried over from #{number})</source>
        <translation>(carried over from #{number})</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <source>Not settled after all</source>
        <translation>Not settled after all</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member {name}</source>
        <translation>Member {name}</translation>
    </message>
    <message>
        <source>({years} years in the party)</source>
        <translation>({years} years in the party)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>Political status:</translation>
    </message>
    <message>
        <source>Joined the party:</source>
        <translation>Joined the party:</translation>
    </message>
    <message>
        <source>Party branch:</source>
        <translation>Party branch:</translation>
    </message>
    <message>
        <source>Work unit:</source>
        <translation>Work unit:</translation>
    </message>
    <message>
        <source>In service or retired:</source>
        <translation>In service or retired:</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>Dual registration:</translation>
    </message>
    <message>
        <source>Service teams:</source>
        <translation>Service teams:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Skills:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Does not live in the community</source>
        <translation>Does not live in the community</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member of the tree</source>
        <translation>New member of the tree</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Change {name}</translation>
    </message>
    <message>
        <source>The full ID number and phone are shown to change them.</source>
        <translation>The full ID number and phone are shown to change them.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Optional; gender and birth date follow</source>
        <translation>Optional; gender and birth date follow</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>No branch</source>
        <translation>No branch</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Also registered with the workplace&apos;s party organisation</source>
        <translation>Also registered with the workplace&apos;s party organisation</translation>
    </message>
    <message>
        <source>e.g. the city hospital&apos;s party committee</source>
        <translation>e.g. the city hospital&apos;s party committee</translation>
    </message>
    <message>
        <source>e.g. haircuts, legal advice</source>
        <translation>e.g. haircuts, legal advice</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>Political status:</translation>
    </message>
    <message>
        <source>Party branch:</source>
        <translation>Party branch:</translation>
    </message>
    <message>
        <source>In service or retired:</source>
        <translation>In service or retired:</translation>
    </message>
    <message>
        <source>Dual registration:</source>
        <translation>Dual registration:</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Years in the party</source>
        <translation>Years in the party</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>In service or retired</source>
        <translation>In service or retired</translation>
    </message>
    <message>
        <source>Dual registration</source>
        <translation>Dual registration</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>Service teams</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>MonthStrip</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name} to another household</source>
        <translation>Move {name} to another household</translation>
    </message>
    <message>
        <source>Type an address or a name, then Down to choose</source>
        <translation>Type an address or a name, then Down to choose</translation>
    </message>
    <message>
        <source>Find the household:</source>
        <translation>Find the household:</translation>
    </message>
    <message>
        <source>Moves into:</source>
        <translation>Moves into:</translation>
    </message>
    <message>
        <source>Relation to the head there:</source>
        <translation>Relation to the head there:</translation>
    </message>
    <message>
        <source>(no household chosen yet)</source>
        <translation>(no household chosen yet)</translation>
    </message>
</context>
<context>
    <name>NewClassDialog</name>
    <message>
        <source>New class</source>
        <translation>New class</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Weekly times:</source>
        <translation>Weekly times:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Teacher:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>New household in {unit}</source>
        <translation>New household in {unit}</translation>
    </message>
    <message>
        <source>e.g. 0401</source>
        <translation>e.g. 0401</translation>
    </message>
    <message>
        <source>Door number:</source>
        <translation>Door number:</translation>
    </message>
    <message>
        <source>Head of the household (户主)</source>
        <translation>Head of the household (户主)</translation>
    </message>
    <message>
        <source>The door number is empty.</source>
        <translation>The door number is empty.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New joint meeting</source>
        <translation>New joint meeting</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Convenor:</source>
        <translation>Convenor:</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>Who came, e.g. 张三、李四</source>
        <translation>Who came, e.g. 张三、李四</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>One matter a line</source>
        <translation>One matter a line</translation>
    </message>
    <message>
        <source>Matters the last meeting did not settle come onto this agenda by themselves.</source>
        <translation>Matters the last meeting did not settle come onto this agenda by themselves.</translation>
    </message>
    <message>
        <source>Requests to bring to the table:</source>
        <translation>Requests to bring to the table:</translation>
    </message>
    <message>
        <source>New matters:</source>
        <translation>New matters:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Type a resident&apos;s name or an address</source>
        <translation>Type a resident&apos;s name or an address</translation>
    </message>
    <message>
        <source>Or a place, e.g. the north gate</source>
        <translation>Or a place, e.g. the north gate</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
</context>
<context>
    <name>NewTermDialog</name>
    <message>
        <source>New term</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>One a line: 2026-10-01 国庆</source>
        <translation>One a line: 2026-10-01 国庆</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Closure days:</source>
        <translation>Closure days:</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{count} requests are overdue.</source>
        <translation>{count} requests are overdue.</translation>
    </message>
    <message>
        <source>No joint meeting was held in quarter {quarters} of this year.</source>
        <translation>No joint meeting was held in quarter {quarters} of this year.</translation>
    </message>
    <message>
        <source>No joint meeting has been held this quarter.</source>
        <translation>No joint meeting has been held this quarter.</translation>
    </message>
    <message>
        <source>The community&apos;s name has not been set; printouts will have no heading.</source>
        <translation>The community&apos;s name has not been set; printouts will have no heading.</translation>
    </message>
    <message>
        <source>{count} units have no grid leader.</source>
        <translation>{count} units have no grid leader.</translation>
    </message>
    <message>
        <source>{count} households have no head of household.</source>
        <translation>{count} households have no head of household.</translation>
    </message>
    <message>
        <source>{count} households have no residents living there.</source>
        <translation>{count} households have no residents living there.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Party organisation</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>e.g. the Heping Li community general branch</source>
        <translation>e.g. the Heping Li community general branch</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>Add branch</translation>
    </message>
    <message>
        <source>Remove branch…</source>
        <translation>Remove branch…</translation>
    </message>
    <message>
        <source>Party branches (double-click a cell to change it):</source>
        <translation>Party branches (double-click a cell to change it):</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>Remove branch</translation>
    </message>
    <message numerus="yes">
        <source>Remove {branch}? Its %n member(s) stay in the tree without a branch.</source>
        <translation>
            <numerusform>Remove {branch}? Its %n member stays in the tree without a branch.</numerusform>
            <numerusform>Remove {branch}? Its %n members stay in the tree without a branch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>OutsiderDialog</name>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>e.g. 青年湖社区</source>
        <translation>e.g. 青年湖社区</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner unit</source>
        <translation>New partner unit</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Change {name}</translation>
    </message>
    <message>
        <source>e.g. free health checks, legal advice</source>
        <translation>e.g. free health checks, legal advice</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>Services offered:</source>
        <translation>Services offered:</translation>
    </message>
    <message>
        <source>Partner since:</source>
        <translation>Partner since:</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete partner unit</source>
        <translation>Delete partner unit</translation>
    </message>
    <message>
        <source>Delete the partner unit {name}?</source>
        <translation>Delete the partner unit {name}?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Community overview</source>
        <translation>Community overview</translation>
    </message>
    <message>
        <source>Households and residents per compound, age bands and what needs attention; one or two A4 pages.</source>
        <translation>Households and residents per compound, age bands and what needs attention; one or two A4 pages.</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>Building ledger</translation>
    </message>
    <message>
        <source>Every household of a building, a compound or the whole community, by unit and door, with its members; A4 landscape.</source>
        <translation>Every household of a building, a compound or the whole community, by unit and door, with its members; A4 landscape.</translation>
    </message>
    <message>
        <source>Care list</source>
        <translation>Care list</translation>
    </message>
    <message>
        <source>The residents with one care tag, such as the elderly living alone, with age, address and phone; A4 landscape.</source>
        <translation>The residents with one care tag, such as the elderly living alone, with age, address and phone; A4 landscape.</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <source>One card per member, with teams, phone, the team&apos;s promise and a QR code a phone saves as a contact; ten 90×54 mm cards per A4 sheet, with crop marks.</source>
        <translation>One card per member, with teams, phone, the team&apos;s promise and a QR code a phone saves as a contact; ten 90×54 mm cards per A4 sheet, with crop marks.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Every member of the tree or of one team, with party details, teams and phone; ID numbers and phones partly hidden; A4 landscape.</source>
        <translation>Every member of the tree or of one team, with party details, teams and phone; ID numbers and phones partly hidden; A4 landscape.</translation>
    </message>
    <message>
        <source>The connected-heart tree poster</source>
        <translation>The connected-heart tree poster</translation>
    </message>
    <message>
        <source>The tree as painted on the wall: every team a branch, every member a leaf with work unit, name and phone; A3 to A0, or tiled onto A4 or A3 sheets.</source>
        <translation>The tree as painted on the wall: every team a branch, every member a leaf with work unit, name and phone; A3 to A0, or tiled onto A4 or A3 sheets.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Everyone signed up for an event, in order, with a column to sign and a code the door&apos;s scanner reads; then the waiting list and blank rows; A4.</source>
        <translation>Everyone signed up for an event, in order, with a column to sign and a code the door&apos;s scanner reads; then the waiting list and blank rows; A4.</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>Event notice</translation>
    </message>
    <message>
        <source>The notice for the board: title, time, place, the stalls, whom to ask and a QR code that dials the number; A4 or A3.</source>
        <translation>The notice for the board: title, time, place, the stalls, whom to ask and a QR code that dials the number; A4 or A3.</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Whom to phone about an event: those who moved up from the waiting list and the elderly, with full numbers; A4.</source>
        <translation>Whom to phone about an event: those who moved up from the waiting list and the elderly, with full numbers; A4.</translation>
    </message>
    <message>
        <source>Public notice of certificates</source>
        <translation>Public notice of certificates</translation>
    </message>
    <message>
        <source>The volunteer certificates issued in a year, with ID numbers partly hidden, the notice period of at least seven days and whom to tell an objection; A4 landscape.</source>
        <translation>The volunteer certificates issued in a year, with ID numbers partly hidden, the notice period of at least seven days and whom to tell an objection; A4 landscape.</translation>
    </message>
    <message>
        <source>Register of certificates</source>
        <translation>Register of certificates</translation>
    </message>
    <message>
        <source>Every certificate of a year by number, voided ones with their reason and how often each was printed again, for the office&apos;s file; A4 landscape.</source>
        <translation>Every certificate of a year by number, voided ones with their reason and how often each was printed again, for the office&apos;s file; A4 landscape.</translation>
    </message>
    <message>
        <source>Volunteer service of the year</source>
        <translation>Volunteer service of the year</translation>
    </message>
    <message>
        <source>The year in sentences, by month, by service team and the top volunteers, each with its chart, for the reports a street office asks for; A4.</source>
        <translation>The year in sentences, by month, by service team and the top volunteers, each with its chart, for the reports a street office asks for; A4.</translation>
    </message>
    <message>
        <source>Visit round sheet</source>
        <translation>Visit round sheet</translation>
    </message>
    <message>
        <source>The households due a visit in a grid worker&apos;s area or part of the grid, building by building in door order, with blank columns for the date, what was found and a signature; A4.</source>
        <translation>The households due a visit in a grid worker&apos;s area or part of the grid, building by building in door order, with blank columns for the date, what was found and a signature; A4.</translation>
    </message>
    <message>
        <source>Minutes of a joint meeting</source>
        <translation>Minutes of a joint meeting</translation>
    </message>
    <message>
        <source>The meeting&apos;s day, place and who came for each of the five parties, every matter with its decision, owner and due date, the carried-over ones marked, and room to sign; the latest meeting unless one is chosen on its page; A4.</source>
        <translation>The meeting&apos;s day, place and who came for each of the five parties, every matter with its decision, owner and due date, the carried-over ones marked, and room to sign; the latest meeting unless one is chosen on its page; A4.</translation>
    </message>
    <message>
        <source>Sign-in sheet of a joint meeting</source>
        <translation>Sign-in sheet of a joint meeting</translation>
    </message>
    <message>
        <source>One block per party with rows to fill in: name, unit or role, phone and signature; the latest meeting unless one is chosen on its page; A4.</source>
        <translation>One block per party with rows to fill in: name, unit or role, phone and signature; the latest meeting unless one is chosen on its page; A4.</translation>
    </message>
    <message>
        <source>Visits and problems: the figures</source>
        <translation>Visits and problems: the figures</translation>
    </message>
    <message>
        <source>A period&apos;s door-to-door visits and households covered against those due, the problems by category, tier and status, closure and satisfaction, by month and quarter with charts; A4.</source>
        <translation>A period&apos;s door-to-door visits and households covered against those due, the problems by category, tier and status, closure and satisfaction, by month and quarter with charts; A4.</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>Problem ledger</translation>
    </message>
    <message>
        <source>Every request of a period, with its tier, handler, due date, status, result and satisfaction, and the totals; A4 landscape, or .xlsx.</source>
        <translation>Every request of a period, with its tier, handler, due date, status, result and satisfaction, and the totals; A4 landscape, or .xlsx.</translation>
    </message>
    <message>
        <source>Timetable of the elderly university</source>
        <translation>Timetable of the elderly university</translation>
    </message>
    <message>
        <source>A term&apos;s classes as a week grid for the notice board, each with its room and teacher, and the days without classes; A4 or A3 landscape.</source>
        <translation>A term&apos;s classes as a week grid for the notice board, each with its room and teacher, and the days without classes; A4 or A3 landscape.</translation>
    </message>
    <message>
        <source>Attendance sheet of a class</source>
        <translation>Attendance sheet of a class</translation>
    </message>
    <message>
        <source>A class&apos;s students with a column per session date to tick on paper, the attendance already entered ticked; A4 landscape.</source>
        <translation>A class&apos;s students with a column per session date to tick on paper, the attendance already entered ticked; A4 landscape.</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>Class roster</translation>
    </message>
    <message>
        <source>A class&apos;s students with full phones for the teacher to call, the community of those from elsewhere and the day they enrolled, then the waiting list; A4.</source>
        <translation>A class&apos;s students with full phones for the teacher to call, the community of those from elsewhere and the day they enrolled, then the waiting list; A4.</translation>
    </message>
    <message>
        <source>Volunteer certificates</source>
        <translation>Volunteer certificates</translation>
    </message>
    <message>
        <source>One numbered certificate per volunteer who qualifies, registered as it is printed: service records on A4 portrait, honours on A4 landscape.</source>
        <translation>One numbered certificate per volunteer who qualifies, registered as it is printed: service records on A4 portrait, honours on A4 landscape.</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <source>{title} — preview and print</source>
        <translation>{title} — preview and print</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Page {page}: “{characters}” in “{text}” has no font and prints as □</source>
        <translation>Page {page}: “{characters}” in “{text}” has no font and prints as □</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…and {count} more</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>Printing page {page} of {pages}…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{title} — Print preview</source>
        <translation>{title} — Print preview</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Some characters have no font and will print as □. Please write them in by hand on the paper:</source>
        <translation>Some characters have no font and will print as □. Please write them in by hand on the paper:</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>{count} page(s) sent to the printer.</source>
        <translation>{count} page(s) sent to the printer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Creating households…</source>
        <translation>Creating households…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Planting the tree…</source>
        <translation>Planting the tree…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Registering certificates…</source>
        <translation>Registering certificates…</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Upgrading the backup&apos;s data…</source>
        <translation>Upgrading the backup&apos;s data…</translation>
    </message>
    <message>
        <source>Keeping a safety copy…</source>
        <translation>Keeping a safety copy…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Taking a snapshot of the store…</source>
        <translation>Taking a snapshot of the store…</translation>
    </message>
    <message>
        <source>Reading the backup back…</source>
        <translation>Reading the backup back…</translation>
    </message>
    <message>
        <source>Backup verified.</source>
        <translation>Backup verified.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Exporting residents…</source>
        <translation>Exporting residents…</translation>
    </message>
    <message>
        <source>Importing residents…</source>
        <translation>Importing residents…</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>Reading the members…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>Importing members…</translation>
    </message>
    <message>
        <source>Reading the sign-ups…</source>
        <translation>Reading the sign-ups…</translation>
    </message>
    <message>
        <source>Reading the year&apos;s service…</source>
        <translation>Reading the year&apos;s service…</translation>
    </message>
    <message>
        <source>Counting the visits and problems…</source>
        <translation>Counting the visits and problems…</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Reading the requests…</translation>
    </message>
    <message>
        <source>Reading the classes…</source>
        <translation>Reading the classes…</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>Times served</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Record service…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete {member}&apos;s service of {date} ({what})?</source>
        <translation>Delete {member}&apos;s service of {date} ({what})?</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Delete service</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Find by name or number</source>
        <translation>Find by name or number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Print again (补打)…</source>
        <translation>Print again (补打)…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Print the register</translation>
    </message>
    <message>
        <source>Print the public notice</source>
        <translation>Print the public notice</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>Choose a certificate in the register first.</source>
        <translation>Choose a certificate in the register first.</translation>
    </message>
    <message>
        <source>{number} is void; its number is not used again.</source>
        <translation>{number} is void; its number is not used again.</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>Void a certificate</translation>
    </message>
    <message>
        <source>Why is {number} void (lost, misprinted…)?</source>
        <translation>Why is {number} void (lost, misprinted…)?</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to {path}.</source>
        <translation>
            <numerusform>%n certificate written to {path}.</numerusform>
            <numerusform>%n certificates written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>certificate register {year}.xlsx</source>
        <translation>certificate register {year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Community overview</source>
        <translation>Community overview</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Birth date (age)</source>
        <translation>Birth date (age)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>{date} ({age})</source>
        <translation>{date} ({age})</translation>
    </message>
    <message>
        <source>Grid leader: not set</source>
        <translation>Grid leader: not set</translation>
    </message>
    <message>
        <source>Grid leader: {name} {phone}</source>
        <translation>Grid leader: {name} {phone}</translation>
    </message>
    <message>
        <source>(community name not set)</source>
        <translation>(community name not set)</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>Building ledger</translation>
    </message>
    <message>
        <source>{buildings} buildings, {households} households, {residents} residents.</source>
        <translation>{buildings} buildings, {households} households, {residents} residents.</translation>
    </message>
    <message>
        <source>Only the residents tagged “{tag}” are listed.</source>
        <translation>Only the residents tagged “{tag}” are listed.</translation>
    </message>
    <message>
        <source>ID numbers and phones are partly hidden.</source>
        <translation>ID numbers and phones are partly hidden.</translation>
    </message>
    <message>
        <source>{place} (continued)</source>
        <translation>{place} (continued)</translation>
    </message>
    <message>
        <source>The community has {compounds} compounds, {buildings} buildings and {units} units, with {households} households and {residents} residents; {aged_60} are aged 60 or over and {aged_80} aged 80 or over.</source>
        <translation>The community has {compounds} compounds, {buildings} buildings and {units} units, with {households} households and {residents} residents; {aged_60} are aged 60 or over and {aged_80} aged 80 or over.</translation>
    </message>
    <message>
        <source>Households and residents by compound</source>
        <translation>Households and residents by compound</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source> Residents are those living there now; those who moved out or died are not counted.</source>
        <translation> Residents are those living there now; those who moved out or died are not counted.</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Compound</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>Residents by age</source>
        <translation>Residents by age</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{low} and over</source>
        <translation>{low} and over</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>Birth date unknown</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>In {year} we issued the {count} certificates below; they are posted for public notice from {start} to {end}.</source>
        <translation>In {year} we issued the {count} certificates below; they are posted for public notice from {start} to {end}.</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period with {contact}, phone {phone}.</source>
        <translation>Any objection may be raised within the notice period with {contact}, phone {phone}.</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period by phone, {phone}.</source>
        <translation>Any objection may be raised within the notice period by phone, {phone}.</translation>
    </message>
    <message>
        <source>Any objection may be raised within the notice period with {contact}.</source>
        <translation>Any objection may be raised within the notice period with {contact}.</translation>
    </message>
    <message>
        <source>Public notice of volunteer certificates issued in {year}</source>
        <translation>Public notice of volunteer certificates issued in {year}</translation>
    </message>
    <message>
        <source>No certificates were issued in this year.</source>
        <translation>No certificates were issued in this year.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source> (came without a place)</source>
        <translation> (came without a place)</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Nobody.</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Full phone numbers, for calling: keep this list in the office.</source>
        <translation>Full phone numbers, for calling: keep this list in the office.</translation>
    </message>
    <message>
        <source>The event is cancelled: tell everyone</source>
        <translation>The event is cancelled: tell everyone</translation>
    </message>
    <message>
        <source>Moved up from the waiting list</source>
        <translation>Moved up from the waiting list</translation>
    </message>
    <message>
        <source>Aged {age} or over</source>
        <translation>Aged {age} or over</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Waiting {k}</source>
        <translation>Waiting {k}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>Class roster</translation>
    </message>
    <message>
        <source>For contacting the class only</source>
        <translation>For contacting the class only</translation>
    </message>
    <message>
        <source>{count} students, {waiting} on the waiting list.</source>
        <translation>{count} students, {waiting} on the waiting list.</translation>
    </message>
    <message>
        <source>{count} students of {capacity} places, {waiting} on the waiting list.</source>
        <translation>{count} students of {capacity} places, {waiting} on the waiting list.</translation>
    </message>
    <message>
        <source>Phones are in full, for the teacher to call.</source>
        <translation>Phones are in full, for the teacher to call.</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No one has enrolled yet.</source>
        <translation>No one has enrolled yet.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>{students} students, {sessions} sessions. ✓ marks attendance already recorded; tick the others on paper and enter them afterwards.</source>
        <translation>{students} students, {sessions} sessions. ✓ marks attendance already recorded; tick the others on paper and enter them afterwards.</translation>
    </message>
    <message>
        <source>Sessions {first} to {last} (part {part} of {parts})</source>
        <translation>Sessions {first} to {last} (part {part} of {parts})</translation>
    </message>
    <message>
        <source>Care list: {tag}</source>
        <translation>Care list: {tag}</translation>
    </message>
    <message>
        <source>{count} residents.</source>
        <translation>{count} residents.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Sign-in code</translation>
    </message>
    <message>
        <source>{name} (waiting list no. {position})</source>
        <translation>{name} (waiting list no. {position})</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>{count} signed up, {waiting} on the waiting list; the blank rows are for those who come without signing up.</source>
        <translation>{count} signed up, {waiting} on the waiting list; the blank rows are for those who come without signing up.</translation>
    </message>
    <message>
        <source>Phones are partly hidden.</source>
        <translation>Phones are partly hidden.</translation>
    </message>
    <message>
        <source>No residents to list.</source>
        <translation>No residents to list.</translation>
    </message>
    <message>
        <source>No members to print.</source>
        <translation>No members to print.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <source>{team} ({role})</source>
        <translation>{team} ({role})</translation>
    </message>
    <message>
        <source>Work unit: {unit}</source>
        <translation>Work unit: {unit}</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <source>{capacity} places; sign up by {date}.</source>
        <translation>{capacity} places; sign up by {date}.</translation>
    </message>
    <message>
        <source>{capacity} places.</source>
        <translation>{capacity} places.</translation>
    </message>
    <message>
        <source>Sign up by {date}.</source>
        <translation>Sign up by {date}.</translation>
    </message>
    <message>
        <source>Contact: {name}  Phone: {phone}</source>
        <translation>Contact: {name}  Phone: {phone}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <source>Scan the code to call.</source>
        <translation>Scan the code to call.</translation>
    </message>
    <message>
        <source>Our promise: {promise}</source>
        <translation>Our promise: {promise}</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Probationary member</translation>
    </message>
    <message>
        <source>Not a party member</source>
        <translation>Not a party member</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>Joined the party</translation>
    </message>
    <message>
        <source>Years in the party</source>
        <translation>Years in the party</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>In service or retired</source>
        <translation>In service or retired</translation>
    </message>
    <message>
        <source>Dual registration</source>
        <translation>Dual registration</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>Service teams</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>Citizen ID number</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>{count} people.</source>
        <translation>{count} people.</translation>
    </message>
    <message>
        <source>No members to list.</source>
        <translation>No members to list.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{count} people · leader: {name}</source>
        <translation>{count} people · leader: {name}</translation>
    </message>
    <message>
        <source>The connected-heart tree</source>
        <translation>The connected-heart tree</translation>
    </message>
    <message>
        <source>The residents are the soil: {residents} residents living here, {households} households</source>
        <translation>The residents are the soil: {residents} residents living here, {households} households</translation>
    </message>
    <message>
        <source>(party organisation not set)</source>
        <translation>(party organisation not set)</translation>
    </message>
    <message>
        <source>Cut along the corner marks; glue each sheet over the shaded strip of the sheet to its left or above.</source>
        <translation>Cut along the corner marks; glue each sheet over the shaded strip of the sheet to its left or above.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>Row {row}, column {column}</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>Time: {time}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>No volunteer service was recorded in {year}.</source>
        <translation>No volunteer service was recorded in {year}.</translation>
    </message>
    <message>
        <source>In {year}, {people} volunteers served {times} times for {hours} hours in all, serving residents {served} times; {average} hours per volunteer.</source>
        <translation>In {year}, {people} volunteers served {times} times for {hours} hours in all, serving residents {served} times; {average} hours per volunteer.</translation>
    </message>
    <message>
        <source> The busiest month was {month} ({times} times).</source>
        <translation> The busiest month was {month} ({times} times).</translation>
    </message>
    <message>
        <source>month {n}</source>
        <translation>month {n}</translation>
    </message>
    <message>
        <source> {team} served the most hours ({hours}).</source>
        <translation> {team} served the most hours ({hours}).</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>Residents served</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From {start} to {end}, {visits} visits were made to {visited} households; {covered} of the {due} households due were visited ({coverage}).</source>
        <translation>From {start} to {end}, {visits} visits were made to {visited} households; {covered} of the {due} households due were visited ({coverage}).</translation>
    </message>
    <message>
        <source> No problems were registered.</source>
        <translation> No problems were registered.</translation>
    </message>
    <message>
        <source> {registered} problems were registered and {done} closed (closure rate {rate}), in {days} days at the median.</source>
        <translation> {registered} problems were registered and {done} closed (closure rate {rate}), in {days} days at the median.</translation>
    </message>
    <message>
        <source> Of {rated} residents asked at return visits, {share} were satisfied.</source>
        <translation> Of {rated} residents asked at return visits, {share} were satisfied.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visited of due</source>
        <translation>Visited of due</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>{year}, month {month}</source>
        <translation>{year}, month {month}</translation>
    </message>
    <message>
        <source>{year} quarter {quarter}</source>
        <translation>{year} quarter {quarter}</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>Visits by month</translation>
    </message>
    <message>
        <source>A household is due in a month or quarter when it was never visited before, or its last visit plus its interval by the visiting rules falls within it; a household due in two months counts in each of them.</source>
        <translation>A household is due in a month or quarter when it was never visited before, or its last visit plus its interval by the visiting rules falls within it; a household due in two months counts in each of them.</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>Problems by category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problems by tier</source>
        <translation>Problems by tier</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Problems by status</source>
        <translation>Problems by status</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>At the return visit</source>
        <translation>At the return visit</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Door-to-door visits and problems handled</source>
        <translation>Door-to-door visits and problems handled</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>By month: hours served</source>
        <translation>By month: hours served</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>Service team</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>Hours each</translation>
    </message>
    <message>
        <source>A member of several teams counts in each of them, so the teams add up to more than the year.</source>
        <translation>A member of several teams counts in each of them, so the teams add up to more than the year.</translation>
    </message>
    <message>
        <source>By service team: hours served</source>
        <translation>By service team: hours served</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Top volunteers by hours</source>
        <translation>Top volunteers by hours</translation>
    </message>
    <message>
        <source>Volunteer service in {year}</source>
        <translation>Volunteer service in {year}</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>No one qualifies.</source>
        <translation>No one qualifies.</translation>
    </message>
    <message>
        <source>Certificate of Honour</source>
        <translation>Certificate of Honour</translation>
    </message>
    <message>
        <source>Awarded in recognition of this service.</source>
        <translation>Awarded in recognition of this service.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>Volunteer Service Record Certificate</source>
        <translation>Volunteer Service Record Certificate</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>This is to certify that the volunteer below served with us, as recorded:</source>
        <translation>This is to certify that the volunteer below served with us, as recorded:</translation>
    </message>
    <message>
        <source>This is hereby certified.</source>
        <translation>This is hereby certified.</translation>
    </message>
    <message>
        <source>{what} ({times} times)</source>
        <translation>{what} ({times} times)</translation>
    </message>
    <message>
        <source>Served {times} times in all, mainly: {what}.</source>
        <translation>Served {times} times in all, mainly: {what}.</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>Register of certificates issued in {year}</source>
        <translation>Register of certificates issued in {year}</translation>
    </message>
    <message>
        <source>ID numbers partly hidden; the store keeps them whole.</source>
        <translation>ID numbers partly hidden; the store keeps them whole.</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>Reason voided</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Date visited</source>
        <translation>Date visited</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>{count} households</source>
        <translation>{count} households</translation>
    </message>
    <message>
        <source>Grid worker: {name}</source>
        <translation>Grid worker: {name}</translation>
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation>{heading} (continued)</translation>
    </message>
    <message>
        <source>Visit round sheet</source>
        <translation>Visit round sheet</translation>
    </message>
    <message>
        <source>{count} households due a visit by {date} or overdue, building by building in door order. Fill in the blank columns on the round and enter them afterwards.</source>
        <translation>{count} households due a visit by {date} or overdue, building by building in door order. Fill in the blank columns on the round and enter them afterwards.</translation>
    </message>
    <message>
        <source>No household is due a visit here.</source>
        <translation>No household is due a visit here.</translation>
    </message>
    <message>
        <source>Unit / role</source>
        <translation>Unit / role</translation>
    </message>
    <message>
        <source>Joint meeting sign-in sheet</source>
        <translation>Joint meeting sign-in sheet</translation>
    </message>
    <message>
        <source>Convenor: {name}</source>
        <translation>Convenor: {name}</translation>
    </message>
    <message>
        <source>Recorder: {name}</source>
        <translation>Recorder: {name}</translation>
    </message>
    <message>
        <source>{community} joint meeting minutes</source>
        <translation>{community} joint meeting minutes</translation>
    </message>
    <message>
        <source>carried over from #{number}</source>
        <translation>carried over from #{number}</translation>
    </message>
    <message>
        <source>request #{number} ({status})</source>
        <translation>request #{number} ({status})</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <source>Convenor (signature): {line}</source>
        <translation>Convenor (signature): {line}</translation>
    </message>
    <message>
        <source>Recorder (signature): {line}</source>
        <translation>Recorder (signature): {line}</translation>
    </message>
    <message>
        <source>Signatures of the parties present:</source>
        <translation>Signatures of the parties present:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>Matters and decisions</source>
        <translation>Matters and decisions</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>{count} matters were not settled at an earlier meeting and were carried over to this one.</source>
        <translation>{count} matters were not settled at an earlier meeting and were carried over to this one.</translation>
    </message>
    <message>
        <source>No matters.</source>
        <translation>No matters.</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>Household or place</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>Problem ledger</translation>
    </message>
    <message>
        <source>No requests to list.</source>
        <translation>No requests to list.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Term: {first} to {last}.</source>
        <translation>Term: {first} to {last}.</translation>
    </message>
    <message>
        <source>No closure days.</source>
        <translation>No closure days.</translation>
    </message>
    <message>
        <source>No classes on: {days}.</source>
        <translation>No classes on: {days}.</translation>
    </message>
    <message>
        <source>{community} elderly university: {term} timetable</source>
        <translation>{community} elderly university: {term} timetable</translation>
    </message>
    <message>
        <source>The term has no classes yet.</source>
        <translation>The term has no classes yet.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>Term: {term}</translation>
    </message>
    <message>
        <source>Teacher: {name}</source>
        <translation>Teacher: {name}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <source>Meets: {slots}</source>
        <translation>Meets: {slots}</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>Report to the street…</source>
        <translation>Report to the street…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>Return visit…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Log a banner or letter…</source>
        <translation>Log a banner or letter…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>Choose a request in the list.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Household or place:</source>
        <translation>Household or place:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Partner unit:</source>
        <translation>Partner unit:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Street office reference:</source>
        <translation>Street office reference:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <source>{date} {kind} from {giver}: {words}</source>
        <translation>{date} {kind} from {giver}: {words}</translation>
    </message>
    <message>
        <source>Report to the street</source>
        <translation>Report to the street</translation>
    </message>
    <message>
        <source>The street office&apos;s reference:</source>
        <translation>The street office&apos;s reference:</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>The resident is:</source>
        <translation>The resident is:</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Household or place</source>
        <translation>Household or place</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Print the problem ledger…</source>
        <translation>Print the problem ledger…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New member of {address}</source>
        <translation>New member of {address}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Change {name}</translation>
    </message>
    <message>
        <source>The full ID number and phone are shown to change them.</source>
        <translation>The full ID number and phone are shown to change them.</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>18 characters; gender and birth date follow</source>
        <translation>18 characters; gender and birth date follow</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>From the ID number: {gender}</source>
        <translation>From the ID number: {gender}</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RoundTab</name>
    <message>
        <source>Visit round</source>
        <translation>Visit round</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Visit round: door order</source>
        <translation>Visit round: door order</translation>
    </message>
    <message>
        <source>Print the round sheet…</source>
        <translation>Print the round sheet…</translation>
    </message>
    <message>
        <source>Whose round:</source>
        <translation>Whose round:</translation>
    </message>
    <message>
        <source>Arrow keys move from door to door; Enter records a visit and moves on.</source>
        <translation>Arrow keys move from door to door; Enter records a visit and moves on.</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>The whole community</translation>
    </message>
    <message>
        <source>{count} households due, {overdue} of them overdue.</source>
        <translation>{count} households due, {overdue} of them overdue.</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>Change service</source>
        <translation>Change service</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>Type a member&apos;s name or pinyin</source>
        <translation>Type a member&apos;s name or pinyin</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Optional: a resident of the household</source>
        <translation>Optional: a resident of the household</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>Household served:</source>
        <translation>Household served:</translation>
    </message>
    <message>
        <source>Times served:</source>
        <translation>Times served:</translation>
    </message>
</context>
<context>
    <name>SessionChangeDialog</name>
    <message>
        <source>Cancel the session of {when}</source>
        <translation>Cancel the session of {when}</translation>
    </message>
    <message>
        <source>Move the session of {when}</source>
        <translation>Move the session of {when}</translation>
    </message>
    <message>
        <source>To the day:</source>
        <translation>To the day:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>Language and text size</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>Save names</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Visiting rules</source>
        <translation>Visiting rules</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Issuer, numbers and honour text…</source>
        <translation>Issuer, numbers and honour text…</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Database server:</translation>
    </message>
    <message>
        <source>The change applies when the window opens again.</source>
        <translation>The change applies when the window opens again.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <source>Sign up: type a name, pinyin, ID or phone tail, then Enter</source>
        <translation>Sign up: type a name, pinyin, ID or phone tail, then Enter</translation>
    </message>
    <message>
        <source>Someone not in the ledger…</source>
        <translation>Someone not in the ledger…</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sign-up has closed</source>
        <translation>Sign-up has closed</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign up someone not in the ledger</source>
        <translation>Sign up someone not in the ledger</translation>
    </message>
    <message>
        <source>{name}: the event is full; waiting, no. {k}.</source>
        <translation>{name}: the event is full; waiting, no. {k}.</translation>
    </message>
    <message>
        <source>{name}: signed up.</source>
        <translation>{name}: signed up.</translation>
    </message>
    <message>
        <source>Choose a sign-up in the list first.</source>
        <translation>Choose a sign-up in the list first.</translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s sign-up?</source>
        <translation>Cancel {name}&apos;s sign-up?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-up is cancelled.</source>
        <translation>{name}&apos;s sign-up is cancelled.</translation>
    </message>
    <message>
        <source>{name} moved up from the waiting list; please phone {phone}.</source>
        <translation>{name} moved up from the waiting list; please phone {phone}.</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>waiting, no. {k}</source>
        <translation>waiting, no. {k}</translation>
    </message>
    <message>
        <source>{status} (on site)</source>
        <translation>{status} (on site)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>No PIN</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Grid nodes looked after:</source>
        <translation>Grid nodes looked after:</translation>
    </message>
    <message>
        <source>PIN (4 digits):</source>
        <translation>PIN (4 digits):</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>StallCountersDialog</name>
    <message>
        <source>This event has no stalls to count. Add the stalls (unit and service) in the event&apos;s form; they show here at once.</source>
        <translation>This event has no stalls to count. Add the stalls (unit and service) in the event&apos;s form; they show here at once.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Takes back the last +1 made here (Ctrl+Z)</source>
        <translation>Takes back the last +1 made here (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Stall counters: {title}</source>
        <translation>Stall counters: {title}</translation>
    </message>
    <message>
        <source>{n} served in all</source>
        <translation>{n} served in all</translation>
    </message>
    <message>
        <source>+1 {service}: {n}</source>
        <translation>+1 {service}: {n}</translation>
    </message>
    <message>
        <source>Nothing to undo: no +1 was made in this window.</source>
        <translation>Nothing to undo: no +1 was made in this window.</translation>
    </message>
    <message>
        <source>Took back one at {service}: {n} now</source>
        <translation>Took back one at {service}: {n} now</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>{name} moved out</source>
        <translation>{name} moved out</translation>
    </message>
    <message>
        <source>On which day did {name} move out?</source>
        <translation>On which day did {name} move out?</translation>
    </message>
    <message>
        <source>{name} died</source>
        <translation>{name} died</translation>
    </message>
    <message>
        <source>On which day did {name} die?</source>
        <translation>On which day did {name} die?</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>#{number} {title}: after the event</source>
        <translation>#{number} {title}: after the event</translation>
    </message>
    <message>
        <source>Signed up:</source>
        <translation>Signed up:</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>Came:</translation>
    </message>
    <message>
        <source>Of them on site, without a place:</source>
        <translation>Of them on site, without a place:</translation>
    </message>
    <message>
        <source>Did not come:</source>
        <translation>Did not come:</translation>
    </message>
    <message>
        <source>Still waiting:</source>
        <translation>Still waiting:</translation>
    </message>
    <message>
        <source>Times served, in all:</source>
        <translation>Times served, in all:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>Times served</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>What the next notice to the residents could say:</source>
        <translation>What the next notice to the residents could say:</translation>
    </message>
    <message>
        <source>Thank you to everyone who came to {title} on {month}/{day}!</source>
        <translation>Thank you to everyone who came to {title} on {month}/{day}!</translation>
    </message>
    <message>
        <source> The next {kind} is on {month}/{day}{place}; you are welcome to sign up.</source>
        <translation> The next {kind} is on {month}/{day}{place}; you are welcome to sign up.</translation>
    </message>
    <message>
        <source> {signed} signed up and {came} came.</source>
        <translation> {signed} signed up and {came} came.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{service} {n}</source>
        <translation>{service} {n}</translation>
    </message>
    <message>
        <source> The stalls served residents {n} times: {stalls}.</source>
        <translation> The stalls served residents {n} times: {stalls}.</translation>
    </message>
    <message>
        <source> The date of the next one will be announced here.</source>
        <translation> The date of the next one will be announced here.</translation>
    </message>
    <message>
        <source> at {place}</source>
        <translation> at {place}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New service team</source>
        <translation>New service team</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Change {name}</translation>
    </message>
    <message>
        <source>e.g. the hairdressing service team</source>
        <translation>e.g. the hairdressing service team</translation>
    </message>
    <message>
        <source>A short sentence for the poster and the cards</source>
        <translation>A short sentence for the poster and the cards</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>What the team does:</source>
        <translation>What the team does:</translation>
    </message>
    <message>
        <source>Service promise:</source>
        <translation>Service promise:</translation>
    </message>
    <message>
        <source>Colour on the poster:</source>
        <translation>Colour on the poster:</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Add a member: type a name, pinyin or phone, then Enter</source>
        <translation>Add a member: type a name, pinyin or phone, then Enter</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>Make leader</translation>
    </message>
    <message>
        <source>Make deputy leader</source>
        <translation>Make deputy leader</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <source>Change team…</source>
        <translation>Change team…</translation>
    </message>
    <message>
        <source>Delete team…</source>
        <translation>Delete team…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n member)</numerusform>
            <numerusform>{name} (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>Leader: {name}</translation>
    </message>
    <message>
        <source>No service teams yet</source>
        <translation>No service teams yet</translation>
    </message>
    <message>
        <source>Purpose: {text}</source>
        <translation>Purpose: {text}</translation>
    </message>
    <message>
        <source>Promise: {text}</source>
        <translation>Promise: {text}</translation>
    </message>
    <message>
        <source>{name} joined {team}.</source>
        <translation>{name} joined {team}.</translation>
    </message>
    <message>
        <source>{name} is already in {team}.</source>
        <translation>{name} is already in {team}.</translation>
    </message>
    <message>
        <source>Choose a member in the table first.</source>
        <translation>Choose a member in the table first.</translation>
    </message>
    <message>
        <source>{name} left {team}.</source>
        <translation>{name} left {team}.</translation>
    </message>
    <message>
        <source>Remove {name} from {team}?</source>
        <translation>Remove {name} from {team}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} is now {role} of {team}.</source>
        <translation>{name} is now {role} of {team}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete {team}? Its %n member(s) stay in the tree and in their other teams.</source>
        <translation>
            <numerusform>Delete {team}? Its %n member stays in the tree and in their other teams.</numerusform>
            <numerusform>Delete {team}? Its %n members stay in the tree and in their other teams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>{team} was deleted.</source>
        <translation>{team} was deleted.</translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <source>Thanks for request #{number}</source>
        <translation>Thanks for request #{number}</translation>
    </message>
    <message>
        <source>Thanks from {address}</source>
        <translation>Thanks from {address}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Given by:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Words:</translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <source>Enrolled {n}, no limit</source>
        <translation>Enrolled {n}, no limit</translation>
    </message>
    <message>
        <source>Enrolled {n}/places {cap}, waiting {w}</source>
        <translation>Enrolled {n}/places {cap}, waiting {w}</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>Party organisation…</source>
        <translation>Party organisation…</translation>
    </message>
    <message>
        <source>The tree</source>
        <translation>The tree</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>Member directory</translation>
    </message>
    <message>
        <source>Service teams</source>
        <translation>Service teams</translation>
    </message>
    <message>
        <source>Partner units</source>
        <translation>Partner units</translation>
    </message>
</context>
<context>
    <name>TreePrintDialog</name>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>Print full ID numbers and phones</translation>
    </message>
    <message>
        <source>One sheet of that size (a print shop)</source>
        <translation>One sheet of that size (a print shop)</translation>
    </message>
    <message>
        <source>Tiled onto {sheet} sheets (the office printer)</source>
        <translation>Tiled onto {sheet} sheets (the office printer)</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>Service team:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Paper size:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Printing:</translation>
    </message>
    <message>
        <source>Tiled sheets overlap by a margin and carry cut and glue marks and their row and column.</source>
        <translation>Tiled sheets overlap by a margin and carry cut and glue marks and their row and column.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</translation>
    </message>
    <message>
        <source>There is no store in {folder} yet; start Hearth Desk or run hearth-desk init first.</source>
        <translation>--households must be between 1 and 200000, not {value}.&lt;/source&gt;
        &lt;translation&gt;--households must be between 1 and 200000, not {value}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;There is no store in {folder} yet; start Hearth Desk or run hearth-desk init first.</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>The {field} name is empty; please fill it in.</source>
        <translation>The {field} name is empty; please fill it in.</translation>
    </message>
    <message>
        <source>The name “{value}” is longer than {limit} characters.</source>
        <translation>The name “{value}” is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Hearth Desk is already running on the data folder {folder}; close it first, or choose another folder with --data-dir.</source>
        <translation>Hearth Desk is already running on the data folder {folder}; close it first, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>The database {where} holds tables but is not a Hearth Desk store; it was left untouched.</source>
        <translation>The database {where} holds tables but is not a Hearth Desk store; it was left untouched.</translation>
    </message>
    <message>
        <source>The store {where} was made by a newer version of Hearth Desk (schema {revision}); install the newer version to open it. The store was left untouched.</source>
        <translation>The store {where} was made by a newer version of Hearth Desk (schema {revision}); install the newer version to open it. The store was left untouched.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}); choose another folder with --data-dir or ask for write permission.</source>
        <translation>Cannot write to the data folder {folder} ({reason}); choose another folder with --data-dir or ask for write permission.</translation>
    </message>
    <message>
        <source>The store {path} is a folder, not a database file.</source>
        <translation>The store {path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth Desk database (not an SQLite file); it was left untouched.</source>
        <translation>The file {path} is not a Hearth Desk database (not an SQLite file); it was left untouched.</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Cannot open the database {url}: {reason}</translation>
    </message>
    <message>
        <source>The printer {name} cannot be reached; check that it is switched on and connected, or save as PDF.</source>
        <translation>The printer {name} cannot be reached; check that it is switched on and connected, or save as PDF.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Ask your IT helper to set one up, or use “Save as PDF…” and print the file on another computer.</source>
        <translation>No printer is installed on this computer. Ask your IT helper to set one up, or use “Save as PDF…” and print the file on another computer.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}. Check that the folder exists and that the disk or USB stick is not full or write-protected.</source>
        <translation>The PDF could not be saved as {path}. Check that the folder exists and that the disk or USB stick is not full or write-protected.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation>Cannot write the PDF to {path}: {reason}</translation>
    </message>
    <message>
        <source>The passphrase file {file} cannot be read: {reason}.</source>
        <translation>The passphrase file {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase file {file} is not text in UTF-8, UTF-16 or GB18030; save it again as UTF-8 text.</source>
        <translation>The passphrase file {file} is not text in UTF-8, UTF-16 or GB18030; save it again as UTF-8 text.</translation>
    </message>
    <message>
        <source>The passphrase file {file} is empty.</source>
        <translation>The passphrase file {file} is empty.</translation>
    </message>
    <message>
        <source>Restore not confirmed; nothing was changed.</source>
        <translation>Restore not confirmed; nothing was changed.</translation>
    </message>
    <message>
        <source>Add --yes to restore without a question (no terminal to ask in).</source>
        <translation>Add --yes to restore without a question (no terminal to ask in).</translation>
    </message>
    <message>
        <source>A backup is encrypted unless --no-encrypt is given; give the passphrase with --passphrase-file.</source>
        <translation>A backup is encrypted unless --no-encrypt is given; give the passphrase with --passphrase-file.</translation>
    </message>
    <message>
        <source>The two passphrases differ or are empty.</source>
        <translation>The two passphrases differ or are empty.</translation>
    </message>
    <message>
        <source>--year applies to events only.</source>
        <translation>--year applies to events only.</translation>
    </message>
    <message>
        <source>--grid and --tag apply to residents only.</source>
        <translation>--grid and --tag apply to residents only.</translation>
    </message>
    <message>
        <source>--team applies to members only.</source>
        <translation>--team applies to members only.</translation>
    </message>
    <message>
        <source>The search text is {length} characters long; search for 1 to {max} characters.</source>
        <translation>The search text is {length} characters long; search for 1 to {max} characters.</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>its header</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>it ends too early</translation>
    </message>
    <message>
        <source>extra bytes at its end</source>
        <translation>extra bytes at its end</translation>
    </message>
    <message>
        <source>part {number}</source>
        <translation>part {number}</translation>
    </message>
    <message>
        <source>{file} is not a Hearth Desk backup.</source>
        <translation>{file} is not a Hearth Desk backup.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (cut off or altered: {detail}); it cannot be used.</source>
        <translation>The backup {file} is damaged (cut off or altered: {detail}); it cannot be used.</translation>
    </message>
    <message>
        <source>The passphrase for the backup {file} is wrong.</source>
        <translation>The passphrase for the backup {file} is wrong.</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted; a passphrase is needed.</source>
        <translation>The backup {file} is encrypted; a passphrase is needed.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Hearth Desk ({detail}); install the newer version to use it.</source>
        <translation>The backup {file} was made by a newer version of Hearth Desk ({detail}); install the newer version to use it.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>There is no file {file}.</translation>
    </message>
    <message>
        <source>The store is still in use by another program; close it and try again.</source>
        <translation>The store is still in use by another program; close it and try again.</translation>
    </message>
    <message>
        <source>Nothing can be written to the folder {folder}; choose another folder or USB stick.</source>
        <translation>Nothing can be written to the folder {folder}; choose another folder or USB stick.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or is not reachable.</source>
        <translation>The folder {folder} does not exist or is not reachable.</translation>
    </message>
    <message>
        <source>Not enough space on the drive: {needed} MB needed, {free} MB free.</source>
        <translation>Not enough space on the drive: {needed} MB needed, {free} MB free.</translation>
    </message>
    <message>
        <source>The drive {folder} became full while writing; no backup was left there.</source>
        <translation>The drive {folder} became full while writing; no backup was left there.</translation>
    </message>
    <message>
        <source>The drive {folder} was removed or stopped responding while writing; no backup was left there. Plug it in again and repeat the backup.</source>
        <translation>The drive {folder} was removed or stopped responding while writing; no backup was left there. Plug it in again and repeat the backup.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>The backup could not be written to {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The grid name is empty.</source>
        <translation>The grid name is empty.</translation>
    </message>
    <message>
        <source>That part of the grid no longer exists.</source>
        <translation>That part of the grid no longer exists.</translation>
    </message>
    <message>
        <source>A unit cannot contain further levels.</source>
        <translation>A unit cannot contain further levels.</translation>
    </message>
    <message>
        <source>“{name}” already exists at this level.</source>
        <translation>“{name}” already exists at this level.</translation>
    </message>
    <message>
        <source>The care tag is empty.</source>
        <translation>The care tag is empty.</translation>
    </message>
    <message>
        <source>The care tag “{name}” exists already.</source>
        <translation>The care tag “{name}” exists already.</translation>
    </message>
    <message>
        <source>The care tag “{name}” is carried by {count} residents; it is kept.</source>
        <translation>The care tag “{name}” is carried by {count} residents; it is kept.</translation>
    </message>
    <message>
        <source>Unknown care tag “{name}”; the list has: {known}.</source>
        <translation>Unknown care tag “{name}”; the list has: {known}.</translation>
    </message>
    <message>
        <source>The ID number {number} already belongs to {name} ({address}).</source>
        <translation>The ID number {number} already belongs to {name} ({address}).</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Care tags</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <source>Households live in units; choose a unit.</source>
        <translation>Households live in units; choose a unit.</translation>
    </message>
    <message>
        <source>The door number is empty.</source>
        <translation>The door number is empty.</translation>
    </message>
    <message>
        <source>That household no longer exists.</source>
        <translation>That household no longer exists.</translation>
    </message>
    <message>
        <source>Sign-up for #{number} closed on {date}; sign up anyway?</source>
        <translation>Sign-up for #{number} closed on {date}; sign up anyway?</translation>
    </message>
    <message>
        <source>#{number} is full ({capacity} places); let {name} in?</source>
        <translation>#{number} is full ({capacity} places); let {name} in?</translation>
    </message>
    <message>
        <source>“{text}” is not a code from a sign-in sheet.</source>
        <translation>“{text}” is not a code from a sign-in sheet.</translation>
    </message>
    <message>
        <source>That code is from the sign-in sheet of #{number}.</source>
        <translation>That code is from the sign-in sheet of #{number}.</translation>
    </message>
    <message>
        <source>#{number} {title} is cancelled.</source>
        <translation>#{number} {title} is cancelled.</translation>
    </message>
    <message>
        <source>#{number} {title} is over.</source>
        <translation>#{number} {title} is over.</translation>
    </message>
    <message>
        <source>{name} is already {status} for #{number}.</source>
        <translation>{name} is already {status} for #{number}.</translation>
    </message>
    <message>
        <source>That resident no longer exists.</source>
        <translation>That resident no longer exists.</translation>
    </message>
    <message>
        <source>That sign-up no longer exists.</source>
        <translation>That sign-up no longer exists.</translation>
    </message>
    <message>
        <source>“{path}” is not a grid path; write compound/building/unit, e.g. 和平里一区/3栋/2单元.</source>
        <translation>“{path}” is not a grid path; write compound/building/unit, e.g. 和平里一区/3栋/2单元.</translation>
    </message>
    <message>
        <source>The grid has no “{name}”.</source>
        <translation>The grid has no “{name}”.</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet to {path}: {reason}</source>
        <translation>Cannot write the spreadsheet to {path}: {reason}</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx (Excel) or .csv, not “{name}”.</source>
        <translation>Export to a file ending in .xlsx (Excel) or .csv, not “{name}”.</translation>
    </message>
    <message>
        <source>The sheet has {errors} errors in {rows} rows; nothing was imported.</source>
        <translation>The sheet has {errors} errors in {rows} rows; nothing was imported.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column of names (姓名) in its header row {row}.</source>
        <translation>The sheet “{sheet}” has no column of names (姓名) in its header row {row}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no address: it needs a column 住址 (洪山小区3栋2单元0401) or the columns 小区, 楼栋, 单元 and 门牌.</source>
        <translation>The sheet “{sheet}” has no address: it needs a column 住址 (洪山小区3栋2单元0401) or the columns 小区, 楼栋, 单元 and 门牌.</translation>
    </message>
    <message>
        <source>No header row with a column of names (姓名) was found in the first {rows} rows of the sheet “{sheet}”.</source>
        <translation>No header row with a column of names (姓名) was found in the first {rows} rows of the sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty; there is nothing to import.</source>
        <translation>The sheet “{sheet}” is empty; there is nothing to import.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {path} has more than {limit} rows, more than Excel itself allows; it is not an ordinary ledger.</source>
        <translation>The sheet “{sheet}” in {path} has more than {limit} rows, more than Excel itself allows; it is not an ordinary ledger.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet; import an Excel workbook (.xlsx, .xls) or a .csv file.</source>
        <translation>{path} is not a spreadsheet; import an Excel workbook (.xlsx, .xls) or a .csv file.</translation>
    </message>
    <message>
        <source>{path} is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>{path} is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Open it in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} is damaged and cannot be read. Open it in Excel or WPS, save it again, and import the saved copy.</translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” in {path} is damaged and cannot be read. Open the file in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>Row {row} of the sheet “{sheet}” in {path} is damaged and cannot be read. Open the file in Excel or WPS, save it again, and import the saved copy.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; the import reads files of up to {limit} MB. Split the sheet into smaller files.</source>
        <translation>{path} is {size} MB; the import reads files of up to {limit} MB. Split the sheet into smaller files.</translation>
    </message>
    <message>
        <source>Every sheet of {path} is hidden. Show the ledger&apos;s sheet in Excel (right-click a sheet tab → Unhide), save, and import again.</source>
        <translation>Every sheet of {path} is hidden. Show the ledger&apos;s sheet in Excel (right-click a sheet tab → Unhide), save, and import again.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a file but a folder, a device or a pipe; choose the sheet&apos;s file.</source>
        <translation>{path} is not a file but a folder, a device or a pipe; choose the sheet&apos;s file.</translation>
    </message>
    <message>
        <source>no such folder, or it takes no new files</source>
        <translation>no such folder, or it takes no new files</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>{path} is the sheet being imported; save the rows with errors under another name.</source>
        <translation>{path} is the sheet being imported; save the rows with errors under another name.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>The disk holding the data folder {folder} is full; nothing was saved. Free some space on that disk, then try again.</source>
        <translation>The disk holding the data folder {folder} is full; nothing was saved. Free some space on that disk, then try again.</translation>
    </message>
    <message>
        <source>The store in {folder} is held by another program (another copy of Hearth Desk, or a sync or antivirus tool); nothing was saved. Wait a moment and try again, or close that program.</source>
        <translation>The store in {folder} is held by another program (another copy of Hearth Desk, or a sync or antivirus tool); nothing was saved. Wait a moment and try again, or close that program.</translation>
    </message>
    <message>
        <source>The store file in {folder}, or the folder itself, is read-only; nothing was saved. Check the folder&apos;s permissions and, on a USB stick, its write-protect switch.</source>
        <translation>The store file in {folder}, or the folder itself, is read-only; nothing was saved. Check the folder&apos;s permissions and, on a USB stick, its write-protect switch.</translation>
    </message>
    <message>
        <source>The store in {folder} could not be read or written (a disk error); nothing was saved. The disk or USB stick may have been removed or be failing: check it, then try again.</source>
        <translation>The store in {folder} could not be read or written (a disk error); nothing was saved. The disk or USB stick may have been removed or be failing: check it, then try again.</translation>
    </message>
    <message>
        <source>The disk of the database server {server} is full; nothing was saved. Ask whoever looks after the server to free some space, then try again.</source>
        <translation>The disk of the database server {server} is full; nothing was saved. Ask whoever looks after the server to free some space, then try again.</translation>
    </message>
    <message>
        <source>Another program using the database server {server} (another copy of Hearth Desk, say) is holding the data you changed; nothing was saved. Wait a moment and try again.</source>
        <translation>Another program using the database server {server} (another copy of Hearth Desk, say) is holding the data you changed; nothing was saved. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The database server {server} only allows reading at the moment; nothing was saved. Ask whoever looks after the server to make the database writable again.</source>
        <translation>The database server {server} only allows reading at the moment; nothing was saved. Ask whoever looks after the server to make the database writable again.</translation>
    </message>
    <message>
        <source>The database server {server} could not read or write its disk; nothing was saved. Ask whoever looks after the server to check it.</source>
        <translation>The database server {server} could not read or write its disk; nothing was saved. Ask whoever looks after the server to check it.</translation>
    </message>
    <message>
        <source>The store in {folder} is in use by another program ({programs}); nothing was saved. Close that program, or wait until it is done, then try again.</source>
        <translation>The store in {folder} is in use by another program ({programs}); nothing was saved. Close that program, or wait until it is done, then try again.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a link, a device or a pipe); give the name of a file.</source>
        <translation>{path} is not an ordinary file (it is a folder, a link, a device or a pipe); give the name of a file.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} KB; it cannot be the file meant here.</source>
        <translation>{path} is larger than {limit} KB; it cannot be the file meant here.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: its driver (psycopg) is missing. Install it with: pip install &quot;hearth-desk[postgresql]&quot;</source>
        <translation>This installation cannot reach PostgreSQL: its driver (psycopg) is missing. Install it with: pip install &quot;hearth-desk[postgresql]&quot;</translation>
    </message>
    <message>
        <source>{option} is empty; give a value, or leave the option out.</source>
        <translation>{option} is empty; give a value, or leave the option out.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder; choose a folder with --data-dir.</source>
        <translation>The data folder {folder} is a file, not a folder; choose a folder with --data-dir.</translation>
    </message>
    <message>
        <source>The database URL is not one Hearth Desk can read; give one like postgresql://user@host/db, or leave --db-url out to use SQLite in the data folder.</source>
        <translation>The database URL is not one Hearth Desk can read; give one like postgresql://user@host/db, or leave --db-url out to use SQLite in the data folder.</translation>
    </message>
    <message>
        <source>Hearth Desk keeps its data in SQLite or PostgreSQL, not “{kind}”; give a URL like postgresql://user@host/db, or leave --db-url out to use SQLite.</source>
        <translation>Hearth Desk keeps its data in SQLite or PostgreSQL, not “{kind}”; give a URL like postgresql://user@host/db, or leave --db-url out to use SQLite.</translation>
    </message>
    <message>
        <source>“{value}”: {problem}</source>
        <translation>“{value}”: {problem}</translation>
    </message>
    <message>
        <source>Row {row} of {path} has a field longer than {limit} characters, nearly always because a quotation mark is opened and never closed. Correct that row in Excel or a text editor.</source>
        <translation>Row {row} of {path} has a field longer than {limit} characters, nearly always because a quotation mark is opened and never closed. Correct that row in Excel or a text editor.</translation>
    </message>
    <message>
        <source>{path} would unpack to {size} MB; the import reads workbooks of up to {limit} MB unpacked. Split the sheet into smaller files.</source>
        <translation>{path} would unpack to {size} MB; the import reads workbooks of up to {limit} MB unpacked. Split the sheet into smaller files.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary workbook: a part of it unpacks to {ratio} times its size, and the import stops at {limit} times. Open it in Excel or WPS, save it again, and import the saved copy.</source>
        <translation>{path} is not an ordinary workbook: a part of it unpacks to {ratio} times its size, and the import stops at {limit} times. Open it in Excel or WPS, save it again, and import the saved copy.</translation>
    </message>
    <message>
        <source>This backup cannot go onto the database server: in {table}, row {row}, {column} holds {length} characters where the server allows {limit}. Shorten it on the PC the backup came from, then back up again.</source>
        <translation>This backup cannot go onto the database server: in {table}, row {row}, {column} holds {length} characters where the server allows {limit}. Shorten it on the PC the backup came from, then back up again.</translation>
    </message>
    <message>
        <source>The store already holds data ({residents} resident records); add --replace to overwrite it with demo data.</source>
        <translation>The store already holds data ({residents} resident records); add --replace to overwrite it with demo data.</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Join date</translation>
    </message>
    <message>
        <source>Workplace party organisation</source>
        <translation>Workplace party organisation</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>That term no longer exists.</source>
        <translation>That term no longer exists.</translation>
    </message>
    <message>
        <source>The class has no name.</source>
        <translation>The class has no name.</translation>
    </message>
    <message>
        <source>{term} has a class called {name} already.</source>
        <translation>{term} has a class called {name} already.</translation>
    </message>
    <message>
        <source>Say when the class meets, like 周一14:30-16:00.</source>
        <translation>Say when the class meets, like 周一14:30-16:00.</translation>
    </message>
    <message>
        <source>A class holds at least one student.</source>
        <translation>A class holds at least one student.</translation>
    </message>
    <message>
        <source>That member is no longer in the tree.</source>
        <translation>That member is no longer in the tree.</translation>
    </message>
    <message>
        <source>There is no class #{number}.</source>
        <translation>There is no class #{number}.</translation>
    </message>
    <message>
        <source>There is no class called {name}.</source>
        <translation>There is no class called {name}.</translation>
    </message>
    <message>
        <source>{name} is not a helper at #{number}.</source>
        <translation>{name} is not a helper at #{number}.</translation>
    </message>
    <message>
        <source>A member with the ID number {number} is already in the tree.</source>
        <translation>A member with the ID number {number} is already in the tree.</translation>
    </message>
    <message>
        <source>Set the community&apos;s party organisation first.</source>
        <translation>Set the community&apos;s party organisation first.</translation>
    </message>
    <message>
        <source>That party branch no longer exists.</source>
        <translation>That party branch no longer exists.</translation>
    </message>
    <message>
        <source>That service team no longer exists.</source>
        <translation>That service team no longer exists.</translation>
    </message>
    <message>
        <source>There is already a service team called {name}.</source>
        <translation>There is already a service team called {name}.</translation>
    </message>
    <message>
        <source>The colour {colour} is not of the form #RRGGBB.</source>
        <translation>The colour {colour} is not of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>That partner unit no longer exists.</source>
        <translation>That partner unit no longer exists.</translation>
    </message>
    <message>
        <source>There is already a partner unit called {name}.</source>
        <translation>There is already a partner unit called {name}.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>{option} does not apply to “print {report}”.</source>
        <translation>{option} does not apply to “print {report}”.</translation>
    </message>
    <message>
        <source>“print {report}” needs an event number, as in “print {report} 12”.</source>
        <translation>“print {report}” needs an event number, as in “print {report} 12”.</translation>
    </message>
    <message>
        <source>“print {report}” needs a class, as in “print {report} #3” or by its name.</source>
        <translation>“print {report}” needs a class, as in “print {report} #3” or by its name.</translation>
    </message>
    <message>
        <source>“print {report}” needs a meeting number, as in “print {report} --meeting 3”.</source>
        <translation>“print {report}” needs a meeting number, as in “print {report} --meeting 3”.</translation>
    </message>
    <message>
        <source>--size {size} does not apply to “print {report}”: it takes {sizes}.</source>
        <translation>--size {size} does not apply to “print {report}”: it takes {sizes}.</translation>
    </message>
    <message>
        <source>The certificates were registered, but the PDF could not be put at {path}: {reason}. Print them again to reprint the same numbers.</source>
        <translation>The certificates were registered, but the PDF could not be put at {path}: {reason}. Print them again to reprint the same numbers.</translation>
    </message>
    <message>
        <source>Export members to a file ending in .xlsx, not “{name}”.</source>
        <translation>Export members to a file ending in .xlsx, not “{name}”.</translation>
    </message>
    <message>
        <source>No service team is called “{name}”.</source>
        <translation>No service team is called “{name}”.</translation>
    </message>
    <message>
        <source>No member matches “{query}”.</source>
        <translation>No member matches “{query}”.</translation>
    </message>
    <message>
        <source>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Choose a larger size (--size {larger}) or print one poster per team (--team).</source>
        <translation>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Choose a larger size (--size {larger}) or print one poster per team (--team).</translation>
    </message>
    <message>
        <source>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Print one poster per team (--team).</source>
        <translation>The {count} members do not fit on an {size} poster with text large enough to read on the wall. Print one poster per team (--team).</translation>
    </message>
    <message>
        <source>The stall “{service}” has services counted; it cannot be removed.</source>
        <translation>The stall “{service}” has services counted; it cannot be removed.</translation>
    </message>
    <message>
        <source>The event has no title.</source>
        <translation>The event has no title.</translation>
    </message>
    <message>
        <source>The capacity {n} is not a number of people.</source>
        <translation>The capacity {n} is not a number of people.</translation>
    </message>
    <message>
        <source>The event ends at {end}, before it starts at {start}.</source>
        <translation>The event ends at {end}, before it starts at {start}.</translation>
    </message>
    <message>
        <source>A stall needs a unit and a service, as 单位:服务.</source>
        <translation>A stall needs a unit and a service, as 单位:服务.</translation>
    </message>
    <message>
        <source>There is no event #{number}.</source>
        <translation>There is no event #{number}.</translation>
    </message>
    <message>
        <source>That stall no longer exists.</source>
        <translation>That stall no longer exists.</translation>
    </message>
    <message>
        <source>The count {n} is not a number of people.</source>
        <translation>The count {n} is not a number of people.</translation>
    </message>
    <message>
        <source>{problem} Add --on-site to let them in.</source>
        <translation>{problem} Add --on-site to let them in.</translation>
    </message>
    <message>
        <source>There are no terms yet.</source>
        <translation>There are no terms yet.</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>Name at least one person.</translation>
    </message>
    <message>
        <source>{name} is on the waiting list of class #{number}, not in it.</source>
        <translation>{name} is on the waiting list of class #{number}, not in it.</translation>
    </message>
    <message>
        <source>{name} has not signed up for #{number}.</source>
        <translation>{name} has not signed up for #{number}.</translation>
    </message>
    <message>
        <source>#{number} has no stall for {service}; it has {stalls}.</source>
        <translation>#{number} has no stall for {service}; it has {stalls}.</translation>
    </message>
    <message>
        <source>--full-id and --team do not apply to events.</source>
        <translation>--full-id and --team do not apply to events.</translation>
    </message>
    <message>
        <source>No resident matches {query}.</source>
        <translation>No resident matches {query}.</translation>
    </message>
    <message>
        <source>{query} matches {count} residents: {candidates}. Type more of it.</source>
        <translation>{query} matches {count} residents: {candidates}. Type more of it.</translation>
    </message>
    <message>
        <source>{query} matches several members: {candidates}. Type more of it.</source>
        <translation>{query} matches several members: {candidates}. Type more of it.</translation>
    </message>
    <message>
        <source>Export events to a file ending in .xlsx, not “{name}”.</source>
        <translation>Export events to a file ending in .xlsx, not “{name}”.</translation>
    </message>
    <message>
        <source>Choose an event to print.</source>
        <translation>Choose an event to print.</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hours, such as 1.5.</source>
        <translation>“{text}” is not a number of hours, such as 1.5.</translation>
    </message>
    <message>
        <source>The hours must be more than 0, not {text}.</source>
        <translation>The hours must be more than 0, not {text}.</translation>
    </message>
    <message>
        <source>{text} hours is more than a day; record at most 24 hours a day.</source>
        <translation>{text} hours is more than a day; record at most 24 hours a day.</translation>
    </message>
    <message>
        <source>Hours are kept to a tenth (such as 1.5); {text} has more decimals.</source>
        <translation>Hours are kept to a tenth (such as 1.5); {text} has more decimals.</translation>
    </message>
    <message>
        <source>There is no service record #{number}.</source>
        <translation>There is no service record #{number}.</translation>
    </message>
    <message>
        <source>Say what was done, such as 疏通下水道.</source>
        <translation>Say what was done, such as 疏通下水道.</translation>
    </message>
    <message>
        <source>{date} has not come yet; record service once it is done.</source>
        <translation>{date} has not come yet; record service once it is done.</translation>
    </message>
    <message>
        <source>The times served (人次) must be at least {least}, not {served}.</source>
        <translation>The times served (人次) must be at least {least}, not {served}.</translation>
    </message>
    <message>
        <source>Who issues the certificates is not set; fill in the issuer in the certificates&apos; settings first.</source>
        <translation>Who issues the certificates is not set; fill in the issuer in the certificates&apos; settings first.</translation>
    </message>
    <message>
        <source>No ID number is recorded for {names}; a service record certificate needs one. Fill it in, or leave them out.</source>
        <translation>No ID number is recorded for {names}; a service record certificate needs one. Fill it in, or leave them out.</translation>
    </message>
    <message>
        <source>Another window is issuing certificates at the same time; nothing was registered. Please try again.</source>
        <translation>Another window is issuing certificates at the same time; nothing was registered. Please try again.</translation>
    </message>
    <message>
        <source>Which year? Certificates need --year.</source>
        <translation>Which year? Certificates need --year.</translation>
    </message>
    <message>
        <source>A notice is posted for at least {days} days, not {given}.</source>
        <translation>A notice is posted for at least {days} days, not {given}.</translation>
    </message>
    <message>
        <source>No certificate is numbered “{number}”.</source>
        <translation>No certificate is numbered “{number}”.</translation>
    </message>
    <message>
        <source>Certificate {number} was already voided on {date}.</source>
        <translation>Certificate {number} was already voided on {date}.</translation>
    </message>
    <message>
        <source>Please say why certificate {number} is voided.</source>
        <translation>Please say why certificate {number} is voided.</translation>
    </message>
    <message>
        <source>“{text}” has a brace without its pair; fields are written like {{sequence}}.</source>
        <translation>“{text}” has a brace without its pair; fields are written like {{sequence}}.</translation>
    </message>
    <message>
        <source>The number format names an unknown field {{{field}}}; it may use {{short}}, {{kind}}, {{year}} and {{sequence}}.</source>
        <translation>The number format names an unknown field {{{field}}}; it may use {{short}}, {{kind}}, {{year}} and {{sequence}}.</translation>
    </message>
    <message>
        <source>The number format must contain {{kind}}, {{year}} and {{sequence}}, e.g. {{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号.</source>
        <translation>The number format must contain {{kind}}, {{year}} and {{sequence}}, e.g. {{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号.</translation>
    </message>
    <message>
        <source>The number format “{text}” cannot be printed; write the sequence as {{sequence}} or {{sequence:04d}}.</source>
        <translation>The number format “{text}” cannot be printed; write the sequence as {{sequence}} or {{sequence:04d}}.</translation>
    </message>
    <message>
        <source>The honour text names an unknown field {{{field}}}; it may use {fields}.</source>
        <translation>The honour text names an unknown field {{{field}}}; it may use {fields}.</translation>
    </message>
    <message>
        <source>The honour text “{text}” cannot be filled in.</source>
        <translation>The honour text “{text}” cannot be filled in.</translation>
    </message>
    <message>
        <source>Certificate {number} is void and is not printed again.</source>
        <translation>Certificate {number} is void and is not printed again.</translation>
    </message>
    <message>
        <source>A special matter is closed only after it has been reported to the street office.</source>
        <translation>A special matter is closed only after it has been reported to the street office.</translation>
    </message>
    <message>
        <source>The request is {status}: it has been followed up and is done.</source>
        <translation>The request is {status}: it has been followed up and is done.</translation>
    </message>
    <message>
        <source>The request is {status} and cannot go to {target}: its next step is {next}.</source>
        <translation>The request is {status} and cannot go to {target}: its next step is {next}.</translation>
    </message>
    <message>
        <source>Reporting to the street office needs the office&apos;s reference.</source>
        <translation>Reporting to the street office needs the office&apos;s reference.</translation>
    </message>
    <message>
        <source>Closing a request needs its result: what was done.</source>
        <translation>Closing a request needs its result: what was done.</translation>
    </message>
    <message>
        <source>A return visit needs the resident&apos;s satisfaction: 满意, 基本满意 or 不满意.</source>
        <translation>A return visit needs the resident&apos;s satisfaction: 满意, 基本满意 or 不满意.</translation>
    </message>
    <message>
        <source>There is no request #{number}.</source>
        <translation>There is no request #{number}.</translation>
    </message>
    <message>
        <source>Say what the request is about.</source>
        <translation>Say what the request is about.</translation>
    </message>
    <message>
        <source>Say which household or place the request is about.</source>
        <translation>Say which household or place the request is about.</translation>
    </message>
    <message>
        <source>That household is no longer in the ledger.</source>
        <translation>That household is no longer in the ledger.</translation>
    </message>
    <message>
        <source>That partner unit is no longer in the tree.</source>
        <translation>That partner unit is no longer in the tree.</translation>
    </message>
    <message>
        <source>The tier of #{number} can no longer change: it has been reported to the street office or closed.</source>
        <translation>The tier of #{number} can no longer change: it has been reported to the street office or closed.</translation>
    </message>
    <message>
        <source>That visit is no longer recorded.</source>
        <translation>That visit is no longer recorded.</translation>
    </message>
    <message>
        <source>The due date {due} is before the request was made.</source>
        <translation>The due date {due} is before the request was made.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}: the staff list is empty (add one with staff add).</source>
        <translation>There is no staff member called {name}: the staff list is empty (add one with staff add).</translation>
    </message>
    <message>
        <source>There is no staff member called {name}; the staff are: {known}.</source>
        <translation>There is no staff member called {name}; the staff are: {known}.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; the roles are {known}.</source>
        <translation>“{role}” is not a role; the roles are {known}.</translation>
    </message>
    <message>
        <source>The staff member&apos;s name is empty.</source>
        <translation>The staff member&apos;s name is empty.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>There is already a staff member called {name}.</translation>
    </message>
    <message>
        <source>{name} looks after no part of the grid yet.</source>
        <translation>{name} looks after no part of the grid yet.</translation>
    </message>
    <message>
        <source>--category and --tier go with --problem.</source>
        <translation>--category and --tier go with --problem.</translation>
    </message>
    <message>
        <source>Say who made the visit.</source>
        <translation>Say who made the visit.</translation>
    </message>
    <message>
        <source>The visit&apos;s date {date} is in the future.</source>
        <translation>The visit&apos;s date {date} is in the future.</translation>
    </message>
    <message>
        <source>That staff member is no longer listed.</source>
        <translation>That staff member is no longer listed.</translation>
    </message>
    <message>
        <source>Say which household.</source>
        <translation>Say which household.</translation>
    </message>
    <message>
        <source>More than one household lives at {address}.</source>
        <translation>More than one household lives at {address}.</translation>
    </message>
    <message>
        <source>No joint meeting has been recorded yet.</source>
        <translation>No joint meeting has been recorded yet.</translation>
    </message>
    <message>
        <source>There is no joint meeting #{number}.</source>
        <translation>There is no joint meeting #{number}.</translation>
    </message>
    <message>
        <source>Request #{request} is already on the agenda of meeting #{number}.</source>
        <translation>Request #{request} is already on the agenda of meeting #{number}.</translation>
    </message>
    <message>
        <source>Say what the matter is.</source>
        <translation>Say what the matter is.</translation>
    </message>
    <message>
        <source>Meeting #{number} has no matter {position}: it has {count}.</source>
        <translation>Meeting #{number} has no matter {position}: it has {count}.</translation>
    </message>
    <message>
        <source>That matter is no longer on the agenda.</source>
        <translation>That matter is no longer on the agenda.</translation>
    </message>
    <message>
        <source>The due date {due} is before the meeting.</source>
        <translation>The due date {due} is before the meeting.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>A PIN is exactly 4 digits, 0 to 9.</source>
        <translation>A PIN is exactly 4 digits, 0 to 9.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>That staff member no longer exists.</translation>
    </message>
    <message>
        <source>Write the problem ledger to a file ending in .xlsx, not “{name}”.</source>
        <translation>Write the problem ledger to a file ending in .xlsx, not “{name}”.</translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>The number of days must be at least 1.</translation>
    </message>
    <message>
        <source>That care tag no longer exists.</source>
        <translation>That care tag no longer exists.</translation>
    </message>
    <message>
        <source>Say which request or household the thanks are for.</source>
        <translation>Say which request or household the thanks are for.</translation>
    </message>
    <message>
        <source>“{text}” is not a weekly time: write it like 周一14:30-16:00.</source>
        <translation>“{text}” is not a weekly time: write it like 周一14:30-16:00.</translation>
    </message>
    <message>
        <source>“{text}” ends before it starts.</source>
        <translation>“{text}” ends before it starts.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>That session no longer exists.</translation>
    </message>
    <message>
        <source>The session of {date} was cancelled.</source>
        <translation>The session of {date} was cancelled.</translation>
    </message>
    <message>
        <source>Someone ticked is not in the class.</source>
        <translation>Someone ticked is not in the class.</translation>
    </message>
    <message>
        <source>Class #{number} has no session on {date}.</source>
        <translation>Class #{number} has no session on {date}.</translation>
    </message>
    <message>
        <source>{name} is already {status} in class #{number}.</source>
        <translation>{name} is already {status} in class #{number}.</translation>
    </message>
    <message>
        <source>Say why, for the students.</source>
        <translation>Say why, for the students.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>The session ends before it starts.</translation>
    </message>
    <message>
        <source>The class has a session then already ({date}).</source>
        <translation>The class has a session then already ({date}).</translation>
    </message>
    <message>
        <source>The term has no name.</source>
        <translation>The term has no name.</translation>
    </message>
    <message>
        <source>The term ends on {end}, before it starts on {start}.</source>
        <translation>The term ends on {end}, before it starts on {start}.</translation>
    </message>
    <message>
        <source>There is a term called {name} already.</source>
        <translation>There is a term called {name} already.</translation>
    </message>
    <message>
        <source>The closure day {date} is outside the term ({start} to {end}).</source>
        <translation>The closure day {date} is outside the term ({start} to {end}).</translation>
    </message>
    <message>
        <source>There is no term called {name}; the terms are: {known}.</source>
        <translation>There is no term called {name}; the terms are: {known}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-10-01.</source>
        <translation>“{text}” is not a date like 2026-10-01.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column 日期 in its first row.</source>
        <translation>The sheet “{sheet}” has no column 日期 in its first row.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: 日期 “{value}” is not a date such as 2026-10-01.</source>
        <translation>Sheet “{sheet}”, row {row}: 日期 “{value}” is not a date such as 2026-10-01.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in class #{number}.</source>
        <translation>{name} is not enrolled in class #{number}.</translation>
    </message>
    <message>
        <source>There is no term yet.</source>
        <translation>There is no term yet.</translation>
    </message>
    <message>
        <source>Choose a class to print.</source>
        <translation>Choose a class to print.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>What was found at the door</source>
        <translation>What was found at the door</translation>
    </message>
    <message>
        <source>Optional: a problem to register as a request</source>
        <translation>Optional: a problem to register as a request</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>Visitors:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>What was found:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
</context>
<context>
    <name>VisitFiguresTab</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Other period</translation>
    </message>
    <message>
        <source>Print the figures…</source>
        <translation>Print the figures…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>VisitRulesEditor</name>
    <message>
        <source>Everyone else:</source>
        <translation>Everyone else:</translation>
    </message>
    <message>
        <source>A request, {tier}:</source>
        <translation>A request, {tier}:</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <source>Days between visits, by care tag:</source>
        <translation>Days between visits, by care tag:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>as everyone else</source>
        <translation>as everyone else</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Probationary member</translation>
    </message>
    <message>
        <source>Non-party volunteer</source>
        <translation>Non-party volunteer</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Service day</source>
        <translation>Service day</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>Volunteer activity</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Cultural activity</source>
        <translation>Cultural activity</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation>General party branch</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>Hospital or health centre</source>
        <translation>Hospital or health centre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>Party secretary</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Joint meeting</translation>
    </message>
    <message>
        <source>Livelihood</source>
        <translation>Livelihood</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Small matter</source>
        <translation>Small matter</translation>
    </message>
    <message>
        <source>Large matter</source>
        <translation>Large matter</translation>
    </message>
    <message>
        <source>Special matter</source>
        <translation>Special matter</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Reported to the street</source>
        <translation>Reported to the street</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Silk banner</source>
        <translation>Silk banner</translation>
    </message>
    <message>
        <source>Letter of praise</source>
        <translation>Letter of praise</translation>
    </message>
    <message>
        <source>Community party branch</source>
        <translation>Community party branch</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>Residents&apos; committee</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>Owners&apos; committee</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>Property company</translation>
    </message>
    <message>
        <source>Resident representatives</source>
        <translation>Resident representatives</translation>
    </message>
    <message>
        <source>Government office or public institution</source>
        <translation>Government office or public institution</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>Living</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father-in-law (wife&apos;s)</source>
        <translation>Father-in-law (wife&apos;s)</translation>
    </message>
    <message>
        <source>Mother-in-law (wife&apos;s)</source>
        <translation>Mother-in-law (wife&apos;s)</translation>
    </message>
    <message>
        <source>Father-in-law (husband&apos;s)</source>
        <translation>Father-in-law (husband&apos;s)</translation>
    </message>
    <message>
        <source>Mother-in-law (husband&apos;s)</source>
        <translation>Mother-in-law (husband&apos;s)</translation>
    </message>
    <message>
        <source>Grandson (son&apos;s son)</source>
        <translation>Grandson (son&apos;s son)</translation>
    </message>
    <message>
        <source>Granddaughter (son&apos;s daughter)</source>
        <translation>Granddaughter (son&apos;s daughter)</translation>
    </message>
    <message>
        <source>Grandson (daughter&apos;s son)</source>
        <translation>Grandson (daughter&apos;s son)</translation>
    </message>
    <message>
        <source>Granddaughter (daughter&apos;s daughter)</source>
        <translation>Granddaughter (daughter&apos;s daughter)</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>signed up</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>VolunteeringPage</name>
    <message>
        <source> (year)</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>Print the yearly report…</source>
        <translation>Print the yearly report…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>By team</translation>
    </message>
    <message>
        <source>Top volunteers</source>
        <translation>Top volunteers</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>Service records</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Service team:</source>
        <translation>Service team:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>so that the office can call back</source>
        <translation>so that the office can call back</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %(args)s</source>
        <translation>unrecognized arguments: %(args)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
</context>
</TS>
