"""Article text + entities -> the people that speaker cues name, and the cue lines of broadcast scripts.

Scripts and transcripts name their speakers in cue lines rather than in sentences, where the
entity model often misses them (a lone first name, an all-caps label):

* a transcript label: "FOREIGN MINISTER JANE ROE: …", "Minister of Health of Ruritania Jane Roe: …";
* a broadcast tag line before a sound bite: "((Marta, Ukrainian refugee)) ((IN UKRAINIAN))",
  "SOUNDBITE (English) Jane Roe, Minister of Health:";
* an office and name labelling a quotation, as press releases and posts do: 'Deputy Mayor Jane
  Roe: "…"'.

:func:`cue_people` adds a person entity, mentioned at the cue, for every cue name that no person
of the document already carries, so the statements that follow have a speaker to point to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.extract.contacts import contact_names
from kg.extract.quotes import paragraphs
from kg.extract.speakers import AGENCY_NOUNS, PERSON_NOUNS
from kg.extract.transcript import CUE_VERB, CUE_WORDS, find_turns, label_matches
from kg.lexicon.gazetteer import settlement_for, state_key
from kg.lexicon.names import NAME_PARTICLES, entity_key
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.model import Entity, Span
from kg.nlp.persons import HONORIFICS
from kg.nlp.questioners import outlet_label
from kg.nlp.roles import NEWSROOM_ROLES
from kg.nlp.script_marks import script_furniture

__all__ = ["Tag", "caption_above", "cue_before", "cue_people", "find_tags", "leading_name", "person_name"]


def _words(text: str) -> frozenset[str]:
    """The blank-separated words of a lexicon written as prose lines."""
    return frozenset(text.split())


# Courtesy titles written before a name: never part of the name itself.
_HONORIFICS = HONORIFICS | {"h.e"}  # "H.E. Ms X": His or Her Excellency
# Ranks of armed forces and police written before a name, in full or abbreviated as briefing
# labels write them ("LT GEN ROE:", "Supt Roe:"), and the abbreviated offices of transcript labels
# ("FM ROE:" foreign minister, "PM ROE:"): like an office, never part of the name.
_RANKS = RANKS | SHORT_RANKS | _words("inspector superintendent constable fm pm dpm")
_CAPITAL = re.compile(r"[A-Z][\w'’.-]*$")
# "((Marta, Ukrainian refugee))": the double brackets of a script's speaker cue.
_TAG = re.compile(r"\(\((?P<inner>[^()\n]{2,120})\)\)")
# "SOUNDBITE (English) Jane Roe, Minister of Health:", "3. SOT: Jane Roe, minister" (a numbered shot list),
# "(SOUNDBITE) (English) HEALTH MINISTER, JANE ROE, SAYING:" (a wire script), "SOT (Jane Roe, minister):"
_BITE = re.compile(
    rf"(?:\d+\.[ \t]*)?[(\[]{{0,2}}{CUE_VERB}{CUE_WORDS}\b[)\]]{{0,2}}[ \t:]*"
    r"(?P<asides>(?:\([^)\n]*\)[ \t]*)*)(?P<inner>[^\n]{0,120}?)[ \t]*(?P<saying>,?[ \t]*SAYING)?[ \t]*:?[ \t]*$"
)


# 'Deputy Mayor Jane Roe: "…"': a label (no verb, no quotation mark) before a quotation opening the line.
_QUOTE_LABEL = re.compile(r"^(?P<label>[A-Z][^\n:\"“«]{2,100}?):[ \t]*[\"“«]", re.M)


@dataclass(frozen=True)
class Tag:
    """A speaker cue line of a broadcast script: the name's offsets and the line's."""

    name: str
    start: int
    end: int
    line_start: int
    line_end: int
    #: the cue gives the speaker's office only ("INSERT 1 - DEPUTY DIRECTOR, MINISTRY OF X"):
    #: ``name`` is that office, whose holder the text names elsewhere
    role_only: bool = False


def _office(word: str) -> bool:
    """True for a word of an office, a rank or a body ("minister", "vice-chancellor", "lt", "ministry")."""
    return any(part in PERSON_NOUNS or part in AGENCY_NOUNS or part in _RANKS for part in word.split("-"))


def person_name(phrase: str, *, single: bool = False) -> str | None:
    """The personal name ending a speaker phrase: "Jane Roe" of "Minister of Health Jane Roe".

    The trailing capitalised words (with particles such as "von der") that are neither office
    words (:data:`PERSON_NOUNS`) nor "of"/"the", at most two (three with an initial: "Jane Q.
    Roe"), in title case when written in capitals. A phrase of office words only names nobody,
    nor does the complement of "of" ("Ministry of Foreign Affairs", "President of Ruritania");
    a lone word counts when ``single`` (a cue that is surely a name) or after an office word
    ("MINISTER ROE").
    """
    words = phrase.replace(",", " ").split()
    run: list[str] = []
    for w in reversed(words):
        low = w.lower().strip(".")
        if low in NAME_PARTICLES and run:
            run.insert(0, w)
            continue
        if not _CAPITAL.match(w) or _office(low) or low in ("of", "the") or low in _HONORIFICS:
            break
        run.insert(0, w)
    capitals = [w for w in run if w.lower() not in NAME_PARTICLES]
    if not capitals or (len(run) == 1 and len(words) == 1 and not single):
        return None
    before = words[len(words) - len(run) - 1].lower() if len(words) > len(run) else ""
    if before in ("of", "the") and len(capitals) <= 2:
        return None
    want = 3 if len(capitals) >= 3 and re.fullmatch(r"[A-Z]\.", capitals[-2]) else 2
    keep: list[str] = []
    for w in reversed(run):
        if w.lower() not in NAME_PARTICLES and sum(1 for k in keep if k.lower() not in NAME_PARTICLES) == want:
            break
        keep.insert(0, w)
    return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in keep)


def leading_name(phrase: str) -> str | None:
    """The personal name opening a speaker phrase: "Jane Roe" of "H.E. Dr. Jane Roe, Minister of …".

    Courtesy titles and initials of courtesy ("H. E.") are passed over; the name is the run of
    capitalised words up to the first office word, comma or lowercase word, and has two words or more.
    """
    words = phrase.split()
    i = 0
    while i < len(words) and (words[i].lower().strip(".") in _HONORIFICS or re.fullmatch(r"(?:[A-Z]\.)+", words[i])):
        i += 1
    run: list[str] = []
    for w in words[i:]:
        low = w.lower().strip(".,")
        if _office(low) or not (_CAPITAL.match(w) or (low in NAME_PARTICLES and run)):
            break
        run.append(w.rstrip(","))
        if w.endswith(","):
            break
    run = run[:4]
    return " ".join(run) if len(run) >= 2 else None


# Words of a cue for a speaker left unnamed: a "vox pop" is a passer-by asked in the street, and
# "UNIDENTIFIED MAN", "(female, unnamed)" say outright that no name is given.
_ANONYMOUS = _words("vox voxpop vox-pop unnamed unidentified anonymous")


def _cue_name(head: str) -> str | None:
    """The name a cue gives before its role: the whole head when it holds no office word.

    "((Ana Maria Lopes, nurse))" names Ana Maria Lopes, all three words; "((Foreign Minister Ana
    Lopes, ...))" names Ana Lopes, the words after the office. "VOX POP" and "UNIDENTIFIED WOMAN"
    name nobody, nor do a script's marks and roles ("ANCHOR INTRO (JO ROE):" names Jo Roe in brackets).
    """
    words = head.split()
    if any(w.lower().strip(".,()") in _ANONYMOUS for w in words) or script_furniture(words):
        return None
    plain = all(_CAPITAL.match(w) and not _office(w.lower().strip(".")) for w in words)
    if 2 <= len(words) <= 4 and plain and not any(w.lower().strip(".") in _HONORIFICS for w in words):
        return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words)
    return person_name(head, single=True)


#: The cue words of an on-screen caption, read by both caption forms below.
_CAPTION_CUE = r"(?:SUPER|CG|LOWER[ \t]+THIRD|[Ll]ower[ \t]+third|CAPTION|CHYRON)[ \t]*:[ \t]*"
# "[SUPER: Jane Roe, voter]", "[CG: Sgt. Jo Roe, Harbour Police]": a caption in brackets on a line
# of bracketed cues only, naming who speaks in the bite below it (the slash form is ``_CAPTION``).
_BRACKET_CAPTION = re.compile(r"\[" + _CAPTION_CUE + r"(?P<inner>[^\[\]\n]{3,120})\]")
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")
# Lower-case words of a caption's description that say nothing of a person ("capital of X").
_LINKS = _words("of the and in for at on to from a an")


def _bracket_caption(line: str) -> tuple[str, int, int] | None:
    """The name a bracketed caption gives a person, with its offsets in ``line``, else None.

    A caption names places too ("[SUPER: Port Town, Province]"): the name counts only with a rank
    or form of address before it, or a description after the comma that has a lower-case word
    ("voter", "Leader of the Opposition"), and not when the gazetteers know it as a place.
    """
    m = _BRACKET_CAPTION.search(line)
    if m is None or _BRACKETED.sub("", line).strip() or "," not in m.group("inner"):
        return None
    head, role = (part.strip() for part in m.group("inner").split(",", 1))
    ranked = any(w.lower().strip(".") in _RANKS | _HONORIFICS for w in head.split())
    described = any((w.islower() and w not in _LINKS) or _office(w.lower().strip(".,")) for w in role.split())
    if not (ranked or described) or {w.lower() for w in re.findall(r"\w+", role)} & NEWSROOM_ROLES:
        return None
    name = _cue_name(head)
    if name is None or len(name.split()) < 2 or settlement_for(name) is not None or state_key(name) is not None:
        return None
    at = head.casefold().rfind(name.casefold())
    if at < 0:
        return None
    start = m.start("inner") + m.group("inner").index(head) + at
    return name, start, start + len(name)


# "[CLIP 1 - Jane Roe, minister - 0'23\"]": the clip's number before the speaker, and its running
# time and the cue's closing bracket after them.
_CLIP_NUMBER = re.compile(r"\d{1,2}[ \t]*[-–—:][ \t]*")
_CLIP_TIME = re.compile(r"(?:[ \t]*[-–—][ \t]*:?\d{1,2}(?:[:'’.]\d{2})?[\"”]?)?[ \t]*\]*[ \t]*$")


def _clip_core(inner: str, at: int) -> tuple[str, int]:
    """A bite cue's words without the clip's number before them and its timing and bracket after."""
    number = _CLIP_NUMBER.match(inner)
    if number is not None:
        inner, at = inner[number.end() :], at + number.end()
    timing = _CLIP_TIME.search(inner)
    return inner[: timing.start() if timing is not None else len(inner)], at


def find_tags(text: str) -> list[Tag]:
    """Broadcast cue lines naming the next sound bite's speaker, in text order."""
    out = []
    paras = paragraphs(text)
    for k, (s, e) in enumerate(paras):
        line = text[s:e]
        captioned = _bracket_caption(line)
        if captioned is not None:
            out.append(Tag(captioned[0], s + captioned[1], s + captioned[2], s, e))
            continue
        shown = _captions(line) if k + 1 < len(paras) and text[paras[k + 1][0]] in _OPEN_QUOTES else []
        if shown:  # "lower third: jo roe - farmer" over the quoted bite: the caption names its speaker
            out.append(Tag(shown[0][0], s + shown[0][1], s + shown[0][2], s, e))
            continue
        tags = list(_TAG.finditer(line))
        m = tags[0] if tags and not _TAG.sub("", line).strip() else _BITE.match(line)
        if m is None:
            continue
        inner, at = m.group("inner"), m.start("inner")
        if m.re is _BITE:
            inner, at = _clip_core(inner, at)
        if "," not in inner and m.re is _BITE:  # "SOT (Jane Roe, minister):": the cue in brackets
            aside = next((a for a in re.finditer(r"\(([^)\n]*)\)", m.group("asides")) if "," in a.group(1)), None)
            if aside is not None:
                inner, at = aside.group(1), m.start("asides") + aside.start(1)
        if "," in inner or " / " in inner:  # "NAME, ROLE", "NAME / ROLE, BODY"
            head, role = (part.strip() for part in _NAME_ROLE.split(inner, 1))
        elif (
            m.re is _BITE
            and len(bare := re.sub(r"\s*\([^)\n]*\)$", "", inner.strip(" \t-–—")).split()) >= 2
            and not " ".join(bare).isupper()
        ):
            # "SOT - Jane Roe:", "CLIP - Jane Roe (0:12):": a bite cue's name alone, its timing left
            # out; the caption elsewhere says who she is. A label in capitals ("SOT - TRADER JO ROE:")
            # is a turn's, read with its description by the transcript reader.
            head, role = " ".join(bare), ""
            at += inner.index(bare[0])
            inner = inner[inner.index(bare[0]) :]
        else:
            continue  # "((IN ENGLISH))", "((NATS))": a cue names its speaker as "name, role"
        wire = m.re is _BITE and m.group("saying") is not None
        if wire or _cue_name(head) is None or any(_office(w.lower().strip(".")) for w in head.split()):
            named = role.split(",", 1)[0].strip()  # "HEALTH MINISTER, JANE ROE": the wire's role-first order
            words = named.split()
            plain = [w for w in words if w.lower().strip(".") not in _HONORIFICS]  # "Hon. Jane Roe"
            if 2 <= len(plain) <= 4 and all(_CAPITAL.match(w) and not _office(w.lower().strip(".")) for w in plain):
                head, role = named, head
        if {w.lower() for w in re.findall(r"\w+", role)} & NEWSROOM_ROLES:
            continue  # "((Jane Roe, VOA News))": the programme's own voice narrates, it is not a bite
        name = _cue_name(head)
        start = s + at + inner.index(head)
        if name is not None:
            out.append(Tag(name, start, start + len(head), s, e))
        elif m.re is _BITE and all(_CAPITAL.match(w) for w in head.split()) and _office(head.split()[-1].lower()):
            out.append(Tag(head, start, start + len(head), s, e, role_only=True))  # "INSERT 1 - SPOKESPERSON, X"
    return out


