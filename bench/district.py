"""A large synthetic district over ten years, for benchmarks: deterministic from a seed.

50 police stations with their monthly meetings (~6,000), a quarterly review series (~40 meetings),
~150,000 action items with review histories, ~300,000 attendance rows, realistic Hindi text built
from phrase banks. Rows are bulk-inserted through the Peewee models (the services' per-save
validation and audit would only measure themselves here); the schema is the application's own.

    python -m bench.district OUT.sqlite3 [--seed 7] [--years 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from liaison_desktop.core.dates import add_months
from liaison_desktop.core.db import open_database
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Appointment,
    Attendance,
    CopyRecipient,
    Meeting,
    MeetingSeries,
    OfficeProfile,
    Person,
    Place,
    PlaceLink,
)

REAL_STATIONS = (
    "कोतवाली",
    "कलक्टरगंज",
    "स्वरूप नगर",
    "कल्याणपुर",
    "चकेरी",
    "गोविंद नगर",
    "बाबूपुरवा",
    "बिठूर",
    "नज़ीराबाद",
    "रावतपुर",
    "नौबस्ता",
    "बर्रा",
    "किदवई नगर",
    "फ़ज़लगंज",
    "हरबंस मोहाल",
    "अनवरगंज",
    "चमनगंज",
    "बजरिया",
    "फ़ीलखाना",
    "ग्वालटोली",
    "काकादेव",
    "पनकी",
    "अर्मापुर",
    "सचेंडी",
    "महाराजपुर",
    "घाटमपुर",
    "बिल्हौर",
    "शिवराजपुर",
    "चौबेपुर",
    "नवाबगंज",
    "रेलबाज़ार",
    "जूही",
    "सीसामऊ",
    "कर्नलगंज",
    "बेकनगंज",
    "मूलगंज",
    "हनुमंत विहार",
    "गुजैनी",
    "यशोदा नगर",
    "श्याम नगर",
    "रामादेवी",
    "जाजमऊ",
    "अहिरवां",
    "मंधना",
    "रूरा",
    "साढ़",
    "बिधनू",
    "नरवल",
    "सजेती",
    "ककवन",
)
FIRST_NAMES = (
    "राजेश",
    "अनिल",
    "सुनीता",
    "मीना",
    "विनोद",
    "पूनम",
    "दिनेश",
    "आशा",
    "संजय",
    "ज्योति",
    "हरिओम",
    "रेखा",
    "अख़्तर",
    "कमला",
    "विजय",
    "सरोज",
    "अशोक",
    "प्रदीप",
    "रविंद्र",
    "कृष्ण",
    "उमेश",
    "श्रद्धा",
    "क्षितिज",
    "सविता",
    "रमेश",
    "शैलेंद्र",
    "इंद्रजीत",
    "प्रवीण",
    "धर्मेंद्र",
    "फ़ातिमा",
    "गुरमीत",
)
SURNAMES = (
    "कुमार",
    "सिंह",
    "यादव",
    "मिश्र",
    "त्रिपाठी",
    "द्विवेदी",
    "शुक्ल",
    "श्रीवास्तव",
    "गुप्ता",
    "पांडेय",
    "अवस्थी",
    "बाजपेयी",
    "दीक्षित",
    "कटियार",
    "सचान",
    "निषाद",
    "सोनकर",
    "कुशवाहा",
    "हुसैन",
    "क़ादिर",
)
TOPICS = (
    ("सूखे नशे का गिरोह", "drugs"),
    ("स्मैक की बिक्री", "drugs"),
    ("नशे में बच्चों की संलिप्तता", "drugs"),
    ("बाज़ार में जाम", "traffic"),
    ("ई-रिक्शा की अव्यवस्था", "traffic"),
    ("अवैध पार्किंग", "traffic"),
    ("त्योहारों पर शांति व्यवस्था", "law_order"),
    ("रात्रि गश्त", "law_order"),
    ("चेन स्नैचिंग", "law_order"),
    ("स्ट्रीट लाइट", "civic"),
    ("नाली की सफ़ाई", "civic"),
    ("फ़ुटपाथ अतिक्रमण", "civic"),
    ("साइबर ठगी", "other"),
    ("महिला हेल्प डेस्क", "law_order"),
    ("वरिष्ठ नागरिकों की सुरक्षा", "other"),
)
PLACES_IN_AREA = (
    "मुख्य बाज़ार",
    "रेलवे स्टेशन रोड",
    "इंटर कॉलेज के पास",
    "पार्क के सामने",
    "गली नं. ४",
    "सब्ज़ी मंडी",
    "बस अड्डा",
    "मंदिर मार्ग",
    "मस्जिद के पास",
    "कोचिंग क्षेत्र",
    "औद्योगिक क्षेत्र",
    "नहर पटरी",
)
DISCUSSION = (
    "{who} ने बताया कि {place} पर {topic} की समस्या लगातार बनी हुई है।",
    "क्षेत्र के संभ्रांत नागरिकों ने {topic} के संबंध में पुलिस को सुझाव दिए।",
    "थाना प्रभारी ने अवगत कराया कि {topic} पर पिछली बैठक के बाद कार्यवाही की गई है।",
    "पार्षद ने {place} में {topic} से महिलाओं और बच्चों को हो रही असुविधा का उल्लेख किया।",
    "मंडल अध्यक्ष ने कहा कि कार्यकर्ता {topic} की सूचना गोपनीय रूप से पुलिस को देंगे।",
    "चर्चा में यह तथ्य सामने आया कि {place} पर शाम के समय स्थिति अधिक गंभीर होती है।",
)
DECISIONS = (
    "{place} पर {topic} के विरुद्ध विशेष अभियान चलाया जाएगा।",
    "{topic} के संबंध में संबंधित विभाग को पत्र भेजा जाएगा।",
    "अगली बैठक में {topic} पर प्रगति की समीक्षा की जाएगी।",
)
ACTIONS = (
    "{place} पर {topic} रोकने हेतु गश्त बढ़ाना",
    "{topic} के संबंध में नगर निगम को पत्र भेजना",
    "{topic} से जुड़े लोगों की पहचान कर कार्यवाही करना",
    "{place} पर {topic} के लिए जागरूकता शिविर लगाना",
    "{topic} पर साप्ताहिक रिपोर्ट कार्यालय को भेजना",
)
BODIES = ("थाना पुलिस", "यातायात पुलिस", "नगर निगम", "विद्युत विभाग", "मंडल कार्यकर्ता")
REMARKS = {
    "open": "कार्यवाही प्रतीक्षित",
    "in_progress": "कार्यवाही प्रगति पर",
    "done": "कार्य पूर्ण",
    "dropped": "अन्य विभाग को हस्तांतरित",
}
BATCH = 2_000


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _batched(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _uniform(model: type, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every row the same keys: `insert_many` takes its columns from the first row only, so
    a key that the first row lacks (a quarterly series' station, an open item's closing date)
    would be dropped from every row after it."""
    keys = {key for row in rows for key in row}
    fields = model._meta.fields
    missing = {key: _default(fields[key]) for key in keys if any(key not in row for row in rows)}
    return [{**missing, **row} for row in rows] if missing else rows


