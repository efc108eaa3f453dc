<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Field</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action to be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>The archive “{path}” cannot be read as JSON ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is not a Liaison Desktop archive. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was written by a newer version (format {found}; this version reads up to {supported}). Please update the application. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: table “{table}”, record {row}: {detail}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive can only be imported into an empty database; this one already holds {count} records. Create a new database file and import there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as DD-MM-YYYY, for example 20-07-2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a real date (there is no such day in that month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is outside the years this office can record (1950 to 2200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a time. Write it as HH:MM, for example 11:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a quarter. Write it as 2024Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{path}” is not a Liaison Desktop database or is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “{path}” cannot be opened: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “{path}” was written by a newer version of Liaison Desktop (it has changes this version does not know: {names}). Please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {kind} with id or UUID “{ref}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment cannot end ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} meetings, series, appointments or action items refer to it. Mark it inactive instead; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} meetings or action items refer to this person. Mark the person inactive instead; the history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place cannot belong to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting “{title}” is {status} and cannot be changed. Record a correction as an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot end ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date {due} of “{action}” is before the meeting date {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item “{action}” is reviewed twice in this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item “{action}” was raised at this meeting; set its status there, not as a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item “{action}” was raised after this meeting and cannot be reviewed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item “{action}” points at an agenda point that is not in this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of this meeting already belongs to another meeting ({uuid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly station meeting series needs its police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (digits only, for example 98390 12345).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “{path}” already holds data; demo data goes into a new, empty database (use --db NEW_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of Legislative Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandal president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy Commissioner of Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant Commissioner of Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respected citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly station meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