#: Marks that open a quoted bite on the line under its caption.
_OPEN_QUOTES = '"“«'
#: Between a cue's name and role: a comma, or a slash set off by blanks ("JO ROE / DIRECTOR, X").
_NAME_ROLE = re.compile(r"[ \t]*,[ \t]*|[ \t]+/[ \t]+")
#: A radio script's lines between a clip's cue and its words: the in- and out-words, the duration.
_CLIP_DATA = re.compile(r"(?:IN|OUT|INCUE|OUTCUE|DUR|DURATION|RUNS|TRT)[ \t]*:", re.I)


def cue_before(text: str, paras: list[tuple[int, int]], k: int) -> int | None:
    """The paragraph index of the cue line a bite in paragraph ``k`` sits under: the one right
    above, or above the clip's data lines ("IN: …", "OUT: …", "DUR: 0:16") that a radio script
    puts between them."""
    j = k - 1
    while j >= 0 and _CLIP_DATA.match(text, paras[j][0], paras[j][1]):
        j -= 1
    return j if j >= 0 else None


def _matches(entities: list[Entity], name: str) -> Entity | None:
    return next((e for e in entities if any(label_matches(name, n) for n in (e.name, *e.aliases))), None)


def _bare(name: str) -> list[str]:
    """The words of a name without ranks, offices and courtesy titles, casefolded."""
    return [w for w in name.casefold().replace(".", " ").split() if not _office(w) and w not in _HONORIFICS]