def _default(field: Any) -> Any:
    return field.default() if callable(field.default) else field.default


class DistrictGenerator:
    def __init__(
        self,
        seed: int = 7,
        years: int = 10,
        stations: int = 50,
        actions_per_meeting: int = 25,
        attendees_per_meeting: int = 50,
    ) -> None:
        self.rng = random.Random(seed)
        self.years = years
        self.station_count = stations
        self.actions_per_meeting = actions_per_meeting
        self.attendees_per_meeting = attendees_per_meeting
        self.end = dt.date(2025, 12, 31)
        self.start = dt.date(self.end.year - years + 1, 1, 1)
        self.created = dt.datetime(2025, 12, 31, 18, 0)

    def text(self, templates: tuple[str, ...], topic: str) -> str:
        who = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
        return self.rng.choice(templates).format(
            who=who, topic=topic, place=self.rng.choice(PLACES_IN_AREA)
        )

    def build(self, path: Path) -> dict[str, int]:
        database = open_database(path)
        try:
            with database.atomic():
                counts = self._fill()
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.execute_sql("ANALYZE")
        finally:
            database.close()
        return counts

    def _insert(self, model: type, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows in batches; return their ids in order (SQLite assigns them consecutively)."""
        first = (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1
        for batch in _batched(_uniform(model, rows)):
            model.insert_many(batch).execute()
        return list(range(first, first + len(rows)))

    def _fill(self) -> dict[str, int]:
        rng = self.rng
        OfficeProfile.insert(
            uuid=_uuid(rng),
            name="जिला कार्यालय, कानपुर नगर",
            reference_prefix="KNP/LC",
            updated_at=self.created,
        ).execute()
        names = REAL_STATIONS[: self.station_count]
        station_ids = self._insert(
            Place,
            [
                {
                    "uuid": _uuid(rng),
                    "kind": "station",
                    "name": name,
                    "name_latin": f"Station {i + 1}",
                    "code": f"S{i + 1:02d}",
                }
                for i, name in enumerate(names)
            ],
        )
        mandal_ids = self._insert(
            Place,
            [
                {"uuid": _uuid(rng), "kind": "mandal", "name": f"{names[i * 2]} मंडल"}
                for i in range(len(names) // 2)
            ],
        )
        ward_ids = self._insert(
            Place,
            [
                {"uuid": _uuid(rng), "kind": "ward", "name": f"वार्ड {n + 1}", "code": str(n + 1)}
                for n in range(len(names) * 2)
            ],
        )
        self._insert(
            PlaceLink,
            [
                {"uuid": _uuid(rng), "child": ward, "parent": parent}
                for n, ward in enumerate(ward_ids)
                for parent in (station_ids[n // 2], mandal_ids[(n // 2) % len(mandal_ids)])
            ],
        )
        people = [
            {
                "uuid": _uuid(rng),
                "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                "organisation": rng.choice(("police", "elected", "party", "citizen")),
                "mobile": f"9{rng.randint(100000000, 999999999)}",
                "created_at": self.created,
                "updated_at": self.created,
            }
            for _ in range(len(names) * 12)
        ]
        person_ids = self._insert(Person, people)
        self._insert(
            Appointment,
            [
                {
                    "uuid": _uuid(rng),
                    "person": pid,
                    "role": "station_officer",
                    "designation": f"थाना प्रभारी, {names[i % len(names)]}",
                    "place": station_ids[i % len(names)],
                    "start_date": self.start,
                }
                for i, pid in enumerate(person_ids[: len(names)])
            ],
        )

        series = [
            {
                "uuid": _uuid(rng),
                "kind": "quarterly",
                "name": "त्रैमासिक समीक्षा बैठक",
                "code": "QR",
                "cadence_months": 3,
                "start_date": self.start,
            }
        ]
        series += [
            {
                "uuid": _uuid(rng),
                "kind": "monthly_station",
                "name": f"थाना {name} मासिक बैठक",
                "code": f"S{i + 1:02d}",
                "station": station_ids[i],
                "cadence_months": 1,
                "start_date": self.start,
            }
            for i, name in enumerate(names)
        ]
        series_ids = self._insert(MeetingSeries, series)

        meetings: list[dict[str, Any]] = []
        month = self.start
        while month <= self.end:
            if (month.month - 1) % 3 == 0:
                meetings.append(self._meeting(series_ids[0], "त्रैमासिक समीक्षा बैठक", month, None))
            for i, name in enumerate(names):
                if rng.random() < 0.97:  # a few months are missed
                    meetings.append(
                        self._meeting(
                            series_ids[i + 1], f"थाना {name} मासिक बैठक", month, station_ids[i]
                        )
                    )
            month = add_months(month, 1)
        meetings.sort(key=lambda m: m["meeting_date"])
        numbers: dict[int, int] = {}
        for meeting in meetings:
            numbers[meeting["series"]] = meeting["number"] = numbers.get(meeting["series"], 0) + 1
        station_of = [m.pop("_station") for m in meetings]
        meeting_ids = self._insert(Meeting, meetings)
        return self._contents(meetings, meeting_ids, station_of, person_ids)

    def _meeting(
        self, series_id: int, title: str, month: dt.date, station: int | None
    ) -> dict[str, Any]:
        date = month + dt.timedelta(days=self.rng.randint(3, 25))
        status = (
            "signed" if date < dt.date(2025, 10, 1) else ("final" if date.month < 12 else "draft")
        )
        return {
            "uuid": _uuid(self.rng),
            "series": series_id,
            "number": 0,
            "title": f"{title} — {date:%d-%m-%Y}",
            "meeting_date": date,
            "venue": "सभाकक्ष",
            "chair_name": "थाना प्रभारी",
            "language": "hi",
            "status": status,
            "created_at": self.created,
            "updated_at": self.created,
            "_station": station,
        }

    def _contents(
        self,
        meetings: list[dict[str, Any]],
        meeting_ids: list[int],
        station_of: list[int | None],
        person_ids: list[int],
    ) -> dict[str, int]:
        rng = self.rng
        attendance, agenda, copy_to = [], [], []
        for mid in meeting_ids:
            for position in range(self.attendees_per_meeting):
                pid = rng.choice(person_ids)
                attendance.append(
                    {
                        "uuid": _uuid(rng),
                        "meeting": mid,
                        "person": pid,
                        "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                        "designation": rng.choice(("पार्षद", "मंडल अध्यक्ष", "संभ्रांत नागरिक")),
                        "status": "present" if rng.random() < 0.85 else "absent",
                        "position": position,
                    }
                )
            copy_to.append(
                {"uuid": _uuid(rng), "meeting": mid, "position": 0, "recipient": "पुलिस आयुक्त"}
            )
        self._insert(Attendance, attendance)
        self._insert(CopyRecipient, copy_to)
        agenda_topics: list[
            tuple[int, int, str, str]
        ] = []  # (meeting index, agenda id, topic, category)
        for index, mid in enumerate(meeting_ids):
            for position, (topic, category) in enumerate(rng.sample(TOPICS, 4)):
                discussion = " ".join(self.text(DISCUSSION, topic) for _ in range(3))
                agenda.append(
                    {
                        "uuid": _uuid(rng),
                        "meeting": mid,
                        "position": position,
                        "title": topic,
                        "discussion": discussion,
                        "decision": self.text(DECISIONS, topic),
                    }
                )
                agenda_topics.append((index, 0, topic, category))
        agenda_ids = self._insert(AgendaItem, agenda)
        actions: list[dict[str, Any]] = []
        for (index, _, topic, category), agenda_id in zip(agenda_topics, agenda_ids, strict=True):
            date = meetings[index]["meeting_date"]
            for position in range(
                self.actions_per_meeting // 4 + (1 if rng.random() < 0.25 else 0)
            ):
                actions.append(
                    {
                        "uuid": _uuid(rng),
                        "origin_meeting": meeting_ids[index],
                        "agenda_item": agenda_id,
                        "position": position,
                        "description": self.text(ACTIONS, topic),
                        "category": category,
                        "place": station_of[index],
                        "responsible_body": rng.choice(BODIES),
                        "due_date": date + dt.timedelta(days=rng.choice((15, 30, 45, 60))),
                        "status": "open",
                        "created_at": self.created,
                        "updated_at": self.created,
                        "_meeting_index": index,
                    }
                )
        reviews = self._reviews(actions, meetings, meeting_ids)
        for row in actions:
            row.pop("_meeting_index")
        action_ids = self._insert(ActionItem, actions)
        for review in reviews:
            review["action"] = action_ids[review.pop("_action_index")]
        self._insert(ActionReview, reviews)
        return {
            "meetings": len(meeting_ids),
            "attendance": len(attendance),
            "agenda_items": len(agenda),
            "action_items": len(actions),
            "reviews": len(reviews),
        }

    def _reviews(
        self, actions: list[dict[str, Any]], meetings: list[dict[str, Any]], meeting_ids: list[int]
    ) -> list[dict[str, Any]]:
        """Each item is reviewed at the next meetings of its series until it closes."""
        rng = self.rng
        later: dict[int, list[int]] = {}
        by_series: dict[int, list[int]] = {}
        for index, meeting in enumerate(meetings):
            by_series.setdefault(meeting["series"], []).append(index)
        for indexes in by_series.values():
            for n, index in enumerate(indexes):
                later[index] = indexes[n + 1 : n + 5]
        reviews = []
        for a_index, action in enumerate(actions):
            for position, m_index in enumerate(later[action["_meeting_index"]]):
                status = rng.choices(("open", "in_progress", "done", "dropped"), (2, 3, 4, 1))[0]
                reviews.append(
                    {
                        "uuid": _uuid(rng),
                        "_action_index": a_index,
                        "meeting": meeting_ids[m_index],
                        "status": status,
                        "remark": REMARKS[status],
                        "position": position,
                    }
                )
                action["status"] = status
                if status in ("done", "dropped"):
                    action["closed_on"] = meetings[m_index]["meeting_date"]
                    action["closing_remark"] = REMARKS[status]
                    break
        return reviews


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists; choose a new file")
    started = time.perf_counter()
    counts = DistrictGenerator(args.seed, args.years).build(args.out)
    print({**counts, "seconds": round(time.perf_counter() - started, 1)})


if __name__ == "__main__":
    main()
