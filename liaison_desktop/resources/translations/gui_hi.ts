<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action item</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
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
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>किस बैठक में</translation>
    </message>
    <message>
        <source>Latest remark</source>
        <translation>नवीनतम टिप्पणी</translation>
    </message>
    <message>
        <source>%1 (proposed: %2)</source>
        <translation>%1 (प्रस्तावित: %2)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Still open (open or in progress)</source>
        <translation>अभी खुले (लंबित या प्रगति पर)</translation>
    </message>
    <message>
        <source>Action items: %1</source>
        <translation>कार्य बिंदु: %1</translation>
    </message>
    <message>
        <source> (a chosen list; Clear filters shows all)</source>
        <translation> (चुनी हुई सूची; सभी देखने हेतु &quot;फ़िल्टर हटाएँ&quot;)</translation>
    </message>
    <message>
        <source>Select an item to see its history.</source>
        <translation>इतिहास देखने के लिए कोई कार्य बिंदु चुनें।</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>“%1” का इतिहास</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
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
        <source>Overdue only</source>
        <translation>केवल विलंबित</translation>
    </message>
    <message>
        <source>Name or department</source>
        <translation>नाम या विभाग</translation>
    </message>
    <message>
        <source>Search the action items (Ctrl+F)</source>
        <translation>कार्य बिंदुओं में खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Change status of selected…</source>
        <translation>चुने हुए बिंदुओं की स्थिति बदलें…</translation>
    </message>
    <message>
        <source>Open the meeting that raised it</source>
        <translation>मूल बैठक खोलें</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>&amp;5 New action items (%1, and %2 from the original)</source>
        <translation>&amp;5 नए कार्य बिंदु (%1, और मूल के %2)</translation>
    </message>
    <message>
        <source>&amp;5 New action items (%1)</source>
        <translation>&amp;5 नए कार्य बिंदु (%1)</translation>
    </message>
    <message>
        <source>The %1 action items of the minutes this amendment corrects print with it; do not add them again. Record their progress on the Action items page.</source>
        <translation>जिस कार्यवृत्त का यह संशोधन है, उसके %1 कार्य बिंदु इसके साथ छपते हैं; उन्हें यहाँ दोबारा न जोड़ें। उनकी प्रगति &quot;कार्य बिंदु&quot; पृष्ठ पर दर्ज करें।</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>क्या किया जाना है (&amp;W)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>श्रेणी (&amp;G)</translation>
    </message>
    <message>
        <source>W&amp;here (station or ward)</source>
        <translation>कहाँ (थाना या वार्ड) (&amp;H)</translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation>उत्तरदायी व्यक्ति (&amp;P)</translation>
    </message>
    <message>
        <source>…or &amp;department</source>
        <translation>…या विभाग (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>कब तक (&amp;B)</translation>
    </message>
    <message>
        <source>Agenda poin&amp;t</source>
        <translation>कार्यसूची बिंदु (&amp;T)</translation>
    </message>
    <message>
        <source>e.g. traffic police, municipal corporation</source>
        <translation>जैसे यातायात पुलिस, नगर निगम</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>नया कार्य बिंदु</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <source>&amp;4 Agenda and decisions (%1)</source>
        <translation>&amp;4 कार्यसूची एवं निर्णय (%1)</translation>
    </message>
    <message>
        <source>Agenda &amp;point</source>
        <translation>कार्यसूची बिंदु (&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;iscussion</source>
        <translation>चर्चा (&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>निर्णय (&amp;E)</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>नया बिंदु</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Action item for this point</source>
        <translation>इस बिंदु पर कार्य बिंदु जोड़ें</translation>
    </message>
    <message>
        <source>Subject of the point, e.g. traffic jams</source>
        <translation>बिंदु का विषय, जैसे जाम की समस्या</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the minutes</source>
        <translation>कार्यवृत्त में संशोधन</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment (printed with the corrected minutes):</source>
        <translation>संशोधन का कारण, जो संशोधित कार्यवृत्त के साथ छपेगा (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>नियुक्ति</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>भूमिका (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>स्थान (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Designation (as printed)</source>
        <translation>पदनाम (जैसा छपेगा) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To (empty while in post)</source>
        <translation>तक (पद पर रहते हुए रिक्त) (&amp;T)</translation>
    </message>
    <message>
        <source>The previous holder leaves office the day before (transfer)</source>
        <translation>पूर्व पदधारी एक दिन पहले पद छोड़ेंगे (स्थानांतरण)</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>&amp;7 Attachments (%1)</source>
        <translation>&amp;7 संलग्नक (%1)</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>फ़ाइल संलग्न करें</translation>
    </message>
    <message>
        <source>Attaching %1</source>
        <translation>%1 संलग्न की जा रही है</translation>
    </message>
    <message>
        <source>Save the meeting first; files are kept with a saved meeting.</source>
        <translation>पहले बैठक सहेजें; फ़ाइलें सहेजी गई बैठक के साथ रखी जाती हैं।</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़ी गई</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>फ़ाइल संलग्न करें…</translation>
    </message>
    <message>
        <source>Attach the scanned signed copy…</source>
        <translation>हस्ताक्षरित प्रति (स्कैन) संलग्न करें…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
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
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>प्रतिनिधि</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <source>&amp;2 Attendance (%1/%2)</source>
        <translation>&amp;2 उपस्थिति (%1/%2)</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Press “Add a walk-in” to add the name as typed.</source>
        <translation>“%1” निर्देशिका में नहीं है। जैसा लिखा है वैसा नाम जोड़ने के लिए “बिना आमंत्रण आए व्यक्ति को जोड़ें” दबाएँ।</translation>
    </message>
    <message>
        <source>Present %1 · Absent %2 · Not marked %3</source>
        <translation>उपस्थित %1 · अनुपस्थित %2 · अचिह्नित %3</translation>
    </message>
    <message>
        <source>Add from the directory:</source>
        <translation>निर्देशिका से जोड़ें:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>बिना आमंत्रण आए व्यक्ति को जोड़ें</translation>
    </message>
    <message>
        <source>Mark everyone not marked as present</source>
        <translation>शेष सभी को उपस्थित चिह्नित करें</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup of {date}: {meetings} meetings, {actions} action items, {people} people, {places} places ({size:.1f} MB).</source>
        <translation>{date} का बैकअप: {meetings} बैठकें, {actions} कार्य बिंदु, {people} व्यक्ति, {places} स्थान ({size:.1f} MB)।</translation>
    </message>
    <message>
        <source>Last meeting: {date}, “{title}”.</source>
        <translation>अंतिम बैठक: {date}, “{title}”।</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>बैकअप के लिए फ़ोल्डर या USB स्टिक चुनें</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>बैकअप बन गया</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}</source>
        <translation>बैकअप बनाकर जाँच लिया गया:
{path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>बैकअप नहीं बन सका</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>बैकअप बनाया और जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>स्वचालित बैकअप नहीं बन सका</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. Your work is not affected; make a backup with File ▸ Back up now… when the backup folder is available.</source>
        <translation>आज का स्वचालित बैकअप नहीं बन सका। आपके कार्य पर कोई प्रभाव नहीं है; बैकअप फ़ोल्डर उपलब्ध होने पर फ़ाइल ▸ अभी बैकअप लें… से बैकअप बना लें।</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>स्वचालित बैकअप</translation>
    </message>
    <message>
        <source>The backup of {date} was restored.</source>
        <translation>{date} का बैकअप पुनर्स्थापित कर दिया गया।</translation>
    </message>
    <message>
        <source>The database it replaced was kept as:
{path}</source>
        <translation>जिस डेटाबेस के स्थान पर यह रखा गया, वह इस नाम से सुरक्षित है:
{path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>बैकअप पुनर्स्थापित</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>पुनर्स्थापना नहीं हो सकी</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>बैकअप पुनर्स्थापित किया जा रहा है…</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>आगे नहीं बढ़ा जा सकता</translation>
    </message>
    <message>
        <source>Starting with an empty database</source>
        <translation>ख़ाली डेटाबेस से आरंभ</translation>
    </message>
    <message>
        <source>The damaged database was kept as:
{path}</source>
        <translation>क्षतिग्रस्त डेटाबेस इस नाम से सुरक्षित रखा गया:
{path}</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Meetings in this selection: %1</source>
        <translation>इस चयन में बैठकें: %1</translation>
    </message>
    <message>
        <source>One PDF for all meetings</source>
        <translation>सभी बैठकों के लिए एक PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>PDF फ़ाइलों के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>%1 of %2 documents…</source>
        <translation>%2 में से %1 दस्तावेज़…</translation>
    </message>
    <message>
        <source>Exporting documents</source>
        <translation>दस्तावेज़ सहेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 documents were written to %3.</source>
        <translation>निर्यात रोका गया: %2 में से %1 दस्तावेज़ %3 में सहेजे गए।</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 documents; no file was written.</source>
        <translation>%2 में से %1 दस्तावेज़ों के बाद निर्यात रोका गया; कोई फ़ाइल नहीं बनी।</translation>
    </message>
    <message>
        <source>%1 of %2 documents exported to %3.</source>
        <translation>%2 में से %1 दस्तावेज़ %3 में सहेजे गए।</translation>
    </message>
    <message>
        <source>Export many meetings</source>
        <translation>अनेक बैठकों के दस्तावेज़ सहेजें</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>शृंखला (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Meetings from</source>
        <translation>बैठकें, दिनांक से (&amp;M)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>कैसे सहेजें</translation>
    </message>
    <message>
        <source>One PDF per meeting, in a &amp;folder</source>
        <translation>प्रत्येक बैठक की अलग PDF, एक फ़ोल्डर में (&amp;F)</translation>
    </message>
    <message>
        <source>All in &amp;one PDF, with a bookmark per meeting</source>
        <translation>सब एक ही PDF में, प्रत्येक बैठक का बुकमार्क सहित (&amp;O)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>सहेजें (&amp;E)</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>%1 selected action item(s) will get the new status.</source>
        <translation>चुने गए %1 कार्य बिंदुओं की स्थिति बदली जाएगी।</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>नई स्थिति (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>टिप्पणी (&amp;R)</translation>
    </message>
    <message>
        <source>The change is recorded in the audit log. The next meeting that reviews an item sets its status again.</source>
        <translation>यह परिवर्तन लेखा-परीक्षा लॉग में दर्ज होगा। अगली बैठक की समीक्षा में स्थिति पुनः निर्धारित होगी।</translation>
    </message>
</context>
<context>
    <name>Combos</name>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>As the meeting (or office) has it</source>
        <translation>बैठक (या कार्यालय) की निर्धारित भाषा</translation>
    </message>
</context>
<context>
    <name>CopyToSection</name>
    <message>
        <source>&amp;6 Copy to (%1)</source>
        <translation>&amp;6 प्रतिलिपि (%1)</translation>
    </message>
    <message>
        <source>One recipient per line, in the order they should print.</source>
        <translation>प्रत्येक पंक्ति में एक प्राप्तकर्ता, उसी क्रम में जैसे छपना है।</translation>
    </message>
    <message>
        <source>Same as the last meeting of this series</source>
        <translation>इस शृंखला की पिछली बैठक जैसी</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Liaison Desktop: an error occurred</source>
        <translation>लायज़न डेस्कटॉप: एक त्रुटि हुई</translation>
    </message>
    <message>
        <source>The details are also in the log file {path}.</source>
        <translation>विवरण लॉग फ़ाइल {path} में भी दर्ज है।</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>डेटाबेस खोला नहीं जा सकता</translation>
    </message>
    <message>
        <source>The damaged file will be kept under a new name, never deleted.</source>
        <translation>क्षतिग्रस्त फ़ाइल नए नाम से सुरक्षित रखी जाएगी, कभी हटाई नहीं जाएगी।</translation>
    </message>
    <message>
        <source>The latest good backup:</source>
        <translation>नवीनतम सही बैकअप:</translation>
    </message>
    <message>
        <source>No good backup of this database was found.</source>
        <translation>इस डेटाबेस का कोई सही बैकअप नहीं मिला।</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>यह बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>अन्य बैकअप चुनें…</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>ख़ाली डेटाबेस से आरंभ करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
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
        <translation>थानों (कुल %1 में से) में %2 की बैठक नहीं हुई</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>draft minutes not yet made final</source>
        <translation>प्रारूप कार्यवृत्त, अभी अंतिम नहीं</translation>
    </message>
    <message>
        <source>action items still open</source>
        <translation>कार्य बिंदु अभी खुले हैं</translation>
    </message>
    <message>
        <source>action items overdue</source>
        <translation>कार्य बिंदु विलंबित</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(थाना निर्धारित नहीं)</translation>
    </message>
    <message>
        <source>quarterly review series</source>
        <translation>त्रैमासिक समीक्षा शृंखला</translation>
    </message>
    <message>
        <source>No quarterly review series is set up.</source>
        <translation>कोई त्रैमासिक समीक्षा शृंखला नहीं बनी है।</translation>
    </message>
    <message>
        <source>Quarterly review overdue by %1 days</source>
        <translation>त्रैमासिक समीक्षा बैठक %1 दिन से विलंबित</translation>
    </message>
    <message>
        <source>Quarterly review due in %1 days</source>
        <translation>त्रैमासिक समीक्षा बैठक %1 दिन में देय</translation>
    </message>
    <message>
        <source>%1
Due on %2; last held %3.</source>
        <translation>%1
देय तिथि %2; पिछली बैठक %3।</translation>
    </message>
    <message>
        <source>This month&apos;s station meetings</source>
        <translation>इस माह की थाना बैठकें</translation>
    </message>
    <message>
        <source>Quarterly review and open work</source>
        <translation>त्रैमासिक समीक्षा एवं लंबित कार्य</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>विलंबित कार्य बिंदु</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>हाल की बैठकें</translation>
    </message>
    <message>
        <source>Prepare the quarterly meeting…</source>
        <translation>त्रैमासिक बैठक तैयार करें…</translation>
    </message>
    <message>
        <source>All meetings…</source>
        <translation>सभी बैठकें…</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>पिछली बैठक</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>दिन-माह-वर्ष</translation>
    </message>
    <message>
        <source>Date as DD-MM-YYYY; F4 opens a calendar</source>
        <translation>दिनांक DD-MM-YYYY के रूप में; F4 से कैलेंडर खुलेगा</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 विवरण</translation>
    </message>
    <message>
        <source>(given when the minutes are made final)</source>
        <translation>(कार्यवृत्त अंतिम होने पर दिया जाएगा)</translation>
    </message>
    <message>
        <source>meeting no. %1</source>
        <translation>बैठक संख्या %1</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>उपस्थिति पत्रक</translation>
    </message>
    <message>
        <source>Review sheet (ATR)</source>
        <translation>समीक्षा पत्रक (कृत कार्यवाही रिपोर्ट)</translation>
    </message>
    <message>
        <source>Register of open action items</source>
        <translation>लंबित कार्य बिंदुओं की पंजी</translation>
    </message>
    <message>
        <source>Monthly meetings: compliance</source>
        <translation>मासिक बैठकें: अनुपालन</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Filled once the reviews are recorded</source>
        <translation>समीक्षा दर्ज होने पर भरा हुआ</translation>
    </message>
    <message>
        <source>Filled with the recorded reviews</source>
        <translation>दर्ज समीक्षा सहित भरा हुआ</translation>
    </message>
    <message>
        <source>Blank, to fill in by hand</source>
        <translation>ख़ाली, हाथ से भरने हेतु</translation>
    </message>
    <message>
        <source>January–March</source>
        <translation>जनवरी–मार्च</translation>
    </message>
    <message>
        <source>April–June</source>
        <translation>अप्रैल–जून</translation>
    </message>
    <message>
        <source>July–September</source>
        <translation>जुलाई–सितंबर</translation>
    </message>
    <message>
        <source>October–December</source>
        <translation>अक्टूबर–दिसंबर</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>पहले सूची से कोई बैठक चुनें।</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>दस्तावेज़ तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>दस्तावेज़ तैयार हो रहा है</translation>
    </message>
    <message>
        <source>%1 page(s).</source>
        <translation>%1 पृष्ठ।</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>दस्तावेज़ तैयार नहीं हो सका।</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected.</source>
        <translation>प्रिंटर शुरू नहीं हो सका: देखें कि वह चालू है और जुड़ा है।</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 में सहेजा गया</translation>
    </message>
    <message>
        <source>By police station</source>
        <translation>थानेवार</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>श्रेणीवार</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Review sheet</source>
        <translation>समीक्षा पत्रक (&amp;R)</translation>
    </message>
    <message>
        <source>Police &amp;station</source>
        <translation>थाना (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>समूहन (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>वर्ष (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>तिमाही (&amp;Q)</translation>
    </message>
    <message>
        <source>Only &amp;overdue items</source>
        <translation>केवल विलंबित बिंदु (&amp;O)</translation>
    </message>
    <message>
        <source>Find a meeting…</source>
        <translation>बैठक खोजें…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>मुद्रित करें…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF सहेजें…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Export many meetings…</source>
        <translation>अनेक बैठकों के दस्तावेज़…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Liaison Desktop</source>
        <translation>लायज़न डेस्कटॉप</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Something went wrong in Liaison Desktop. Meetings already saved are safe, and what you were typing is kept in the recovery slot. Please copy the details below and send them to whoever looks after this computer.</source>
        <translation>लायज़न डेस्कटॉप में कोई अप्रत्याशित त्रुटि हुई। सहेजी गई बैठकें सुरक्षित हैं, और जो आप लिख रहे थे वह पुनर्प्राप्ति हेतु सुरक्षित रखा गया है। कृपया नीचे दिया विवरण कॉपी करके इस कंप्यूटर की देखरेख करने वाले व्यक्ति को भेजें।</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>The database “{path}” is already open in another copy of Liaison Desktop (process {pid} on the computer “{host}”). Switch to that window, or close it and start again. Two copies must not edit the same meetings at once.</source>
        <translation>डेटाबेस “{path}” लायज़न डेस्कटॉप की दूसरी प्रति में पहले से खुला है (कंप्यूटर “{host}” पर प्रक्रिया {pid})। उसी विंडो पर जाएँ, या उसे बंद करके पुनः आरंभ करें। दो प्रतियाँ एक साथ एक ही बैठकों को संपादित न करें।</translation>
    </message>
    <message>
        <source>Liaison Desktop cannot create its lock file next to the database “{path}”; the folder may be read-only. Copy the database to a folder you can write to.</source>
        <translation>लायज़न डेस्कटॉप डेटाबेस “{path}” के पास अपनी लॉक फ़ाइल नहीं बना सका; फ़ोल्डर केवल-पठन हो सकता है। डेटाबेस को ऐसे फ़ोल्डर में कॉपी करें जिसमें लिखा जा सके।</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Checking the database</source>
        <translation>डेटाबेस की जाँच</translation>
    </message>
</context>
<context>
    <name>LiaisonError</name>
    <message>
        <source>Give both dates of the range.</source>
        <translation>अवधि की दोनों तिथियाँ दें।</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>पहली तिथि अंतिम तिथि के बाद की है।</translation>
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
        <translation>मुख्य पृष्ठ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>बैठकें</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Preparing the search (needed once)…</source>
        <translation>खोज तैयार की जा रही है (केवल एक बार)…</translation>
    </message>
    <message>
        <source>Preparing the search</source>
        <translation>खोज तैयार की जा रही है</translation>
    </message>
    <message>
        <source>The search is ready.</source>
        <translation>खोज तैयार है।</translation>
    </message>
    <message>
        <source>Liaison Desktop</source>
        <translation>लायज़न डेस्कटॉप</translation>
    </message>
    <message>
        <source>Demo data — %1</source>
        <translation>प्रदर्शन डेटा — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>नई बैठक (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Export all data (JSON)…</source>
        <translation>पूरा डेटा निर्यात करें (JSON) (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import an archive into a new database…</source>
        <translation>संग्रह फ़ाइल नए डेटाबेस में &amp;आयात करें…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>अभी बैकअप लें (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>बैकअप पुनर्स्थापित करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Search meetings, action items, people, places… (Ctrl+K)</source>
        <translation>बैठकें, कार्य बिंदु, व्यक्ति, स्थान खोजें… (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Liaison Desktop</source>
        <translation>लायज़न डेस्कटॉप के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Office not set up</source>
        <translation>कार्यालय विवरण अभी नहीं भरा गया</translation>
    </message>
    <message>
        <source>%1 · database: %2</source>
        <translation>%1 · डेटाबेस: %2</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>नई बैठक</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>किसी पृष्ठ पर जाएँ</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>सब में खोजें</translation>
    </message>
    <message>
        <source>Search box of the page (else search everything)</source>
        <translation>पृष्ठ का खोज बॉक्स (न हो तो सब में खोजें)</translation>
    </message>
    <message>
        <source>Print the minutes (editor)</source>
        <translation>कार्यवृत्त मुद्रित करें (संपादक)</translation>
    </message>
    <message>
        <source>Attendance sheet (editor)</source>
        <translation>उपस्थिति पत्रक (संपादक)</translation>
    </message>
    <message>
        <source>Review sheet (editor)</source>
        <translation>समीक्षा पत्रक (संपादक)</translation>
    </message>
    <message>
        <source>Make the minutes final (editor)</source>
        <translation>कार्यवृत्त अंतिम करें (संपादक)</translation>
    </message>
    <message>
        <source>Record the signature (editor)</source>
        <translation>हस्ताक्षर दर्ज करें (संपादक)</translation>
    </message>
    <message>
        <source>Amend final minutes (editor)</source>
        <translation>अंतिम कार्यवृत्त में संशोधन (संपादक)</translation>
    </message>
    <message>
        <source>Status of the item under review: open, in progress, done, dropped</source>
        <translation>समीक्षाधीन बिंदु की स्थिति: लंबित, प्रगति पर, पूर्ण, समाप्त (निरस्त)</translation>
    </message>
    <message>
        <source>Open the top search result (search box)</source>
        <translation>खोज का सबसे ऊपर का परिणाम खोलें (खोज बॉक्स)</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>संग्रह फ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>New database for the imported data</source>
        <translation>आयातित डेटा के लिए नया डेटाबेस</translation>
    </message>
    <message>
        <source>Liaison Desktop database (*.sqlite3)</source>
        <translation>लायज़न डेस्कटॉप डेटाबेस (*.sqlite3)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Importing an archive</source>
        <translation>संग्रह फ़ाइल आयात हो रही है</translation>
    </message>
    <message>
        <source>Open the selected meeting or item</source>
        <translation>चुनी गई बैठक या बिंदु खोलें</translation>
    </message>
    <message>
        <source>Save the meeting (editor)</source>
        <translation>बैठक सहेजें (संपादक)</translation>
    </message>
    <message>
        <source>New line in the current section (editor)</source>
        <translation>वर्तमान भाग में नई पंक्ति (संपादक)</translation>
    </message>
    <message>
        <source>New action item (editor)</source>
        <translation>नया कार्य बिंदु (संपादक)</translation>
    </message>
    <message>
        <source>Go to a section (editor)</source>
        <translation>किसी भाग पर जाएँ (संपादक)</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>संपादक बंद करें</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>अगला क्षेत्र</translation>
    </message>
    <message>
        <source>Present / absent (attendance)</source>
        <translation>उपस्थित / अनुपस्थित (उपस्थिति)</translation>
    </message>
    <message>
        <source>Calendar in a date field</source>
        <translation>दिनांक क्षेत्र में कैलेंडर</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>About Liaison Desktop</source>
        <translation>लायज़न डेस्कटॉप के बारे में</translation>
    </message>
    <message>
        <source>Liaison Desktop %1
Records police–public liaison meetings, follows every decision until it is done, and prints minutes for signature.</source>
        <translation>लायज़न डेस्कटॉप %1
पुलिस–जन संपर्क बैठकों का अभिलेख रखता है, प्रत्येक निर्णय के पूर्ण होने तक उस पर नज़र रखता है और हस्ताक्षर हेतु कार्यवृत्त मुद्रित करता है।</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>पूरा डेटा निर्यात करें</translation>
    </message>
    <message>
        <source>JSON archive (*.json)</source>
        <translation>JSON संग्रह (*.json)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 लिखी जा रही है…</translation>
    </message>
    <message>
        <source>Exporting all data</source>
        <translation>पूरा डेटा निर्यात हो रहा है</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 अभिलेख %2 में निर्यात किए गए</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>शीर्षक (&amp;T)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>शृंखला</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>दिनांक (&amp;D)</translation>
    </message>
    <message>
        <source>Ti&amp;me (from – to)</source>
        <translation>समय (से – तक) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>स्थान (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>कार्यवृत्त की भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>पत्रांक</translation>
    </message>
    <message>
        <source>&amp;Chair (presided)</source>
        <translation>अध्यक्षता (&amp;C)</translation>
    </message>
    <message>
        <source>Chair&apos;s designation</source>
        <translation>अध्यक्ष का पदनाम</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>कार्यवृत्त लेखक (&amp;R)</translation>
    </message>
    <message>
        <source>Recorder&apos;s designation</source>
        <translation>लेखक का पदनाम</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Saved.</source>
        <translation>सहेज लिया गया।</translation>
    </message>
    <message>
        <source>Make the minutes final</source>
        <translation>कार्यवृत्त अंतिम करें</translation>
    </message>
    <message>
        <source>Make these minutes final? They get a reference number and can no longer be changed; corrections are then made as amendments.</source>
        <translation>क्या यह कार्यवृत्त अंतिम करें? इसे पत्रांक मिलेगा और इसके बाद इसमें परिवर्तन नहीं हो सकेगा; सुधार संशोधन के रूप में किए जाएँगे।</translation>
    </message>
    <message>
        <source>These minutes are %1 (reference %2) and cannot be changed. To correct them, use Amend: a new draft version is made with the reason for the change.</source>
        <translation>यह कार्यवृत्त %1 है (पत्रांक %2) और इसमें परिवर्तन नहीं हो सकता। सुधार के लिए &quot;संशोधन&quot; चुनें: परिवर्तन के कारण सहित एक नया प्रारूप संस्करण बनेगा।</translation>
    </message>
    <message>
        <source>%1%2 — Liaison Desktop</source>
        <translation>%1%2 — लायज़न डेस्कटॉप</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>नई बैठक</translation>
    </message>
    <message>
        <source>Saved. These characters cannot be printed with the font of the papers and will print as their names in brackets: %1</source>
        <translation>सहेज लिया गया। ये चिह्न कागज़ों के फ़ॉन्ट में छप नहीं सकते, इनकी जगह कोष्ठक में इनके नाम छपेंगे: %1</translation>
    </message>
    <message>
        <source>Amendment of the minutes %1. Reason: %2</source>
        <translation>कार्यवृत्त %1 का संशोधन। कारण: %2</translation>
    </message>
    <message>
        <source>%1 (amendment of %2)</source>
        <translation>%1 (%2 का संशोधन)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>New line (Ctrl+N)</source>
        <translation>नई पंक्ति (Ctrl+N)</translation>
    </message>
    <message>
        <source>New action item (Ctrl+Shift+N)</source>
        <translation>नया कार्य बिंदु (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Print minutes (Ctrl+P)</source>
        <translation>कार्यवृत्त मुद्रित करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>उपस्थिति पत्रक</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>समीक्षा पत्रक</translation>
    </message>
    <message>
        <source>Make final… (Ctrl+Shift+F)</source>
        <translation>अंतिम करें… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Record signature… (Ctrl+Shift+S)</source>
        <translation>हस्ताक्षर दर्ज करें… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Amend… (Ctrl+Shift+A)</source>
        <translation>संशोधन… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Close (Ctrl+W)</source>
        <translation>बंद करें (Ctrl+W)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे परिवर्तन</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>बंद करने से पहले “%1” में किए परिवर्तन सहेजें?</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>शृंखला</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>पत्रांक</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>Amendment of %2: %1</source>
        <translation>%2 का संशोधन: %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings: %1</source>
        <translation>बैठकें: %1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>प्रारूप हटाएँ</translation>
    </message>
    <message>
        <source>Delete the draft meeting “%1”? This cannot be undone.</source>
        <translation>प्रारूप बैठक “%1” हटाएँ? यह वापस नहीं हो सकेगा।</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>शृंखला</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Search title, reference, venue, chair (Ctrl+F)</source>
        <translation>शीर्षक, पत्रांक, स्थान, अध्यक्ष में खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>नई बैठक…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>प्रारूप हटाएँ…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>कार्यवृत्त मुद्रित करें</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>उपस्थिति पत्रक</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>समीक्षा पत्रक</translation>
    </message>
</context>
<context>
    <name>NewActionModel</name>
    <message>
        <source>Action to be taken</source>
        <translation>की जाने वाली कार्यवाही</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>नई बैठक</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>शृंखला (&amp;S)</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>बैठक की तिथि (&amp;D)</translation>
    </message>
    <message>
        <source>Also review open items about this station from other series</source>
        <translation>इस थाने से संबंधित अन्य शृंखलाओं के लंबित बिंदुओं की भी समीक्षा करें</translation>
    </message>
    <message>
        <source>The invitees of the series and every open action item from its earlier meetings are filled in; you can change everything before saving.</source>
        <translation>शृंखला के आमंत्रित व्यक्ति और पिछली बैठकों के सभी लंबित कार्य बिंदु स्वतः भर दिए जाएँगे; सहेजने से पहले आप सब कुछ बदल सकते हैं।</translation>
    </message>
</context>
<context>
    <name>OfficeSetupDialog</name>
    <message>
        <source>%1 police station monthly coordination meeting</source>
        <translation>थाना %1 मासिक समन्वय बैठक</translation>
    </message>
    <message>
        <source>Quarterly review meeting with the Police Commissioner</source>
        <translation>पुलिस आयुक्त के साथ त्रैमासिक समीक्षा बैठक</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>मेरा कार्यालय स्थापित करें</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>कार्यालय का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>नाम (अंग्रेज़ी में)</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>जनपद (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Letterhead lines</source>
        <translation>पत्र-शीर्ष की पंक्तियाँ (&amp;L)</translation>
    </message>
    <message>
        <source>Printed under the office name, one line each, e.g. &quot;Police-public liaison cell&quot;</source>
        <translation>कार्यालय के नाम के नीचे छपती हैं, हर पंक्ति अलग, जैसे &quot;पुलिस-जन संपर्क प्रकोष्ठ&quot;</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>दूरभाष (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reference number prefix</source>
        <translation>पत्रांक उपसर्ग (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. KNP/LC</source>
        <translation>जैसे KNP/LC</translation>
    </message>
    <message>
        <source>Police &amp;stations</source>
        <translation>थाने (&amp;S)</translation>
    </message>
    <message>
        <source>One station per line: the name as printed, then optionally a comma, its name in English and a comma and a short code, e.g. “कोतवाली, Kotwali, KTW”. A monthly meeting series is created for each station, and one quarterly review series for the office.</source>
        <translation>प्रत्येक पंक्ति में एक थाना: नाम जैसा छपेगा, फिर चाहें तो अल्पविराम के बाद अंग्रेज़ी नाम और अल्पविराम के बाद संक्षिप्त कोड, जैसे “कोतवाली, Kotwali, KTW”। प्रत्येक थाने के लिए मासिक बैठक शृंखला और कार्यालय के लिए एक त्रैमासिक समीक्षा शृंखला बनाई जाएगी।</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page width</source>
        <translation>पृष्ठ की चौड़ाई</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>पूरा पृष्ठ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>पूरी चौड़ाई</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+−)</source>
        <translation>छोटा (Ctrl+−)</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>बड़ा (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Select a person.</source>
        <translation>कोई व्यक्ति चुनें।</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>मोबाइल: %1</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(निष्क्रिय)</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>पद पर</translation>
    </message>
    <message>
        <source>End of appointment</source>
        <translation>नियुक्ति की समाप्ति</translation>
    </message>
    <message>
        <source>Last day in post (DD-MM-YYYY):</source>
        <translation>पद पर अंतिम दिन (DD-MM-YYYY):</translation>
    </message>
    <message>
        <source>Name in Hindi or English, or mobile (Ctrl+F)</source>
        <translation>हिंदी या अंग्रेज़ी में नाम, या मोबाइल (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>निष्क्रिय भी दिखाएँ</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>नया व्यक्ति…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>नई नियुक्ति…</translation>
    </message>
    <message>
        <source>End selected appointment…</source>
        <translation>चुनी गई नियुक्ति समाप्त करें…</translation>
    </message>
    <message>
        <source>Appointments (newest first)</source>
        <translation>नियुक्तियाँ (नवीनतम पहले)</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
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
        <source>Recent meetings</source>
        <translation>हाल की बैठकें</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>अंग्रेज़ी अक्षरों में</translation>
    </message>
    <message>
        <source>Designation today</source>
        <translation>वर्तमान पदनाम</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>&amp;Name (as printed)</source>
        <translation>नाम (जैसा छपेगा) (&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>नाम अंग्रेज़ी अक्षरों में (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>संगठन (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ई-मेल (&amp;E)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>टिप्पणी (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Active (offered in lists and invitations)</source>
        <translation>सक्रिय (सूचियों व आमंत्रणों में दिखेगा) (&amp;A)</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Type a name in Hindi or English…</source>
        <translation>हिंदी या अंग्रेज़ी में नाम लिखें…</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>नाम अंग्रेज़ी अक्षरों में (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>कोड (&amp;C)</translation>
    </message>
    <message>
        <source>In the area of &amp;station</source>
        <translation>किस थाना क्षेत्र में (&amp;S)</translation>
    </message>
    <message>
        <source>In &amp;mandal</source>
        <translation>किस मंडल में (&amp;M)</translation>
    </message>
    <message>
        <source>Holds a monthly &amp;meeting (shown on the dashboard and in New meeting)</source>
        <translation>मासिक बैठक होती है (डैशबोर्ड और नई बैठक में दिखेगी) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;In use (a place no longer in use keeps its history)</source>
        <translation>उपयोग में (उपयोग से हटे स्थान का इतिहास सुरक्षित रहता है) (&amp;I)</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Select a place.</source>
        <translation>कोई स्थान चुनें।</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Invited to “%1” (as of today): by office, then named invitees.</source>
        <translation>“%1” में आमंत्रित (आज की स्थिति): पहले पद के आधार पर, फिर नामित व्यक्ति।</translation>
    </message>
    <message>
        <source>named</source>
        <translation>नामित</translation>
    </message>
    <message>
        <source>by office</source>
        <translation>पद के आधार पर</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>अंग्रेज़ी अक्षरों में</translation>
    </message>
    <message>
        <source>New station…</source>
        <translation>नया थाना…</translation>
    </message>
    <message>
        <source>New ward…</source>
        <translation>नया वार्ड…</translation>
    </message>
    <message>
        <source>New mandal…</source>
        <translation>नया मंडल…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
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
        <source>Invited</source>
        <translation>आमंत्रण</translation>
    </message>
    <message>
        <source>Add a named invitee: type a name…</source>
        <translation>नामित आमंत्रित जोड़ें: नाम लिखें…</translation>
    </message>
    <message>
        <source>Remove named invitee</source>
        <translation>नामित आमंत्रित हटाएँ</translation>
    </message>
</context>
<context>
    <name>PreviousRunNotice</name>
    <message>
        <source>Liaison Desktop did not close properly</source>
        <translation>लायज़न डेस्कटॉप ठीक से बंद नहीं हुआ था</translation>
    </message>
    <message>
        <source>Liaison Desktop did not close properly last time (started {when}). Meetings that were saved are safe; unsaved edits, if any, are offered for recovery.</source>
        <translation>पिछली बार लायज़न डेस्कटॉप ठीक से बंद नहीं हुआ था ({when} को आरंभ)। सहेजी गई बैठकें सुरक्षित हैं; बिना सहेजे परिवर्तन, यदि कोई हों, पुनर्प्राप्ति हेतु प्रस्तुत किए जाएँगे।</translation>
    </message>
    <message>
        <source>A crash report was saved as {path}.</source>
        <translation>त्रुटि रिपोर्ट {path} के रूप में सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>फ़ाइल फ़ोल्डर</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>यह संदेश फिर दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translation>एक त्रुटि हुई</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>गंभीर त्रुटि:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>डीबग संदेश:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>घातक त्रुटि:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>सूचना:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>चेतावनी:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँचें कि फ़ोल्डर का नाम सही दिया गया है।</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँचें कि फ़ाइल का नाम सही दिया गया है।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>यहाँ देखें (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; पर लिखना वर्जित है।
क्या आप फिर भी इसे हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
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
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप सचमुच &apos;%1&apos; हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विवरण दृश्य में बदलें</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची दृश्य में बदलें</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर हटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>एक नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विवरण दृश्य</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>फ़ाइल का प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर खोजें</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ऊपर के फ़ोल्डर में जाएँ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>स्थानों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ऊपर का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल के स्थान</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस नाम से सहेजें</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>दिखाएँ </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>पार्श्व पट्टी</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलने की तिथि</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>किस्म</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>बिना सहेजे बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
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
        <translation>सिसेरो (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>अपना आकार</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>डिडो (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>प्रपत्र</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ऊँचाई:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा (लैंडस्केप)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>हाशिये</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>मिलीमीटर (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>पृष्ठों का क्रम (&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>पृष्ठ विन्यास</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>पृष्ठ का आकार:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>प्रति शीट पृष्ठ (&amp;P):</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>कागज़</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>कागज़ का स्रोत:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>पाइका (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>पॉइंट (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>उलटा आड़ा</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>उलटा खड़ा</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>चौड़ाई:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>नीचे का हाशिया</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>बायाँ हाशिया</translation>
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
        <translation>दायाँ हाशिया</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ऊपर का हाशिया</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुनः प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पुनः सेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>मूल सेटिंग्स लौटाएँ</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसके ऊपर लिखना चाहते हैं?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 सही ढंग से नहीं लिखा गया। पृष्ठों और श्रेणियों को &apos;,&apos; से अलग करें, श्रेणी &apos;-&apos; से लिखें, और ध्यान रखें कि श्रेणियाँ एक-दूसरे पर न चढ़ें।</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 एक फ़ोल्डर है।
कृपया फ़ाइल का कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>विकल्प (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>विकल्प (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>मुद्रित करें (&amp;P)</translation>
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
        <translation>सभी पृष्ठ</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>नीचे से ऊपर, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>नीचे से ऊपर, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>दोनों ओर छपाई की सेटिंग में टकराव</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>सम पृष्ठ</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>फ़ाइल %1 में लिखा नहीं जा सकता।
कृपया फ़ाइल का कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>पृष्ठों का अमान्य विवरण</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>बाएँ से दाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>बाएँ से दाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>स्थानीय फ़ाइल</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>विषम पृष्ठ</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;प्रति शीट पृष्ठ&apos; और &apos;पृष्ठ समूह&apos; विकल्प एक साथ नहीं चल सकते।
कृपया इनमें से एक बंद करें।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>मुद्रण</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>फ़ाइल में मुद्रित करें ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>फ़ाइल में मुद्रित करें (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>दाएँ से बाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>दाएँ से बाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;से&apos; का मान &apos;तक&apos; के मान से बड़ा नहीं हो सकता।</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>दोनों ओर छपाई की सेटिंग में टकराव है। क्या आप उन्हें ठीक करना चाहते हैं?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ऊपर से नीचे, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ऊपर से नीचे, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF फ़ाइल लिखें</translation>
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
        <translation>PDF में निर्यात करें</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>पहला पृष्ठ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>पूरा पृष्ठ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>पूरी चौड़ाई</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा (लैंडस्केप)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>अंतिम पृष्ठ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अगला पृष्ठ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>पृष्ठ सेटअप</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>पृष्ठ सेटअप</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>पिछला पृष्ठ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>मुद्रित करें</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>मुद्रण पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>आमने-सामने के पृष्ठ दिखाएँ</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>सभी पृष्ठों का सार दिखाएँ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>एक पृष्ठ दिखाएँ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>उन्नत विकल्पों में टकराव</translation>
    </message>
    <message>
        <source>Custom value for %1</source>
        <translation>%1 का अपना मान</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>मुद्रण कार्य के विकल्प</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>पृष्ठ सेटअप में टकराव</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>प्रिंटर के गुण</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>पृष्ठ सेटअप के विकल्पों में टकराव है। क्या आप उन्हें ठीक करना चाहते हैं?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>कुछ उन्नत विकल्पों में टकराव है। क्या आप उन्हें ठीक करना चाहते हैं?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>प्रपत्र</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>कुछ विकल्पों में टकराव है। कृपया उन्हें ठीक करें।</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>प्रतियाँ क्रम से</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>रंगीन</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>प्रतियाँ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>प्रतियाँ:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>वर्तमान पृष्ठ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>दोनों ओर छपाई</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>प्रपत्र</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>श्वेत-श्याम</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>लंबी ओर से जिल्द</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>छपाई की सेटिंग</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>पृष्ठ समूह (&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>पृष्ठ, से</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>सब मुद्रित करें</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>मुद्रण सीमा</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>उलटे क्रम में</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चयन</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>छोटी ओर से जिल्द</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>पृष्ठ या श्रेणियाँ अल्पविराम से अलग करके लिखें। श्रेणी दो संख्याओं के बीच योजक चिह्न से लिखें। जैसे 3,5-7,9 से पृष्ठ 3, 5, 6, 7 और 9 छपेंगे।</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>प्रपत्र</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>स्थान:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>गुण (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>RecentDatabasesMenu</name>
    <message>
        <source>Demo data (%1)</source>
        <translation>प्रदर्शन डेटा (%1)</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>अभी तक कोई दूसरा डेटाबेस नहीं खोला गया</translation>
    </message>
    <message>
        <source>&amp;Open recent</source>
        <translation>हाल के डेटाबेस खोलें (&amp;O)</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recover unsaved meetings</source>
        <translation>बिना सहेजी बैठकें पुनः प्राप्त करें</translation>
    </message>
    <message>
        <source>Liaison Desktop closed before these meetings were saved. Restore them to go on editing where you stopped, or discard the unsaved changes.</source>
        <translation>ये बैठकें सहेजे जाने से पहले लायज़न डेस्कटॉप बंद हो गया था। जहाँ छोड़ा था वहीं से संपादन जारी रखने के लिए इन्हें पुनः प्राप्त करें, या बिना सहेजे परिवर्तन छोड़ दें।</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>बैठक की तिथि</translation>
    </message>
    <message>
        <source>Autosaved at</source>
        <translation>स्वतः सहेजने का समय</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनः प्राप्त करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>बाद में तय करें</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>कभी सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>changes not saved</source>
        <translation>परिवर्तन सहेजे नहीं गए</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>बिना सहेजे परिवर्तन छोड़ें</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of {count} meeting(s)? They cannot be recovered afterwards.</source>
        <translation>{count} बैठक(कों) के बिना सहेजे परिवर्तन छोड़ दें? बाद में इन्हें पुनः प्राप्त नहीं किया जा सकेगा।</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>बनाने की तिथि</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>बैठकें</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>अंतिम बैठक</translation>
    </message>
    <message>
        <source>Replace the current database with this backup (the current database is kept as a separate file)</source>
        <translation>वर्तमान डेटाबेस के स्थान पर यह बैकअप रखें (वर्तमान डेटाबेस अलग फ़ाइल के रूप में सुरक्षित रहेगा)</translation>
    </message>
    <message>
        <source>Other backup file…</source>
        <translation>अन्य बैकअप फ़ाइल…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>बैकअप फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>बैकअप (*.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>No backup found. Choose a backup file.</source>
        <translation>कोई बैकअप नहीं मिला। बैकअप फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Checked: the backup is sound.</source>
        <translation>जाँच पूर्ण: बैकअप सही है।</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action item</source>
        <translation>कार्य बिंदु</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>किस बैठक में</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>वर्तमान स्थिति</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>&amp;3 Review of earlier items (%1)</source>
        <translation>&amp;3 पिछले बिंदुओं की समीक्षा (%1)</translation>
    </message>
    <message>
        <source>Keys on a row: 1 open, 2 in progress, 3 done, 4 dropped; type in the remark column to write the remark.</source>
        <translation>पंक्ति पर कुंजियाँ: 1 लंबित, 2 प्रगति पर, 3 पूर्ण, 4 समाप्त; टिप्पणी स्तंभ में सीधे टिप्पणी लिखें।</translation>
    </message>
    <message>
        <source>Leave out of this review</source>
        <translation>इस समीक्षा से हटाएँ</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Type in the search box above (Ctrl+K) what to look for.</source>
        <translation>ऊपर के खोज बॉक्स (Ctrl+K) में लिखें कि क्या खोजना है।</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words, or clear the filters.</source>
        <translation>कुछ नहीं मिला। कम या अन्य शब्द आज़माएँ, या फ़िल्टर हटाएँ।</translation>
    </message>
    <message>
        <source>%1 result(s), best first.</source>
        <translation>%1 परिणाम, सबसे उपयुक्त पहले।</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>पहले %1 दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>Many records match: only the %1 most recent were ranked. Add words or filters to narrow the search.</source>
        <translation>बहुत से अभिलेख मेल खाते हैं: केवल सबसे नए %1 को क्रमित किया गया। खोज सीमित करने के लिए शब्द या फ़िल्टर जोड़ें।</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>शृंखला</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Show more results</source>
        <translation>और परिणाम दिखाएँ</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Office profile and letterhead</source>
        <translation>कार्यालय विवरण एवं पत्र-शीर्ष</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>कार्यालय का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>नाम (अंग्रेज़ी में)</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>जनपद (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Letterhead lines</source>
        <translation>पत्र-शीर्ष की पंक्तियाँ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>दूरभाष (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ई-मेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reference number prefix</source>
        <translation>पत्रांक उपसर्ग (&amp;R)</translation>
    </message>
    <message>
        <source>Language of d&amp;ocuments</source>
        <translation>दस्तावेज़ों की भाषा (&amp;O)</translation>
    </message>
    <message>
        <source>Your na&amp;me (for the audit log)</source>
        <translation>आपका नाम (लेखा-परीक्षा लॉग हेतु) (&amp;M)</translation>
    </message>
    <message>
        <source>Bac&amp;kup folder</source>
        <translation>बैकअप फ़ोल्डर (&amp;K)</translation>
    </message>
    <message>
        <source>A new database file is used from the next start. The interface language changes when the settings are saved.</source>
        <translation>नई डेटाबेस फ़ाइल अगली बार शुरू करने पर काम में आती है। प्रोग्राम की भाषा &quot;सेटिंग्स सहेजें&quot; दबाने पर बदलती है।</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>प्रोग्राम की भाषा (&amp;I)</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>डेटाबेस फ़ाइल (&amp;B)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>परिवर्तन रद्द करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिंग्स सहेजें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Daily backups are written to: %1</source>
        <translation>दैनिक बैकअप यहाँ बनते हैं: %1</translation>
    </message>
    <message>
        <source>Last automatic backup: %1</source>
        <translation>अंतिम स्वचालित बैकअप: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेज ली गईं।</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>Open the database “%1” now? Otherwise it is used from the next start.</source>
        <translation>डेटाबेस “%1” अभी खोलें? अन्यथा यह अगली बार प्रोग्राम खुलने पर उपयोग होगा।</translation>
    </message>
    <message>
        <source>Liaison database (*.sqlite3)</source>
        <translation>लायज़न डेटाबेस (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>बैकअप फ़ोल्डर</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Record signature</source>
        <translation>हस्ताक्षर दर्ज करें</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>हस्ताक्षर की तिथि (&amp;O)</translation>
    </message>
    <message>
        <source>Who signed (as it should print):</source>
        <translation>किसने हस्ताक्षर किए (जैसा छपेगा):</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>कार्य प्रगति पर…</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>घंटा:मिनट</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to Liaison Desktop</source>
        <translation>लायज़न डेस्कटॉप में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Record police–public liaison meetings, follow every decision until it is done, and print minutes for signature. How would you like to begin?</source>
        <translation>पुलिस–जन संपर्क बैठकों का अभिलेख रखें, प्रत्येक निर्णय के पूर्ण होने तक उस पर नज़र रखें और हस्ताक्षर हेतु कार्यवृत्त मुद्रित करें। आप कैसे शुरू करना चाहेंगे?</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>मेरा कार्यालय स्थापित करें</translation>
    </message>
    <message>
        <source>Enter the office name, letterhead details and your police stations. Meeting series are created for you.</source>
        <translation>कार्यालय का नाम, पत्र-शीर्ष का विवरण और अपने थाने दर्ज करें। बैठक शृंखलाएँ स्वतः बन जाएँगी।</translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation>डेमो डेटा खोलें</translation>
    </message>
    <message>
        <source>Try the program with a sample Kanpur office: stations, people, six months of meetings and action items. Kept in a separate file; your own data is not touched.</source>
        <translation>कानपुर के एक नमूना कार्यालय के साथ प्रोग्राम आज़माएँ: थाने, व्यक्ति, छह माह की बैठकें और कार्य बिंदु। यह अलग फ़ाइल में रहता है; आपका अपना डेटा अप्रभावित रहता है।</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Preparing the demo data</source>
        <translation>डेमो डेटा तैयार हो रहा है</translation>
    </message>
</context>
</TS>
