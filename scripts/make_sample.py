#!/usr/bin/env python3
"""Writes public/data/snapshot.json: the bundled EXAMPLE snapshot (format v1).

    python3 scripts/make_sample.py            # write the file, print the aggregate checks
    python3 scripts/make_sample.py --explain  # also print the ranking for some interesting queries
    python3 scripts/make_sample.py --check    # build and check, but do not write

Python 3.11, standard library only. The output is deterministic: no clock, and the only randomness (small
changes in the two older periods) comes from a generator with a fixed seed.

What is real and what is invented
---------------------------------
Real (seed 000, BIU's quality check of autumn 2011, table 1, period Q4 2010 - Q1 2011): the four aggregate
columns - participants, satisfaction and its number of answers, share off benefit after 3 months, complaints -
for internal offers to match 1, external offers to match 1, external offers to match 2 and offers to people on
sickness benefit. The per-offer figures below are INVENTED so that the current period's "all ages" results,
summed over the offers in each column, reproduce that table; `check_seed_aggregates` asserts it. The offer kinds
follow seeds 000/001 (CBSI intensive activation and its supervision visit of 16.9.2011; IKU and JOBDK as "anden
aktør" with low satisfaction and many complaints; 13-week group-1 courses at JKI and CAB; 6 weeks x 5 hours
group-2 courses at suppliers; holistic mentors; clarification for group 3). Job/education and placement shares
are not in the seeds and are invented. External suppliers have generic, fictional names ("Leverandør A").

How a result for "all" ages is made
-----------------------------------
Where an offer has per-band results (u30, 30plus), its "all" result is their exact combination: participants
and every n add up, and every share is the count-weighted mean sum(share x n) / sum(n) rounded to 3 decimals,
so pooling the bands or the "all" result gives the same figure. A band measure marked as suppressed is
published as {"missing": "too_few"} but still counts in "all" (the publisher has the underlying counts).
Exactly one "all"-only result per seed column is computed last, to close the gap to the seed's totals.
"""

import argparse
import json
import math
import random
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "public" / "data" / "snapshot.json"

CUR, MID, OLD = "2011h1", "2010h2", "2010h1"
BANDS = {"u30": (15, 29), "30plus": (30, 99)}
MEASURES = ("job_or_education", "placements", "off_benefit_1m", "off_benefit_3m", "satisfaction", "closer_to_job")
REASONS = ("too_few", "not_reported", "new_offer", "not_applicable")
CATEGORIES = ("job_search", "company_placement", "company_preparation", "upskilling", "clarification", "mentor",
              "health_and_social", "language", "other")
TOLERANCE = 0.0005


def T(da, en):
    return {"da": da, "en": en}


# --------------------------------------------------------------------------------------------------------------
# Fixed parts
# --------------------------------------------------------------------------------------------------------------

PUBLISHER = ("Eksempeldata (ikke officielle tal) bygget på Beskæftigelses- og Integrationsforvaltningens "
             "kvalitetstjek, BIU efterår 2011")

PERIODS = [
    {"id": CUR, "from": "2010-10-01", "to": "2011-03-31", "label": T("4. kvt. 2010 – 1. kvt. 2011", "Q4 2010 – Q1 2011")},
    {"id": MID, "from": "2010-04-01", "to": "2010-09-30", "label": T("2. kvt. – 3. kvt. 2010", "Q2 – Q3 2010")},
    {"id": OLD, "from": "2009-10-01", "to": "2010-03-31", "label": T("4. kvt. 2009 – 1. kvt. 2010", "Q4 2009 – Q1 2010")},
]

AGE_BANDS = [{"id": b, "min": lo, "max": hi} for b, (lo, hi) in BANDS.items()]

TARGET_GROUPS = [
    {"id": "dp-match1",
     "name": T("Dagpengemodtagere, match 1", "Unemployment insurance recipients, job-ready (match 1)"),
     "description": T("Forsikrede ledige, der vurderes klar til at tage et ordinært job.",
                      "Insured unemployed people who are assessed as ready for an ordinary job.")},
    {"id": "kh-match1",
     "name": T("Jobparate kontanthjælpsmodtagere, match 1", "Job-ready social assistance recipients (match 1)"),
     "description": T("Kontanthjælpsmodtagere uden andre problemer end ledighed, som er klar til et job.",
                      "Social assistance recipients with no problems other than unemployment, ready for a job.")},
    {"id": "kh-match2",
     "name": T("Indsatsparate kontanthjælpsmodtagere, match 2", "Social assistance recipients ready for activation (match 2)"),
     "description": T("Kontanthjælpsmodtagere, der ikke er klar til et job nu, men kan deltage i en beskæftigelsesrettet indsats.",
                      "Social assistance recipients who are not ready for a job now but can take part in activation.")},
    {"id": "sdp",
     "name": T("Sygedagpengemodtagere", "Sickness benefit recipients"),
     "description": T("Sygemeldte på sygedagpenge, som jobcentret følger op på med henblik på at vende tilbage til arbejde.",
                      "People on sickness benefit whom the job centre follows up to help them back to work.")},
    {"id": "revalidering",
     "name": T("For-/revalidender", "Pre-rehabilitation and vocational rehabilitation"),
     "description": T("Borgere på forrevalidering eller revalidering, ofte med et uddannelsesforløb.",
                      "People in pre-rehabilitation or vocational rehabilitation, often with an education plan.")},
    {"id": "udsatte-g1",
     "name": T("Aktivitetsparate – gruppe 1: virksomhedsforløb", "Not job-ready – group 1: course in a company"),
     "description": T("Aktivitetsparate borgere, der skal i et forløb i en virksomhed (virksomhedspraktik, løntilskud mv.) eller et deltidsjob.",
                      "People not yet job-ready who are to start a course in a company (work placement, wage subsidy etc.) or a part-time job.")},
    {"id": "udsatte-g2",
     "name": T("Aktivitetsparate – gruppe 2: virksomhedsforberedende forløb", "Not job-ready – group 2: preparing for a company"),
     "description": T("Aktivitetsparate borgere, der skal i et forløb, som forbereder dem til at komme ud i en virksomhed.",
                      "People not yet job-ready who need a course that prepares them for a placement in a company.")},
    {"id": "udsatte-g3",
     "name": T("Aktivitetsparate – gruppe 3: afklaring til særlige ordninger", "Not job-ready – group 3: clarification for special schemes"),
     "description": T("Aktivitetsparate borgere, der skal afklares til fleksjob, ressourceforløb, revalidering eller førtidspension.",
                      "People not yet job-ready whose case is to be clarified for flexi-job, resource course, rehabilitation or early retirement pension.")},
    {"id": "ledighedsydelse",
     "name": T("Ledighedsydelsesmodtagere (ledige fleksjobvisiterede)", "Unemployment allowance for people approved for flexi-jobs"),
     "description": T("Borgere, der er visiteret til fleksjob, men endnu ikke har et.",
                      "People approved for a flexi-job who do not have one yet.")},
    {"id": "ressourceforloeb",
     "name": T("Borgere i ressourceforløb", "People in a resource course"),
     "description": T("Borgere i et tværfagligt ressourceforløb, som skal udvikle deres arbejdsevne.",
                      "People in a cross-disciplinary resource course meant to develop their ability to work.")},
]

PROVIDERS = [
    {"id": "cab", "name": "CAB – Center for Afklaring og Beskæftigelse", "kind": "internal"},
    {"id": "cbsi", "name": "CBSI – kommunalt beskæftigelsescenter", "kind": "internal"},
    {"id": "jki", "name": "JKI – Jobcenter København, Center for Jobindsats", "kind": "internal"},
    {"id": "iku", "name": "IKU (anden aktør)", "kind": "other_actor"},
    {"id": "jobdk", "name": "JOBDK (anden aktør)", "kind": "other_actor"},
    {"id": "lev-a", "name": "Leverandør A – Jobsøgning", "kind": "external"},
    {"id": "lev-b", "name": "Leverandør B – Branche og praktik", "kind": "external"},
    {"id": "lev-c", "name": "Leverandør C – Virksomhedsforberedelse", "kind": "external"},
    {"id": "lev-d", "name": "Leverandør D – Mentor og helhed", "kind": "external"},
    {"id": "lev-e", "name": "Leverandør E – Sundhed og afklaring", "kind": "external"},
    {"id": "lev-f", "name": "Leverandør F – Sprog og job", "kind": "external"},
]

# The seed's table 1 (seed 000). Columns: which providers' kinds, which target groups.
SEED_COLUMNS = {
    "internal-match1": {"kinds": {"internal"}, "groups": {"dp-match1", "kh-match1"},
                        "participants": 14449, "satisfaction": (0.755, 341), "off_benefit_3m": 0.20, "complaints": 3},
    "external-match1": {"kinds": {"external", "other_actor"}, "groups": {"dp-match1", "kh-match1"},
                        "participants": 14678, "satisfaction": (0.714, 1630), "off_benefit_3m": 0.29, "complaints": 42},
    "external-match2": {"kinds": {"external", "other_actor"}, "groups": {"kh-match2"},
                        "participants": 15488, "satisfaction": (0.857, 834), "off_benefit_3m": 0.107, "complaints": 8},
    # Participants and the 3-month effect are "-" in the seed: participants are chosen here and the effect is
    # published as not reported.
    "sygedagpenge": {"kinds": {"internal", "external", "other_actor"}, "groups": {"sdp"},
                     "participants": None, "satisfaction": (0.829, 147), "off_benefit_3m": None, "complaints": 0},
}

