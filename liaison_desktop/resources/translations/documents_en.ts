<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Document</name>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Draft — not final; not to be signed or sent until finalised.</source>
        <translation>Draft — not final; not to be signed or sent until finalised.</translation>
    </message>
    <message>
        <source>Final minutes, reference {reference}.</source>
        <translation>Final minutes, reference {reference}.</translation>
    </message>
    <message>
        <source>Seal of these minutes (SHA-256): {seal}</source>
        <translation>Seal of these minutes (SHA-256): {seal}</translation>
    </message>
    <message>
        <source>Sealed as entry {entry} of the office's ledger; the ledger held {head} entries when this paper was printed.</source>
        <translation>Sealed as entry {entry} of the office's ledger; the ledger held {head} entries when this paper was printed.</translation>
    </message>
    <message>
        <source>To check this paper against the office's record, scan the code or run “liaison verify --paper” on this file. Check code:</source>
        <translation>To check this paper against the office's record, scan the code or run “liaison verify --paper” on this file. Check code:</translation>
    </message>
    <message>
        <source>Signed on {date} by {names}.</source>
        <translation>Signed on {date} by {names}.</translation>
    </message>
    <message>
        <source>Amended minutes: this version replaces the minutes {reference} dated {date}. Reason for the amendment: {reason}</source>
        <translation>Amended minutes: this version replaces the minutes {reference} dated {date}. Reason for the amendment: {reason}</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>Present ({count})</translation>
    </message>
    <message>
        <source>Absent ({count})</source>
        <translation>Absent ({count})</translation>
    </message>
    <message>
        <source>Invited, attendance not yet recorded ({count})</source>
        <translation>Invited, attendance not yet recorded ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>represented by {name}</source>
        <translation>represented by {name}</translation>
    </message>
    <message>
        <source>Review of earlier decisions</source>
        <translation>Review of earlier decisions</translation>
    </message>
    <message>
        <source>No earlier decision was pending review.</source>
        <translation>No earlier decision was pending review.</translation>
    </message>
    <message>
        <source>Agenda points, discussion and decisions</source>
        <translation>Agenda points, discussion and decisions</translation>
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
        <source>New action items</source>
        <translation>New action items</translation>
    </message>
    <message>
        <source>Action to be taken</source>
        <translation>Action to be taken</translation>
    </message>
    <message>
        <source>No new action item was decided.</source>
        <translation>No new action item was decided.</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Copy to the following for information and necessary action:</source>
        <translation>Copy to the following for information and necessary action:</translation>
    </message>
    <message>
        <source>Minutes: {title}</source>
        <translation>Minutes: {title}</translation>
    </message>
    <message>
        <source>Ref. No.</source>
        <translation>Ref. No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of meeting</source>
        <translation>Date of meeting</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <source>{series}, meeting no. {number}</source>
        <translation>{series}, meeting no. {number}</translation>
    </message>
    <message>
        <source>Document ID {id}  ·  generated {time}</source>
        <translation>Document ID {id}  ·  generated {time}</translation>
    </message>
    <message>
        <source>Document ID {id}</source>
        <translation>Document ID {id}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>S.No.</source>
        <translation>S.No.</translation>
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
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>decided on {date}</source>
        <translation>decided on {date}</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
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
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Register of open action items</source>
        <translation>Register of open action items</translation>
    </message>
    <message>
        <source>Register of overdue action items</source>
        <translation>Register of overdue action items</translation>
    </message>
    <message>
        <source>Position as on {date}</source>
        <translation>Position as on {date}</translation>
    </message>
    <message>
        <source>Police station: {name}</source>
        <translation>Police station: {name}</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>Category: {name}</translation>
    </message>
    <message>
        <source>Open items: {open}, of which overdue: {overdue}.</source>
        <translation>Open items: {open}, of which overdue: {overdue}.</translation>
    </message>
    <message>
        <source>No open action item matches.</source>
        <translation>No open action item matches.</translation>
    </message>
    <message>
        <source>No police station given</source>
        <translation>No police station given</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <source>{title}, as on {date}</source>
        <translation>{title}, as on {date}</translation>
    </message>
    <message>
        <source>Monthly meetings at police stations: compliance</source>
        <translation>Monthly meetings at police stations: compliance</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year} ({first} – {last})</source>
        <translation>Quarter {quarter} of {year} ({first} – {last})</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Not held</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>{full} of {stations} police stations met in every month so far.</source>
        <translation>{full} of {stations} police stations met in every month so far.</translation>
    </message>
    <message>
        <source>Missed a month: {names}.</source>
        <translation>Missed a month: {names}.</translation>
    </message>
    <message>
        <source>No police station has a monthly meeting series.</source>
        <translation>No police station has a monthly meeting series.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature of the chair</source>
        <translation>Signature of the chair</translation>
    </message>
    <message>
        <source>Attendance sheet: {title}</source>
        <translation>Attendance sheet: {title}</translation>
    </message>
    <message>
        <source>Review sheet (action taken report)</source>
        <translation>Review sheet (action taken report)</translation>
    </message>
    <message>
        <source>Open action items due for review at this meeting. Status and remarks to be filled in at the meeting (circle one status).</source>
        <translation>Open action items due for review at this meeting. Status and remarks to be filled in at the meeting (circle one status).</translation>
    </message>
    <message>
        <source>Action items reviewed at this meeting, with the status recorded there.</source>
        <translation>Action items reviewed at this meeting, with the status recorded there.</translation>
    </message>
    <message>
        <source>No open action item is due for review.</source>
        <translation>No open action item is due for review.</translation>
    </message>
    <message>
        <source>Review sheet: {title}</source>
        <translation>Review sheet: {title}</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>meeting no. {number}, {date}</source>
        <translation>meeting no. {number}, {date}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Action taken / remarks</source>
        <translation>Action taken / remarks</translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>This document is printed for a meeting.</source>
        <translation>This document is printed for a meeting.</translation>
    </message>
    <message>
        <source>The compliance report needs a quarter.</source>
        <translation>The compliance report needs a quarter.</translation>
    </message>
    <message>
        <source>“{value}” is not a document language (use hi or en).</source>
        <translation>“{value}” is not a document language (use hi or en).</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {detail}.</source>
        <translation>Cannot write “{path}”: {detail}.</translation>
    </message>
    <message>
        <source>The database “{path}” does not exist.</source>
        <translation>The database “{path}” does not exist.</translation>
    </message>
    <message>
        <source>No police station called “{name}”.</source>
        <translation>No police station called “{name}”.</translation>
    </message>
    <message>
        <source>Cannot write the documents into “{path}”: {detail}.</source>
        <translation>Cannot write the documents into “{path}”: {detail}.</translation>
    </message>
</context>
</TS>