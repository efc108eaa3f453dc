<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
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
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Latest remark</source>
        <translation>Latest remark</translation>
    </message>
    <message>
        <source>%1 (proposed: %2)</source>
        <translation>%1 (proposed: %2)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Still open (open or in progress)</source>
        <translation>Still open (open or in progress)</translation>
    </message>
    <message>
        <source>Action items: %1</source>
        <translation>Action items: %1</translation>
    </message>
    <message>
        <source> (a chosen list; Clear filters shows all)</source>
        <translation> (a chosen list; Clear filters shows all)</translation>
    </message>
    <message>
        <source>Select an item to see its history.</source>
        <translation>Select an item to see its history.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Name or department</source>
        <translation>Name or department</translation>
    </message>
    <message>
        <source>Search the action items (Ctrl+F)</source>
        <translation>Search the action items (Ctrl+F)</translation>
    </message>
    <message>
        <source>Change status of selected…</source>
        <translation>Change status of selected…</translation>
    </message>
    <message>
        <source>Open the meeting that raised it</source>
        <translation>Open the meeting that raised it</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>&amp;5 New action items (%1, and %2 from the original)</source>
        <translation>&amp;5 New action items (%1, and %2 from the original)</translation>
    </message>
    <message>
        <source>&amp;5 New action items (%1)</source>
        <translation>&amp;5 New action items (%1)</translation>
    </message>
    <message>
        <source>The %1 action items of the minutes this amendment corrects print with it; do not add them again. Record their progress on the Action items page.</source>
        <translation>The %1 action items of the minutes this amendment corrects print with it; do not add them again. Record their progress on the Action items page.</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;What is to be done</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>W&amp;here (station or ward)</source>
        <translation>W&amp;here (station or ward)</translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation>Responsible &amp;person</translation>
    </message>
    <message>
        <source>…or &amp;department</source>
        <translation>…or &amp;department</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;By when</translation>
    </message>
    <message>
        <source>Agenda poin&amp;t</source>
        <translation>Agenda poin&amp;t</translation>
    </message>
    <message>
        <source>e.g. traffic police, municipal corporation</source>
        <translation>e.g. traffic police, municipal corporation</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <source>&amp;4 Agenda and decisions (%1)</source>
        <translation>&amp;4 Agenda and decisions (%1)</translation>
    </message>
    <message>
        <source>Agenda &amp;point</source>
        <translation>Agenda &amp;point</translation>
    </message>
    <message>
        <source>D&amp;iscussion</source>
        <translation>D&amp;iscussion</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>D&amp;ecision</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>New point</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Action item for this point</source>
        <translation>Action item for this point</translation>
    </message>
    <message>
        <source>Subject of the point, e.g. traffic jams</source>
        <translation>Subject of the point, e.g. traffic jams</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the minutes</source>
        <translation>Amend the minutes</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment (printed with the corrected minutes):</source>
        <translation>&amp;Reason for the amendment (printed with the corrected minutes):</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Designation (as printed)</source>
        <translation>&amp;Designation (as printed)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To (empty while in post)</source>
        <translation>&amp;To (empty while in post)</translation>
    </message>
    <message>
        <source>The previous holder leaves office the day before (transfer)</source>
        <translation>The previous holder leaves office the day before (transfer)</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>&amp;7 Attachments (%1)</source>
        <translation>&amp;7 Attachments (%1)</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Attaching %1</source>
        <translation>Attaching %1</translation>
    </message>
    <message>
        <source>Save the meeting first; files are kept with a saved meeting.</source>
        <translation>Save the meeting first; files are kept with a saved meeting.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Attach the scanned signed copy…</source>
        <translation>Attach the scanned signed copy…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Represented by</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <source>&amp;2 Attendance (%1/%2)</source>
        <translation>&amp;2 Attendance (%1/%2)</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Press “Add a walk-in” to add the name as typed.</source>
        <translation>“%1” is not in the directory. Press “Add a walk-in” to add the name as typed.</translation>
    </message>
    <message>
        <source>Present %1 · Absent %2 · Not marked %3</source>
        <translation>Present %1 · Absent %2 · Not marked %3</translation>
    </message>
    <message>
        <source>Add from the directory:</source>
        <translation>Add from the directory:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Add a walk-in</translation>
    </message>
    <message>
        <source>Mark everyone not marked as present</source>
        <translation>Mark everyone not marked as present</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup of {date}: {meetings} meetings, {actions} action items, {people} people, {places} places ({size:.1f} MB).</source>
        <translation>Backup of {date}: {meetings} meetings, {actions} action items, {people} people, {places} places ({size:.1f} MB).</translation>
    </message>
    <message>
        <source>Last meeting: {date}, “{title}”.</source>
        <translation>Last meeting: {date}, “{title}”.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>Choose the folder or USB stick for the backup</translation>
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
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made. Your work is not affected; make a backup with File ▸ Back up now… when the backup folder is available.</source>
        <translation>Today's automatic backup could not be made. Your work is not affected; make a backup with File ▸ Back up now… when the backup folder is available.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>The backup of {date} was restored.</source>
        <translation>The backup of {date} was restored.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as:
{path}</source>
        <translation>The database it replaced was kept as:
{path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Starting with an empty database</source>
        <translation>Starting with an empty database</translation>
    </message>
    <message>
        <source>The damaged database was kept as:
{path}</source>
        <translation>The damaged database was kept as:
{path}</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Meetings in this selection: %1</source>
        <translation>Meetings in this selection: %1</translation>
    </message>
    <message>
        <source>One PDF for all meetings</source>
        <translation>One PDF for all meetings</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>%1 of %2 documents…</source>
        <translation>%1 of %2 documents…</translation>
    </message>
    <message>
        <source>Exporting documents</source>
        <translation>Exporting documents</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 documents were written to %3.</source>
        <translation>Export cancelled: %1 of %2 documents were written to %3.</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 documents; no file was written.</source>
        <translation>Export cancelled after %1 of %2 documents; no file was written.</translation>
    </message>
    <message>
        <source>%1 of %2 documents exported to %3.</source>
        <translation>%1 of %2 documents exported to %3.</translation>
    </message>
    <message>
        <source>Export many meetings</source>
        <translation>Export many meetings</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>&amp;Meetings from</source>
        <translation>&amp;Meetings from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>One PDF per meeting, in a &amp;folder</source>
        <translation>One PDF per meeting, in a &amp;folder</translation>
    </message>
    <message>
        <source>All in &amp;one PDF, with a bookmark per meeting</source>
        <translation>All in &amp;one PDF, with a bookmark per meeting</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>%1 selected action item(s) will get the new status.</source>
        <translation>%1 selected action item(s) will get the new status.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>&amp;Remark</translation>
    </message>
    <message>
        <source>The change is recorded in the audit log. The next meeting that reviews an item sets its status again.</source>
        <translation>The change is recorded in the audit log. The next meeting that reviews an item sets its status again.</translation>
    </message>
</context>
<context>
    <name>Combos</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>As the meeting (or office) has it</source>
        <translation>As the meeting (or office) has it</translation>
    </message>
</context>
<context>
    <name>CopyToSection</name>
    <message>
        <source>&amp;6 Copy to (%1)</source>
        <translation>&amp;6 Copy to (%1)</translation>
    </message>
    <message>
        <source>One recipient per line, in the order they should print.</source>
        <translation>One recipient per line, in the order they should print.</translation>
    </message>
    <message>
        <source>Same as the last meeting of this series</source>
        <translation>Same as the last meeting of this series</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Liaison Desktop: an error occurred</source>
        <translation>Liaison Desktop: an error occurred</translation>
    </message>
    <message>
        <source>The details are also in the log file {path}.</source>
        <translation>The details are also in the log file {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>The damaged file will be kept under a new name, never deleted.</source>
        <translation>The damaged file will be kept under a new name, never deleted.</translation>
    </message>
    <message>
        <source>The latest good backup:</source>
        <translation>The latest good backup:</translation>
    </message>
    <message>
        <source>No good backup of this database was found.</source>
        <translation>No good backup of this database was found.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>of %1 stations have not met in %2</source>
        <translation>of %1 stations have not met in %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>draft minutes not yet made final</source>
        <translation>draft minutes not yet made final</translation>
    </message>
    <message>
        <source>action items still open</source>
        <translation>action items still open</translation>
    </message>
    <message>
        <source>action items overdue</source>
        <translation>action items overdue</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(no station)</translation>
    </message>
    <message>
        <source>quarterly review series</source>
        <translation>quarterly review series</translation>
    </message>
    <message>
        <source>No quarterly review series is set up.</source>
        <translation>No quarterly review series is set up.</translation>
    </message>
    <message>
        <source>Quarterly review overdue by %1 days</source>
        <translation>Quarterly review overdue by %1 days</translation>
    </message>
    <message>
        <source>Quarterly review due in %1 days</source>
        <translation>Quarterly review due in %1 days</translation>
    </message>
    <message>
        <source>%1
Due on %2; last held %3.</source>
        <translation>%1
Due on %2; last held %3.</translation>
    </message>
    <message>
        <source>This month's station meetings</source>
        <translation>This month's station meetings</translation>
    </message>
    <message>
        <source>Quarterly review and open work</source>
        <translation>Quarterly review and open work</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Overdue action items</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Prepare the quarterly meeting…</source>
        <translation>Prepare the quarterly meeting…</translation>
    </message>
    <message>
        <source>All meetings…</source>
        <translation>All meetings…</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Last met</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Date as DD-MM-YYYY; F4 opens a calendar</source>
        <translation>Date as DD-MM-YYYY; F4 opens a calendar</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Details</translation>
    </message>
    <message>
        <source>(given when the minutes are made final)</source>
        <translation>(given when the minutes are made final)</translation>
    </message>
    <message>
        <source>meeting no. %1</source>
        <translation>meeting no. %1</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Review sheet (ATR)</source>
        <translation>Review sheet (ATR)</translation>
    </message>
    <message>
        <source>Register of open action items</source>
        <translation>Register of open action items</translation>
    </message>
    <message>
        <source>Monthly meetings: compliance</source>
        <translation>Monthly meetings: compliance</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Filled once the reviews are recorded</source>
        <translation>Filled once the reviews are recorded</translation>
    </message>
    <message>
        <source>Filled with the recorded reviews</source>
        <translation>Filled with the recorded reviews</translation>
    </message>
    <message>
        <source>Blank, to fill in by hand</source>
        <translation>Blank, to fill in by hand</translation>
    </message>
    <message>
        <source>January–March</source>
        <translation>January–March</translation>
    </message>
    <message>
        <source>April–June</source>
        <translation>April–June</translation>
    </message>
    <message>
        <source>July–September</source>
        <translation>July–September</translation>
    </message>
    <message>
        <source>October–December</source>
        <translation>October–December</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>Choose a meeting in the list first.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <source>%1 page(s).</source>
        <translation>%1 page(s).</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>The printer could not be started: check that it is on and connected.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>By police station</source>
        <translation>By police station</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Review sheet</source>
        <translation>&amp;Review sheet</translation>
    </message>
    <message>
        <source>Police &amp;station</source>
        <translation>Police &amp;station</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Group by</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <source>Only &amp;overdue items</source>
        <translation>Only &amp;overdue items</translation>
    </message>
    <message>
        <source>Find a meeting…</source>
        <translation>Find a meeting…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Export many meetings…</source>
        <translation>Export many meetings…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Liaison Desktop</source>
        <translation>Liaison Desktop</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Something went wrong in Liaison Desktop. Meetings already saved are safe, and what you were typing is kept in the recovery slot. Please copy the details below and send them to whoever looks after this computer.</source>
        <translation>Something went wrong in Liaison Desktop. Meetings already saved are safe, and what you were typing is kept in the recovery slot. Please copy the details below and send them to whoever looks after this computer.</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>The database “{path}” is already open in another copy of Liaison Desktop (process {pid} on the computer “{host}”). Switch to that window, or close it and start again. Two copies must not edit the same meetings at once.</source>
        <translation>The database “{path}” is already open in another copy of Liaison Desktop (process {pid} on the computer “{host}”). Switch to that window, or close it and start again. Two copies must not edit the same meetings at once.</translation>
    </message>
    <message>
        <source>Liaison Desktop cannot create its lock file next to the database “{path}”; the folder may be read-only. Copy the database to a folder you can write to.</source>
        <translation>Liaison Desktop cannot create its lock file next to the database “{path}”; the folder may be read-only. Copy the database to a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>Give both dates of the range.</source>
        <translation>Give both dates of the range.</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>The first date is after the last one.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Preparing the search (needed once)…</source>
        <translation>Preparing the search (needed once)…</translation>
    </message>
    <message>
        <source>Preparing the search</source>
        <translation>Preparing the search</translation>
    </message>
    <message>
        <source>The search is ready.</source>
        <translation>The search is ready.</translation>
    </message>
    <message>
        <source>Liaison Desktop</source>
        <translation>Liaison Desktop</translation>
    </message>
    <message>
        <source>Demo data — %1</source>
        <translation>Demo data — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Export all data (JSON)…</source>
        <translation>&amp;Export all data (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Import an archive into a new database…</source>
        <translation>&amp;Import an archive into a new database…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Search meetings, action items, people, places… (Ctrl+K)</source>
        <translation>Search meetings, action items, people, places… (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Liaison Desktop</source>
        <translation>&amp;About Liaison Desktop</translation>
    </message>
    <message>
        <source>Office not set up</source>
        <translation>Office not set up</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · database: %2</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Go to a page</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Search box of the page (else search everything)</source>
        <translation>Search box of the page (else search everything)</translation>
    </message>
    <message>
        <source>Print the minutes (editor)</source>
        <translation>Print the minutes (editor)</translation>
    </message>
    <message>
        <source>Attendance sheet (editor)</source>
        <translation>Attendance sheet (editor)</translation>
    </message>
    <message>
        <source>Review sheet (editor)</source>
        <translation>Review sheet (editor)</translation>
    </message>
    <message>
        <source>Make the minutes final (editor)</source>
        <translation>Make the minutes final (editor)</translation>
    </message>
    <message>
        <source>Record the signature (editor)</source>
        <translation>Record the signature (editor)</translation>
    </message>
    <message>
        <source>Amend final minutes (editor)</source>
        <translation>Amend final minutes (editor)</translation>
    </message>
    <message>
        <source>Status of the item under review: open, in progress, done, dropped</source>
        <translation>Status of the item under review: open, in progress, done, dropped</translation>
    </message>
    <message>
        <source>Open the top search result (search box)</source>
        <translation>Open the top search result (search box)</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Import an archive</translation>
    </message>
    <message>
        <source>New database for the imported data</source>
        <translation>New database for the imported data</translation>
    </message>
    <message>
        <source>Liaison Desktop database (*.sqlite3)</source>
        <translation>Liaison Desktop database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing an archive</source>
        <translation>Importing an archive</translation>
    </message>
    <message>
        <source>Open the selected meeting or item</source>
        <translation>Open the selected meeting or item</translation>
    </message>
    <message>
        <source>Save the meeting (editor)</source>
        <translation>Save the meeting (editor)</translation>
    </message>
    <message>
        <source>New line in the current section (editor)</source>
        <translation>New line in the current section (editor)</translation>
    </message>
    <message>
        <source>New action item (editor)</source>
        <translation>New action item (editor)</translation>
    </message>
    <message>
        <source>Go to a section (editor)</source>
        <translation>Go to a section (editor)</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>Present / absent (attendance)</source>
        <translation>Present / absent (attendance)</translation>
    </message>
    <message>
        <source>Calendar in a date field</source>
        <translation>Calendar in a date field</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About Liaison Desktop</source>
        <translation>About Liaison Desktop</translation>
    </message>
    <message>
        <source>Liaison Desktop %1
Records police–public liaison meetings, follows every decision until it is done, and prints minutes for signature.</source>
        <translation>Liaison Desktop %1
Records police–public liaison meetings, follows every decision until it is done, and prints minutes for signature.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <source>JSON archive (*.json)</source>
        <translation>JSON archive (*.json)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Exporting all data</source>
        <translation>Exporting all data</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>Exported %1 records to %2</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Ti&amp;me (from – to)</source>
        <translation>Ti&amp;me (from – to)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>&amp;Language of the minutes</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <source>&amp;Chair (presided)</source>
        <translation>&amp;Chair (presided)</translation>
    </message>
    <message>
        <source>Chair's designation</source>
        <translation>Chair's designation</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>&amp;Recorded by</translation>
    </message>
    <message>
        <source>Recorder's designation</source>
        <translation>Recorder's designation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Make the minutes final</source>
        <translation>Make the minutes final</translation>
    </message>
    <message>
        <source>Make these minutes final? They get a reference number and can no longer be changed; corrections are then made as amendments.</source>
        <translation>Make these minutes final? They get a reference number and can no longer be changed; corrections are then made as amendments.</translation>
    </message>
    <message>
        <source>These minutes are %1 (reference %2) and cannot be changed. To correct them, use Amend: a new draft version is made with the reason for the change.</source>
        <translation>These minutes are %1 (reference %2) and cannot be changed. To correct them, use Amend: a new draft version is made with the reason for the change.</translation>
    </message>
    <message>
        <source>%1%2 — Liaison Desktop</source>
        <translation>%1%2 — Liaison Desktop</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Saved. These characters cannot be printed with the font of the papers and will print as their names in brackets: %1</source>
        <translation>Saved. These characters cannot be printed with the font of the papers and will print as their names in brackets: %1</translation>
    </message>
    <message>
        <source>Amendment of the minutes %1. Reason: %2</source>
        <translation>Amendment of the minutes %1. Reason: %2</translation>
    </message>
    <message>
        <source>%1 (amendment of %2)</source>
        <translation>%1 (amendment of %2)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>New line (Ctrl+N)</source>
        <translation>New line (Ctrl+N)</translation>
    </message>
    <message>
        <source>New action item (Ctrl+Shift+N)</source>
        <translation>New action item (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Print minutes (Ctrl+P)</source>
        <translation>Print minutes (Ctrl+P)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>Review sheet</translation>
    </message>
    <message>
        <source>Make final… (Ctrl+Shift+F)</source>
        <translation>Make final… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Record signature… (Ctrl+Shift+S)</source>
        <translation>Record signature… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Amend… (Ctrl+Shift+A)</source>
        <translation>Amend… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Close (Ctrl+W)</source>
        <translation>Close (Ctrl+W)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Save the changes to “%1” before closing?</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Amendment of %2: %1</source>
        <translation>Amendment of %2: %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings: %1</source>
        <translation>Meetings: %1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete the draft meeting “%1”? This cannot be undone.</source>
        <translation>Delete the draft meeting “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Search title, reference, venue, chair (Ctrl+F)</source>
        <translation>Search title, reference, venue, chair (Ctrl+F)</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>Review sheet</translation>
    </message>
</context>
<context>
    <name>NewActionModel</name>
    <message>
        <source>Action to be taken</source>
        <translation>Action to be taken</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <source>Also review open items about this station from other series</source>
        <translation>Also review open items about this station from other series</translation>
    </message>
    <message>
        <source>The invitees of the series and every open action item from its earlier meetings are filled in; you can change everything before saving.</source>
        <translation>The invitees of the series and every open action item from its earlier meetings are filled in; you can change everything before saving.</translation>
    </message>
</context>
<context>
    <name>OfficeSetupDialog</name>
    <message>
        <source>%1 police station monthly coordination meeting</source>
        <translation>%1 police station monthly coordination meeting</translation>
    </message>
    <message>
        <source>Quarterly review meeting with the Police Commissioner</source>
        <translation>Quarterly review meeting with the Police Commissioner</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Set up my office</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Letterhead lines</source>
        <translation>&amp;Letterhead lines</translation>
    </message>
    <message>
        <source>Printed under the office name, one line each, e.g. "Police-public liaison cell"</source>
        <translation>Printed under the office name, one line each, e.g. "Police-public liaison cell"</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Reference number prefix</source>
        <translation>&amp;Reference number prefix</translation>
    </message>
    <message>
        <source>e.g. KNP/LC</source>
        <translation>e.g. KNP/LC</translation>
    </message>
    <message>
        <source>Police &amp;stations</source>
        <translation>Police &amp;stations</translation>
    </message>
    <message>
        <source>One station per line: the name as printed, then optionally a comma, its name in English and a comma and a short code, e.g. “कोतवाली, Kotwali, KTW”. A monthly meeting series is created for each station, and one quarterly review series for the office.</source>
        <translation>One station per line: the name as printed, then optionally a comma, its name in English and a comma and a short code, e.g. “कोतवाली, Kotwali, KTW”. A monthly meeting series is created for each station, and one quarterly review series for the office.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+−)</source>
        <translation>Smaller (Ctrl+−)</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Larger (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Select a person.</source>
        <translation>Select a person.</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Mobile: %1</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>in post</translation>
    </message>
    <message>
        <source>End of appointment</source>
        <translation>End of appointment</translation>
    </message>
    <message>
        <source>Last day in post (DD-MM-YYYY):</source>
        <translation>Last day in post (DD-MM-YYYY):</translation>
    </message>
    <message>
        <source>Name in Hindi or English, or mobile (Ctrl+F)</source>
        <translation>Name in Hindi or English, or mobile (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>New appointment…</translation>
    </message>
    <message>
        <source>End selected appointment…</source>
        <translation>End selected appointment…</translation>
    </message>
    <message>
        <source>Appointments (newest first)</source>
        <translation>Appointments (newest first)</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>In Latin letters</translation>
    </message>
    <message>
        <source>Designation today</source>
        <translation>Designation today</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name (as printed)</source>
        <translation>&amp;Name (as printed)</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>Name in &amp;Latin letters</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Active (offered in lists and invitations)</source>
        <translation>&amp;Active (offered in lists and invitations)</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Type a name in Hindi or English…</source>
        <translation>Type a name in Hindi or English…</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>Name in &amp;Latin letters</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>In the area of &amp;station</source>
        <translation>In the area of &amp;station</translation>
    </message>
    <message>
        <source>In &amp;mandal</source>
        <translation>In &amp;mandal</translation>
    </message>
    <message>
        <source>Holds a monthly &amp;meeting (shown on the dashboard and in New meeting)</source>
        <translation>Holds a monthly &amp;meeting (shown on the dashboard and in New meeting)</translation>
    </message>
    <message>
        <source>&amp;In use (a place no longer in use keeps its history)</source>
        <translation>&amp;In use (a place no longer in use keeps its history)</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Select a place.</source>
        <translation>Select a place.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nobody recorded</translation>
    </message>
    <message>
        <source>Invited to “%1” (as of today): by office, then named invitees.</source>
        <translation>Invited to “%1” (as of today): by office, then named invitees.</translation>
    </message>
    <message>
        <source>named</source>
        <translation>named</translation>
    </message>
    <message>
        <source>by office</source>
        <translation>by office</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>In Latin letters</translation>
    </message>
    <message>
        <source>New station…</source>
        <translation>New station…</translation>
    </message>
    <message>
        <source>New ward…</source>
        <translation>New ward…</translation>
    </message>
    <message>
        <source>New mandal…</source>
        <translation>New mandal…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Add a named invitee: type a name…</source>
        <translation>Add a named invitee: type a name…</translation>
    </message>
    <message>
        <source>Remove named invitee</source>
        <translation>Remove named invitee</translation>
    </message>
</context>
<context>
    <name>PreviousRunNotice</name>
    <message>
        <source>Liaison Desktop did not close properly</source>
        <translation>Liaison Desktop did not close properly</translation>
    </message>
    <message>
        <source>Liaison Desktop did not close properly last time (started {when}). Meetings that were saved are safe; unsaved edits, if any, are offered for recovery.</source>
        <translation>Liaison Desktop did not close properly last time (started {when}). Meetings that were saved are safe; unsaved edits, if any, are offered for recovery.</translation>
    </message>
    <message>
        <source>A crash report was saved as {path}.</source>
        <translation>A crash report was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Show this message again</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Critical Error:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Debug Message:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Fatal Error:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Information:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>The 'From' value cannot be greater than the 'To' value.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Advanced Option Conflicts</translation>
    </message>
    <message>
        <source>Custom value for %1</source>
        <translation>Custom value for %1</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Page Setup Conflicts</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>There are conflicts in some options. Please fix them.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RecentDatabasesMenu</name>
    <message>
        <source>Demo data (%1)</source>
        <translation>Demo data (%1)</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>No other database opened yet</translation>
    </message>
    <message>
        <source>&amp;Open recent</source>
        <translation>&amp;Open recent</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recover unsaved meetings</source>
        <translation>Recover unsaved meetings</translation>
    </message>
    <message>
        <source>Liaison Desktop closed before these meetings were saved. Restore them to go on editing where you stopped, or discard the unsaved changes.</source>
        <translation>Liaison Desktop closed before these meetings were saved. Restore them to go on editing where you stopped, or discard the unsaved changes.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Autosaved at</source>
        <translation>Autosaved at</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>never saved</translation>
    </message>
    <message>
        <source>changes not saved</source>
        <translation>changes not saved</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of {count} meeting(s)? They cannot be recovered afterwards.</source>
        <translation>Discard the unsaved changes of {count} meeting(s)? They cannot be recovered afterwards.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>Replace the current database with this backup (the current database is kept as a separate file)</source>
        <translation>Replace the current database with this backup (the current database is kept as a separate file)</translation>
    </message>
    <message>
        <source>Other backup file…</source>
        <translation>Other backup file…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>No backup found. Choose a backup file.</source>
        <translation>No backup found. Choose a backup file.</translation>
    </message>
    <message>
        <source>Checked: the backup is sound.</source>
        <translation>Checked: the backup is sound.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status now</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>&amp;3 Review of earlier items (%1)</source>
        <translation>&amp;3 Review of earlier items (%1)</translation>
    </message>
    <message>
        <source>Keys on a row: 1 open, 2 in progress, 3 done, 4 dropped; type in the remark column to write the remark.</source>
        <translation>Keys on a row: 1 open, 2 in progress, 3 done, 4 dropped; type in the remark column to write the remark.</translation>
    </message>
    <message>
        <source>Leave out of this review</source>
        <translation>Leave out of this review</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Type in the search box above (Ctrl+K) what to look for.</source>
        <translation>Type in the search box above (Ctrl+K) what to look for.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words, or clear the filters.</source>
        <translation>Nothing found. Try fewer or other words, or clear the filters.</translation>
    </message>
    <message>
        <source>%1 result(s), best first.</source>
        <translation>%1 result(s), best first.</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Showing the first %1.</translation>
    </message>
    <message>
        <source>Many records match: only the %1 most recent were ranked. Add words or filters to narrow the search.</source>
        <translation>Many records match: only the %1 most recent were ranked. Add words or filters to narrow the search.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show more results</source>
        <translation>Show more results</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Office profile and letterhead</source>
        <translation>Office profile and letterhead</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Letterhead lines</source>
        <translation>&amp;Letterhead lines</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Reference number prefix</source>
        <translation>&amp;Reference number prefix</translation>
    </message>
    <message>
        <source>Language of d&amp;ocuments</source>
        <translation>Language of d&amp;ocuments</translation>
    </message>
    <message>
        <source>Your na&amp;me (for the audit log)</source>
        <translation>Your na&amp;me (for the audit log)</translation>
    </message>
    <message>
        <source>Bac&amp;kup folder</source>
        <translation>Bac&amp;kup folder</translation>
    </message>
    <message>
        <source>A new database file is used from the next start. The interface language changes when the settings are saved.</source>
        <translation>A new database file is used from the next start. The interface language changes when the settings are saved.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>Data&amp;base file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Daily backups are written to: %1</source>
        <translation>Daily backups are written to: %1</translation>
    </message>
    <message>
        <source>Last automatic backup: %1</source>
        <translation>Last automatic backup: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Open the database “%1” now? Otherwise it is used from the next start.</source>
        <translation>Open the database “%1” now? Otherwise it is used from the next start.</translation>
    </message>
    <message>
        <source>Liaison database (*.sqlite3)</source>
        <translation>Liaison database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Record signature</source>
        <translation>Record signature</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Signed &amp;on</translation>
    </message>
    <message>
        <source>Who signed (as it should print):</source>
        <translation>Who signed (as it should print):</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to Liaison Desktop</source>
        <translation>Welcome to Liaison Desktop</translation>
    </message>
    <message>
        <source>Record police–public liaison meetings, follow every decision until it is done, and print minutes for signature. How would you like to begin?</source>
        <translation>Record police–public liaison meetings, follow every decision until it is done, and print minutes for signature. How would you like to begin?</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Set up my office</translation>
    </message>
    <message>
        <source>Enter the office name, letterhead details and your police stations. Meeting series are created for you.</source>
        <translation>Enter the office name, letterhead details and your police stations. Meeting series are created for you.</translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <source>Try the program with a sample Kanpur office: stations, people, six months of meetings and action items. Kept in a separate file; your own data is not touched.</source>
        <translation>Try the program with a sample Kanpur office: stations, people, six months of meetings and action items. Kept in a separate file; your own data is not touched.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Preparing the demo data</source>
        <translation>Preparing the demo data</translation>
    </message>
</context>
</TS>