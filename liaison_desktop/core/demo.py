"""A believable Kanpur district data set for trying the application (``liaison demo``).

Real police-station names, invented people. Dates are placed relative to "today" (the services'
clock) so that the dashboard shows what a real office would: stations that have not met this
month, this month's minutes still in draft, an upcoming quarterly review, action items overdue and
not yet due. The data set has the same shape whatever day it is built on — the 1st or the last of a
month, 29 February, New Year's Eve: every random draw is made whatever the date, and what depends on
the date (the day a meeting falls on, how a due date relates to today) is derived from the draws
afterwards. ``tests/core/test_demo_dates.py`` holds it to that.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from liaison_desktop.core.dates import add_months
from liaison_desktop.core.models import Meeting, MeetingSeries, Person, Place
from liaison_desktop.core.records import ActionLine, AgendaLine, AttendanceLine, MeetingDraft
from liaison_desktop.core.services import Services

STATIONS = (
    ("कोतवाली", "Kotwali", "KTW"),
    ("कलक्टरगंज", "Collectorganj", "CLG"),
    ("स्वरूप नगर", "Swaroop Nagar", "SWN"),
    ("कल्याणपुर", "Kalyanpur", "KLP"),
    ("चकेरी", "Chakeri", "CKR"),
    ("गोविंद नगर", "Govind Nagar", "GVN"),
    ("बाबूपुरवा", "Babupurwa", "BBP"),
    ("बिठूर", "Bithoor", "BTR"),
    ("नज़ीराबाद", "Nazirabad", "NZB"),
    ("रावतपुर", "Rawatpur", "RWP"),
)
MANDALS = (
    ("कोतवाली मंडल", "Kotwali Mandal"),
    ("चकेरी मंडल", "Chakeri Mandal"),
    ("कल्याणपुर मंडल", "Kalyanpur Mandal"),
    ("गोविंद नगर मंडल", "Govind Nagar Mandal"),
    ("बिठूर मंडल", "Bithoor Mandal"),
)
# Invented names: (Devanagari, Latin)
OFFICERS = (
    ("राजेश कुमार सिंह", "Rajesh Kumar Singh"),
    ("अनिल प्रताप यादव", "Anil Pratap Yadav"),
    ("सुरेंद्र पाल", "Surendra Pal"),
    ("विनोद कुमार मिश्र", "Vinod Kumar Mishra"),
    ("धर्मेंद्र सिंह चौहान", "Dharmendra Singh Chauhan"),
    ("मनोज कुमार त्रिपाठी", "Manoj Kumar Tripathi"),
    ("इंद्रजीत सिंह", "Inderjeet Singh"),
    ("प्रवीण कुमार शुक्ल", "Praveen Kumar Shukla"),
    ("शैलेंद्र द्विवेदी", "Shailendra Dwivedi"),
    ("अजय क्षेत्रपाल", "Ajay Kshetrapal"),
    ("नरेंद्र श्रीवास्तव", "Narendra Srivastava"),
)
COUNCILLORS = (
    ("सुनीता देवी", "Sunita Devi"),
    ("रामकिशोर गुप्ता", "Ramkishor Gupta"),
    ("मीना त्रिवेदी", "Meena Trivedi"),
    ("मोहम्मद इरफ़ान", "Mohammad Irfan"),
    ("पूनम सचान", "Poonam Sachan"),
    ("दिनेश कटियार", "Dinesh Katiyar"),
    ("आशा बाजपेयी", "Asha Bajpai"),
    ("संजय निषाद", "Sanjay Nishad"),
    ("ज्योति द्विवेदी", "Jyoti Dwivedi"),
    ("हरिओम पांडेय", "Hariom Pandey"),
    ("रेखा सोनकर", "Rekha Sonkar"),
    ("अख़्तर हुसैन", "Akhtar Hussain"),
    ("कमला शर्मा", "Kamla Sharma"),
    ("विजय अग्निहोत्री", "Vijay Agnihotri"),
    ("सरोज कुशवाहा", "Saroj Kushwaha"),
)
MANDAL_PRESIDENTS = (
    ("अशोक मिश्र", "Ashok Mishra"),
    ("प्रदीप श्रीवास्तव", "Pradeep Srivastava"),
    ("रविंद्र सिंह भदौरिया", "Ravindra Singh Bhadauria"),
    ("कृष्ण कुमार दीक्षित", "Krishna Kumar Dixit"),
    ("उमेश चंद्र पाल", "Umesh Chandra Pal"),
)
CITIZENS = (
    ("डॉ. श्रद्धा अवस्थी", "Dr Shraddha Awasthi", "सेवानिवृत्त प्रधानाचार्या"),
    ("हाजी अब्दुल क़ादिर", "Haji Abdul Qadir", "व्यापार मंडल अध्यक्ष"),
    ("गुरमीत सिंह", "Gurmeet Singh", "गुरुद्वारा प्रबंधक समिति"),
    ("प्रो. क्षितिज त्रिपाठी", "Prof Kshitij Tripathi", "सेवानिवृत्त प्राध्यापक"),
    ("सविता कनौजिया", "Savita Kanaujia", "महिला मंगल दल"),
    ("रमेश चंद्र जैन", "Ramesh Chandra Jain", "वरिष्ठ नागरिक"),
)

AGENDA_BANK = (
    (
        "सूखे नशे के गिरोह पर कार्यवाही",
        "क्षेत्र में सूखे नशे (स्मैक, गांजा) का एक गिरोह सक्रिय है जो छोटे बच्चों को शामिल कर रहा है। "
        "पार्षद ने बताया कि स्कूल के पास शाम को संदिग्ध लोग दिखते हैं।",
        "थाना प्रभारी गिरोह की पहचान कर कार्यवाही करेंगे; कार्यकर्ता सूचना गोपनीय रूप से देंगे।",
        "drugs",
        "गिरोह की पहचान कर पर्दाफ़ाश करना तथा स्कूलों के पास गश्त बढ़ाना",
    ),
    (
        "मुख्य बाज़ार में जाम की समस्या",
        "शाम 5 से 8 बजे तक मुख्य बाज़ार में भारी जाम रहता है। ई-रिक्शा और अवैध पार्किंग मुख्य कारण हैं।",
        "यातायात पुलिस के साथ मिलकर वन-वे व्यवस्था का प्रस्ताव बनेगा; पार्षद सुझाव देंगे।",
        "traffic",
        "ई-रिक्शा स्टैंड चिह्नित करना और अवैध पार्किंग हटाना",
    ),
    (
        "त्योहारों में शांति व्यवस्था",
        "आगामी त्योहारों पर जुलूस मार्गों की समीक्षा की गई। संवेदनशील स्थानों पर अतिरिक्त बल की आवश्यकता बताई गई।",
        "शांति समिति की बैठक त्योहार से एक सप्ताह पूर्व होगी; CCTV कैमरे जाँचे जाएँगे।",
        "law_order",
        "जुलूस मार्ग के सभी CCTV कैमरों की जाँच और मरम्मत",
    ),
    (
        "स्ट्रीट लाइट और अंधेरे स्थान",
        "पार्क और गली नं. ४ में स्ट्रीट लाइट ख़राब होने से शाम को महिलाओं को असुविधा होती है।",
        "नगर निगम को पत्र भेजा जाएगा; तब तक पुलिस गश्त बढ़ाएगी।",
        "civic",
        "नगर निगम को स्ट्रीट लाइट ठीक कराने हेतु पत्र भेजना",
    ),
    (
        "महिला सुरक्षा और एंटी रोमियो दल",
        "कोचिंग संस्थानों के पास छेड़छाड़ की शिकायतें आई हैं। संभ्रांत नागरिकों ने महिला हेल्प डेस्क का सुझाव दिया।",
        "कोचिंग समय में एंटी रोमियो दल की नियमित गश्त होगी।",
        "law_order",
        "कोचिंग क्षेत्रों में एंटी रोमियो दल की गश्त का रोस्टर बनाना",
    ),
    (
        "साइबर ठगी के प्रति जागरूकता",
        "वरिष्ठ नागरिकों के साथ ऑनलाइन ठगी के मामले बढ़े हैं। हेल्पलाइन 1930 की जानकारी कम लोगों को है।",
        "वार्डों में जागरूकता शिविर लगाए जाएँगे।",
        "other",
        "प्रत्येक वार्ड में साइबर जागरूकता शिविर आयोजित करना",
    ),
    (
        "अतिक्रमण और फ़ुटपाथ",
        "स्टेशन रोड के फ़ुटपाथ पर अतिक्रमण से पैदल यात्रियों को सड़क पर चलना पड़ता है।",
        "नगर निगम के प्रवर्तन दल के साथ संयुक्त अभियान चलेगा।",
        "civic",
        "नगर निगम के साथ संयुक्त अतिक्रमण हटाओ अभियान",
    ),
)
BODIES = ("यातायात पुलिस", "नगर निगम", "थाना पुलिस", "मंडल कार्यकर्ता", "विद्युत विभाग")
REVIEW_REMARKS = {
    "open": ("कार्यवाही अभी शुरू नहीं हुई", "पत्र भेजा गया, उत्तर प्रतीक्षित"),
    "in_progress": ("कार्यवाही प्रगति पर है", "आधा कार्य पूर्ण, शेष अगले माह तक"),
    "done": ("कार्य पूर्ण हुआ", "गिरोह के तीन सदस्य गिरफ़्तार", "समस्या का समाधान हो गया"),
    "dropped": ("अन्य विभाग को हस्तांतरित", "आवश्यकता नहीं रही"),
}


# Where a meeting stands when the demo is built: this month's minutes are drafts, last month's are
# final (awaiting signature), older ones are signed.
DRAFT, FINAL, SIGNED = "draft", "final", "signed"
HISTORY_MONTHS = 6  # monthly station meetings in the six months before this one, and this one
QUARTERLY_MEETINGS = 5
OVERDUE_STATION = 8  # Nazirabad: met neither this month nor last
# The last quarterly review was held this many days less than three months ago, so the next one is
# always due soon, never overdue.
QUARTERLY_DUE_IN_DAYS = 12
# The share of action items from earlier months whose due date has passed (the rest were given
# time beyond today).
LATE_SHARE = {FINAL: 0.5, SIGNED: 0.85}


@dataclass
class DemoSummary:
    places: int
    people: int
    series: int
    meetings: int
    actions: int


def build_demo(services: Services, seed: int = 2024) -> DemoSummary:
    """Fill an empty database with the demo data set, relative to the services' today; one
    transaction."""
    rng = random.Random(seed)
    today = services.ctx.today()
    with services.ctx.atomic():
        builder = _DemoBuilder(services, rng, today)
        builder.build()
    return DemoSummary(
        places=Place.select().count(),
        people=Person.select().count(),
        series=MeetingSeries.select().count(),
        meetings=len(builder.stages),
        actions=builder.action_count,
    )


class _DemoBuilder:
    def __init__(self, services: Services, rng: random.Random, today: dt.date) -> None:
        self.s = services
        self.rng = rng
        self.today = today
        self.this_month = today.replace(day=1)
        self.start = add_months(self.this_month, -HISTORY_MONTHS)
        self.stages: dict[int, str] = {}  # meeting id -> DRAFT / FINAL / SIGNED
        self.action_count = 0

    def build(self) -> None:
        self._office()
        stations = self._places()
        people = self._people(stations)
        self._quarterly_series(people)
        for index, station in enumerate(stations):
            self._station_series(station, index)
        self._lifecycle()

    def _lifecycle(self) -> None:
        """Meetings in every state, as an office would have them: older minutes signed, last
        month's made final and awaiting signature, this month's still drafts; one correction."""
        lifecycle = self.s.lifecycle
        first_signed = None
        for meeting in Meeting.select().order_by(Meeting.meeting_date, Meeting.id):
            stage = self.stages[meeting.id]
            if stage == DRAFT:
                continue
            lifecycle.finalise(meeting.id)
            if stage == SIGNED:
                signed_on = min(meeting.meeting_date + dt.timedelta(days=3), self.today)
                lifecycle.sign(meeting.id, signed_on, lifecycle.default_signatories(meeting.id))
                first_signed = first_signed or meeting
        if first_signed is not None:
            draft = lifecycle.amend(
                first_signed.id, "अध्यक्ष के निर्देश पर निर्णय बिंदु 1 में समय-सीमा का संशोधन"
            )
            draft.agenda[0].decision += " (संशोधित: कार्यवाही 15 दिन में पूर्ण होगी)"
            self.s.meetings.save(draft)
            lifecycle.finalise(draft.id)

    def _office(self) -> None:
        self.s.office.save_profile(
            name="जिला कार्यालय, कानपुर नगर",
            name_en="District Office, Kanpur Nagar",
            district="कानपुर नगर",
            letterhead="पुलिस–जन संपर्क समन्वय प्रकोष्ठ\nसिविल लाइंस, कानपुर नगर – 208001",
            address="सिविल लाइंस, कानपुर नगर",
            phone="0512-2300000",
            reference_prefix="KNP/LC",
            default_language="hi",
        )

    def _places(self) -> list[Place]:
        d = self.s.directory
        stations = [
            d.create_place("station", name, name_latin=latin, code=code)
            for name, latin, code in STATIONS
        ]
        mandals = [d.create_place("mandal", name, name_latin=latin) for name, latin in MANDALS]
        ward_no = 1
        for index, station in enumerate(stations):
            for _ in range(2 if index % 3 else 1):
                ward = d.create_place(
                    "ward", f"वार्ड {ward_no}", name_latin=f"Ward {ward_no}", code=str(ward_no)
                )
                d.link(ward.id, station.id)
                d.link(ward.id, mandals[index % len(mandals)].id)
                ward_no += 1
        return stations

    def _people(self, stations: list[Place]) -> dict[str, Person]:
        d = self.s.directory
        long_ago = dt.date(self.start.year - 2, 4, 1)
        people: dict[str, Person] = {}

        def person(key: str, name: str, latin: str, organisation: str) -> Person:
            mobile = f"9{self.rng.randint(100000000, 999999999)}"
            people[key] = d.create_person(
                name, name_latin=latin, organisation=organisation, mobile=mobile
            )
            return people[key]

        mp = person("mp", "रमेश चंद्र अवस्थी", "Ramesh Chandra Awasthi", "elected")
        d.appoint(mp.id, "mp", long_ago, designation="सांसद, कानपुर")
        dp = person("district_president", "दीपक कुमार मिश्र", "Deepak Kumar Mishra", "party")
        d.appoint(dp.id, "district_president", long_ago, designation="जिलाध्यक्ष")
        cp = person("commissioner", "अखिल कुमार द्विवेदी", "Akhil Kumar Dwivedi", "police")
        d.appoint(cp.id, "police_commissioner", long_ago, designation="पुलिस आयुक्त, कानपुर नगर")
        dcp = person("dcp", "श्वेता श्रीवास्तव", "Shweta Srivastava", "police")
        d.appoint(dcp.id, "dcp", long_ago, designation="पुलिस उपायुक्त (पूर्वी)")
        clerk = person("clerk", "नीरज कुमार वर्मा", "Neeraj Kumar Verma", "administration")
        d.appoint(clerk.id, "office_staff", long_ago, designation="कार्यालय सहायक")

        for index, station in enumerate(stations):
            name, latin = OFFICERS[index]
            officer = person(f"officer_{index}", name, latin, "police")
            d.appoint(
                officer.id,
                "station_officer",
                long_ago,
                place_ref=station.id,
                designation=f"थाना प्रभारी, {station.name}",
            )
        # A transfer half-way through the history: Chakeri gets a new station officer.
        name, latin = OFFICERS[-1]
        successor = person("officer_transfer", name, latin, "police")
        chakeri = next(s for s in stations if s.name_latin == "Chakeri")
        d.appoint(
            successor.id,
            "station_officer",
            add_months(self.start, 3),
            place_ref=chakeri.id,
            designation="थाना प्रभारी, चकेरी",
            end_previous=True,
        )

        wards = d.places("ward")
        for index, ward in enumerate(wards):
            name, latin = COUNCILLORS[index % len(COUNCILLORS)]
            councillor = person(f"councillor_{index}", name, latin, "elected")
            d.appoint(
                councillor.id,
                "councillor",
                long_ago,
                place_ref=ward.id,
                designation=f"पार्षद, {ward.name}",
            )
        for index, mandal in enumerate(d.places("mandal")):
            name, latin = MANDAL_PRESIDENTS[index]
            president = person(f"mandal_{index}", name, latin, "party")
            d.appoint(
                president.id,
                "mandal_president",
                long_ago,
                place_ref=mandal.id,
                designation=f"मंडल अध्यक्ष, {mandal.name}",
            )
        for index, (name, latin, title) in enumerate(CITIZENS):
            citizen = person(f"citizen_{index}", name, latin, "citizen")
            d.appoint(citizen.id, "respected_citizen", long_ago, designation=title)
        return people

    def _quarterly_series(self, people: dict[str, Person]) -> None:
        last = add_months(self.today, -3) + dt.timedelta(days=QUARTERLY_DUE_IN_DAYS)
        dates = [add_months(last, -3 * n) for n in reversed(range(QUARTERLY_MEETINGS))]
        series = self.s.series.create_series(
            "quarterly",
            "पुलिस आयुक्त के साथ त्रैमासिक समीक्षा बैठक",
            name_en="Quarterly review with the Police Commissioner",
            code="QR",
            venue="पुलिस आयुक्त कार्यालय, सभागार",
            default_chair=people["mp"].id,
            start_date=dates[0].replace(day=1),
        )
        for key in ("citizen_0", "citizen_1", "citizen_3"):
            self.s.series.add_invitee(series.id, people[key].id)
        for date in dates:  # all at least two and a half months ago: signed
            self._meeting(series, date, SIGNED, people, agenda_count=4)

    def _station_series(self, station: Place, index: int) -> None:
        series = self.s.series.create_series(
            "monthly_station",
            f"थाना {station.name} मासिक समन्वय बैठक",
            name_en=f"Monthly meeting, {station.name_latin} police station",
            code=station.code,
            station=station.id,
            venue=f"थाना {station.name}, सभाकक्ष",
            start_date=self.start,
        )
        citizen = CITIZENS[index % len(CITIZENS)][0]
        invitee = Person.get(Person.name == citizen)
        self.s.series.add_invitee(series.id, invitee.id)
        for months_ago in range(HISTORY_MONTHS, -1, -1):
            month = add_months(self.this_month, -months_ago)
            # Some stations skip some months. Half of them have not met yet this month (the
            # dashboard lists them), and one has not met last month either: it is overdue.
            skip = (
                self.rng.random() < 0.18
                or (months_ago == 0 and index % 2 == 0)
                or (months_ago == 1 and index == OVERDUE_STATION)
            )
            when = self.rng.random()
            if months_ago == 0:  # this month, on or before today
                date = month + dt.timedelta(days=int(when * self.today.day))
            else:
                date = month + dt.timedelta(days=3 + int(when * 21))  # the 4th to the 24th
            stage = DRAFT if months_ago == 0 else FINAL if months_ago == 1 else SIGNED
            if not skip:
                self._meeting(series, date, stage, {}, agenda_count=self.rng.randint(2, 3))

    def _meeting(
        self,
        series: MeetingSeries,
        date: dt.date,
        stage: str,
        people: dict[str, Person],
        agenda_count: int,
    ) -> None:
        draft: MeetingDraft = self.s.series.new_meeting(series.id, date)
        draft.start_time = dt.time(11, 0)
        draft.end_time = dt.time(12, 30)
        if not draft.chair_name:
            officer = next(
                (line for line in draft.attendance if "थाना प्रभारी" in line.designation), None
            )
            if officer is not None:
                draft.chair_id, draft.chair_name = officer.person_id, officer.name
                draft.chair_designation = officer.designation
        clerk = Person.get(Person.name_latin == "Neeraj Kumar Verma")
        draft.recorded_by_id, draft.recorded_by_name = clerk.id, clerk.name
        draft.recorded_by_designation = "कार्यालय सहायक"
        for line in draft.attendance:
            chairs = line.person_id is not None and line.person_id == draft.chair_id
            line.status = "present" if chairs or self.rng.random() < 0.85 else "absent"
        if self.rng.random() < 0.5:
            draft.attendance.append(_walk_in(self.rng))
        for review in draft.reviews:
            review.status = self.rng.choices(
                ["open", "in_progress", "done", "dropped"], weights=[3, 4, 5, 1]
            )[0]
            review.remark = self.rng.choice(REVIEW_REMARKS[review.status])
        for title, discussion, decision, category, action in self.rng.sample(
            AGENDA_BANK, agenda_count
        ):
            point = AgendaLine(title=title, discussion=discussion, decision=decision)
            draft.agenda.append(point)
            draft.actions.append(
                ActionLine(
                    description=action,
                    category=category,
                    place_id=series.station_id,
                    responsible_body=self.rng.choice(BODIES),
                    due_date=self._due_date(date, stage),
                    agenda_uuid=point.uuid,
                )
            )
        draft.copy_to = [
            "पुलिस आयुक्त, कानपुर नगर",
            "जिलाध्यक्ष, कानपुर नगर",
            "संबंधित थाना प्रभारी",
        ]
        saved = self.s.meetings.save(draft)
        self.stages[saved.id] = stage
        self.action_count += len(saved.actions)

    def _due_date(self, meeting_date: dt.date, stage: str) -> dt.date:
        """A fortnight to six weeks after the meeting; whether that has passed by today is drawn
        (``LATE_SHARE``), not left to the calendar, and the date is moved to agree with the draw:
        a late item falls due between the meeting and today, one on time after today."""
        due = meeting_date + dt.timedelta(days=self.rng.choice((15, 30, 45)))
        late = self.rng.random() < LATE_SHARE.get(stage, 0.0)
        if late and due >= self.today:
            return meeting_date + (self.today - meeting_date) // 2
        if not late and due < self.today:
            return self.today + (due - meeting_date)
        return due


def _walk_in(rng: random.Random) -> AttendanceLine:
    name = rng.choice(("श्याम बिहारी", "फ़ातिमा बेग़म", "रघुवीर सिंह", "अंकित अग्रवाल"))
    return AttendanceLine(name=name, designation="स्थानीय नागरिक", status="present")
