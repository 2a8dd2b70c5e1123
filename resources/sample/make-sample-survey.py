#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes survey.csv, the sample study's practitioner survey (Python 3, standard library only).

The survey is fictional. Its headline figures are fixed by design and are what a reader of the
sample's write-up would quote (n/102):

    Felt confident delivering support digitally           Yes 54
    Felt comfortable delivering support digitally         Yes 46
    Benefits: Maintaining connection with families            93
    Benefits: Increased access and flexibility                74
    Barriers: Inadequate home environment                     70
    Barriers: Poor Wi-Fi or device access                     54
    Would benefit from further training                   Yes 70

Every count is set per role in QUOTAS below (the totals are asserted), so the figures are exact
by construction and the roles differ in ways a joint display can show. Which respondents within
a role get each answer is drawn from a small fixed pseudo-random generator, so the output is the
same on every run and every Python version: an unchanged script gives a byte-identical file.

The file is written as Excel saves "CSV UTF-8": a byte order mark, CRLF line ends, RFC 4180
quoting (fields with a comma, quote or line break are quoted, quotes doubled), and a line break
inside one open answer stored as a bare LF, as Excel stores Alt+Enter.

Usage (from the repository root): python3 resources/sample/make-sample-survey.py
"""

import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "survey.csv"
RESPONDENTS = 102

ID = "Respondent ID"
ROLE = "Role"
SERVICE = "Service type"
YEARS = "Years in practice"
PLATFORM = "Platform used most for video calls"
CONFIDENT = "Felt confident delivering support digitally"
COMFORTABLE = "Felt comfortable delivering support digitally"
BENEFITS = "Benefits of digital support"
BARRIERS = "Barriers to digital support"
TRAINING = "Would benefit from further training"
OPEN = "Anything else you would like to tell us about supporting children and families digitally?"
COLUMNS = [ID, ROLE, SERVICE, YEARS, PLATFORM, CONFIDENT, COMFORTABLE, BENEFITS, BARRIERS,
           TRAINING, OPEN]

ROLES = ["Social worker", "Family support worker", "Early help practitioner", "Youth worker",
         "Supervising social worker"]
SERVICES = ["Children's services", "Family support and early help", "Youth services", "Fostering"]
BANDS = ["Less than 2 years", "2–5 years", "6–10 years", "More than 10 years"]
PLATFORMS = ["Microsoft Teams", "Zoom", "WhatsApp video", "Other"]
BENEFIT_OPTIONS = ["Maintaining connection with families", "Increased access and flexibility",
                   "Less time spent travelling", "Children and young people more willing to talk"]
BARRIER_OPTIONS = ["Inadequate home environment", "Poor Wi-Fi or device access",
                   "Hard to see or speak to the child alone", "Lack of training or guidance",
                   "Screen fatigue"]

# Per role, in ROLES order: SW, FSW, EHP, YW, SSW.
SIZES = [38, 20, 14, 18, 12]
SERVICE_SPLIT = [  # counts per service, in SERVICES order
    [36, 0, 0, 2],
    [7, 13, 0, 0],
    [0, 14, 0, 0],
    [0, 3, 15, 0],
    [0, 0, 0, 12],
]
BAND_SPLIT = [  # counts per band, in BANDS order
    [6, 11, 10, 11],
    [3, 7, 6, 4],
    [1, 4, 4, 5],
    [4, 6, 5, 3],
    [0, 2, 4, 6],
]
PLATFORM_SPLIT = [  # counts per platform, then blanks (not answered)
    [26, 4, 5, 1, 2],
    [6, 3, 10, 0, 1],
    [5, 6, 2, 0, 1],
    [1, 7, 8, 1, 1],
    [9, 1, 1, 0, 1],
]
QUOTAS = {  # Yes answers, or respondents choosing the option
    CONFIDENT: [18, 9, 9, 13, 5],
    COMFORTABLE: [14, 8, 7, 12, 5],
    TRAINING: [28, 14, 8, 10, 10],
    BENEFIT_OPTIONS[0]: [35, 19, 13, 17, 9],
    BENEFIT_OPTIONS[1]: [26, 14, 11, 15, 8],
    BENEFIT_OPTIONS[2]: [24, 11, 6, 5, 10],
    BENEFIT_OPTIONS[3]: [8, 3, 2, 14, 3],
    BARRIER_OPTIONS[0]: [30, 15, 9, 9, 7],
    BARRIER_OPTIONS[1]: [18, 14, 8, 10, 4],
    BARRIER_OPTIONS[2]: [27, 8, 5, 6, 9],
    BARRIER_OPTIONS[3]: [17, 9, 5, 9, 4],
    BARRIER_OPTIONS[4]: [16, 7, 6, 5, 6],
}
PUBLISHED = {CONFIDENT: 54, COMFORTABLE: 46, TRAINING: 70, BENEFIT_OPTIONS[0]: 93,
             BENEFIT_OPTIONS[1]: 74, BARRIER_OPTIONS[0]: 70, BARRIER_OPTIONS[1]: 54}

# Open answers, each written for a respondent of the given role (25 of 102 answered). A dict
# after the role narrows the choice to respondents whose closed answers fit what they wrote.
OPEN_ANSWERS = [
    (0, {},
     "Video calls kept us in touch, but they are not a substitute for seeing a child in "
     "their home. Someone still has to go through the door."),
    (0, {TRAINING: "Yes"},
     "We need clear guidance on using WhatsApp with young people: which phone, what hours, "
     "what to record, and who sees it."),
    (1, {BARRIERS: "Poor Wi-Fi"},
     "Families with no data or one shared phone were the hardest to reach. A tablet loan "
     "scheme made a huge difference, but there were never enough."),
    (1, {},
     "One mum told me \"this is the first time I've felt in charge of my own support\". That"
     " has stayed with me."),
    (2, {},
     "Running parenting groups online works for some parents, especially dads who work "
     "shifts, but it needs two facilitators: one to run the session and one to watch the "
     "chat."),
    (3, {},
     "Young people will talk on their terms – voice notes, DMs, gaming chat. We should meet "
     "them there, safely."),
    (3, {},
     "Please don't drop online youth work when buildings reopen.\nFor young people in rural "
     "areas it has been a lifeline."),
    (4, {},
     "Online training for foster carers was a real success; attendance doubled."),
    (4, {},
     "Virtual family time does not work for babies and toddlers."),
    (0, {},
     "I worked from my kitchen table for a year. Hearing about abuse in the place where you "
     "eat with your own children takes a toll."),
    (0, {},
     "Hybrid is the way forward, but the decision about how to see a family should be made "
     "with them, not for them."),
    (1, {TRAINING: "Yes"},
     "Nobody trained us, we just got on with it."),
    (2, {},
     "Digital contact suited parents with anxiety, who found visits overwhelming."),
    (0, {YEARS: BANDS[0]},
     "I qualified during the pandemic and have done more video visits than home visits. I'm "
     "not sure what I've missed."),
    (3, {},
     "Some of our young people could only join from a bus shelter or the bottom of the "
     "garden, because home wasn't a safe place to talk."),
    (1, {},
     "Code words worked well with women experiencing domestic abuse, e.g. \"Has your parcel "
     "arrived?\" meaning it isn't safe to talk."),
    (0, {},
     "Court and strategy meetings online: keep them. Direct work with children online: "
     "please, no."),
    (4, {},
     "Carers loved being able to rewatch recorded training sessions."),
    (2, {},
     "Little and often worked better than a long visit every fortnight. A quick text in the "
     "morning did more than I expected."),
    (0, {BARRIERS: "Screen fatigue"},
     "Screen fatigue is real. Back-to-back calls with no travel time in between left no time"
     " to think."),
    (3, {},
     "N/A"),
    (1, {BARRIERS: "Poor Wi-Fi"},
     "It's not just devices, it's data. Families were choosing between topping up their "
     "phone and buying food."),
    (0, {},
     "Supervision online was fine, but I missed the informal chats in the office, the \"have"
     " you got a minute?\" conversations."),
    (2, {},
     "Some families never got back in touch after the centres closed. We don't know what "
     "happened to them."),
    (4, {},
     "We approved carers without ever meeting them in person, which still worries me."),
]


class Rng:
    """A 32-bit xorshift generator: tiny, fixed, and the same on every Python version."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x

    def below(self, n):
        return self.next() % n

    def shuffled(self, items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items

    def pick(self, items, k, prefer=()):
        """k of items, drawn from `prefer` first (in random order), then from the rest."""
        first = self.shuffled([i for i in items if i in prefer])
        rest = self.shuffled([i for i in items if i not in prefer])
        return set((first + rest)[:k])


def check_quotas():
    assert sum(SIZES) == RESPONDENTS
    for split in (SERVICE_SPLIT, BAND_SPLIT, PLATFORM_SPLIT):
        assert [sum(row) for row in split] == SIZES, split
    for name, quota in QUOTAS.items():
        assert all(0 <= q <= size for q, size in zip(quota, SIZES)), name
        if name in PUBLISHED:
            assert sum(quota) == PUBLISHED[name], (name, sum(quota))


def spread(rng, people, split, values):
    """Assigns values to people so that value i goes to exactly split[i] of them."""
    answers = [v for v, n in zip(values, split) for _ in range(n)]
    return dict(zip(people, rng.shuffled(answers)))


def role_answers(rng, role, people):
    """Answers of one role's respondents: {person: {column: cell}}."""
    answers = {p: {ROLE: ROLES[role]} for p in people}
    for column, split, values in ((SERVICE, SERVICE_SPLIT, SERVICES), (YEARS, BAND_SPLIT, BANDS),
                                  (PLATFORM, PLATFORM_SPLIT, PLATFORMS + [""])):
        for p, value in spread(rng, people, split[role], values).items():
            answers[p][column] = value
    # Comfort mostly follows confidence; those not confident are the ones asking for training.
    confident = rng.pick(people, QUOTAS[CONFIDENT][role])
    comfortable = rng.pick(people, QUOTAS[COMFORTABLE][role], prefer=confident)
    training = rng.pick(people, QUOTAS[TRAINING][role], prefer=set(people) - confident)
    for p in people:
        answers[p][CONFIDENT] = "Yes" if p in confident else "No"
        answers[p][COMFORTABLE] = "Yes" if p in comfortable else "No"
        answers[p][TRAINING] = "Yes" if p in training else "No"
    # Multi-select: everyone ticks at least one option (N = 102 for both questions).
    for column, options in ((BENEFITS, BENEFIT_OPTIONS), (BARRIERS, BARRIER_OPTIONS)):
        while True:
            chosen = {o: rng.pick(people, QUOTAS[o][role]) for o in options}
            cells = {p: ";".join(o for o in options if p in chosen[o]) for p in people}
            if all(cells.values()):
                break
        for p in people:
            answers[p][column] = cells[p]
    return answers


def build_rows():
    check_quotas()
    rng = Rng(20210301)
    roles = rng.shuffled([r for r, size in enumerate(SIZES) for _ in range(size)])
    rows = [{ID: f"R{i + 1:03d}", OPEN: ""} for i in range(RESPONDENTS)]
    for role in range(len(ROLES)):
        people = [i for i, r in enumerate(roles) if r == role]
        for person, cells in role_answers(rng, role, people).items():
            rows[person].update(cells)
    used = set()
    for role, fits, text in OPEN_ANSWERS:
        candidates = [i for i, r in enumerate(roles) if r == role and i not in used
                      and all(v in rows[i][c] for c, v in fits.items())]
        person = candidates[rng.below(len(candidates))]
        used.add(person)
        rows[person][OPEN] = text
    return rows


def csv_field(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    rows = build_rows()
    lines = [",".join(csv_field(c) for c in COLUMNS)]
    lines += [",".join(csv_field(row[c]) for c in COLUMNS) for row in rows]
    OUTPUT.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    answered = sum(1 for row in rows if row[OPEN])
    print(f"Wrote {OUTPUT.name}: {len(rows)} respondents, {answered} open answers")


if __name__ == "__main__":
    main()