def _full_name(text: str, entities: tuple[Entity, ...], surname: str) -> str | None:
    """The one full name ending with ``surname`` that the text writes: "Jane Roe" for a label "ROE".

    A transcript labels turns by surname after naming the speaker once in full, often in a
    heading the entity model misread ("Briefing by Lieutenant General Jane Roe", "Host Ann Lee
    talks to Jane Roe"). Names of entities of any type come first; otherwise the capitalised
    words written before the surname, without offices or ranks. Two different names mean nobody.
    """
    fold = surname.casefold()
    found = {e.name for e in entities if 2 <= len(e.name.split()) <= 4 and e.name.split()[-1].casefold() == fold}
    if not found:
        pattern = re.compile(rf"(?:\b[A-Z][a-z][\w'’-]*[ \t]+){{1,3}}{re.escape(surname.title())}\b")
        found = {n for m in pattern.finditer(text) if (n := person_name(m.group())) and len(n.split()) > 1}
    return next(iter(found)) if len(found) == 1 else None


def _upgrade(entities: tuple[Entity, ...], person: Entity, name: str) -> tuple[Entity, ...]:
    """``entities`` with ``person`` renamed to the fuller ``name`` a speaker cue gives.

    The model often keeps only part of a labelled name ("Carolina" of "Spokesperson Carolina
    Roe:", "Gen Roe" of "LT GEN ROE:"); the cue's whole name is the person's name, the part an alias.
    """
    key = entity_key("Person", name)
    same = [e for e in entities if e.key == key]  # the full name found apart: one person
    aliases = tuple(sorted({*person.aliases, person.name, *(a for e in same for a in e.aliases)} - {name}))
    mentions = tuple(sorted({*person.mentions, *(m for e in same for m in e.mentions)}))
    fuller = Entity(key, "Person", name, mentions, aliases, person.same_as)
    return tuple(sorted((*(e for e in entities if e.key not in (person.key, key)), fuller), key=lambda e: e.key))