# City-wide references: only for dagpengemodtagere, match 1 (the app pools every other cell). The city-wide
# survey is not broken down by age, so the band references have no satisfaction.
REFERENCES = [
    {"period": CUR, "target_group": "dp-match1", "age_band": "all",
     "job_or_education": {"share": 0.225, "n": 16850}, "placements": {"share": 0.19, "n": 16850},
     "satisfaction": {"share": 0.71, "n": 1420}},
    {"period": CUR, "target_group": "dp-match1", "age_band": "u30",
     "job_or_education": {"share": 0.31, "n": 4310}, "placements": {"share": 0.2, "n": 4310},
     "satisfaction": {"missing": "not_reported"}},
    {"period": CUR, "target_group": "dp-match1", "age_band": "30plus",
     "job_or_education": {"share": 0.205, "n": 12540}, "placements": {"share": 0.185, "n": 12540},
     "satisfaction": {"missing": "not_reported"}},
]


# --------------------------------------------------------------------------------------------------------------
# Per-offer figures for the current period
# --------------------------------------------------------------------------------------------------------------

def B(p, fin, job, plc, sat, satn, ob3=None, ob1=None, ctj=None, ctjn=None, compl=None, muw=None, u30=None,
      suppress=()):
    """One result's raw figures.

    p participants; fin people who finished (n of job, placements and the off-benefit measures); sat/satn the
    survey share and answers; ctj/ctjn "closer to a job" (n defaults to satn); compl complaints; muw median
    weeks of unemployment at start; u30 share under 30 (only for "all"-only results). A share may be a reason
    string instead ("not_reported", "new_offer", "not_applicable"). `suppress` names measures published as
    too_few (in a band they still count in "all").
    """
    return {"p": p, "fin": fin, "job_or_education": job, "placements": plc, "off_benefit_1m": ob1,
            "off_benefit_3m": ob3, "satisfaction": sat, "satn": satn, "closer_to_job": ctj,
            "ctjn": satn if ctjn is None else ctjn, "compl": compl, "muw": muw, "u30": u30, "suppress": set(suppress)}


def bands(u30=None, o30=None, muw=None):
    spec = {"bands": {}}
    if u30 is not None:
        spec["bands"]["u30"] = u30
    if o30 is not None:
        spec["bands"]["30plus"] = o30
    spec["muw"] = muw
    return spec


def only_all(b):
    return {"all": b}


def closer(column, b, mirror=None, bounds=None):
    """An "all"-only result whose participants, satisfaction, 3-month effect and complaints are computed last
    to close the gap to the seed column. `bounds` gives the plausible range asserted for each computed value."""
    return {"all": b, "closer": column, "mirror": mirror, "bounds": bounds or {}}


SAD_NOTE = T(
    "Tilsynet besøgte tilbuddet 16.9.2011 og kritiserede det samme som ved første besøg: der er ikke lavet "
    "handleplaner for den enkelte deltager, deltagerne tilbydes ikke en samtale med en vejleder hver uge, og "
    "tonen fra personalet kan opfattes som uvenlig. CBSI har lavet en revideret handlingsplan, og der er bestilt "
    "et nyt tilsynsbesøg i januar 2012.",
    "The supervisor visited on 16 September 2011 and criticised the same points as on the first visit: no "
    "action plan is made for each participant, participants are not offered a talk with a counsellor every "
    "week, and the staff's tone can come across as unfriendly. CBSI has revised its action plan, and a new "
    "visit is booked for January 2012.")

OA_NOTE = T(
    "Relativt lav brugertilfredshed og relativt mange klager. Forvaltningen holder dialogmøde med leverandøren "
    "om en plan for bedre resultater.",
    "Relatively low user satisfaction and relatively many complaints. The administration will meet the "
    "provider to agree a plan for better results.")

