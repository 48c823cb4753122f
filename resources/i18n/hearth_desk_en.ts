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
        <source>Hearth Desk</source>
        <translation>Hearth Desk</translation>
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
        <source>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents ({seconds:.1f} s).</source>
        <translation>Demo data for {community}: {compounds} compounds, {buildings} buildings, {units} units, {households} households, {residents} residents ({seconds:.1f} s).</translation>
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
        <source>  {table}: {count} rows</source>
        <translation>  {table}: {count} rows</translation>
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
        <source>which report: overview (the community overview)</source>
        <translation>which report: overview (the community overview)</translation>
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
        <source>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</source>
        <translation>Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Wrote {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</source>
        <translation>Hearth Desk: the desk of a community party–mass service centre. Without a subcommand it opens the window.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
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
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
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
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Community not set</source>
        <translation>Community not set</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
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
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Notice</name>
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
        <source>Laying out pages…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
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
        <source>(community name not set)</source>
        <translation>(community name not set)</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
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
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>The new language applies when Hearth Desk is started again.</source>
        <translation>The new language applies when Hearth Desk is started again.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</source>
        <translation>The store&apos;s schema is older than the program&apos;s; start Hearth Desk once to upgrade it (a copy is kept).</translation>
    </message>
    <message>
        <source>--households must be between 1 and 200000, not {value}.</source>
        <translation>--households must be between 1 and 200000, not {value}.</translation>
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
        <source>The store already holds data ({residents} residents); add --replace to overwrite it with demo data.</source>
        <translation>The store already holds data ({residents} residents); add --replace to overwrite it with demo data.</translation>
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
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
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
</context>
</TS>