def _absorb(entities: tuple[Entity, ...], person: Entity) -> tuple[Entity, ...]:
    """``entities`` with the other-typed readings of ``person``'s name folded into the person.

    The model may read one name as a person in prose and as an organization in a script's cue
    line ("((Jane Roe, minister))"); the cue settles it, so one person carries every mention.
    """
    names = {n.casefold() for n in (person.name, *person.aliases)}
    others = [e for e in entities if e.type != "Person" and e.name.casefold() in names]
    if not others:
        return entities
    mentions = tuple(sorted({*person.mentions, *(m for e in others for m in e.mentions)}))
    merged = Entity(person.key, "Person", person.name, mentions, person.aliases, person.same_as)
    gone = {person.key, *(e.key for e in others)}
    return tuple(sorted((*(e for e in entities if e.key not in gone), merged), key=lambda e: e.key))


# A TV script's on-screen caption naming who is on screen: "SUPER: Jane Roe / Police Spokesperson, X",
# "CG: …", "LOWER THIRD: …", a cue in brackets like the script's others ("[SUPER: Jane Roe / …]"),
# in the script's own case ("lower third: jane roe - farmer"). The name stands before the slash or
# a spaced dash.
_CAPTION = re.compile(
    r"^[ \t]*[\[(]?[ \t]*" + _CAPTION_CUE + r"(?P<who>[^/\n\[\]()]{3,80}?)(?:[ \t]*/|[ \t]+[-–—][ \t])", re.M
)