OFFERS = [
    # ---------------- internal, match 1 ----------------
    {"id": "cbsi-intensiv", "provider": "cbsi",
     "name": T("Intensiv aktivering", "Intensive activation"),
     "description": T("Introuge med visitationssamtale, derefter forløb med fokus på job eller virksomhedsplacering, "
                      "opkvalificering eller uddannelsesafklaring. Jobsøgning hver dag på centret.",
                      "An introduction week with a needs interview, then a course focused on a job or company "
                      "placement, upskilling or clarifying education. Daily job search at the centre."),
     "category": "job_search", "target_groups": ["dp-match1"], "weeks": 13, "hours_per_week": 30,
     "supervision": {"smiley": "sad", "date": "2011-09-16", "note": SAD_NOTE},
     "current": {"dp-match1": bands(
         u30=B(1180, 1050, 0.26, 0.17, 0.72, 30, ob1=0.15, ob3=0.27, ctj=0.66, compl=0, muw=14),
         o30=B(3020, 2710, 0.15, 0.14, 0.68, 72, ob1=0.09, ob3=0.17, ctj=0.60, compl=2, muw=22),
         muw=19)}},
    {"id": "cab-intensiv", "provider": "cab",
     "name": T("Intensiv aktivering – jobsøgning og virksomhedskontakt", "Intensive activation – job search and company contact"),
     "description": T("Fælles jobsøgning, cv-værksted og kontakt til virksomheder med ledige stillinger. Ugentlig samtale med en vejleder.",
                      "Group job search, a CV workshop and contact with companies that have vacancies. A weekly talk with a counsellor."),
     "category": "job_search", "target_groups": ["dp-match1"], "weeks": 13, "hours_per_week": 30,
     "supervision": {"smiley": "happy", "date": "2011-05-10"},
     "current": {"dp-match1": bands(
         u30=B(1050, 940, 0.30, 0.24, 0.80, 34, ob1=0.17, ob3=0.29, ctj=0.63, compl=0, muw=13),
         o30=B(2650, 2380, 0.20, 0.21, 0.76, 58, ob1=0.11, ob3=0.19, ctj=0.61, compl=0, muw=21),
         muw=18)}},
    {"id": "cab-jobsoeg-kh", "provider": "cab",
     "name": T("Jobsøgningsforløb for jobparate", "Job search course for job-ready people"),
     "description": T("Kursus i jobsøgning og samtaletræning for jobparate kontanthjælpsmodtagere, med hjælp til at finde praktik eller job.",
                      "Job search and interview training for job-ready social assistance recipients, with help to find a placement or a job."),
     "category": "job_search", "target_groups": ["kh-match1"], "weeks": 8, "hours_per_week": 25,
     "current": {"kh-match1": bands(
         u30=B(820, 700, 0.24, 0.20, 0.79, 14, ob1=0.13, ob3=0.25, compl=0, muw=17),
         o30=B(1240, 1090, 0.13, 0.16, 0.81, 24, ob1=0.08, ob3=0.14, compl=0, muw=30),
         muw=25)}},
    {"id": "jki-jobparat", "provider": "jki",
     "name": T("Jobrettet forløb med virksomhedspraktik", "Job-focused course with a company placement"),
     "description": T("En virksomhedskonsulent finder en praktik- eller løntilskudsplads, som kan føre til et ordinært job.",
                      "A company consultant finds a work placement or wage-subsidy job that can lead to an ordinary job."),
     "category": "company_placement", "target_groups": ["kh-match1"], "weeks": 13,
     "current": {"kh-match1": only_all(B(1460, 1280, 0.16, 0.27, 0.78, 18, ob1=0.10, ob3=0.19, compl=0, muw=34, u30=0.31))}},
    {"id": "cbsi-branche", "provider": "cbsi",
     "name": T("Branchepakker og opkvalificering", "Sector packages and upskilling"),
     "description": T("Korte kurser rettet mod brancher med ledige job, fx lager, rengøring og kundeservice, kombineret med jobsøgning.",
                      "Short courses aimed at sectors with vacancies, e.g. warehouse, cleaning and customer service, combined with job search."),
     "category": "upskilling", "target_groups": ["dp-match1", "kh-match1"], "weeks": 6, "hours_per_week": 30,
     "supervision": {"smiley": "happy", "date": "2011-03-22"},
     "current": {
         "dp-match1": bands(
             u30=B(310, 290, 0.33, 0.12, 0.84, 7, ob1=0.19, ob3=0.31, compl=0, muw=12),
             o30=B(760, 700, 0.24, 0.10, 0.80, 16, ob1=0.12, ob3=0.22, compl=0, muw=20),
             muw=17),
         "kh-match1": only_all(B(290, 260, 0.19, 0.11, 0.75, 6, ob1=0.09, ob3=0.18, compl=0, muw=28, u30=0.38))}},
    {"id": "cbsi-ung", "provider": "cbsi",
     "name": T("Ung i job – jobsøgning for unge", "Young in work – job search for young people"),
     "description": T("Jobsøgning og uddannelsesvejledning for unge jobparate kontanthjælpsmodtagere under 30.",
                      "Job search and education guidance for young job-ready social assistance recipients under 30."),
     "category": "job_search", "target_groups": ["kh-match1"], "age": {"min": 18, "max": 29}, "weeks": 8, "hours_per_week": 25,
     "current": {"kh-match1": bands(u30=B(540, 470, 0.27, 0.22, 0.83, 22, ob1=0.14, ob3=0.25, compl=0, muw=12), muw=12)}},
    {"id": "cbsi-sprog", "provider": "cbsi",
     "name": T("Jobsøgning for ledige med sproglige barrierer", "Job search for people with language barriers"),
     "description": T("Dansk med fokus på arbejdspladsen, kombineret med jobsøgning og korte praktikker.",
                      "Danish for the workplace, combined with job search and short placements."),
     "category": "language", "target_groups": ["dp-match1", "kh-match1"], "weeks": 13, "hours_per_week": 20,
     "current": {
         "dp-match1": closer("internal-match1", B(None, 560, 0.13, 0.15, None, None, ob1=0.07, ob3=None, compl=None, muw=31, u30=0.18),
                             bounds={"p": (400, 900), "satisfaction": (0.65, 0.85), "off_benefit_3m": (0.08, 0.22), "compl": (0, 2)}),
         "kh-match1": only_all(B(480, 410, 0.08, 0.12, 0.77, 10, ob1=0.04, ob3=0.09, compl=0, muw=40, u30=0.21))}},

    # ---------------- other actors and external, match 1 ----------------
    {"id": "iku-ao", "provider": "iku",
     "name": T("Anden aktør – kontaktforløb for akademikere", "Other actor – contact course for graduates"),
     "description": T("Anden aktør overtager hele kontaktforløbet og aktiveringen i en periode. Mange deltagere har en lang videregående uddannelse.",
                      "The other actor takes over the whole contact course and activation for a period. Many participants hold a university degree."),
     "category": "job_search", "target_groups": ["dp-match1"], "weeks": 26,
     "supervision": {"smiley": "neutral", "date": "2011-06-21", "note": OA_NOTE},
     "current": {"dp-match1": bands(
         u30=B(640, 560, 0.36, 0.12, 0.60, 88, ob1=0.22, ob3=0.41, compl=3, muw=11),
         o30=B(3010, 2620, 0.29, 0.10, 0.58, 262, ob1=0.17, ob3=0.33, compl=16, muw=18),
         muw=17)}},
    {"id": "jobdk-ao", "provider": "jobdk",
     "name": T("Anden aktør – kontaktforløb og jobformidling", "Other actor – contact course and job placement"),
     "description": T("Anden aktør står for samtaler, jobsøgning og aktivering i hele forløbet og formidler ledige til job.",
                      "The other actor runs interviews, job search and activation for the whole course and matches people with vacancies."),
     "category": "job_search", "target_groups": ["dp-match1", "kh-match1"], "weeks": 26,
     "supervision": {"smiley": "neutral", "date": "2011-04-12", "note": OA_NOTE},
     "current": {
         "dp-match1": bands(
             u30=B(560, 490, 0.31, 0.16, 0.63, 80, ob1=0.20, ob3=0.36, compl=2, muw=12),
             o30=B(2300, 2000, 0.25, 0.14, 0.61, 220, ob1=0.15, ob3=0.29, compl=11, muw=19),
             muw=18),
         "kh-match1": only_all(B(620, 540, 0.17, 0.15, 0.64, 60, ob1=0.09, ob3=0.20, compl=2, muw=31, u30=0.34))}},
    {"id": "lev-a-jobsoeg", "provider": "lev-a",
     "name": T("Jobsøgningsforløb", "Job search course"),
     "description": T("Målrettet jobsøgning, cv og ansøgninger, samtaletræning og kontakt til virksomheder. Individuel coach.",
                      "Targeted job search, CV and applications, interview training and contact with companies. A personal coach."),
     "category": "job_search", "target_groups": ["dp-match1", "kh-match1"], "weeks": 6, "hours_per_week": 20,
     "supervision": {"smiley": "happy", "date": "2011-02-08"},
     "current": {
         "dp-match1": bands(
             u30=B(700, 640, 0.33, 0.26, 0.80, 110, ob1=0.19, ob3=0.35, ctj=0.67, compl=1, muw=13),
             o30=B(1650, 1500, 0.24, 0.23, 0.78, 190, ob1=0.13, ob3=0.27, ctj=0.64, compl=1, muw=20),
             muw=18),
         "kh-match1": bands(
             u30=B(420, 370, 0.22, 0.25, 0.79, 50, ob1=0.12, ob3=0.24, ctj=0.65, compl=0, muw=19),
             o30=B(760, 680, 0.14, 0.21, 0.80, 70, ob1=0.08, ob3=0.16, ctj=0.63, compl=1, muw=33),
             muw=28)}},
    {"id": "lev-b-branche", "provider": "lev-b",
     "name": T("Brancheforløb: lager, transport og service", "Sector course: warehouse, transport and service"),
     "description": T("Kort opkvalificering med certifikater (fx truckcertifikat) og praktik i en virksomhed i branchen.",
                      "Short upskilling with certificates (e.g. forklift licence) and a placement in a company in the sector."),
     "category": "upskilling", "target_groups": ["dp-match1"], "weeks": 8, "hours_per_week": 30,
     "current": {"dp-match1": bands(
         u30=B(290, 260, 0.35, 0.30, 0.82, 40, ob1=0.21, ob3=0.38, ctj=0.61, compl=0, muw=14),
         o30=B(1200, 1080, 0.27, 0.31, 0.79, 110, ob1=0.15, ob3=0.30, ctj=0.61, compl=1, muw=22),
         muw=20)}},
    {"id": "lev-a-ung", "provider": "lev-a",
     "name": T("Ung i job og uddannelse", "Young people into work and education"),
     "description": T("Forløb for unge under 30 med jobsøgning, uddannelsesvejledning og korte praktikker.",
                      "A course for people under 30 with job search, education guidance and short placements."),
     "category": "job_search", "target_groups": ["dp-match1", "kh-match1"], "age": {"min": 18, "max": 29},
     "weeks": 8, "hours_per_week": 25,
     "current": {
         "dp-match1": bands(u30=B(480, 430, 0.38, 0.22, 0.81, 70, ob1=0.24, ob3=0.42, ctj=0.66, compl=0, muw=10), muw=10),
         "kh-match1": bands(u30=B(650, 560, 0.24, 0.27, 0.80, 80, ob1=0.13, ob3=0.26, ctj=0.65, compl=0, muw=15), muw=15)}},
    {"id": "lev-f-sprogjob", "provider": "lev-f",
     "name": T("Dansk og jobsøgning", "Danish and job search"),
     "description": T("Danskundervisning med fokus på arbejdsmarkedet, kombineret med jobsøgning og virksomhedsbesøg.",
                      "Danish lessons focused on the labour market, combined with job search and company visits."),
     "category": "language", "target_groups": ["kh-match1", "kh-match2"], "weeks": 13, "hours_per_week": 20,
     "supervision": {"smiley": "happy", "date": "2011-08-30"},
     "current": {
         "kh-match1": closer("external-match1", B(None, 1150, 0.12, 0.18, None, None, ob1=0.06, ob3=None, compl=None, muw=36, u30=0.24),
                             bounds={"p": (900, 1800), "satisfaction": (0.65, 0.85), "off_benefit_3m": (0.12, 0.30), "compl": (0, 6)}),
         "kh-match2": bands(
             u30=B(700, 600, 0.12, 0.21, 0.84, 38, ob1=0.05, ob3=0.12, compl=0, muw=40),
             o30=B(2300, 1950, 0.09, 0.20, 0.83, 90, ob1=0.03, ob3=0.08, compl=2, muw=64),
             muw=58)}},
    {"id": "lev-b-ivaerksaet", "provider": "lev-b",
     "name": T("Iværksætterforløb", "Start-up course"),
     "description": T("Nyt tilbud fra efteråret 2011: afklaring af en forretningsidé, budget og regler for selvstændige.",
                      "New offer from autumn 2011: testing a business idea, budgeting and the rules for the self-employed."),
     "category": "upskilling", "target_groups": ["dp-match1"], "weeks": 8, "hours_per_week": 15,
     "current": {}},

    # ---------------- external, match 2 ----------------
    {"id": "lev-c-motivation", "provider": "lev-c",
     "name": T("Motivation og virksomhedsrettet afklaring", "Motivation and company-focused clarification"),
     "description": T("Afklaring af jobmål og barrierer, træning af hverdagsmestring og korte praktikker i virksomheder.",
                      "Clarifying job goals and barriers, training everyday skills and short placements in companies."),
     "category": "company_preparation", "target_groups": ["kh-match2"], "weeks": 13, "hours_per_week": 15,
     "supervision": {"smiley": "happy", "date": "2011-04-27"},
     "current": {"kh-match2": bands(
         u30=B(900, 780, 0.13, 0.30, 0.87, 60, ob1=0.06, ob3=0.13, compl=0, muw=38),
         o30=B(2100, 1830, 0.09, 0.26, 0.86, 120, ob1=0.04, ob3=0.09, compl=2, muw=70),
         muw=60)}},
    {"id": "lev-d-mentor", "provider": "lev-d",
     "name": T("Helhedsorienteret mentor", "Holistic mentor"),
     "description": T("En fast mentor støtter borgeren i hverdagen og samarbejder med sagsbehandler, sundhedsvæsen og sociale tilbud om næste skridt mod job.",
                      "A dedicated mentor supports the citizen in everyday life and works with the caseworker, health and social services on the next step towards work."),
     "category": "mentor", "target_groups": ["kh-match2", "udsatte-g2", "udsatte-g3", "ressourceforloeb"],
     "weeks": 26, "hours_per_week": 2,
     "current": {
         "kh-match2": bands(
             u30=B(500, 400, 0.10, 0.18, 0.90, 40, ob1=0.04, ob3=0.10, compl=0, muw=45),
             o30=B(1700, 1380, 0.08, 0.17, 0.89, 95, ob1=0.03, ob3=0.07, compl=1, muw=80),
             muw=72),
         "udsatte-g2": only_all(B(350, 280, 0.02, 0.15, 0.90, 30, compl=0, muw=96, u30=0.17)),
         "udsatte-g3": only_all(B(260, 200, 0.02, 0.16, 0.91, 24, ctj="not_applicable", compl=0, muw=120, u30=0.09)),
         "ressourceforloeb": only_all(B(290, 230, 0.03, 0.15, 0.89, 27, compl=0, muw=150, u30=0.12))}},
    {"id": "lev-e-sundhed", "provider": "lev-e",
     "name": T("Sundhed og trivsel – vejen mod job", "Health and well-being – the road to work"),
     "description": T("Fysisk træning, kost og livsstil, stresshåndtering og samtaler om job, tilrettelagt efter borgerens helbred.",
                      "Physical training, diet and lifestyle, stress management and talks about work, planned around the citizen's health."),
     "category": "health_and_social", "target_groups": ["kh-match2", "sdp"], "weeks": 10, "hours_per_week": 10,
     "supervision": {"smiley": "happy", "date": "2011-07-05"},
     "current": {
         "kh-match2": bands(
             u30=B(350, 290, 0.10, 0.15, 0.91, 22, ob1=0.04, ob3=0.08, compl=0, muw=44, suppress={"satisfaction"}),
             o30=B(1500, 1250, 0.08, 0.12, 0.88, 80, ob1=0.02, ob3=0.06, compl=0, muw=78),
             muw=72),
         "sdp": only_all(B(640, 560, 0.15, 0.20, 0.80, 45, ob3="not_reported", compl=0, muw=12, u30=0.14))}},
    {"id": "lev-b-praktik", "provider": "lev-b",
     "name": T("Virksomhedspraktik med støtte", "Supported company placement"),
     "description": T("Leverandøren finder en praktikplads og følger borgeren tæt i virksomheden, med gradvis flere timer.",
                      "The supplier finds a placement and follows the citizen closely in the company, with gradually more hours."),
     "category": "company_placement", "target_groups": ["kh-match2"], "weeks": 13, "hours_per_week": 20,
     "current": {"kh-match2": bands(
         u30=B(600, 520, 0.17, 0.42, 0.85, 35, ob1=0.08, ob3=0.17, compl=0, muw=36),
         o30=B(1500, 1300, 0.14, 0.38, 0.84, 70, ob1=0.06, ob3=0.14, compl=1, muw=66),
         muw=58)}},
    {"id": "lev-a-uddannelse", "provider": "lev-a",
     "name": T("Vej til uddannelse", "The road to education"),
     "description": T("Afklaring af uddannelsesmål, brush-up i dansk og matematik og besøg på uddannelsessteder. Bruges mest af unge.",
                      "Clarifying education goals, brush-up in Danish and maths and visits to schools. Used mostly by young people."),
     "category": "upskilling", "target_groups": ["kh-match2"], "weeks": 10, "hours_per_week": 20,
     "current": {"kh-match2": bands(
         u30=B(1260, 1100, 0.19, 0.14, 0.86, 64, ob1=0.10, ob3=0.18, compl=0, muw=30),
         o30=B(19, 15, 0.13, 0.07, 0.83, 6, ob1=0.07, ob3=0.13, compl=0, muw=48),
         muw=30)}},
    {"id": "lev-c-ny", "provider": "lev-c",
     "name": T("Job og hverdag – nyt forløb", "Work and everyday life – new course"),
     "description": T("Nyt forløb startet i marts 2011 med jobsøgning og træning i hverdagsmestring. Resultater offentliggøres, når de første deltagere er færdige.",
                      "A new course started in March 2011 with job search and everyday-skills training. Results are published once the first participants have finished."),
     "category": "company_preparation", "target_groups": ["kh-match2"], "weeks": 10, "hours_per_week": 15,
     "current": {"kh-match2": only_all(B(41, 0, "new_offer", "new_offer", "new_offer", None, ob3="new_offer", compl=0, u30=0.29))}},
    {"id": "lev-e-ung", "provider": "lev-e",
     "name": T("Ungeforløb – uddannelse og job", "Youth course – education and work"),
     "description": T("For unge under 30: afklaring af uddannelse, mentorstøtte og praktik, med hjælp til bolig og økonomi.",
                      "For people under 30: clarifying education, mentor support and a placement, with help on housing and money."),
     "category": "company_preparation", "target_groups": ["kh-match2"], "age": {"min": 18, "max": 29},
     "weeks": 13, "hours_per_week": 20,
     "current": {"kh-match2": closer("external-match2", B(None, 1700, 0.16, 0.24, None, None, ob1=0.09, ob3=None, compl=None, muw=34, u30=1.0),
                                     mirror="u30",
                                     bounds={"p": (1500, 2500), "satisfaction": (0.78, 0.92), "off_benefit_3m": (0.08, 0.22), "compl": (0, 4)})}},

    # ---------------- sygedagpenge ----------------
    {"id": "cab-sdp", "provider": "cab",
     "name": T("Afklaring og tilbagevenden for sygemeldte", "Clarification and return to work for people on sick leave"),
     "description": T("Afklaring af arbejdsevne, delvis raskmelding og plan for at vende tilbage til arbejdspladsen eller et nyt job.",
                      "Clarifying the ability to work, a partial return and a plan to return to the workplace or to a new job."),
     "category": "clarification", "target_groups": ["sdp"], "weeks": 8, "hours_per_week": 10,
     "current": {"sdp": bands(
         u30=B(180, 160, 0.21, 0.28, 0.86, 12, ob3="not_reported", compl=0, muw=6),
         o30=B(930, 820, 0.17, 0.25, 0.83, 58, ob3="not_reported", compl=0, muw=10),
         muw=9)}},
    {"id": "lev-d-sdp", "provider": "lev-d",
     "name": T("Tilbage til arbejde – sygemeldte", "Back to work – people on sick leave"),
     "description": T("Samtaler, arbejdsprøvning i en virksomhed og kontakt til arbejdsgiveren for sygemeldte.",
                      "Talks, a work trial in a company and contact with the employer for people on sick leave."),
     "category": "company_placement", "target_groups": ["sdp"], "weeks": 10, "hours_per_week": 12,
     "supervision": {"smiley": "happy", "date": "2011-10-04"},
     "current": {"sdp": closer("sygedagpenge", B(520, 460, 0.22, 0.33, None, None, ob3="not_reported", compl=None, muw=11, u30=0.12),
                               bounds={"satisfaction": (0.75, 0.92), "compl": (0, 0)})}},

    # ---------------- revalidering ----------------
    {"id": "cab-reva", "provider": "cab",
     "name": T("Revalidering med uddannelsesafklaring", "Rehabilitation with education clarification"),
     "description": T("Afklaring af et realistisk uddannelses- eller jobmål og støtte under uddannelse eller praktik.",
                      "Clarifying a realistic education or job goal, and support during education or a placement."),
     "category": "clarification", "target_groups": ["revalidering"], "weeks": 26,
     "current": {"revalidering": bands(
         u30=B(90, 70, 0.31, 0.22, 0.86, 11, compl=0, muw=30),
         o30=B(260, 210, 0.24, 0.26, 0.84, 38, compl=0, muw=52),
         muw=46)}},
    {"id": "lev-b-reva", "provider": "lev-b",
     "name": T("Praktik og opkvalificering for revalidender", "Placement and upskilling for people in rehabilitation"),
     "description": T("Praktik i en virksomhed kombineret med korte kurser, med en kontaktperson gennem hele forløbet.",
                      "A company placement combined with short courses, with one contact person throughout."),
     "category": "company_placement", "target_groups": ["revalidering"], "weeks": 20, "hours_per_week": 25,
     "current": {"revalidering": only_all(B(180, 150, 0.22, 0.44, 0.82, 26, compl=1, muw=48, u30=0.2))}},

    # ---------------- aktivitetsparate, gruppe 1 ----------------
    {"id": "jki-g1", "provider": "jki",
     "name": T("Virksomhedsforløb for gruppe 1 (13 uger)", "Company course for group 1 (13 weeks)"),
     "description": T("Intensiv, jobrettet indsats i op til 13 uger, hvor der hurtigst muligt etableres en virksomhedsplacering. Mentor efter behov.",
                      "An intensive, job-focused course of up to 13 weeks that sets up a company placement as soon as possible. A mentor when needed."),
     "category": "company_placement", "target_groups": ["udsatte-g1"], "weeks": 13, "hours_per_week": 15,
     "supervision": {"smiley": "happy", "date": "2011-06-14"},
     "current": {"udsatte-g1": bands(
         u30=B(110, 95, 0.08, 0.70, 0.81, 20, compl=0, muw=60),
         o30=B(640, 560, 0.05, 0.74, 0.79, 61, compl=0, muw=110),
         muw=100)}},
    {"id": "cab-g1", "provider": "cab",
     "name": T("Virksomhedsforløb for gruppe 1 (13 uger)", "Company course for group 1 (13 weeks)"),
     "description": T("Intensivt forløb i op til 13 uger med cv, et realistisk beskæftigelsesmål og en virksomhedsplacering via CAB's virksomhedsaftaler.",
                      "An intensive course of up to 13 weeks with a CV, a realistic job goal and a company placement through CAB's company agreements."),
     "category": "company_placement", "target_groups": ["udsatte-g1"], "weeks": 13, "hours_per_week": 15,
     "current": {"udsatte-g1": only_all(B(310, 270, 0.04, 0.62, 0.83, 28, compl=0, muw=104, u30=0.15))}},
    {"id": "jki-fastholdelse", "provider": "jki",
     "name": T("Fastholdelsesmentor i virksomhed", "Retention mentor in the workplace"),
     "description": T("En mentor støtter borgeren i praktikken eller jobbet og hjælper med at øge timetallet.",
                      "A mentor supports the citizen in the placement or job and helps to increase the hours."),
     "category": "mentor", "target_groups": ["udsatte-g1", "ledighedsydelse"], "weeks": 13, "hours_per_week": 2,
     "current": {
         "udsatte-g1": only_all(B(220, 190, 0.09, 0.68, 0.84, 11, compl=0, muw=96, u30=0.2, suppress={"satisfaction"})),
         "ledighedsydelse": only_all(B(150, 130, 0.11, 0.55, 0.86, 14, compl=0, muw=70, u30=0.05))}},

    # ---------------- aktivitetsparate, gruppe 2 ----------------
    {"id": "lev-c-g2", "provider": "lev-c",
     "name": T("Virksomhedsforberedende forløb (6 uger à 5 timer)", "Preparing for a company (6 weeks, 5 hours a week)"),
     "description": T("Træning af hverdagsmestring og motivation, et realistisk beskæftigelsesmål og en kort snusepraktik.",
                      "Training everyday skills and motivation, a realistic job goal and a short taster placement."),
     "category": "company_preparation", "target_groups": ["udsatte-g2"], "weeks": 6, "hours_per_week": 5,
     "current": {"udsatte-g2": bands(
         u30=B(140, 120, 0.03, 0.18, 0.80, 22, compl=0, muw=70),
         o30=B(520, 450, 0.02, 0.15, 0.82, 54, compl=1, muw=120),
         muw=110)}},
    {"id": "lev-e-g2", "provider": "lev-e",
     "name": T("Virksomhedsforberedende forløb med træning (6 uger à 5 timer)", "Preparing for a company with training (6 weeks, 5 hours a week)"),
     "description": T("Som de øvrige gruppe 2-forløb, suppleret med fysisk træning, mindfulness og stresshåndtering.",
                      "Like the other group 2 courses, with physical training, mindfulness and stress management added."),
     "category": "company_preparation", "target_groups": ["udsatte-g2"], "weeks": 6, "hours_per_week": 5,
     "supervision": {"smiley": "happy", "date": "2011-09-02"},
     "current": {"udsatte-g2": only_all(B(430, 370, 0.02, 0.21, 0.88, 47, compl=0, muw=118, u30=0.16))}},
    {"id": "lev-f-g2", "provider": "lev-f",
     "name": T("Virksomhedsforberedende forløb på dansk og modersmål (6 uger à 5 timer)", "Preparing for a company in Danish and mother tongue (6 weeks, 5 hours a week)"),
     "description": T("Gruppe 2-forløb med tosproget vejledning for borgere med begrænsede danskkundskaber.",
                      "A group 2 course with bilingual guidance for people with limited Danish."),
     "category": "language", "target_groups": ["udsatte-g2"], "weeks": 6, "hours_per_week": 5,
     "current": {"udsatte-g2": bands(
         u30=B(22, 18, 0.06, 0.22, 0.85, 5, compl=0, muw=60),
         o30=B(380, 320, 0.02, 0.16, 0.86, 41, compl=0, muw=130),
         muw=126)}},

    # ---------------- aktivitetsparate, gruppe 3 ----------------
    {"id": "cab-afklaring", "provider": "cab",
     "name": T("Afprøvningsforløb til fleksjob eller ressourceforløb", "Work trial for flexi-job or resource course"),
     "description": T("Arbejdsprøvning, så den nødvendige dokumentation hurtigt er klar til rehabiliteringsteamet.",
                      "A work trial so that the documentation the rehabilitation team needs is ready quickly."),
     "category": "clarification", "target_groups": ["udsatte-g3"], "weeks": 12, "hours_per_week": 10,
     "supervision": {"smiley": "happy", "date": "2011-05-31"},
     "current": {"udsatte-g3": only_all(B(410, 300, 0.02, 0.35, 0.78, 40, ctj="not_applicable", compl=0, muw=150, u30=0.08))}},
    {"id": "lev-e-afklaring", "provider": "lev-e",
     "name": T("Afklaringsforløb med arbejdsprøvning", "Clarification course with a work trial"),
     "description": T("Helbredsmæssig og faglig afklaring med arbejdsprøvning i en virksomhed og en samlet beskrivelse af arbejdsevnen.",
                      "Health and vocational clarification with a work trial in a company and an overall description of the ability to work."),
     "category": "clarification", "target_groups": ["udsatte-g3"], "weeks": 12, "hours_per_week": 10,
     "current": {"udsatte-g3": bands(
         u30=B(60, 45, 0.03, 0.25, 0.84, 9, ctj="not_applicable", compl=0, muw=90),
         o30=B(340, 270, 0.02, 0.31, 0.81, 36, ctj="not_applicable", compl=0, muw=160),
         muw=150)}},

    # ---------------- ledighedsydelse ----------------
    {"id": "jki-ly", "provider": "jki",
     "name": T("Jobformidling til fleksjob", "Finding a flexi-job"),
     "description": T("Omvendt jobformidling, jobspeed-arrangementer med virksomheder og hjælp til jobsøgning.",
                      "Reverse job matching, speed-dating events with companies and help with job search."),
     "category": "job_search", "target_groups": ["ledighedsydelse"], "weeks": 13, "hours_per_week": 10,
     "current": {"ledighedsydelse": bands(
         u30=B(40, 35, 0.14, 0.46, 0.83, 4, compl=0, muw=30),
         o30=B(560, 500, 0.12, 0.52, 0.80, 40, compl=0, muw=56),
         muw=54)}},
    {"id": "lev-b-ly", "provider": "lev-b",
     "name": T("Fleksjobforløb i virksomhed", "Flexi-job course in a company"),
     "description": T("Praktik i en virksomhed med henblik på et fleksjob, med gradvis flere timer.",
                      "A placement in a company aimed at a flexi-job, with gradually more hours."),
     "category": "company_placement", "target_groups": ["ledighedsydelse"], "weeks": 13, "hours_per_week": 15,
     "current": {"ledighedsydelse": only_all(B(330, 290, 0.09, 0.48, 0.84, 33, compl=0, muw=60, u30=0.06))}},

    # ---------------- ressourceforløb ----------------
    {"id": "lev-e-ressource", "provider": "lev-e",
     "name": T("Tværfagligt ressourceforløb", "Cross-disciplinary resource course"),
     "description": T("Sociale, sundhedsfaglige og beskæftigelsesrettede indsatser i én plan, med små skridt mod en virksomhed.",
                      "Social, health and employment measures in one plan, with small steps towards a company."),
     "category": "health_and_social", "target_groups": ["ressourceforloeb"], "weeks": 52, "hours_per_week": 6,
     "current": {"ressourceforloeb": only_all(B(380, 300, 0.02, 0.18, 0.87, 41, ctj="not_applicable", compl=0, muw=170, u30=0.1))}},
]

