<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Document</name>
    <message>
        <source>Minutes of the meeting</source>
        <translation>बैठक का कार्यवृत्त</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Draft — not final; not to be signed or sent until finalised.</source>
        <translation>प्रारूप — अंतिम नहीं; अंतिम होने तक न इस पर हस्ताक्षर किए जाएँ, न इसे प्रेषित किया जाए।</translation>
    </message>
    <message>
        <source>Final minutes, reference {reference}.</source>
        <translation>अंतिम कार्यवृत्त, पत्रांक {reference}।</translation>
    </message>
    <message>
        <source>Seal of these minutes (SHA-256): {seal}</source>
        <translation>इस कार्यवृत्त की मुहर (SHA-256): {seal}</translation>
    </message>
    <message>
        <source>Sealed as entry {entry} of the office&apos;s ledger; the ledger held {head} entries when this paper was printed.</source>
        <translation>कार्यालय के खाते में प्रविष्टि {entry} के रूप में मुहरबंद; यह कागज़ छपते समय खाते में {head} प्रविष्टियाँ थीं।</translation>
    </message>
    <message>
        <source>To check this paper against the office&apos;s record, scan the code or run “liaison verify --paper” on this file. Check code:</source>
        <translation>इस कागज़ को कार्यालय के अभिलेख से मिलाने के लिए कोड स्कैन करें या इस फ़ाइल पर “liaison verify --paper” चलाएँ। जाँच कोड:</translation>
    </message>
    <message>
        <source>Signed on {date} by {names}.</source>
        <translation>दिनांक {date} को हस्ताक्षरित: {names}।</translation>
    </message>
    <message>
        <source>Amended minutes: this version replaces the minutes {reference} dated {date}. Reason for the amendment: {reason}</source>
        <translation>संशोधित कार्यवृत्त: यह संस्करण पत्रांक {reference} दिनांक {date} के कार्यवृत्त का स्थान लेता है। संशोधन का कारण: {reason}</translation>
    </message>
    <message>
        <source>Present ({count})</source>
        <translation>उपस्थित ({count})</translation>
    </message>
    <message>
        <source>Absent ({count})</source>
        <translation>अनुपस्थित ({count})</translation>
    </message>
    <message>
        <source>Invited, attendance not yet recorded ({count})</source>
        <translation>आमंत्रित, उपस्थिति अभी दर्ज नहीं ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message>
        <source>represented by {name}</source>
        <translation>प्रतिनिधि: {name}</translation>
    </message>
    <message>
        <source>Review of earlier decisions</source>
        <translation>पूर्व बैठकों के निर्णयों की समीक्षा</translation>
    </message>
    <message>
        <source>No earlier decision was pending review.</source>
        <translation>समीक्षा हेतु पूर्व बैठकों का कोई निर्णय लंबित नहीं था।</translation>
    </message>
    <message>
        <source>Agenda points, discussion and decisions</source>
        <translation>कार्यसूची के बिंदु, चर्चा एवं निर्णय</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>चर्चा</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>New action items</source>
        <translation>नए कार्य बिंदु</translation>
    </message>
    <message>
        <source>Action to be taken</source>
        <translation>की जाने वाली कार्यवाही</translation>
    </message>
    <message>
        <source>No new action item was decided.</source>
        <translation>कोई नया कार्य बिंदु निर्धारित नहीं हुआ।</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>अन्य टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>कार्यवृत्त लेखक</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <source>Copy to the following for information and necessary action:</source>
        <translation>प्रतिलिपि: निम्नलिखित को सूचनार्थ एवं आवश्यक कार्यवाही हेतु प्रेषित —</translation>
    </message>
    <message>
        <source>Minutes: {title}</source>
        <translation>कार्यवृत्त: {title}</translation>
    </message>
    <message>
        <source>Ref. No.</source>
        <translation>पत्रांक</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Date of meeting</source>
        <translation>बैठक की तिथि</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>अध्यक्षता</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>बैठक श्रृंखला</translation>
    </message>
    <message>
        <source>{series}, meeting no. {number}</source>
        <translation>{series}, बैठक संख्या {number}</translation>
    </message>
    <message>
        <source>Document ID {id}  ·  generated {time}</source>
        <translation>दस्तावेज़ आईडी {id}  ·  तैयार {time}</translation>
    </message>
    <message>
        <source>Document ID {id}</source>
        <translation>दस्तावेज़ आईडी {id}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>पृष्ठ {page} / {pages}</translation>
    </message>
    <message>
        <source>S.No.</source>
        <translation>क्र.सं.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>decided on {date}</source>
        <translation>निर्णय दिनांक {date}</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>समय सीमा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Register of open action items</source>
        <translation>लंबित कार्य बिंदुओं की पंजी</translation>
    </message>
    <message>
        <source>Register of overdue action items</source>
        <translation>समय सीमा पार कार्य बिंदुओं की पंजी</translation>
    </message>
    <message>
        <source>Position as on {date}</source>
        <translation>दिनांक {date} की स्थिति</translation>
    </message>
    <message>
        <source>Police station: {name}</source>
        <translation>थाना: {name}</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>श्रेणी: {name}</translation>
    </message>
    <message>
        <source>Open items: {open}, of which overdue: {overdue}.</source>
        <translation>लंबित कार्य बिंदु: {open}, जिनमें से समय सीमा पार: {overdue}।</translation>
    </message>
    <message>
        <source>No open action item matches.</source>
        <translation>कोई लंबित कार्य बिंदु नहीं मिला।</translation>
    </message>
    <message>
        <source>No police station given</source>
        <translation>थाना निर्दिष्ट नहीं</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>आयु (दिन)</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>विलंब (दिन)</translation>
    </message>
    <message>
        <source>{title}, as on {date}</source>
        <translation>{title}, दिनांक {date} की स्थिति</translation>
    </message>
    <message>
        <source>Monthly meetings at police stations: compliance</source>
        <translation>थानों पर मासिक बैठकें: अनुपालन विवरण</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year} ({first} – {last})</source>
        <translation>वर्ष {year} की तिमाही {quarter} ({first} – {last})</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>बैठकें हुईं</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>नहीं हुई</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>अभी देय नहीं</translation>
    </message>
    <message>
        <source>{full} of {stations} police stations met in every month so far.</source>
        <translation>{stations} में से {full} थानों पर अब तक प्रत्येक माह बैठक हुई।</translation>
    </message>
    <message>
        <source>Missed a month: {names}.</source>
        <translation>किसी माह बैठक नहीं हुई: {names}।</translation>
    </message>
    <message>
        <source>No police station has a monthly meeting series.</source>
        <translation>किसी भी थाने की मासिक बैठक श्रृंखला नहीं है।</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>उपस्थिति पत्रक</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>Signature of the chair</source>
        <translation>अध्यक्ष के हस्ताक्षर</translation>
    </message>
    <message>
        <source>Attendance sheet: {title}</source>
        <translation>उपस्थिति पत्रक: {title}</translation>
    </message>
    <message>
        <source>Review sheet (action taken report)</source>
        <translation>समीक्षा पत्रक (कृत कार्यवाही रिपोर्ट)</translation>
    </message>
    <message>
        <source>Open action items due for review at this meeting. Status and remarks to be filled in at the meeting (circle one status).</source>
        <translation>इस बैठक में समीक्षा हेतु लंबित कार्य बिंदु। स्थिति एवं टिप्पणी बैठक में भरी जाएँ (एक स्थिति पर गोला लगाएँ)।</translation>
    </message>
    <message>
        <source>Action items reviewed at this meeting, with the status recorded there.</source>
        <translation>इस बैठक में समीक्षित कार्य बिंदु, बैठक में दर्ज स्थिति सहित।</translation>
    </message>
    <message>
        <source>No open action item is due for review.</source>
        <translation>समीक्षा हेतु कोई लंबित कार्य बिंदु नहीं है।</translation>
    </message>
    <message>
        <source>Review sheet: {title}</source>
        <translation>समीक्षा पत्रक: {title}</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>निर्णय की बैठक</translation>
    </message>
    <message>
        <source>meeting no. {number}, {date}</source>
        <translation>बैठक सं. {number}, {date}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>समय सीमा पार</translation>
    </message>
    <message>
        <source>Action taken / remarks</source>
        <translation>कृत कार्यवाही / टिप्पणी</translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>This document is printed for a meeting.</source>
        <translation>यह दस्तावेज़ किसी बैठक के लिए ही मुद्रित होता है।</translation>
    </message>
    <message>
        <source>The compliance report needs a quarter.</source>
        <translation>अनुपालन विवरण के लिए तिमाही बताएँ।</translation>
    </message>
    <message>
        <source>“{value}” is not a document language (use hi or en).</source>
        <translation>“{value}” दस्तावेज़ की भाषा नहीं है (hi या en लिखें)।</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {detail}.</source>
        <translation>“{path}” में लिखा नहीं जा सका: {detail}।</translation>
    </message>
    <message>
        <source>The database “{path}” does not exist.</source>
        <translation>डेटाबेस “{path}” मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>No police station called “{name}”.</source>
        <translation>“{name}” नाम का कोई थाना नहीं है।</translation>
    </message>
    <message>
        <source>Cannot write the documents into “{path}”: {detail}.</source>
        <translation>दस्तावेज़ “{path}” में नहीं लिखे जा सके: {detail}।</translation>
    </message>
</context>
</TS>