def _captions(text: str) -> list[tuple[str, int, int]]:
    """The personal names of a script's captions, with the name's offsets."""
    out = []
    for m in _CAPTION.finditer(text):
        who = m.group("who")
        if not who.isupper():  # "ACP Jane Roe": an abbreviated rank in capitals before a written name
            who = re.sub(r"^(?:[A-Z]{2,4}\.?[ \t]+)+(?=[A-Z][a-z])", "", who)
        # the whole name when the caption gives no office ("Ana Maria Lopes"); a caption written in
        # lower case ("lt. jo roe") is read in title case
        name = _cue_name(who.title() if who.islower() else who)
        at = who.casefold().rfind(name.casefold()) if name is not None and len(name.split()) >= 2 else -1
        at += len(m.group("who")) - len(who) if at >= 0 else 0
        if name is not None and (settlement_for(name) is not None or state_key(name) is not None):
            continue  # "SUPER: Port Town - Eastern Province": a place's caption
        if name is not None and at >= 0:
            out.append((name, m.start("who") + at, m.start("who") + at + len(name)))
    return out


def caption_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The offsets of the name a caption gives on the line right above ``line_start``, if any.

    A script puts the caption over the sound bite it names: "SUPER: Jane Roe / Minister" then
    "SOT: "…"" — the bite's cue names no one, the caption above does.
    """
    above = [p for p in paragraphs(text) if p[1] <= line_start]
    if not above:
        return None
    s, e = above[-1]
    found = next(((a, b) for _, a, b in _captions(text[s:e])), None)
    return (s + found[0], s + found[1]) if found is not None else None


def _quote_labels(text: str) -> list[tuple[str, int, int]]:
    """The names of 'OFFICE NAME: "…"' labels that carry an office word, with the name's offsets."""
    out = []
    for m in _QUOTE_LABEL.finditer(text):
        label = m.group("label")
        if not any(_office(w.lower().strip(".,")) for w in label.split()):
            continue
        name = person_name(label)
        # An all-caps label ("PM ROE:") gives the name in title case: find it whatever the case.
        at = label.casefold().rfind(name.casefold()) if name is not None else -1
        if name is not None and at >= 0:
            out.append((name, m.start("label") + at, m.start("label") + at + len(name)))
    return out