# Offers that did not exist in a period before the current one (period id -> offer ids).
NOT_IN_PERIOD = {
    OLD: {"lev-b-ivaerksaet", "lev-c-ny", "lev-e-ung", "lev-f-g2", "jki-fastholdelse", "lev-a-ung"},
    MID: {"lev-b-ivaerksaet", "lev-c-ny", "lev-f-g2"},
}


# --------------------------------------------------------------------------------------------------------------
# Building results
# --------------------------------------------------------------------------------------------------------------

def measure(value, n):
    if value is None:
        return None
    if isinstance(value, str):
        assert value in REASONS, value
        return {"missing": value}
    assert n is not None and n >= 1, (value, n)
    return {"share": round(value, 3), "n": n}


def n_of(raw, key):
    if key == "satisfaction":
        return raw["satn"]
    if key == "closer_to_job":
        return raw["ctjn"]
    return raw["fin"]


def result_from_raw(period, group, band, raw, is_all):
    r = {"period": period, "target_group": group, "age_band": band, "participants": raw["p"]}
    for key in MEASURES:
        m = measure(raw[key], n_of(raw, key))
        if m is not None and key in raw["suppress"] and "share" in m:
            m = {"missing": "too_few"}
        if m is not None:
            r[key] = m
    if raw["compl"] is not None:
        r["complaints"] = raw["compl"]
    if is_all and raw.get("u30") is not None:
        r["share_under_30"] = round(raw["u30"], 3)
    if raw.get("muw") is not None:
        r["median_unemployment_weeks"] = raw["muw"]
    return r


