<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Backup</name>
    <message>
        <source>The database was brought up to this version of Liaison Desktop. A verified backup of it as it was before is kept in “{backup}”.</source>
        <translation>डेटाबेस को लायज़न डेस्कटॉप के इस संस्करण के अनुरूप अद्यतन किया गया। अद्यतन से पहले की स्थिति का सत्यापित बैकअप “{backup}” में रखा है।</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Some translations could not be read ({files}), so their texts are shown in English. Reinstall Liaison Desktop to repair it; the details are in the log.</source>
        <translation>कुछ अनुवाद पढ़े नहीं जा सके ({files}), इसलिए उनके पाठ अंग्रेज़ी में दिखाए जा रहे हैं। इसे ठीक करने के लिए लायज़न डेस्कटॉप फिर से इंस्टॉल करें; विवरण लॉग में है।</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>नाम (अंग्रेज़ी अक्षरों में)</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>स्थान का प्रकार</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>बैठक की तिथि</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>आरंभ समय</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>समाप्ति समय</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>अध्यक्षता</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>कार्यवृत्त लेखक</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Attendee name</source>
        <translation>उपस्थित व्यक्ति का नाम</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Agenda point</source>
        <translation>कार्यसूची बिंदु</translation>
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
        <source>Action to be taken</source>
        <translation>की जाने वाली कार्यवाही</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>प्रतिलिपि</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>कार्यालय का नाम</translation>
    </message>
    <message>
        <source>Office name in English</source>
        <translation>कार्यालय का नाम (अंग्रेज़ी में)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जनपद</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>पत्र-शीर्ष की पंक्तियाँ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>दूरभाष</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Reference number prefix</source>
        <translation>पत्रांक उपसर्ग</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>डिफ़ॉल्ट भाषा</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>बैठक शृंखला का नाम</translation>
    </message>
    <message>
        <source>Kind of series</source>
        <translation>शृंखला का प्रकार</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>हस्ताक्षर की तिथि</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>संशोधन का कारण</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>संलग्नक</translation>
    </message>
