#!/usr/bin/env python3
"""Generates sample-district.csv: a realistic, made-up district of 50 schools and about 41,000 students.

Deterministic (fixed seed): running it again gives the same file. Standard library only.
Usage: python3 assets/generate_sample_district.py > assets/sample-district.csv
"""
import csv
import random
import sys

random.seed(2015)

LEAID = "0103450"  # 7 characters, leading zero kept; NCES school ids are LEAID + 5 digits
REGIONS = ["North", "South", "East", "West", "Central"]
STREETS = ["Oak Grove", "Riverside", "Cedar Park", "Lincoln", "Washington", "Maple Heights", "Jefferson",
           "Sunset Hills", "Pine Ridge", "Lakeview", "Franklin", "Harbor", "Meadowbrook", "Roosevelt",
           "Willow Creek", "Carver", "Highland", "Brookside", "Madison", "Fairview", "Eastgate", "Westwood",
           "Parkside", "Northgate", "Southfield", "Hillcrest", "Valley View", "Greenwood", "Kennedy",
           "Douglass", "Crestview", "Bayside", "Stonebridge", "Elm Street", "Garfield", "Mountain View",
           "Clearwater", "Ridgeway", "Summit", "Tubman", "Chavez", "King", "Heritage", "Prairie", "Lakeside", "Mission", "Canyon", "Orchard", "Bridgeport",
           "Silver Lake", "Audubon", "Redwood", "Edison"]

# (level, count, enrollment range, grade low, grade high, suffix)
PLAN = [
    ("high", 7, (1500, 2250), "09", "12", "High School"),
    ("6-12", 1, (1050, 1200), "06", "12", "Academy (6-12)"),
    ("middle", 9, (780, 1050), "06", "08", "Middle School"),
    ("k-8", 2, (650, 800), "KG", "08", "K-8 School"),
    ("elementary", 31, (420, 705), "PK", "05", "Elementary School"),
]

names = iter(random.sample(STREETS, len(STREETS)))
rows = []
number = 10
high_schools_by_region = {}
for level, count, (lo, hi), gl, gh, suffix in PLAN:
    for i in range(count):
        region = REGIONS[(i + len(rows)) % len(REGIONS)]
        name = f"{next(names)} {suffix}"
        enrollment = random.randint(lo, hi)
        # poorer regions have higher free/reduced-lunch shares
        base = {"North": 48, "South": 78, "East": 70, "West": 55, "Central": 82}[region]
        frl = round(min(97.0, max(25.0, random.gauss(base, 8))), 1)
        readiness = random.randint(22, 95)
        teachers = round(enrollment / random.uniform(15.5, 19.5), 1)
        school_id = f"{LEAID}{number:05d}"
        number += 7
        if level == "high":
            high_schools_by_region.setdefault(region, name)
            feeder = name.replace(" High School", "") + " feeder"
        else:
            feeder = None
        rows.append(dict(id=school_id, name=name, level=level, enrollment=enrollment, frl_percent=frl,
                         region=region, readiness=readiness, feeder=feeder, grade_low=gl, grade_high=gh,
                         teachers=teachers))

for r in rows:
    if r["feeder"] is None:
        hs = high_schools_by_region.get(r["region"]) or next(iter(high_schools_by_region.values()))
        r["feeder"] = hs.replace(" High School", "") + " feeder"

writer = csv.DictWriter(sys.stdout, fieldnames=["id", "name", "level", "enrollment", "frl_percent", "region",
                                                "readiness", "feeder", "grade_low", "grade_high", "teachers"],
                        lineterminator="\n")
writer.writeheader()
writer.writerows(rows)