def combine(band_raws, muw):
    """The exact "all" combination of band figures (suppressed band measures still count)."""
    raws = list(band_raws.values())
    comb = {"p": sum(r["p"] for r in raws), "fin": sum(r["fin"] for r in raws),
            "satn": sum(r["satn"] for r in raws), "ctjn": sum(r["ctjn"] for r in raws),
            "compl": sum(r["compl"] for r in raws) if all(r["compl"] is not None for r in raws) else None,
            "muw": muw, "suppress": set()}
    for key in MEASURES:
        vals = [r[key] for r in raws]
        if all(v is None for v in vals):
            comb[key] = None
        elif all(isinstance(v, str) for v in vals):
            assert len(set(vals)) == 1, vals
            comb[key] = vals[0]
        else:
            assert all(isinstance(v, float) for v in vals), (key, vals)
            ns = [n_of(r, key) for r in raws]
            comb[key] = round(sum(v * n for v, n in zip(vals, ns)) / sum(ns), 3)
    u30 = band_raws.get("u30")
    comb["u30"] = (u30["p"] / comb["p"]) if u30 is not None else 0.0
    return comb


def provider_kind(pid):
    return next(p["kind"] for p in PROVIDERS if p["id"] == pid)


def in_column(offer, group, column):
    col = SEED_COLUMNS[column]
    return group in col["groups"] and provider_kind(offer["provider"]) in col["kinds"]