</context>
<context>
    <name>LedgerEvent</name>
    <message>
        <source>made final</source>
        <translation>अंतिम किया जाना</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>हस्ताक्षरित प्रति</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>संशोधन</translation>
    </message>
    <message>
        <source>sealing at the upgrade</source>
        <translation>अद्यतन के समय मुहरबंदी</translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>The archive “{path}” cannot be read as JSON ({detail}). Nothing was imported.</source>
        <translation>संग्रह फ़ाइल “{path}” JSON के रूप में पढ़ी नहीं जा सकी ({detail})। कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>“{path}” is not a Liaison Desktop archive. Nothing was imported.</source>
        <translation>“{path}” लायज़न डेस्कटॉप की संग्रह फ़ाइल नहीं है। कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>The archive was written by a newer version (format {found}; this version reads up to {supported}). Please update the application. Nothing was imported.</source>
        <translation>यह संग्रह फ़ाइल नए संस्करण से बनी है (प्रारूप {found}; यह संस्करण {supported} तक पढ़ता है)। कृपया एप्लिकेशन अद्यतन करें। कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>The archive is damaged: table “{table}”, record {row}: {detail}. Nothing was imported.</source>
        <translation>संग्रह फ़ाइल क्षतिग्रस्त है: तालिका “{table}”, अभिलेख {row}: {detail}। कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>An archive can only be imported into an empty database; this one already holds {count} records. Create a new database file and import there.</source>
        <translation>संग्रह केवल ख़ाली डेटाबेस में आयात हो सकता है; इसमें पहले से {count} अभिलेख हैं। नई डेटाबेस फ़ाइल बनाकर उसमें आयात करें।</translation>
    </message>
    <message>
        <source>“{path}” already exists. An archive is imported into a new database file; existing data is never replaced by an import.</source>
        <translation>“{path}” पहले से मौजूद है। संग्रह फ़ाइल नई डेटाबेस फ़ाइल में ही आयात होती है; आयात से मौजूदा डेटा कभी नहीं बदला जाता।</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {detail}.</source>
        <translation>“{path}” लिखी नहीं जा सकी: {detail}।</translation>
    </message>
    <message>
        <source>“{path}” is not a file but a device, folder or pipe; give a file name to write the archive to.</source>
        <translation>“{path}” फ़ाइल नहीं, कोई डिवाइस, फ़ोल्डर या पाइप है; संग्रह लिखने के लिए किसी फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as DD-MM-YYYY, for example 20-07-2024.</source>
        <translation>“{value}” तिथि नहीं है। इसे DD-MM-YYYY के रूप में लिखें, जैसे 20-07-2024।</translation>
    </message>
    <message>
        <source>“{value}” is not a real date (there is no such day in that month).</source>
        <translation>“{value}” वास्तविक तिथि नहीं है (उस माह में ऐसा कोई दिन नहीं है)।</translation>
    </message>
    <message>
        <source>“{value}” is outside the years this office can record (1950 to 2200).</source>
        <translation>“{value}” मान्य वर्षों (1950 से 2200) के बाहर है।</translation>
    </message>
    <message>
        <source>“{value}” is not a time. Write it as HH:MM, for example 11:30.</source>
        <translation>“{value}” समय नहीं है। इसे HH:MM के रूप में लिखें, जैसे 11:30।</translation>
    </message>
    <message>
        <source>“{value}” is not a quarter. Write it as 2024Q3.</source>
        <translation>“{value}” तिमाही नहीं है। इसे 2024Q3 के रूप में लिखें।</translation>
    </message>
    <message>
        <source>The file “{path}” is not a Liaison Desktop database or is damaged ({detail}).</source>
        <translation>फ़ाइल “{path}” लायज़न डेस्कटॉप का डेटाबेस नहीं है या क्षतिग्रस्त है ({detail})।</translation>
    </message>
    <message>
        <source>The database file “{path}” is empty (0 bytes): its contents were lost, for example by an interrupted copy or a faulty disk.</source>
        <translation>डेटाबेस फ़ाइल “{path}” ख़ाली है (0 बाइट): इसकी सामग्री नष्ट हो गई है, उदाहरण के लिए अधूरी कॉपी या ख़राब डिस्क के कारण।</translation>
    </message>
    <message>
        <source>The database file “{path}” is missing, but its journal file “{journal}” is still there. The database was moved or lost; nothing was created in its place.</source>
        <translation>डेटाबेस फ़ाइल “{path}” नहीं मिली, परंतु उसकी जर्नल फ़ाइल “{journal}” मौजूद है। डेटाबेस हटाया गया या खो गया है; उसके स्थान पर कुछ नया नहीं बनाया गया।</translation>
    </message>
    <message>
        <source>The journal file “{journal}” of the database “{path}” was deleted while its index “{index}” was left: the latest saved changes were in that journal and are not in the database. Restore the latest backup, or, to go on without those changes, delete “{index}” and open the database again.</source>
        <translation>डेटाबेस “{path}” की जर्नल फ़ाइल “{journal}” हटा दी गई, जबकि उसकी सूचक फ़ाइल “{index}” रह गई: हाल में सहेजे गए परिवर्तन उसी जर्नल में थे और डेटाबेस में नहीं हैं। नवीनतम बैकअप पुनर्स्थापित करें, या उन परिवर्तनों के बिना आगे बढ़ने के लिए “{index}” हटाकर डेटाबेस फिर से खोलें।</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged ({detail}), so nothing more is saved into it. Restore the latest good backup (File ▸ Restore a backup…, or liaison restore); what was saved before the damage is in the backups.</source>
        <translation>डेटाबेस “{path}” क्षतिग्रस्त है ({detail}), इसलिए इसमें अब कुछ नहीं सहेजा जाएगा। नवीनतम सही बैकअप पुनर्स्थापित करें (फ़ाइल ▸ बैकअप पुनर्स्थापित करें…, या liaison restore); क्षति से पहले सहेजा गया सब बैकअप में है।</translation>
    </message>
    <message>
        <source>The database file “{path}” has {count} names (hard links). Programs writing to it under different names would keep separate journals and damage it, so it is not opened. Keep one name: copy the database to a new file and open that.</source>
        <translation>डेटाबेस फ़ाइल “{path}” के {count} नाम (हार्ड लिंक) हैं। अलग-अलग नामों से इसमें लिखने वाले प्रोग्राम अलग-अलग जर्नल रखेंगे और इसे बिगाड़ देंगे, इसलिए इसे नहीं खोला गया। एक ही नाम रखें: डेटाबेस की नई फ़ाइल में प्रति बनाकर उसे खोलें।</translation>
    </message>
    <message>
        <source>The database “{path}” cannot be opened: {detail}.</source>
        <translation>डेटाबेस “{path}” खोला नहीं जा सका: {detail}।</translation>
    </message>
    <message>
        <source>The database “{path}” is on a read-only disk or in a folder that cannot be written. Liaison Desktop needs to write beside it: copy the file to a writable folder (for example Documents) and open it from there.</source>
        <translation>डेटाबेस “{path}” केवल-पठन डिस्क पर या ऐसे फ़ोल्डर में है जिसमें लिखा नहीं जा सकता। लायज़न डेस्कटॉप को उसके पास लिखना आवश्यक है: फ़ाइल को लिखने योग्य फ़ोल्डर (जैसे Documents) में कॉपी करें और वहीं से खोलें।</translation>
    </message>
    <message>
        <source>The database “{path}” is locked by another program ({detail}). Close the other program and try again.</source>
        <translation>डेटाबेस “{path}” किसी अन्य प्रोग्राम ने लॉक कर रखा है ({detail})। दूसरा प्रोग्राम बंद करके पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>The database “{path}” was written by a newer version of Liaison Desktop (it has changes this version does not know: {names}). Please update the application.</source>
        <translation>डेटाबेस “{path}” लायज़न डेस्कटॉप के नए संस्करण से लिखा गया है (इसमें ऐसे परिवर्तन हैं जिन्हें यह संस्करण नहीं जानता: {names})। कृपया एप्लिकेशन अद्यतन करें।</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the change was not saved. Nothing was half-saved: the database is as it was before. Free some disk space and save again.</source>
        <translation>डेटाबेस वाली डिस्क भर गई है, इसलिए परिवर्तन सहेजा नहीं गया। कुछ भी अधूरा नहीं सहेजा गया: डेटाबेस पहले जैसा ही है। डिस्क में कुछ स्थान ख़ाली करके पुनः सहेजें।</translation>
    </message>
    <message>
        <source>The disk holding the database could not be written ({detail}), so the change was not saved; the database is as it was before. If it is on a USB stick or a network drive, check that it is still connected, then save again.</source>
        <translation>डेटाबेस वाली डिस्क पर लिखा नहीं जा सका ({detail}), इसलिए परिवर्तन सहेजा नहीं गया; डेटाबेस पहले जैसा ही है। यदि यह USB स्टिक या नेटवर्क ड्राइव पर है, तो जाँच लें कि वह अभी भी जुड़ी है, फिर पुनः सहेजें।</translation>
    </message>
    <message>
        <source>The database “{path}” cannot be written (read-only disk or folder), so the change was not saved.</source>
        <translation>डेटाबेस “{path}” में लिखा नहीं जा सकता (केवल-पठन डिस्क या फ़ोल्डर), इसलिए परिवर्तन सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Another program is writing to the database, so the change was not saved. Save again in a moment.</source>
        <translation>कोई अन्य प्रोग्राम डेटाबेस में लिख रहा है, इसलिए परिवर्तन सहेजा नहीं गया। थोड़ी देर में पुनः सहेजें।</translation>
    </message>
    <message>
        <source>The database “{path}” turned out to be damaged while saving ({detail}); the change was not saved. Close Liaison Desktop and start it again to restore a backup.</source>
        <translation>सहेजते समय डेटाबेस “{path}” क्षतिग्रस्त पाया गया ({detail}); परिवर्तन सहेजा नहीं गया। बैकअप पुनर्स्थापित करने के लिए लायज़न डेस्कटॉप बंद करके पुनः आरंभ करें।</translation>
    </message>
    <message>
        <source>This record cannot be removed: other records still refer to it. Mark it inactive instead; its history is kept.</source>
        <translation>यह अभिलेख हटाया नहीं जा सकता: अन्य अभिलेख अभी भी इससे जुड़े हैं। इसके स्थान पर इसे निष्क्रिय चिह्नित करें; इसका इतिहास सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>The file “{path}” could not be renamed to keep it aside: {detail}.</source>
        <translation>फ़ाइल “{path}” को अलग सुरक्षित रखने के लिए उसका नाम बदला नहीं जा सका: {detail}।</translation>
    </message>
    <message>
        <source>“{label}” must not be empty.</source>
        <translation>“{label}” ख़ाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>“{label}” is too long ({length} characters; at most {limit}).</source>
        <translation>“{label}” बहुत लंबा है ({length} अक्षर; अधिकतम {limit})।</translation>
    </message>
    <message>
        <source>No {kind} with id or UUID “{ref}”.</source>
        <translation>{kind}: “{ref}” क्रमांक या UUID का कोई अभिलेख नहीं मिला।</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}.</source>
        <translation>“{value}” मान्य {label} नहीं है।</translation>
    </message>
    <message>
        <source>place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>नियुक्ति</translation>
    </message>
    <message>
        <source>The appointment cannot end ({end}) before it starts ({start}).</source>
        <translation>नियुक्ति आरंभ ({start}) से पहले समाप्त ({end}) नहीं हो सकती।</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} meetings, series, appointments or action items refer to it. Mark it inactive instead; its history is kept.</source>
        <translation>“{name}” हटाया नहीं जा सकता: {count} बैठकें, शृंखलाएँ, नियुक्तियाँ या कार्य बिंदु इससे जुड़े हैं। इसके स्थान पर इसे निष्क्रिय करें; इसका इतिहास सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} meetings, signatures or action items refer to this person. Mark the person inactive instead; the history is kept.</source>
        <translation>“{name}” हटाया नहीं जा सकता: {count} बैठकें, हस्ताक्षर या कार्य बिंदु इस व्यक्ति से जुड़े हैं। इसके स्थान पर व्यक्ति को निष्क्रिय चिह्नित करें; इतिहास सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>A place cannot belong to itself.</source>
        <translation>कोई स्थान स्वयं का भाग नहीं हो सकता।</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>बैठक शृंखला</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>No action items are selected.</source>
        <translation>कोई कार्य बिंदु चयनित नहीं है।</translation>
    </message>
    <message>
        <source>Meeting “{title}” is {status} and cannot be changed. Record a correction as an amendment.</source>
        <translation>बैठक “{title}” {status} है और बदली नहीं जा सकती। सुधार को संशोधन के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>The meeting cannot end ({end}) before it starts ({start}).</source>
        <translation>बैठक आरंभ ({start}) से पहले समाप्त ({end}) नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The due date {due} of “{action}” is before the meeting date {date}.</source>
        <translation>“{action}” की नियत तिथि {due} बैठक की तिथि {date} से पहले है।</translation>
    </message>
    <message>
        <source>Action item “{action}” is reviewed twice in this meeting.</source>
        <translation>कार्य बिंदु “{action}” की इस बैठक में दो बार समीक्षा की गई है।</translation>
    </message>
    <message>
        <source>Action item “{action}” was raised at this meeting; set its status there, not as a review.</source>
        <translation>कार्य बिंदु “{action}” इसी बैठक में तय हुआ था; उसकी समीक्षा इसी बैठक में नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Action item “{action}” was raised after this meeting and cannot be reviewed by it.</source>
        <translation>कार्य बिंदु “{action}” इस बैठक के बाद तय हुआ था, इसलिए इस बैठक में उसकी समीक्षा नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Action item “{action}” points at an agenda point that is not in this meeting.</source>
        <translation>कार्य बिंदु “{action}” ऐसे कार्यसूची बिंदु से जुड़ा है जो इस बैठक में नहीं है।</translation>
    </message>
    <message>
        <source>A line of this meeting already belongs to another meeting ({uuid}).</source>
        <translation>इस बैठक की एक पंक्ति पहले से किसी अन्य बैठक की है ({uuid})।</translation>
    </message>
    <message>
        <source>The meeting date is missing.</source>
        <translation>बैठक की तिथि नहीं भरी गई है।</translation>
    </message>
    <message>
        <source>A monthly station meeting series needs its police station.</source>
        <translation>थाना स्तरीय मासिक बैठक शृंखला के लिए थाना चुनना आवश्यक है।</translation>
    </message>
    <message>
        <source>“{name}” is not a police station.</source>
        <translation>“{name}” थाना नहीं है।</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (digits only, for example 98390 12345).</source>
        <translation>“{value}” फ़ोन नंबर नहीं है (केवल अंक, जैसे 98390 12345)।</translation>
    </message>
    <message>
        <source>The database “{path}” already holds data; demo data goes into a new, empty database (use --db NEW_FILE).</source>
        <translation>डेटाबेस “{path}” में पहले से डेटा है; डेमो डेटा नए, ख़ाली डेटाबेस में ही डाला जाता है (--db नई_फ़ाइल दें)।</translation>
    </message>
    <message>
        <source>Meeting “{title}” is {status}; this needs a meeting that is {needed}.</source>
        <translation>बैठक “{title}” {status} है; इस कार्य के लिए बैठक {needed} होनी चाहिए।</translation>
    </message>
    <message>
        <source>Before the minutes are made final, name who chaired the meeting.</source>
        <translation>कार्यवृत्त अंतिम करने से पहले बैठक के अध्यक्ष का नाम भरें।</translation>
    </message>
    <message>
        <source>Before the minutes are made final, record at least one agenda point.</source>
        <translation>कार्यवृत्त अंतिम करने से पहले कम से कम एक कार्यसूची बिंदु दर्ज करें।</translation>
    </message>
    <message>
        <source>Before the minutes are made final, mark every invitee present, absent or represented ({count} still only invited, e.g. “{name}”).</source>
        <translation>कार्यवृत्त अंतिम करने से पहले प्रत्येक आमंत्रित व्यक्ति को उपस्थित, अनुपस्थित या प्रतिनिधि द्वारा उपस्थित चिह्नित करें ({count} अभी केवल आमंत्रित हैं, जैसे “{name}”)।</translation>
    </message>
    <message>
        <source>Name at least one person who signed.</source>
        <translation>हस्ताक्षर करने वाले कम से कम एक व्यक्ति का नाम भरें।</translation>
    </message>
    <message>
        <source>The minutes cannot be signed on {signed} before the meeting on {date}.</source>
        <translation>कार्यवृत्त पर {date} की बैठक से पहले {signed} को हस्ताक्षर नहीं हो सकते।</translation>
    </message>
    <message>
        <source>The signing date {signed} is in the future.</source>
        <translation>हस्ताक्षर की तिथि {signed} भविष्य की है।</translation>
    </message>
    <message>
        <source>Meeting “{title}” already has a newer version ({newer}); amend the latest version instead.</source>
        <translation>बैठक “{title}” का नया संस्करण ({newer}) पहले से है; नवीनतम संस्करण में ही संशोधन करें।</translation>
    </message>
    <message>
        <source>The file “{name}” is too large ({size} MB; at most {limit} MB).</source>
        <translation>फ़ाइल “{name}” बहुत बड़ी है ({size} MB; अधिकतम {limit} MB)।</translation>
    </message>
    <message>
        <source>The file “{name}” is empty.</source>
        <translation>फ़ाइल “{name}” ख़ाली है।</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be read: {detail}.</source>
        <translation>फ़ाइल “{name}” पढ़ी नहीं जा सकी: {detail}।</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file (a folder, device or pipe); choose a file.</source>
        <translation>“{name}” साधारण फ़ाइल नहीं है (फ़ोल्डर, डिवाइस या पाइप है); कोई फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The file “{name}” is not a PDF, JPEG or PNG file; a signed copy must be a scan in one of these formats.</source>
        <translation>फ़ाइल “{name}” PDF, JPEG या PNG फ़ाइल नहीं है; हस्ताक्षरित प्रति इन्हीं में से किसी प्रारूप का स्कैन होनी चाहिए।</translation>
    </message>
    <message>
        <source>Meeting “{title}”: the attached file “{name}” no longer matches its checksum.</source>
        <translation>बैठक “{title}”: संलग्न फ़ाइल “{name}” अब अपने चेकसम से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>final</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <source>final or signed</source>
        <translation>अंतिम या हस्ताक्षरित</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>हस्ताक्षरित</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>अंतिम तिथि {end} प्रारंभ तिथि {start} से पहले है।</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds, not “{value}”.</source>
        <translation>SOURCE_DATE_EPOCH सेकंडों की संख्या होनी चाहिए, “{value}” नहीं।</translation>
    </message>
    <message>
        <source>The backup folder “{folder}” is not on the drive it was first used on (it is now on the drive at “{drive}”): is the USB stick or network drive connected? Nothing was written. If it is a new drive, choose the backup folder again.</source>
        <translation>बैकअप फ़ोल्डर “{folder}” उस ड्राइव पर नहीं है जिस पर पहली बार इस्तेमाल हुआ था (अब यह “{drive}” वाली ड्राइव पर है): क्या USB स्टिक या नेटवर्क ड्राइव जुड़ी है? कुछ नहीं लिखा गया। यदि यह नई ड्राइव है, तो बैकअप फ़ोल्डर फिर से चुनें।</translation>
    </message>
    <message>
        <source>Another program has the database “{path}” open (a liaison command, a database tool): what it saves during a restore would be lost with the file set aside. Close it and restore again; nothing was changed.</source>
        <translation>किसी दूसरे प्रोग्राम ने डेटाबेस “{path}” खोल रखा है (कोई liaison कमांड या डेटाबेस टूल): पुनर्स्थापना के दौरान वह जो सहेजेगा वह अलग रखी गई फ़ाइल के साथ खो जाएगा। उसे बंद करके फिर पुनर्स्थापित करें; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The database “{path}” does not exist, so there is nothing to back up.</source>
        <translation>डेटाबेस “{path}” मौजूद नहीं है, इसलिए बैकअप लेने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The backup could not be written to “{folder}”: {detail}. The database itself is unchanged.</source>
        <translation>बैकअप “{folder}” में नहीं बन सका: {detail}। डेटाबेस स्वयं अपरिवर्तित है।</translation>
    </message>
    <message>
        <source>The backup written to “{folder}” failed its check after writing ({detail}) and was not kept. Try another folder or disk; the database itself is unchanged.</source>
        <translation>“{folder}” में बना बैकअप बनने के बाद जाँच में विफल रहा ({detail}) और रखा नहीं गया। अन्य फ़ोल्डर या डिस्क आज़माएँ; डेटाबेस स्वयं अपरिवर्तित है।</translation>
    </message>
    <message>
        <source>The backup “{path}” is damaged ({detail}).</source>
        <translation>बैकअप “{path}” क्षतिग्रस्त है ({detail})।</translation>
    </message>
    <message>
        <source>The backup “{path}” has changed since it was written (its checksum does not match); the disk holding it may be failing.</source>
        <translation>बैकअप “{path}” बनने के बाद बदल गया है (उसका चेकसम मेल नहीं खाता); जिस डिस्क पर यह रखा है वह ख़राब हो रही हो सकती है।</translation>
    </message>
    <message>
        <source>“{path}” is not a Liaison Desktop database or backup.</source>
        <translation>“{path}” लायज़न डेस्कटॉप का डेटाबेस या बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>The backup “{path}” was made by a newer version of Liaison Desktop; update the application to restore it.</source>
        <translation>बैकअप “{path}” लायज़न डेस्कटॉप के नए संस्करण से बना है; इसे पुनर्स्थापित करने के लिए प्रोग्राम को अद्यतन करें।</translation>
    </message>
    <message>
        <source>The database “{path}” is open in Liaison Desktop (process {pid}). Close the application before restoring a backup.</source>
        <translation>डेटाबेस “{path}” लायज़न डेस्कटॉप में खुला है (प्रक्रिया {pid})। बैकअप पुनर्स्थापित करने से पहले प्रोग्राम बंद करें।</translation>
    </message>
    <message>
        <source>The backup could not be restored to “{path}”: {detail}. The current database was not changed.</source>
        <translation>बैकअप “{path}” में पुनर्स्थापित नहीं हो सका: {detail}। वर्तमान डेटाबेस में कोई परिवर्तन नहीं हुआ।</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check of “{path}” found damage: {detail}</source>
        <translation>“{path}” की SQLite अखंडता जाँच में क्षति मिली: {detail}</translation>
    </message>
    <message>
        <source>Record {rowid} of table “{table}” refers to a missing record of table “{parent}”.</source>
        <translation>तालिका “{table}” का अभिलेख {rowid} तालिका “{parent}” के ऐसे अभिलेख से जुड़ा है जो मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The check “{check}” could not finish ({detail}); it needs the problems above fixed first.</source>
        <translation>जाँच “{check}” पूरी नहीं हो सकी ({detail}); पहले ऊपर की समस्याएँ ठीक करनी होंगी।</translation>
    </message>
    <message>
        <source>Search is not available for this kind of database yet.</source>
        <translation>इस प्रकार के डेटाबेस के लिए खोज अभी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>“{location}” is a database server, not a file; back it up with the server&apos;s own tools.</source>
        <translation>“{location}” डेटाबेस सर्वर है, फ़ाइल नहीं; इसका बैकअप सर्वर के अपने साधनों से लें।</translation>
    </message>
    <message>
        <source>Restoring replaces the database “{path}” (which is kept aside). Add --yes to confirm.</source>
        <translation>पुनर्स्थापना से डेटाबेस “{path}” बदल दिया जाएगा (पुराना अलग सुरक्षित रहेगा)। पुष्टि के लिए --yes जोड़ें।</translation>
    </message>
    <message>
        <source>The ledger of sealed minutes lacks entries {first}–{last}: they were deleted.</source>
        <translation>मुहरबंद कार्यवृत्तों के खाते में प्रविष्टियाँ {first}–{last} नहीं हैं: उन्हें हटाया गया।</translation>
    </message>
    <message>
        <source>Ledger entry {position} does not follow the entry before it: entries were removed, inserted or reordered.</source>
        <translation>खाते की प्रविष्टि {position} अपनी पिछली प्रविष्टि से नहीं जुड़ती: प्रविष्टियाँ हटाई, जोड़ी या आगे-पीछे की गईं।</translation>
    </message>
    <message>
        <source>Ledger entry {position} ({event} of “{reference}”) was changed after it was written.</source>
        <translation>खाते की प्रविष्टि {position} (“{reference}” का {event}) लिखे जाने के बाद बदली गई।</translation>
    </message>
    <message>
        <source>Sealed minutes “{reference}” were deleted from the database.</source>
        <translation>मुहरबंद कार्यवृत्त “{reference}” डेटाबेस से हटा दिया गया।</translation>
    </message>
    <message>
        <source>Minutes “{title}” ({reference}): changed since they were sealed on {sealed}: {fields}.</source>
        <translation>कार्यवृत्त “{title}” ({reference}): {sealed} को मुहरबंद होने के बाद बदला गया: {fields}।</translation>
    </message>
    <message>
        <source>Minutes “{title}” ({reference}): the seal stored with the meeting is not the ledger&apos;s.</source>
        <translation>कार्यवृत्त “{title}” ({reference}): बैठक के साथ रखी मुहर खाते की मुहर नहीं है।</translation>
    </message>
    <message>
        <source>Minutes “{title}” ({reference}) are {status} but were never sealed: the status was set outside the application.</source>
        <translation>कार्यवृत्त “{title}” ({reference}) {status} है, पर कभी मुहरबंद नहीं हुआ: स्थिति एप्लिकेशन के बाहर बदली गई।</translation>
    </message>
    <message>
        <source>The paper&apos;s minutes (sealed as ledger entry {position}) are not in this database&apos;s ledger.</source>
        <translation>कागज़ पर छपा कार्यवृत्त (खाते की प्रविष्टि {position} के रूप में मुहरबंद) इस डेटाबेस के खाते में नहीं है।</translation>
    </message>
    <message>
        <source>The paper names ledger entry {position}, which this database lacks: the ledger was cut short or replaced.</source>
        <translation>कागज़ पर खाते की प्रविष्टि {position} छपी है, जो इस डेटाबेस में नहीं है: खाता छोटा किया गया या बदला गया।</translation>
    </message>
    <message>
        <source>Ledger entry {position} is not the one printed on the paper “{reference}”: the ledger was rewritten.</source>
        <translation>खाते की प्रविष्टि {position} वह नहीं है जो कागज़ “{reference}” पर छपी है: खाता दोबारा लिखा गया।</translation>
    </message>
    <message>
        <source>When the paper “{reference}” was printed the ledger ended at entry {position}; this database&apos;s entry {position} is different or missing: the ledger was rewritten.</source>
        <translation>कागज़ “{reference}” छपते समय खाता प्रविष्टि {position} पर समाप्त था; इस डेटाबेस की प्रविष्टि {position} भिन्न है या नहीं है: खाता दोबारा लिखा गया।</translation>
    </message>
    <message>
        <source>“{path}” cannot be read as a paper: {reason}.</source>
        <translation>“{path}” को कागज़ के रूप में पढ़ा नहीं जा सकता: {reason}।</translation>
    </message>
    <message>
        <source>“{path}” carries no seal of Liaison Desktop minutes (drafts have none; minutes printed before the ledger show only a short hash).</source>
        <translation>“{path}” पर लायज़न डेस्कटॉप के कार्यवृत्त की कोई मुहर नहीं है (मसौदों पर मुहर नहीं होती; खाते से पहले छपे कार्यवृत्तों पर केवल छोटा हैश है)।</translation>
    </message>
    <message>
        <source>Ledger entry {position} of the backup “{backup}” is not the database&apos;s entry {position}: one of the two was altered.</source>
        <translation>बैकअप “{backup}” के खाते की प्रविष्टि {position} डेटाबेस की प्रविष्टि {position} से भिन्न है: दोनों में से एक बदली गई है।</translation>
    </message>
    <message>
        <source>The database lacks ledger entries {first}–{last} that the backup “{backup}” holds: they were removed from the database.</source>
        <translation>डेटाबेस के खाते में प्रविष्टियाँ {first}–{last} नहीं हैं जो बैकअप “{backup}” में हैं: उन्हें डेटाबेस से हटाया गया।</translation>
    </message>
    <message>
        <source>The backup “{path}” does not agree with the ledger of sealed minutes ({count} problem(s); the first: {first}). It was not restored.</source>
        <translation>बैकअप “{path}” मुहरबंद कार्यवृत्तों के खाते से मेल नहीं खाता ({count} समस्या; पहली: {first})। इसे पुनर्स्थापित नहीं किया गया।</translation>
    </message>
    <message>
        <source>The backup “{path}” could not be checked against its ledger: {detail}.</source>
        <translation>बैकअप “{path}” को उसके खाते से जाँचा नहीं जा सका: {detail}।</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जनपद</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ज़ोन</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>वार्ड</translation>
    </message>
    <message>
        <source>Mandal</source>
        <translation>मंडल</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>पार्टी संगठन</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>पुलिस</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>निर्वाचित जनप्रतिनिधि</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Member of Parliament</source>
        <translation>सांसद</translation>
    </message>
    <message>
        <source>Member of Legislative Assembly</source>
        <translation>विधायक</translation>
    </message>
    <message>
        <source>District president</source>
        <translation>जिलाध्यक्ष</translation>
    </message>
    <message>
        <source>Mandal president</source>
        <translation>मंडल अध्यक्ष</translation>
    </message>
    <message>
        <source>Ward councillor</source>
        <translation>पार्षद</translation>
    </message>
    <message>
        <source>Police Commissioner</source>
        <translation>पुलिस आयुक्त</translation>
    </message>
    <message>
        <source>Deputy Commissioner of Police</source>
        <translation>पुलिस उपायुक्त</translation>
    </message>
    <message>
        <source>Assistant Commissioner of Police</source>
        <translation>सहायक पुलिस आयुक्त</translation>
    </message>
    <message>
        <source>Station officer</source>
        <translation>थाना प्रभारी</translation>
    </message>
    <message>
        <source>Respected citizen</source>
        <translation>संभ्रांत नागरिक</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>कार्यालय कर्मचारी</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>अन्य भूमिका</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>त्रैमासिक समीक्षा बैठक</translation>
    </message>
    <message>
        <source>Monthly station meeting</source>
        <translation>थाना स्तरीय मासिक बैठक</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>अन्य बैठक</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>हस्ताक्षरित</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>प्रतिनिधि द्वारा उपस्थित</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>नशा</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>यातायात</translation>
    </message>
    <message>
        <source>Law and order</source>
        <translation>कानून व्यवस्था</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>नागरिक सुविधा</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>समाप्त (निरस्त)</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>हस्ताक्षरित प्रति</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Agenda point</source>
        <translation>कार्यसूची बिंदु</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>Review remark</source>
        <translation>समीक्षा टिप्पणी</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
</context>
</TS>
