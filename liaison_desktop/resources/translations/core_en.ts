<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Backup</name>
    <message>
        <source>The database was brought up to this version of Liaison Desktop. A verified backup of it as it was before is kept in “{backup}”.</source>
        <translation>The database was brought up to this version of Liaison Desktop. A verified backup of it as it was before is kept in “{backup}”.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Some translations could not be read ({files}), so their texts are shown in English. Reinstall Liaison Desktop to repair it; the details are in the log.</source>
        <translation>Some translations could not be read ({files}), so their texts are shown in English. Reinstall Liaison Desktop to repair it; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
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
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attendee name</source>
        <translation>Attendee name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <source>Agenda point</source>
        <translation>Agenda point</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action to be taken</source>
        <translation>Action to be taken</translation>
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
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Office name in English</source>
        <translation>Office name in English</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Letterhead lines</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reference number prefix</source>
        <translation>Reference number prefix</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Series name</translation>
    </message>
    <message>
        <source>Kind of series</source>
        <translation>Kind of series</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>LedgerEvent</name>
    <message>
        <source>made final</source>
        <translation>made final</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>signed copy</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendment</translation>
    </message>
    <message>
        <source>sealing at the upgrade</source>
        <translation>sealing at the upgrade</translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>The archive “{path}” cannot be read as JSON ({detail}). Nothing was imported.</source>
        <translation>The archive “{path}” cannot be read as JSON ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <source>“{path}” is not a Liaison Desktop archive. Nothing was imported.</source>
        <translation>“{path}” is not a Liaison Desktop archive. Nothing was imported.</translation>
    </message>
    <message>
        <source>The archive was written by a newer version (format {found}; this version reads up to {supported}). Please update the application. Nothing was imported.</source>
        <translation>The archive was written by a newer version (format {found}; this version reads up to {supported}). Please update the application. Nothing was imported.</translation>
    </message>
    <message>
        <source>The archive is damaged: table “{table}”, record {row}: {detail}. Nothing was imported.</source>
        <translation>The archive is damaged: table “{table}”, record {row}: {detail}. Nothing was imported.</translation>
    </message>
    <message>
        <source>An archive can only be imported into an empty database; this one already holds {count} records. Create a new database file and import there.</source>
        <translation>An archive can only be imported into an empty database; this one already holds {count} records. Create a new database file and import there.</translation>
    </message>
    <message>
        <source>“{path}” already exists. An archive is imported into a new database file; existing data is never replaced by an import.</source>
        <translation>“{path}” already exists. An archive is imported into a new database file; existing data is never replaced by an import.</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {detail}.</source>
        <translation>Cannot write “{path}”: {detail}.</translation>
    </message>
    <message>
        <source>“{path}” is not a file but a device, folder or pipe; give a file name to write the archive to.</source>
        <translation>“{path}” is not a file but a device, folder or pipe; give a file name to write the archive to.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as DD-MM-YYYY, for example 20-07-2024.</source>
        <translation>“{value}” is not a date. Write it as DD-MM-YYYY, for example 20-07-2024.</translation>
    </message>
    <message>
        <source>“{value}” is not a real date (there is no such day in that month).</source>
        <translation>“{value}” is not a real date (there is no such day in that month).</translation>
    </message>
    <message>
        <source>“{value}” is outside the years this office can record (1950 to 2200).</source>
        <translation>“{value}” is outside the years this office can record (1950 to 2200).</translation>
    </message>
    <message>
        <source>“{value}” is not a time. Write it as HH:MM, for example 11:30.</source>
        <translation>“{value}” is not a time. Write it as HH:MM, for example 11:30.</translation>
    </message>
    <message>
        <source>“{value}” is not a quarter. Write it as 2024Q3.</source>
        <translation>“{value}” is not a quarter. Write it as 2024Q3.</translation>
    </message>
    <message>
        <source>The file “{path}” is not a Liaison Desktop database or is damaged ({detail}).</source>
        <translation>The file “{path}” is not a Liaison Desktop database or is damaged ({detail}).</translation>
    </message>
    <message>
        <source>The database file “{path}” is empty (0 bytes): its contents were lost, for example by an interrupted copy or a faulty disk.</source>
        <translation>The database file “{path}” is empty (0 bytes): its contents were lost, for example by an interrupted copy or a faulty disk.</translation>
    </message>
    <message>
        <source>The database file “{path}” is missing, but its journal file “{journal}” is still there. The database was moved or lost; nothing was created in its place.</source>
        <translation>The database file “{path}” is missing, but its journal file “{journal}” is still there. The database was moved or lost; nothing was created in its place.</translation>
    </message>
    <message>
        <source>The journal file “{journal}” of the database “{path}” was deleted while its index “{index}” was left: the latest saved changes were in that journal and are not in the database. Restore the latest backup, or, to go on without those changes, delete “{index}” and open the database again.</source>
        <translation>The journal file “{journal}” of the database “{path}” was deleted while its index “{index}” was left: the latest saved changes were in that journal and are not in the database. Restore the latest backup, or, to go on without those changes, delete “{index}” and open the database again.</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged ({detail}), so nothing more is saved into it. Restore the latest good backup (File ▸ Restore a backup…, or liaison restore); what was saved before the damage is in the backups.</source>
        <translation>The database “{path}” is damaged ({detail}), so nothing more is saved into it. Restore the latest good backup (File ▸ Restore a backup…, or liaison restore); what was saved before the damage is in the backups.</translation>
    </message>
    <message>
        <source>The database file “{path}” has {count} names (hard links). Programs writing to it under different names would keep separate journals and damage it, so it is not opened. Keep one name: copy the database to a new file and open that.</source>
        <translation>The database file “{path}” has {count} names (hard links). Programs writing to it under different names would keep separate journals and damage it, so it is not opened. Keep one name: copy the database to a new file and open that.</translation>
    </message>
    <message>
        <source>The database “{path}” cannot be opened: {detail}.</source>
        <translation>The database “{path}” cannot be opened: {detail}.</translation>
    </message>
    <message>
        <source>The database “{path}” is on a read-only disk or in a folder that cannot be written. Liaison Desktop needs to write beside it: copy the file to a writable folder (for example Documents) and open it from there.</source>
        <translation>The database “{path}” is on a read-only disk or in a folder that cannot be written. Liaison Desktop needs to write beside it: copy the file to a writable folder (for example Documents) and open it from there.</translation>
    </message>
    <message>
        <source>The database “{path}” is locked by another program ({detail}). Close the other program and try again.</source>
        <translation>The database “{path}” is locked by another program ({detail}). Close the other program and try again.</translation>
    </message>
    <message>
        <source>The database “{path}” was written by a newer version of Liaison Desktop (it has changes this version does not know: {names}). Please update the application.</source>
        <translation>The database “{path}” was written by a newer version of Liaison Desktop (it has changes this version does not know: {names}). Please update the application.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the change was not saved. Nothing was half-saved: the database is as it was before. Free some disk space and save again.</source>
        <translation>The disk holding the database is full, so the change was not saved. Nothing was half-saved: the database is as it was before. Free some disk space and save again.</translation>
    </message>
    <message>
        <source>The disk holding the database could not be written ({detail}), so the change was not saved; the database is as it was before. If it is on a USB stick or a network drive, check that it is still connected, then save again.</source>
        <translation>The disk holding the database could not be written ({detail}), so the change was not saved; the database is as it was before. If it is on a USB stick or a network drive, check that it is still connected, then save again.</translation>
    </message>
    <message>
        <source>The database “{path}” cannot be written (read-only disk or folder), so the change was not saved.</source>
        <translation>The database “{path}” cannot be written (read-only disk or folder), so the change was not saved.</translation>
    </message>
    <message>
        <source>Another program is writing to the database, so the change was not saved. Save again in a moment.</source>
        <translation>Another program is writing to the database, so the change was not saved. Save again in a moment.</translation>
    </message>
    <message>
        <source>The database “{path}” turned out to be damaged while saving ({detail}); the change was not saved. Close Liaison Desktop and start it again to restore a backup.</source>
        <translation>The database “{path}” turned out to be damaged while saving ({detail}); the change was not saved. Close Liaison Desktop and start it again to restore a backup.</translation>
    </message>
    <message>
        <source>This record cannot be removed: other records still refer to it. Mark it inactive instead; its history is kept.</source>
        <translation>This record cannot be removed: other records still refer to it. Mark it inactive instead; its history is kept.</translation>
    </message>
    <message>
        <source>The file “{path}” could not be renamed to keep it aside: {detail}.</source>
        <translation>The file “{path}” could not be renamed to keep it aside: {detail}.</translation>
    </message>
    <message>
        <source>“{label}” must not be empty.</source>
        <translation>“{label}” must not be empty.</translation>
    </message>
    <message>
        <source>“{label}” is too long ({length} characters; at most {limit}).</source>
        <translation>“{label}” is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>No {kind} with id or UUID “{ref}”.</source>
        <translation>No {kind} with id or UUID “{ref}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}.</source>
        <translation>“{value}” is not a valid {label}.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>The appointment cannot end ({end}) before it starts ({start}).</source>
        <translation>The appointment cannot end ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} meetings, series, appointments or action items refer to it. Mark it inactive instead; its history is kept.</source>
        <translation>“{name}” cannot be deleted: {count} meetings, series, appointments or action items refer to it. Mark it inactive instead; its history is kept.</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} meetings, signatures or action items refer to this person. Mark the person inactive instead; the history is kept.</source>
        <translation>“{name}” cannot be deleted: {count} meetings, signatures or action items refer to this person. Mark the person inactive instead; the history is kept.</translation>
    </message>
    <message>
        <source>A place cannot belong to itself.</source>
        <translation>A place cannot belong to itself.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>meeting series</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action item</translation>
    </message>
    <message>
        <source>No action items are selected.</source>
        <translation>No action items are selected.</translation>
    </message>
    <message>
        <source>Meeting “{title}” is {status} and cannot be changed. Record a correction as an amendment.</source>
        <translation>Meeting “{title}” is {status} and cannot be changed. Record a correction as an amendment.</translation>
    </message>
    <message>
        <source>The meeting cannot end ({end}) before it starts ({start}).</source>
        <translation>The meeting cannot end ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>The due date {due} of “{action}” is before the meeting date {date}.</source>
        <translation>The due date {due} of “{action}” is before the meeting date {date}.</translation>
    </message>
    <message>
        <source>Action item “{action}” is reviewed twice in this meeting.</source>
        <translation>Action item “{action}” is reviewed twice in this meeting.</translation>
    </message>
    <message>
        <source>Action item “{action}” was raised at this meeting; set its status there, not as a review.</source>
        <translation>Action item “{action}” was raised at this meeting; set its status there, not as a review.</translation>
    </message>
    <message>
        <source>Action item “{action}” was raised after this meeting and cannot be reviewed by it.</source>
        <translation>Action item “{action}” was raised after this meeting and cannot be reviewed by it.</translation>
    </message>
    <message>
        <source>Action item “{action}” points at an agenda point that is not in this meeting.</source>
        <translation>Action item “{action}” points at an agenda point that is not in this meeting.</translation>
    </message>
    <message>
        <source>A line of this meeting already belongs to another meeting ({uuid}).</source>
        <translation>A line of this meeting already belongs to another meeting ({uuid}).</translation>
    </message>
    <message>
        <source>The meeting date is missing.</source>
        <translation>The meeting date is missing.</translation>
    </message>
    <message>
        <source>A monthly station meeting series needs its police station.</source>
        <translation>A monthly station meeting series needs its police station.</translation>
    </message>
    <message>
        <source>“{name}” is not a police station.</source>
        <translation>“{name}” is not a police station.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (digits only, for example 98390 12345).</source>
        <translation>“{value}” is not a phone number (digits only, for example 98390 12345).</translation>
    </message>
    <message>
        <source>The database “{path}” already holds data; demo data goes into a new, empty database (use --db NEW_FILE).</source>
        <translation>The database “{path}” already holds data; demo data goes into a new, empty database (use --db NEW_FILE).</translation>
    </message>
    <message>
        <source>Meeting “{title}” is {status}; this needs a meeting that is {needed}.</source>
        <translation>Meeting “{title}” is {status}; this needs a meeting that is {needed}.</translation>
    </message>
    <message>
        <source>Before the minutes are made final, name who chaired the meeting.</source>
        <translation>Before the minutes are made final, name who chaired the meeting.</translation>
    </message>
    <message>
        <source>Before the minutes are made final, record at least one agenda point.</source>
        <translation>Before the minutes are made final, record at least one agenda point.</translation>
    </message>
    <message>
        <source>Before the minutes are made final, mark every invitee present, absent or represented ({count} still only invited, e.g. “{name}”).</source>
        <translation>Before the minutes are made final, mark every invitee present, absent or represented ({count} still only invited, e.g. “{name}”).</translation>
    </message>
    <message>
        <source>Name at least one person who signed.</source>
        <translation>Name at least one person who signed.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed on {signed} before the meeting on {date}.</source>
        <translation>The minutes cannot be signed on {signed} before the meeting on {date}.</translation>
    </message>
    <message>
        <source>The signing date {signed} is in the future.</source>
        <translation>The signing date {signed} is in the future.</translation>
    </message>
    <message>
        <source>Meeting “{title}” already has a newer version ({newer}); amend the latest version instead.</source>
        <translation>Meeting “{title}” already has a newer version ({newer}); amend the latest version instead.</translation>
    </message>
    <message>
        <source>The file “{name}” is too large ({size} MB; at most {limit} MB).</source>
        <translation>The file “{name}” is too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <source>The file “{name}” is empty.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be read: {detail}.</source>
        <translation>The file “{name}” cannot be read: {detail}.</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file (a folder, device or pipe); choose a file.</source>
        <translation>“{name}” is not an ordinary file (a folder, device or pipe); choose a file.</translation>
    </message>
    <message>
        <source>The file “{name}” is not a PDF, JPEG or PNG file; a signed copy must be a scan in one of these formats.</source>
        <translation>The file “{name}” is not a PDF, JPEG or PNG file; a signed copy must be a scan in one of these formats.</translation>
    </message>
    <message>
        <source>Meeting “{title}”: the attached file “{name}” no longer matches its checksum.</source>
        <translation>Meeting “{title}”: the attached file “{name}” no longer matches its checksum.</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>final or signed</source>
        <translation>final or signed</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds, not “{value}”.</source>
        <translation>SOURCE_DATE_EPOCH must be a number of seconds, not “{value}”.</translation>
    </message>
    <message>
        <source>The backup folder “{folder}” is not on the drive it was first used on (it is now on the drive at “{drive}”): is the USB stick or network drive connected? Nothing was written. If it is a new drive, choose the backup folder again.</source>
        <translation>The backup folder “{folder}” is not on the drive it was first used on (it is now on the drive at “{drive}”): is the USB stick or network drive connected? Nothing was written. If it is a new drive, choose the backup folder again.</translation>
    </message>
    <message>
        <source>Another program has the database “{path}” open (a liaison command, a database tool): what it saves during a restore would be lost with the file set aside. Close it and restore again; nothing was changed.</source>
        <translation>Another program has the database “{path}” open (a liaison command, a database tool): what it saves during a restore would be lost with the file set aside. Close it and restore again; nothing was changed.</translation>
    </message>
    <message>
        <source>The database “{path}” does not exist, so there is nothing to back up.</source>
        <translation>The database “{path}” does not exist, so there is nothing to back up.</translation>
    </message>
    <message>
        <source>The backup could not be written to “{folder}”: {detail}. The database itself is unchanged.</source>
        <translation>The backup could not be written to “{folder}”: {detail}. The database itself is unchanged.</translation>
    </message>
    <message>
        <source>The backup written to “{folder}” failed its check after writing ({detail}) and was not kept. Try another folder or disk; the database itself is unchanged.</source>
        <translation>The backup written to “{folder}” failed its check after writing ({detail}) and was not kept. Try another folder or disk; the database itself is unchanged.</translation>
    </message>
    <message>
        <source>The backup “{path}” is damaged ({detail}).</source>
        <translation>The backup “{path}” is damaged ({detail}).</translation>
    </message>
    <message>
        <source>The backup “{path}” has changed since it was written (its checksum does not match); the disk holding it may be failing.</source>
        <translation>The backup “{path}” has changed since it was written (its checksum does not match); the disk holding it may be failing.</translation>
    </message>
    <message>
        <source>“{path}” is not a Liaison Desktop database or backup.</source>
        <translation>“{path}” is not a Liaison Desktop database or backup.</translation>
    </message>
    <message>
        <source>The backup “{path}” was made by a newer version of Liaison Desktop; update the application to restore it.</source>
        <translation>The backup “{path}” was made by a newer version of Liaison Desktop; update the application to restore it.</translation>
    </message>
    <message>
        <source>The database “{path}” is open in Liaison Desktop (process {pid}). Close the application before restoring a backup.</source>
        <translation>The database “{path}” is open in Liaison Desktop (process {pid}). Close the application before restoring a backup.</translation>
    </message>
    <message>
        <source>The backup could not be restored to “{path}”: {detail}. The current database was not changed.</source>
        <translation>The backup could not be restored to “{path}”: {detail}. The current database was not changed.</translation>
    </message>
    <message>
        <source>SQLite's integrity check of “{path}” found damage: {detail}</source>
        <translation>SQLite's integrity check of “{path}” found damage: {detail}</translation>
    </message>
    <message>
        <source>Record {rowid} of table “{table}” refers to a missing record of table “{parent}”.</source>
        <translation>Record {rowid} of table “{table}” refers to a missing record of table “{parent}”.</translation>
    </message>
    <message>
        <source>The check “{check}” could not finish ({detail}); it needs the problems above fixed first.</source>
        <translation>The check “{check}” could not finish ({detail}); it needs the problems above fixed first.</translation>
    </message>
    <message>
        <source>Search is not available for this kind of database yet.</source>
        <translation>Search is not available for this kind of database yet.</translation>
    </message>
    <message>
        <source>“{location}” is a database server, not a file; back it up with the server's own tools.</source>
        <translation>“{location}” is a database server, not a file; back it up with the server's own tools.</translation>
    </message>
    <message>
        <source>Restoring replaces the database “{path}” (which is kept aside). Add --yes to confirm.</source>
        <translation>Restoring replaces the database “{path}” (which is kept aside). Add --yes to confirm.</translation>
    </message>
    <message>
        <source>The ledger of sealed minutes lacks entries {first}–{last}: they were deleted.</source>
        <translation>The ledger of sealed minutes lacks entries {first}–{last}: they were deleted.</translation>
    </message>
    <message>
        <source>Ledger entry {position} does not follow the entry before it: entries were removed, inserted or reordered.</source>
        <translation>Ledger entry {position} does not follow the entry before it: entries were removed, inserted or reordered.</translation>
    </message>
    <message>
        <source>Ledger entry {position} ({event} of “{reference}”) was changed after it was written.</source>
        <translation>Ledger entry {position} ({event} of “{reference}”) was changed after it was written.</translation>
    </message>
    <message>
        <source>Sealed minutes “{reference}” were deleted from the database.</source>
        <translation>Sealed minutes “{reference}” were deleted from the database.</translation>
    </message>
    <message>
        <source>Minutes “{title}” ({reference}): changed since they were sealed on {sealed}: {fields}.</source>
        <translation>Minutes “{title}” ({reference}): changed since they were sealed on {sealed}: {fields}.</translation>
    </message>
    <message>
        <source>Minutes “{title}” ({reference}): the seal stored with the meeting is not the ledger's.</source>
        <translation>Minutes “{title}” ({reference}): the seal stored with the meeting is not the ledger's.</translation>
    </message>
    <message>
        <source>Minutes “{title}” ({reference}) are {status} but were never sealed: the status was set outside the application.</source>
        <translation>Minutes “{title}” ({reference}) are {status} but were never sealed: the status was set outside the application.</translation>
    </message>
    <message>
        <source>The paper's minutes (sealed as ledger entry {position}) are not in this database's ledger.</source>
        <translation>The paper's minutes (sealed as ledger entry {position}) are not in this database's ledger.</translation>
    </message>
    <message>
        <source>The paper names ledger entry {position}, which this database lacks: the ledger was cut short or replaced.</source>
        <translation>The paper names ledger entry {position}, which this database lacks: the ledger was cut short or replaced.</translation>
    </message>
    <message>
        <source>Ledger entry {position} is not the one printed on the paper “{reference}”: the ledger was rewritten.</source>
        <translation>Ledger entry {position} is not the one printed on the paper “{reference}”: the ledger was rewritten.</translation>
    </message>
    <message>
        <source>When the paper “{reference}” was printed the ledger ended at entry {position}; this database's entry {position} is different or missing: the ledger was rewritten.</source>
        <translation>When the paper “{reference}” was printed the ledger ended at entry {position}; this database's entry {position} is different or missing: the ledger was rewritten.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read as a paper: {reason}.</source>
        <translation>“{path}” cannot be read as a paper: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” carries no seal of Liaison Desktop minutes (drafts have none; minutes printed before the ledger show only a short hash).</source>
        <translation>“{path}” carries no seal of Liaison Desktop minutes (drafts have none; minutes printed before the ledger show only a short hash).</translation>
    </message>
    <message>
        <source>Ledger entry {position} of the backup “{backup}” is not the database's entry {position}: one of the two was altered.</source>
        <translation>Ledger entry {position} of the backup “{backup}” is not the database's entry {position}: one of the two was altered.</translation>
    </message>
    <message>
        <source>The database lacks ledger entries {first}–{last} that the backup “{backup}” holds: they were removed from the database.</source>
        <translation>The database lacks ledger entries {first}–{last} that the backup “{backup}” holds: they were removed from the database.</translation>
    </message>
    <message>
        <source>The backup “{path}” does not agree with the ledger of sealed minutes ({count} problem(s); the first: {first}). It was not restored.</source>
        <translation>The backup “{path}” does not agree with the ledger of sealed minutes ({count} problem(s); the first: {first}). It was not restored.</translation>
    </message>
    <message>
        <source>The backup “{path}” could not be checked against its ledger: {detail}.</source>
        <translation>The backup “{path}” could not be checked against its ledger: {detail}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Mandal</source>
        <translation>Mandal</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>Elected representative</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Member of Parliament</source>
        <translation>Member of Parliament</translation>
    </message>
    <message>
        <source>Member of Legislative Assembly</source>
        <translation>Member of Legislative Assembly</translation>
    </message>
    <message>
        <source>District president</source>
        <translation>District president</translation>
    </message>
    <message>
        <source>Mandal president</source>
        <translation>Mandal president</translation>
    </message>
    <message>
        <source>Ward councillor</source>
        <translation>Ward councillor</translation>
    </message>
    <message>
        <source>Police Commissioner</source>
        <translation>Police Commissioner</translation>
    </message>
    <message>
        <source>Deputy Commissioner of Police</source>
        <translation>Deputy Commissioner of Police</translation>
    </message>
    <message>
        <source>Assistant Commissioner of Police</source>
        <translation>Assistant Commissioner of Police</translation>
    </message>
    <message>
        <source>Station officer</source>
        <translation>Station officer</translation>
    </message>
    <message>
        <source>Respected citizen</source>
        <translation>Respected citizen</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Other role</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Quarterly review</translation>
    </message>
    <message>
        <source>Monthly station meeting</source>
        <translation>Monthly station meeting</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Represented</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Law and order</source>
        <translation>Law and order</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Civic</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda point</source>
        <translation>Agenda point</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Review remark</source>
        <translation>Review remark</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
</TS>