def close_gap(column, raw, others):
    """Fill the closing result's participants, satisfaction, 3-month effect and complaints."""
    col = SEED_COLUMNS[column]
    if col["participants"] is not None:
        raw["p"] = col["participants"] - sum(o["p"] for o in others)
    target_share, target_n = col["satisfaction"]
    sat_others = [(o["satisfaction"], o["satn"]) for o in others if isinstance(o["satisfaction"], float)]
    raw["satn"] = target_n - sum(n for _, n in sat_others)
    raw["ctjn"] = raw["satn"]
    raw["satisfaction"] = round((target_share * target_n - sum(s * n for s, n in sat_others)) / raw["satn"], 3)
    if col["off_benefit_3m"] is not None:
        ob = [(o["off_benefit_3m"], o["fin"]) for o in others if isinstance(o["off_benefit_3m"], float)]
        total_n = sum(n for _, n in ob) + raw["fin"]
        raw["off_benefit_3m"] = round((col["off_benefit_3m"] * total_n - sum(s * n for s, n in ob)) / raw["fin"], 3)
    raw["compl"] = col["complaints"] - sum(o["compl"] or 0 for o in others)


def check_bounds(offer_id, raw, bounds):
    for key, (lo, hi) in bounds.items():
        v = raw[key]
        assert lo <= v <= hi, f"closing result of {offer_id}: {key} = {v} is outside the plausible {lo}..{hi}"


def current_results():
    """(offer id -> list of current results), built in two passes so the closing results come last."""
    alls = {}       # (offer id, group) -> raw "all" figures
    bandraws = {}   # (offer id, group) -> {band: raw}
    closers = []
    for offer in OFFERS:
        for group, spec in offer["current"].items():
            key = (offer["id"], group)
            if "bands" in spec:
                bandraws[key] = spec["bands"]
                alls[key] = combine(spec["bands"], spec["muw"])
            elif "closer" in spec:
                closers.append((offer, group, spec))
            else:
                alls[key] = spec["all"]
    for offer, group, spec in closers:
        others = [alls[(o["id"], g)] for o in OFFERS for g in o["current"]
                  if (o["id"], g) in alls and in_column(o, g, spec["closer"])]
        raw = dict(spec["all"])
        raw["suppress"] = set()
        close_gap(spec["closer"], raw, others)
        check_bounds(offer["id"], raw, spec["bounds"])
        alls[(offer["id"], group)] = raw
        if spec["mirror"]:
            mirrored = dict(raw)
            bandraws[(offer["id"], group)] = {spec["mirror"]: mirrored}
    out = {}
    for offer in OFFERS:
        rs = []
        for group in offer["target_groups"]:
            key = (offer["id"], group)
            if key not in alls:
                continue
            rs.append(result_from_raw(CUR, group, "all", alls[key], True))
            for band in BANDS:
                if band in bandraws.get(key, {}):
                    rs.append(result_from_raw(CUR, group, band, bandraws[key][band], False))
        out[offer["id"]] = (rs, alls)
    return out, alls


def older_result(rng, period, group, cur_all, step):
    """An "all" result for an older period: the current figures with small, seeded changes."""
    r = {"period": period, "target_group": group, "age_band": "all"}
    scale = rng.uniform(0.82, 1.06) ** step
    p = max(25, int(round(cur_all["participants"] * scale)))
    r["participants"] = p
    ratio_fin = None
    survey_n = None
    for key in MEASURES:
        m = cur_all.get(key)
        if m is None:
            continue
        if "missing" in m:
            r[key] = dict(m)
            continue
        if key in ("satisfaction", "closer_to_job"):
            if survey_n is None:  # the same survey answers both questions
                survey_n = max(1, int(round(m["n"] * rng.uniform(0.6, 0.95) ** step)))
            n = survey_n
            delta = rng.uniform(-0.035, 0.035) * step
        else:
            if ratio_fin is None:
                ratio_fin = m["n"] / max(1, cur_all["participants"])
            n = max(1, min(p, int(round(p * ratio_fin))))
            delta = rng.uniform(-0.025, 0.02) * step * (1.0 if m["share"] > 0.1 else 0.4)
        r[key] = {"share": round(min(0.99, max(0.0, m["share"] + delta)), 3), "n": n}
    if "complaints" in cur_all:
        r["complaints"] = max(0, int(round(cur_all["complaints"] * rng.uniform(0.5, 1.3))))
    if "share_under_30" in cur_all:
        r["share_under_30"] = round(min(1.0, max(0.0, cur_all["share_under_30"] + rng.uniform(-0.03, 0.03))), 3)
    if "median_unemployment_weeks" in cur_all:
        r["median_unemployment_weeks"] = max(1, int(round(cur_all["median_unemployment_weeks"] * rng.uniform(0.85, 1.1))))
    return r


def build():
    rng = random.Random(20111115)
    cur, _ = current_results()
    offers = []
    for spec in OFFERS:
        o = {"id": spec["id"], "provider": spec["provider"], "name": spec["name"]}
        for key in ("description", "category", "target_groups", "age", "weeks", "hours_per_week", "supervision"):
            if key in spec:
                o[key] = spec[key]
        results = list(cur[spec["id"]][0])
        for step, period in ((1, MID), (2, OLD)):
            if spec["id"] in NOT_IN_PERIOD[period]:
                continue
            for r in cur[spec["id"]][0]:
                if r["age_band"] == "all":
                    results.append(older_result(rng, period, r["target_group"], r, step))
        o["results"] = results
        offers.append(o)
    return {
        "format": "visitationsguide-snapshot",
        "format_version": 1,
        "published": "2011-11-15",
        "publisher": PUBLISHER,
        "periods": PERIODS,
        "age_bands": AGE_BANDS,
        "target_groups": TARGET_GROUPS,
        "providers": PROVIDERS,
        "offers": offers,
        "references": REFERENCES,
    }


# --------------------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------------------

ID_RE = re.compile(r"^[a-z0-9_-]{1,64}$")


def is_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def is_count(x):
    return isinstance(x, int) and not isinstance(x, bool) and x >= 0


def check_text(t, path, problems, required=True):
    if t is None and not required:
        return
    if not (isinstance(t, dict) and isinstance(t.get("da"), str) and t["da"]):
        problems.append(f"{path}: not a Text with a non-empty da")
    elif not isinstance(t.get("en"), str) or not t["en"]:
        problems.append(f"{path}: the sample gives English everywhere, en is missing")
    elif "<" in t["da"] or "<" in t["en"]:
        problems.append(f"{path}: looks like HTML")


def check_measure(m, path, problems):
    if not isinstance(m, dict):
        problems.append(f"{path}: not a Measure")
    elif "missing" in m:
        if m["missing"] not in REASONS:
            problems.append(f"{path}.missing: unknown reason {m['missing']!r}")
    else:
        if not (is_num(m.get("share")) and 0 <= m["share"] <= 1):
            problems.append(f"{path}.share: {m.get('share')!r} is not a share 0-1")
        if not (isinstance(m.get("n"), int) and m["n"] >= 1):
            problems.append(f"{path}.n: {m.get('n')!r} is not an integer >= 1")