def _person_within(entities: tuple[Entity, ...], start: int, end: int) -> bool:
    """True when a person of the document is mentioned between ``start`` and ``end``."""
    return any(e.type == "Person" and any(start <= m.start and m.end <= end for m in e.mentions) for e in entities)


def cue_people(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The entities plus a person for each cue name that no person of the document carries.

    An entity of another type with exactly the cue's name becomes that person: a speaker cue is
    stronger evidence than the model's guess from the name alone. A person whose name is part of
    the cue's name takes the cue's name; a recurring label of one surname stands for the full
    name the text gives it (:func:`_full_name`).
    """
    cues: list[tuple[str, int, int]] = [(t.name, t.start, t.end) for t in find_tags(text) if not t.role_only]
    cues += _quote_labels(text)
    cues += _captions(text)
    cues += contact_names(text)  # "In Geneva, Jane Roe, Press Officer" closing a release
    turns = [t for t in find_turns(text) if t.start > t.line_start]  # labelled lines, not continuations
    labels = [text[t.label_start : t.label_end] for t in turns]
    if len(turns) >= 2:
        uses = Counter(labels)
        persons = [e for e in entities if e.type == "Person"]
        full_names: dict[str, str | None] = {}  # by surname: a long transcript repeats its labels

        def full_name(surname: str) -> str | None:
            if surname not in full_names:
                full_names[surname] = _full_name(text, entities, surname)
            return full_names[surname]

        for t, label in zip(turns, labels, strict=True):
            # A label names a person when it carries an office ("MINISTER ROE") or recurs as a
            # speaker does; a one-off "Term: definition" line of a glossary does neither.
            # An aside ("Jane Roe (Northtown) (Lab):") marks a parliamentary record's member too.
            office = any(_office(w.lower().strip(".,")) for w in label.split())
            if not office and uses[label] < 2 and not t.asides:
                continue
            colon = text.find(":", t.label_end, t.start)
            if t.asides and outlet_label(label) and _person_within(entities, t.label_end, colon):
                continue  # "DAILY POST (Jo Roe):": the bracket names the speaker, the label an outlet
            if office:
                name = person_name(label)
            elif len(label.split()) == 1 and text[t.label_start - 1 : t.label_start] == "(":
                name = full_name(label) or label  # "CALLER (Ana, Northtown):": a caller's given name
            elif len(label.split()) == 1:
                name = full_name(label)  # "ROE:" names only the Roe the text names
            else:
                name = _cue_name(label)
            if name is not None and len(name.split()) == 1:
                name = full_name(name) or name
            if name is not None and _matches(persons, name) is None:
                # "DR. JO:" for the "Jo Roe Lind" the text presents: the label's address and given name
                known = _matches(persons, label)
                name = known.name if known is not None else name
            if name is not None:
                cues.append((name, t.label_start, t.label_end))
    added: dict[str, Entity] = {}
    retyped: set[str] = set()
    for name, start, end in cues:
        found = _matches([e for e in entities if e.type == "Person"], name)
        if found is not None:
            part = _bare(found.name)
            if len(part) < len(name.split()) and set(part) < set(name.casefold().split()):
                entities = _upgrade(entities, found, name)
                found = next(e for e in entities if e.key == entity_key("Person", name))
            entities = _absorb(entities, found)
            continue
        key = entity_key("Person", name)
        mentions = {Span(start, end, text[start:end]), *(added[key].mentions if key in added else ())}
        # A cue names a person: the model's other reading of the same name ("Marta" as a place) yields.
        for e in entities:
            if e.type != "Person" and e.name.casefold() == name.casefold():
                retyped.add(e.key)
                mentions |= set(e.mentions)
        added[key] = Entity(key, "Person", name, tuple(sorted(mentions)))
    if not added:
        return entities
    kept = [e for e in entities if e.key not in retyped and e.key not in added]
    return tuple(sorted((*kept, *added.values()), key=lambda e: e.key))