def unique(items, path, problems):
    seen = set()
    for i, it in enumerate(items):
        if not (isinstance(it.get("id"), str) and ID_RE.match(it["id"])):
            problems.append(f"{path}[{i}].id: {it.get('id')!r} is not an Id")
        if it.get("id") in seen:
            problems.append(f"{path}[{i}].id: duplicate {it['id']!r}")
        seen.add(it.get("id"))
    return seen


def check_format(s):
    """The rules of snapshot-format.md (and the schema's $comment), for this generated file."""
    problems = []
    if s.get("format") != "visitationsguide-snapshot" or s.get("format_version") != 1:
        problems.append("format/format_version")
    if not is_date(s.get("published")):
        problems.append("published: not a date")
    if not (isinstance(s.get("publisher"), str) and "Eksempeldata" in s["publisher"]):
        problems.append("publisher: must say it is example data")
    periods = s["periods"]
    if not 1 <= len(periods) <= 3:
        problems.append("periods: 1-3 items")
    period_ids = unique(periods, "periods", problems)
    for i, p in enumerate(periods):
        if not (is_date(p["from"]) and is_date(p["to"]) and p["from"] <= p["to"]):
            problems.append(f"periods[{i}]: bad dates")
        if i > 0 and not p["from"] < periods[i - 1]["from"]:
            problems.append(f"periods[{i}].from: not older than the period before it")
        check_text(p["label"], f"periods[{i}].label", problems)
    band_ids = unique(s["age_bands"], "age_bands", problems)
    if "all" in band_ids:
        problems.append("age_bands: 'all' is reserved")
    prev_max = None
    for i, b in enumerate(s["age_bands"]):
        if not (isinstance(b["min"], int) and isinstance(b["max"], int) and 15 <= b["min"] <= b["max"] <= 99):
            problems.append(f"age_bands[{i}]: bad min/max")
        if prev_max is not None and b["min"] <= prev_max:
            problems.append(f"age_bands[{i}]: overlaps or is not sorted")
        prev_max = b["max"]
    group_ids = unique(s["target_groups"], "target_groups", problems)
    for i, g in enumerate(s["target_groups"]):
        check_text(g["name"], f"target_groups[{i}].name", problems)
        check_text(g.get("description"), f"target_groups[{i}].description", problems, required=False)
    provider_ids = unique(s["providers"], "providers", problems)
    for i, p in enumerate(s["providers"]):
        if p["kind"] not in ("internal", "external", "other_actor") or not p["name"]:
            problems.append(f"providers[{i}]: bad kind or name")
    unique(s["offers"], "offers", problems)
    bands_or_all = band_ids | {"all"}
    for i, o in enumerate(s["offers"]):
        path = f"offers[{i}]"
        if o["provider"] not in provider_ids:
            problems.append(f"{path}.provider: unknown")
        check_text(o["name"], f"{path}.name", problems)
        check_text(o.get("description"), f"{path}.description", problems, required=False)
        if o["category"] not in CATEGORIES:
            problems.append(f"{path}.category: unknown")
        if not o["target_groups"] or any(g not in group_ids for g in o["target_groups"]) \
                or len(set(o["target_groups"])) != len(o["target_groups"]):
            problems.append(f"{path}.target_groups: empty, unknown or repeated")
        if "age" in o and not (15 <= o["age"]["min"] <= o["age"]["max"] <= 99):
            problems.append(f"{path}.age: bad limits")
        for key in ("weeks", "hours_per_week"):
            if key in o and not (is_num(o[key]) and o[key] > 0):
                problems.append(f"{path}.{key}: not > 0")
        sv = o.get("supervision")
        if sv is not None:
            if sv["smiley"] not in ("happy", "neutral", "sad") or not is_date(sv["date"]) or not sv["date"].startswith("2011"):
                problems.append(f"{path}.supervision: bad smiley or date")
            check_text(sv.get("note"), f"{path}.supervision.note", problems, required=False)
        cells = set()
        for j, r in enumerate(o["results"]):
            rp = f"{path}.results[{j}]"
            if r["period"] not in period_ids:
                problems.append(f"{rp}.period: unknown")
            if r["target_group"] not in o["target_groups"]:
                problems.append(f"{rp}.target_group: not one of the offer's target groups")
            if r["age_band"] not in bands_or_all:
                problems.append(f"{rp}.age_band: unknown")
            cell = (r["period"], r["target_group"], r["age_band"])
            if cell in cells:
                problems.append(f"{rp}: second result for {cell}")
            cells.add(cell)
            if not is_count(r["participants"]):
                problems.append(f"{rp}.participants: not a count")
            for key in ("job_or_education", "placements", "satisfaction"):
                if key not in r:
                    problems.append(f"{rp}.{key}: required")
            for key in MEASURES:
                if key in r:
                    check_measure(r[key], f"{rp}.{key}", problems)
            if r["participants"] > 0:
                for key in ("job_or_education", "placements"):
                    if "n" in r.get(key, {}) and r[key]["n"] > r["participants"]:
                        problems.append(f"{rp}.{key}.n: above participants")
            if "complaints" in r and not is_count(r["complaints"]):
                problems.append(f"{rp}.complaints: not a count")
            if "share_under_30" in r and not (is_num(r["share_under_30"]) and 0 <= r["share_under_30"] <= 1):
                problems.append(f"{rp}.share_under_30: not 0-1")
            if "median_unemployment_weeks" in r and not (is_num(r["median_unemployment_weeks"]) and r["median_unemployment_weeks"] >= 0):
                problems.append(f"{rp}.median_unemployment_weeks: not >= 0")
    ref_cells = set()
    for i, ref in enumerate(s.get("references", [])):
        cell = (ref["period"], ref["target_group"], ref["age_band"])
        if ref["period"] not in period_ids or ref["target_group"] not in group_ids or ref["age_band"] not in bands_or_all:
            problems.append(f"references[{i}]: unresolved id")
        if cell in ref_cells:
            problems.append(f"references[{i}]: second reference for {cell}")
        ref_cells.add(cell)
        for key in ("job_or_education", "placements", "satisfaction"):
            check_measure(ref[key], f"references[{i}].{key}", problems)
    return problems


def check_band_combination(s):
    """Where an offer has band results in the current period, "all" is their exact combination."""
    problems = []
    for o in s["offers"]:
        for g in o["target_groups"]:
            cell = {r["age_band"]: r for r in o["results"] if r["period"] == CUR and r["target_group"] == g}
            bands_here = [cell[b] for b in BANDS if b in cell]
            if not bands_here:
                continue
            a = cell.get("all")
            if a is None:
                problems.append(f"{o['id']}/{g}: band results without an all result")
                continue
            if a["participants"] != sum(b["participants"] for b in bands_here):
                problems.append(f"{o['id']}/{g}: participants do not add up")
            for key in MEASURES:
                ms = [b.get(key) for b in bands_here]
                if a.get(key) is None or "share" not in a[key] or any(m is None or "share" not in m for m in ms):
                    continue
                if a[key]["n"] != sum(m["n"] for m in ms):
                    problems.append(f"{o['id']}/{g}.{key}: n do not add up")
                pooled = sum(m["share"] * m["n"] for m in ms) / sum(m["n"] for m in ms)
                if abs(pooled - a[key]["share"]) > TOLERANCE + 1e-12:
                    problems.append(f"{o['id']}/{g}.{key}: all {a[key]['share']} vs bands {pooled:.4f}")
    return problems


def pooled(measures):
    ms = [m for m in measures if m is not None and "share" in m]
    n = sum(m["n"] for m in ms)
    return (sum(m["share"] * m["n"] for m in ms) / n, n) if n else (None, 0)


def check_seed_aggregates(s):
    """Asserts the current period's "all" results reproduce seed 000's table 1; returns printable lines."""
    kinds = {p["id"]: p["kind"] for p in s["providers"]}
    lines = []
    for name, col in SEED_COLUMNS.items():
        rs = [r for o in s["offers"] if kinds[o["provider"]] in col["kinds"] for r in o["results"]
              if r["period"] == CUR and r["age_band"] == "all" and r["target_group"] in col["groups"]]
        participants = sum(r["participants"] for r in rs)
        sat, sat_n = pooled(r["satisfaction"] for r in rs)
        ob3, ob3_n = pooled(r.get("off_benefit_3m") for r in rs)
        complaints = sum(r.get("complaints", 0) for r in rs)
        want_sat, want_n = col["satisfaction"]
        if col["participants"] is not None:
            assert participants == col["participants"], (name, participants)
        assert sat_n == want_n, (name, sat_n)
        assert abs(sat - want_sat) <= TOLERANCE, (name, sat)
        if col["off_benefit_3m"] is not None:
            assert abs(ob3 - col["off_benefit_3m"]) <= TOLERANCE, (name, ob3)
        else:
            assert ob3 is None and all(r.get("off_benefit_3m") == {"missing": "not_reported"} for r in rs), name
        assert complaints == col["complaints"], (name, complaints)
        ob3_text = f"{ob3:.4f} (n {ob3_n}, seed {col['off_benefit_3m']})" if ob3 is not None else "not reported (seed -)"
        lines.append(f"{name:16s} results {len(rs):2d}  participants {participants:6d} (seed {col['participants'] or '-'})"
                     f"  satisfaction {sat:.4f} of {sat_n} (seed {want_sat} of {want_n})"
                     f"  off_benefit_3m {ob3_text}  complaints {complaints} (seed {col['complaints']})")
    return lines


def check_content(s):
    """The sample's own promises (the brief): things the app's demo and tests lean on."""
    offers = {o["id"]: o for o in s["offers"]}
    kinds = {p["id"]: p["kind"] for p in s["providers"]}
    assert len(s["providers"]) >= 8 and len(s["offers"]) >= 25
    assert {"internal", "external", "other_actor"} <= set(kinds.values())
    assert [b["id"] for b in s["age_bands"]] == ["u30", "30plus"]
    smileys = [o["supervision"]["smiley"] for o in s["offers"] if "supervision" in o]
    assert smileys.count("sad") == 1 and "neutral" in smileys
    assert offers["cbsi-intensiv"]["supervision"]["date"] == "2011-09-16"
    assert any(o["results"] == [] for o in s["offers"])
    all_measures = [m for o in s["offers"] for r in o["results"] for k, m in r.items() if k in MEASURES]
    for reason in ("too_few", "not_reported", "new_offer"):
        assert {"missing": reason} in all_measures, reason
    assert any("share" in m and 1 <= m["n"] < 25 for m in all_measures)
    # a kh-match2 offer falls back to all ages for a 34-year-old
    assert any(r["target_group"] == "kh-match2" and r["age_band"] == "30plus" and r["period"] == CUR
               and r["participants"] < 25 for o in s["offers"] for r in o["results"])
    # closer_to_job as in seed 000
    for oid in ("cbsi-intensiv", "cab-intensiv"):
        a = next(r for r in offers[oid]["results"] if r["period"] == CUR and r["age_band"] == "all")
        assert abs(a["closer_to_job"]["share"] - 0.62) <= 0.01, (oid, a["closer_to_job"])
    for o in s["offers"]:
        for r in o["results"]:
            for key, lo, hi in (("job_or_education", 0.08, 0.40), ("placements", 0.05, 0.45)):
                m = r.get(key)
                if m is None or "share" not in m or r["period"] != CUR or r["age_band"] != "all":
                    continue
                if r["target_group"] in ("udsatte-g1", "udsatte-g2", "udsatte-g3", "ressourceforloeb"):
                    lo, hi = (0.02, 0.10) if key == "job_or_education" else (0.15, 0.75)
                elif r["target_group"] == "ledighedsydelse" and key == "placements":
                    lo, hi = (0.15, 0.60)
                assert lo <= m["share"] <= hi, (o["id"], r["target_group"], key, m["share"])
            if r["target_group"] in ("dp-match1", "kh-match1") and kinds[o["provider"]] == "other_actor" \
                    and r["period"] == CUR and r["age_band"] == "all":
                assert r["satisfaction"]["share"] < 0.66, o["id"]


# --------------------------------------------------------------------------------------------------------------
# The ranking (ranking-rules.md), to show what the sample exhibits
# --------------------------------------------------------------------------------------------------------------

Z = 1.959963984540054
TIER_ORDER = {"above": 0, "in line": 1, "below": 2, "unknown": 3}
CRITERIA = ("job_or_education", "placements", "satisfaction")


def wilson(share, n):
    z2 = Z * Z
    denom = 1 + z2 / n
    center = (share + z2 / (2 * n)) / denom
    half = Z * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / denom
    return center - half, center + half


def band_of(s, age):
    return next((b["id"] for b in s["age_bands"] if b["min"] <= age <= b["max"]), None)


def rank(s, group, age):
    cur = s["periods"][0]["id"]
    band = band_of(s, age)
    suitable = [o for o in s["offers"] if group in o["target_groups"]
                and ("age" not in o or o["age"]["min"] <= age <= o["age"]["max"])]
    refs = {(r["period"], r["target_group"], r["age_band"]): r for r in s.get("references", [])}

    def cell_results(used):
        return [r for o in suitable for r in o["results"]
                if r["period"] == cur and r["target_group"] == group and r["age_band"] == used]

    ranked, unranked = [], []
    for o in suitable:
        mine = {r["age_band"]: r for r in o["results"] if r["period"] == cur and r["target_group"] == group}
        if not mine:
            unranked.append(o)
            continue
        if band in mine and mine[band]["participants"] >= 25:
            used = band
        elif "all" in mine:
            used = "all"
        else:
            used = band
        r = mine[used]
        row = {"offer": o, "used": used, "result": r, "tiers": {}, "shares": {}, "refs": {}}
        for c in CRITERIA:
            ref_m = refs.get((cur, group, used), {}).get(c)
            if ref_m is not None and "share" in ref_m:
                ref, src = ref_m["share"], "reference"
            else:
                ref, _ = pooled(x.get(c) for x in cell_results(used))
                src = "pooled"
            row["refs"][c] = (ref, src)
            m = r.get(c)
            share = m["share"] if m is not None and "share" in m else None
            row["shares"][c] = (share, m["n"] if share is not None else None)
            if share is None or m["n"] < 25 or ref is None:
                tier = "unknown"
            else:
                lo, hi = wilson(share, m["n"])
                tier = "above" if lo > ref else "below" if hi < ref else "in line"
            row["tiers"][c] = tier
        flags = []
        if o.get("supervision", {}).get("smiley") == "sad":
            flags.append(f"sad smiley {o['supervision']['date']}")
        # complaints > 0: with 0 complaints the Wilson lower bound is 0 in exact arithmetic, but the float
        # formula gives about 1e-18, which would "lie above" a pooled rate of 0.
        if r["participants"] > 0 and r.get("complaints", 0) > 0:
            cr = cell_results(used)
            tot_p = sum(x["participants"] for x in cr if "complaints" in x)
            tot_c = sum(x["complaints"] for x in cr if "complaints" in x)
            if tot_p:
                lo, _ = wilson(min(r["complaints"], r["participants"]) / r["participants"], r["participants"])
                if lo > tot_c / tot_p:
                    flags.append(f"complaints {r['complaints']}/{r['participants']}")
        row["flags"] = flags
        ranked.append(row)

    def key(row):
        k = [TIER_ORDER[row["tiers"][c]] for c in CRITERIA]
        for c in CRITERIA:
            share = row["shares"][c][0]
            k.append((1, 0.0) if share is None else (0, -share))
        return k + [row["offer"]["name"]["da"], row["offer"]["id"]]

    ranked.sort(key=key)
    unranked.sort(key=lambda o: (o["name"]["da"], o["id"]))
    return band, ranked, unranked


def explain(s, group, age):
    band, ranked, unranked = rank(s, group, age)
    print(f"\n== {group}, age {age} (band {band}): {len(ranked)} ranked, {len(unranked)} without results")
    for i, row in enumerate(ranked, 1):
        cells = []
        for c, short in zip(CRITERIA, ("job", "plc", "sat")):
            share, n = row["shares"][c]
            val = "-" if share is None else f"{share:.3f}/{n}"
            cells.append(f"{short} {row['tiers'][c]:7s} {val:>10s}")
        used = row["used"] + ("*" if row["used"] == "all" and band is not None else "")
        print(f"  {i:2d}. {row['offer']['id']:18s} [{used:6s} p={row['result']['participants']:5d}] "
              + " | ".join(cells) + (f"  FLAGS: {', '.join(row['flags'])}" if row["flags"] else ""))
    refs = ranked[0]["refs"] if ranked else {}
    if refs:
        print("      refs (first row's band): " + ", ".join(
            f"{c} {v:.3f} ({src})" if v is not None else f"{c} none" for c, (v, src) in refs.items()))
    for o in unranked:
        print(f"   -  {o['id']} (no results yet)")


INTERESTING = [("dp-match1", 34), ("dp-match1", 24), ("kh-match1", 24), ("kh-match2", 34), ("kh-match2", 24),
               ("sdp", 45), ("udsatte-g1", 40), ("udsatte-g2", 24), ("udsatte-g3", 50), ("revalidering", 27),
               ("ledighedsydelse", 28), ("ressourceforloeb", 45)]


# --------------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build and check only, do not write")
    ap.add_argument("--explain", action="store_true", help="print rankings for some interesting queries")
    args = ap.parse_args()

    snap = build()
    problems = check_format(snap) + check_band_combination(snap)
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    lines = check_seed_aggregates(snap)
    check_content(snap)

    n_results = sum(len(o["results"]) for o in snap["offers"])
    print(f"providers {len(snap['providers'])}, offers {len(snap['offers'])}, results {n_results}, "
          f"references {len(snap['references'])}")
    print("seed 000 table 1, current period, age band 'all':")
    for line in lines:
        print("  " + line)
    if args.explain:
        for group, age in INTERESTING:
            explain(snap, group, age)
    if not args.check:
        text = json.dumps(snap, indent=2, ensure_ascii=False) + "\n"
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(text.encode("utf-8"))
        print(f"wrote {OUT.relative_to(ROOT)} ({len(text.encode('utf-8'))} bytes)")


if __name__ == "__main__":
    main()
